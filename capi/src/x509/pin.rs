//! PIN callbacks on X.509 objects; see crate::gnutls::pin.
use crate::ctypes::*;
use crate::entry;
use crate::types::*;

// rgnutls: partial: accepted, never called (no PKCS#11 or TPM objects need a PIN)
#[no_mangle]
pub extern "C" fn gnutls_x509_crt_set_pin_function(crt: gnutls_x509_crt_t, fn_: gnutls_pin_callback_t, userdata: *mut c_void) {
    entry! { let _ = (crt, fn_, userdata); }
}

// rgnutls: partial: accepted, never called (no PKCS#11 or TPM objects need a PIN)
#[no_mangle]
pub extern "C" fn gnutls_x509_privkey_set_pin_function(
    key: gnutls_x509_privkey_t,
    fn_: gnutls_pin_callback_t,
    userdata: *mut c_void,
) {
    entry! { let _ = (key, fn_, userdata); }
}
