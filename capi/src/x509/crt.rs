//! gnutls_x509_crt_*: one certificate, imported from PEM or DER, and the
//! getters clients use around verification (names, times, keys, SANs,
//! hostname checks). The logic is in rgnutls::x509::crt.
use super::common::{self, crt};
use crate::ctypes::*;
use crate::ffi;
use crate::gnutls::handles::Slot;
use crate::types::*;
use crate::entry;
use rgnutls::errors;
use rgnutls::x509::crt::Crt;
use rgnutls::x509::dn::DnOrder;

/// Copies a text result out GnuTLS style: too small gives the needed size
/// with the NUL counted; success gives the length without it.
pub(crate) unsafe fn text_out(buf: *mut c_void, size: *mut size_t, text: &[u8]) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(sz) = (unsafe { size.as_mut() }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    if buf.is_null() || *sz < text.len() {
        *sz = text.len() + 1;
        return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    // SAFETY: `buf` holds at least `*sz` >= len bytes.
    unsafe {
        core::ptr::copy_nonoverlapping(text.as_ptr(), buf as *mut u8, text.len());
        // GnuTLS writes the NUL when there is room for it.
        if *sz > text.len() {
            *(buf as *mut u8).add(text.len()) = 0;
        }
    }
    *sz = text.len();
    0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_init(cert: *mut gnutls_x509_crt_t) -> c_int {
    entry! {
        if cert.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL; the caller passes a writable pointer.
        unsafe { *cert = ffi::new_handle::<gnutls_x509_crt_int>(crate::gnutls::handles::CrtHandle::default()) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_deinit(cert: gnutls_x509_crt_t) {
    // SAFETY: made by gnutls_x509_crt_init; the caller stops using it.
    entry! { unsafe { ffi::free_handle(cert) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_import(cert: gnutls_x509_crt_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: live handle and datum per the API contract.
        let (Some(h), Some(bytes)) = (unsafe { ffi::handle(cert) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        let c = match Crt::import(bytes, fmt) { Ok(c) => c, Err(e) => return e };
        // GnuTLS refuses a certificate whose version does not allow its
        // extensions or unique identifiers, unless told to ignore that.
        let flags = h.flags.load(std::sync::atomic::Ordering::Relaxed);
        if flags & rgnutls::x509::crt_fields::FLAG_IGNORE_SANITY == 0 {
            if let Err(e) = c.sanity_check() {
                return e;
            }
        }
        h.set(c);
        0
    }
}

/// Makes handles for decoded certificates; on failure frees what it made.
fn new_handles(list: Vec<Crt>) -> Vec<gnutls_x509_crt_t> {
    list.into_iter()
        .map(|c| {
            let slot = Slot::default();
            slot.set(c);
            ffi::new_handle::<gnutls_x509_crt_int>(slot)
        })
        .collect()
}

const GNUTLS_X509_CRT_LIST_IMPORT_FAIL_IF_EXCEED: c_uint = 1;

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_list_import(certs: *mut gnutls_x509_crt_t, cert_max: *mut c_uint, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(max), Some(bytes)) = (unsafe { cert_max.as_mut() }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        let mut list = match Crt::import_list(bytes, fmt) { Ok(l) => l, Err(e) => return e };
        let count = list.len();
        if count > *max as usize {
            if flags & GNUTLS_X509_CRT_LIST_IMPORT_FAIL_IF_EXCEED != 0 || certs.is_null() {
                *max = count as c_uint;
                return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
            }
            list.truncate(*max as usize);
        }
        if certs.is_null() && !list.is_empty() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let handles = new_handles(list);
        // SAFETY: `certs` holds `*max` slots and we fill at most that many.
        unsafe { core::ptr::copy_nonoverlapping(handles.as_ptr(), certs, handles.len()) };
        *max = handles.len() as c_uint;
        handles.len() as c_int
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_list_import2(certs: *mut *mut gnutls_x509_crt_t, size: *mut c_uint, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(out), Some(n), Some(bytes)) = (unsafe { certs.as_mut() }, unsafe { size.as_mut() }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        let list = match Crt::import_list(bytes, fmt) { Ok(l) => l, Err(e) => return e };
        // SAFETY: writable per the API contract.
        unsafe { hand_out_list(list, out, n) }
    }
}

/// Hands certificates to the application as a gnutls_malloc'd array of
/// fresh handles (`*out`, `*n`); the application frees both.
///
/// # Safety
/// `out` and `n` are writable.
pub unsafe fn hand_out_list(list: Vec<Crt>, out: &mut *mut gnutls_x509_crt_t, n: &mut c_uint) -> c_int {
    let handles = new_handles(list);
    let bytes_len = core::mem::size_of::<gnutls_x509_crt_t>() * handles.len();
    // SAFETY: a fresh malloc block the application frees with gnutls_free.
    let array = unsafe { libc::malloc(bytes_len.max(1)) } as *mut gnutls_x509_crt_t;
    if array.is_null() {
        for h in handles {
            // SAFETY: just made, never handed out.
            unsafe { ffi::free_handle(h) };
        }
        return errors::GNUTLS_E_MEMORY_ERROR;
    }
    // SAFETY: the block holds handles.len() pointers.
    unsafe { core::ptr::copy_nonoverlapping(handles.as_ptr(), array, handles.len()) };
    *out = array;
    *n = handles.len() as c_uint;
    0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_export(cert: gnutls_x509_crt_t, format: gnutls_x509_crt_fmt_t, output_data: *mut c_void, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: caller buffer of *output_data_size bytes.
        unsafe { ffi::copy_out(output_data, output_data_size, &c.export(fmt), false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_export2(cert: gnutls_x509_crt_t, format: gnutls_x509_crt_fmt_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: `out` is a writable datum.
        unsafe { ffi::set_datum(out, &c.export(fmt)) }
    }
}

/// DN getters: which name, in which order.
unsafe fn dn_text(cert: gnutls_x509_crt_t, issuer: bool, order: DnOrder) -> Result<String, c_int> {
    // A certificate being made shows the names set on it so far, as GnuTLS's does.
    // SAFETY: per the caller's contract.
    if let Some(name) = unsafe { super::crtgen::draft_name(cert, issuer) } {
        let name = name?;
        // A name not set yet (an empty SEQUENCE) is not there to give.
        if name == [0x30, 0x00] {
            return Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
        }
        return rgnutls::x509::dn::format(&name, order);
    }
    // SAFETY: per the caller's contract.
    let c = unsafe { crt(cert) }.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    if issuer { c.issuer_dn(order) } else { c.subject_dn(order) }
}

unsafe fn dn_buf(cert: gnutls_x509_crt_t, issuer: bool, buf: *mut c_char, size: *mut size_t) -> c_int {
    // SAFETY: per the caller's contract.
    match unsafe { dn_text(cert, issuer, DnOrder::Encoded) } {
        // SAFETY: caller buffer of *size bytes.
        Ok(t) => unsafe { text_out(buf as *mut c_void, size, t.as_bytes()) },
        Err(e) => e,
    }
}

unsafe fn dn_datum(cert: gnutls_x509_crt_t, issuer: bool, out: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    let order = if flags & GNUTLS_X509_DN_FLAG_COMPAT as c_uint != 0 { DnOrder::Encoded } else { DnOrder::Rfc4514 };
    // SAFETY: per the caller's contract.
    match unsafe { dn_text(cert, issuer, order) } {
        // SAFETY: `out` is a writable datum.
        Ok(t) => unsafe { ffi::set_datum(out, t.as_bytes()) },
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_dn(cert: gnutls_x509_crt_t, buf: *mut c_char, buf_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_buf(cert, false, buf, buf_size) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer_dn(cert: gnutls_x509_crt_t, buf: *mut c_char, buf_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_buf(cert, true, buf, buf_size) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_dn2(cert: gnutls_x509_crt_t, dn: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract. get_dn2 keeps the encoded order.
    entry! { unsafe { dn_datum(cert, false, dn, GNUTLS_X509_DN_FLAG_COMPAT as c_uint) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer_dn2(cert: gnutls_x509_crt_t, dn: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_datum(cert, true, dn, GNUTLS_X509_DN_FLAG_COMPAT as c_uint) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_dn3(cert: gnutls_x509_crt_t, dn: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_datum(cert, false, dn, flags) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer_dn3(cert: gnutls_x509_crt_t, dn: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_datum(cert, true, dn, flags) } }
}

unsafe fn dn_by_oid(cert: gnutls_x509_crt_t, issuer: bool, oid: *const c_char, indx: c_uint, raw_flag: c_uint, buf: *mut c_void, buf_size: *mut size_t) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(c), Some(oid)) = (unsafe { crt(cert) }, unsafe { ffi::cstr(oid) }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    let raw = raw_flag != 0;
    let value = if issuer {
        c.issuer_value_by_oid(oid, indx as usize, raw)
    } else {
        c.subject_value_by_oid(oid, indx as usize, raw)
    };
    match value {
        // SAFETY: caller buffer of *buf_size bytes.
        Ok(v) if raw => unsafe { ffi::copy_out(buf, buf_size, &v, false) },
        // SAFETY: as above.
        Ok(v) => unsafe { text_out(buf, buf_size, &v) },
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_dn_by_oid(cert: gnutls_x509_crt_t, oid: *const c_char, indx: c_uint, raw_flag: c_uint, buf: *mut c_void, buf_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_by_oid(cert, false, oid, indx, raw_flag, buf, buf_size) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer_dn_by_oid(cert: gnutls_x509_crt_t, oid: *const c_char, indx: c_uint, raw_flag: c_uint, buf: *mut c_void, buf_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_by_oid(cert, true, oid, indx, raw_flag, buf, buf_size) } }
}

unsafe fn dn_oid(cert: gnutls_x509_crt_t, issuer: bool, indx: c_uint, oid: *mut c_void, oid_size: *mut size_t) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let found = if issuer { c.issuer_oid(indx as usize) } else { c.subject_oid(indx as usize) };
    match found {
        // SAFETY: caller buffer of *oid_size bytes; the NUL must fit too.
        Ok(o) => unsafe { super::crq::str_out(oid, oid_size, o.as_bytes()) },
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_dn_oid(cert: gnutls_x509_crt_t, indx: c_uint, oid: *mut c_void, oid_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_oid(cert, false, indx, oid, oid_size) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer_dn_oid(cert: gnutls_x509_crt_t, indx: c_uint, oid: *mut c_void, oid_size: *mut size_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_oid(cert, true, indx, oid, oid_size) } }
}

unsafe fn raw_name(cert: gnutls_x509_crt_t, issuer: bool, out: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let der = if issuer { c.raw_issuer() } else { c.raw_subject() };
    // SAFETY: `out` is a writable datum.
    unsafe { ffi::set_datum(out, der) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_raw_dn(cert: gnutls_x509_crt_t, start: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { raw_name(cert, false, start) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_raw_issuer_dn(cert: gnutls_x509_crt_t, start: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { raw_name(cert, true, start) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_activation_time(cert: gnutls_x509_crt_t) -> time_t {
    // SAFETY: per the API contract.
    entry! { unsafe { crt(cert) }.map_or(-1, |c| c.activation_time() as time_t) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_expiration_time(cert: gnutls_x509_crt_t) -> time_t {
    // SAFETY: per the API contract.
    entry! { unsafe { crt(cert) }.map_or(-1, |c| c.expiration_time() as time_t) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_serial(cert: gnutls_x509_crt_t, result: *mut c_void, result_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: caller buffer of *result_size bytes.
        unsafe { ffi::copy_out(result, result_size, c.serial(), false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_pk_algorithm(cert: gnutls_x509_crt_t, bits: *mut c_uint) -> c_int {
    entry! {
        // The draft's key while one is being made: certtool chooses the key
        // usage of a certificate for a request from it before signing.
        // SAFETY: per the API contract.
        let Some(spki) = (unsafe { super::crtgen::subject_spki(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let (id, size) = rgnutls::x509::crt::spki_algorithm(&spki).unwrap_or((rgnutls::algorithms::pk::UNKNOWN, 0));
        // SAFETY: `bits` is NULL or writable.
        if let Some(b) = unsafe { bits.as_mut() } {
            *b = size;
        }
        id
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_version(cert: gnutls_x509_crt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { crt(cert) }.map_or(errors::GNUTLS_E_INVALID_REQUEST, |c| c.version()) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_signature_algorithm(cert: gnutls_x509_crt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { crt(cert) }.map_or(errors::GNUTLS_E_INVALID_REQUEST, |c| c.signature_algorithm()) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_check_issuer(cert: gnutls_x509_crt_t, issuer: gnutls_x509_crt_t) -> c_uint {
    entry! {
        // SAFETY: per the API contract.
        match (unsafe { crt(cert) }, unsafe { crt(issuer) }) {
            (Some(c), Some(i)) => c_uint::from(c.issued_by(&i)),
            _ => 0,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_equals(cert1: gnutls_x509_crt_t, cert2: gnutls_x509_crt_t) -> c_uint {
    entry! {
        // SAFETY: per the API contract.
        match (unsafe { crt(cert1) }, unsafe { crt(cert2) }) {
            (Some(a), Some(b)) => c_uint::from(a.der() == b.der()),
            _ => 0,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_equals2(cert1: gnutls_x509_crt_t, der: *const gnutls_datum_t) -> c_uint {
    entry! {
        // SAFETY: per the API contract.
        match (unsafe { crt(cert1) }, unsafe { ffi::datum(der) }) {
            (Some(a), Some(b)) => c_uint::from(a.der() == b),
            _ => 0,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_fingerprint(cert: gnutls_x509_crt_t, algo: gnutls_digest_algorithm_t, buf: *mut c_void, buf_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.fingerprint(algo) {
            // SAFETY: caller buffer of *buf_size bytes.
            Ok(d) => unsafe { ffi::copy_out(buf, buf_size, &d, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_key_id(crt_: gnutls_x509_crt_t, flags: c_uint, output_data: *mut c_uchar, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        // The draft's key while one is being made: certtool derives the
        // subject key identifier from it before signing.
        let Some(spki) = (unsafe { super::crtgen::subject_spki(crt_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match rgnutls::x509::crt::key_id(&spki, flags) {
            // SAFETY: caller buffer of *output_data_size bytes.
            Ok(d) => unsafe { ffi::copy_out(output_data as *mut c_void, output_data_size, &d, false) },
            Err(e) => e,
        }
    }
}

unsafe fn id_ext(cert: gnutls_x509_crt_t, authority: bool, out: *mut c_void, size: *mut size_t, critical: *mut c_uint) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let value = if authority { c.authority_key_id() } else { c.subject_key_id() };
    match value {
        Ok((id, crit)) => {
            // SAFETY: NULL or writable.
            if let Some(cr) = unsafe { critical.as_mut() } {
                *cr = c_uint::from(crit);
            }
            // SAFETY: caller buffer of *size bytes.
            unsafe { ffi::copy_out(out, size, &id, false) }
        }
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_subject_key_id(cert: gnutls_x509_crt_t, ret: *mut c_void, ret_size: *mut size_t, critical: *mut c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { id_ext(cert, false, ret, ret_size, critical) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_authority_key_id(cert: gnutls_x509_crt_t, id: *mut c_void, id_size: *mut size_t, critical: *mut c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { id_ext(cert, true, id, id_size, critical) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_extension_oid(cert: gnutls_x509_crt_t, indx: c_uint, oid: *mut c_void, oid_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.extension_oids().get(indx as usize) {
            // SAFETY: caller buffer of *oid_size bytes.
            Some(o) => unsafe { text_out(oid, oid_size, o.as_bytes()) },
            None => errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        }
    }
}

unsafe fn alt_name(cert: gnutls_x509_crt_t, seq: c_uint, san: *mut c_void, san_size: *mut size_t, san_type: *mut c_uint, critical: *mut c_uint) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let (names, crit) = match c.alt_names() { Ok(v) => v, Err(e) => return e };
    let Some(name) = names.get(seq as usize) else {
        return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE;
    };
    // SAFETY: NULL or writable.
    if let Some(t) = unsafe { san_type.as_mut() } {
        *t = name.kind;
    }
    // GnuTLS 3.7.9 reports only a critical extension here (it leaves the
    // value alone otherwise).
    // SAFETY: as above.
    if let (Some(cr), true) = (unsafe { critical.as_mut() }, crit) {
        *cr = 1;
    }
    // SAFETY: caller buffer of *san_size bytes.
    let ret = if name.text {
        unsafe { text_out(san, san_size, &name.value) }
    } else {
        unsafe { ffi::copy_out(san, san_size, &name.value, false) }
    };
    if ret < 0 { ret } else { name.kind as c_int }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_subject_alt_name(cert: gnutls_x509_crt_t, seq: c_uint, san: *mut c_void, san_size: *mut size_t, critical: *mut c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { alt_name(cert, seq, san, san_size, core::ptr::null_mut(), critical) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_subject_alt_name2(cert: gnutls_x509_crt_t, seq: c_uint, san: *mut c_void, san_size: *mut size_t, san_type: *mut c_uint, critical: *mut c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { alt_name(cert, seq, san, san_size, san_type, critical) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_key_usage(cert: gnutls_x509_crt_t, key_usage: *mut c_uint, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(ku)) = (unsafe { crt(cert) }, unsafe { key_usage.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        match c.key_usage() {
            Ok((bits, crit)) => {
                *ku = bits;
                // SAFETY: NULL or writable.
                if let Some(cr) = unsafe { critical.as_mut() } {
                    *cr = c_uint::from(crit);
                }
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_basic_constraints(cert: gnutls_x509_crt_t, critical: *mut c_uint, ca: *mut c_uint, pathlen: *mut c_int) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.basic_constraints() {
            Ok(bc) => {
                // SAFETY: each pointer is NULL or writable.
                unsafe {
                    if let Some(v) = critical.as_mut() { *v = c_uint::from(bc.critical); }
                    if let Some(v) = ca.as_mut() { *v = c_uint::from(bc.ca); }
                    if let Some(v) = pathlen.as_mut() { *v = bc.path_len; }
                }
                c_int::from(bc.ca)
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_ca_status(cert: gnutls_x509_crt_t, critical: *mut c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_crt_get_basic_constraints(cert, critical, core::ptr::null_mut(), core::ptr::null_mut()) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_check_hostname(cert: gnutls_x509_crt_t, hostname: *const c_char) -> c_uint {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_crt_check_hostname2(cert, hostname, 0) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_check_hostname2(cert: gnutls_x509_crt_t, hostname: *const c_char, flags: c_uint) -> c_uint {
    entry! {
        // SAFETY: per the API contract.
        match (unsafe { crt(cert) }, unsafe { ffi::cstr(hostname) }) {
            (Some(c), Some(h)) => c_uint::from(c.check_hostname(h, flags)),
            _ => 0,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_check_email(cert: gnutls_x509_crt_t, email: *const c_char, flags: c_uint) -> c_uint {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        match (unsafe { crt(cert) }, unsafe { ffi::cstr(email) }) {
            (Some(c), Some(e)) => c_uint::from(c.check_email(e)),
            _ => 0,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_verify(cert: gnutls_x509_crt_t, ca_list: *const gnutls_x509_crt_t, ca_list_length: c_uint, flags: c_uint, verify: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(cas), Some(out)) = (unsafe { crt(cert) }, unsafe { common::crt_list(ca_list, ca_list_length as usize) }, unsafe { verify.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let mut trust = rgnutls::x509::trust::TrustList::new();
        let ders: Vec<Vec<u8>> = cas.iter().map(|a| a.der().to_vec()).collect();
        if let Err(e) = trust.add_der_certificates(&ders) {
            return e;
        }
        match rgnutls::x509::verify::verify_now(&[c.der()], &trust, None, None, flags) {
            Ok(status) => { *out = status; 0 }
            Err(e) => e,
        }
    }
}


// rgnutls: partial: ONELINE and COMPACT are byte-exact; FULL gives key parameters and the common extensions in GnuTLS's layout, other extensions as a generic dump
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_print(cert: gnutls_x509_crt_t, format: gnutls_certificate_print_formats_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let Some(f) = rgnutls::x509::print::PrintFormat::from_raw(format) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let text = rgnutls::x509::print::print(&c, f);
        // SAFETY: `out` is NULL or a writable datum.
        unsafe { ffi::set_datum(out, text.as_bytes()) }
    }
}
