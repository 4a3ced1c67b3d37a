//! <gnutls/pkcs11.h>
pub mod stubs;
pub mod types;
