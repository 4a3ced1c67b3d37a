//! gnutls_x509_crq_*: PKCS#10 certificate requests, and the
//! gnutls_x509_crt_set_crq* functions that make a certificate from one.
//! The logic is in rgnutls::x509::crq; here are GnuTLS's buffer
//! conventions, which differ from getter to getter (see each helper).
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crq::{self, Crq};
use rgnutls::x509::dn::DnOrder;
use rgnutls::x509::privkey::PrivateKey;
use rgnutls::x509::X509Format;
use std::sync::Mutex;

/// `gnutls_x509_crq_t`: one request, changed in place by the setters.
impl ffi::Handle for gnutls_x509_crq_int {
    type Rust = Mutex<Crq>;
}

/// A copy of the request behind a handle (getters work on it unlocked).
pub(crate) unsafe fn crq_of(crq: gnutls_x509_crq_t) -> Option<Crq> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(crq) }.map(|m| m.lock().unwrap_or_else(|e| e.into_inner()).clone())
}

/// Runs a setter on the request; a GnuTLS code.
pub(crate) unsafe fn with_crq(crq: gnutls_x509_crq_t, f: impl FnOnce(&mut Crq) -> Result<(), c_int>) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(m) = (unsafe { ffi::handle(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let mut guard = m.lock().unwrap_or_else(|e| e.into_inner());
    match f(&mut guard) {
        Ok(()) => 0,
        Err(e) => e,
    }
}

/// Anything but PEM is DER, as in GnuTLS's request functions.
fn format_of(format: gnutls_x509_crt_fmt_t) -> X509Format {
    if format == GNUTLS_X509_FMT_PEM { X509Format::Pem } else { X509Format::Der }
}

/// A string into a caller buffer, GnuTLS's _gnutls_strdatum_to_buf way: it
/// needs room for the NUL; when short, the size needed counts it.
pub(super) unsafe fn str_out(buf: *mut c_void, size: *mut size_t, data: &[u8]) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(sz) = (unsafe { size.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    if buf.is_null() || *sz < data.len() + 1 {
        *sz = data.len() + 1;
        return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    // SAFETY: `buf` holds at least len + 1 bytes.
    unsafe {
        core::ptr::copy_nonoverlapping(data.as_ptr(), buf as *mut u8, data.len());
        *(buf as *mut u8).add(data.len()) = 0;
    }
    *sz = data.len();
    0
}

/// A value read the libtasn1 way (attribute and extension OIDs, attribute
/// data): `*size` gets the size needed (with `nul`, counting the NUL), and
/// a short buffer is not an error (GnuTLS lets libtasn1's positive "memory
/// error" through as success): nothing is written then.
unsafe fn asn1_out(buf: *mut c_void, size: *mut size_t, data: &[u8], nul: bool) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(sz) = (unsafe { size.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let need = data.len() + usize::from(nul);
    if !buf.is_null() && *sz >= need {
        // SAFETY: `buf` holds at least `need` bytes.
        unsafe {
            core::ptr::copy_nonoverlapping(data.as_ptr(), buf as *mut u8, data.len());
            if nul {
                *(buf as *mut u8).add(data.len()) = 0;
            }
        }
    }
    *sz = need;
    0
}

unsafe fn set_flag(p: *mut c_uint, value: bool) {
    // SAFETY: NULL or writable, per the caller's contract.
    if let Some(v) = unsafe { p.as_mut() } {
        *v = c_uint::from(value);
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_init(crq: *mut gnutls_x509_crq_t) -> c_int {
    entry! {
        if crq.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL; the caller passes a writable pointer.
        unsafe { *crq = ffi::new_handle::<gnutls_x509_crq_int>(Mutex::new(Crq::new())) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_deinit(crq: gnutls_x509_crq_t) {
    // SAFETY: made by gnutls_x509_crq_init, or NULL.
    entry! { unsafe { ffi::free_handle(crq) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_import(crq: gnutls_x509_crq_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(bytes) = (unsafe { ffi::datum(data) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let imported = Crq::import(bytes, format_of(format));
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| { *c = imported?; Ok(()) }) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_export(crq: gnutls_x509_crq_t, format: gnutls_x509_crt_fmt_t, output_data: *mut c_void, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = format_of(format);
        match c.export(fmt) {
            // PEM text needs room for a NUL too (counted when short), DER not.
            // SAFETY: caller buffer of *output_data_size bytes.
            Ok(out) if fmt == X509Format::Pem => unsafe { str_out(output_data, output_data_size, &out) },
            // SAFETY: as above.
            Ok(out) => unsafe { ffi::copy_out(output_data, output_data_size, &out, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_export2(crq: gnutls_x509_crq_t, format: gnutls_x509_crt_fmt_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.export(format_of(format)) {
            // SAFETY: `out` is NULL or a writable datum.
            Ok(der) => unsafe { ffi::set_datum(out, &der) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_version(crq: gnutls_x509_crq_t, version: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_crq(crq, |c| { c.set_version(version); Ok(()) }) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_version(crq: gnutls_x509_crq_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { crq_of(crq) }.map_or(errors::GNUTLS_E_INVALID_REQUEST, |c| c.version().unwrap_or_else(|e| e)) }
}

// rgnutls: partial: on a parse error *err is not pointed at the offending text
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_dn(crq: gnutls_x509_crq_t, dn: *const c_char, err: *mut *const c_char) -> c_int {
    let _ = err;
    entry! {
        // SAFETY: NULL or a C string.
        let Some(text) = (unsafe { ffi::cstr(dn) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.set_subject_dn(text)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_dn_by_oid(crq: gnutls_x509_crq_t, oid: *const c_char, raw_flag: c_uint, data: *const c_void, sizeof_data: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(oid), Some(value)) = (unsafe { ffi::cstr(oid) }, unsafe { ffi::bytes(data, sizeof_data as usize) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        if data.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.add_subject_attribute(oid, raw_flag != 0, value)) }
    }
}

unsafe fn dn_text(crq: gnutls_x509_crq_t, order: DnOrder) -> Result<String, c_int> {
    // SAFETY: per the caller's contract.
    unsafe { crq_of(crq) }.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?.subject_dn(order)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_dn(crq: gnutls_x509_crq_t, buf: *mut c_char, sizeof_buf: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { dn_text(crq, DnOrder::Encoded) } {
            // SAFETY: caller buffer of *sizeof_buf bytes.
            Ok(t) => unsafe { str_out(buf as *mut c_void, sizeof_buf, t.as_bytes()) },
            Err(e) => e,
        }
    }
}

unsafe fn dn_datum(crq: gnutls_x509_crq_t, dn: *mut gnutls_datum_t, order: DnOrder) -> c_int {
    // SAFETY: per the caller's contract.
    match unsafe { dn_text(crq, order) } {
        // SAFETY: `dn` is NULL or a writable datum.
        Ok(t) => unsafe { ffi::set_datum(dn, t.as_bytes()) },
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_dn2(crq: gnutls_x509_crq_t, dn: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_datum(crq, dn, DnOrder::Encoded) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_dn3(crq: gnutls_x509_crq_t, dn: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    let order = if flags & GNUTLS_X509_DN_FLAG_COMPAT as c_uint != 0 { DnOrder::Encoded } else { DnOrder::Rfc4514 };
    // SAFETY: per the API contract.
    entry! { unsafe { dn_datum(crq, dn, order) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_dn_by_oid(crq: gnutls_x509_crq_t, oid: *const c_char, indx: c_uint, raw_flag: c_uint, buf: *mut c_void, sizeof_buf: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(oid)) = (unsafe { crq_of(crq) }, unsafe { ffi::cstr(oid) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.subject_value_by_oid(oid, indx as usize, raw_flag != 0) {
            // SAFETY: caller buffer of *sizeof_buf bytes.
            Ok(v) => unsafe { str_out(buf, sizeof_buf, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_dn_oid(crq: gnutls_x509_crq_t, indx: c_uint, oid: *mut c_void, sizeof_oid: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.subject_oid(indx as usize) {
            // SAFETY: caller buffer of *sizeof_oid bytes.
            Ok(o) => unsafe { str_out(oid, sizeof_oid, o.as_bytes()) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_key(crq: gnutls_x509_crq_t, key: gnutls_x509_privkey_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(spki) = unsafe { ffi::handle(key) }.and_then(|h| h.get()).and_then(|k| k.spki()) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.set_spki(&spki)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_key_rsa_raw(crq: gnutls_x509_crq_t, m: *const gnutls_datum_t, e: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(m), Some(e)) = (unsafe { ffi::datum(m) }, unsafe { ffi::datum(e) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.set_rsa_key(m, e)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_key_rsa_raw(crq: gnutls_x509_crq_t, m: *mut gnutls_datum_t, e: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if c.pk_algorithm().map(|p| p.0) != Ok(rgnutls::algorithms::pk::RSA) {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let Ok((modulus, exponent)) = c.rsa_numbers() else { return errors::GNUTLS_E_ASN1_DER_ERROR };
        // SAFETY: writable datums per the API contract.
        let ret = unsafe { ffi::set_datum(m, &modulus) };
        if ret < 0 {
            return ret;
        }
        // SAFETY: as above.
        let ret = unsafe { ffi::set_datum(e, &exponent) };
        if ret < 0 {
            // SAFETY: `m` was just filled with a malloc'd block.
            unsafe { libc::free((*m).data as *mut c_void) };
        }
        ret
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_pk_algorithm(crq: gnutls_x509_crq_t, bits: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.pk_algorithm() {
            Ok((id, size)) => {
                // SAFETY: NULL or writable.
                if let Some(b) = unsafe { bits.as_mut() } {
                    *b = size;
                }
                id
            }
            Err(e) => e,
        }
    }
}

unsafe fn oid_string(crq: gnutls_x509_crq_t, which: fn(&Crq) -> Result<String, c_int>, out: *mut c_char, size: *mut size_t) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    match which(&c) {
        // SAFETY: caller buffer of *size bytes.
        Ok(o) => unsafe { str_out(out as *mut c_void, size, o.as_bytes()) },
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_pk_oid(crq: gnutls_x509_crq_t, oid: *mut c_char, oid_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { oid_string(crq, Crq::pk_oid, oid, oid_size) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_signature_oid(crq: gnutls_x509_crq_t, oid: *mut c_char, oid_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { oid_string(crq, Crq::signature_oid, oid, oid_size) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_signature_algorithm(crq: gnutls_x509_crq_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { crq_of(crq) }.map_or(0, |c| c.signature_algorithm()) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_key_id(crq: gnutls_x509_crq_t, flags: c_uint, output_data: *mut c_uchar, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.key_id(flags) {
            // SAFETY: caller buffer of *output_data_size bytes.
            Ok(id) => unsafe { ffi::copy_out(output_data as *mut c_void, output_data_size, &id, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_verify(crq: gnutls_x509_crq_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.verify() {
            Ok(()) => 0,
            Err(e) => e,
        }
    }
}

/// Signs the request behind `crq` with `key`.
pub(crate) unsafe fn sign_with(crq: gnutls_x509_crq_t, key: &PrivateKey, dig: c_int) -> c_int {
    // SAFETY: per the caller's contract.
    unsafe { with_crq(crq, |c| c.sign(key, dig)) }
}

// rgnutls: partial: RSA-PSS signatures use a salt as long as the hash; restrictions in an RSA-PSS key's own parameters are not applied
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_sign2(crq: gnutls_x509_crq_t, key: gnutls_x509_privkey_t, dig: gnutls_digest_algorithm_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = unsafe { ffi::handle(key) }.and_then(|h| h.get()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { sign_with(crq, &k, dig) }
    }
}

// rgnutls: partial: as gnutls_x509_crq_sign2
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_sign(crq: gnutls_x509_crq_t, key: gnutls_x509_privkey_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_crq_sign2(crq, key, 0, 0) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_print(crq: gnutls_x509_crq_t, format: gnutls_certificate_print_formats_t, out: *mut gnutls_datum_t) -> c_int {
    // GnuTLS prints requests one way, whatever the format.
    let _ = format;
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: `out` is NULL or a writable datum.
        unsafe { ffi::set_datum(out, crq::print::print(&c).as_bytes()) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_challenge_password(crq: gnutls_x509_crq_t, pass: *const c_char) -> c_int {
    entry! {
        // SAFETY: NULL or a C string.
        let Some(pass) = (unsafe { ffi::cstr(pass) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.add_challenge_password(pass)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_challenge_password(crq: gnutls_x509_crq_t, pass: *mut c_char, sizeof_pass: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.challenge_password() {
            // SAFETY: caller buffer of *sizeof_pass bytes.
            Ok(p) => unsafe { str_out(pass as *mut c_void, sizeof_pass, p.as_bytes()) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_attribute_by_oid(crq: gnutls_x509_crq_t, oid: *const c_char, buf: *mut c_void, sizeof_buf: size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(oid), Some(value)) = (unsafe { ffi::cstr(oid) }, unsafe { ffi::bytes(buf, sizeof_buf) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.set_attribute(oid, value)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_attribute_by_oid(crq: gnutls_x509_crq_t, oid: *const c_char, indx: c_uint, buf: *mut c_void, sizeof_buf: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(oid)) = (unsafe { crq_of(crq) }, unsafe { ffi::cstr(oid) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.attribute_value(oid, indx as usize) {
            // SAFETY: caller buffer of *sizeof_buf bytes.
            Ok(v) => unsafe { str_out(buf, sizeof_buf, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_attribute_info(crq: gnutls_x509_crq_t, indx: c_uint, oid: *mut c_void, sizeof_oid: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.attributes().get(indx as usize) {
            // SAFETY: caller buffer of *sizeof_oid bytes.
            Some(a) => unsafe { asn1_out(oid, sizeof_oid, a.oid.to_string().as_bytes(), true) },
            None => errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_attribute_data(crq: gnutls_x509_crq_t, indx: c_uint, data: *mut c_void, sizeof_data: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.attributes().get(indx as usize).and_then(|a| a.values.first()) {
            // SAFETY: caller buffer of *sizeof_data bytes.
            Some(v) => unsafe { asn1_out(data, sizeof_data, v, false) },
            None => errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_extension_info(crq: gnutls_x509_crq_t, indx: c_uint, oid: *mut c_void, sizeof_oid: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.extension(indx as usize) {
            Ok((o, crit, _)) => {
                // SAFETY: caller buffer of *sizeof_oid bytes.
                let ret = unsafe { asn1_out(oid, sizeof_oid, o.as_bytes(), true) };
                // SAFETY: NULL or writable.
                unsafe { set_flag(critical, crit) };
                ret
            }
            Err(e) => e,
        }
    }
}

/// gnutls_x509_crq_get_extension_data's copy: a NULL buffer only asks
/// for the size (and succeeds).
unsafe fn data_out(buf: *mut c_void, size: *mut size_t, data: &[u8]) -> c_int {
    // SAFETY: per the caller's contract.
    let ret = unsafe { ffi::copy_out(buf, size, data, false) };
    if ret == errors::GNUTLS_E_SHORT_MEMORY_BUFFER && buf.is_null() { 0 } else { ret }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_extension_data(crq: gnutls_x509_crq_t, indx: c_uint, data: *mut c_void, sizeof_data: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.extension(indx as usize) {
            // SAFETY: caller buffer of *sizeof_data bytes.
            Ok((_, _, v)) => unsafe { data_out(data, sizeof_data, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_extension_data2(crq: gnutls_x509_crq_t, indx: c_uint, data: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.extension(indx as usize) {
            // SAFETY: `data` is NULL or a writable datum.
            Ok((_, _, v)) => unsafe { ffi::set_datum(data, &v) },
            Err(e) => e,
        }
    }
}

/// The extension `oid`, `indx`th of its type; `*critical` is set when found.
unsafe fn extension_by_oid(crq: gnutls_x509_crq_t, oid: *const c_char, indx: c_uint, critical: *mut c_uint) -> Result<Vec<u8>, c_int> {
    // SAFETY: per the caller's contract.
    let (Some(c), Some(oid)) = (unsafe { crq_of(crq) }, unsafe { ffi::cstr(oid) }) else { return Err(errors::GNUTLS_E_INVALID_REQUEST) };
    let (value, crit) = c.extension_by_oid(oid, indx as usize)?;
    // SAFETY: NULL or writable.
    unsafe { set_flag(critical, crit) };
    Ok(value)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_extension_by_oid(crq: gnutls_x509_crq_t, oid: *const c_char, indx: c_uint, buf: *mut c_void, sizeof_buf: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { extension_by_oid(crq, oid, indx, critical) } {
            // SAFETY: caller buffer of *sizeof_buf bytes.
            Ok(v) => unsafe { data_out(buf, sizeof_buf, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_extension_by_oid2(crq: gnutls_x509_crq_t, oid: *const c_char, indx: c_uint, output: *mut gnutls_datum_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { extension_by_oid(crq, oid, indx, critical) } {
            // SAFETY: `output` is NULL or a writable datum.
            Ok(v) => unsafe { ffi::set_datum(output, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_extension_by_oid(crq: gnutls_x509_crq_t, oid: *const c_char, buf: *const c_void, sizeof_buf: size_t, critical: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(oid), Some(value)) = (unsafe { ffi::cstr(oid) }, unsafe { ffi::bytes(buf, sizeof_buf) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.set_extension(oid, critical != 0, value)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_key_usage(crq: gnutls_x509_crq_t, usage: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_crq(crq, |c| c.set_key_usage(usage)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_key_usage(crq: gnutls_x509_crq_t, key_usage: *mut c_uint, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.key_usage() {
            Ok((bits, crit)) => {
                // SAFETY: NULL or writable.
                if let Some(k) = unsafe { key_usage.as_mut() } {
                    *k = bits;
                }
                // SAFETY: as above.
                unsafe { set_flag(critical, crit) };
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_basic_constraints(crq: gnutls_x509_crq_t, ca: c_uint, path_len_constraint: c_int) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_crq(crq, |c| c.set_basic_constraints(ca != 0, path_len_constraint)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_basic_constraints(crq: gnutls_x509_crq_t, critical: *mut c_uint, ca: *mut c_uint, pathlen: *mut c_int) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.basic_constraints() {
            Ok(bc) => {
                // SAFETY: each pointer is NULL or writable.
                unsafe {
                    set_flag(critical, bc.critical);
                    set_flag(ca, bc.ca);
                    if let Some(p) = pathlen.as_mut() {
                        *p = bc.path_len;
                    }
                }
                c_int::from(bc.ca)
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_key_purpose_oid(crq: gnutls_x509_crq_t, oid: *const c_void, critical: c_uint) -> c_int {
    entry! {
        // SAFETY: NULL or a C string.
        let Some(oid) = (unsafe { ffi::cstr(oid as *const c_char) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.add_key_purpose(oid, critical != 0)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_key_purpose_oid(crq: gnutls_x509_crq_t, indx: c_uint, oid: *mut c_void, sizeof_oid: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(size)) = (unsafe { crq_of(crq) }, unsafe { sizeof_oid.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let (purpose, crit) = match c.key_purpose(indx as usize) { Ok(v) => v, Err(e) => return e };
        // SAFETY: NULL or writable.
        unsafe { set_flag(critical, crit) };
        // libtasn1's way, with the NUL counted both when short and on success.
        let need = purpose.len() + 1;
        if oid.is_null() || *size < need {
            *size = need;
            return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        // SAFETY: caller buffer of at least `need` bytes.
        unsafe {
            core::ptr::copy_nonoverlapping(purpose.as_ptr(), oid as *mut u8, purpose.len());
            *(oid as *mut u8).add(purpose.len()) = 0;
        }
        *size = need;
        0
    }
}

// rgnutls: partial: the GNUTLS_SAN_OTHERNAME_* types other than XMPP are refused
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_subject_alt_name(crq: gnutls_x509_crq_t, nt: gnutls_x509_subject_alt_name_t, data: *const c_void, data_size: c_uint, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(value) = (unsafe { ffi::bytes(data, data_size as usize) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.add_subject_alt_name(nt as u32, value, flags)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_subject_alt_othername(crq: gnutls_x509_crq_t, oid: *const c_char, data: *const c_void, data_size: c_uint, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(oid), Some(value)) = (unsafe { ffi::cstr(oid) }, unsafe { ffi::bytes(data, data_size as usize) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.add_subject_alt_othername(oid, value, flags)) }
    }
}

/// A SAN value into a caller buffer: text needs room for its NUL (and
/// the size needed counts it); binary values do not.
unsafe fn san_out(buf: *mut c_void, size: *mut size_t, data: &[u8], text: bool) -> c_int {
    if text {
        // SAFETY: per the caller's contract.
        unsafe { str_out(buf, size, data) }
    } else {
        // SAFETY: per the caller's contract.
        unsafe { ffi::copy_out(buf, size, data, false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_subject_alt_name(crq: gnutls_x509_crq_t, seq: c_uint, ret: *mut c_void, ret_size: *mut size_t, ret_type: *mut c_uint, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let (names, crit) = match c.alt_names() { Ok(v) => v, Err(e) => return e };
        // SAFETY: NULL or writable.
        unsafe { set_flag(critical, crit) };
        let Some(name) = names.get(seq as usize) else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
        // SAFETY: NULL or writable.
        if let Some(t) = unsafe { ret_type.as_mut() } {
            *t = name.kind;
        }
        // SAFETY: caller buffer of *ret_size bytes.
        let r = unsafe { san_out(ret, ret_size, &name.value, name.text) };
        if r < 0 { r } else { name.kind as c_int }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_subject_alt_othername_oid(crq: gnutls_x509_crq_t, seq: c_uint, ret: *mut c_void, ret_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.alt_othername_oid(seq as usize) {
            Ok((kind, oid)) => {
                // SAFETY: caller buffer of *ret_size bytes.
                let r = unsafe { str_out(ret, ret_size, oid.as_bytes()) };
                if r < 0 { r } else { kind as c_int }
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_private_key_usage_period(crq: gnutls_x509_crq_t, activation: time_t, expiration: time_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_crq(crq, |c| c.set_private_key_usage_period(activation, expiration)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_private_key_usage_period(cert: gnutls_x509_crq_t, activation: *mut time_t, expiration: *mut time_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.private_key_usage_period() {
            Ok((a, e, crit)) => {
                // SAFETY: each pointer is NULL or writable.
                unsafe {
                    if let Some(p) = activation.as_mut() { *p = a as time_t; }
                    if let Some(p) = expiration.as_mut() { *p = e as time_t; }
                    set_flag(critical, crit);
                }
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_tlsfeatures(crq: gnutls_x509_crq_t, features: gnutls_x509_tlsfeatures_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(f) = (unsafe { ffi::handle(features) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let list = f.lock().unwrap_or_else(|e| e.into_inner()).clone();
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.set_tls_features(&list)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_tlsfeatures(crq: gnutls_x509_crq_t, features: gnutls_x509_tlsfeatures_t, flags: c_uint, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(f)) = (unsafe { crq_of(crq) }, unsafe { ffi::handle(features) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let (list, crit) = match c.tls_features() { Ok(v) => v, Err(e) => return e };
        // SAFETY: NULL or writable.
        unsafe { set_flag(critical, crit) };
        super::tlsfeatures::merge(f, &list, flags);
        0
    }
}

// rgnutls: partial: RSA-PSS parameters of a request's key are not read
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_get_spki(crq: gnutls_x509_crq_t, spki: gnutls_x509_spki_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(s)) = (unsafe { crq_of(crq) }, unsafe { ffi::handle(spki) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        s.lock().unwrap_or_else(|e| e.into_inner()).pk = c.pk_algorithm().map_or_else(|e| e, |p| p.0);
        // Only RSA-PSS keys carry parameters.
        errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE
    }
}

// rgnutls: partial: only parameters matching the key's own algorithm are accepted (no switch to RSA-PSS)
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_spki(crq: gnutls_x509_crq_t, spki: gnutls_x509_spki_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(s)) = (unsafe { crq_of(crq) }, unsafe { ffi::handle(spki) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let want = s.lock().unwrap_or_else(|e| e.into_inner()).pk;
        match c.pk_algorithm() {
            Ok((have, _)) if have == want => 0,
            Ok(_) => errors::GNUTLS_E_INVALID_REQUEST,
            Err(e) => e,
        }
    }
}

/// gnutls_x509_crt_set_crq: the certificate's subject and key from a
/// request whose signature verifies.
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_crq(crt: gnutls_x509_crt_t, crq: gnutls_x509_crq_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if crt.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        if let Err(e) = c.verify() {
            return e;
        }
        let (Ok(subject), Ok(spki), Ok(version)) = (c.subject_der_or_empty(), c.spki_der(), c.version()) else {
            return errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND;
        };
        // SAFETY: per the API contract.
        unsafe {
            super::crtgen::with_draft(crt, |d| {
                // The request's version too, as GnuTLS does (callers set 3 afterwards).
                d.set_version(version as u32)?;
                d.set_subject_der(&subject)?;
                d.set_spki(&spki)
            })
        }
    }
}

unsafe fn copy_extensions(crt: gnutls_x509_crt_t, crq: gnutls_x509_crq_t, only: Option<&str>) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(c) = (unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let exts = match c.extensions() { Ok(e) => e, Err(e) => return e };
    // SAFETY: per the caller's contract.
    unsafe {
        super::crtgen::with_draft(crt, |d| {
            for e in exts.iter().filter(|e| only.is_none_or(|o| e.extn_id.to_string() == o)) {
                d.set_extension(&e.extn_id.to_string(), e.critical, e.extn_value.as_bytes().to_vec())?;
            }
            Ok(())
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_crq_extensions(crt: gnutls_x509_crt_t, crq: gnutls_x509_crq_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { copy_extensions(crt, crq, None) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_crq_extension_by_oid(crt: gnutls_x509_crt_t, crq: gnutls_x509_crq_t, oid: *const c_char, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: NULL or a C string.
        let Some(oid) = (unsafe { ffi::cstr(oid) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { copy_extensions(crt, crq, Some(oid)) }
    }
}
