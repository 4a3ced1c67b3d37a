//! Hex, base64 and PEM helpers and `gnutls_fingerprint`, over
//! `rgnutls::encoding`. Each function's buffer-size convention (NUL counted
//! or not, size written back on a short buffer or not) is GnuTLS 3.7.9's,
//! checked by tests/c/diff/encoding.c.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Failure};
use crate::types::*;
use rgnutls::encoding;
use rgnutls::errors::{GNUTLS_E_INVALID_REQUEST, GNUTLS_E_SHORT_MEMORY_BUFFER};

/// Copies `data` to `out`, optionally followed by a NUL.
///
/// # Safety
/// `out` is valid for `data.len() + nul` bytes.
unsafe fn write(out: *mut c_void, data: &[u8], nul: bool) {
    // SAFETY: per the caller's contract.
    unsafe {
        core::ptr::copy_nonoverlapping(data.as_ptr(), out as *mut u8, data.len());
        if nul {
            *(out as *mut u8).add(data.len()) = 0;
        }
    }
}

/// Lower-case hex followed by a NUL; `*result_size` counts the NUL. A short
/// buffer leaves `*result_size` unchanged, as in GnuTLS 3.7.9.
#[no_mangle]
pub unsafe extern "C" fn gnutls_hex_encode(data: *const gnutls_datum_t, result: *mut c_char, result_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: datum and size pointer per the API.
        let (Some(d), Some(size)) = (unsafe { ffi::datum(data) }, unsafe { result_size.as_mut() }) else {
            return Failure::invalid();
        };
        let hex = encoding::hex_encode(d);
        let need = hex.len() + 1;
        if result.is_null() || *size < need {
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        // SAFETY: `result` holds `*size >= need` bytes.
        unsafe { write(result as *mut c_void, hex.as_bytes(), true) };
        *size = need;
        0
    }
}

