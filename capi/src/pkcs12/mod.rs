//! <gnutls/pkcs12.h>
pub mod stubs;
pub mod types;
pub mod bags;
pub mod write;
