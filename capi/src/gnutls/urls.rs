//! gnutls_url_is_supported: only schemes the application registered
//! (gnutls_register_custom_url); rgnutls has no PKCS#11, TPM or system
//! key store back end.
use crate::ctypes::*;
use crate::entry;
use crate::urls::registry;

// rgnutls: partial: only application-registered URL schemes; pkcs11:, tpmkey: and system: URLs are not supported
#[no_mangle]
pub unsafe extern "C" fn gnutls_url_is_supported(url: *const c_char) -> c_uint {
    entry! {
        if url.is_null() {
            return 0;
        }
        // SAFETY: a NUL-terminated string, per the API.
        let url = unsafe { core::ffi::CStr::from_ptr(url) }.to_bytes();
        c_uint::from(registry::find(url, true).is_some())
    }
}
