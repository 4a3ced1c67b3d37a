//! Session state that callbacks may read while the session itself is busy.
//!
//! A push/pull, verify or db callback runs while `Session::handshake` (or
//! send/recv) holds `&mut Session`. Anything such a callback may ask for
//! (`gnutls_certificate_get_peers`, `gnutls_record_get_direction`,
//! `gnutls_alert_get`, the SNI the client sent...) lives here, behind an `Arc`
//! the C layer keeps beside the session. Locks are held only for the copy in or
//! out, never across a callback, so every method here is callback-safe.

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU8, Ordering};
use std::sync::{Mutex, MutexGuard};

use rustls::pki_types::CertificateDer;
use rustls::{CipherSuite, NamedGroup, ProtocolVersion, SignatureScheme};

use super::desc::{self, DescInput};
use crate::transport::Direction;

/// What the handshake has learnt so far. Fields fill in as the handshake runs.
#[derive(Debug, Default, Clone)]
pub struct SessionInfo {
    /// The peer's certificate chain, end entity first (DER).
    pub peer_certificates: Vec<CertificateDer<'static>>,
    /// The chain we sent, end entity first (DER); empty if none.
    pub own_certificates: Vec<CertificateDer<'static>>,
    /// OCSP response stapled by the server (client side), if any.
    pub peer_ocsp: Vec<u8>,
    /// Server side: the host name the client asked for (SNI).
    pub server_name: Option<String>,
    /// Server side: the ALPN protocols the client offered, in its order.
    pub client_alpn: Vec<Vec<u8>>,
    /// The server's handshake signature scheme (as in GnuTLS's session description).
    pub signature_scheme: Option<SignatureScheme>,
    pub protocol: Option<ProtocolVersion>,
    pub cipher_suite: Option<CipherSuite>,
    pub kx_group: Option<NamedGroup>,
    pub alpn: Option<Vec<u8>>,
    pub resumed: bool,
    /// Client random (from rustls's key log hook).
    pub client_random: Option<[u8; 32]>,
    /// The handshake finished successfully.
    pub handshake_complete: bool,
    /// Client side: the server sent a CertificateRequest
    /// (`gnutls_certificate_client_get_request_status`).
    pub certificate_requested: bool,
}

impl SessionInfo {
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
