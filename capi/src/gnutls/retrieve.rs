//! Certificate retrieve callbacks: the application chooses the chain and
//! key to present during the handshake (gnutls_certificate_set_retrieve_function,
//! and _function2/_function3 in abstract_/retrieve.rs).
//!
//! The callback runs from inside rustls (a certificate resolver) while the
//! session's engine is held, so it may only use callback-safe functions
//! (gnutls_server_name_get, gnutls_session_get_ptr, ...). What it returns
//! is copied at once; what the application said we own is then freed, so
//! nothing it handed over outlives the call.
use super::handles::CertificateCredentialsHandle;
use super::session::SessionHandle;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::session::SessionShared;
use rgnutls::x509::privkey::PrivateKey;
use rustls::client::ResolvesClientCert;
use rustls::pki_types::CertificateDer;
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use rustls::SignatureScheme;
use std::sync::Arc;

/// The retrieve callback set on credentials; setting one replaces the
/// others, as in GnuTLS.
#[derive(Clone, Copy, Debug)]
pub enum RetrieveFn {
    /// gnutls_certificate_set_retrieve_function (gnutls_retr2_st)
    Legacy(gnutls_certificate_retrieve_function),
    /// gnutls_certificate_set_retrieve_function2 (pcerts + privkey, borrowed)
    Pcert(gnutls_certificate_retrieve_function2),
    /// gnutls_certificate_set_retrieve_function3 (with OCSP and ownership flags)
    Info(gnutls_certificate_retrieve_function3),
}

/// Stores (or with `None`, clears) the credentials' retrieve callback.
///
/// # Safety
/// `cred` is NULL or a live credentials handle.
pub unsafe fn set(cred: gnutls_certificate_credentials_t, func: Option<RetrieveFn>) {
    // SAFETY: per the caller's contract.
    if let Some(h) = unsafe { ffi::handle(cred) } {
        *h.callbacks.retrieve.lock().unwrap_or_else(|e| e.into_inner()) = func;
    }
}

// rgnutls: partial: X.509 certificates with X.509 keys only (a PKCS#11 key is refused)
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_retrieve_function(
    cred: gnutls_certificate_credentials_t,
    func: gnutls_certificate_retrieve_function,
) {
    // SAFETY: live handle or NULL.
    entry! { unsafe { set(cred, func.map(|f| RetrieveFn::Legacy(Some(f)))) } }
}

/// What a callback handed back, copied out of C memory.
struct Chosen {
    chain: Vec<CertificateDer<'static>>,
    key: Option<Arc<PrivateKey>>,
    ocsp: Option<Vec<u8>>,
}

impl Chosen {
    fn none() -> Self {
        Chosen { chain: Vec::new(), key: None, ocsp: None }
    }
}

/// A rustls certificate resolver (server and client side) that asks the
/// application's retrieve callback.
#[derive(Debug)]
pub struct CallbackResolver {
    func: RetrieveFn,
    /// The gnutls_session_t, handed to the callback.
    session: usize,
    /// The credentials the callback was set on (gnutls_cert_retr_st.cred).
    cred: usize,
    shared: Arc<SessionShared>,
}

/// The resolver for a session whose credentials carry a retrieve callback.
pub fn resolver(h: &SessionHandle, creds: &CertificateCredentialsHandle) -> Option<Arc<CallbackResolver>> {
    let func = (*creds.callbacks.retrieve.lock().unwrap_or_else(|e| e.into_inner()))?;
    Some(Arc::new(CallbackResolver {
        func,
        session: h as *const SessionHandle as usize,
        cred: creds as *const CertificateCredentialsHandle as usize,
        shared: Arc::clone(&h.shared),
    }))
}

/// Borrowed DER names as the datums the callback reads (NULL when none).
fn name_datums(names: &[&[u8]]) -> Vec<gnutls_datum_t> {
    names
        .iter()
        .map(|n| gnutls_datum_t { data: n.as_ptr() as *mut c_uchar, size: n.len() as c_uint })
        .collect()
}

fn ptr_or_null<T>(v: &[T]) -> *const T {
    if v.is_empty() {
        core::ptr::null()
    } else {
        v.as_ptr()
    }
}

impl CallbackResolver {
    /// Calls the callback and builds what rustls presents. `Ok(None)`: the
    /// application chose no certificate.
    fn pick(&self, req_ca: &[&[u8]], pk_algos: &[c_int]) -> Result<Option<Arc<CertifiedKey>>, c_int> {
        let names = name_datums(req_ca);
        let session = self.session as gnutls_session_t;
        // SAFETY: the callback's contract; the session and credentials
        // outlive the handshake, and `names`/`pk_algos` outlive the call.
        let chosen = unsafe {
            match self.func {
                RetrieveFn::Legacy(f) => call_legacy(f, session, &names, pk_algos),
                RetrieveFn::Pcert(f) => call_pcert(f, session, &names, pk_algos),
                RetrieveFn::Info(f) => call_info(f, session, self.cred, &names, pk_algos),
            }
        }?;
        if chosen.chain.is_empty() {
            return Ok(None);
        }
        let key = chosen.key.ok_or(errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS)?;
        let mut certified = CertifiedKey::new(chosen.chain, key.signing_key());
        certified.ocsp = chosen.ocsp;
        Ok(Some(Arc::new(certified)))
    }
}

