//! The peer's certificate: gnutls_certificate_get_peers, the verification
//! functions (after the handshake, GnuTLS style, or during it with
//! gnutls_session_set_verify_cert), and the application's verify callback.
use super::session::{session, SessionHandle};
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::verify::{verify_peer_observed, VerifyOptions};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::{DigitallySignedStruct, DistinguishedName, SignatureScheme};
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// gnutls_session_set_verify_cert's settings: verify during the handshake,
/// as gnutls_certificate_verify_peers would with these inputs.
#[derive(Default, Clone)]
pub struct VerifySettings {
    pub enabled: bool,
    /// Expected peer name; None checks no name (GnuTLS then verifies as
    /// gnutls_certificate_verify_peers2 does).
    pub hostname: Option<String>,
    /// Required key purpose OID (gnutls_session_set_verify_cert2).
    pub purpose: Option<String>,
    pub flags: u32,
}

/// What runs once the peer's chain is recorded during the handshake: as in
/// GnuTLS, one verify function, the session's (gnutls_session_set_verify_cert
/// installs its own, [`HandshakeCheck::Auto`]) or else the credentials'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandshakeCheck {
    None,
    /// A gnutls_certificate_verify_function, by address.
    Function(usize),
    /// gnutls_session_set_verify_cert's verification.
    Auto,
}

impl HandshakeCheck {
    /// The check for a session, from its settings and its credentials.
    pub fn for_session(h: &SessionHandle, creds: &crate::gnutls::handles::CertificateCredentialsHandle) -> Self {
        if h.verify.lock().unwrap_or_else(|e| e.into_inner()).enabled {
            return Self::Auto;
        }
        match h.verify_function.load(Ordering::Acquire) {
            0 => match creds.callbacks.verify.load(Ordering::Acquire) {
                0 => Self::None,
                f => Self::Function(f),
            },
            f => Self::Function(f),
        }
    }
}

/// Wraps our recording verifier and, when the session has a verify
/// function (the application's, or gnutls_session_set_verify_cert's), runs
/// it once the chain is recorded. The callback runs inside the handshake
/// and may call gnutls_certificate_get_peers, verify_peers*,
/// session_get_ptr...: all of them read state outside the engine.
#[derive(Debug)]
pub struct CallbackVerifier<V: ?Sized> {
    inner: Arc<V>,
    session: usize,
    check: HandshakeCheck,
}

type VerifyFn = unsafe extern "C" fn(gnutls_session_t) -> c_int;

fn fail_with(code: c_int) -> rustls::Error {
    rgnutls::session::CodeError(code).into_rustls()
}

impl<V: ?Sized> CallbackVerifier<V> {
    fn run_callback(&self) -> Result<(), rustls::Error> {
        match self.check {
            HandshakeCheck::None => Ok(()),
            HandshakeCheck::Function(addr) => {
                // SAFETY: a gnutls_certificate_verify_function stored by
                // gnutls_{certificate,session}_set_verify_function; the session outlives its handshake.
                let f: VerifyFn = unsafe { core::mem::transmute::<usize, VerifyFn>(addr) };
                // SAFETY: calling the application's callback with its session.
                let r = unsafe { f(self.session as gnutls_session_t) };
                // GnuTLS passes an error code through; any other non-zero
                // value is a plain refusal.
                match r {
                    0 => Ok(()),
                    r if r < -1 => Err(fail_with(r)),
                    _ => Err(fail_with(errors::GNUTLS_E_CERTIFICATE_ERROR)),
                }
            }
            HandshakeCheck::Auto => {
                // SAFETY: the session handle that configured this handshake, alive during it.
                let Some(h) = (unsafe { crate::ffi::handle(self.session as gnutls_session_t) }) else {
                    return Err(fail_with(errors::GNUTLS_E_INTERNAL_ERROR));
                };
                auto_verify(h).map_err(fail_with)
            }
        }
    }
}

