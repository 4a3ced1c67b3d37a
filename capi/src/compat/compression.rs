//! Record compression (deprecated): GnuTLS 3.7 knows only the NULL method.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::cstr;
use crate::gnutls::algorithms::cname;
use crate::types::*;

/// GNUTLS_COMP_NULL, the one method left.
const NULL_METHOD: c_int = 1;
const NULL_NAME: &str = "NULL";

/// The session's compression method: always NULL (GnuTLS 3.7 negotiates none).
#[no_mangle]
pub unsafe extern "C" fn gnutls_compression_get(session: gnutls_session_t) -> gnutls_compression_method_t {
    entry! {
        let _ = crate::gnutls::session::session!(session);
        NULL_METHOD
    }
}

#[no_mangle]
pub extern "C" fn gnutls_compression_get_name(algorithm: gnutls_compression_method_t) -> *const c_char {
    entry! { if algorithm == NULL_METHOD { cname(NULL_NAME) } else { core::ptr::null() } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_compression_get_id(name: *const c_char) -> gnutls_compression_method_t {
    entry! {
        // SAFETY: NULL or a C string, per the API.
        match unsafe { cstr(name) } {
            Some(n) if n.eq_ignore_ascii_case(NULL_NAME) => NULL_METHOD,
            _ => 0,
        }
    }
}

#[no_mangle]
pub extern "C" fn gnutls_compression_list() -> *const gnutls_compression_method_t {
    static LIST: [c_int; 2] = [NULL_METHOD, 0];
    LIST.as_ptr()
}
