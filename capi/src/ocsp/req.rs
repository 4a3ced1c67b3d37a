//! gnutls_ocsp_req_*: an OCSP request, built from certificates or CertID
//! parts, or imported. The logic is in rgnutls::x509::ocsp_req.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use crate::x509::common;
use rgnutls::errors;
use rgnutls::x509::ocsp_req::OcspRequest;
use std::sync::Mutex;

/// `gnutls_ocsp_req_t`: an empty request until something is added.
impl ffi::Handle for gnutls_ocsp_req_int {
    type Rust = Mutex<OcspRequest>;
}

/// Runs `f` on the request behind a handle (INVALID_REQUEST for NULL).
///
/// # Safety
/// `req` is NULL or a live handle.
unsafe fn with_req<R>(req: *const gnutls_ocsp_req_int, f: impl FnOnce(&mut OcspRequest) -> Result<R, c_int>) -> Result<R, c_int> {
    // SAFETY: per the caller's contract.
    let h = unsafe { ffi::handle(req) }.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    let mut guard = h.lock().unwrap_or_else(|e| e.into_inner());
    f(&mut guard)
}

fn code(r: Result<(), c_int>) -> c_int {
    r.err().unwrap_or(0)
}

/// Writes an optional datum output.
unsafe fn opt_datum(out: *mut gnutls_datum_t, data: &[u8]) -> Result<(), c_int> {
    if out.is_null() {
        return Ok(());
    }
    // SAFETY: non-NULL, writable per the API contract.
    match unsafe { ffi::set_datum(out, data) } {
        0 => Ok(()),
        e => Err(e),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_init(req: *mut gnutls_ocsp_req_t) -> c_int {
    entry! {
        // SAFETY: NULL or writable.
        let Some(out) = (unsafe { req.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        *out = ffi::new_handle::<gnutls_ocsp_req_int>(Mutex::new(OcspRequest::new()));
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_deinit(req: gnutls_ocsp_req_t) {
    // SAFETY: made by gnutls_ocsp_req_init; the caller stops using it.
    entry! { unsafe { ffi::free_handle(req) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_import(req: gnutls_ocsp_req_t, data: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: NULL or a valid datum.
        let Some(der) = (unsafe { ffi::datum(data) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: NULL or a live handle.
        code(unsafe { with_req(req, |r| {
            *r = OcspRequest::from_der(der)?;
            Ok(())
        }) })
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_export(req: gnutls_ocsp_req_const_t, data: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: NULL or a live handle.
        let der = match unsafe { with_req(req, |r| r.to_der()) } { Ok(d) => d, Err(e) => return e };
        // SAFETY: NULL or writable.
        unsafe { ffi::set_datum(data, &der) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_get_version(req: gnutls_ocsp_req_const_t) -> c_int {
    // SAFETY: NULL or a live handle.
    entry! { unsafe { with_req(req, |r| Ok(r.version())) }.unwrap_or_else(|e| e) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_add_cert(req: gnutls_ocsp_req_t, digest: gnutls_digest_algorithm_t, issuer: gnutls_x509_crt_t, cert: gnutls_x509_crt_t) -> c_int {
    entry! {
        // SAFETY: NULL or live certificate handles.
        let (Some(i), Some(c)) = (unsafe { common::crt(issuer) }, unsafe { common::crt(cert) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: NULL or a live handle.
        code(unsafe { with_req(req, |r| r.add_cert(digest, i.info(), c.info())) })
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_add_cert_id(req: gnutls_ocsp_req_t, digest: gnutls_digest_algorithm_t, issuer_name_hash: *const gnutls_datum_t, issuer_key_hash: *const gnutls_datum_t, serial_number: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: NULL or valid datums.
        let (Some(n), Some(k), Some(s)) = (unsafe { ffi::datum(issuer_name_hash) }, unsafe { ffi::datum(issuer_key_hash) }, unsafe { ffi::datum(serial_number) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: NULL or a live handle.
        code(unsafe { with_req(req, |r| r.add_cert_id(digest, n, k, s)) })
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_get_cert_id(req: gnutls_ocsp_req_const_t, indx: c_uint, digest: *mut gnutls_digest_algorithm_t, issuer_name_hash: *mut gnutls_datum_t, issuer_key_hash: *mut gnutls_datum_t, serial_number: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: NULL or a live handle.
        let id = match unsafe { with_req(req, |r| r.cert_id(indx as usize)) } { Ok(id) => id, Err(e) => return e };
        // SAFETY: each output is NULL or writable, per the API contract.
        unsafe {
            if let Some(d) = digest.as_mut() {
                *d = id.digest;
            }
            for (out, data) in [(issuer_name_hash, &id.issuer_name_hash), (issuer_key_hash, &id.issuer_key_hash), (serial_number, &id.serial)] {
                if let Err(e) = opt_datum(out, data) {
                    return e;
                }
            }
        }
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_get_nonce(req: gnutls_ocsp_req_const_t, critical: *mut c_uint, nonce: *mut gnutls_datum_t) -> c_int {
    entry! {
        if nonce.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: NULL or a live handle.
        let (crit, value) = match unsafe { with_req(req, |r| r.nonce()) } { Ok(v) => v, Err(e) => return e };
        // SAFETY: NULL or writable.
        if let Some(c) = unsafe { critical.as_mut() } {
            *c = c_uint::from(crit);
        }
        // SAFETY: non-NULL and writable.
        unsafe { ffi::set_datum(nonce, &value) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_set_nonce(req: gnutls_ocsp_req_t, critical: c_uint, nonce: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: NULL or a valid datum.
        let Some(n) = (unsafe { ffi::datum(nonce) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: NULL or a live handle.
        code(unsafe { with_req(req, |r| r.set_nonce(critical != 0, n)) })
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_randomize_nonce(req: gnutls_ocsp_req_t) -> c_int {
    // SAFETY: NULL or a live handle.
    entry! { code(unsafe { with_req(req, |r| r.randomize_nonce()) }) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_req_print(req: gnutls_ocsp_req_const_t, format: gnutls_ocsp_print_formats_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        let _ = format; // GnuTLS prints requests the same way in every format.
        // SAFETY: NULL or a live handle.
        let text = match unsafe { with_req(req, |r| Ok(r.print())) } { Ok(t) => t, Err(e) => return e };
        // SAFETY: NULL or writable.
        unsafe { ffi::set_datum(out, text.as_bytes()) }
    }
}
