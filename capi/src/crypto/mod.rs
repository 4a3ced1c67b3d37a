//! <gnutls/crypto.h>
pub mod stubs;
pub mod types;
