//! <gnutls/dtls.h>
pub mod stubs;
pub mod types;
