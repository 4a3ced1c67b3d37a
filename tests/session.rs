//! Client and server sessions talking over in-memory transports.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use rgnutls::errors::{self, Code};
use rgnutls::record::CloseHow;
use rgnutls::session::{Role, Session, Step, ALPN_MANDATORY, ALPN_SERVER_PRECEDENCE};
use rgnutls::transport::{IoError, Readiness, Transport};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

// ---------- in-memory transport ----------

#[derive(Default)]
struct Pipe {
    data: VecDeque<u8>,
    closed: bool,
}

type Shared = Rc<RefCell<Pipe>>;

/// One end of a bidirectional in-memory link.
struct End {
    inbox: Shared,
    outbox: Shared,
    /// Largest chunk moved per push/pull (1 = every byte boundary).
    chunk: usize,
    /// Return EAGAIN on every other call, even when progress is possible.
    stutter: bool,
    tick: bool,
}

fn link() -> (End, End) {
    let a: Shared = Default::default();
    let b: Shared = Default::default();
    let end = |inbox: &Shared, outbox: &Shared| End {
        inbox: inbox.clone(),
        outbox: outbox.clone(),
        chunk: usize::MAX,
        stutter: false,
        tick: false,
    };
    (end(&a, &b), end(&b, &a))
}

impl End {
    fn stuttering(mut self, chunk: usize) -> Self {
        self.chunk = chunk;
        self.stutter = true;
        self
    }

    fn blocked_now(&mut self) -> bool {
        if !self.stutter {
            return false;
        }
        self.tick = !self.tick;
        self.tick
    }

    fn close(&self) {
        self.outbox.borrow_mut().closed = true;
    }
}

impl Transport for End {
    fn push(&mut self, data: &[u8]) -> Result<usize, IoError> {
        if self.blocked_now() {
            return Err(IoError::Again);
        }
        let n = data.len().min(self.chunk);
        self.outbox.borrow_mut().data.extend(&data[..n]);
        Ok(n)
    }

    fn pull(&mut self, buf: &mut [u8]) -> Result<usize, IoError> {
        if self.blocked_now() {
            return Err(IoError::Interrupted);
        }
        let mut pipe = self.inbox.borrow_mut();
        if pipe.data.is_empty() {
            return if pipe.closed { Ok(0) } else { Err(IoError::Again) };
        }
        let n = buf.len().min(self.chunk).min(pipe.data.len());
        for (dst, src) in buf[..n].iter_mut().zip(pipe.data.drain(..n)) {
            *dst = src;
        }
        Ok(n)
    }
}

// ---------- credentials ----------

