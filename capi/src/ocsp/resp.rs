//! gnutls_ocsp_resp_*: an OCSP response, imported from DER or PEM, its
//! getters and its verification. The logic is in rgnutls::x509::ocsp.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::Slot;
use crate::types::*;
use crate::x509::common;
use rgnutls::errors;
use rgnutls::x509::dn::{self, DnOrder};
use rgnutls::x509::ocsp::{OcspResponse, Responder};
use std::sync::Arc;

/// `gnutls_ocsp_resp_t`: empty until imported.
impl ffi::Handle for gnutls_ocsp_resp_int {
    type Rust = Slot<OcspResponse>;
}

/// The response behind a handle: Err(INVALID_REQUEST) for NULL, Ok(None)
/// when nothing was imported yet.
unsafe fn resp(r: gnutls_ocsp_resp_const_t) -> Result<Option<Arc<OcspResponse>>, c_int> {
    // SAFETY: per the caller's contract, NULL or a live handle.
    unsafe { ffi::handle(r) }.map(Slot::get).ok_or(errors::GNUTLS_E_INVALID_REQUEST)
}

/// As [`resp`], with an empty handle reported as `empty`.
unsafe fn imported(r: gnutls_ocsp_resp_const_t, empty: c_int) -> Result<Arc<OcspResponse>, c_int> {
    // SAFETY: per the caller's contract.
    unsafe { resp(r) }?.ok_or(empty)
}

/// Writes an optional datum output.
unsafe fn opt_datum(out: *mut gnutls_datum_t, data: &[u8]) -> c_int {
    if out.is_null() {
        return 0;
    }
    // SAFETY: non-NULL, writable per the API contract.
    unsafe { ffi::set_datum(out, data) }
}

