//! gnutls_priority_compression_list: compression is gone from TLS; the
//! only method any priority enables is NULL.
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::errors;

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_compression_list(pcache: gnutls_priority_t, list: *mut *const c_uint) -> c_int {
    entry! {
        if pcache.is_null() || list.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        static NULL_ONLY: [c_uint; 1] = [rgnutls::priority::ids::COMP_NULL];
        // SAFETY: non-NULL out parameter; the array is static.
        unsafe { *list = NULL_ONLY.as_ptr() };
        1
    }
}