#[derive(Debug)]
struct AcceptAnyServer(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAnyServer {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

struct Cred {
    cert: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
}

fn ecdsa_cred() -> Cred {
    let ck = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).expect("rcgen");
    Cred {
        cert: ck.cert.der().clone(),
        key: PrivatePkcs8KeyDer::from(ck.key_pair.serialize_der()).into(),
    }
}

fn ed25519_cred() -> Cred {
    let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ED25519).expect("key");
    let params = rcgen::CertificateParams::new(vec!["localhost".to_string()]).expect("params");
    let cert = params.self_signed(&key).expect("cert");
    Cred {
        cert: cert.der().clone(),
        key: PrivatePkcs8KeyDer::from(key.serialize_der()).into(),
    }
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn server_with(cred: &Cred) -> Session {
    let config = rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(vec![cred.cert.clone()], cred.key.clone_key())
        .expect("cert");
    let mut s = Session::new(Role::Server);
    s.settings_mut().expect("settings").server_cert_resolver = Some(config.cert_resolver.clone());
    s
}

fn client() -> Session {
    let mut c = Session::new(Role::Client);
    let s = c.settings_mut().expect("settings");
    s.server_cert_verifier = Some(Arc::new(AcceptAnyServer(provider())));
    s.server_name = Some("localhost".into());
    c
}

fn only(c: &mut Session, v: &'static rustls::SupportedProtocolVersion) {
    c.settings_mut().expect("settings").versions = vec![v];
}

fn is_retry(code: Code) -> bool {
    code == errors::GNUTLS_E_AGAIN || code == errors::GNUTLS_E_INTERRUPTED
}

/// Runs both handshakes until neither side is waiting any more (or a side
/// waits for a peer that gave up).
fn handshake(c: &mut Session, ct: &mut End, s: &mut Session, st: &mut End) -> (Result<(), Code>, Result<(), Code>) {
    let (mut cr, mut sr) = (Err(errors::GNUTLS_E_AGAIN), Err(errors::GNUTLS_E_AGAIN));
    for _ in 0..20_000 {
        let c_waiting = matches!(cr, Err(e) if is_retry(e));
        let s_waiting = matches!(sr, Err(e) if is_retry(e));
        if !c_waiting && !s_waiting {
            break;
        }
        if c_waiting {
            cr = c.handshake(ct);
        }
        if s_waiting {
            sr = s.handshake(st);
        }
    }
    (cr, sr)
}

fn connected(c: &mut Session, ct: &mut End, s: &mut Session, st: &mut End) {
    let (cr, sr) = handshake(c, ct, s, st);
    assert_eq!(cr, Ok(()));
    assert_eq!(sr, Ok(()));
}

/// Sends all of `data` with the GnuTLS retry contract, while the receiver drains.
fn transfer(tx: &mut Session, tt: &mut End, rx: &mut Session, rt: &mut End, data: &[u8]) -> Vec<u8> {
    let mut got = Vec::with_capacity(data.len());
    let mut off = 0;
    let mut buf = vec![0u8; 20000];
    let mut spins = 0;
    while got.len() < data.len() {
        spins += 1;
        assert!(spins < 10_000_000, "no progress");
        if off < data.len() {
            match tx.send(tt, &data[off..]) {
                Ok(n) => off += n,
                Err(e) if is_retry(e) => {}
                Err(e) => panic!("send failed: {e}"),
            }
        }
        match rx.recv(rt, &mut buf) {
            Ok(0) => panic!("unexpected close"),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if is_retry(e) => {}
            Err(e) => panic!("recv failed: {e}"),
        }
    }
    got
}

fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

// ---------- tests ----------

#[test]
fn tls13_handshake_reports_gnutls_info() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);

    let ci = c.shared().snapshot();
    let si = s.shared().snapshot();
    assert_eq!(ci.protocol_id(), 5);
    assert_eq!(si.protocol_id(), 5);
    assert_eq!(si.server_name.as_deref(), Some("localhost"));
    assert_eq!(ci.peer_certificates, vec![cred.cert.clone()]);
    assert_eq!(si.own_certificates(), std::slice::from_ref(&cred.cert));
    assert!(si.peer_certificates.is_empty());
    assert!(ci.client_random.is_some());
    assert_eq!(ci.client_random, si.client_random);
    let desc = c.description().expect("desc");
    assert_eq!(desc, s.description().expect("desc"));
    assert_eq!(desc, "(TLS1.3-X.509)-(ECDHE-X25519)-(ECDSA-SECP256R1-SHA256)-(AES-256-GCM)");
    assert!(!c.is_resumed());
}

#[test]
fn tls12_handshake_reports_gnutls_info() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    only(&mut c, &rustls::version::TLS12);
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(c.shared().snapshot().protocol_id(), 4);
    assert_eq!(
        c.description().as_deref(),
        Some("(TLS1.2-X.509)-(ECDHE-X25519)-(ECDSA-SHA256)-(AES-256-GCM)")
    );
    assert_eq!(s.description(), c.description());
}

#[test]
fn ed25519_and_record_info() {
    let cred = ed25519_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(
        c.description().as_deref(),
        Some("(TLS1.3-X.509)-(ECDHE-X25519)-(EdDSA-Ed25519)-(AES-256-GCM)")
    );
    // Both ends derive the same exporter values.
    let (mut a, mut b) = ([0u8; 20], [0u8; 20]);
    c.export_keying_material(b"EXPERIMENTAL-test", Some(b"ctx"), &mut a).expect("ekm");
    s.export_keying_material(b"EXPERIMENTAL-test", Some(b"ctx"), &mut b).expect("ekm");
    assert_eq!(a, b);
    assert_eq!(c.channel_binding_tls_exporter(), s.channel_binding_tls_exporter());
}

