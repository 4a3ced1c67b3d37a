//! `gnutls_hmac_*`: MACs (HMAC, AES-CMAC, AES-GMAC) over `rgnutls::crypto::hmac`.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Failure, Handle};
use crate::types::*;
use rgnutls::crypto::hmac::Hmac;
use std::sync::Mutex;

/// `gnutls_hmac_hd_t`; the state is locked only inside one call.
impl Handle for hmac_hd_st {
    type Rust = Mutex<Hmac>;
}

fn lock(h: &Mutex<Hmac>) -> std::sync::MutexGuard<'_, Hmac> {
    h.lock().unwrap_or_else(|e| e.into_inner())
}

/// Writes the MAC into `digest` (the algorithm's output length) and restarts;
/// with a NULL `digest` it only restarts.
///
/// # Safety
/// `digest` is NULL or valid for the algorithm's output length.
unsafe fn output_to(m: &mut Hmac, digest: *mut c_void) -> c_int {
    // SAFETY: per the caller's contract.
    let r = match unsafe { ffi::bytes_mut(digest, m.output_len()) } {
        Some(out) if !digest.is_null() => m.output(out),
        _ => m.finish().map(drop),
    };
    r.err().unwrap_or(0)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hmac_init(dig: *mut gnutls_hmac_hd_t, algorithm: gnutls_mac_algorithm_t, key: *const c_void, keylen: size_t) -> c_int {
    entry! {
        // SAFETY: `keylen` readable bytes per the API.
        let Some(k) = (unsafe { ffi::bytes(key, keylen) }) else { return Failure::invalid() };
        if dig.is_null() {
            return Failure::invalid();
        }
        match Hmac::new(algorithm, k) {
            Ok(m) => {
                // SAFETY: `dig` is a writable handle slot per the API.
                unsafe { *dig = ffi::new_handle::<hmac_hd_st>(Mutex::new(m)) };
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hmac_set_nonce(handle: gnutls_hmac_hd_t, nonce: *const c_void, nonce_len: size_t) {
    entry! {
        // SAFETY: a live handle and `nonce_len` readable bytes, per the API.
        let (Some(h), Some(n)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::bytes(nonce, nonce_len) }) else {
            return;
        };
        // The C function returns nothing; a bad nonce shows up when the MAC is output.
        let _ = lock(h).set_nonce(n);
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hmac(handle: gnutls_hmac_hd_t, text: *const c_void, textlen: size_t) -> c_int {
    entry! {
        // SAFETY: a live handle and `textlen` readable bytes, per the API.
        let (Some(h), Some(t)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::bytes(text, textlen) }) else {
            return Failure::invalid();
        };
        lock(h).update(t);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hmac_output(handle: gnutls_hmac_hd_t, digest: *mut c_void) {
    entry! {
        // SAFETY: a live handle per the API.
        let Some(h) = (unsafe { ffi::handle(handle) }) else { return };
        // SAFETY: `digest` holds the output length, per the API.
        unsafe { output_to(&mut lock(h), digest) };
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hmac_deinit(handle: gnutls_hmac_hd_t, digest: *mut c_void) {
    entry! {
        // SAFETY: a live handle per the API.
        if let Some(h) = unsafe { ffi::handle(handle) } {
            if !digest.is_null() {
                // SAFETY: `digest` holds the output length, per the API.
                unsafe { output_to(&mut lock(h), digest) };
            }
        }
        // SAFETY: the application gives the handle up here.
        unsafe { ffi::free_handle(handle) };
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hmac_fast(algorithm: gnutls_mac_algorithm_t, key: *const c_void, keylen: size_t, text: *const c_void, textlen: size_t, digest: *mut c_void) -> c_int {
    entry! {
        // SAFETY: `keylen` and `textlen` readable bytes per the API.
        let (Some(k), Some(t)) = (unsafe { ffi::bytes(key, keylen) }, unsafe { ffi::bytes(text, textlen) }) else {
            return Failure::invalid();
        };
        let mut m = match Hmac::new(algorithm, k) {
            Ok(m) => m,
            Err(e) => return e,
        };
        if digest.is_null() {
            return Failure::invalid();
        }
        m.update(t);
        // SAFETY: `digest` holds the output length, per the API.
        unsafe { output_to(&mut m, digest) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hmac_copy(handle: gnutls_hmac_hd_t) -> gnutls_hmac_hd_t {
    entry! {
        // SAFETY: a live handle per the API.
        let Some(h) = (unsafe { ffi::handle(handle) }) else { return Failure::invalid() };
        let copy = lock(h).clone();
        ffi::new_handle::<hmac_hd_st>(Mutex::new(copy))
    }
}
