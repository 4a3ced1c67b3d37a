//! `gnutls_pbkdf2`, `gnutls_hkdf_extract` and `gnutls_hkdf_expand`.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Failure};
use crate::types::*;
use rgnutls::crypto::kdf;

#[no_mangle]
pub unsafe extern "C" fn gnutls_pbkdf2(mac: gnutls_mac_algorithm_t, key: *const gnutls_datum_t, salt: *const gnutls_datum_t, iter_count: c_uint, output: *mut c_void, length: size_t) -> c_int {
    entry! {
        // SAFETY: datums and `length` writable bytes, per the API.
        let (Some(k), Some(s), Some(out)) = (unsafe { (ffi::datum(key), ffi::datum(salt), ffi::bytes_mut(output, length)) }) else {
            return Failure::invalid();
        };
        kdf::pbkdf2(mac, k, s, iter_count, out).err().unwrap_or(0)
    }
}

/// Writes the pseudorandom key (the MAC's output length) to `output`.
#[no_mangle]
pub unsafe extern "C" fn gnutls_hkdf_extract(mac: gnutls_mac_algorithm_t, key: *const gnutls_datum_t, salt: *const gnutls_datum_t, output: *mut c_void) -> c_int {
    entry! {
        // SAFETY: key datum per the API; the salt is optional.
        let Some(k) = (unsafe { ffi::datum(key) }) else { return Failure::invalid() };
        // SAFETY: as above.
        let s = unsafe { ffi::datum(salt) }.unwrap_or(&[]);
        let prk = match kdf::hkdf_extract(mac, k, s) {
            Ok(p) => p,
            Err(e) => return e,
        };
        // SAFETY: `output` holds the MAC's output length, per the API.
        match unsafe { ffi::bytes_mut(output, prk.len()) } {
            Some(dst) if !output.is_null() => {
                dst.copy_from_slice(&prk);
                0
            }
            _ => Failure::invalid(),
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hkdf_expand(mac: gnutls_mac_algorithm_t, key: *const gnutls_datum_t, info: *const gnutls_datum_t, output: *mut c_void, length: size_t) -> c_int {
    entry! {
        // SAFETY: datums and `length` writable bytes, per the API.
        let (Some(k), Some(i), Some(out)) = (unsafe { (ffi::datum(key), ffi::datum(info), ffi::bytes_mut(output, length)) }) else {
            return Failure::invalid();
        };
        kdf::hkdf_expand(mac, k, i, out).err().unwrap_or(0)
    }
}