#[test]
fn no_sni_when_no_server_name() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    c.settings_mut().expect("settings").server_name = None;
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(s.shared().snapshot().server_name, None);
}

#[test]
fn missing_credentials_fail_cleanly() {
    let (mut ct, _st) = link();
    let mut c = Session::new(Role::Client);
    assert_eq!(c.handshake(&mut ct), Err(errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS));
    // Credentials set afterwards are used by the retried handshake.
    c.settings_mut().expect("still idle").server_cert_verifier = Some(Arc::new(AcceptAnyServer(provider())));
    assert_eq!(c.handshake(&mut ct), Err(errors::GNUTLS_E_AGAIN));
    let (mut ct, mut st) = link();
    let cred = ecdsa_cred();
    let mut c = client();
    let mut s = Session::new(Role::Server);
    let (cr, sr) = handshake(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(sr, Err(errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS));
    assert!(cr.is_err() || cr.is_ok(), "{cr:?}");
    drop(cred);
}

fn alpn_case(client_list: &[&str], server_list: &[&str], flags: u32) -> (Result<(), Code>, Result<(), Code>, Session, Session) {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    c.settings_mut().expect("settings").alpn_protocols = client_list.iter().map(|p| p.as_bytes().to_vec()).collect();
    let ss = s.settings_mut().expect("settings");
    ss.alpn_protocols = server_list.iter().map(|p| p.as_bytes().to_vec()).collect();
    ss.alpn_flags = flags;
    let (cr, sr) = handshake(&mut c, &mut ct, &mut s, &mut st);
    (cr, sr, c, s)
}

#[test]
fn alpn_follows_gnutls_rules() {
    let (cr, sr, c, s) = alpn_case(&["h2", "http/1.1"], &["http/1.1", "h2"], 0);
    assert_eq!((cr, sr), (Ok(()), Ok(())));
    assert_eq!(c.shared().snapshot().alpn.as_deref(), Some(&b"h2"[..]));
    assert_eq!(s.shared().snapshot().alpn.as_deref(), Some(&b"h2"[..]));
    assert_eq!(s.shared().snapshot().client_alpn, vec![b"h2".to_vec(), b"http/1.1".to_vec()]);

    let (cr, sr, c, _) = alpn_case(&["h2", "http/1.1"], &["http/1.1", "h2"], ALPN_SERVER_PRECEDENCE);
    assert_eq!((cr, sr), (Ok(()), Ok(())));
    assert_eq!(c.shared().snapshot().alpn.as_deref(), Some(&b"http/1.1"[..]));

    let (cr, sr, c, _) = alpn_case(&["spdy/3"], &["h2"], 0);
    assert_eq!((cr, sr), (Ok(()), Ok(())));
    assert_eq!(c.shared().snapshot().alpn, None);

    let (cr, sr, c, _) = alpn_case(&["spdy/3"], &["h2"], ALPN_MANDATORY);
    assert_eq!(sr, Err(errors::GNUTLS_E_NO_APPLICATION_PROTOCOL));
    assert_eq!(cr, Err(errors::GNUTLS_E_FATAL_ALERT_RECEIVED));
    assert_eq!(c.alert_get(), Some(120));

    // A client without ALPN is fine even when the server says mandatory.
    let (cr, sr, _, _) = alpn_case(&[], &["h2"], ALPN_MANDATORY);
    assert_eq!((cr, sr), (Ok(()), Ok(())));
}

#[test]
fn pause_after_client_hello_lets_settings_change() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    c.settings_mut().expect("settings").alpn_protocols = vec![b"x".to_vec()];
    s.settings_mut().expect("settings").pause_after_client_hello = true;
    assert!(matches!(c.handshake(&mut ct), Err(e) if is_retry(e)));
    assert_eq!(s.handshake_step(&mut st), Ok(Step::ClientHello));
    assert_eq!(s.shared().snapshot().server_name.as_deref(), Some("localhost"));
    s.settings_mut().expect("settings in hook").alpn_protocols = vec![b"x".to_vec()];
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(c.shared().snapshot().alpn.as_deref(), Some(&b"x"[..]));
}

