//! `gnutls_key_generate`: random keys (declared in <gnutls/gnutls.h>).
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::crypto::rnd;

#[no_mangle]
pub unsafe extern "C" fn gnutls_key_generate(key: *mut gnutls_datum_t, key_size: c_uint) -> c_int {
    entry! {
        match rnd::generate_key(key_size as usize) {
            // SAFETY: `key` is NULL (refused) or a writable datum.
            Ok(k) => unsafe { ffi::set_datum(key, &k) },
            Err(e) => e,
        }
    }
}
