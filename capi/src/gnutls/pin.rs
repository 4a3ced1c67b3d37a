//! PIN callbacks on objects (gnutls_certificate_set_pin_function and the
//! privkey/pubkey/x509 variants). They exist to unlock PKCS#11 and TPM
//! objects; rgnutls has neither, so no object ever needs a PIN and the
//! callbacks are accepted without effect (encrypted key files take their
//! password as an argument).
use crate::ctypes::*;
use crate::entry;
use crate::types::*;

// rgnutls: partial: accepted, never called (no PKCS#11 or TPM objects need a PIN)
#[no_mangle]
pub extern "C" fn gnutls_certificate_set_pin_function(
    arg0: gnutls_certificate_credentials_t,
    fn_: gnutls_pin_callback_t,
    userdata: *mut c_void,
) {
    entry! { let _ = (arg0, fn_, userdata); }
}
