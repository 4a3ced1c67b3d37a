//! A TLS session (client or server) over rustls, with GnuTLS's return semantics.
//!
//! The C layer builds a [`Session`], fills its [`Settings`] from `gnutls_*_set`
//! calls, and drives it with a [`Transport`] it passes per call. Every method
//! returns `Result<_, Code>` with GnuTLS error codes; `GNUTLS_E_AGAIN` and
//! `GNUTLS_E_INTERRUPTED` leave the session ready to resume on the next call.
//!
//! Re-entrancy: methods taking `&mut self` must not be called from a callback
//! that runs inside them (push/pull, verifiers, resolvers, key log). Callbacks
//! read [`SessionShared`] instead, through the `Arc` from [`Session::shared`].
//!
//! The record layer (send/recv/bye/cork...) is in `crate::record`.

mod alpn;
pub mod client_hello;
pub mod desc;
mod errmap;
mod hooks;
mod shared;

use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::client::danger::ServerCertVerifier;
use rustls::client::{ResolvesClientCert, Resumption};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::ServerName;
use rustls::server::danger::ClientCertVerifier;
use rustls::server::{Accepted, Acceptor, ProducesTickets, ResolvesServerCert, StoresServerSessions};
use rustls::{
    ClientConfig, ClientConnection, Connection, HandshakeKind, KeyLog, ServerConfig, SignatureScheme,
    SupportedProtocolVersion,
};

pub use alpn::{ALPN_MANDATORY, ALPN_SERVER_PRECEDENCE};
pub use errmap::{code_for, CodeError};
pub use shared::{SessionInfo, SessionShared};

use crate::errors::{self, Code};
use crate::transport::{Direction, IoError, Readiness, TlsIo, Transport};

/// Which end of the connection this session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Client,
    Server,
}

/// Everything fixed before the handshake starts (GnuTLS's per-session setters).
#[derive(Clone)]
pub struct Settings {
    /// Algorithms (from the priority string).
    pub provider: Arc<CryptoProvider>,
    /// Enabled versions (from the priority string).
    pub versions: Vec<&'static SupportedProtocolVersion>,
    /// Server: use our cipher suite order (`%SERVER_PRECEDENCE`).
    pub server_precedence: bool,
    /// Server: leave the CA names out of the CertificateRequest
    /// (`gnutls_certificate_send_x509_rdn_sequence`).
    pub hide_ca_names: bool,
    /// Client: the SNI host name (`gnutls_server_name_set`); `None` sends no SNI.
    pub server_name: Option<String>,
    /// Our ALPN protocols, in preference order (`gnutls_alpn_set_protocols`).
    pub alpn_protocols: Vec<Vec<u8>>,
    /// `GNUTLS_ALPN_*` flags.
    pub alpn_flags: u32,
    pub server_cert_resolver: Option<Arc<dyn ResolvesServerCert>>,
    pub server_cert_verifier: Option<Arc<dyn ServerCertVerifier>>,
    pub client_cert_verifier: Option<Arc<dyn ClientCertVerifier>>,
    pub client_cert_resolver: Option<Arc<dyn ResolvesClientCert>>,
    /// Largest plaintext per record we send (`gnutls_record_set_max_size`); `None` = 16384.
    pub max_record_size: Option<usize>,
    /// Whole-handshake timeout (`gnutls_handshake_set_timeout`); `None` = no limit.
    pub handshake_timeout: Option<Duration>,
    /// Per-receive timeout in ms (`gnutls_record_set_timeout`); `None` = no limit.
    pub record_timeout_ms: Option<u32>,
    /// Key log sink (SSLKEYLOGFILE / keylog function).
    pub key_log: Option<Arc<dyn KeyLog>>,
    /// Client: session resumption store; `None` disables resumption.
    pub client_resumption: Option<Resumption>,
    /// Server: session cache (GnuTLS db callbacks); `None` = no stateful resumption.
    pub server_session_storage: Option<Arc<dyn StoresServerSessions>>,
    /// Server: ticket producer (`gnutls_session_ticket_enable_server`).
    pub ticketer: Option<Arc<dyn ProducesTickets>>,
    /// Server: TLS 1.3 tickets sent after the handshake (used only with storage or ticketer).
    pub tls13_tickets: usize,
    /// Server: make `handshake_step` return after the ClientHello is read, for
    /// GnuTLS's post-client-hello hook.
    pub pause_after_client_hello: bool,
    /// Client: 0-RTT data sent with the ClientHello when the resumed session allows it.
    pub early_data: Vec<u8>,
    /// Server: largest early data accepted (0 = none).
    pub max_early_data_size: u32,
    /// Server: certificate types (RFC 7250), set when raw public keys are
    /// enabled or the credentials hold some; `None` serves X.509 only.
    pub server_cert_types: Option<ServerCertTypes>,
    /// Client: ask for the server's raw public key (GNUTLS_ENABLE_RAWPK and
    /// CTYPE-SRV-RAWPK). rustls then offers that type alone.
    pub client_wants_raw_server_key: bool,
}