/// Hex text (even length, hex digits only) to bytes. A short buffer leaves
/// `*result_size` unchanged, as in GnuTLS 3.7.9.
#[no_mangle]
pub unsafe extern "C" fn gnutls_hex_decode(hex_data: *const gnutls_datum_t, result: *mut c_void, result_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: datum and size pointer per the API.
        let (Some(h), Some(size)) = (unsafe { ffi::datum(hex_data) }, unsafe { result_size.as_mut() }) else {
            return Failure::invalid();
        };
        if result.is_null() || *size < h.len() / 2 {
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        let bin = match core::str::from_utf8(h).map_err(|_| rgnutls::errors::GNUTLS_E_PARSING_ERROR).and_then(encoding::hex_decode) {
            Ok(b) => b,
            Err(e) => return e,
        };
        // SAFETY: `result` holds `*size >= bin.len()` bytes.
        unsafe { write(result, &bin, false) };
        *size = bin.len();
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hex_encode2(data: *const gnutls_datum_t, result: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: datum per the API.
        let Some(d) = (unsafe { ffi::datum(data) }) else { return Failure::invalid() };
        // SAFETY: `result` is NULL (refused) or a writable datum.
        unsafe { ffi::set_datum(result, encoding::hex_encode(d).as_bytes()) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_hex_decode2(data: *const gnutls_datum_t, result: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: datum per the API.
        let Some(h) = (unsafe { ffi::datum(data) }) else { return Failure::invalid() };
        match core::str::from_utf8(h).map_err(|_| rgnutls::errors::GNUTLS_E_PARSING_ERROR).and_then(encoding::hex_decode) {
            // SAFETY: `result` is NULL (refused) or a writable datum.
            Ok(bin) => unsafe { ffi::set_datum(result, &bin) },
            Err(e) => e,
        }
    }
}

/// Lenient hex (separators skipped) into a caller buffer.
#[no_mangle]
pub unsafe extern "C" fn gnutls_hex2bin(hex_data: *const c_char, hex_size: size_t, bin_data: *mut c_void, bin_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: `hex_size` bytes at `hex_data`, and a size pointer, per the API.
        let (Some(h), Some(size)) = (unsafe { ffi::bytes(hex_data as *const c_void, hex_size) }, unsafe { bin_size.as_mut() }) else {
            return Failure::invalid();
        };
        let capacity = if bin_data.is_null() { 0 } else { *size };
        match encoding::hex2bin_lenient(h, capacity) {
            Ok(bin) => {
                // SAFETY: `bin.len() <= capacity`, the caller's buffer size.
                unsafe { write(bin_data, &bin, false) };
                *size = bin.len();
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_base64_encode2(data: *const gnutls_datum_t, result: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: datum per the API.
        let Some(d) = (unsafe { ffi::datum(data) }) else { return Failure::invalid() };
        // SAFETY: `result` is NULL (refused) or a writable datum.
        unsafe { ffi::set_datum(result, encoding::base64_encode(d).as_bytes()) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_base64_decode2(b64_data: *const gnutls_datum_t, result: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: datum per the API.
        let Some(t) = (unsafe { ffi::datum(b64_data) }) else { return Failure::invalid() };
        match encoding::base64_decode(t) {
            // SAFETY: `result` is NULL (refused) or a writable datum.
            Ok(bin) => unsafe { ffi::set_datum(result, &bin) },
            Err(e) => e,
        }
    }
}

/// PEM text into a caller buffer. GnuTLS writes no NUL here: the text needs
/// exactly its length, but a short buffer reports length + 1.
#[no_mangle]
pub unsafe extern "C" fn gnutls_pem_base64_encode(msg: *const c_char, data: *const gnutls_datum_t, result: *mut c_char, result_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: C string, datum and size pointer per the API.
        let (Some(d), Some(size)) = (unsafe { ffi::datum(data) }, unsafe { result_size.as_mut() }) else {
            return Failure::invalid();
        };
        // SAFETY: NULL or a C string.
        let pem = encoding::pem_or_raw_encode(unsafe { ffi::cstr(msg) }, d);
        if result.is_null() || *size < pem.len() {
            *size = pem.len() + 1;
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        // SAFETY: `result` holds `*size >= pem.len()` bytes.
        unsafe { write(result as *mut c_void, pem.as_bytes(), false) };
        *size = pem.len();
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pem_base64_encode2(msg: *const c_char, data: *const gnutls_datum_t, result: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: C string and datum per the API.
        let Some(d) = (unsafe { ffi::datum(data) }) else {
            return Failure::invalid();
        };
        // SAFETY: NULL or a C string.
        let text = encoding::pem_or_raw_encode(unsafe { ffi::cstr(msg) }, d);
        // SAFETY: `result` is NULL (refused) or a writable datum.
        unsafe { ffi::set_datum(result, text.as_bytes()) }
    }
}

/// Decodes the first PEM block whose label starts with `header` (any block
/// for NULL) into a caller buffer.
#[no_mangle]
pub unsafe extern "C" fn gnutls_pem_base64_decode(header: *const c_char, b64_data: *const gnutls_datum_t, result: *mut c_uchar, result_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: optional C string, datum and size pointer per the API.
        let (label, Some(t), Some(size)) = (unsafe { ffi::cstr(header) }, unsafe { ffi::datum(b64_data) }, unsafe { result_size.as_mut() }) else {
            return Failure::invalid();
        };
        let block = match encoding::pem_decode(label, t) {
            Ok(b) => b,
            Err(e) => return e,
        };
        if result.is_null() || *size < block.data.len() {
            *size = block.data.len();
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        // SAFETY: `result` holds `*size >= len` bytes.
        unsafe { write(result as *mut c_void, &block.data, false) };
        *size = block.data.len();
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pem_base64_decode2(header: *const c_char, b64_data: *const gnutls_datum_t, result: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: optional C string and datum per the API.
        let (label, Some(t)) = (unsafe { ffi::cstr(header) }, unsafe { ffi::datum(b64_data) }) else {
            return Failure::invalid();
        };
        match encoding::pem_decode(label, t) {
            // SAFETY: `result` is NULL (refused) or a writable datum.
            Ok(b) => unsafe { ffi::set_datum(result, &b.data) },
            Err(e) => e,
        }
    }
}

/// The digest of `data`. As in GnuTLS, an unknown algorithm passes the size
/// check with length 0 and then fails with GNUTLS_E_INVALID_REQUEST.
#[no_mangle]
pub unsafe extern "C" fn gnutls_fingerprint(algo: gnutls_digest_algorithm_t, data: *const gnutls_datum_t, result: *mut c_void, result_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: datum and size pointer per the API.
        let (Some(d), Some(size)) = (unsafe { ffi::datum(data) }, unsafe { result_size.as_mut() }) else {
            return Failure::invalid();
        };
        let len = rgnutls::algorithms::digest::info(algo).map_or(0, |e| e.output_len);
        if result.is_null() || *size < len {
            *size = len;
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        *size = len;
        match rgnutls::crypto::hash::hash(algo, d) {
            Ok(digest) if digest.len() == len && len > 0 => {
                // SAFETY: `result` holds at least `len` bytes.
                unsafe { write(result, &digest, false) };
                0
            }
            Ok(_) => GNUTLS_E_INVALID_REQUEST,
            Err(e) => e,
        }
    }
}
