//! gnutls_pkcs12_* and gnutls_pkcs12_bag_*: reading PKCS#12 files (import,
//! MAC check, bags and their elements, simple_parse). The logic is in
//! rgnutls::pkcs12; writing is in write.rs.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::Slot;
use crate::types::*;
use crate::x509::common;
use rgnutls::errors;
use rgnutls::pkcs12::{Bag, Pkcs12};
use std::sync::RwLock;

/// `gnutls_pkcs12_t`: one decoded PKCS#12 structure (empty until imported).
impl ffi::Handle for gnutls_pkcs12_int {
    type Rust = Slot<Pkcs12>;
}

/// `gnutls_pkcs12_bag_t`: one bag, filled by get_bag, changed by decrypt.
impl ffi::Handle for gnutls_pkcs12_bag_int {
    type Rust = RwLock<Bag>;
}

/// The password argument: NULL is no password.
///
/// # Safety
/// `pass` is NULL or a NUL-terminated string.
pub unsafe fn password<'a>(pass: *const c_char) -> Result<Option<&'a str>, c_int> {
    if pass.is_null() {
        return Ok(None);
    }
    // SAFETY: a NUL-terminated string per the API contract.
    unsafe { ffi::cstr(pass) }.map(Some).ok_or(errors::GNUTLS_E_INVALID_PASSWORD)
}

