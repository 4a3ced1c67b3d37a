//! gnutls_x509_spki_*: subject public key parameters, and the *_get_spki /
//! *_set_spki functions of private keys and certificates. The logic is in
//! rgnutls::x509::spki.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::spki::Spki;
use std::sync::Mutex;

impl ffi::Handle for gnutls_x509_spki_st {
    type Rust = Mutex<Spki>;
}

/// The parameters behind a handle (a copy).
unsafe fn spki_of(spki: gnutls_x509_spki_t) -> Option<Spki> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(spki) }.map(|m| *m.lock().unwrap_or_else(|e| e.into_inner()))
}

/// Stores `value` in the handle; a GnuTLS code.
unsafe fn store(spki: gnutls_x509_spki_t, value: Result<Spki, c_int>) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(m) = (unsafe { ffi::handle(spki) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    match value {
        Ok(v) => {
            *m.lock().unwrap_or_else(|e| e.into_inner()) = v;
            0
        }
        Err(e) => e,
    }
}

/// Whether `spki` can be applied to a key of algorithm `key_pk`.
pub(crate) unsafe fn applies(spki: gnutls_x509_spki_t, key_pk: Option<c_int>) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(s), Some(pk)) = (unsafe { spki_of(spki) }, key_pk) else { return errors::GNUTLS_E_INVALID_REQUEST };
    match s.check_applies_to(pk) {
        Ok(()) => 0,
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_spki_init(spki: *mut gnutls_x509_spki_t) -> c_int {
    entry! {
        if spki.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *spki = ffi::new_handle::<gnutls_x509_spki_st>(Mutex::new(Spki::default())) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_spki_deinit(spki: gnutls_x509_spki_t) {
    // SAFETY: made by gnutls_x509_spki_init, or NULL.
    entry! { unsafe { ffi::free_handle(spki) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_spki_set_rsa_pss_params(spki: gnutls_x509_spki_t, dig: gnutls_digest_algorithm_t, salt_size: c_uint) {
    entry! {
        // SAFETY: per the API contract.
        if let Some(m) = unsafe { ffi::handle(spki) } {
            m.lock().unwrap_or_else(|e| e.into_inner()).set_rsa_pss_params(dig, salt_size);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_spki_get_rsa_pss_params(spki: gnutls_x509_spki_t, dig: *mut gnutls_digest_algorithm_t, salt_size: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(s) = (unsafe { spki_of(spki) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match s.rsa_pss_params() {
            Ok(p) => {
                // SAFETY: NULL or writable.
                if let Some(d) = unsafe { dig.as_mut() } {
                    *d = p.digest;
                }
                // SAFETY: NULL or writable.
                if let Some(z) = unsafe { salt_size.as_mut() } {
                    *z = p.salt_size;
                }
                0
            }
            Err(e) => e,
        }
    }
}

/// The algorithm of an X.509 private key handle.
unsafe fn x509_key_pk(key: gnutls_x509_privkey_t) -> Option<c_int> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get().map(|k| k.pk_algorithm())
}

/// The algorithm of a certificate's subject key (see crtgen::subject_spki).
unsafe fn crt_pk(crt: gnutls_x509_crt_t) -> Option<c_int> {
    // SAFETY: per the caller's contract.
    let spki = unsafe { super::crtgen::subject_spki(crt) }?;
    rgnutls::x509::crt::spki_algorithm(&spki).map(|(pk, _)| pk)
}

/// The *_get_spki work: the parameters of a key of algorithm `pk`.
pub(crate) unsafe fn get_for(spki: gnutls_x509_spki_t, pk: Option<c_int>) -> c_int {
    let Some(pk) = pk else { return errors::GNUTLS_E_INVALID_REQUEST };
    // SAFETY: per the caller's contract.
    unsafe { store(spki, Spki::of_key(pk)) }
}

// rgnutls: partial: RSA-PSS keys report no digest and salt restrictions
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_get_spki(key: gnutls_x509_privkey_t, spki: gnutls_x509_spki_t, flags: c_uint) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { get_for(spki, x509_key_pk(key)) } }
}

// rgnutls: partial: restating the key's own algorithm only; RSA keys cannot be restricted to RSA-PSS
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_set_spki(key: gnutls_x509_privkey_t, spki: gnutls_x509_spki_t, flags: c_uint) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { applies(spki, x509_key_pk(key)) } }
}

// rgnutls: partial: RSA-PSS keys report no digest and salt restrictions
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_get_spki(cert: gnutls_x509_crt_t, spki: gnutls_x509_spki_t, flags: c_uint) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { get_for(spki, crt_pk(cert)) } }
}

// rgnutls: partial: restating the subject key's own algorithm only; no RSA-PSS restrictions
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_spki(crt: gnutls_x509_crt_t, spki: gnutls_x509_spki_t, flags: c_uint) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { applies(spki, crt_pk(crt)) } }
}
