//! <gnutls/pkcs11.h>
pub mod pin;
pub mod stubs;
pub mod types;