impl ResolvesServerCert for CallbackResolver {
    fn resolve(&self, _client_hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        // GnuTLS gives a server's callback neither CA names nor algorithms.
        // It tries the callback for each cipher suite and, with no
        // certificate or a failing callback, reports that no suite fits:
        // the session does that when we answer None.
        self.pick(&[], &[]).ok().flatten()
    }
}

impl ResolvesClientCert for CallbackResolver {
    fn resolve(&self, root_hint_subjects: &[&[u8]], sigschemes: &[SignatureScheme]) -> Option<Arc<CertifiedKey>> {
        let codepoints: Vec<u16> = sigschemes.iter().map(|s| u16::from(*s)).collect();
        let pk_algos = rgnutls::algorithms::sign::pk_algorithms_of(&codepoints);
        match self.pick(root_hint_subjects, &pk_algos) {
            Ok(k) => k,
            Err(e) => {
                self.shared.fail_handshake(e);
                None
            }
        }
    }

    /// The callback may answer with a certificate: rustls must keep the
    /// transcript for a TLS 1.2 CertificateVerify.
    fn has_certs(&self) -> bool {
        true
    }
}

/// The DER of each pcert, copied.
///
/// # Safety
/// `certs` is NULL or holds `n` initialised pcerts.
unsafe fn pcert_chain(certs: *const gnutls_pcert_st, n: c_uint) -> Result<Vec<CertificateDer<'static>>, c_int> {
    if n == 0 {
        return Ok(Vec::new());
    }
    if certs.is_null() {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    // SAFETY: per the caller's contract.
    let list = unsafe { core::slice::from_raw_parts(certs, n as usize) };
    list.iter()
        // SAFETY: each cert datum is valid per the API contract.
        .map(|p| unsafe { ffi::datum(&p.cert) }.map(|d| CertificateDer::from(d.to_vec())))
        .collect::<Option<Vec<_>>>()
        .ok_or(errors::GNUTLS_E_INVALID_REQUEST)
}

/// The private key behind an abstract key handle.
///
/// # Safety
/// `key` is NULL or a live gnutls_privkey_t.
unsafe fn privkey(key: gnutls_privkey_t) -> Option<Arc<PrivateKey>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get()
}