/// What a server can present, for the choice after the ClientHello.
#[derive(Clone)]
pub struct ServerCertTypes {
    /// The session enabled raw public keys: the client's
    /// server_certificate_type list is honoured.
    pub enabled: bool,
    /// Picks among the credentials' raw public keys; `None` without any.
    pub raw_key_resolver: Option<Arc<dyn ResolvesServerCert>>,
    /// X.509 key pairs (or a retrieve callback) are there.
    pub x509_available: bool,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("versions", &self.versions)
            .field("server_name", &self.server_name)
            .field("alpn_protocols", &self.alpn_protocols)
            .field("alpn_flags", &self.alpn_flags)
            .finish_non_exhaustive()
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            provider: Arc::new(rustls::crypto::ring::default_provider()),
            versions: rustls::DEFAULT_VERSIONS.to_vec(),
            server_precedence: false,
            hide_ca_names: false,
            server_name: None,
            alpn_protocols: Vec::new(),
            alpn_flags: 0,
            server_cert_resolver: None,
            server_cert_verifier: None,
            client_cert_verifier: None,
            client_cert_resolver: None,
            max_record_size: None,
            handshake_timeout: None,
            record_timeout_ms: None,
            key_log: None,
            client_resumption: None,
            server_session_storage: None,
            ticketer: None,
            tls13_tickets: 2,
            pause_after_client_hello: false,
            early_data: Vec::new(),
            max_early_data_size: 0,
            server_cert_types: None,
            client_wants_raw_server_key: false,
        }
    }
}

/// The status_request extension: the client asks for an OCSP staple.
const STATUS_REQUEST: u16 = 5;

/// Where the session is in its life.
enum State {
    /// Not started: settings may still change.
    Idle,
    /// Server waiting for the ClientHello.
    Accepting(Box<Acceptor>),
    /// Server paused after the ClientHello (post-client-hello hook).
    ClientHello(Box<Accepted>),
    /// Handshaking or established.
    Conn(Box<Connection>),
    /// A fatal error happened; the session is unusable.
    Failed,
}

/// What one `handshake_step` call reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The handshake is complete.
    Done,
    /// Server only, with `pause_after_client_hello`: the ClientHello has been read
    /// (SNI and offered ALPN are in [`SessionShared`]); settings may be changed
    /// before the next call.
    ClientHello,
}

/// A TLS session. See the module docs for the re-entrancy rules.
pub struct Session {
    role: Role,
    settings: Settings,
    shared: Arc<SessionShared>,
    state: State,
    handshake_deadline: Option<Instant>,
    /// Client with resumption: the session's own verifier and resolver, behind
    /// the stable ones rustls sees (see `crate::db::dispatch`).
    stable: Option<crate::db::dispatch::Active>,
    pub(crate) send: crate::record::SendState,
    pub(crate) close: crate::record::CloseState,
    /// Server: the bytes fed to the Acceptor, from which the ClientHello is
    /// copied out for the handshake hook (see `client_hello`).
    hello_records: Vec<u8>,
    /// The bytes of the handshake's direction that carries the ServerHello,
    /// kept across calls until it is whole (see `client_hello::server_random`).
    hello_capture: Vec<u8>,
}

