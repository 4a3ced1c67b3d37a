//! The peer's certificate: gnutls_certificate_get_peers, the verification
//! functions (after the handshake, GnuTLS style, or during it with
//! gnutls_session_set_verify_cert), and the application's verify callback.
use super::session::{session, SessionHandle};
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::credentials::verifier::VerifyPolicy;
use rgnutls::credentials::CertificateCredentials;
use rgnutls::errors;
use rgnutls::x509::verify::{verify_peer_with, VerifyOptions, PURPOSE_CLIENT_AUTH, PURPOSE_SERVER_AUTH};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::{DigitallySignedStruct, DistinguishedName, SignatureScheme};
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// gnutls_session_set_verify_cert's settings: verify during the handshake.
#[derive(Default, Clone)]
pub struct VerifySettings {
    pub enabled: bool,
    pub hostname: Option<String>,
    pub flags: u32,
}

impl VerifySettings {
    /// `trust` is the credentials' effective trust (CertificateCredentialsHandle::trust).
    pub fn policy(&self, creds: &CertificateCredentials, trust: Arc<rgnutls::x509::trust::TrustList>) -> Option<VerifyPolicy> {
        self.enabled.then(|| VerifyPolicy {
            trust,
            flags: self.flags | creds.verify_flags(),
            hostname: self.hostname.clone(),
        })
    }
}

/// Wraps our recording verifier and, when the application set one with
/// gnutls_certificate_set_verify_function, calls it once the chain is
/// recorded. The callback runs inside the handshake and may call
/// gnutls_certificate_get_peers, verify_peers*, session_get_ptr...: all of
/// them read state outside the engine.
#[derive(Debug)]
pub struct CallbackVerifier<V: ?Sized> {
    inner: Arc<V>,
    session: usize,
    callback: usize,
}

type VerifyFn = unsafe extern "C" fn(gnutls_session_t) -> c_int;

impl<V: ?Sized> CallbackVerifier<V> {
    fn run_callback(&self) -> Result<(), rustls::Error> {
        if self.callback == 0 {
            return Ok(());
        }
        // SAFETY: a gnutls_certificate_verify_function stored by
        // gnutls_certificate_set_verify_function; the session outlives its handshake.
        let f: VerifyFn = unsafe { core::mem::transmute::<usize, VerifyFn>(self.callback) };
        // SAFETY: calling the application's callback with its session.
        let r = unsafe { f(self.session as gnutls_session_t) };
        if r == 0 {
            Ok(())
        } else {
            Err(rgnutls::session::CodeError(errors::GNUTLS_E_CERTIFICATE_ERROR).into_rustls())
        }
    }
}

impl CallbackVerifier<dyn ServerCertVerifier> {
    pub fn server(inner: Arc<dyn ServerCertVerifier>, session: usize, callback: usize) -> Arc<dyn ServerCertVerifier> {
        if callback == 0 {
            return inner;
        }
        Arc::new(CallbackVerifier { inner, session, callback })
    }
}

impl CallbackVerifier<dyn ClientCertVerifier> {
    pub fn client(inner: Arc<dyn ClientCertVerifier>, session: usize, callback: usize) -> Arc<dyn ClientCertVerifier> {
        if callback == 0 {
            return inner;
        }
        Arc::new(CallbackVerifier { inner, session, callback })
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
    let core = creds.read();
    let flags = core.verify_flags() | h.verify.lock().unwrap_or_else(|e| e.into_inner()).flags;
    drop(core);
    let trust = creds.trust();
    let purpose = purpose.or(Some(if h.is_server() { PURPOSE_CLIENT_AUTH } else { PURPOSE_SERVER_AUTH }));
    let now = UnixTime::now();
    // A stapled OCSP response adds its status (and sets is_checked).
    verify_peer_with(&chain, &trust, &VerifyOptions { hostname, purpose, flags, now }).map(|s| s | h.peer.check_staple(&trust, flags, now))
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

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_verify_cert(
    session: gnutls_session_t,
    hostname: *const c_char,
    flags: c_uint,
) {
    entry! {
        let h = session!(session);
        // SAFETY: NULL or a C string.
        let host = unsafe { crate::ffi::cstr(hostname) }.map(str::to_owned);
        *h.verify.lock().unwrap_or_else(|e| e.into_inner()) = VerifySettings { enabled: true, hostname: host, flags };
    }
}

// rgnutls: partial: the typed data may give a DNS hostname; other types are ignored
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_verify_cert2(
    session: gnutls_session_t,
    data: *mut gnutls_typed_vdata_st,
    elements: c_uint,
    flags: c_uint,
) {
    entry! {
        let h = session!(session);
        let mut host = None;
        for i in 0..elements as usize {
            // SAFETY: `elements` entries at `data`, per the API.
            if let Some(d) = unsafe { data.add(i).as_ref() } {
                if d.r#type == GNUTLS_DT_DNS_HOSTNAME {
                    // SAFETY: a C string for this type.
                    host = unsafe { crate::ffi::cstr(d.data as *const c_char) }.map(str::to_owned);
                }
            }
        }
        *h.verify.lock().unwrap_or_else(|e| e.into_inner()) = VerifySettings { enabled: true, hostname: host, flags };
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_verify_cert_status(session: gnutls_session_t) -> c_uint {
    entry! {
        let h = session!(session);
        h.peer.handshake_status().unwrap_or(0)
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
    entry! {
        let _ = session!(session);
        GNUTLS_CRT_X509
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_type_get2(
    session: gnutls_session_t,
    target: gnutls_ctype_target_t,
) -> gnutls_certificate_type_t {
    entry! {
        let _ = (session!(session), target);
        GNUTLS_CRT_X509
    }
}

/// A verify function for this session only; it takes precedence over the
/// credentials' one.
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_verify_function(
    session: gnutls_session_t,
    func: gnutls_certificate_verify_function,
) {
    entry! { session!(session).verify_function.store(func.map_or(0, |f| f as usize), Ordering::Release) }
}
