//! <gnutls/pkcs7.h>
pub mod pkcs7;
pub mod stubs;
pub mod types;
