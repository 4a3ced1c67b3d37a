//! <gnutls/gnutls.h>
pub mod stubs;
pub mod types;
pub mod global;
pub mod vars;