impl Session {
    /// A new session (`gnutls_init`).
    pub fn new(role: Role) -> Self {
        Session {
            role,
            settings: Settings::default(),
            shared: Arc::new(SessionShared::default()),
            state: State::Idle,
            handshake_deadline: None,
            stable: None,
            send: Default::default(),
            close: Default::default(),
            hello_records: Vec::new(),
            hello_capture: Vec::new(),
        }
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// The callback-safe state; keep a clone beside the session in the C layer.
    pub fn shared(&self) -> &Arc<SessionShared> {
        &self.shared
    }

    /// Read-only settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Settings, changeable until the handshake has gone past the ClientHello.
    pub fn settings_mut(&mut self) -> Result<&mut Settings, Code> {
        match self.state {
            State::Idle | State::Accepting(_) | State::ClientHello(_) => Ok(&mut self.settings),
            _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
        }
    }

    /// `gnutls_record_set_max_size`: 512..=16384 bytes, before the handshake.
    pub fn set_max_record_size(&mut self, size: usize) -> Result<(), Code> {
        if !(512..=16384).contains(&size) {
            return Err(errors::GNUTLS_E_INVALID_REQUEST);
        }
        self.settings_mut()?.max_record_size = Some(size);
        Ok(())
    }

    /// `gnutls_record_get_max_size`.
    pub fn max_record_size(&self) -> usize {
        self.settings.max_record_size.unwrap_or(16384)
    }

    /// `gnutls_record_set_timeout`: unlike the other settings, it may change
    /// at any time.
    pub fn set_record_timeout(&mut self, ms: Option<u32>) {
        self.settings.record_timeout_ms = ms;
    }

    /// True once the handshake has completed.
    pub fn is_established(&self) -> bool {
        matches!(&self.state, State::Conn(c) if !c.is_handshaking())
    }

    pub(crate) fn conn_mut(&mut self) -> Result<&mut Connection, Code> {
        match &mut self.state {
            State::Conn(c) => Ok(c),
            State::Failed => Err(errors::GNUTLS_E_INVALID_SESSION),
            _ => Err(errors::GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE),
        }
    }

    /// The connection and the shared state, borrowed together.
    pub(crate) fn parts(&mut self) -> Result<(&mut Connection, &SessionShared), Code> {
        match &mut self.state {
            State::Conn(c) => Ok((c, &self.shared)),
            State::Failed => Err(errors::GNUTLS_E_INVALID_SESSION),
            _ => Err(errors::GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE),
        }
    }

    /// Like [`Session::parts`], with the send bookkeeping too.
    pub(crate) fn parts_with_send(
        &mut self,
    ) -> Result<(&mut Connection, &SessionShared, &mut crate::record::SendState), Code> {
        match &mut self.state {
            State::Conn(c) => Ok((c, &self.shared, &mut self.send)),
            State::Failed => Err(errors::GNUTLS_E_INVALID_SESSION),
            _ => Err(errors::GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE),
        }
    }

    pub(crate) fn conn(&self) -> Option<&Connection> {
        match &self.state {
            State::Conn(c) => Some(c),
            _ => None,
        }
    }

    /// Marks the session dead after a protocol error and returns `code`.
    pub(crate) fn fail(&mut self, code: Code) -> Code {
        self.state = State::Failed;
        code
    }

    /// `gnutls_handshake`: runs the handshake until done, a fatal error, or
    /// the transport would block (`GNUTLS_E_AGAIN` / `GNUTLS_E_INTERRUPTED`, then
    /// call again). A completed session returns `Ok` at once.
    pub fn handshake(&mut self, transport: &mut dyn Transport) -> Result<(), Code> {
        loop {
            match self.handshake_step(transport)? {
                Step::Done => return Ok(()),
                Step::ClientHello => continue,
            }
        }
    }

    /// One handshake run; like [`Session::handshake`] but may stop at [`Step::ClientHello`].
    pub fn handshake_step(&mut self, transport: &mut dyn Transport) -> Result<Step, Code> {
        let mut io = TlsIo::new(transport);
        let mut _stable = self.stable.clone().map(crate::db::dispatch::activate);
        if self.handshake_deadline.is_none() {
            self.handshake_deadline = self.settings.handshake_timeout.map(|t| Instant::now() + t);
        }
        loop {
            match std::mem::replace(&mut self.state, State::Failed) {
                State::Idle => {
                    self.state = match self.role {
                        Role::Client => match self.new_client() {
                            Ok((conn, stable)) => {
                                self.stable = stable;
                                _stable = self.stable.clone().map(crate::db::dispatch::activate);
                                State::Conn(Box::new(Connection::Client(conn)))
                            }
                            Err(code) => {
                                // Settings can still be fixed and the handshake retried.
                                self.state = State::Idle;
                                return Err(code);
                            }
                        },
                        Role::Server => State::Accepting(Box::default()),
                    };
                }
                State::Accepting(mut acceptor) => match acceptor.accept() {
                    Ok(Some(accepted)) => {
                        self.note_client_hello(&accepted);
                        let raw = client_hello::first_handshake_message(&self.hello_records).unwrap_or_default();
                        self.hello_records = Vec::new();
                        self.shared.update(|i| {
                            i.client_requested_ocsp = client_hello::offers_extension(&raw, STATUS_REQUEST);
                            i.client_hello = raw;
                        });
                        self.state = State::ClientHello(Box::new(accepted));
                        if self.settings.pause_after_client_hello {
                            return Ok(Step::ClientHello);
                        }
                    }
                    Ok(None) => {
                        if let Err(code) = wait_readable(&mut io, None, self.handshake_deadline) {
                            self.state = State::Accepting(acceptor);
                            self.shared.set_direction(Direction::Read);
                            return Err(code);
                        }
                        // A copy of what the Acceptor reads: the ClientHello's bytes.
                        io.capture = Some(crate::transport::Capture {
                            incoming: true,
                            bytes: std::mem::take(&mut self.hello_records),
                        });
                        let read = acceptor.read_tls(&mut io);
                        self.hello_records = io.capture.take().map(|c| c.bytes).unwrap_or_default();
                        match read {
                            Ok(0) => return Err(self.fail(errors::GNUTLS_E_PREMATURE_TERMINATION)),
                            Ok(_) => self.state = State::Accepting(acceptor),
                            Err(_) => {
                                self.state = State::Accepting(acceptor);
                                self.shared.set_direction(Direction::Read);
                                return Err(match io.last_error.take() {
                                    Some((e, _)) => e.to_code(false),
                                    None => errors::GNUTLS_E_RECORD_OVERFLOW,
                                });
                            }
                        }
                    }
                    Err((err, mut alert)) => {
                        let _ = alert.write_all(&mut io);
                        // rustls turns an old client away for what it lacks
                        // (say, signature algorithms) before looking at its
                        // version; GnuTLS names the version.
                        let hello = client_hello::first_handshake_message(&self.hello_records);
                        let too_old = hello
                            .and_then(|h| client_hello::highest_offered_version(&h))
                            .is_some_and(|v| v < 0x0303);
                        let code = if too_old { errors::GNUTLS_E_UNSUPPORTED_VERSION_PACKET } else { code_for(&err) };
                        return Err(self.fail(code));
                    }
                },
                State::ClientHello(accepted) => {
                    let config = match self.server_config(&accepted) {
                        Ok(config) => config,
                        Err(code) => {
                            self.state = State::ClientHello(accepted);
                            return Err(code);
                        }
                    };
                    match accepted.into_connection(config) {
                        Ok(conn) => self.state = State::Conn(Box::new(conn.into())),
                        Err((err, mut alert)) => {
                            let _ = alert.write_all(&mut io);
                            // A certificate callback that failed says why.
                            let code = self.shared.take_callback_failure().unwrap_or_else(|| code_for(&err));
                            return Err(self.fail(code));
                        }
                    }
                }
                State::Conn(mut conn) => {
                    // Until the ServerHello has passed (read by a client,
                    // written by a server), keep a copy of that direction:
                    // rustls does not hand out the server random.
                    let watching = self.shared.with_info(|i| i.server_random.is_none()) && conn.is_handshaking();
                    if watching {
                        io.capture = Some(crate::transport::Capture {
                            incoming: self.role == Role::Client,
                            bytes: std::mem::take(&mut self.hello_capture),
                        });
                    }
                    let result = drive_handshake(&mut conn, &mut io, &self.shared, self.handshake_deadline);
                    if let Some(capture) = io.capture.take() {
                        match client_hello::server_hello(&capture.bytes) {
                            Some((random, id)) => self.shared.update(|i| {
                                i.server_random = Some(random);
                                i.server_session_id = id;
                            }),
                            None if result.is_ok() => {}
                            None => self.hello_capture = capture.bytes,
                        }
                    }
                    if result.is_ok() {
                        shrink_receive_buffer(&mut conn);
                    }
                    self.state = State::Conn(conn);
                    return match result {
                        Ok(()) => {
                            self.note_established();
                            Ok(Step::Done)
                        }
                        Err(Failure::Retry(code)) => Err(code),
                        Err(Failure::Fatal(code)) => Err(self.fail(code)),
                    };
                }
                State::Failed => return Err(errors::GNUTLS_E_INVALID_SESSION),
            }
        }
    }

    fn new_client(&self) -> Result<(ClientConnection, Option<crate::db::dispatch::Active>), Code> {
        let s = &self.settings;
        let verifier = s
            .server_cert_verifier
            .clone()
            .ok_or(errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS)?;
        let verifier: Arc<dyn ServerCertVerifier> = Arc::new(hooks::RecordingServerVerifier {
            inner: verifier,
            shared: Arc::clone(&self.shared),
        });
        // Always a resolver, even without certificates: it is how we learn
        // that the server asked for one.
        let inner = s
            .client_cert_resolver
            .clone()
            .unwrap_or_else(|| Arc::new(hooks::NoClientCert) as Arc<dyn ResolvesClientCert>);
        let resolver: Arc<dyn ResolvesClientCert> = Arc::new(hooks::RecordingClientResolver {
            inner,
            shared: Arc::clone(&self.shared),
            enabled: enabled_signature_schemes(s),
        });
        // rustls resumes only under the verifier and resolver that made the
        // session: resumable sessions use stable ones (crate::db::dispatch).
        let stable = s
            .client_resumption
            .is_some()
            .then(|| crate::db::dispatch::Active { verifier: Arc::clone(&verifier), resolver: Some(Arc::clone(&resolver)) });
        let builder = ClientConfig::builder_with_details(Arc::clone(&s.provider), crate::clock::time_provider())
            .with_protocol_versions(&s.versions)
            .map_err(|e| code_for(&e))?
            .dangerous();
        let mut config = match &stable {
            Some(_) => builder
                .with_custom_certificate_verifier(crate::db::dispatch::verifier())
                .with_client_cert_resolver(crate::db::dispatch::resolver()),
            None => builder.with_custom_certificate_verifier(verifier).with_client_cert_resolver(resolver),
        };
        config.enable_early_data = !s.early_data.is_empty();
        config.alpn_protocols = s.alpn_protocols.clone();
        config.max_fragment_size = s.max_record_size.map(|n| n + 5);
        config.key_log = Arc::new(hooks::SessionKeyLog {
            inner: s.key_log.clone(),
            shared: Arc::clone(&self.shared),
        });
        config.resumption = s.client_resumption.clone().unwrap_or_else(Resumption::disabled);
        // Without a host name rustls still wants a ServerName; an IP address is
        // never sent as SNI, which matches GnuTLS sending none.
        let name = match &s.server_name {
            Some(host) => {
                config.enable_sni = true;
                ServerName::try_from(host.clone()).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?
            }
            None => {
                config.enable_sni = false;
                ServerName::IpAddress(std::net::Ipv4Addr::UNSPECIFIED.into())
            }
        };
        let _active = stable.clone().map(crate::db::dispatch::activate);
        let mut conn = ClientConnection::new(Arc::new(config), name).map_err(|e| code_for(&e))?;
        if let Some(mut early) = conn.early_data() {
            // What does not fit the ticket's limit is simply not sent early.
            let _ = std::io::Write::write(&mut early, &s.early_data);
        }
        Ok((conn, stable))
    }

    /// Records what the ClientHello asked for, before any config is chosen.
    fn note_client_hello(&self, accepted: &Accepted) {
        let hello = accepted.client_hello();
        let sni = hello.server_name().map(str::to_owned);
        let alpn: Vec<Vec<u8>> = hello.alpn().map(|it| it.map(<[u8]>::to_vec).collect()).unwrap_or_default();
        self.shared.update(|i| {
            i.server_name = sni;
            i.client_alpn = alpn;
        });
    }

    /// The server's certificate type for this ClientHello, as GnuTLS picks
    /// it: with raw public keys enabled, the first type of the client's
    /// server_certificate_type list we can present (X.509 without the
    /// extension); Some(resolver) for a raw key. Errors as GnuTLS's: no type
    /// in common, or nothing to present at all.
    fn choose_server_cert_type(&self, accepted: &Accepted) -> Result<Option<Arc<dyn ResolvesServerCert>>, Code> {
        use rustls::server::CertificateType;
        let Some(types) = &self.settings.server_cert_types else { return Ok(None) };
        let offered = if types.enabled { accepted.client_hello().server_cert_types() } else { None };
        let Some(offered) = offered else {
            return if types.x509_available { Ok(None) } else { Err(errors::GNUTLS_E_NO_CIPHER_SUITES) };
        };
        for t in offered {
            match t {
                CertificateType::X509 if types.x509_available => return Ok(None),
                CertificateType::RawPublicKey => {
                    if let Some(r) = &types.raw_key_resolver {
                        return Ok(Some(Arc::clone(r)));
                    }
                }
                _ => {}
            }
        }
        Err(errors::GNUTLS_E_UNSUPPORTED_CERTIFICATE_TYPE)
    }

    fn server_config(&self, accepted: &Accepted) -> Result<Arc<ServerConfig>, Code> {
        let s = &self.settings;
        let raw_key = self.choose_server_cert_type(accepted)?;
        self.shared.update(|i| i.server_raw_key = raw_key.is_some());
        let resolver = match raw_key {
            Some(r) => r,
            None => s.server_cert_resolver.clone().ok_or(errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS)?,
        };
        let builder = ServerConfig::builder_with_details(Arc::clone(&s.provider), crate::clock::time_provider())
            .with_protocol_versions(&s.versions)
            .map_err(|e| code_for(&e))?;
        let builder = match &s.client_cert_verifier {
            Some(v) => builder.with_client_cert_verifier(Arc::new(hooks::RecordingClientVerifier {
                inner: Arc::clone(v),
                shared: Arc::clone(&self.shared),
                hide_ca_names: s.hide_ca_names,
            })),
            None => builder.with_no_client_auth(),
        };
        let mut config = builder.with_cert_resolver(Arc::new(hooks::RecordingServerResolver {
            inner: resolver,
            shared: Arc::clone(&self.shared),
            enabled: enabled_signature_schemes(s),
        }));
        let hello = accepted.client_hello();
        let offered: Option<Vec<Vec<u8>>> = hello.alpn().map(|it| it.map(<[u8]>::to_vec).collect());
        config.alpn_protocols = alpn::server_protocols(&s.alpn_protocols, offered.as_deref(), s.alpn_flags);
        config.ignore_client_order = s.server_precedence;
        config.max_fragment_size = s.max_record_size.map(|n| n + 5);
        config.key_log = Arc::new(hooks::SessionKeyLog {
            inner: s.key_log.clone(),
            shared: Arc::clone(&self.shared),
        });
        let resumable = s.server_session_storage.is_some() || s.ticketer.is_some();
        config.session_storage = match &s.server_session_storage {
            Some(store) => Arc::clone(store),
            // GnuTLS gives every TLS 1.2 session an ID, a database or not.
            None => Arc::new(crate::db::store::Forgetful),
        };
        if let Some(t) = &s.ticketer {
            config.ticketer = Arc::clone(t);
        }
        config.send_tls13_tickets = if resumable { s.tls13_tickets } else { 0 };
        config.max_early_data_size = s.max_early_data_size;
        Ok(Arc::new(config))
    }

    /// Snapshots the negotiated parameters into the shared state.
    fn note_established(&self) {
        let Some(conn) = self.conn() else { return };
        let protocol = conn.protocol_version();
        let suite = conn.negotiated_cipher_suite().map(|s| s.suite());
        let group = conn.negotiated_key_exchange_group().map(|g| g.name());
        let alpn = conn.alpn_protocol().map(<[u8]>::to_vec);
        let resumed = conn.handshake_kind() == Some(HandshakeKind::Resumed);
        let peer = conn.peer_certificates().map(<[_]>::to_vec);
        // A client that asked for a raw key got one (rustls offers nothing else).
        let client_got_raw_key = matches!(conn, Connection::Client(_)) && self.settings.client_wants_raw_server_key;
        self.shared.update(|i| {
            if client_got_raw_key {
                i.server_raw_key = true;
            }
            i.client_hello = Vec::new();
            i.protocol = protocol;
            i.cipher_suite = suite;
            i.kx_group = group;
            i.alpn = alpn;
            i.resumed = resumed;
            if let Some(peer) = peer {
                if i.peer_certificates.is_empty() {
                    i.peer_certificates = peer;
                }
            }
            i.handshake_complete = true;
        });
    }

    /// `gnutls_prf_rfc5705` / `gnutls_prf`: RFC 5705 keying material.
    pub fn export_keying_material(&self, label: &[u8], context: Option<&[u8]>, out: &mut [u8]) -> Result<(), Code> {
        let conn = self.conn().ok_or(errors::GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE)?;
        if conn.is_handshaking() {
            return Err(errors::GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE);
        }
        conn.export_keying_material(out, label, context)
            .map(|_| ())
            .map_err(|e| code_for(&e))
    }

    /// RFC 9266 tls-exporter channel binding (32 bytes).
    pub fn channel_binding_tls_exporter(&self) -> Result<[u8; 32], Code> {
        let mut out = [0u8; 32];
        self.export_keying_material(b"EXPORTER-Channel-Binding", None, &mut out)
            .map_err(|_| errors::GNUTLS_E_CHANNEL_BINDING_NOT_AVAILABLE)?;
        Ok(out)
    }

    /// `gnutls_session_is_resumed`.
    pub fn is_resumed(&self) -> bool {
        self.shared.with_info(|i| i.resumed)
    }

    /// `gnutls_session_get_desc`.
    pub fn description(&self) -> Option<String> {
        self.shared.description()
    }
}

/// A failure inside the handshake or record loop.
pub(crate) enum Failure {
    /// Transport said "not now" (or a timeout/IO error): the session stays usable.
    Retry(Code),
    /// Protocol error: rustls's connection is dead.
    Fatal(Code),
}

/// Waits for readability when a timeout applies (record timeout in ms, or the handshake deadline).
/// The signature schemes the session's priorities enable: those its
/// provider verifies (built from the priority's sign list).
fn enabled_signature_schemes(s: &Settings) -> Arc<[SignatureScheme]> {
    s.provider.signature_verification_algorithms.supported_schemes().into()
}

pub(crate) fn wait_readable(io: &mut TlsIo<'_>, timeout_ms: Option<u32>, deadline: Option<Instant>) -> Result<(), i32> {
    let from_deadline = match deadline {
        Some(d) => {
            let left = d.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(errors::GNUTLS_E_TIMEDOUT);
            }
            Some(u32::try_from(left.as_millis()).unwrap_or(u32::MAX).max(1))
        }
        None => None,
    };
    let ms = match (timeout_ms, from_deadline) {
        (None, None) => return Ok(()),
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b).unwrap_or(0),
    };
    match io.pull_timeout(Some(ms)) {
        Ok(Readiness::Ready) => Ok(()),
        Ok(Readiness::TimedOut) => Err(errors::GNUTLS_E_TIMEDOUT),
        Err(e) => Err(e.to_code(false)),
    }
}

