//! gnutls_x509_tlsfeatures_*: the TLS features list (RFC 7633) and the
//! certificate functions that read and write it. The request ones are in
//! crq.rs, the x509-ext.h ones in x509_ext/tlsfeatures.rs.
use super::common::crt;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crq::{tls_features_from_der, TlsFeatures};
use std::sync::Mutex;

/// The TLS feature extension's OID.
pub(crate) const OID_TLS_FEATURES: &str = "1.3.6.1.5.5.7.1.24";
/// GNUTLS_EXT_FLAG_APPEND: add to the list instead of replacing it.
const GNUTLS_EXT_FLAG_APPEND: c_uint = 1;

/// `gnutls_x509_tlsfeatures_t`: a list of TLS feature numbers.
impl ffi::Handle for gnutls_x509_tlsfeatures_st {
    type Rust = Mutex<TlsFeatures>;
}

/// Puts `list` in the handle's list: replacing it, or with
/// GNUTLS_EXT_FLAG_APPEND adding the features it lacks.
pub(crate) fn merge(f: &Mutex<TlsFeatures>, list: &[u16], flags: c_uint) {
    let mut have = f.lock().unwrap_or_else(|e| e.into_inner());
    if flags & GNUTLS_EXT_FLAG_APPEND == 0 {
        have.0.clear();
    }
    for feature in list {
        if !have.0.contains(feature) {
            have.0.push(*feature);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_init(features: *mut gnutls_x509_tlsfeatures_t) -> c_int {
    entry! {
        if features.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *features = ffi::new_handle::<gnutls_x509_tlsfeatures_st>(Mutex::new(TlsFeatures::default())) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_deinit(arg0: gnutls_x509_tlsfeatures_t) {
    // SAFETY: made by gnutls_x509_tlsfeatures_init, or NULL.
    entry! { unsafe { ffi::free_handle(arg0) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_get(f: gnutls_x509_tlsfeatures_t, idx: c_uint, feature: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(f), Some(out)) = (unsafe { ffi::handle(f) }, unsafe { feature.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match f.lock().unwrap_or_else(|e| e.into_inner()).0.get(idx as usize) {
            Some(v) => { *out = c_uint::from(*v); 0 }
            None => errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_tlsfeatures(crt: gnutls_x509_crt_t, features: gnutls_x509_tlsfeatures_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(f) = (unsafe { ffi::handle(features) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let der = match f.lock().unwrap_or_else(|e| e.into_inner()).to_der() { Ok(d) => d, Err(e) => return e };
        // SAFETY: per the API contract.
        unsafe { super::crtgen::with_draft(crt, |d| d.set_extension(OID_TLS_FEATURES, false, der)) }
    }
}

/// The features of a certificate and the extension's criticality.
unsafe fn crt_features(cert: gnutls_x509_crt_t) -> Result<(Vec<u16>, bool), c_int> {
    // SAFETY: per the caller's contract.
    let c = unsafe { crt(cert) }.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    let (_, critical, value) = c
        .extensions()
        .into_iter()
        .find(|(oid, _, _)| oid == OID_TLS_FEATURES)
        .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
    Ok((tls_features_from_der(value)?, critical))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_tlsfeatures(cert: gnutls_x509_crt_t, features: gnutls_x509_tlsfeatures_t, flags: c_uint, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(f) = (unsafe { ffi::handle(features) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        let (list, crit) = match unsafe { crt_features(cert) } { Ok(v) => v, Err(e) => return e };
        // SAFETY: NULL or writable.
        if let Some(c) = unsafe { critical.as_mut() } {
            *c = c_uint::from(crit);
        }
        merge(f, &list, flags);
        0
    }
}

/// 1 when the certificate asks for every feature of `feat` (always with an
/// empty list), else 0.
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_check_crt(feat: gnutls_x509_tlsfeatures_t, crt: gnutls_x509_crt_t) -> c_uint {
    entry! {
        // SAFETY: per the API contract.
        let Some(f) = (unsafe { ffi::handle(feat) }) else { return 0 };
        let want = f.lock().unwrap_or_else(|e| e.into_inner()).0.clone();
        if want.is_empty() {
            return 1;
        }
        // SAFETY: per the API contract.
        let Ok((have, _)) = (unsafe { crt_features(crt) }) else { return 0 };
        c_uint::from(want.iter().all(|w| have.contains(w)))
    }
}
