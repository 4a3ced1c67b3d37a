//! `gnutls_hash_*`: message digests over `rgnutls::crypto::hash`.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Failure, Handle};
use crate::types::*;
use rgnutls::crypto::hash::Hash;
use std::sync::Mutex;

/// `gnutls_hash_hd_t`. The state sits in a mutex because handles are shared
/// borrows; the lock is held only inside one call.
impl Handle for hash_hd_st {
    type Rust = Mutex<Hash>;
}

/// A hash the C API can run: GnuTLS 3.7.9 refuses the SHAKE XOFs here (the
/// API has no way to read their variable-length output).
fn open(algorithm: c_int) -> rgnutls::crypto::Result<Hash> {
    let h = Hash::new(algorithm)?;
    if h.output_len() == 0 {
        return Err(rgnutls::errors::GNUTLS_E_INVALID_REQUEST);
    }
    Ok(h)
}

fn lock(h: &Mutex<Hash>) -> std::sync::MutexGuard<'_, Hash> {
    h.lock().unwrap_or_else(|e| e.into_inner())
}

/// Writes the digest into `digest` (the algorithm's output length), or just
/// restarts the state when `digest` is NULL.
///
/// # Safety
/// `digest` is NULL or valid for the algorithm's output length.
unsafe fn output_to(h: &mut Hash, digest: *mut c_void) {
    // SAFETY: per the caller's contract.
    match unsafe { ffi::bytes_mut(digest, h.output_len()) } {
        Some(out) if !digest.is_null() => {
            let _ = h.output(out);
        }
        _ => {
            let _ = h.finish();
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hash_init(dig: *mut gnutls_hash_hd_t, algorithm: gnutls_digest_algorithm_t) -> c_int {
    entry! {
        if dig.is_null() {
            return Failure::invalid();
        }
        match open(algorithm) {
            Ok(h) => {
                // SAFETY: `dig` is a writable handle slot per the API.
                unsafe { *dig = ffi::new_handle::<hash_hd_st>(Mutex::new(h)) };
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hash(handle: gnutls_hash_hd_t, text: *const c_void, textlen: size_t) -> c_int {
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
pub unsafe extern "C" fn gnutls_hash_output(handle: gnutls_hash_hd_t, digest: *mut c_void) {
    entry! {
        // SAFETY: a live handle per the API.
        let Some(h) = (unsafe { ffi::handle(handle) }) else { return };
        // SAFETY: `digest` holds the output length, per the API.
        unsafe { output_to(&mut lock(h), digest) };
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hash_deinit(handle: gnutls_hash_hd_t, digest: *mut c_void) {
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
pub unsafe extern "C" fn gnutls_hash_fast(algorithm: gnutls_digest_algorithm_t, text: *const c_void, textlen: size_t, digest: *mut c_void) -> c_int {
    entry! {
        // SAFETY: `textlen` readable bytes per the API.
        let Some(t) = (unsafe { ffi::bytes(text, textlen) }) else { return Failure::invalid() };
        let mut h = match open(algorithm) {
            Ok(h) => h,
            Err(e) => return e,
        };
        if digest.is_null() {
            return Failure::invalid();
        }
        h.update(t);
        // SAFETY: `digest` holds the output length, per the API.
        unsafe { output_to(&mut h, digest) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hash_copy(handle: gnutls_hash_hd_t) -> gnutls_hash_hd_t {
    entry! {
        // SAFETY: a live handle per the API.
        let Some(h) = (unsafe { ffi::handle(handle) }) else { return Failure::invalid() };
        let copy = lock(h).clone();
        ffi::new_handle::<hash_hd_st>(Mutex::new(copy))
    }
}