/// Writes everything rustls has queued.
pub(crate) fn flush(conn: &mut Connection, io: &mut TlsIo<'_>, shared: &SessionShared) -> Result<(), Code> {
    while conn.wants_write() {
        match conn.write_tls(io) {
            Ok(0) => return Err(errors::GNUTLS_E_PUSH_ERROR),
            Ok(_) => {}
            Err(_) => {
                let (code, dir) = io.take_code(true);
                shared.set_direction(dir);
                return Err(code);
            }
        }
    }
    Ok(())
}

/// Pulls once from the transport into rustls. `Ok(0)` = EOF.
pub(crate) fn pull(
    conn: &mut Connection,
    io: &mut TlsIo<'_>,
    shared: &SessionShared,
    timeout_ms: Option<u32>,
    deadline: Option<Instant>,
) -> Result<usize, Code> {
    if let Err(code) = wait_readable(io, timeout_ms, deadline) {
        shared.set_direction(Direction::Read);
        return Err(code);
    }
    match conn.read_tls(io) {
        Ok(n) => Ok(n),
        Err(_) => {
            shared.set_direction(Direction::Read);
            match io.last_error.take() {
                Some((e, _)) => Err(e.to_code(false)),
                // rustls refused more input (its buffers are full): a peer flooding us.
                None => Err(errors::GNUTLS_E_RECORD_OVERFLOW),
            }
        }
    }
}

