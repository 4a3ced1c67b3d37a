//! <gnutls/compat.h>
pub mod stubs;
pub mod types;
pub mod compression;
pub mod memory;
pub mod priority;
