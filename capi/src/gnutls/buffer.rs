//! GnuTLS's growable byte buffer, `gnutls_buffer_st`. Public headers keep
//! it opaque; its layout is GnuTLS's internal one because programs built
//! against GnuTLS's private helpers (libgnutls-dane's `_gnutls_buffer_*`)
//! allocate it themselves. Memory is libc's: `_gnutls_buffer_to_datum`
//! hands the block to the application, which frees it with gnutls_free.
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::errors;

/// The buffer as GnuTLS 3.7.9 lays it out: the allocation, where the
/// unread bytes start inside it, its size, and how many bytes are unread.
#[repr(C)]
pub(crate) struct RawBuffer {
    pub allocd: *mut u8,
    pub data: *mut u8,
    pub max_length: size_t,
    pub length: size_t,
}

impl RawBuffer {
    /// Appends `bytes`, moving the unread part to the front or growing the
    /// allocation as needed. GNUTLS_E_MEMORY_ERROR leaves the buffer as it was.
    ///
    /// # Safety
    /// The fields describe a libc allocation (or are all zero).
    pub(crate) unsafe fn append(&mut self, bytes: &[u8]) -> c_int {
        if bytes.is_empty() {
            return 0;
        }
        // SAFETY: `data` lies inside `allocd`, per the buffer's invariant.
        let offset = if self.allocd.is_null() { 0 } else { unsafe { self.data.offset_from(self.allocd) as usize } };
        let needed = self.length + bytes.len();
        if offset + needed > self.max_length {
            if needed <= self.max_length {
                // Room enough once the unread bytes move to the front.
                // SAFETY: both ranges lie inside the allocation.
                unsafe { core::ptr::copy(self.data, self.allocd, self.length) };
            } else {
                let size = needed.max(self.max_length * 2);
                // SAFETY: the unread bytes move to the front of a block that is
                // then grown; realloc keeps them.
                unsafe {
                    if !self.allocd.is_null() {
                        core::ptr::copy(self.data, self.allocd, self.length);
                    }
                    let grown = libc::realloc(self.allocd as *mut c_void, size) as *mut u8;
                    if grown.is_null() {
                        self.data = self.allocd;
                        return errors::GNUTLS_E_MEMORY_ERROR;
                    }
                    self.allocd = grown;
                }
                self.max_length = size;
            }
            self.data = self.allocd;
        }
        // SAFETY: the block has room for `needed` bytes from `data`.
        unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), self.data.add(self.length), bytes.len()) };
        self.length = needed;
        0
    }
}

/// The buffer behind a pointer, or `None` for NULL.
///
/// # Safety
/// `p` is NULL or points to a live buffer.
pub(crate) unsafe fn raw<'a>(p: *mut c_void) -> Option<&'a mut RawBuffer> {
    // SAFETY: per the function's contract.
    unsafe { (p as *mut RawBuffer).as_mut() }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_buffer_append_data(dest: gnutls_buffer_t, data: *const c_void, data_size: size_t) -> c_int {
    entry! {
        // SAFETY: a live buffer, per the API.
        let Some(buf) = (unsafe { raw(dest as *mut c_void) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: `data_size` readable bytes at `data`, per the API.
        let Some(bytes) = (unsafe { crate::ffi::bytes(data, data_size) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: the buffer's fields describe its libc allocation.
        unsafe { buf.append(bytes) }
    }
}
