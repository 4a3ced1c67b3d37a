//! <gnutls/pkcs7.h>
pub mod signed_data;
pub mod stubs;
pub mod types;