/// Writes an optional scalar output.
unsafe fn opt<T>(out: *mut T, v: T) {
    // SAFETY: NULL or writable per the API contract.
    if let Some(o) = unsafe { out.as_mut() } {
        *o = v;
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_init(resp: *mut gnutls_ocsp_resp_t) -> c_int {
    entry! {
        // SAFETY: NULL or writable.
        let Some(out) = (unsafe { resp.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        *out = ffi::new_handle::<gnutls_ocsp_resp_int>(Slot::default());
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_deinit(resp: gnutls_ocsp_resp_t) {
    // SAFETY: made by gnutls_ocsp_resp_init; the caller stops using it.
    entry! { unsafe { ffi::free_handle(resp) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_import2(resp: gnutls_ocsp_resp_t, data: *const gnutls_datum_t, fmt: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(bytes)) = (unsafe { ffi::handle(resp) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let f = match common::format(fmt) { Ok(f) => f, Err(e) => return e };
        match OcspResponse::import(bytes, f) {
            Ok(r) => { h.set(r); 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_import(resp: gnutls_ocsp_resp_t, data: *const gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_ocsp_resp_import2(resp, data, GNUTLS_X509_FMT_DER) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_export2(resp: gnutls_ocsp_resp_const_t, data: *mut gnutls_datum_t, fmt: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { imported(resp, errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND) } { Ok(r) => r, Err(e) => return e };
        let out = match common::format(fmt) {
            Ok(rgnutls::x509::X509Format::Der) => r.der().to_vec(),
            Ok(rgnutls::x509::X509Format::Pem) => rgnutls::encoding::pem_encode("OCSP RESPONSE", r.der()).into_bytes(),
            Err(e) => return e,
        };
        // SAFETY: per the API contract.
        unsafe { ffi::set_datum(data, &out) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_export(resp: gnutls_ocsp_resp_const_t, data: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_ocsp_resp_export2(resp, data, GNUTLS_X509_FMT_DER) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_status(resp: gnutls_ocsp_resp_const_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { imported(resp, errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND) }.map_or_else(|e| e, |r| r.status()) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_response(resp: gnutls_ocsp_resp_const_t, response_type_oid: *mut gnutls_datum_t, response: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { imported(resp, errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND) } { Ok(r) => r, Err(e) => return e };
        let (oid, bytes) = match r.response() { Ok(x) => x, Err(e) => return e };
        // SAFETY: NULL or writable datums.
        let rc = unsafe { opt_datum(response_type_oid, oid.as_bytes()) };
        if rc != 0 {
            return rc;
        }
        // SAFETY: as above.
        unsafe { opt_datum(response, &bytes) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_version(resp: gnutls_ocsp_resp_const_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { resp_or(resp) }.map_or_else(|e| e, |r| r.map_or(1, |r| r.version())) }
}

unsafe fn resp_or(r: gnutls_ocsp_resp_const_t) -> Result<Option<Arc<OcspResponse>>, c_int> {
    // SAFETY: per the caller's contract.
    unsafe { resp(r) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_responder2(resp: gnutls_ocsp_resp_const_t, dn: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (r, Some(out)) = (unsafe { resp_or(resp) }, unsafe { dn.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let r = match r { Ok(r) => r, Err(e) => return e };
        match r.and_then(|r| r.responder()) {
            Some(Responder::Name(name)) => {
                let order = if flags & GNUTLS_X509_DN_FLAG_COMPAT as c_uint != 0 { DnOrder::Encoded } else { DnOrder::Rfc4514 };
                match dn::format(&name, order) {
                    // SAFETY: writable datum.
                    Ok(text) => unsafe { ffi::set_datum(out, text.as_bytes()) },
                    Err(e) => e,
                }
            }
            // No name (key hash, or no basic response): success and an empty datum.
            _ => {
                out.data = core::ptr::null_mut();
                out.size = 0;
                0
            }
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_responder(resp: gnutls_ocsp_resp_const_t, dn: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_ocsp_resp_get_responder2(resp, dn, GNUTLS_X509_DN_FLAG_COMPAT as c_uint) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_responder_raw_id(resp: gnutls_ocsp_resp_const_t, type_: c_uint, raw: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { resp_or(resp) } { Ok(r) => r, Err(e) => return e };
        if raw.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let responder = r.as_ref().and_then(|r| r.responder());
        let bytes = match (type_ as c_int, responder) {
            (GNUTLS_OCSP_RESP_ID_DN, Some(Responder::Name(n))) => n,
            (GNUTLS_OCSP_RESP_ID_DN, None) => return errors::GNUTLS_E_ASN1_GENERIC_ERROR,
            (GNUTLS_OCSP_RESP_ID_KEY, Some(Responder::KeyHash(k))) => k,
            (GNUTLS_OCSP_RESP_ID_DN | GNUTLS_OCSP_RESP_ID_KEY, _) => return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
            _ => return errors::GNUTLS_E_INVALID_REQUEST,
        };
        // SAFETY: non-NULL writable datum.
        unsafe { ffi::set_datum(raw, &bytes) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_produced(resp: gnutls_ocsp_resp_const_t) -> time_t {
    // SAFETY: per the API contract.
    entry! { unsafe { resp_or(resp) }.ok().flatten().map_or(-1, |r| r.produced() as time_t) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_single(resp: gnutls_ocsp_resp_const_t, indx: c_uint, digest: *mut gnutls_digest_algorithm_t, issuer_name_hash: *mut gnutls_datum_t, issuer_key_hash: *mut gnutls_datum_t, serial_number: *mut gnutls_datum_t, cert_status: *mut c_uint, this_update: *mut time_t, next_update: *mut time_t, revocation_time: *mut time_t, revocation_reason: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { imported(resp, errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) } { Ok(r) => r, Err(e) => return e };
        let s = match r.single(indx as usize) { Ok(s) => s, Err(e) => return e };
        // SAFETY: each output is NULL or writable, per the API contract.
        unsafe {
            for (out, data) in [(issuer_name_hash, &s.issuer_name_hash), (issuer_key_hash, &s.issuer_key_hash), (serial_number, &s.serial)] {
                let rc = opt_datum(out, data);
                if rc != 0 {
                    return rc;
                }
            }
            opt(digest, s.digest);
            opt(cert_status, s.status);
            opt(this_update, s.this_update as time_t);
            opt(next_update, s.next_update as time_t);
            opt(revocation_time, s.revocation_time as time_t);
            opt(revocation_reason, s.revocation_reason);
        }
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_nonce(resp: gnutls_ocsp_resp_const_t, critical: *mut c_uint, nonce: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { imported(resp, errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) } { Ok(r) => r, Err(e) => return e };
        let (crit, value) = match r.nonce() { Ok(x) => x, Err(e) => return e };
        // SAFETY: NULL or writable.
        unsafe { opt(critical, c_uint::from(crit)) };
        // SAFETY: NULL or writable.
        unsafe { opt_datum(nonce, &value) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_signature_algorithm(resp: gnutls_ocsp_resp_const_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { imported(resp, errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND) } { Ok(r) => r, Err(e) => return e };
        r.signature_algorithm().unwrap_or_else(|e| e)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_signature(resp: gnutls_ocsp_resp_const_t, sig: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { imported(resp, errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND) } { Ok(r) => r, Err(e) => return e };
        match r.signature() {
            // SAFETY: per the API contract.
            Ok(s) => unsafe { ffi::set_datum(sig, &s) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_get_certs(resp: gnutls_ocsp_resp_const_t, certs: *mut *mut gnutls_x509_crt_t, ncerts: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { resp_or(resp) } { Ok(r) => r, Err(e) => return e };
        let mut list = Vec::new();
        for c in r.as_ref().map_or(&[][..], |r| r.certs()) {
            match rgnutls::x509::crt::Crt::from_der(&c.der) { Ok(c) => list.push(c), Err(e) => return e }
        }
        if certs.is_null() {
            // SAFETY: NULL or writable.
            unsafe { opt(ncerts, list.len()) };
            return 0;
        }
        let mut n: c_uint = 0;
        // SAFETY: `certs` is writable per the API contract.
        let rc = unsafe { crate::x509::crt::hand_out_list(list, &mut *certs, &mut n) };
        if rc == 0 {
            // SAFETY: NULL or writable.
            unsafe { opt(ncerts, n as size_t) };
        }
        rc
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_check_crt(resp: gnutls_ocsp_resp_const_t, indx: c_uint, crt: gnutls_x509_crt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { imported(resp, errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) } { Ok(r) => r, Err(e) => return e };
        // SAFETY: as above.
        let Some(c) = (unsafe { common::crt(crt) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match r.check_crt(indx as usize, c.info()) { Ok(()) => 0, Err(e) => e }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_verify_direct(resp: gnutls_ocsp_resp_const_t, issuer: gnutls_x509_crt_t, verify: *mut c_uint, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { imported(resp, errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND) } { Ok(r) => r, Err(e) => return e };
        // SAFETY: as above.
        let (Some(i), false) = (unsafe { common::crt(issuer) }, verify.is_null()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match r.verify_direct(i.info(), flags) {
            // SAFETY: non-NULL out parameter.
            Ok(v) => { unsafe { *verify = v }; 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_verify(resp: gnutls_ocsp_resp_const_t, trustlist: gnutls_x509_trust_list_t, verify: *mut c_uint, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { resp_or(resp) } { Ok(r) => r, Err(e) => return e };
        // SAFETY: as above.
        let (Some(tl), false) = (unsafe { ffi::handle(trustlist) }, verify.is_null()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let result = match r {
            Some(r) => r.verify(&tl.read(), flags),
            None => Ok(rgnutls::x509::ocsp::VERIFY_SIGNER_NOT_FOUND),
        };
        match result {
            // SAFETY: non-NULL out parameter.
            Ok(v) => { unsafe { *verify = v }; 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_resp_print(r: gnutls_ocsp_resp_const_t, format: gnutls_ocsp_print_formats_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let r = match unsafe { resp(r) } { Ok(r) => r, Err(e) => return e };
        let text = rgnutls::x509::ocsp_print::print(r.as_deref(), format == GNUTLS_OCSP_PRINT_FULL);
        // SAFETY: NULL or writable.
        unsafe { ffi::set_datum(out, text.as_bytes()) }
    }
}