#[test]
fn megabyte_both_ways_tls13_and_tls12() {
    for v in [&rustls::version::TLS13, &rustls::version::TLS12] {
        let cred = ecdsa_cred();
        let (mut ct, mut st) = link();
        let (mut c, mut s) = (client(), server_with(&cred));
        only(&mut c, v);
        connected(&mut c, &mut ct, &mut s, &mut st);
        let data = pattern(1 << 20);
        assert!(transfer(&mut c, &mut ct, &mut s, &mut st, &data) == data);
        assert!(transfer(&mut s, &mut st, &mut c, &mut ct, &data) == data);
    }
}

#[test]
fn eagain_at_every_byte_boundary() {
    for v in [&rustls::version::TLS13, &rustls::version::TLS12] {
        let cred = ecdsa_cred();
        let (ct, st) = link();
        let (mut ct, mut st) = (ct.stuttering(1), st.stuttering(1));
        let (mut c, mut s) = (client(), server_with(&cred));
        only(&mut c, v);
        connected(&mut c, &mut ct, &mut s, &mut st);
        let data = pattern(40_000);
        assert!(transfer(&mut c, &mut ct, &mut s, &mut st, &data) == data);
        assert!(transfer(&mut s, &mut st, &mut c, &mut ct, &data) == data);

        // Orderly close, both directions, through the stuttering pipe.
        let mut buf = [0u8; 64];
        let mut client_closed = false;
        let mut server_saw_close = false;
        for _ in 0..100_000 {
            if !client_closed {
                match c.bye(&mut ct, CloseHow::ReadWrite) {
                    Ok(()) => client_closed = true,
                    Err(e) => assert!(is_retry(e), "bye: {e}"),
                }
            }
            if !server_saw_close {
                match s.recv(&mut st, &mut buf) {
                    Ok(0) => server_saw_close = true,
                    Ok(n) => panic!("unexpected {n} bytes"),
                    Err(e) => assert!(is_retry(e), "recv: {e}"),
                }
            } else {
                match s.bye(&mut st, CloseHow::Write) {
                    Ok(()) | Err(errors::GNUTLS_E_AGAIN) | Err(errors::GNUTLS_E_INTERRUPTED) => {}
                    Err(e) => panic!("server bye: {e}"),
                }
            }
            if client_closed && server_saw_close {
                break;
            }
        }
        assert!(client_closed && server_saw_close);
    }
}

#[test]
fn send_after_eagain_stream_is_exact() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    let data = pattern(200_000);
    ct.chunk = 777;
    ct.stutter = true;
    // Writer runs to completion first (the pipe is unbounded), then the reader drains.
    let mut off = 0;
    let mut agains = 0;
    while off < data.len() {
        match c.send(&mut ct, &data[off..]) {
            Ok(n) => off += n,
            Err(e) if is_retry(e) => agains += 1,
            Err(e) => panic!("{e}"),
        }
    }
    assert!(agains > 0);
    let mut got = Vec::new();
    let mut buf = vec![0u8; 1 << 15];
    while got.len() < data.len() {
        match s.recv(&mut st, &mut buf) {
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) => panic!("{e}"),
        }
    }
    assert!(got == data);
    assert_eq!(s.check_pending(), 0);
}

#[test]
fn empty_send_after_eagain_finishes_the_write() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    ct.chunk = 10;
    ct.stutter = true;
    ct.tick = false;
    let first = c.send(&mut ct, b"hello world");
    assert!(matches!(first, Err(e) if is_retry(e)));
    let n = loop {
        match c.send(&mut ct, &[]) {
            Ok(n) => break n,
            Err(e) => assert!(is_retry(e)),
        }
    };
    assert_eq!(n, 11);
    let mut buf = [0u8; 64];
    assert_eq!(s.recv(&mut st, &mut buf), Ok(11));
    assert_eq!(&buf[..11], b"hello world");
}

