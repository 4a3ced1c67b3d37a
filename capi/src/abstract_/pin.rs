//! PIN callbacks on abstract keys; see crate::gnutls::pin.
use crate::ctypes::*;
use crate::entry;
use crate::types::*;

// rgnutls: partial: accepted, never called (no PKCS#11 or TPM objects need a PIN)
#[no_mangle]
pub extern "C" fn gnutls_privkey_set_pin_function(key: gnutls_privkey_t, fn_: gnutls_pin_callback_t, userdata: *mut c_void) {
    entry! { let _ = (key, fn_, userdata); }
}

// rgnutls: partial: accepted, never called (no PKCS#11 or TPM objects need a PIN)
#[no_mangle]
pub extern "C" fn gnutls_pubkey_set_pin_function(key: gnutls_pubkey_t, fn_: gnutls_pin_callback_t, userdata: *mut c_void) {
    entry! { let _ = (key, fn_, userdata); }
}
