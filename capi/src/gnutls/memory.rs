//! Memory helpers. The allocator variables themselves (gnutls_malloc,
//! gnutls_free, ...) are in vars.rs.
use crate::ctypes::*;
use crate::entry;

/// Zeroes memory in a way the compiler may not elide (for secrets).
#[no_mangle]
pub unsafe extern "C" fn gnutls_memset(data: *mut c_void, c: c_int, size: size_t) {
    entry! {
        if data.is_null() {
            return;
        }
        for i in 0..size {
            // SAFETY: the caller passes `size` writable bytes at `data`;
            // volatile writes are never optimised away.
            unsafe { core::ptr::write_volatile((data as *mut u8).add(i), c as u8) };
        }
    }
}

/// Constant-time comparison: 0 when equal, non-zero otherwise.
#[no_mangle]
pub unsafe extern "C" fn gnutls_memcmp(s1: *const c_void, s2: *const c_void, n: size_t) -> c_int {
    entry! {
        // SAFETY: the caller passes `n` readable bytes at each pointer.
        let (Some(a), Some(b)) = (unsafe { crate::ffi::bytes(s1, n) }, unsafe { crate::ffi::bytes(s2, n) }) else {
            return -1;
        };
        // Every byte is visited whatever the contents, so timing tells nothing.
        let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
        c_int::from(core::hint::black_box(diff) != 0)
    }
}
