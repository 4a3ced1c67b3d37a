//! gnutls_certificate_*: certificate credentials (key pairs, trust, CRLs,
//! flags and callbacks). Sessions read them; the session functions
//! (gnutls_credentials_set, verify_peers, ...) live with the session.
use super::handles::CertificateCredentialsHandle;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use crate::x509::common;
use rgnutls::credentials::CertificateCredentials;
use rgnutls::errors::{self, Code};
use rgnutls::x509::privkey::PrivateKey;
use std::path::Path;
use std::sync::atomic::Ordering;

/// Runs `f` on the credentials behind a handle with the write lock.
///
/// # Safety
/// `res` is NULL or a live credentials handle.
unsafe fn with_creds<R>(
    res: gnutls_certificate_credentials_t,
    f: impl FnOnce(&mut CertificateCredentials) -> R,
) -> Option<R> {
    // SAFETY: per the caller's contract.
    let h = unsafe { ffi::handle(res) }?;
    let mut guard = h.write();
    Some(f(&mut guard))
}

/// A count result as GnuTLS returns it (number added, or the error).
fn count_code(r: Result<usize, Code>) -> c_int {
    match r {
        Ok(n) => c_int::try_from(n).unwrap_or(c_int::MAX),
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_allocate_credentials(res: *mut gnutls_certificate_credentials_t) -> c_int {
    entry! {
        if res.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL; the caller passes a writable pointer.
        unsafe { *res = ffi::new_handle::<gnutls_certificate_credentials_st>(CertificateCredentialsHandle::new()) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_free_credentials(sc: gnutls_certificate_credentials_t) {
    // SAFETY: made by allocate_credentials; the caller stops using it.
    entry! { unsafe { ffi::free_handle(sc) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_free_keys(sc: gnutls_certificate_credentials_t) {
    // SAFETY: live handle or NULL.
    entry! { unsafe { with_creds(sc, |c| c.clear_keys()) }; }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_free_cas(sc: gnutls_certificate_credentials_t) {
    // SAFETY: live handle or NULL.
    entry! { unsafe { with_creds(sc, |c| c.clear_cas()) }; }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_free_crls(sc: gnutls_certificate_credentials_t) {
    // SAFETY: live handle or NULL.
    entry! { unsafe { with_creds(sc, |c| c.clear_crls()) }; }
}

/// The CA names a server sends in its CertificateRequest come from the
/// trust list, which stays: nothing separate to free.
#[no_mangle]
pub extern "C" fn gnutls_certificate_free_ca_names(sc: gnutls_certificate_credentials_t) {
    let _ = sc;
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_flags(arg0: gnutls_certificate_credentials_t, flags: c_uint) {
    // SAFETY: live handle or NULL.
    entry! { unsafe { with_creds(arg0, |c| c.set_flags(flags)) }; }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_verify_flags(res: gnutls_certificate_credentials_t, flags: c_uint) {
    // SAFETY: live handle or NULL.
    entry! { unsafe { with_creds(res, |c| c.set_verify_flags(flags)) }; }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_get_verify_flags(res: gnutls_certificate_credentials_t) -> c_uint {
    // SAFETY: live handle or NULL.
    entry! { unsafe { ffi::handle(res) }.map_or(0, |h| h.read().verify_flags()) }
}

/// The depth limit applies to gnutls_certificate_verify_peers* and to
/// gnutls_session_set_verify_cert; the bit limit is kept, unused, as in GnuTLS 3.7.
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_verify_limits(res: gnutls_certificate_credentials_t, max_bits: c_uint, max_depth: c_uint) {
    // SAFETY: live handle or NULL.
    entry! { unsafe { with_creds(res, |c| c.set_verify_limits(max_bits, max_depth)) }; }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_verify_function(cred: gnutls_certificate_credentials_t, func: gnutls_certificate_verify_function) {
    entry! {
        // SAFETY: live handle or NULL.
        if let Some(h) = unsafe { ffi::handle(cred) } {
            h.callbacks.verify.store(func.map_or(0, |f| f as usize), Ordering::Release);
        }
    }
}

/// Converts the password argument (NULL means none).
pub(crate) unsafe fn password<'a>(pass: *const c_char) -> Result<Option<&'a str>, c_int> {
    if pass.is_null() {
        return Ok(None);
    }
    // SAFETY: non-NULL NUL-terminated string per the API contract.
    unsafe { ffi::cstr(pass) }.map(Some).ok_or(errors::GNUTLS_E_INVALID_REQUEST)
}

unsafe fn key_file(res: gnutls_certificate_credentials_t, certfile: *const c_char, keyfile: *const c_char, type_: gnutls_x509_crt_fmt_t, pass: *const c_char) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(h), Some(cert), Some(key)) = (unsafe { ffi::handle(res) }, unsafe { ffi::cstr(certfile) }, unsafe { ffi::cstr(keyfile) }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
    // SAFETY: as above.
    let pass = match unsafe { password(pass) } { Ok(p) => p, Err(e) => return e };
    let mut c = h.write();
    let r = c.add_key_file(Path::new(cert), Path::new(key), fmt, pass);
    c.key_result_code(r)
}

unsafe fn key_mem(res: gnutls_certificate_credentials_t, cert: *const gnutls_datum_t, key: *const gnutls_datum_t, type_: gnutls_x509_crt_fmt_t, pass: *const c_char) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(h), Some(cert), Some(key)) = (unsafe { ffi::handle(res) }, unsafe { ffi::datum(cert) }, unsafe { ffi::datum(key) }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
    // SAFETY: as above.
    let pass = match unsafe { password(pass) } { Ok(p) => p, Err(e) => return e };
    let mut c = h.write();
    let r = c.add_key_mem(cert, key, fmt, pass);
    c.key_result_code(r)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_key_file(res: gnutls_certificate_credentials_t, certfile: *const c_char, keyfile: *const c_char, type_: gnutls_x509_crt_fmt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { key_file(res, certfile, keyfile, type_, core::ptr::null()) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_key_file2(res: gnutls_certificate_credentials_t, certfile: *const c_char, keyfile: *const c_char, type_: gnutls_x509_crt_fmt_t, pass: *const c_char, flags: c_uint) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { key_file(res, certfile, keyfile, type_, pass) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_key_mem(res: gnutls_certificate_credentials_t, cert: *const gnutls_datum_t, key: *const gnutls_datum_t, type_: gnutls_x509_crt_fmt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { key_mem(res, cert, key, type_, core::ptr::null()) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_key_mem2(res: gnutls_certificate_credentials_t, cert: *const gnutls_datum_t, key: *const gnutls_datum_t, type_: gnutls_x509_crt_fmt_t, pass: *const c_char, flags: c_uint) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { key_mem(res, cert, key, type_, pass) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_key(res: gnutls_certificate_credentials_t, cert_list: *mut gnutls_x509_crt_t, cert_list_size: c_int, key: gnutls_x509_privkey_t) -> c_int {
    entry! {
        let n = usize::try_from(cert_list_size).unwrap_or(0);
        // SAFETY: per the API contract.
        let (Some(h), Some(chain), Some(k)) = (unsafe { ffi::handle(res) }, unsafe { common::crt_list(cert_list, n) }, unsafe { ffi::handle(key) }.and_then(|s| s.get())) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let ders: Vec<Vec<u8>> = chain.iter().map(|c| c.der().to_vec()).collect();
        let mut c = h.write();
        let r = c.add_key_ders_sorted(&ders, PrivateKey::clone(&k));
        c.key_result_code(r)
    }
}

unsafe fn trust_path(cred: gnutls_certificate_credentials_t, path: *const c_char, type_: gnutls_x509_crt_fmt_t, add: fn(&mut CertificateCredentials, &Path, rgnutls::x509::X509Format) -> Result<usize, Code>) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(p) = (unsafe { ffi::cstr(path) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
    // SAFETY: as above.
    unsafe { with_creds(cred, |c| count_code(add(c, Path::new(p), fmt))) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST)
}

unsafe fn trust_datum(cred: gnutls_certificate_credentials_t, data: *const gnutls_datum_t, type_: gnutls_x509_crt_fmt_t, add: fn(&mut CertificateCredentials, &[u8], rgnutls::x509::X509Format) -> Result<usize, Code>) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(d) = (unsafe { ffi::datum(data) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
    // SAFETY: as above.
    unsafe { with_creds(cred, |c| count_code(add(c, d, fmt))) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_trust_file(cred: gnutls_certificate_credentials_t, cafile: *const c_char, type_: gnutls_x509_crt_fmt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { trust_path(cred, cafile, type_, CertificateCredentials::add_trust_file) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_trust_dir(cred: gnutls_certificate_credentials_t, ca_dir: *const c_char, type_: gnutls_x509_crt_fmt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { trust_path(cred, ca_dir, type_, CertificateCredentials::add_trust_dir) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_trust_mem(res: gnutls_certificate_credentials_t, ca: *const gnutls_datum_t, type_: gnutls_x509_crt_fmt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { trust_datum(res, ca, type_, CertificateCredentials::add_trust_mem) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_crl_file(res: gnutls_certificate_credentials_t, crlfile: *const c_char, type_: gnutls_x509_crt_fmt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { trust_path(res, crlfile, type_, CertificateCredentials::add_crl_file) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_crl_mem(res: gnutls_certificate_credentials_t, crl: *const gnutls_datum_t, type_: gnutls_x509_crt_fmt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { trust_datum(res, crl, type_, CertificateCredentials::add_crl_mem) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_simple_pkcs12_mem(res: gnutls_certificate_credentials_t, p12blob: *const gnutls_datum_t, type_: gnutls_x509_crt_fmt_t, password: *const c_char) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(data) = (unsafe { ffi::datum(p12blob) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
        // SAFETY: NULL or a C string.
        let pass = match unsafe { self::password(password) } { Ok(p) => p, Err(e) => return e };
        // SAFETY: as above.
        unsafe { with_creds(res, |c| { let r = c.add_pkcs12(data, fmt, pass); c.key_result_code(r) }) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_simple_pkcs12_file(res: gnutls_certificate_credentials_t, pkcs12file: *const c_char, type_: gnutls_x509_crt_fmt_t, password: *const c_char) -> c_int {
    entry! {
        // SAFETY: NULL or a C string.
        let Some(path) = (unsafe { ffi::cstr(pkcs12file) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let data = match rgnutls::x509::trust::read_file(Path::new(path)) { Ok(d) => d, Err(e) => return e };
        let datum = gnutls_datum_t { data: data.as_ptr() as *mut c_uchar, size: data.len() as c_uint };
        // SAFETY: `datum` points into `data`, alive for the call.
        unsafe { gnutls_certificate_set_x509_simple_pkcs12_mem(res, &datum, type_, password) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_crl(res: gnutls_certificate_credentials_t, crl_list: *mut gnutls_x509_crl_t, crl_list_size: c_int) -> c_int {
    entry! {
        let n = usize::try_from(crl_list_size).unwrap_or(0);
        // SAFETY: per the API contract (the handles stay the caller's).
        let Some(list) = (unsafe { crate::x509::crl::crl_list(crl_list, n) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let refs: Vec<&rgnutls::x509::crl::Crl> = list.iter().map(|c| c.as_ref()).collect();
        // SAFETY: as above.
        unsafe { with_creds(res, |c| count_code(Ok(c.add_crls(&refs)))) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_system_trust(cred: gnutls_certificate_credentials_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_creds(cred, |c| count_code(c.add_system_trust())) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_trust(res: gnutls_certificate_credentials_t, ca_list: *mut gnutls_x509_crt_t, ca_list_size: c_int) -> c_int {
    entry! {
        let n = usize::try_from(ca_list_size).unwrap_or(0);
        // SAFETY: per the API contract.
        let Some(list) = (unsafe { common::crt_list(ca_list, n) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let ders: Vec<Vec<u8>> = list.iter().map(|c| c.der().to_vec()).collect();
        // SAFETY: as above.
        unsafe { with_creds(res, |c| count_code(c.add_trust_ders(&ders))) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_get_x509_crt(res: gnutls_certificate_credentials_t, index: c_uint, crt_list: *mut *mut gnutls_x509_crt_t, crt_list_size: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(out), Some(n)) = (unsafe { ffi::handle(res) }, unsafe { crt_list.as_mut() }, unsafe { crt_list_size.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let chain: Vec<Vec<u8>> = match h.read().pair(index as usize) {
            Some(p) => p.certified.cert.iter().map(|c| c.as_ref().to_vec()).collect(),
            None => return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        };
        let mut crts = Vec::with_capacity(chain.len());
        for der in &chain {
            match rgnutls::x509::crt::Crt::from_der(der) { Ok(c) => crts.push(c), Err(e) => return e }
        }
        // SAFETY: `out`/`n` are writable per the API contract.
        unsafe { crate::x509::crt::hand_out_list(crts, out, n) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_get_x509_key(res: gnutls_certificate_credentials_t, index: c_uint, key: *mut gnutls_x509_privkey_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), false) = (unsafe { ffi::handle(res) }, key.is_null()) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let k = match h.read().pair(index as usize) {
            Some(p) => PrivateKey::clone(&p.key),
            None => return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        };
        let slot = super::handles::Slot::default();
        slot.set(k);
        // SAFETY: checked non-NULL.
        unsafe { *key = ffi::new_handle::<gnutls_x509_privkey_int>(slot) };
        0
    }
}

/// The issuer of `cert` among the trusted certificates: lent (valid until
/// the credentials are freed), or with GNUTLS_TL_GET_COPY a copy the caller
/// frees, as in GnuTLS.
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_get_issuer(sc: gnutls_certificate_credentials_t, cert: gnutls_x509_crt_t, issuer: *mut gnutls_x509_crt_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(c), false) = (unsafe { ffi::handle(sc) }, unsafe { common::crt(cert) }, issuer.is_null()) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let trust = h.trust();
        let Some(found) = trust.issuer_of(c.info()) else {
            return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE;
        };
        let crt = match rgnutls::x509::crt::Crt::from_der(&found.der) {
            Ok(i) => i,
            Err(e) => return e,
        };
        let make = move || {
            let slot = super::handles::Slot::default();
            slot.set(crt);
            Some(ffi::new_handle::<gnutls_x509_crt_int>(slot))
        };
        let handle = if flags & GNUTLS_TL_GET_COPY as c_uint != 0 { make() } else { h.lent.lend(&found.der, make) };
        let Some(handle) = handle else { return errors::GNUTLS_E_MEMORY_ERROR };
        // SAFETY: checked non-NULL.
        unsafe { *issuer = handle };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_verification_status_print(status: c_uint, type_: gnutls_certificate_type_t, out: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    let _ = (type_, flags);
    entry! {
        let text = rgnutls::x509::status::describe(status);
        // SAFETY: `out` is a writable datum.
        unsafe { ffi::set_datum(out, text.as_bytes()) }
    }
}

// rgnutls: partial: accepted and ignored: the handshake uses ECDHE/TLS 1.3 groups, never these parameters
#[no_mangle]
pub extern "C" fn gnutls_certificate_set_dh_params(res: gnutls_certificate_credentials_t, dh_params: gnutls_dh_params_t) {
    let _ = (res, dh_params);
}

// rgnutls: partial: accepted and ignored: the handshake uses ECDHE/TLS 1.3 groups, never these parameters
#[no_mangle]
pub extern "C" fn gnutls_certificate_set_known_dh_params(res: gnutls_certificate_credentials_t, sec_param: gnutls_sec_param_t) -> c_int {
    let _ = (res, sec_param);
    0
}

// rgnutls: partial: accepted and ignored: the handshake uses ECDHE/TLS 1.3 groups, never these parameters
#[no_mangle]
pub extern "C" fn gnutls_certificate_set_params_function(res: gnutls_certificate_credentials_t, func: gnutls_params_function) {
    let _ = (res, func);
}

unsafe fn ocsp_set(res: gnutls_certificate_credentials_t, responses: Vec<Vec<u8>>, idx: c_uint) -> c_int {
    // SAFETY: per the caller's contract.
    unsafe {
        with_creds(res, |c| match c.set_ocsp_responses(idx as usize, responses) {
            Ok(n) => n as c_int,
            Err(e) => e,
        })
    }
    .unwrap_or(errors::GNUTLS_E_INVALID_REQUEST)
}

/// The OCSP responses of a file or buffer: one DER response, or every
/// "OCSP RESPONSE" block of PEM (none is an error, as in GnuTLS).
fn ocsp_ders(data: &[u8], fmt: rgnutls::x509::X509Format) -> Result<Vec<Vec<u8>>, c_int> {
    match fmt {
        rgnutls::x509::X509Format::Der => Ok(vec![data.to_vec()]),
        rgnutls::x509::X509Format::Pem => {
            let blocks = rgnutls::encoding::pem_decode_all("OCSP RESPONSE", data)?;
            if blocks.is_empty() {
                return Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
            }
            Ok(blocks)
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_ocsp_status_request_file(res: gnutls_certificate_credentials_t, response_file: *const c_char, idx: c_uint) -> c_int {
    // SAFETY: per the API contract.
    // GnuTLS: 0 on success here, where _file2 counts the responses.
    entry! { unsafe { gnutls_certificate_set_ocsp_status_request_file2(res, response_file, idx, GNUTLS_X509_FMT_DER) }.min(0) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_ocsp_status_request_file2(res: gnutls_certificate_credentials_t, response_file: *const c_char, idx: c_uint, fmt: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(path) = (unsafe { ffi::cstr(response_file) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let f = match common::format(fmt) { Ok(f) => f, Err(e) => return e };
        let Ok(data) = std::fs::read(path) else { return errors::GNUTLS_E_FILE_ERROR };
        match ocsp_ders(&data, f) {
            // SAFETY: per the API contract.
            Ok(ders) => unsafe { ocsp_set(res, ders, idx) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_ocsp_status_request_mem(res: gnutls_certificate_credentials_t, resp: *const gnutls_datum_t, idx: c_uint, fmt: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(data) = (unsafe { ffi::datum(resp) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let f = match common::format(fmt) { Ok(f) => f, Err(e) => return e };
        match ocsp_ders(data, f) {
            // SAFETY: per the API contract.
            Ok(ders) => unsafe { ocsp_set(res, ders, idx) },
            Err(e) => e,
        }
    }
}

/// The DER of certificate `idx2` of key pair `idx1`, lent (not copied):
/// valid while the credentials keep that pair, as in GnuTLS.
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_get_crt_raw(sc: gnutls_certificate_credentials_t, idx1: c_uint, idx2: c_uint, cert: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(out)) = (unsafe { ffi::handle(sc) }, unsafe { cert.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let creds = h.read();
        let Some(der) = creds.pair(idx1 as usize).and_then(|p| p.certified.cert.get(idx2 as usize)) else {
            return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE;
        };
        // The bytes live in the pair's Arc, which only changes when the
        // application frees or replaces the keys.
        out.data = der.as_ref().as_ptr() as *mut c_uchar;
        out.size = der.as_ref().len() as c_uint;
        0
    }
}