/// # Safety
/// `p12` is NULL or a live gnutls_pkcs12_t.
pub unsafe fn pkcs12(p12: gnutls_pkcs12_t) -> Option<std::sync::Arc<Pkcs12>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(p12) }?.get()
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_init(pkcs12: *mut gnutls_pkcs12_t) -> c_int {
    entry! {
        if pkcs12.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *pkcs12 = ffi::new_handle::<gnutls_pkcs12_int>(Slot::default()) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_deinit(pkcs12: gnutls_pkcs12_t) {
    // SAFETY: made by gnutls_pkcs12_init; the caller stops using it.
    entry! { unsafe { ffi::free_handle(pkcs12) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_import(pkcs12: gnutls_pkcs12_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(bytes)) = (unsafe { ffi::handle(pkcs12) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        match Pkcs12::import(bytes, fmt) {
            Ok(p) => { h.set(p); 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_verify_mac(pkcs12: gnutls_pkcs12_t, pass: *const c_char) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(p) = (unsafe { self::pkcs12(pkcs12) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        let pass = match unsafe { password(pass) } { Ok(p) => p, Err(e) => return e };
        match p.verify_mac(pass) { Ok(()) => 0, Err(e) => e }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_get_bag(pkcs12: gnutls_pkcs12_t, indx: c_int, bag: gnutls_pkcs12_bag_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(p), Some(b)) = (unsafe { self::pkcs12(pkcs12) }, unsafe { ffi::handle(bag) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let Ok(index) = usize::try_from(indx) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match p.bag(index) {
            Ok(found) => { *b.write().unwrap_or_else(|e| e.into_inner()) = found.clone(); 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_init(bag: *mut gnutls_pkcs12_bag_t) -> c_int {
    entry! {
        if bag.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *bag = ffi::new_handle::<gnutls_pkcs12_bag_int>(RwLock::new(Bag::default())) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_deinit(bag: gnutls_pkcs12_bag_t) {
    // SAFETY: made by gnutls_pkcs12_bag_init; the caller stops using it.
    entry! { unsafe { ffi::free_handle(bag) } }
}

/// Runs `f` on the bag behind a handle (read lock).
unsafe fn with_bag<R>(bag: gnutls_pkcs12_bag_t, f: impl FnOnce(&Bag) -> R) -> Option<R> {
    // SAFETY: per the caller's contract.
    let h = unsafe { ffi::handle(bag) }?;
    let guard = h.read().unwrap_or_else(|e| e.into_inner());
    Some(f(&guard))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_get_count(bag: gnutls_pkcs12_bag_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_bag(bag, |b| c_int::try_from(b.count()).unwrap_or(c_int::MAX)) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_get_type(bag: gnutls_pkcs12_bag_t, indx: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_bag(bag, |b| b.kind(indx as usize).unwrap_or_else(|e| e)) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST) }
}

/// Lends the bytes to the caller, as GnuTLS does: valid until the bag
/// changes or is freed.
///
/// # Safety
/// `out` is a writable datum.
unsafe fn lend(out: *mut gnutls_datum_t, bytes: &[u8]) -> c_int {
    // SAFETY: per the caller's contract.
    unsafe {
        (*out).data = bytes.as_ptr() as *mut c_uchar;
        (*out).size = c_uint::try_from(bytes.len()).unwrap_or(c_uint::MAX);
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_get_data(bag: gnutls_pkcs12_bag_t, indx: c_uint, data: *mut gnutls_datum_t) -> c_int {
    entry! {
        if data.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: per the API contract; `data` checked non-NULL.
        unsafe { with_bag(bag, |b| match b.data(indx as usize) {
            Ok(bytes) => lend(data, bytes),
            Err(e) => e,
        }) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST)
    }
}

// rgnutls: partial: the name is a copy (GnuTLS lends its own; callers do not free it, so it leaks)
#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_get_friendly_name(bag: gnutls_pkcs12_bag_t, indx: c_uint, name: *mut *mut c_char) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(out) = (unsafe { name.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        unsafe { with_bag(bag, |b| match b.element(indx as usize) {
            Ok(e) => { *out = e.friendly_name.as_deref().map_or(core::ptr::null_mut(), ffi::malloc_cstring); 0 }
            Err(e) => e,
        }) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_get_key_id(bag: gnutls_pkcs12_bag_t, indx: c_uint, id: *mut gnutls_datum_t) -> c_int {
    entry! {
        if id.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: per the API contract; `id` checked non-NULL.
        unsafe { with_bag(bag, |b| match b.element(indx as usize) {
            Ok(e) => match &e.key_id {
                Some(k) => lend(id, k),
                None => { (*id).data = core::ptr::null_mut(); (*id).size = 0; 0 }
            },
            Err(e) => e,
        }) }.unwrap_or(errors::GNUTLS_E_INVALID_REQUEST)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_decrypt(bag: gnutls_pkcs12_bag_t, pass: *const c_char) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(bag) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        let pass = match unsafe { password(pass) } { Ok(p) => p, Err(e) => return e };
        let mut guard = h.write().unwrap_or_else(|e| e.into_inner());
        match guard.decrypt(pass) {
            Ok(plain) => { *guard = plain; 0 }
            Err(e) => e,
        }
    }
}

const GNUTLS_PKCS12_SP_INCLUDE_SELF_SIGNED: c_uint = 1;

// rgnutls: partial: certificates are matched to the key by public key only (no localKeyId use)
#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_simple_parse(p12: gnutls_pkcs12_t, password: *const c_char, key: *mut gnutls_x509_privkey_t, chain: *mut *mut gnutls_x509_crt_t, chain_len: *mut c_uint, extra_certs: *mut *mut gnutls_x509_crt_t, extra_certs_len: *mut c_uint, crl: *mut gnutls_x509_crl_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(p), Some(key_out), Some(chain_out), Some(n)) = (unsafe { self::pkcs12(p12) }, unsafe { key.as_mut() }, unsafe { chain.as_mut() }, unsafe { chain_len.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: as above.
        let pass = match unsafe { self::password(password) } { Ok(p) => p, Err(e) => return e };
        let parsed = match p.simple_parse(pass, flags & GNUTLS_PKCS12_SP_INCLUDE_SELF_SIGNED != 0) {
            Ok(v) => v,
            Err(e) => return e,
        };
        // SAFETY: both writable per the API contract.
        let r = unsafe { crate::x509::crt::hand_out_list(parsed.chain, chain_out, n) };
        if r < 0 {
            return r;
        }
        // SAFETY: NULL or writable pointers per the API contract.
        if let (Some(out), Some(len)) = (unsafe { extra_certs.as_mut() }, unsafe { extra_certs_len.as_mut() }) {
            // SAFETY: writable.
            let r = unsafe { crate::x509::crt::hand_out_list(parsed.extra, out, len) };
            if r < 0 {
                return r;
            }
        }
        // SAFETY: NULL or writable.
        if let Some(out) = unsafe { crl.as_mut() } {
            *out = match parsed.crl {
                Some(c) => {
                    let slot = Slot::default();
                    slot.set(c);
                    ffi::new_handle::<gnutls_x509_crl_int>(slot)
                }
                None => core::ptr::null_mut(),
            };
        }
        let slot = Slot::default();
        slot.set(parsed.key);
        *key_out = ffi::new_handle::<gnutls_x509_privkey_int>(slot);
        0
    }
}
