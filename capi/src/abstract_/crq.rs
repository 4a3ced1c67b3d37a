//! The abstract.h side of certificate requests: signing one with an
//! abstract private key, its key from a public key, and a public key
//! taken from a request.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use crate::x509::crq::{crq_of, sign_with, with_crq};
use rgnutls::errors;

// rgnutls: partial: RSA-PSS signatures use a salt as long as the hash; restrictions in an RSA-PSS key's own parameters are not applied
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_privkey_sign(crq: gnutls_x509_crq_t, key: gnutls_privkey_t, dig: gnutls_digest_algorithm_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = unsafe { ffi::handle(key) }.and_then(|h| h.get()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { sign_with(crq, &k, dig) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crq_set_pubkey(crq: gnutls_x509_crq_t, key: gnutls_pubkey_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(spki) = unsafe { ffi::handle(key) }.and_then(|h| h.get()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_crq(crq, |c| c.set_spki(&spki)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_import_x509_crq(key: gnutls_pubkey_t, crq: gnutls_x509_crq_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(c)) = (unsafe { ffi::handle(key) }, unsafe { crq_of(crq) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.spki_der() {
            Ok(spki) => { h.set(spki); 0 }
            Err(e) => e,
        }
    }
}
