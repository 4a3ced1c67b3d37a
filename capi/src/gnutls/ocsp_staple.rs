//! Server OCSP stapling through application callbacks
//! (gnutls_certificate_set_ocsp_status_request_function{,2}).
//!
//! rustls takes the staple from the CertifiedKey the resolver returns, so
//! the callback runs inside the resolver, after the key pair is chosen.
//!
//! GnuTLS calls it only when the client sent status_request. rustls's
//! ClientHello does not say, so the session's copy of the ClientHello as
//! received does (SessionInfo::client_requested_ocsp).
use super::handles::CertificateCredentialsHandle;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use std::sync::Arc;

/// A callback and its user pointer (stored as an address: it is only
/// handed back to the application).
#[derive(Clone, Copy, Debug)]
pub struct OcspFunction {
    func: unsafe extern "C" fn(gnutls_session_t, *mut c_void, *mut gnutls_datum_t) -> c_int,
    ptr: usize,
}

/// The callbacks set on credentials: one for every pair, and per pair index.
#[derive(Clone, Debug, Default)]
pub struct OcspFunctions {
    global: Option<OcspFunction>,
    per_pair: Vec<(usize, OcspFunction)>,
}

impl OcspFunctions {
    fn is_empty(&self) -> bool {
        self.global.is_none() && self.per_pair.is_empty()
    }

    /// The pair's own callback first, else the global one.
    fn for_pair(&self, index: Option<usize>) -> Option<OcspFunction> {
        index
            .and_then(|i| self.per_pair.iter().find(|(j, _)| *j == i).map(|(_, f)| *f))
            .or(self.global)
    }
}

fn lock(h: &CertificateCredentialsHandle) -> std::sync::MutexGuard<'_, OcspFunctions> {
    h.callbacks.ocsp.lock().unwrap_or_else(|e| e.into_inner())
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_ocsp_status_request_function(res: gnutls_certificate_credentials_t, ocsp_func: gnutls_status_request_ocsp_func, ptr: *mut c_void) {
    entry! {
        // SAFETY: live handle or NULL.
        if let Some(h) = unsafe { ffi::handle(res) } {
            lock(h).global = ocsp_func.map(|func| OcspFunction { func, ptr: ptr as usize });
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_ocsp_status_request_function2(res: gnutls_certificate_credentials_t, idx: c_uint, ocsp_func: gnutls_status_request_ocsp_func, ptr: *mut c_void) -> c_int {
    entry! {
        // SAFETY: live handle or NULL.
        let Some(h) = (unsafe { ffi::handle(res) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let index = idx as usize;
        if !h.read().has_pair(index) {
            // GnuTLS: no such key pair.
            return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE;
        }
        let mut fns = lock(h);
        fns.per_pair.retain(|(j, _)| *j != index);
        if let Some(func) = ocsp_func {
            fns.per_pair.push((index, OcspFunction { func, ptr: ptr as usize }));
        }
        0
    }
}

/// Wraps the server's certificate resolver: after it chooses, asks the
/// application's OCSP callback for the staple.
#[derive(Debug)]
pub struct OcspCallbackResolver {
    inner: Arc<dyn ResolvesServerCert>,
    functions: OcspFunctions,
    /// Index of each key pair by its chain, taken when the session is set up.
    pairs: Vec<(Vec<rustls::pki_types::CertificateDer<'static>>, usize)>,
    session: usize,
}

/// `inner`, wrapped when the credentials carry an OCSP callback.
pub fn wrap(
    inner: Arc<dyn ResolvesServerCert>,
    creds: &CertificateCredentialsHandle,
    core: &rgnutls::credentials::CertificateCredentials,
    session: usize,
) -> Arc<dyn ResolvesServerCert> {
    let functions = lock(creds).clone();
    if functions.is_empty() {
        return inner;
    }
    let pairs = core.key_pairs().iter().map(|p| (p.certified.cert.clone(), p.index)).collect();
    Arc::new(OcspCallbackResolver { inner, functions, pairs, session })
}

impl OcspCallbackResolver {
    fn staple(&self, chain: &[rustls::pki_types::CertificateDer<'static>]) -> Option<Vec<u8>> {
        let index = self.pairs.iter().find(|(c, _)| c.as_slice() == chain).map(|(_, i)| *i);
        let f = self.functions.for_pair(index)?;
        let mut out = gnutls_datum_t { data: core::ptr::null_mut(), size: 0 };
        // SAFETY: the callback's contract: it may fill `out` with memory
        // from gnutls_malloc, which we own after a successful return. The
        // session outlives the handshake.
        let r = unsafe { (f.func)(self.session as gnutls_session_t, f.ptr as *mut c_void, &mut out) };
        if r < 0 {
            // GnuTLS: no staple (GNUTLS_E_NO_CERTIFICATE_STATUS or any error).
            return None;
        }
        // SAFETY: `out` is what the callback filled in.
        let staple = unsafe { ffi::datum(&out) }.filter(|d| !d.is_empty()).map(<[u8]>::to_vec);
        if !out.data.is_null() {
            // SAFETY: allocated by the application with gnutls_malloc (libc).
            unsafe { libc::free(out.data as *mut c_void) };
        }
        staple
    }
}

impl ResolvesServerCert for OcspCallbackResolver {
    fn resolve(&self, client_hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let key = self.inner.resolve(client_hello)?;
        // As GnuTLS, ask the application only when the client asked for a
        // staple (status_request in the ClientHello as received).
        // SAFETY: the session outlives its handshake.
        let asked = unsafe { ffi::handle(self.session as gnutls_session_t) }
            .is_some_and(|h: &super::session::SessionHandle| h.shared.with_info(|i| i.client_requested_ocsp));
        if !asked {
            return Some(key);
        }
        let Some(ocsp) = self.staple(&key.cert) else {
            return Some(key);
        };
        let mut stapled = CertifiedKey::clone(&key);
        stapled.ocsp = Some(ocsp);
        Some(Arc::new(stapled))
    }

    fn only_raw_public_keys(&self) -> bool {
        self.inner.only_raw_public_keys()
    }
}

/// When the staple of chain position `oidx` (-1: any) of key pair `idx`
/// expires, for servers that reload their responses in time (lighttpd).
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_get_ocsp_expiration(sc: gnutls_certificate_credentials_t, idx: c_uint, oidx: c_int, flags: c_uint) -> time_t {
    let _ = flags; // GnuTLS defines none
    entry! {
        // SAFETY: per the API contract (NULL is refused).
        let Some(h) = (unsafe { crate::ffi::handle(sc) }) else { return -1 };
        let position = match oidx {
            -1 => None,
            o if o < 0 => return -2,
            o => Some(o as usize),
        };
        h.read().ocsp_expiration(idx as usize, position)
    }
}