#[test]
fn bye_write_only_and_recv_zero() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(c.send(&mut ct, b"last words"), Ok(10));
    assert_eq!(c.bye(&mut ct, CloseHow::Write), Ok(()));
    let mut buf = [0u8; 64];
    assert_eq!(s.recv(&mut st, &mut buf), Ok(10));
    assert_eq!(s.recv(&mut st, &mut buf), Ok(0));
    assert_eq!(s.recv(&mut st, &mut buf), Ok(0));
    // RDWR on the server: the client's close_notify is already in.
    assert_eq!(s.bye(&mut st, CloseHow::ReadWrite), Ok(()));
    assert_eq!(c.send(&mut ct, b"x"), Err(errors::GNUTLS_E_INVALID_SESSION));
}

#[test]
fn bye_rdwr_waits_for_peer_close_notify() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(s.send(&mut st, b"data before close"), Ok(17));
    assert_eq!(c.bye(&mut ct, CloseHow::ReadWrite), Err(errors::GNUTLS_E_AGAIN));
    assert_eq!(c.direction(), rgnutls::transport::Direction::Read);
    assert_eq!(s.bye(&mut st, CloseHow::Write), Ok(()));
    assert_eq!(c.bye(&mut ct, CloseHow::ReadWrite), Ok(()));
}

#[test]
fn premature_eof_is_reported() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(c.send(&mut ct, b"abc"), Ok(3));
    ct.close();
    let mut buf = [0u8; 8];
    assert_eq!(s.recv(&mut st, &mut buf), Ok(3));
    assert_eq!(s.recv(&mut st, &mut buf), Err(errors::GNUTLS_E_PREMATURE_TERMINATION));

    // EOF in the middle of the handshake.
    let (mut ct, st) = link();
    let mut c = client();
    assert_eq!(c.handshake(&mut ct), Err(errors::GNUTLS_E_AGAIN));
    st.close();
    assert_eq!(c.handshake(&mut ct), Err(errors::GNUTLS_E_PREMATURE_TERMINATION));
}

#[test]
fn truncated_record_then_eof() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(c.send(&mut ct, &pattern(1000)), Ok(1000));
    {
        let mut pipe = st.inbox.borrow_mut();
        let keep = pipe.data.len() - 10;
        pipe.data.truncate(keep);
        pipe.closed = true;
    }
    let mut buf = [0u8; 2000];
    assert_eq!(s.recv(&mut st, &mut buf), Err(errors::GNUTLS_E_PREMATURE_TERMINATION));
}

#[test]
fn corrupted_record_fails_decryption() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(c.send(&mut ct, &pattern(100)), Ok(100));
    {
        let mut pipe = st.inbox.borrow_mut();
        let last = pipe.data.len() - 1;
        pipe.data[last] ^= 0x55;
    }
    let mut buf = [0u8; 200];
    assert_eq!(s.recv(&mut st, &mut buf), Err(errors::GNUTLS_E_DECRYPTION_FAILED));
    // The client learns why.
    assert_eq!(c.recv(&mut ct, &mut buf), Err(errors::GNUTLS_E_FATAL_ALERT_RECEIVED));
    assert_eq!(c.alert_get(), Some(20)); // bad_record_mac
    assert_eq!(s.recv(&mut st, &mut buf), Err(errors::GNUTLS_E_INVALID_SESSION));
}

