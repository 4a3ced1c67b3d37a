//! gnutls_x509_crl_*: one certificate revocation list, imported from PEM
//! or DER, its getters, verification against CAs, and the revocation check
//! of a certificate. The logic is in rgnutls::x509::crl.
use super::common::{self, crt};
use super::crt::text_out;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::Slot;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crl::Crl;
use rgnutls::x509::dn::DnOrder;
use std::cell::Cell;
use std::sync::Arc;

/// `gnutls_x509_crl_t`: one decoded CRL (empty until imported or signed;
/// read through `Deref` as its `Slot`), plus the draft the
/// gnutls_x509_crl_set_* functions fill until it is signed.
#[derive(Default)]
pub struct CrlHandle {
    pub slot: Slot<Crl>,
    pub draft: std::sync::Mutex<Option<rgnutls::x509::crlgen::CrlDraft>>,
}

impl std::ops::Deref for CrlHandle {
    type Target = Slot<Crl>;
    fn deref(&self) -> &Self::Target {
        &self.slot
    }
}

impl From<Slot<Crl>> for CrlHandle {
    fn from(slot: Slot<Crl>) -> Self {
        Self { slot, draft: Default::default() }
    }
}

impl ffi::Handle for gnutls_x509_crl_int {
    type Rust = CrlHandle;
}

/// `gnutls_x509_crl_iter_t`: the next entry gnutls_x509_crl_iter_crt_serial returns.
impl ffi::Handle for gnutls_x509_crl_iter {
    type Rust = Cell<usize>;
}

/// The CRL behind a handle; NULL or not imported yet gives `None`.
///
/// # Safety
/// `crl` is NULL or a live gnutls_x509_crl_t.
pub unsafe fn crl(crl: gnutls_x509_crl_t) -> Option<Arc<Crl>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(crl) }?.get()
}

/// The CRLs of a C array of handles; a NULL or empty handle fails the list.
///
/// # Safety
/// `list` is NULL (with `n` 0) or points to `n` handles.
pub unsafe fn crl_list(list: *const gnutls_x509_crl_t, n: usize) -> Option<Vec<Arc<Crl>>> {
    if n == 0 {
        return Some(Vec::new());
    }
    if list.is_null() {
        return None;
    }
    // SAFETY: per the caller's contract.
    let handles = unsafe { core::slice::from_raw_parts(list, n) };
    handles.iter().map(|h| unsafe { crl(*h) }).collect()
}

