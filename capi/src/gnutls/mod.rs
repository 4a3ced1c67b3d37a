//! <gnutls/gnutls.h>
pub mod stubs;
pub mod types;
pub mod errors;
pub mod global;
pub mod handles;
pub mod memory;
pub mod vars;
pub mod algorithms;
pub mod encoding;
pub mod keygen;
