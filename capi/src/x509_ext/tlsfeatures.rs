//! gnutls_x509_tlsfeatures_add: the x509-ext.h half of the TLS features
//! list (the handle and its other functions are in x509/crq.rs).
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;

/// GnuTLS keeps at most this many features.
const MAX_FEATURES: usize = 64;

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_add(f: gnutls_x509_tlsfeatures_t, feature: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(f) = (unsafe { ffi::handle(f) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let Ok(feature) = u16::try_from(feature) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let mut list = f.lock().unwrap_or_else(|e| e.into_inner());
        if list.0.len() >= MAX_FEATURES {
            return errors::GNUTLS_E_INTERNAL_ERROR;
        }
        list.0.push(feature);
        0
    }
}