fn new_handle(c: Crl) -> gnutls_x509_crl_t {
    let slot = Slot::default();
    slot.set(c);
    ffi::new_handle::<gnutls_x509_crl_int>(slot)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_init(crl: *mut gnutls_x509_crl_t) -> c_int {
    entry! {
        if crl.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL; the caller passes a writable pointer.
        unsafe { *crl = ffi::new_handle::<gnutls_x509_crl_int>(Slot::default()) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_deinit(crl: gnutls_x509_crl_t) {
    // SAFETY: made by gnutls_x509_crl_init; the caller stops using it.
    entry! { unsafe { ffi::free_handle(crl) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_import(crl: gnutls_x509_crl_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: live handle and datum per the API contract.
        let (Some(h), Some(bytes)) = (unsafe { ffi::handle(crl) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        match Crl::import(bytes, fmt) {
            Ok(c) => { h.set(c); 0 }
            Err(e) => e,
        }
    }
}

const GNUTLS_X509_CRT_LIST_IMPORT_FAIL_IF_EXCEED: c_uint = 1;

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_list_import(crls: *mut gnutls_x509_crl_t, crl_max: *mut c_uint, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(max), Some(bytes)) = (unsafe { crl_max.as_mut() }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        let mut list = match Crl::import_list(bytes, fmt) { Ok(l) => l, Err(e) => return e };
        let count = list.len();
        if count > *max as usize {
            if flags & GNUTLS_X509_CRT_LIST_IMPORT_FAIL_IF_EXCEED != 0 || crls.is_null() {
                *max = count as c_uint;
                return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
            }
            list.truncate(*max as usize);
        }
        if crls.is_null() && !list.is_empty() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let handles: Vec<gnutls_x509_crl_t> = list.into_iter().map(new_handle).collect();
        // SAFETY: `crls` holds `*max` slots and we fill at most that many.
        unsafe { core::ptr::copy_nonoverlapping(handles.as_ptr(), crls, handles.len()) };
        *max = handles.len() as c_uint;
        handles.len() as c_int
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_list_import2(crls: *mut *mut gnutls_x509_crl_t, size: *mut c_uint, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(out), Some(n), Some(bytes)) = (unsafe { crls.as_mut() }, unsafe { size.as_mut() }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        let list = match Crl::import_list(bytes, fmt) { Ok(l) => l, Err(e) => return e };
        let handles: Vec<gnutls_x509_crl_t> = list.into_iter().map(new_handle).collect();
        let bytes_len = core::mem::size_of::<gnutls_x509_crl_t>() * handles.len();
        // SAFETY: a fresh malloc block the application frees with gnutls_free.
        let array = unsafe { libc::malloc(bytes_len.max(1)) } as *mut gnutls_x509_crl_t;
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
}

/// The answer for a handle holding no CRL (not imported nor signed):
/// GnuTLS finds its fields empty.
///
/// # Safety
/// `crl_` is NULL or a live handle.
unsafe fn no_extension(crl_: gnutls_x509_crl_t) -> c_int {
    // SAFETY: per the caller's contract.
    match unsafe { ffi::handle(crl_) } {
        Some(_) => errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        None => errors::GNUTLS_E_INVALID_REQUEST,
    }
}

/// As [`empty_or_invalid`], for extension getters.
///
/// # Safety
/// `crl_` is NULL or a live handle.
unsafe fn empty_or_invalid(crl_: gnutls_x509_crl_t) -> c_int {
    // SAFETY: per the caller's contract.
    match unsafe { ffi::handle(crl_) } {
        Some(_) => errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND,
        None => errors::GNUTLS_E_INVALID_REQUEST,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_export(crl_: gnutls_x509_crl_t, format: gnutls_x509_crt_fmt_t, output_data: *mut c_void, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crl(crl_) }) else { return unsafe { empty_or_invalid(crl_) } };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: caller buffer of *output_data_size bytes.
        unsafe { ffi::copy_out(output_data, output_data_size, &c.export(fmt), false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_export2(crl_: gnutls_x509_crl_t, format: gnutls_x509_crt_fmt_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crl(crl_) }) else { return unsafe { empty_or_invalid(crl_) } };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: `out` is a writable datum.
        unsafe { ffi::set_datum(out, &c.export(fmt)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_issuer_dn(crl_: gnutls_x509_crl_t, buf: *mut c_char, sizeof_buf: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crl(crl_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.issuer_dn(DnOrder::Encoded) {
            // SAFETY: caller buffer of *sizeof_buf bytes.
            Ok(t) => unsafe { text_out(buf as *mut c_void, sizeof_buf, t.as_bytes()) },
            Err(e) => e,
        }
    }
}

unsafe fn dn_datum(crl_: gnutls_x509_crl_t, out: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    let order = if flags & GNUTLS_X509_DN_FLAG_COMPAT as c_uint != 0 { DnOrder::Encoded } else { DnOrder::Rfc4514 };
    // SAFETY: per the caller's contract.
    let Some(c) = (unsafe { crl(crl_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    match c.issuer_dn(order) {
        // SAFETY: `out` is a writable datum.
        Ok(t) => unsafe { ffi::set_datum(out, t.as_bytes()) },
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_issuer_dn2(crl: gnutls_x509_crl_t, dn: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract. get_issuer_dn2 keeps the encoded order.
    entry! { unsafe { dn_datum(crl, dn, GNUTLS_X509_DN_FLAG_COMPAT as c_uint) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_issuer_dn3(crl: gnutls_x509_crl_t, dn: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { dn_datum(crl, dn, flags) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_issuer_dn_by_oid(crl_: gnutls_x509_crl_t, oid: *const c_char, indx: c_uint, raw_flag: c_uint, buf: *mut c_void, sizeof_buf: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(oid)) = (unsafe { crl(crl_) }, unsafe { ffi::cstr(oid) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let raw = raw_flag != 0;
        match c.issuer_value_by_oid(oid, indx as usize, raw) {
            // SAFETY: caller buffer of *sizeof_buf bytes.
            Ok(v) if raw => unsafe { ffi::copy_out(buf, sizeof_buf, &v, false) },
            // SAFETY: as above.
            Ok(v) => unsafe { text_out(buf, sizeof_buf, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_raw_issuer_dn(crl_: gnutls_x509_crl_t, dn: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crl(crl_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: `dn` is a writable datum.
        unsafe { ffi::set_datum(dn, c.raw_issuer()) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_this_update(crl_: gnutls_x509_crl_t) -> time_t {
    // SAFETY: per the API contract.
    entry! {
        // SAFETY: per the API contract.
        match unsafe { crl(crl_) } {
            Some(c) => c.this_update() as time_t,
            // Not signed yet: the time set so far.
            // SAFETY: per the API contract.
            None => unsafe { super::crlgen::draft_value(crl_, |d| d.this_update()) }.flatten().map_or(-1, |t| t as time_t),
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_next_update(crl_: gnutls_x509_crl_t) -> time_t {
    // SAFETY: per the API contract.
    entry! {
        // SAFETY: per the API contract.
        match unsafe { crl(crl_) } {
            Some(c) => c.next_update() as time_t,
            // Not signed yet: the time set so far.
            // SAFETY: per the API contract.
            None => unsafe { super::crlgen::draft_value(crl_, |d| d.next_update()) }.flatten().map_or(-1, |t| t as time_t),
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_version(crl_: gnutls_x509_crl_t) -> c_int {
    // SAFETY: per the API contract.
    entry! {
        // SAFETY: per the API contract.
        if let Some(c) = unsafe { crl(crl_) } {
            return c.version();
        }
        // Not signed yet: the version set so far (GnuTLS finds none otherwise).
        // SAFETY: per the API contract.
        match unsafe { super::crlgen::draft_value(crl_, |d| d.version()) }.flatten() {
            Some(v) => v,
            // SAFETY: per the API contract.
            None => unsafe { empty_or_invalid(crl_) },
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_crt_count(crl_: gnutls_x509_crl_t) -> c_int {
    // SAFETY: per the API contract.
    entry! {
        // SAFETY: per the API contract.
        if let Some(c) = unsafe { crl(crl_) } {
            return c_int::try_from(c.crt_count()).unwrap_or(c_int::MAX);
        }
        // Not signed yet: the certificates added so far.
        // SAFETY: per the API contract.
        if unsafe { ffi::handle(crl_) }.is_none() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: per the API contract.
        let n = unsafe { super::crlgen::draft_value(crl_, |d| d.revoked_count()) };
        n.map_or(0, |n| c_int::try_from(n).unwrap_or(c_int::MAX))
    }
}

/// Writes one revoked entry out: serial into the caller's buffer, time if asked.
unsafe fn serial_out(c: &Crl, index: usize, serial: *mut c_uchar, serial_size: *mut size_t, t: *mut time_t) -> c_int {
    let (bytes, when) = match c.crt_serial(index) { Ok(v) => v, Err(e) => return e };
    // SAFETY: NULL or writable.
    if let Some(t) = unsafe { t.as_mut() } {
        *t = when as time_t;
    }
    // SAFETY: caller buffer of *serial_size bytes.
    unsafe { ffi::copy_out(serial as *mut c_void, serial_size, &bytes, false) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_crt_serial(crl_: gnutls_x509_crl_t, indx: c_uint, serial: *mut c_uchar, serial_size: *mut size_t, t: *mut time_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crl(crl_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        unsafe { serial_out(&c, indx as usize, serial, serial_size, t) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_iter_crt_serial(crl_: gnutls_x509_crl_t, iter: *mut gnutls_x509_crl_iter_t, serial: *mut c_uchar, serial_size: *mut size_t, t: *mut time_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(it)) = (unsafe { crl(crl_) }, unsafe { iter.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        if it.is_null() {
            *it = ffi::new_handle::<gnutls_x509_crl_iter>(Cell::new(0));
        }
        // SAFETY: made just above or by an earlier call.
        let Some(pos) = (unsafe { ffi::handle(*it) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        let r = unsafe { serial_out(&c, pos.get(), serial, serial_size, t) };
        if r == 0 {
            pos.set(pos.get() + 1);
        }
        r
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_iter_deinit(arg0: gnutls_x509_crl_iter_t) {
    // SAFETY: made by iter_crt_serial, or NULL.
    entry! { unsafe { ffi::free_handle(arg0) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_signature_algorithm(crl_: gnutls_x509_crl_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { crl(crl_) }.map_or(errors::GNUTLS_E_INVALID_REQUEST, |c| c.signature_algorithm()) }
}

unsafe fn id_out(value: Result<(Vec<u8>, bool), c_int>, out: *mut c_void, size: *mut size_t, critical: *mut c_uint) -> c_int {
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
pub unsafe extern "C" fn gnutls_x509_crl_get_number(crl_: gnutls_x509_crl_t, ret: *mut c_void, ret_size: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crl(crl_) }) else { return unsafe { no_extension(crl_) } };
        // SAFETY: as above.
        unsafe { id_out(c.number(), ret, ret_size, critical) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_authority_key_id(crl_: gnutls_x509_crl_t, id: *mut c_void, id_size: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crl(crl_) }) else { return unsafe { no_extension(crl_) } };
        // SAFETY: as above.
        unsafe { id_out(c.authority_key_id(), id, id_size, critical) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_check_issuer(crl_: gnutls_x509_crl_t, issuer: gnutls_x509_crt_t) -> c_uint {
    entry! {
        // SAFETY: per the API contract.
        match (unsafe { crl(crl_) }, unsafe { crt(issuer) }) {
            (Some(c), Some(i)) => c_uint::from(c.issued_by(&i)),
            _ => 0,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_verify(crl_: gnutls_x509_crl_t, ca_list: *const gnutls_x509_crt_t, ca_list_length: c_uint, flags: c_uint, verify: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(cas), Some(out)) = (unsafe { common::crt_list(ca_list, ca_list_length as usize) }, unsafe { verify.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crl(crl_) }) else {
            // Nothing signed to check: GnuTLS reports it invalid.
            // SAFETY: per the API contract.
            let rc = unsafe { empty_or_invalid(crl_) };
            if rc == errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND {
                *out = GNUTLS_CERT_INVALID as c_uint;
            }
            return rc;
        };
        let infos: Vec<&rgnutls::x509::cert::CertInfo> = cas.iter().map(|c| c.info()).collect();
        let now = rgnutls::clock::unix_now().as_secs();
        *out = c.verify(&infos, flags, now);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_check_revocation(cert: gnutls_x509_crt_t, crl_list: *const gnutls_x509_crl_t, crl_list_length: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(crls)) = (unsafe { crt(cert) }, unsafe { self::crl_list(crl_list, crl_list_length as usize) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let refs: Vec<&Crl> = crls.iter().map(|c| c.as_ref()).collect();
        c_int::from(rgnutls::x509::crl::is_revoked(&c, &refs))
    }
}