#[test]
fn garbage_gives_error_codes_not_panics() {
    // Plain text instead of TLS.
    let (mut ct, st) = link();
    let mut c = client();
    assert_eq!(c.handshake(&mut ct), Err(errors::GNUTLS_E_AGAIN));
    st.outbox.borrow_mut().data.extend(b"HTTP/1.1 400 Bad Request\r\n\r\n");
    let code = c.handshake(&mut ct).expect_err("garbage must fail");
    assert!(code < 0 && !is_retry(code), "{code}");

    // Random bytes of random lengths to a server and to a client.
    let mut seed: u64 = 0x1234_5678;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let cred = ecdsa_cred();
    for round in 0..200 {
        let (mut ct, mut st) = link();
        let len = (rnd() % 600) as usize;
        let mut bytes: Vec<u8> = (0..len).map(|_| rnd() as u8).collect();
        if round % 2 == 0 && bytes.len() > 5 {
            // Make it look like a handshake record to get past the first checks.
            bytes[..3].copy_from_slice(&[22, 3, 1]);
        }
        let mut s = server_with(&cred);
        ct.outbox.borrow_mut().data.extend(&bytes);
        ct.close();
        let r = s.handshake(&mut st);
        assert!(r.is_err(), "round {round}");
        let mut c = client();
        st.outbox.borrow_mut().data.extend(&bytes);
        st.close();
        let r = c.handshake(&mut ct);
        assert!(r.is_err(), "round {round}");
    }
}

#[test]
fn cork_collects_into_one_flush() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    c.cork();
    for _ in 0..100 {
        assert_eq!(c.send(&mut ct, b"0123456789"), Ok(10));
    }
    assert!(st.inbox.borrow().data.is_empty());
    assert_eq!(c.uncork(&mut ct, true), Ok(1000));
    // One record (plus its overhead), not a hundred.
    assert!(st.inbox.borrow().data.len() < 1100);
    let mut buf = [0u8; 2000];
    assert_eq!(s.recv(&mut st, &mut buf), Ok(1000));
}

#[test]
fn max_record_size_limits_records() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    assert_eq!(c.set_max_record_size(100), Err(errors::GNUTLS_E_INVALID_REQUEST));
    assert_eq!(c.set_max_record_size(512), Ok(()));
    assert_eq!(c.max_record_size(), 512);
    connected(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(c.set_max_record_size(1024), Err(errors::GNUTLS_E_INVALID_REQUEST));
    assert_eq!(c.send(&mut ct, &pattern(4096)), Ok(4096));
    // 4096 bytes in 512-byte records: at least 8 record headers of overhead.
    assert!(st.inbox.borrow().data.len() >= 4096 + 8 * 5 + 8 * 16);
    let mut buf = [0u8; 8192];
    let mut n = 0;
    while n < 4096 {
        n += s.recv(&mut st, &mut buf).expect("recv");
    }
    assert_eq!(n, 4096);
}

