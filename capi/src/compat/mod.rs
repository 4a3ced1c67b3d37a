//! <gnutls/compat.h>
pub mod stubs;
pub mod types;
pub mod memory;