/// gnutls_certificate_retrieve_function: X.509 certificates and key in a
/// gnutls_retr2_st; with `deinit_all` they are ours to release.
unsafe fn call_legacy(
    f: gnutls_certificate_retrieve_function,
    session: gnutls_session_t,
    names: &[gnutls_datum_t],
    pk_algos: &[c_int],
) -> Result<Chosen, c_int> {
    let Some(f) = f else { return Ok(Chosen::none()) };
    // SAFETY: an all-zero gnutls_retr2_st is valid (NULL pointers, no certs).
    let mut st: gnutls_retr2_st = unsafe { core::mem::zeroed() };
    // SAFETY: the application's callback with valid arguments.
    let r = unsafe {
        f(session, ptr_or_null(names), names.len() as c_int, ptr_or_null(pk_algos), pk_algos.len() as c_int, &mut st)
    };
    if r < 0 {
        return Err(r);
    }
    if st.ncerts == 0 {
        return Ok(Chosen::none());
    }
    if st.cert_type != GNUTLS_CRT_X509 {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    // SAFETY: for X.509 the union holds the certificate array.
    let crts = unsafe { st.cert.x509 };
    let result = if crts.is_null() {
        Err(errors::GNUTLS_E_INVALID_REQUEST)
    } else {
        // SAFETY: `ncerts` handles at `crts`, per the API.
        let handles = unsafe { core::slice::from_raw_parts(crts, st.ncerts as usize) };
        handles
            .iter()
            // SAFETY: each entry is a live certificate handle.
            .map(|&c| unsafe { crate::x509::common::crt(c) }.map(|c| CertificateDer::from(c.der().to_vec())))
            .collect::<Option<Vec<_>>>()
            .ok_or(errors::GNUTLS_E_INVALID_REQUEST)
    };
    let x509_key = st.key_type == GNUTLS_PRIVKEY_X509;
    let key = if x509_key {
        // SAFETY: for X.509 keys the union holds the key handle.
        Ok(unsafe { ffi::handle(st.key.x509) }.and_then(|s| s.get()))
    } else {
        Err(errors::GNUTLS_E_INVALID_REQUEST)
    };
    if st.deinit_all != 0 {
        // SAFETY: the application handed these over with deinit_all; the
        // array was gnutls_malloc'd.
        unsafe {
            if !crts.is_null() {
                for i in 0..st.ncerts as usize {
                    crate::x509::crt::gnutls_x509_crt_deinit(*crts.add(i));
                }
                libc::free(crts as *mut c_void);
            }
            if x509_key {
                crate::x509::privkey::gnutls_x509_privkey_deinit(st.key.x509);
            }
        }
    }
    Ok(Chosen { chain: result?, key: key?, ocsp: None })
}

/// gnutls_certificate_retrieve_function2: everything stays the application's.
unsafe fn call_pcert(
    f: gnutls_certificate_retrieve_function2,
    session: gnutls_session_t,
    names: &[gnutls_datum_t],
    pk_algos: &[c_int],
) -> Result<Chosen, c_int> {
    let Some(f) = f else { return Ok(Chosen::none()) };
    let mut certs: *mut gnutls_pcert_st = core::ptr::null_mut();
    let mut n: c_uint = 0;
    let mut key: gnutls_privkey_t = core::ptr::null_mut();
    // SAFETY: the application's callback with valid arguments.
    let r = unsafe {
        f(session, ptr_or_null(names), names.len() as c_int, ptr_or_null(pk_algos), pk_algos.len() as c_int, &mut certs, &mut n, &mut key)
    };
    if r < 0 {
        return Err(r);
    }
    // SAFETY: the callback's results, per the API.
    let chain = unsafe { pcert_chain(certs, n) }?;
    // SAFETY: as above.
    Ok(Chosen { chain, key: unsafe { privkey(key) }, ocsp: None })
}

/// gnutls_certificate_retrieve_function3: with GNUTLS_CERT_RETR_DEINIT_ALL
/// the pcerts, OCSP responses (gnutls_malloc'd arrays) and key are ours.
unsafe fn call_info(
    f: gnutls_certificate_retrieve_function3,
    session: gnutls_session_t,
    cred: usize,
    names: &[gnutls_datum_t],
    pk_algos: &[c_int],
) -> Result<Chosen, c_int> {
    let Some(f) = f else { return Ok(Chosen::none()) };
    let info = gnutls_cert_retr_st {
        // The header asks for 1, but GnuTLS 3.7.9 hands callbacks 0.
        version: 0,
        cred: cred as gnutls_certificate_credentials_t,
        req_ca_rdn: ptr_or_null(names),
        nreqs: names.len() as c_uint,
        pk_algos: ptr_or_null(pk_algos),
        pk_algos_length: pk_algos.len() as c_uint,
        padding: [0; 64],
    };
    let mut certs: *mut gnutls_pcert_st = core::ptr::null_mut();
    let mut n: c_uint = 0;
    let mut ocsp: *mut gnutls_ocsp_data_st = core::ptr::null_mut();
    let mut n_ocsp: c_uint = 0;
    let mut key: gnutls_privkey_t = core::ptr::null_mut();
    let mut flags: c_uint = 0;
    // SAFETY: the application's callback with valid arguments.
    let r = unsafe { f(session, &info, &mut certs, &mut n, &mut ocsp, &mut n_ocsp, &mut key, &mut flags) };
    if r < 0 {
        return Err(r);
    }
    // SAFETY: the callback's results, per the API.
    let chain = unsafe { pcert_chain(certs, n) };
    // SAFETY: as above.
    let chosen_key = unsafe { privkey(key) };
    // rustls staples one response, the leaf's: the first.
    let staple = if n_ocsp > 0 && !ocsp.is_null() {
        // SAFETY: `n_ocsp` entries at `ocsp`, per the API.
        unsafe { ffi::datum(&(*ocsp).response) }.filter(|d| !d.is_empty()).map(<[u8]>::to_vec)
    } else {
        None
    };
    if flags & GNUTLS_CERT_RETR_DEINIT_ALL as c_uint != 0 {
        // SAFETY: the application handed these over, gnutls_malloc'd.
        unsafe { release_info(certs, n, ocsp, n_ocsp, key) };
    }
    Ok(Chosen { chain: chain?, key: chosen_key, ocsp: staple })
}

/// Frees what a retrieve_function3 callback handed over with DEINIT_ALL.
///
/// # Safety
/// Each pointer is NULL or what the callback returned, owned by us now.
unsafe fn release_info(
    certs: *mut gnutls_pcert_st,
    n: c_uint,
    ocsp: *mut gnutls_ocsp_data_st,
    n_ocsp: c_uint,
    key: gnutls_privkey_t,
) {
    // SAFETY: per the caller's contract.
    unsafe {
        if !certs.is_null() {
            for i in 0..n as usize {
                crate::abstract_::pcert::gnutls_pcert_deinit(certs.add(i));
            }
            libc::free(certs as *mut c_void);
        }
        if !ocsp.is_null() {
            for i in 0..n_ocsp as usize {
                libc::free((*ocsp.add(i)).response.data as *mut c_void);
            }
            libc::free(ocsp as *mut c_void);
        }
        crate::abstract_::keys::gnutls_privkey_deinit(key);
    }
}
