//! gnutls_x509_crt_* getters and setters of the less common fields: the
//! signature, unique identifiers, CRL distribution points, issuer
//! alternative names, other-name OIDs, the EC key and the handle flags.
//! The logic is in rgnutls::x509::crt_fields.
use super::common::crt;
use super::crtgen::with_draft;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crt::AltName;
use std::sync::atomic::Ordering;

/// GnuTLS's copy of binary data into a caller buffer: too small gives the
/// size needed; a NULL buffer that would be large enough only gets the size.
///
/// # Safety
/// `size` is NULL or valid; `out` is NULL or valid for `*size` bytes.
unsafe fn copy_data(out: *mut c_void, size: *mut size_t, data: &[u8]) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(sz) = (unsafe { size.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    if *sz < data.len() {
        *sz = data.len();
        return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    if !out.is_null() {
        // SAFETY: `out` holds at least `*sz` >= len bytes.
        unsafe { core::ptr::copy_nonoverlapping(data.as_ptr(), out as *mut u8, data.len()) };
    }
    *sz = data.len();
    0
}

/// As [`copy_data`] for text: the NUL is written and needed, and counted
/// in the size reported when the buffer is too small (not on success).
///
/// # Safety
/// As [`copy_data`].
pub(crate) unsafe fn copy_string(out: *mut c_void, size: *mut size_t, text: &[u8]) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(sz) = (unsafe { size.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    if *sz < text.len() + 1 {
        *sz = text.len() + 1;
        return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    if !out.is_null() {
        // SAFETY: `out` holds at least len + 1 bytes.
        unsafe {
            core::ptr::copy_nonoverlapping(text.as_ptr(), out as *mut u8, text.len());
            *(out as *mut u8).add(text.len()) = 0;
        }
    }
    *sz = text.len();
    0
}

/// The answer of a field getter on a handle holding no certificate yet:
/// GnuTLS finds the field empty.
unsafe fn unsigned_or_invalid(cert: gnutls_x509_crt_t) -> c_int {
    // SAFETY: per the caller's contract.
    match unsafe { ffi::handle(cert) } {
        Some(_) => errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND,
        None => errors::GNUTLS_E_INVALID_REQUEST,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_signature(cert: gnutls_x509_crt_t, sig: *mut c_char, sizeof_sig: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return unsafe { unsigned_or_invalid(cert) } };
        match c.signature_value() {
            // SAFETY: caller buffer of *sizeof_sig bytes.
            Ok(v) => unsafe { copy_data(sig as *mut c_void, sizeof_sig, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_signature_oid(cert: gnutls_x509_crt_t, oid: *mut c_char, oid_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return unsafe { unsigned_or_invalid(cert) } };
        // GnuTLS's copy includes the OID's NUL in the text it copies (so the
        // sizes it reports count it, and one more byte is needed).
        let mut text = c.signature_oid().into_bytes();
        text.push(0);
        // SAFETY: caller buffer of *oid_size bytes.
        unsafe { copy_string(oid as *mut c_void, oid_size, &text) }
    }
}

/// A unique identifier: the draft's while a certificate is being made,
/// else the certificate's. GnuTLS copies it only when it fits (no NUL).
unsafe fn unique_id(cert: gnutls_x509_crt_t, issuer: bool, buf: *mut c_char, buf_size: *mut size_t) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(h) = (unsafe { ffi::handle(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let id = match h.get() {
        Some(c) => if issuer { c.issuer_unique_id() } else { c.subject_unique_id() },
        None => {
            let draft = h.draft.lock().unwrap_or_else(|e| e.into_inner());
            let id = draft.as_ref().and_then(|d| if issuer { d.issuer_unique_id() } else { d.subject_unique_id() });
            id.map(<[u8]>::to_vec).ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)
        }
    };
    let id = match id { Ok(v) => v, Err(e) => return e };
    // SAFETY: per the caller's contract.
    let Some(sz) = (unsafe { buf_size.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    if id.len() > *sz || (buf.is_null() && !id.is_empty()) {
        *sz = id.len();
        return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    if !buf.is_null() {
        // SAFETY: `buf` holds at least `*sz` >= len bytes.
        unsafe { core::ptr::copy_nonoverlapping(id.as_ptr(), buf as *mut u8, id.len()) };
    }
    *sz = id.len();
    0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer_unique_id(crt: gnutls_x509_crt_t, buf: *mut c_char, buf_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { unique_id(crt, true, buf, buf_size) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_subject_unique_id(crt: gnutls_x509_crt_t, buf: *mut c_char, buf_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { unique_id(crt, false, buf, buf_size) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_issuer_unique_id(cert: gnutls_x509_crt_t, id: *const c_void, id_size: size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(id) = (unsafe { ffi::bytes(id, id_size) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(cert, |d| d.set_issuer_unique_id(id)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_subject_unique_id(cert: gnutls_x509_crt_t, id: *const c_void, id_size: size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(id) = (unsafe { ffi::bytes(id, id_size) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(cert, |d| d.set_subject_unique_id(id)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_flags(cert: gnutls_x509_crt_t, flags: c_uint) {
    entry! {
        // SAFETY: per the API contract.
        if let Some(h) = unsafe { ffi::handle(cert) } {
            h.flags.store(flags, Ordering::Relaxed);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_crl_dist_points(cert: gnutls_x509_crt_t, seq: c_uint, ret: *mut c_void, ret_size: *mut size_t, reason_flags: *mut c_uint, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: NULL or writable; GnuTLS clears it first.
        if let Some(r) = unsafe { reason_flags.as_mut() } {
            *r = 0;
        }
        let (points, crit) = match c.crl_dist_points() { Ok(v) => v, Err(e) => return e };
        // SAFETY: NULL or writable; set whenever the extension is there.
        if let Some(cr) = unsafe { critical.as_mut() } {
            *cr = c_uint::from(crit);
        }
        let Some(p) = points.get(seq as usize) else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
        // SAFETY: NULL or writable.
        if let Some(r) = unsafe { reason_flags.as_mut() } {
            *r = p.reasons;
        }
        // SAFETY: caller buffer of *ret_size bytes.
        let rc = unsafe { copy_string(ret, ret_size, &p.value) };
        if rc < 0 { rc } else { p.kind as c_int }
    }
}

/// One alternative name's value (or its other-name OID), GnuTLS style.
unsafe fn alt_name_out(names: Result<(Vec<(AltName, String)>, bool), c_int>, seq: c_uint, out: *mut c_void, out_size: *mut size_t, kind: *mut c_uint, critical: *mut c_uint, want_oid: bool) -> c_int {
    let (names, crit) = match names { Ok(v) => v, Err(e) => return e };
    let Some((name, oid)) = names.get(seq as usize) else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
    // SAFETY: NULL or writable.
    if let Some(t) = unsafe { kind.as_mut() } {
        *t = name.kind;
    }
    // SAFETY: NULL or writable. GnuTLS reports only a critical extension.
    if let (Some(cr), true) = (unsafe { critical.as_mut() }, crit) {
        *cr = 1;
    }
    // SAFETY: caller buffer of *out_size bytes.
    let rc = unsafe {
        if want_oid {
            copy_string(out, out_size, oid.as_bytes())
        } else if name.text {
            super::crt::text_out(out, out_size, &name.value)
        } else {
            ffi::copy_out(out, out_size, &name.value, false)
        }
    };
    if rc < 0 { rc } else { name.kind as c_int }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_subject_alt_othername_oid(cert: gnutls_x509_crt_t, seq: c_uint, oid: *mut c_void, oid_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let null = core::ptr::null_mut();
        // SAFETY: per the API contract.
        unsafe { alt_name_out(c.subject_alt_names_with_oids(), seq, oid, oid_size, null, null, true) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer_alt_othername_oid(cert: gnutls_x509_crt_t, seq: c_uint, ret: *mut c_void, ret_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let null = core::ptr::null_mut();
        // SAFETY: per the API contract.
        unsafe { alt_name_out(c.issuer_alt_names(), seq, ret, ret_size, null, null, true) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer_alt_name(cert: gnutls_x509_crt_t, seq: c_uint, ian: *mut c_void, ian_size: *mut size_t, critical: *mut c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_crt_get_issuer_alt_name2(cert, seq, ian, ian_size, core::ptr::null_mut(), critical) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer_alt_name2(cert: gnutls_x509_crt_t, seq: c_uint, ian: *mut c_void, ian_size: *mut size_t, ian_type: *mut c_uint, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { alt_name_out(c.issuer_alt_names(), seq, ian, ian_size, ian_type, critical, false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_pk_ecc_raw(crt_: gnutls_x509_crt_t, curve: *mut gnutls_ecc_curve_t, x: *mut gnutls_datum_t, y: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(crt_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: the outputs are NULL or writable, per the API contract.
        unsafe { crate::abstract_::pubkey_raw::ecc_raw_out(c.spki(), curve, x, y, 0) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_crl_dist_points2(crt_: gnutls_x509_crt_t, type_: gnutls_x509_subject_alt_name_t, data: *const c_void, data_size: c_uint, reason_flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(value) = (unsafe { ffi::bytes(data, data_size as usize) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt_, |d| d.add_crl_dist_point(type_ as u32, value, reason_flags)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_crl_dist_points(crt_: gnutls_x509_crt_t, type_: gnutls_x509_subject_alt_name_t, data_string: *const c_void, reason_flags: c_uint) -> c_int {
    entry! {
        // SAFETY: NULL or a C string.
        let Some(text) = (unsafe { ffi::cstr(data_string as *const c_char) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt_, |d| d.add_crl_dist_point(type_ as u32, text.as_bytes(), reason_flags)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_cpy_crl_dist_points(dst: gnutls_x509_crt_t, src: gnutls_x509_crt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(src) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let Some((critical, value)) = c.extension("2.5.29.31") else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
        let value = value.to_vec();
        // SAFETY: per the API contract.
        unsafe { with_draft(dst, |d| d.set_extension("2.5.29.31", critical, value)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_pk_oid(cert: gnutls_x509_crt_t, oid: *mut c_char, oid_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return unsafe { unsigned_or_invalid(cert) } };
        // As for the signature OID, GnuTLS's copy counts the OID's NUL.
        let mut text = c.pk_oid().into_bytes();
        text.push(0);
        // SAFETY: caller buffer of *oid_size bytes.
        unsafe { copy_string(oid as *mut c_void, oid_size, &text) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_check_ip(cert: gnutls_x509_crt_t, ip: *const c_uchar, ip_size: c_uint, flags: c_uint) -> c_uint {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        match (unsafe { crt(cert) }, unsafe { ffi::bytes(ip as *const c_void, ip_size as usize) }) {
            (Some(c), Some(ip)) => c_uint::from(c.has_ip(ip)),
            _ => 0,
        }
    }
}

const GNUTLS_KP_FLAG_DISALLOW_ANY: c_uint = 1;

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_check_key_purpose(cert: gnutls_x509_crt_t, purpose: *const c_char, flags: c_uint) -> c_uint {
    entry! {
        // SAFETY: per the API contract.
        match (unsafe { crt(cert) }, unsafe { ffi::cstr(purpose) }) {
            (Some(c), Some(p)) => c_uint::from(c.check_key_purpose(p, flags & GNUTLS_KP_FLAG_DISALLOW_ANY != 0)),
            _ => 0,
        }
    }
}

const GNUTLS_FSAN_APPEND: c_uint = 1;

// rgnutls: partial: as gnutls_x509_crt_set_subject_alt_name, the GNUTLS_FSAN_ENCODE_* flags are not supported
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_issuer_alt_name(crt_: gnutls_x509_crt_t, type_: gnutls_x509_subject_alt_name_t, data: *const c_void, data_size: c_uint, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(value) = (unsafe { ffi::bytes(data, data_size as usize) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let append = flags & GNUTLS_FSAN_APPEND != 0;
        // SAFETY: per the API contract.
        unsafe { with_draft(crt_, |d| d.add_issuer_alt_name(type_ as u32, value, append)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_issuer_alt_othername(crt_: gnutls_x509_crt_t, oid: *const c_char, data: *const c_void, data_size: c_uint, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(oid), Some(value)) = (unsafe { ffi::cstr(oid) }, unsafe { ffi::bytes(data, data_size as usize) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt_, |d| d.add_issuer_alt_othername(oid, value, flags)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_private_key_usage_period(cert: gnutls_x509_crt_t, activation: *mut time_t, expiration: *mut time_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.private_key_usage_period() {
            Ok((a, e, crit)) => {
                // SAFETY: each pointer is NULL or writable.
                unsafe {
                    if let Some(p) = activation.as_mut() { *p = a as time_t; }
                    if let Some(p) = expiration.as_mut() { *p = e as time_t; }
                    if let Some(p) = critical.as_mut() { *p = c_uint::from(crit); }
                }
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_private_key_usage_period(crt_: gnutls_x509_crt_t, activation: time_t, expiration: time_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(crt_, |d| d.set_private_key_usage_period(activation, expiration)) } }
}

/// gnutls_x509_crt/crl_get_authority_key_gn_serial's work on an authority
/// key identifier extension (`None`: absent): the `seq`th issuer name
/// (copied as the alt-name getters copy) then the issuer's serial.
#[allow(clippy::too_many_arguments)] // the C prototype's outputs, shared by the CRL and certificate functions
pub(crate) unsafe fn aki_gn_serial_out(ext: Option<(bool, &[u8])>, seq: c_uint, alt: *mut c_void, alt_size: *mut size_t, alt_type: *mut c_uint, serial: *mut c_void, serial_size: *mut size_t, critical: *mut c_uint) -> c_int {
    // SAFETY: per the caller's contract. GnuTLS zeroes the size for a NULL
    // buffer before looking.
    if let (true, Some(s)) = (alt.is_null(), unsafe { alt_size.as_mut() }) {
        *s = 0;
    }
    let Some((crit, value)) = ext else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
    // SAFETY: NULL or writable; set once the extension is found.
    if let Some(cr) = unsafe { critical.as_mut() } {
        *cr = c_uint::from(crit);
    }
    let (name, serial_bytes) = match rgnutls::x509::crt_fields::aki_issuer_and_serial(value, seq as usize) { Ok(v) => v, Err(e) => return e };
    // SAFETY: NULL or writable.
    if let Some(t) = unsafe { alt_type.as_mut() } {
        *t = name.kind;
    }
    // SAFETY: caller buffers of the sizes given.
    let rc = unsafe { if name.text { copy_string(alt, alt_size, &name.value) } else { copy_data(alt, alt_size, &name.value) } };
    if rc < 0 {
        return rc;
    }
    // SAFETY: as above.
    unsafe { copy_data(serial, serial_size, &serial_bytes) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_authority_key_gn_serial(cert: gnutls_x509_crt_t, seq: c_uint, alt: *mut c_void, alt_size: *mut size_t, alt_type: *mut c_uint, serial: *mut c_void, serial_size: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { aki_gn_serial_out(c.authority_key_id_ext(), seq, alt, alt_size, alt_type, serial, serial_size, critical) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_inhibit_anypolicy(cert: gnutls_x509_crt_t, skipcerts: *mut c_uint, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.inhibit_any_policy() {
            // GnuTLS 3.7.9 fails to decode this extension in any certificate
            // (even one it made): it reports the criticality, zero skip
            // certificates and GNUTLS_E_ASN1_TAG_ERROR. Programs see the same here.
            Ok((_, crit)) => {
                // SAFETY: each pointer is NULL or writable.
                unsafe {
                    if let Some(p) = skipcerts.as_mut() { *p = 0; }
                    if let Some(p) = critical.as_mut() { *p = c_uint::from(crit); }
                }
                errors::GNUTLS_E_ASN1_TAG_ERROR
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_inhibit_anypolicy(crt_: gnutls_x509_crt_t, skipcerts: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(crt_, |d| d.set_inhibit_any_policy(skipcerts)) } }
}