/// gnutls_session_set_verify_cert's verify function: verifies as
/// gnutls_certificate_verify_peers does; an error there (no credentials, a
/// chain over the depth limit...) is GNUTLS_E_CERTIFICATE_ERROR and leaves
/// the status unset, a non-zero status is
/// GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR.
fn auto_verify(h: &SessionHandle) -> Result<(), c_int> {
    let settings = h.verify.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let status = verify(h, settings.hostname.as_deref(), settings.purpose.as_deref())
        .map_err(|_| errors::GNUTLS_E_CERTIFICATE_ERROR)?;
    h.peer.set_status(status);
    if status == 0 {
        Ok(())
    } else {
        Err(errors::GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR)
    }
}

impl CallbackVerifier<dyn ServerCertVerifier> {
    pub fn server(inner: Arc<dyn ServerCertVerifier>, session: usize, check: HandshakeCheck) -> Arc<dyn ServerCertVerifier> {
        if check == HandshakeCheck::None {
            return inner;
        }
        Arc::new(CallbackVerifier { inner, session, check })
    }
}

impl CallbackVerifier<dyn ClientCertVerifier> {
    pub fn client(inner: Arc<dyn ClientCertVerifier>, session: usize, check: HandshakeCheck) -> Arc<dyn ClientCertVerifier> {
        if check == HandshakeCheck::None {
            return inner;
        }
        Arc::new(CallbackVerifier { inner, session, check })
    }
}

impl ServerCertVerifier for CallbackVerifier<dyn ServerCertVerifier> {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let v = self.inner.verify_server_cert(end_entity, intermediates, server_name, ocsp, now)?;
        self.run_callback()?;
        Ok(v)
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(m, c, d)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(m, c, d)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
    fn requires_raw_public_keys(&self) -> bool {
        self.inner.requires_raw_public_keys()
    }
}

