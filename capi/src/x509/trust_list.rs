//! gnutls_x509_trust_list_*: a standalone list of trusted CAs and CRLs,
//! and chain verification against it with GnuTLS status bits.
use super::common::{self, crt};
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::{OwnedTrustList, Slot, TrustListHandle};
use crate::types::*;
use rgnutls::errors::{self, Code};
use std::path::Path;

fn count_code(r: Result<usize, Code>) -> c_int {
    match r {
        Ok(n) => c_int::try_from(n).unwrap_or(c_int::MAX),
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_init(list: *mut gnutls_x509_trust_list_t, size: c_uint) -> c_int {
    let _ = size;
    entry! {
        if list.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *list = ffi::new_handle::<gnutls_x509_trust_list_st>(TrustListHandle::default()) };
        0
    }
}

/// Frees a trust list; with `all`, also the certificates handed to it
/// with gnutls_x509_trust_list_add_cas.
///
/// # Safety
/// `list` is NULL or a live trust-list handle that nothing uses afterwards.
pub unsafe fn free_list(list: gnutls_x509_trust_list_t, all: bool) {
    // SAFETY: a live handle or NULL.
    let Some(h) = (unsafe { ffi::handle(list) }) else { return };
    if all {
        // The certificates given with add_cas now belong to us.
        let owned = std::mem::take(&mut *h.owned_crts.lock().unwrap_or_else(|e| e.into_inner()));
        for addr in owned {
            // SAFETY: handles the application gave away in add_cas.
            unsafe { ffi::free_handle(addr as gnutls_x509_crt_t) };
        }
        let crls = std::mem::take(&mut *h.owned_crls.lock().unwrap_or_else(|e| e.into_inner()));
        for addr in crls {
            // SAFETY: handles the application gave away in add_crls.
            unsafe { ffi::free_handle(addr as gnutls_x509_crl_t) };
        }
    }
    // SAFETY: per the caller's contract.
    unsafe { ffi::free_handle(list) };
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_deinit(list: gnutls_x509_trust_list_t, all: c_uint) {
    // SAFETY: the caller stops using the list.
    entry! { unsafe { free_list(list, all != 0) } }
}

/// The credentials take the list over: they free it, and the application
/// may go on adding to it (gnutls-cli adds its CA file afterwards). What
/// the credentials' own trust functions loaded before is dropped, as GnuTLS
/// replaces its internal list.
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_trust_list(res: gnutls_certificate_credentials_t, tlist: gnutls_x509_trust_list_t, flags: c_uint) {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(res) }) else { return };
        if tlist.is_null() {
            return;
        }
        {
            let mut core = h.write();
            core.clear_cas();
            core.clear_crls();
        }
        let old = h.trust_list.lock().unwrap_or_else(|e| e.into_inner()).replace(OwnedTrustList::new(tlist));
        // Setting the same list again must not free it.
        if let Some(old) = old {
            if old.as_ptr() == tlist {
                std::mem::forget(old);
            }
        }
    }
}

/// The credentials' trust list, lent: without one set, the trust loaded so
/// far moves into a new list the credentials own, so that what the
/// application adds to it is seen.
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_get_trust_list(res: gnutls_certificate_credentials_t, tlist: *mut gnutls_x509_trust_list_t) {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(out)) = (unsafe { ffi::handle(res) }, unsafe { tlist.as_mut() }) else { return };
        let mut slot = h.trust_list.lock().unwrap_or_else(|e| e.into_inner());
        if slot.is_none() {
            let list = TrustListHandle::default();
            {
                let mut core = h.write();
                *list.write() = rgnutls::x509::trust::TrustList::clone(&core.trust());
                core.clear_cas();
                core.clear_crls();
            }
            *slot = Some(OwnedTrustList::new(ffi::new_handle::<gnutls_x509_trust_list_st>(list)));
        }
        *out = slot.as_ref().map_or(core::ptr::null_mut(), OwnedTrustList::as_ptr);
    }
}

