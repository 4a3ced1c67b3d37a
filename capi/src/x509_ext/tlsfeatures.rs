//! The x509-ext.h side of the TLS features list: adding a feature, and the
//! extension's DER (the handle itself is in x509/tlsfeatures.rs).
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

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_ext_export_tlsfeatures(f: gnutls_x509_tlsfeatures_t, ext: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(f) = (unsafe { ffi::handle(f) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let der = match f.lock().unwrap_or_else(|e| e.into_inner()).to_der() { Ok(d) => d, Err(e) => return e };
        // SAFETY: `ext` is NULL or a writable datum.
        unsafe { ffi::set_datum(ext, &der) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_ext_import_tlsfeatures(ext: *const gnutls_datum_t, arg1: gnutls_x509_tlsfeatures_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(der), Some(f)) = (unsafe { ffi::datum(ext) }, unsafe { ffi::handle(arg1) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match rgnutls::x509::crq::tls_features_from_der(der) {
            Ok(list) => { crate::x509::tlsfeatures::merge(f, &list, flags); 0 }
            Err(e) => e,
        }
    }
}
