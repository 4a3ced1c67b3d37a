//! Session state that callbacks may read while the session itself is busy.
//!
//! A push/pull, verify or db callback runs while `Session::handshake` (or
//! send/recv) holds `&mut Session`. Anything such a callback may ask for
//! (`gnutls_certificate_get_peers`, `gnutls_record_get_direction`,
//! `gnutls_alert_get`, the SNI the client sent...) lives here, behind an `Arc`
//! the C layer keeps beside the session. Locks are held only for the copy in or
//! out, never across a callback, so every method here is callback-safe.

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU8, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use rustls::pki_types::CertificateDer;
use rustls::sign::CertifiedKey;
use rustls::{CipherSuite, NamedGroup, ProtocolVersion, SignatureScheme};

use super::desc::{self, DescInput};
use crate::transport::Direction;

/// What the handshake has learnt so far. Fields fill in as the handshake runs.
#[derive(Debug, Default, Clone)]
pub struct SessionInfo {
    /// The peer's certificate chain, end entity first (DER).
    pub peer_certificates: Vec<CertificateDer<'static>>,
    /// The certified key we sent, shared with the credentials (not copied:
    /// the chain is the same for every session); `None` if we sent none.
    pub own_key: Option<Arc<CertifiedKey>>,
    /// OCSP response stapled by the server (client side), if any.
    pub peer_ocsp: Vec<u8>,
    /// Server side: the host name the client asked for (SNI).
    pub server_name: Option<String>,
    /// Server side: the ALPN protocols the client offered, in its order.
    pub client_alpn: Vec<Vec<u8>>,
    /// Server side: the ClientHello body as received (for the handshake
    /// hook); emptied once the handshake is done.
    pub client_hello: Vec<u8>,
    /// Server side: the ClientHello asked for an OCSP staple (status_request).
    pub client_requested_ocsp: bool,
    /// The server's handshake signature scheme (as in GnuTLS's session description).
    pub signature_scheme: Option<SignatureScheme>,
    /// The scheme the client signed its CertificateVerify with, if it sent
    /// a certificate (`gnutls_sign_algorithm_get_client`).
    pub client_signature_scheme: Option<SignatureScheme>,
    /// Client side: the signature schemes the server's CertificateRequest
    /// accepts, in its order (`gnutls_sign_algorithm_get_requested`).
    pub requested_signature_schemes: Vec<SignatureScheme>,
    pub protocol: Option<ProtocolVersion>,
    pub cipher_suite: Option<CipherSuite>,
    pub kx_group: Option<NamedGroup>,
    pub alpn: Option<Vec<u8>>,
    pub resumed: bool,
    /// Client random (from rustls's key log hook).
    pub client_random: Option<[u8; 32]>,
    /// Server random, from the ServerHello as it crossed the wire.
    pub server_random: Option<[u8; 32]>,
    /// The session ID of the ServerHello (a TLS 1.3 one only echoes the
    /// client's, and is not what GnuTLS reports).
    pub server_session_id: Vec<u8>,
    /// The handshake finished successfully.
    pub handshake_complete: bool,
    /// Client side: the server sent a CertificateRequest
    /// (`gnutls_certificate_client_get_request_status`).
    pub certificate_requested: bool,
    /// The server presented a raw public key (RFC 7250), not a certificate.
    pub server_raw_key: bool,
}

impl SessionInfo {
    /// `gnutls_sign_algorithm_get`: the GnuTLS id of the server's handshake
    /// signature (0 when none). One TLS codepoint can name two GnuTLS
    /// algorithms (ECDSA-SHA256 in TLS 1.2, ECDSA-SECP256R1-SHA256 in TLS
    /// 1.3), so the protocol picks.
    pub fn sign_algorithm(&self) -> i32 {
        self.sign_id(self.signature_scheme)
    }

    /// `gnutls_sign_algorithm_get_client`: as [`SessionInfo::sign_algorithm`]
    /// for the client's CertificateVerify.
    pub fn client_sign_algorithm(&self) -> i32 {
        self.sign_id(self.client_signature_scheme)
    }

    /// `gnutls_prf_hash_get`: the GnuTLS digest id of the negotiated
    /// suite's PRF/HKDF hash, 0 before a suite is chosen.
    pub fn prf_hash(&self) -> i32 {
        self.cipher_suite
            .and_then(|s| crate::priority::CipherSuite::by_code(u16::from(s)))
            .map_or(0, |s| s.prf_digest())
    }

    /// `gnutls_sign_algorithm_get_requested`: the GnuTLS ids of the
    /// schemes the server asked for, in its order (unknown ones as 0).
    pub fn requested_sign_algorithms(&self) -> Vec<i32> {
        self.requested_signature_schemes.iter().map(|&s| self.sign_id(Some(s))).collect()
    }

