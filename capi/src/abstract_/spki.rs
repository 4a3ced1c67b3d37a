//! gnutls_privkey_get_spki / gnutls_privkey_set_spki: the subject public key
//! parameters of an abstract private key (see crate::x509::spki).
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use crate::x509::spki::{applies, get_for};

/// The algorithm of an abstract private key handle.
unsafe fn privkey_pk(key: gnutls_privkey_t) -> Option<c_int> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get().map(|k| k.pk_algorithm())
}

// rgnutls: partial: RSA-PSS keys report no digest and salt restrictions
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_get_spki(key: gnutls_privkey_t, spki: gnutls_x509_spki_t, flags: c_uint) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { get_for(spki, privkey_pk(key)) } }
}

// rgnutls: partial: restating the key's own algorithm only; RSA keys cannot be restricted to RSA-PSS
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_set_spki(key: gnutls_privkey_t, spki: gnutls_x509_spki_t, flags: c_uint) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { applies(spki, privkey_pk(key)) } }
}

