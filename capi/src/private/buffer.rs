//! GnuTLS's private buffer helpers (GNUTLS_PRIVATE_3_4), which
//! libgnutls-dane calls on buffers it allocates itself; see
//! crate::gnutls::buffer for the layout.
use crate::ctypes::*;
use crate::entry;
use crate::gnutls::buffer::raw;
use crate::types::*;
use rgnutls::errors;

#[no_mangle]
pub unsafe extern "C" fn _gnutls_buffer_init(str_: *mut c_void) {
    entry! {
        // SAFETY: the caller's buffer, per the private API.
        if let Some(b) = unsafe { raw(str_) } {
            b.allocd = core::ptr::null_mut();
            b.data = core::ptr::null_mut();
            b.max_length = 0;
            b.length = 0;
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn _gnutls_buffer_clear(str_: *mut c_void) {
    entry! {
        // SAFETY: the caller's buffer, per the private API.
        if let Some(b) = unsafe { raw(str_) } {
            // SAFETY: the allocation is libc's (or NULL).
            unsafe { libc::free(b.allocd as *mut c_void) };
            b.allocd = core::ptr::null_mut();
            b.data = core::ptr::null_mut();
            b.max_length = 0;
            b.length = 0;
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn _gnutls_buffer_append_str(dest: *mut c_void, src: *const c_char) -> c_int {
    entry! {
        // SAFETY: the caller's buffer, per the private API.
        let Some(b) = (unsafe { raw(dest) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if src.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: a NUL-terminated string, per the private API.
        let s = unsafe { core::ffi::CStr::from_ptr(src) }.to_bytes();
        // SAFETY: the buffer's fields describe its libc allocation.
        unsafe { b.append(s) }
    }
}

/// Moves the contents into `data` (the application frees it with
/// gnutls_free) and empties the buffer; with `is_str`, a NUL follows the
/// bytes (not counted in the size). An empty buffer gives NULL and 0.
#[no_mangle]
pub unsafe extern "C" fn _gnutls_buffer_to_datum(str_: *mut c_void, data: *mut gnutls_datum_t, is_str: c_uint) -> c_int {
    entry! {
        // SAFETY: the caller's buffer, per the private API.
        let Some(b) = (unsafe { raw(str_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if data.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        if is_str != 0 && b.length > 0 {
            // SAFETY: the buffer's fields describe its libc allocation.
            let r = unsafe { b.append(&[0]) };
            if r < 0 {
                return r;
            }
            b.length -= 1;
        }
        // An empty buffer gives an empty datum, even as a string.
        let (ptr, len) = if b.length == 0 {
            // SAFETY: the allocation is libc's (or NULL).
            unsafe { libc::free(b.allocd as *mut c_void) };
            (core::ptr::null_mut(), 0)
        } else {
            // The unread bytes (and the NUL) move to the front of the block,
            // which then belongs to the datum.
            let keep = b.length + usize::from(is_str != 0);
            // SAFETY: both ranges lie inside the allocation.
            unsafe { core::ptr::copy(b.data, b.allocd, keep) };
            (b.allocd, b.length)
        };
        // SAFETY: a writable datum, per the private API.
        unsafe {
            (*data).data = ptr;
            (*data).size = len as c_uint;
        }
        b.allocd = core::ptr::null_mut();
        b.data = core::ptr::null_mut();
        b.max_length = 0;
        b.length = 0;
        0
    }
}

/// Points `data` at up to `req_size` unread bytes and consumes them (the
/// bytes stay owned by the buffer).
#[no_mangle]
pub unsafe extern "C" fn _gnutls_buffer_pop_datum(str_: *mut c_void, data: *mut gnutls_datum_t, req_size: size_t) {
    entry! {
        // SAFETY: the caller's buffer, per the private API.
        let Some(b) = (unsafe { raw(str_) }) else { return };
        if data.is_null() {
            return;
        }
        let n = req_size.min(b.length);
        // SAFETY: a writable datum; `data + n` stays inside the allocation.
        unsafe {
            (*data).data = b.data;
            (*data).size = n as c_uint;
            b.data = b.data.add(n);
        }
        b.length -= n;
        if b.length == 0 {
            b.data = b.allocd;
        }
    }
}

/// Decodes `%XX` escapes in place.
#[no_mangle]
pub unsafe extern "C" fn _gnutls_buffer_unescape(dest: *mut c_void) -> c_int {
    entry! {
        // SAFETY: the caller's buffer, per the private API.
        let Some(b) = (unsafe { raw(dest) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if b.length == 0 {
            return 0;
        }
        // SAFETY: `length` unread bytes at `data`.
        let bytes = unsafe { core::slice::from_raw_parts_mut(b.data, b.length) };
        b.length = rgnutls::encoding::percent_decode_in_place(bytes);
        0
    }
}