    /// `gnutls_ciphersuite_get`: the negotiated suite's standard (IANA) name.
    pub fn cipher_suite_name(&self) -> Option<&'static str> {
        let suite = self.cipher_suite?;
        // rustls says TLS13_AES_128_GCM_SHA256 where the standard (and
        // GnuTLS's table) says TLS_AES_128_GCM_SHA256.
        match crate::priority::CipherSuite::by_code(u16::from(suite)) {
            Some(row) if row.kx == 0 => Some(row.name),
            _ => suite.as_str(),
        }
    }

    fn sign_id(&self, scheme: Option<SignatureScheme>) -> i32 {
        let Some(scheme) = scheme else { return 0 };
        let by_name = self
            .protocol
            .and_then(|v| desc::sign_name(scheme, v))
            .and_then(crate::algorithms::sign::by_name);
        by_name
            .or_else(|| crate::algorithms::sign::by_tls_codepoint(u16::from(scheme)).next())
            .map_or(0, |s| s.id)
    }

    /// The chain we sent, end entity first (DER); empty if none.
    pub fn own_certificates(&self) -> &[CertificateDer<'static>] {
        self.own_key.as_ref().map_or(&[], |k| &k.cert)
    }

    /// `gnutls_session_get_desc`'s string as gnutls-cli shows it (with the
    /// certificate type); `None` before the handshake is complete.
    pub fn description(&self) -> Option<String> {
        self.description_with(true)
    }

    /// The description, naming the certificate type only when `cert_type`
    /// (the session allows alternative certificate types).
    pub fn description_with(&self, cert_type: bool) -> Option<String> {
        if !self.handshake_complete {
            return None;
        }
        Some(desc::describe(&DescInput {
            version: self.protocol?,
            suite: self.cipher_suite?,
            group: self.kx_group,
            sign: self.signature_scheme,
            resumed: self.resumed,
            cert_type,
            server_raw_key: self.server_raw_key,
        }))
    }

    /// `gnutls_protocol_get_version` value (TLS1.2 = 4, TLS1.3 = 5, 0 = none yet).
    pub fn protocol_id(&self) -> u32 {
        self.protocol.map(desc::protocol_id).unwrap_or(0)
    }
}

const NO_ALERT: i32 = -1;

/// The callback-safe half of a session. Obtain with `Session::shared()`.
#[derive(Debug)]
pub struct SessionShared {
    direction: AtomicU8,
    last_alert: AtomicI32,
    /// A failure raised by an application callback that runs inside rustls
    /// (a certificate retrieve function), which rustls cannot carry itself.
    callback_failure: AtomicI32,
    /// The peer's certificate was refused by our verifier: the handshake
    /// fails without the alert rustls queued (see [`Self::withhold_alert`]).
    alert_withheld: AtomicBool,
    info: Mutex<SessionInfo>,
}

impl Default for SessionShared {
    fn default() -> Self {
        SessionShared {
            direction: AtomicU8::new(Direction::Read as u8),
            last_alert: AtomicI32::new(NO_ALERT),
            callback_failure: AtomicI32::new(0),
            alert_withheld: AtomicBool::new(false),
            info: Mutex::new(SessionInfo::default()),
        }
    }
}

impl SessionShared {
    fn lock(&self) -> MutexGuard<'_, SessionInfo> {
        // A panic while holding this lock cannot leave the plain data inconsistent.
        self.info.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Direction of the last blocking transport call (`gnutls_record_get_direction`).
    pub fn direction(&self) -> Direction {
        if self.direction.load(Ordering::Relaxed) == Direction::Write as u8 {
            Direction::Write
        } else {
            Direction::Read
        }
    }

    pub(crate) fn set_direction(&self, d: Direction) {
        self.direction.store(d as u8, Ordering::Relaxed);
    }

    /// The last alert received from the peer (`gnutls_alert_get`), as its TLS number.
    pub fn last_alert(&self) -> Option<u8> {
        u8::try_from(self.last_alert.load(Ordering::Relaxed)).ok()
    }

    pub(crate) fn set_last_alert(&self, alert: u8) {
        self.last_alert.store(i32::from(alert), Ordering::Relaxed);
    }

    /// Fails the running handshake with `code` (a negative GnuTLS code) once
    /// rustls hands control back: for callbacks that run inside rustls and
    /// can only answer "nothing" (certificate resolvers). The first failure wins.
    pub fn fail_handshake(&self, code: i32) {
        let code = if code < 0 { code } else { crate::errors::GNUTLS_E_INTERNAL_ERROR };
        let _ = self
            .callback_failure
            .compare_exchange(0, code, Ordering::AcqRel, Ordering::Acquire);
    }

    /// Takes the failure set by [`Self::fail_handshake`], if any.
    pub(crate) fn take_callback_failure(&self) -> Option<i32> {
        match self.callback_failure.swap(0, Ordering::AcqRel) {
            0 => None,
            code => Some(code),
        }
    }

    /// GnuTLS's handshake sends no alert when certificate verification
    /// (gnutls_session_set_verify_cert or a verify function) refuses the
    /// peer: the peer just sees the connection end. rustls queues one; this
    /// asks the session to drop it instead of sending it.
    pub(crate) fn withhold_alert(&self) {
        self.alert_withheld.store(true, Ordering::Release);
    }

    /// Takes the request made with [`Self::withhold_alert`].
    pub(crate) fn take_alert_withheld(&self) -> bool {
        self.alert_withheld.swap(false, Ordering::AcqRel)
    }

    /// A copy of everything learnt so far.
    pub fn snapshot(&self) -> SessionInfo {
        self.lock().clone()
    }

    /// Reads the info without copying it. `f` must not call back into the session.
    pub fn with_info<R>(&self, f: impl FnOnce(&SessionInfo) -> R) -> R {
        f(&self.lock())
    }

    pub(crate) fn update(&self, f: impl FnOnce(&mut SessionInfo)) {
        f(&mut self.lock())
    }

    /// The peer's chain (DER), end entity first.
    pub fn peer_certificates(&self) -> Vec<CertificateDer<'static>> {
        self.lock().peer_certificates.clone()
    }

    /// `gnutls_session_get_desc`'s string, once the handshake is complete.
    pub fn description(&self) -> Option<String> {
        self.lock().description()
    }

    /// As [`SessionShared::description`], naming the certificate type only when asked.
    pub fn description_with(&self, cert_type: bool) -> Option<String> {
        self.lock().description_with(cert_type)
    }
}