#[test]
fn discard_queued_drops_unsent_records() {
    let cred = ecdsa_cred();
    let (mut ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    connected(&mut c, &mut ct, &mut s, &mut st);
    ct.chunk = 0; // the pipe takes nothing: push reports EAGAIN
    ct.stutter = true;
    ct.tick = false;
    assert!(c.send(&mut ct, b"never").is_err());
    assert!(c.discard_queued() > 0);
    assert_eq!(c.discard_queued(), 0);
}

/// A transport whose pull_timeout always times out.
struct Silent;

impl Transport for Silent {
    fn push(&mut self, data: &[u8]) -> Result<usize, IoError> {
        Ok(data.len())
    }
    fn pull(&mut self, _: &mut [u8]) -> Result<usize, IoError> {
        Err(IoError::Again)
    }
    fn pull_timeout(&mut self, _: Option<u32>) -> Result<Readiness, IoError> {
        Ok(Readiness::TimedOut)
    }
}

#[test]
fn handshake_timeout_and_errno_mapping() {
    let mut c = client();
    c.settings_mut().expect("settings").handshake_timeout = Some(Duration::from_secs(5));
    assert_eq!(c.handshake(&mut Silent), Err(errors::GNUTLS_E_TIMEDOUT));

    struct Broken;
    impl Transport for Broken {
        fn push(&mut self, _: &[u8]) -> Result<usize, IoError> {
            Err(IoError::from_errno(libc::EPIPE))
        }
        fn pull(&mut self, _: &mut [u8]) -> Result<usize, IoError> {
            Err(IoError::from_errno(libc::ECONNRESET))
        }
    }
    let mut c = client();
    assert_eq!(c.handshake(&mut Broken), Err(errors::GNUTLS_E_PUSH_ERROR));
    assert_eq!(c.direction(), rgnutls::transport::Direction::Write);
}

#[test]
fn shared_state_is_readable_from_inside_callbacks() {
    // A transport that reads the session's shared state on every push, as a C
    // push callback calling gnutls_record_get_direction would.
    struct Peeking {
        inner: End,
        shared: Arc<rgnutls::session::SessionShared>,
        seen_peer_cert: bool,
    }
    impl Transport for Peeking {
        fn push(&mut self, data: &[u8]) -> Result<usize, IoError> {
            let _ = self.shared.direction();
            self.seen_peer_cert |= !self.shared.peer_certificates().is_empty();
            self.inner.push(data)
        }
        fn pull(&mut self, buf: &mut [u8]) -> Result<usize, IoError> {
            self.inner.pull(buf)
        }
    }
    let cred = ecdsa_cred();
    let (ct, mut st) = link();
    let (mut c, mut s) = (client(), server_with(&cred));
    let mut ct = Peeking { inner: ct, shared: Arc::clone(c.shared()), seen_peer_cert: false };
    let mut cr = Err(errors::GNUTLS_E_AGAIN);
    let mut sr = Err(errors::GNUTLS_E_AGAIN);
    for _ in 0..100 {
        if cr.is_err() {
            cr = c.handshake(&mut ct);
        }
        if sr.is_err() {
            sr = s.handshake(&mut st);
        }
    }
    assert_eq!((cr, sr), (Ok(()), Ok(())));
    // The client Finished is pushed after the server's chain was recorded.
    assert!(ct.seen_peer_cert);
}

// ---------- client certificates: request status and callback failures ----------

use rgnutls::credentials::verifier::{ClientAuthMode, PeerRecord, RecordingClientVerifier};
use rgnutls::session::SessionShared;
use rgnutls::x509::trust::TrustList;

fn asking_server(cred: &Cred, mode: ClientAuthMode) -> Session {
    let mut s = server_with(cred);
    let verifier = RecordingClientVerifier::new(PeerRecord::new(), &provider(), mode, &TrustList::new(), None);
    s.settings_mut().expect("settings").client_cert_verifier = Some(Arc::new(verifier));
    s
}

#[test]
fn client_records_whether_the_server_asked_for_a_certificate() {
    let cred = ecdsa_cred();
    for v in [&rustls::version::TLS13, &rustls::version::TLS12] {
        for (mode, asked) in [(ClientAuthMode::Ignore, false), (ClientAuthMode::Request, true)] {
            let (mut ct, mut st) = link();
            let mut s = asking_server(&cred, mode);
            let mut c = client();
            only(&mut c, v);
            connected(&mut c, &mut ct, &mut s, &mut st);
            assert_eq!(c.shared().snapshot().certificate_requested, asked, "{v:?} {mode:?}");
        }
    }
}

#[test]
fn missing_required_client_certificate_codes() {
    let cred = ecdsa_cred();
    for (v, code) in [
        (&rustls::version::TLS13, errors::GNUTLS_E_CERTIFICATE_REQUIRED),
        (&rustls::version::TLS12, errors::GNUTLS_E_NO_CERTIFICATE_FOUND),
    ] {
        let (mut ct, mut st) = link();
        let mut s = asking_server(&cred, ClientAuthMode::Require);
        let mut c = client();
        only(&mut c, v);
        let (_, sr) = handshake(&mut c, &mut ct, &mut s, &mut st);
        assert_eq!(sr, Err(code), "{v:?}");
    }
}

/// A resolver standing for an application callback that fails.
#[derive(Debug)]
struct FailingResolver(Arc<SessionShared>, Code);

impl rustls::server::ResolvesServerCert for FailingResolver {
    fn resolve(&self, _: rustls::server::ClientHello<'_>) -> Option<Arc<rustls::sign::CertifiedKey>> {
        self.0.fail_handshake(self.1);
        None
    }
}

impl rustls::client::ResolvesClientCert for FailingResolver {
    fn resolve(&self, _: &[&[u8]], _: &[SignatureScheme]) -> Option<Arc<rustls::sign::CertifiedKey>> {
        self.0.fail_handshake(self.1);
        None
    }

    fn has_certs(&self) -> bool {
        true
    }
}

#[test]
fn a_failing_resolver_fails_the_handshake_with_its_code() {
    let cred = ecdsa_cred();
    // server side
    let (mut ct, mut st) = link();
    let mut s = server_with(&cred);
    let shared = Arc::clone(s.shared());
    s.settings_mut().expect("settings").server_cert_resolver =
        Some(Arc::new(FailingResolver(shared, errors::GNUTLS_E_NO_CIPHER_SUITES)));
    let mut c = client();
    let (_, sr) = handshake(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(sr, Err(errors::GNUTLS_E_NO_CIPHER_SUITES));

    // client side, both versions; a non-negative "code" becomes an internal error
    for (v, given, want) in [
        (&rustls::version::TLS13, errors::GNUTLS_E_CERTIFICATE_ERROR, errors::GNUTLS_E_CERTIFICATE_ERROR),
        (&rustls::version::TLS12, 1, errors::GNUTLS_E_INTERNAL_ERROR),
    ] {
        let (mut ct, mut st) = link();
        let mut s = asking_server(&cred, ClientAuthMode::Request);
        let mut c = client();
        only(&mut c, v);
        let shared = Arc::clone(c.shared());
        c.settings_mut().expect("settings").client_cert_resolver = Some(Arc::new(FailingResolver(shared, given)));
        let (cr, _) = handshake(&mut c, &mut ct, &mut s, &mut st);
        assert_eq!(cr, Err(want), "{v:?}");
        assert!(c.shared().snapshot().certificate_requested);
    }
}

#[derive(Debug)]
struct NoServerCert;

impl rustls::server::ResolvesServerCert for NoServerCert {
    fn resolve(&self, _: rustls::server::ClientHello<'_>) -> Option<Arc<rustls::sign::CertifiedKey>> {
        None
    }
}

#[test]
fn a_server_without_a_usable_certificate_has_no_cipher_suites() {
    let (mut ct, mut st) = link();
    let mut s = Session::new(Role::Server);
    s.settings_mut().expect("settings").server_cert_resolver = Some(Arc::new(NoServerCert));
    let mut c = client();
    let (cr, sr) = handshake(&mut c, &mut ct, &mut s, &mut st);
    assert_eq!(sr, Err(errors::GNUTLS_E_NO_CIPHER_SUITES));
    assert!(cr.is_err());
}

/// Refuses every server certificate, as a failed gnutls_session_set_verify_cert does.
#[derive(Debug)]
struct RejectServer(Arc<CryptoProvider>);

impl ServerCertVerifier for RejectServer {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Err(rgnutls::session::CodeError(errors::GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR).into_rustls())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[test]
fn refused_certificate_sends_no_alert() {
    let cred = ecdsa_cred();
    for version in [&rustls::version::TLS13, &rustls::version::TLS12] {
        let (mut ct, mut st) = link();
        let (mut c, mut s) = (client(), server_with(&cred));
        only(&mut c, version);
        c.settings_mut().expect("settings").server_cert_verifier = Some(Arc::new(RejectServer(provider())));
        let (cr, sr) = handshake(&mut c, &mut ct, &mut s, &mut st);
        assert_eq!(cr, Err(errors::GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR));
        // Nothing came: the server still waits, then reads the end of the
        // connection, as with GnuTLS (not GNUTLS_E_FATAL_ALERT_RECEIVED).
        assert_eq!(sr, Err(errors::GNUTLS_E_AGAIN));
        ct.close();
        assert_eq!(s.handshake(&mut st), Err(errors::GNUTLS_E_PREMATURE_TERMINATION));
        assert_eq!(s.alert_get(), None);
    }
}
