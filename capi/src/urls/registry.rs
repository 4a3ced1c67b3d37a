//! gnutls_register_custom_url: URL schemes the application resolves itself.
//! The registry is process-wide, like GnuTLS's, and is read by
//! gnutls_url_is_supported and the *_import_url functions.
use super::types::*;
use crate::ctypes::*;
use crate::entry;
use rgnutls::errors;
use std::sync::RwLock;

/// GnuTLS keeps at most this many custom schemes.
const MAX_CUSTOM_URLS: usize = 8;

/// One registered scheme. The name is copied (GnuTLS keeps the caller's
/// pointer; a copy cannot dangle).
#[derive(Clone)]
pub(crate) struct CustomUrl {
    pub name: Vec<u8>,
    pub import_key: gnutls_privkey_import_url_func,
    pub import_crt: gnutls_x509_crt_import_url_func,
    pub import_pubkey: gnutls_pubkey_import_url_func,
    pub get_issuer: gnutls_get_raw_issuer_func,
}

static REGISTRY: RwLock<Vec<CustomUrl>> = RwLock::new(Vec::new());

/// The registered scheme `url` starts with. The entry is a copy, so that
/// its callbacks run without the registry locked (they may call back in).
pub(crate) fn find(url: &[u8], ignore_case: bool) -> Option<CustomUrl> {
    let list = REGISTRY.read().unwrap_or_else(|e| e.into_inner());
    list.iter().find(|c| rgnutls::urls::has_scheme(url, &c.name, ignore_case)).cloned()
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_register_custom_url(st: *const gnutls_custom_url_st) -> c_int {
    entry! {
        if st.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: a non-NULL gnutls_custom_url_st, per the API.
        let st = unsafe { &*st };
        if st.name.is_null() || st.name_size == 0 {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: `name_size` bytes at `name`, per the API.
        let name = unsafe { core::slice::from_raw_parts(st.name as *const u8, st.name_size as usize) }.to_vec();
        let mut list = REGISTRY.write().unwrap_or_else(|e| e.into_inner());
        // A scheme registered twice is refused, as is a ninth one.
        if list.len() >= MAX_CUSTOM_URLS || list.iter().any(|c| c.name == name) {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        list.push(CustomUrl {
            name,
            import_key: st.import_key,
            import_crt: st.import_crt,
            import_pubkey: st.import_pubkey,
            get_issuer: st.get_issuer,
        });
        0
    }
}
