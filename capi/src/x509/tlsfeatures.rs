//! gnutls_x509_tlsfeatures_t (RFC 7633 TLS features): the set's handle,
//! its getters, and reading/writing a certificate's TLS feature extension.
//! The logic is in rgnutls::x509::crt_ext::TlsFeatures.
use super::common::crt;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crt_ext::{TlsFeatures, OID_TLS_FEATURES};
use std::sync::{Mutex, MutexGuard};

/// `gnutls_x509_tlsfeatures_t`: a list of feature numbers.
impl ffi::Handle for gnutls_x509_tlsfeatures_st {
    type Rust = Mutex<TlsFeatures>;
}

/// Locks the set behind a handle; NULL gives `None`.
///
/// # Safety
/// `f` is NULL or a live gnutls_x509_tlsfeatures_t.
pub(crate) unsafe fn features<'a>(f: gnutls_x509_tlsfeatures_t) -> Option<MutexGuard<'a, TlsFeatures>> {
    // SAFETY: per the caller's contract.
    let h = unsafe { ffi::handle(f) }?;
    Some(h.lock().unwrap_or_else(|e| e.into_inner()))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_init(f: *mut gnutls_x509_tlsfeatures_t) -> c_int {
    entry! {
        if f.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL; the caller passes a writable pointer.
        unsafe { *f = ffi::new_handle::<gnutls_x509_tlsfeatures_st>(Mutex::new(TlsFeatures::default())) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_deinit(f: gnutls_x509_tlsfeatures_t) {
    // SAFETY: made by gnutls_x509_tlsfeatures_init; the caller stops using it.
    entry! { unsafe { ffi::free_handle(f) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_get(f: gnutls_x509_tlsfeatures_t, idx: c_uint, feature: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(set), Some(out)) = (unsafe { features(f) }, unsafe { feature.as_mut() }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        match set.get(idx as usize) {
            Ok(v) => { *out = c_uint::from(v); 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_tlsfeatures_check_crt(feat: gnutls_x509_tlsfeatures_t, cert: gnutls_x509_crt_t) -> c_uint {
    entry! {
        // SAFETY: per the API contract.
        let (Some(set), Some(c)) = (unsafe { features(feat) }, unsafe { crt(cert) }) else { return 0 };
        c_uint::from(set.check_crt(&c))
    }
}

const GNUTLS_EXT_FLAG_APPEND: c_uint = 1;

/// Puts `list` in a set handle: replacing its features, or with
/// GNUTLS_EXT_FLAG_APPEND in `flags` adding those it lacks. Shared with the
/// request functions (gnutls_x509_crq_get_tlsfeatures). A GnuTLS code.
pub(crate) fn merge(f: &Mutex<TlsFeatures>, list: &[u16], flags: c_uint) -> c_int {
    let mut set = f.lock().unwrap_or_else(|e| e.into_inner());
    set.merge(list, flags & GNUTLS_EXT_FLAG_APPEND != 0).map_or_else(|e| e, |_| 0)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_tlsfeatures(cert: gnutls_x509_crt_t, features_: gnutls_x509_tlsfeatures_t, flags: c_uint, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(c), Some(set)) = (unsafe { crt(cert) }, unsafe { ffi::handle(features_) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let (list, crit) = match rgnutls::x509::crt_ext::tls_features(&c) { Ok(v) => v, Err(e) => return e };
        let rc = merge(set, &list, flags);
        if rc == 0 {
            // SAFETY: NULL or writable.
            if let Some(cr) = unsafe { critical.as_mut() } {
                *cr = c_uint::from(crit);
            }
        }
        rc
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_tlsfeatures(cert: gnutls_x509_crt_t, features_: gnutls_x509_tlsfeatures_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(set) = (unsafe { features(features_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let value = match set.export() { Ok(v) => v, Err(e) => return e };
        drop(set);
        // SAFETY: per the API contract.
        unsafe { super::crtgen::with_draft(cert, |d| d.set_extension(OID_TLS_FEATURES, false, value)) }
    }
}
