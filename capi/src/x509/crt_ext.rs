//! Certificate extension getters used around verification
//! (gnutls_x509_crt_get_key_purpose_oid, _get_authority_info_access,
//! _get_extension_by_oid*), the RSA key numbers (_get_pk_rsa_raw) and
//! gnutls_x509_crt_set_extension_by_oid. The logic is in
//! rgnutls::x509::crt_ext and rgnutls::x509::pubkey_raw.
use super::common::crt;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crt_ext::{self, AccessWhat};
use rgnutls::x509::pubkey_raw;

/// Copies text out with its NUL, the NUL counted in the size needed and
/// required (GnuTLS's rule for OIDs): too small gives
/// GNUTLS_E_SHORT_MEMORY_BUFFER and length + 1; success the length.
///
/// # Safety
/// `size` is NULL or valid; `out` is NULL or valid for `*size` bytes.
pub(crate) unsafe fn text_out_nul(out: *mut c_void, size: *mut size_t, text: &[u8]) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(sz) = (unsafe { size.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    if out.is_null() || *sz <= text.len() {
        *sz = text.len() + 1;
        return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    // SAFETY: `out` holds more than text.len() bytes.
    unsafe { ffi::copy_out(out, size, text, true) }
}

/// Writes `value` to `*critical` when that is not NULL.
///
/// # Safety
/// `critical` is NULL or writable.
unsafe fn set_critical(critical: *mut c_uint, value: bool) {
    // SAFETY: per the caller's contract.
    if let Some(c) = unsafe { critical.as_mut() } {
        *c = c_uint::from(value);
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_key_purpose_oid(cert: gnutls_x509_crt_t, indx: c_uint, oid: *mut c_void, oid_size: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else {
            // SAFETY: as above.
            return if unsafe { ffi::handle(cert) }.is_some() { errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE } else { errors::GNUTLS_E_INVALID_REQUEST };
        };
        let (list, crit) = match crt_ext::key_purposes(&c) { Ok(v) => v, Err(e) => return e };
        // GnuTLS reports the criticality whenever the extension exists.
        // SAFETY: NULL or writable.
        unsafe { set_critical(critical, crit) };
        match list.get(indx as usize) {
            // SAFETY: caller buffer of *oid_size bytes.
            Some(o) => unsafe { text_out_nul(oid, oid_size, o.as_bytes()) },
            None => errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_authority_info_access(crt_: gnutls_x509_crt_t, seq: c_uint, what: c_int, data: *mut gnutls_datum_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(crt_) }) else {
            // SAFETY: as above.
            return if unsafe { ffi::handle(crt_) }.is_some() { errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE } else { errors::GNUTLS_E_INVALID_REQUEST };
        };
        let (entries, crit) = match crt_ext::authority_info_access(&c) { Ok(v) => v, Err(e) => return e };
        // SAFETY: NULL or writable.
        unsafe { set_critical(critical, crit) };
        // RFC 5280 forbids a critical AIA; GnuTLS refuses to read one.
        if crit {
            return errors::GNUTLS_E_CONSTRAINT_ERROR;
        }
        let Some(what) = AccessWhat::from_raw(what) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let Some(entry) = entries.get(seq as usize) else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
        match entry.value(what) {
            // SAFETY: `data` is NULL or a writable datum.
            Ok(v) => unsafe { ffi::set_datum(data, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_pk_rsa_raw(crt_: gnutls_x509_crt_t, m: *mut gnutls_datum_t, e: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(crt_) }) else {
            // SAFETY: as above.
            return if unsafe { ffi::handle(crt_) }.is_some() { errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND } else { errors::GNUTLS_E_INVALID_REQUEST };
        };
        let (modulus, exponent) = match pubkey_raw::rsa_public(c.spki()) { Ok(v) => v, Err(e) => return e };
        // SAFETY: each output is NULL (not wanted) or a writable datum.
        unsafe { crate::abstract_::pubkey_raw::fill_ints(&[(m, &modulus), (e, &exponent)], false) }
    }
}

/// The `indx`th extension with OID `oid`: its value and criticality.
unsafe fn extension_by_oid(cert: gnutls_x509_crt_t, oid: *const c_char, indx: c_uint, critical: *mut c_uint) -> Result<Vec<u8>, c_int> {
    // SAFETY: per the caller's contract.
    let (Some(c), Some(oid)) = (unsafe { crt(cert) }, unsafe { ffi::cstr(oid) }) else {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    };
    let exts = c.extensions();
    let (_, crit, value) = exts
        .iter()
        .filter(|(o, _, _)| o == oid)
        .nth(indx as usize)
        .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
    // SAFETY: NULL or writable.
    unsafe { set_critical(critical, *crit) };
    Ok(value.to_vec())
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_extension_by_oid(cert: gnutls_x509_crt_t, oid: *const c_char, indx: c_uint, buf: *mut c_void, buf_size: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { extension_by_oid(cert, oid, indx, critical) } {
            // SAFETY: caller buffer of *buf_size bytes.
            Ok(v) => unsafe { ffi::copy_out(buf, buf_size, &v, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_extension_by_oid2(cert: gnutls_x509_crt_t, oid: *const c_char, indx: c_uint, output: *mut gnutls_datum_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { extension_by_oid(cert, oid, indx, critical) } {
            // SAFETY: `output` is NULL or a writable datum.
            Ok(v) => unsafe { ffi::set_datum(output, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_extension_by_oid(crt_: gnutls_x509_crt_t, oid: *const c_char, buf: *const c_void, sizeof_buf: size_t, critical: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(oid), Some(value)) = (unsafe { ffi::cstr(oid) }, unsafe { ffi::bytes(buf, sizeof_buf) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        unsafe { super::crtgen::with_draft(crt_, |d| d.set_extension(oid, critical != 0, value.to_vec())) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_authority_info_access(crt_: gnutls_x509_crt_t, what: c_int, data: *mut gnutls_datum_t) -> c_int {
    entry! {
        // Only the two URI kinds can be added.
        let method = match AccessWhat::from_raw(what) {
            Some(AccessWhat::OcspUri) => crt_ext::OID_AD_OCSP,
            Some(AccessWhat::CaIssuersUri) => crt_ext::OID_AD_CA_ISSUERS,
            _ => return errors::GNUTLS_E_INVALID_REQUEST,
        };
        // SAFETY: per the API contract.
        let Some(uri) = (unsafe { ffi::datum(data) }).and_then(|d| core::str::from_utf8(d).ok()) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        unsafe {
            super::crtgen::with_draft(crt_, |d| {
                let existing = d.extension(crt_ext::OID_AUTHORITY_INFO_ACCESS).map(|(_, v)| v);
                let value = crt_ext::add_access(existing.as_deref(), method, uri)?;
                d.set_extension(crt_ext::OID_AUTHORITY_INFO_ACCESS, false, value)
            })
        }
    }
}

/// The `indx`th extension (OID, criticality, value).
unsafe fn extension_at(cert: gnutls_x509_crt_t, indx: c_uint) -> Result<(String, bool, Vec<u8>), c_int> {
    // SAFETY: per the caller's contract.
    let c = unsafe { crt(cert) }.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    let exts = c.extensions();
    let (oid, crit, value) = exts.get(indx as usize).ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
    Ok((oid.clone(), *crit, value.to_vec()))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_extension_info(cert: gnutls_x509_crt_t, indx: c_uint, oid: *mut c_void, oid_size: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { extension_at(cert, indx) } {
            Ok((o, crit, _)) => {
                // SAFETY: caller buffer of *oid_size bytes.
                let rc = unsafe { text_out_nul(oid, oid_size, o.as_bytes()) };
                // The criticality only comes with the OID.
                if rc == 0 {
                    // SAFETY: NULL or writable.
                    unsafe { set_critical(critical, crit) };
                }
                rc
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_extension_data(cert: gnutls_x509_crt_t, indx: c_uint, data: *mut c_void, sizeof_data: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let value = match unsafe { extension_at(cert, indx) } { Ok((_, _, v)) => v, Err(e) => return e };
        // SAFETY: NULL or writable.
        let Some(size) = (unsafe { sizeof_data.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // GnuTLS answers a size query (NULL buffer) with success.
        if data.is_null() {
            *size = value.len();
            return 0;
        }
        // SAFETY: caller buffer of *sizeof_data bytes.
        unsafe { ffi::copy_out(data, size, &value, false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_extension_data2(cert: gnutls_x509_crt_t, indx: c_uint, data: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { extension_at(cert, indx) } {
            // SAFETY: `data` is NULL or a writable datum.
            Ok((_, _, v)) => unsafe { ffi::set_datum(data, &v) },
            // GnuTLS reports a missing index here as an ASN.1 lookup failure.
            Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) => errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND,
            Err(e) => e,
        }
    }
}