/// The callback is asked for the issuers of a chain's last certificate when
/// neither the chain nor the list has one, during gnutls_x509_trust_list_verify_crt*
/// and the verification of peers whose credentials use this list.
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_set_getissuer_function(tlist: gnutls_x509_trust_list_t, func: gnutls_x509_trust_list_getissuer_function) {
    entry! {
        // SAFETY: per the API contract.
        if let Some(h) = unsafe { ffi::handle(tlist) } {
            h.getissuer.store(func.map_or(0, |f| f as usize), std::sync::atomic::Ordering::Release);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_add_cas(list: gnutls_x509_trust_list_t, clist: *const gnutls_x509_crt_t, clist_size: c_uint, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(cas)) = (unsafe { ffi::handle(list) }, unsafe { common::crt_list(clist, clist_size as usize) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let ders: Vec<Vec<u8>> = cas.iter().map(|c| c.der().to_vec()).collect();
        let r = h.write().add_der_certificates(&ders);
        if r.is_ok() {
            // SAFETY: `clist` holds clist_size handles (checked by crt_list).
            let handles = unsafe { core::slice::from_raw_parts(clist, clist_size as usize) };
            h.owned_crts.lock().unwrap_or_else(|e| e.into_inner()).extend(handles.iter().map(|p| *p as usize));
        }
        count_code(r)
    }
}

const GNUTLS_TL_VERIFY_CRL: c_uint = 1;
const GNUTLS_TL_FAIL_ON_INVALID_CRL: c_uint = 1 << 5;

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_add_crls(list: gnutls_x509_trust_list_t, crl_list: *const gnutls_x509_crl_t, crl_size: c_uint, flags: c_uint, verification_flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(crls)) = (unsafe { ffi::handle(list) }, unsafe { super::crl::crl_list(crl_list, crl_size as usize) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let refs: Vec<&rgnutls::x509::crl::Crl> = crls.iter().map(|c| c.as_ref()).collect();
        let verify = flags & GNUTLS_TL_VERIFY_CRL != 0;
        let no_duplicates = flags & GNUTLS_TL_NO_DUPLICATES as c_uint != 0;
        let added = h.write().add_crls(&refs, verify, verification_flags, no_duplicates);
        if verify && flags & GNUTLS_TL_FAIL_ON_INVALID_CRL != 0 && added < refs.len() {
            return errors::GNUTLS_E_CRL_VERIFICATION_ERROR;
        }
        // The handles belong to the list now (freed by deinit with `all`).
        // SAFETY: `crl_list` holds crl_size handles (checked by crl_list).
        let handles = unsafe { core::slice::from_raw_parts(crl_list, crl_size as usize) };
        h.owned_crls.lock().unwrap_or_else(|e| e.into_inner()).extend(handles.iter().map(|p| *p as usize));
        count_code(Ok(added))
    }
}

unsafe fn add_mem(h: &TrustListHandle, cas: *const gnutls_datum_t, crls: *const gnutls_datum_t, fmt: rgnutls::x509::X509Format) -> c_int {
    let mut list = h.write();
    let mut added = 0;
    // SAFETY: per the caller's contract.
    if let Some(data) = unsafe { ffi::datum(cas) } {
        match list.add_trust_mem(data, fmt) { Ok(n) => added += n, Err(e) => return e }
    }
    // SAFETY: as above.
    if let Some(data) = unsafe { ffi::datum(crls) } {
        // GnuTLS counts the CRLs in the number it returns.
        match list.add_crl_mem(data, fmt) { Ok(n) => added += n, Err(e) => return e }
    }
    count_code(Ok(added))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_add_trust_mem(list: gnutls_x509_trust_list_t, cas: *const gnutls_datum_t, crls: *const gnutls_datum_t, type_: gnutls_x509_crt_fmt_t, tl_flags: c_uint, tl_vflags: c_uint) -> c_int {
    let _ = (tl_flags, tl_vflags);
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(list) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
        // SAFETY: as above.
        unsafe { add_mem(h, cas, crls, fmt) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_add_trust_file(list: gnutls_x509_trust_list_t, ca_file: *const c_char, crl_file: *const c_char, type_: gnutls_x509_crt_fmt_t, tl_flags: c_uint, tl_vflags: c_uint) -> c_int {
    let _ = (tl_flags, tl_vflags);
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(list) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
        let mut tl = h.write();
        let mut added = 0;
        // SAFETY: NULL or a C string.
        if let Some(p) = unsafe { ffi::cstr(ca_file) } {
            match tl.add_trust_file(Path::new(p), fmt) { Ok(n) => added = n, Err(e) => return e }
        }
        // SAFETY: as above.
        if let Some(p) = unsafe { ffi::cstr(crl_file) } {
            // GnuTLS counts the CRLs in the number it returns.
            match tl.add_crl_file(Path::new(p), fmt) { Ok(n) => added += n, Err(e) => return e }
        }
        count_code(Ok(added))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_add_trust_dir(list: gnutls_x509_trust_list_t, ca_dir: *const c_char, crl_dir: *const c_char, type_: gnutls_x509_crt_fmt_t, tl_flags: c_uint, tl_vflags: c_uint) -> c_int {
    let _ = (crl_dir, tl_flags, tl_vflags);
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(list) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
        // SAFETY: NULL or a C string.
        let Some(dir) = (unsafe { ffi::cstr(ca_dir) }) else { return 0 };
        count_code(h.write().add_trust_dir(Path::new(dir), fmt))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_add_system_trust(list: gnutls_x509_trust_list_t, tl_flags: c_uint, tl_vflags: c_uint) -> c_int {
    let _ = (tl_flags, tl_vflags);
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(list) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        count_code(h.write().add_system_trust())
    }
}

/// The options verify_crt2 takes as typed data.
struct Vdata {
    hostname: Option<String>,
    purpose: Option<String>,
}

unsafe fn vdata(data: *const gnutls_typed_vdata_st, n: usize) -> Result<Vdata, c_int> {
    let mut out = Vdata { hostname: None, purpose: None };
    if n == 0 {
        return Ok(out);
    }
    if data.is_null() {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    // SAFETY: `data` holds `n` entries per the API contract.
    for d in unsafe { core::slice::from_raw_parts(data, n) } {
        let text = || -> Option<String> {
            if d.data.is_null() {
                return None;
            }
            // SAFETY: a NUL-terminated string when size is 0, else `size` bytes.
            let bytes = if d.size == 0 {
                unsafe { core::ffi::CStr::from_ptr(d.data as *const c_char) }.to_bytes()
            } else {
                unsafe { core::slice::from_raw_parts(d.data as *const u8, d.size as usize) }
            };
            Some(String::from_utf8_lossy(bytes).into_owned())
        };
        match d.r#type {
            GNUTLS_DT_DNS_HOSTNAME => out.hostname = text(),
            GNUTLS_DT_KEY_PURPOSE_OID => out.purpose = text(),
            // Binary address: 4 or 16 bytes; the core matches the text form.
            GNUTLS_DT_IP_ADDRESS if !d.data.is_null() => {
                // SAFETY: `size` bytes per the API contract.
                let b = unsafe { core::slice::from_raw_parts(d.data as *const u8, d.size as usize) };
                out.hostname = match b.len() {
                    4 => <[u8; 4]>::try_from(b).ok().map(|a| std::net::IpAddr::from(a).to_string()),
                    16 => <[u8; 16]>::try_from(b).ok().map(|a| std::net::IpAddr::from(a).to_string()),
                    _ => return Err(errors::GNUTLS_E_INVALID_REQUEST),
                };
            }
            _ => {}
        }
    }
    Ok(out)
}

/// `func`, if given, sees every check made, in GnuTLS's order.
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_verify_crt2(list: gnutls_x509_trust_list_t, cert_list: *mut gnutls_x509_crt_t, cert_list_size: c_uint, data: *mut gnutls_typed_vdata_st, elements: c_uint, flags: c_uint, voutput: *mut c_uint, func: gnutls_verify_output_function) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(chain), Some(out)) = (unsafe { ffi::handle(list) }, unsafe { common::crt_list(cert_list, cert_list_size as usize) }, unsafe { voutput.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: as above.
        let v = match unsafe { vdata(data, elements as usize) } { Ok(v) => v, Err(e) => return e };
        let ders: Vec<&[u8]> = chain.iter().map(|c| c.der()).collect();
        // SAFETY: `list` is live for this call.
        let mut hooks = unsafe { super::verify_hooks::CHooks::new(func, list) };
        // The application's functions may call into the list (even add to
        // it): they get a snapshot, not a lock held across the call.
        let guard;
        let snapshot;
        let tl = if hooks.is_empty() {
            guard = h.read();
            &*guard
        } else {
            snapshot = h.read().clone();
            &snapshot
        };
        match rgnutls::x509::verify::verify_now_observed(&ders, tl, v.hostname.as_deref(), v.purpose.as_deref(), flags, &mut hooks) {
            Ok(status) => { *out = status; 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_verify_crt(list: gnutls_x509_trust_list_t, cert_list: *mut gnutls_x509_crt_t, cert_list_size: c_uint, flags: c_uint, verify: *mut c_uint, func: gnutls_verify_output_function) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_trust_list_verify_crt2(list, cert_list, cert_list_size, core::ptr::null_mut(), 0, flags, verify, func) } }
}

/// A new certificate handle holding `der` (the caller frees it).
pub(crate) fn new_crt_handle(der: &[u8]) -> Result<gnutls_x509_crt_t, c_int> {
    let c = rgnutls::x509::crt::Crt::from_der(der)?;
    let slot = Slot::default();
    slot.set(c);
    Ok(ffi::new_handle::<gnutls_x509_crt_int>(slot))
}

/// The issuer of `cert` in the list: lent (valid while the list lives; the
/// same handle each time), or with GNUTLS_TL_GET_COPY a copy the caller
/// frees, as in GnuTLS.
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_get_issuer(list: gnutls_x509_trust_list_t, cert: gnutls_x509_crt_t, issuer: *mut gnutls_x509_crt_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(c), false) = (unsafe { ffi::handle(list) }, unsafe { crt(cert) }, issuer.is_null()) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let found = h.read().issuer_of(c.info()).map(|i| i.der.clone());
        let Some(der) = found else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
        let made = if flags & GNUTLS_TL_GET_COPY as c_uint != 0 {
            new_crt_handle(&der)
        } else {
            let mut failure = errors::GNUTLS_E_MEMORY_ERROR;
            h.lent.lend(&der, || new_crt_handle(&der).map_err(|e| failure = e).ok()).ok_or(failure)
        };
        match made {
            // SAFETY: checked non-NULL.
            Ok(p) => { unsafe { *issuer = p }; 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_iter_get_ca(list: gnutls_x509_trust_list_t, iter: *mut gnutls_x509_trust_list_iter_t, crt_: *mut gnutls_x509_crt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(it), false) = (unsafe { ffi::handle(list) }, unsafe { iter.as_mut() }, crt_.is_null()) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        if it.is_null() {
            *it = ffi::new_handle::<gnutls_x509_trust_list_iter>(std::cell::Cell::new(0));
        }
        // SAFETY: made just above or by an earlier call.
        let Some(pos) = (unsafe { ffi::handle(*it) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let der = h.read().anchors().get(pos.get()).map(|a| a.der.clone());
        let Some(der) = der else {
            // End of the list: GnuTLS frees the iterator and clears it.
            // SAFETY: ours, not used afterwards.
            unsafe { ffi::free_handle(*it) };
            *it = core::ptr::null_mut();
            return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE;
        };
        pos.set(pos.get() + 1);
        match new_crt_handle(&der) {
            // SAFETY: checked non-NULL.
            Ok(p) => { unsafe { *crt_ = p }; 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_iter_deinit(iter: gnutls_x509_trust_list_iter_t) {
    // SAFETY: made by iter_get_ca, or NULL.
    entry! { unsafe { ffi::free_handle(iter) } }
}

/// The hostname and key purpose of a typed-data array (for verification
/// entry points outside this file, such as gnutls_pkcs7_verify).
///
/// # Safety
/// `data` is NULL (with `n` 0) or points to `n` entries.
pub(crate) unsafe fn typed_vdata(data: *const gnutls_typed_vdata_st, n: usize) -> Result<(Option<String>, Option<String>), c_int> {
    // SAFETY: per the caller's contract.
    unsafe { vdata(data, n) }.map(|v| (v.hostname, v.purpose))
}

/// Hands out a copy of the trusted certificate `find` picks.
///
/// # Safety
/// `list` is NULL or a live trust-list handle; `issuer` NULL or writable.
unsafe fn issuer_copy(list: gnutls_x509_trust_list_t, issuer: *mut gnutls_x509_crt_t, find: impl FnOnce(&rgnutls::x509::trust::TrustList) -> Option<Vec<u8>>) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(h), false) = (unsafe { ffi::handle(list) }, issuer.is_null()) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    let Some(der) = find(&h.read()) else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
    match new_crt_handle(&der) {
        // SAFETY: checked non-NULL.
        Ok(p) => { unsafe { *issuer = p }; 0 }
        Err(e) => e,
    }
}

/// A copy (the caller frees it) of the trusted certificate whose subject
/// is `dn` (DER), as GnuTLS always copies here.
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_get_issuer_by_dn(list: gnutls_x509_trust_list_t, dn: *const gnutls_datum_t, issuer: *mut gnutls_x509_crt_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: NULL or a datum per the API contract.
        let Some(dn) = (unsafe { ffi::datum(dn) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { issuer_copy(list, issuer, |tl| tl.issuer_by_name(Some(dn), None).map(|c| c.der.clone())) }
    }
}

/// A copy of the trusted certificate with subject `dn` (DER) and subject
/// key identifier `spki`; either may be NULL (without `dn`, the key
/// identifier alone selects).
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_get_issuer_by_subject_key_id(list: gnutls_x509_trust_list_t, dn: *const gnutls_datum_t, spki: *const gnutls_datum_t, issuer: *mut gnutls_x509_crt_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: NULL or datums per the API contract.
        let (dn, key_id) = (unsafe { ffi::datum(dn) }, unsafe { ffi::datum(spki) });
        // SAFETY: per the API contract.
        unsafe { issuer_copy(list, issuer, |tl| tl.issuer_by_name(dn, key_id).map(|c| c.der.clone())) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_set_ptr(tlist: gnutls_x509_trust_list_t, ptr: *mut c_void) {
    entry! {
        // SAFETY: per the API contract.
        if let Some(h) = unsafe { ffi::handle(tlist) } {
            h.user_ptr.store(ptr as usize, std::sync::atomic::Ordering::Release);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_get_ptr(tlist: gnutls_x509_trust_list_t) -> *mut c_void {
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(tlist) }) else { return core::ptr::null_mut() };
        h.user_ptr.load(std::sync::atomic::Ordering::Acquire) as *mut c_void
    }
}

/// The certificates stop being trusted and are blocklisted: a chain
/// through one of them verifies as revoked. Returns how many trusted
/// entries went. The handles stay the caller's.
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_remove_cas(list: gnutls_x509_trust_list_t, clist: *const gnutls_x509_crt_t, clist_size: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(list) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if clist_size == 0 {
            return 0;
        }
        // SAFETY: as above.
        let Some(cas) = (unsafe { common::crt_list(clist, clist_size as usize) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let ders: Vec<Vec<u8>> = cas.iter().map(|c| c.der().to_vec()).collect();
        count_code(Ok(h.write().remove_certificates(&ders)))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_remove_trust_mem(list: gnutls_x509_trust_list_t, cas: *const gnutls_datum_t, type_: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(data)) = (unsafe { ffi::handle(list) }, unsafe { ffi::datum(cas) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
        count_code(h.write().remove_trust_mem(data, fmt))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_remove_trust_file(list: gnutls_x509_trust_list_t, ca_file: *const c_char, type_: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(path)) = (unsafe { ffi::handle(list) }, unsafe { ffi::cstr(ca_file) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(type_) { Ok(f) => f, Err(e) => return e };
        count_code(h.write().remove_trust_file(Path::new(path), fmt))
    }
}

/// `name_size` bytes of `name` (an empty name when 0).
unsafe fn name_bytes<'a>(name: *const c_void, name_size: size_t) -> Option<&'a [u8]> {
    if name_size == 0 {
        return Some(&[]);
    }
    if name.is_null() {
        return None;
    }
    // SAFETY: `name_size` readable bytes per the caller's contract.
    Some(unsafe { core::slice::from_raw_parts(name as *const u8, name_size) })
}

/// Trusts `cert` itself for `name` only (never as a CA); the list owns the
/// handle afterwards (freed by deinit with `all`).
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_add_named_crt(list: gnutls_x509_trust_list_t, cert: gnutls_x509_crt_t, name: *const c_void, name_size: size_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(c), Some(name)) = (unsafe { ffi::handle(list) }, unsafe { crt(cert) }, unsafe { name_bytes(name, name_size) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        h.write().add_named(c.der(), name);
        h.owned_crts.lock().unwrap_or_else(|e| e.into_inner()).push(cert as usize);
        0
    }
}

// rgnutls: partial: `func` is not called (GnuTLS reports a revoking CRL to it)
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_trust_list_verify_named_crt(list: gnutls_x509_trust_list_t, cert: gnutls_x509_crt_t, name: *const c_void, name_size: size_t, flags: c_uint, verify: *mut c_uint, func: gnutls_verify_output_function) -> c_int {
    let _ = func;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(c), Some(name), Some(out)) = (unsafe { ffi::handle(list) }, unsafe { crt(cert) }, unsafe { name_bytes(name, name_size) }, unsafe { verify.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        *out = h.read().verify_named(c.der(), name, flags);
        0
    }
}
