//! The <gnutls/x509-ext.h> side of TLS feature sets: adding a feature and
//! the extension value's DER (gnutls_x509_ext_import/export_tlsfeatures).
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use crate::x509::tlsfeatures::features;
use rgnutls::errors;

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_add(f: gnutls_x509_tlsfeatures_t, feature: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(mut set) = (unsafe { features(f) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        set.add(feature).map_or_else(|e| e, |_| 0)
    }
}

const GNUTLS_EXT_FLAG_APPEND: c_uint = 1;

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_ext_import_tlsfeatures(ext: *const gnutls_datum_t, f: gnutls_x509_tlsfeatures_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(der), Some(mut set)) = (unsafe { ffi::datum(ext) }, unsafe { features(f) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        set.import(der, flags & GNUTLS_EXT_FLAG_APPEND != 0).map_or_else(|e| e, |_| 0)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_ext_export_tlsfeatures(f: gnutls_x509_tlsfeatures_t, ext: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(set) = (unsafe { features(f) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match set.export() {
            // SAFETY: `ext` is NULL or a writable datum.
            Ok(der) => unsafe { ffi::set_datum(ext, &der) },
            Err(e) => e,
        }
    }
}