/// Lets rustls process what was pulled; on a protocol error sends rustls's alert (best effort),
/// except after a refused peer certificate (see `SessionShared::withhold_alert`).
pub(crate) fn process(
    conn: &mut Connection,
    io: &mut TlsIo<'_>,
    shared: &SessionShared,
) -> Result<rustls::IoState, Code> {
    match conn.process_new_packets() {
        Ok(state) => Ok(state),
        Err(err) => {
            if let rustls::Error::AlertReceived(alert) = &err {
                shared.set_last_alert(u8::from(*alert));
            }
            let code = match err {
                // GnuTLS names a missing client certificate after TLS 1.3's alert.
                rustls::Error::NoCertificatesPresented if conn.protocol_version() == Some(rustls::ProtocolVersion::TLSv1_3) => {
                    errors::GNUTLS_E_CERTIFICATE_REQUIRED
                }
                _ => code_for(&err),
            };
            // A refused peer certificate ends the handshake silently, as in
            // GnuTLS; the alert rustls queued dies with the connection.
            if !shared.take_alert_withheld() {
                let _ = flush(conn, io, shared);
            }
            Err(code)
        }
    }
}

fn drive_handshake(
    conn: &mut Connection,
    io: &mut TlsIo<'_>,
    shared: &SessionShared,
    deadline: Option<Instant>,
) -> Result<(), Failure> {
    loop {
        flush(conn, io, shared).map_err(Failure::Retry)?;
        if !conn.is_handshaking() {
            return Ok(());
        }
        match pull(conn, io, shared, None, deadline) {
            Ok(0) => {
                // The peer may have sent an alert just before closing.
                process(conn, io, shared).map_err(Failure::Fatal)?;
                return Err(Failure::Fatal(errors::GNUTLS_E_PREMATURE_TERMINATION));
            }
            Ok(_) => {}
            Err(code) => return Err(Failure::Retry(code)),
        }
        let processed = process(conn, io, shared);
        if let Some(code) = shared.take_callback_failure() {
            // An application callback failed inside rustls: stop here,
            // before anything rustls queued after it (an empty client
            // Certificate, say) goes out.
            return Err(Failure::Fatal(code));
        }
        processed.map_err(Failure::Fatal)?;
    }
}

/// rustls keeps its receive buffer at the size the handshake's largest
/// flight needed until the next read, and shrinks it (to 4 KiB) only when a
/// read starts with the buffer empty. A read that finds nothing does that
/// at once: about 4 KiB less per established, idle session.
fn shrink_receive_buffer(conn: &mut Connection) {
    struct NothingYet;
    impl std::io::Read for NothingYet {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::WouldBlock.into())
        }
    }
    let _ = conn.read_tls(&mut NothingYet);
}

/// Keeps `IoError` in this module's public surface for the C layer's convenience.
pub type TransportError = IoError;
