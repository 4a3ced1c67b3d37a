//! `gnutls_rnd` and `gnutls_rnd_refresh`.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Failure};
use crate::types::*;
use rgnutls::crypto::rnd;

#[no_mangle]
pub unsafe extern "C" fn gnutls_rnd(level: gnutls_rnd_level_t, data: *mut c_void, len: size_t) -> c_int {
    entry! {
        // SAFETY: `len` writable bytes per the API.
        let Some(buf) = (unsafe { ffi::bytes_mut(data, len) }) else { return Failure::invalid() };
        rnd::fill(level, buf).err().unwrap_or(0)
    }
}

/// Nothing to refresh: every call reads the operating system's generator.
#[no_mangle]
pub extern "C" fn gnutls_rnd_refresh() {}
