//! gnutls_privkey_import_url / gnutls_pubkey_import_url: through a scheme
//! the application registered, else the error GnuTLS gives for a back end
//! it does not have (see rgnutls::urls).
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use crate::urls::registry;
use rgnutls::errors;
use rgnutls::urls::{unhandled, Object};

/// The URL's bytes, or `None` for NULL.
///
/// # Safety
/// `url` is NULL or a NUL-terminated string.
pub(crate) unsafe fn url_bytes<'a>(url: *const c_char) -> Option<&'a [u8]> {
    // SAFETY: per the function's contract.
    (!url.is_null()).then(|| unsafe { core::ffi::CStr::from_ptr(url) }.to_bytes())
}

/// A private-key URL no registered scheme takes fails like this; PKCS#11
/// is logged once, as what rgnutls does not do.
pub(crate) fn refuse(url: &[u8], object: Object) -> c_int {
    if rgnutls::urls::builtin(url) == Some(rgnutls::urls::Builtin::Pkcs11) {
        static LOGGED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
        if !LOGGED.swap(true, std::sync::atomic::Ordering::Relaxed) {
            crate::log::emit(1, "rgnutls: PKCS#11 URLs are not supported\n");
        }
    }
    unhandled(url, object)
}

// rgnutls: partial: only application-registered URL schemes; pkcs11:, tpmkey: and system: URLs fail as in a GnuTLS without those back ends
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_import_url(key: gnutls_privkey_t, url: *const c_char, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: NULL or a C string, per the API.
        let Some(bytes) = (unsafe { url_bytes(url) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if key.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        match registry::find(bytes, false) {
            // SAFETY: the application's callback, with its own key handle and URL.
            Some(custom) => match custom.import_key {
                Some(f) => unsafe { f(key, url, flags) },
                None => errors::GNUTLS_E_INVALID_REQUEST,
            },
            None => refuse(bytes, Object::PrivateKey),
        }
    }
}

// rgnutls: partial: only application-registered URL schemes; pkcs11:, tpmkey: and system: URLs fail as in a GnuTLS without those back ends
#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_import_url(key: gnutls_pubkey_t, url: *const c_char, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: NULL or a C string, per the API.
        let Some(bytes) = (unsafe { url_bytes(url) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if key.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        match registry::find(bytes, false) {
            // SAFETY: the application's callback, with its own key handle and URL.
            Some(custom) => match custom.import_pubkey {
                Some(f) => unsafe { f(key, url, flags) },
                None => errors::GNUTLS_E_INVALID_REQUEST,
            },
            None => refuse(bytes, Object::PublicKey),
        }
    }
}
