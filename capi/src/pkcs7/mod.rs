//! <gnutls/pkcs7.h>
pub mod stubs;
pub mod types;