impl ClientCertVerifier for CallbackVerifier<dyn ClientCertVerifier> {
    fn offer_client_auth(&self) -> bool {
        self.inner.offer_client_auth()
    }
    fn client_auth_mandatory(&self) -> bool {
        self.inner.client_auth_mandatory()
    }
    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        self.inner.root_hint_subjects()
    }
    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> Result<ClientCertVerified, rustls::Error> {
        let v = self.inner.verify_client_cert(end_entity, intermediates, now)?;
        self.run_callback()?;
        Ok(v)
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(m, c, d)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(m, c, d)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// The peer chain as the application sees it: datums that stay valid until
/// the next call or gnutls_deinit.
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_get_peers(
    session: gnutls_session_t,
    list_size: *mut c_uint,
) -> *const gnutls_datum_t {
    entry! {
        let h = session!(session);
        let chain = h.peer.chain().unwrap_or_default();
        let mut r = h.returned.lock().unwrap_or_else(|e| e.into_inner());
        let same = r.peers.len() == chain.len() && r.peers.iter().zip(&chain).all(|(a, b)| a[..] == b[..]);
        if !same {
            r.peers = chain.iter().map(|c| c.to_vec()).collect();
            r.peer_datums = r
                .peers
                .iter_mut()
                .map(|c| gnutls_datum_t { data: c.as_mut_ptr(), size: c.len() as c_uint })
                .collect();
        }
        if !list_size.is_null() {
            // SAFETY: non-NULL out parameter.
            unsafe { *list_size = r.peer_datums.len() as c_uint };
        }
        if r.peer_datums.is_empty() {
            core::ptr::null()
        } else {
            r.peer_datums.as_ptr()
        }
    }
}

/// Our own certificate chain as sent in the handshake.
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_get_ours(session: gnutls_session_t) -> *const gnutls_datum_t {
    entry! {
        let h = session!(session);
        let ours = h.shared.with_info(|i| i.own_certificates().to_vec());
        let mut r = h.returned.lock().unwrap_or_else(|e| e.into_inner());
        if ours.is_empty() {
            return core::ptr::null();
        }
        r.ours = ours.iter().map(|c| c.to_vec()).collect();
        r.our_datums = r.ours.iter_mut().map(|c| gnutls_datum_t { data: c.as_mut_ptr(), size: c.len() as c_uint }).collect();
        r.our_datums.as_ptr()
    }
}

/// Verifies the recorded peer chain with the session's credentials.
fn verify(h: &SessionHandle, hostname: Option<&str>, purpose: Option<&str>) -> Result<u32, c_int> {
    let creds = h.certificate_credentials().ok_or(errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS)?;
    let chain = h.peer.chain().filter(|c| !c.is_empty()).ok_or(errors::GNUTLS_E_NO_CERTIFICATE_FOUND)?;
    // A raw public key has no chain to verify: GnuTLS refuses the request.
    if !h.is_server() && h.shared.with_info(|i| i.server_raw_key) {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    let core = creds.read();
    // gnutls_certificate_set_verify_limits: checked before verifying anything.
    core.check_chain_depth(chain.len())?;
    let flags = core.verify_flags() | h.verify.lock().unwrap_or_else(|e| e.into_inner()).flags;
    drop(core);
    let trust = creds.trust();
    // As GnuTLS: a key purpose is checked only when the caller names one
    // (gnutls_certificate_verify_peers, set_verify_cert2), never by default
    // on either side. glib-networking's server counts on it: it turns an
    // unexpected status bit into a generic error.
    let now = rgnutls::clock::unix_now();
    // The session's output function, and the issuer callback of the trust
    // list the credentials use (read now: no lock is held while they run).
    let mut hooks = crate::x509::verify_hooks::CHooks { output: h.verify_output.load(Ordering::Acquire), ..Default::default() };
    if let Some(list) = creds.trust_list.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
        hooks.getissuer = list.get().map_or(0, |l| l.getissuer.load(Ordering::Acquire));
        hooks.list = list.as_ptr() as usize;
    }
    // A stapled OCSP response adds its status (and sets is_checked).
    verify_peer_observed(&chain, &trust, &VerifyOptions { hostname, purpose, flags, now }, &mut hooks)
        .map(|s| s | h.peer.check_staple(&trust, flags, now))
}

unsafe fn write_status(status: *mut c_uint, r: Result<u32, c_int>) -> c_int {
    match r {
        Ok(v) => {
            if status.is_null() {
                return errors::GNUTLS_E_INVALID_REQUEST;
            }
            // SAFETY: non-NULL out parameter.
            unsafe { *status = v };
            0
        }
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_verify_peers2(session: gnutls_session_t, status: *mut c_uint) -> c_int {
    entry! {
        let h = session!(session);
        // SAFETY: status is the caller's out parameter.
        unsafe { write_status(status, verify(h, None, None)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_verify_peers3(
    session: gnutls_session_t,
    hostname: *const c_char,
    status: *mut c_uint,
) -> c_int {
    entry! {
        let h = session!(session);
        // SAFETY: NULL or a C string.
        let host = unsafe { crate::ffi::cstr(hostname) };
        // SAFETY: status is the caller's out parameter.
        unsafe { write_status(status, verify(h, host, None)) }
    }
}

// rgnutls: partial: GNUTLS_DT_RFC822NAME (an e-mail address to match) is ignored
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_verify_peers(
    session: gnutls_session_t,
    data: *mut gnutls_typed_vdata_st,
    elements: c_uint,
    status: *mut c_uint,
) -> c_int {
    entry! {
        let h = session!(session);
        let mut host = None;
        let mut purpose = None;
        for i in 0..elements as usize {
            // SAFETY: `elements` entries at `data`, per the API.
            let Some(d) = (unsafe { data.add(i).as_ref() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
            // SAFETY: the datum's data is a C string for these types.
            let text = unsafe { crate::ffi::cstr(d.data as *const c_char) };
            match d.r#type {
                GNUTLS_DT_DNS_HOSTNAME => host = text,
                GNUTLS_DT_KEY_PURPOSE_OID => purpose = text,
                _ => {}
            }
        }
        // SAFETY: status is the caller's out parameter.
        unsafe { write_status(status, verify(h, host, purpose)) }
    }
}

/// Installs GnuTLS's own verify function on the session, replacing one
/// set with gnutls_session_set_verify_function.
fn enable_verify(h: &SessionHandle, settings: VerifySettings) {
    h.verify_function.store(0, Ordering::Release);
    *h.verify.lock().unwrap_or_else(|e| e.into_inner()) = settings;
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_verify_cert(
    session: gnutls_session_t,
    hostname: *const c_char,
    flags: c_uint,
) {
    entry! {
        let h = session!(session);
        // SAFETY: NULL or a C string.
        let hostname = unsafe { crate::ffi::cstr(hostname) }.map(str::to_owned);
        enable_verify(h, VerifySettings { enabled: true, hostname, purpose: None, flags });
    }
}

// rgnutls: partial: GNUTLS_DT_RFC822NAME (an e-mail address to match) is ignored
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_verify_cert2(
    session: gnutls_session_t,
    data: *mut gnutls_typed_vdata_st,
    elements: c_uint,
    flags: c_uint,
) {
    entry! {
        let h = session!(session);
        let mut settings = VerifySettings { enabled: true, flags, ..Default::default() };
        for i in 0..elements as usize {
            // SAFETY: `elements` entries at `data`, per the API.
            if let Some(d) = unsafe { data.add(i).as_ref() } {
                // SAFETY: a C string for these types.
                let text = || unsafe { crate::ffi::cstr(d.data as *const c_char) }.map(str::to_owned);
                match d.r#type {
                    GNUTLS_DT_DNS_HOSTNAME => settings.hostname = text(),
                    GNUTLS_DT_KEY_PURPOSE_OID => settings.purpose = text(),
                    _ => {}
                }
            }
        }
        enable_verify(h, settings);
    }
}

/// The status of the verification gnutls_session_set_verify_cert ran in
/// the last handshake; all bits set when none ran (or it failed before
/// computing one), as in GnuTLS.
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_verify_cert_status(session: gnutls_session_t) -> c_uint {
    entry! {
        let h = session!(session);
        h.peer.handshake_status().unwrap_or(c_uint::MAX)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_server_set_request(
    session: gnutls_session_t,
    req: gnutls_certificate_request_t,
) {
    entry! {
        let h = session!(session);
        if (0..=2).contains(&req) {
            h.cert_request.store(req as u32, Ordering::Release);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_client_get_request_status(session: gnutls_session_t) -> c_uint {
    entry! {
        let h = session!(session);
        // Recorded when rustls consulted our certificate resolver, which it
        // does exactly when a CertificateRequest arrived.
        c_uint::from(h.shared.with_info(|i| i.certificate_requested))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_type_get(session: gnutls_session_t) -> gnutls_certificate_type_t {
    // As GnuTLS 3.7: our own side's type.
    // SAFETY: per the API contract.
    unsafe { gnutls_certificate_type_get2(session, GNUTLS_CTYPE_OURS) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_type_get2(
    session: gnutls_session_t,
    target: gnutls_ctype_target_t,
) -> gnutls_certificate_type_t {
    entry! {
        let h = session!(session);
        // Clients present certificates only; a server may present a raw key.
        let server_type = if h.shared.with_info(|i| i.server_raw_key) { GNUTLS_CRT_RAWPK } else { GNUTLS_CRT_X509 };
        let (ours, peers) = if h.is_server() { (server_type, GNUTLS_CRT_X509) } else { (GNUTLS_CRT_X509, server_type) };
        match target {
            GNUTLS_CTYPE_CLIENT => GNUTLS_CRT_X509,
            GNUTLS_CTYPE_SERVER => server_type,
            GNUTLS_CTYPE_OURS => ours,
            GNUTLS_CTYPE_PEERS => peers,
            _ => GNUTLS_CRT_UNKNOWN,
        }
    }
}

/// A verify function for this session only; it takes precedence over the
/// credentials' one, and replaces gnutls_session_set_verify_cert's.
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_verify_function(
    session: gnutls_session_t,
    func: gnutls_certificate_verify_function,
) {
    entry! {
        let h = session!(session);
        h.verify.lock().unwrap_or_else(|e| e.into_inner()).enabled = false;
        h.verify_function.store(func.map_or(0, |f| f as usize), Ordering::Release);
    }
}
