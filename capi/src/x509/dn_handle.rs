//! gnutls_x509_dn_t: a Distinguished Name handle, made with
//! gnutls_x509_dn_init or lent by gnutls_x509_crt_get_subject/_get_issuer
//! (those belong to the certificate and must not be freed), and its
//! getters. The logic is in rgnutls::x509::name.
use super::common::crt;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::Slot;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::dn::DnOrder;
use rgnutls::x509::name::{self, DnValue};
use rgnutls::x509::X509Format;
use std::ffi::CString;
use std::sync::{Arc, OnceLock};

/// `gnutls_x509_dn_t`: one decoded Name (the empty Name after init).
impl ffi::Handle for gnutls_x509_dn_st {
    type Rust = Slot<DnValue>;
}

/// A certificate handle's lent-out names (see `CrtHandle::names`).
#[derive(Default)]
pub struct CrtNames {
    subject: Slot<DnValue>,
    issuer: Slot<DnValue>,
}

/// The Name behind a handle; NULL gives `None`.
///
/// # Safety
/// `dn` is NULL or a live gnutls_x509_dn_t.
unsafe fn dn_value(dn: gnutls_x509_dn_t) -> Option<Arc<DnValue>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(dn) }?.get()
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_init(dn: *mut gnutls_x509_dn_t) -> c_int {
    entry! {
        if dn.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let slot = Slot::default();
        slot.set(DnValue::empty());
        // SAFETY: checked non-NULL; the caller passes a writable pointer.
        unsafe { *dn = ffi::new_handle::<gnutls_x509_dn_st>(slot) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_deinit(dn: gnutls_x509_dn_t) {
    // SAFETY: made by gnutls_x509_dn_init; the caller stops using it.
    entry! { unsafe { ffi::free_handle(dn) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_import(dn: gnutls_x509_dn_t, data: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: live handle and datum per the API contract.
        let (Some(h), Some(der)) = (unsafe { ffi::handle(dn) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        match DnValue::from_der(der) {
            Ok(v) => { h.set(v); 0 }
            Err(e) => e,
        }
    }
}

unsafe fn dn_str(dn: gnutls_x509_dn_t, out: *mut gnutls_datum_t, order: DnOrder) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(v) = (unsafe { dn_value(dn) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    match v.text(order) {
        // SAFETY: `out` is NULL or a writable datum.
        Ok(t) => unsafe { ffi::set_datum(out, t.as_bytes()) },
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_get_str(dn: gnutls_x509_dn_t, str: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract. get_str keeps the encoded order.
    entry! { unsafe { dn_str(dn, str, DnOrder::Encoded) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_get_str2(dn: gnutls_x509_dn_t, str: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    let order = if flags & GNUTLS_X509_DN_FLAG_COMPAT as c_uint != 0 { DnOrder::Encoded } else { DnOrder::Rfc4514 };
    // SAFETY: per the API contract.
    entry! { unsafe { dn_str(dn, str, order) } }
}

/// Copies PEM text out with its NUL: a buffer too small (the NUL counted)
/// gets GNUTLS_E_SHORT_MEMORY_BUFFER and the size needed, NUL included;
/// success reports the length without it.
///
/// # Safety
/// `size` is NULL or valid; `out` is NULL or valid for `*size` bytes.
pub(crate) unsafe fn pem_out(out: *mut c_void, size: *mut size_t, text: &[u8]) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(sz) = (unsafe { size.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    if out.is_null() || *sz <= text.len() {
        *sz = text.len() + 1;
        return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    // SAFETY: `out` holds more than text.len() bytes.
    unsafe { ffi::copy_out(out, size, text, true) }
}

/// GnuTLS exports a Name as PEM only when asked for PEM; any other value
/// means DER.
fn export_format(format: gnutls_x509_crt_fmt_t) -> X509Format {
    if format == GNUTLS_X509_FMT_PEM as gnutls_x509_crt_fmt_t { X509Format::Pem } else { X509Format::Der }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_export(dn: gnutls_x509_dn_t, format: gnutls_x509_crt_fmt_t, output_data: *mut c_void, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(v) = (unsafe { dn_value(dn) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = export_format(format);
        let data = v.export(fmt);
        match fmt {
            // SAFETY: caller buffer of *output_data_size bytes.
            X509Format::Der => unsafe { ffi::copy_out(output_data, output_data_size, &data, false) },
            // PEM is text: the size needed counts its NUL.
            // SAFETY: as above.
            X509Format::Pem => unsafe { pem_out(output_data, output_data_size, &data) },
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_export2(dn: gnutls_x509_dn_t, format: gnutls_x509_crt_fmt_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(v) = (unsafe { dn_value(dn) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: `out` is NULL or a writable datum.
        unsafe { ffi::set_datum(out, &v.export(export_format(format))) }
    }
}

// rgnutls: partial: on a parse error *err is not pointed at the offending text
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_set_str(dn: gnutls_x509_dn_t, str: *const c_char, err: *mut *const c_char) -> c_int {
    let _ = err;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(text)) = (unsafe { ffi::handle(dn) }, unsafe { ffi::cstr(str) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let attrs = match name::parse_dn_string(text) { Ok(a) => a, Err(e) => return e };
        // Each attribute encoded as gnutls_x509_crt_set_dn_by_oid does.
        let mut draft = rgnutls::x509::certgen::CertDraft::default();
        for a in &attrs {
            if let Err(e) = draft.add_subject_attribute(&a.oid, a.raw, &a.value) {
                return e;
            }
        }
        let der = match draft.subject_der() { Ok(d) => d, Err(e) => return e };
        match DnValue::from_der(&der) {
            Ok(v) => { h.set(v); 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_get_rdn_ava(dn: gnutls_x509_dn_t, irdn: c_int, iava: c_int, ava: *mut gnutls_x509_ava_st) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(v), Some(out)) = (unsafe { dn_value(dn) }, unsafe { ava.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let (Ok(irdn), Ok(iava)) = (usize::try_from(irdn), usize::try_from(iava)) else {
            return errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND;
        };
        let a = match v.ava(irdn, iava) { Ok(a) => a, Err(e) => return e };
        // The pointers lend the handle's own bytes: they stay valid while
        // the handle holds this Name (until it is freed or re-imported),
        // as in GnuTLS.
        out.oid = gnutls_datum_t { data: a.oid.as_ptr() as *mut c_uchar, size: a.oid.len() as c_uint };
        out.value = gnutls_datum_t { data: a.value.as_ptr() as *mut c_uchar, size: a.value.len() as c_uint };
        out.value_tag = c_ulong::from(a.tag);
        0
    }
}

const GNUTLS_X509_DN_OID_RETURN_OID: c_uint = 1;

/// The short names as C strings, made once: gnutls_x509_dn_oid_name returns
/// pointers the application never frees.
fn c_name(name: &'static str) -> *const c_char {
    static NAMES: OnceLock<Vec<(&'static str, CString)>> = OnceLock::new();
    NAMES
        .get_or_init(|| name::known_names().filter_map(|n| CString::new(n).ok().map(|c| (n, c))).collect())
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(core::ptr::null(), |(_, c)| c.as_ptr())
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_oid_name(oid: *const c_char, flags: c_uint) -> *const c_char {
    entry! {
        // SAFETY: NULL or a C string per the API contract.
        let Some(text) = (unsafe { ffi::cstr(oid) }) else { return core::ptr::null() };
        match name::oid_name(text) {
            Some(n) => c_name(n),
            None if flags & GNUTLS_X509_DN_OID_RETURN_OID != 0 => oid,
            None => core::ptr::null(),
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_dn_oid_known(oid: *const c_char) -> c_int {
    entry! {
        // SAFETY: NULL or a C string per the API contract.
        let Some(text) = (unsafe { ffi::cstr(oid) }) else { return 0 };
        c_int::from(name::oid_known(text))
    }
}

/// Lends the certificate's subject or issuer as a dn handle owned by the
/// certificate handle.
unsafe fn crt_name(cert: gnutls_x509_crt_t, issuer: bool, dn: *mut gnutls_x509_dn_t) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(h), Some(out)) = (unsafe { ffi::handle(cert) }, unsafe { dn.as_mut() }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    let slot = if issuer { &h.names.issuer } else { &h.names.subject };
    // SAFETY: as above.
    match unsafe { crt(cert) } {
        Some(c) => {
            let der = if issuer { c.raw_issuer() } else { c.raw_subject() };
            // Refresh only when the certificate changed, so that AVAs lent
            // from an earlier call stay valid.
            if slot.get().is_none_or(|v| v.der() != der) {
                match DnValue::from_der(der) {
                    Ok(v) => slot.set(v),
                    Err(e) => return e,
                }
            }
        }
        // Nothing imported yet: GnuTLS lends an empty name.
        None => {
            if slot.get().is_none() {
                slot.set(DnValue::empty());
            }
        }
    }
    *out = slot as *const Slot<DnValue> as *mut gnutls_x509_dn_st;
    0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_subject(cert: gnutls_x509_crt_t, dn: *mut gnutls_x509_dn_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { crt_name(cert, false, dn) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_issuer(cert: gnutls_x509_crt_t, dn: *mut gnutls_x509_dn_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { crt_name(cert, true, dn) } }
}
