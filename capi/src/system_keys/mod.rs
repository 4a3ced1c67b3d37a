//! <gnutls/system-keys.h>
pub mod stubs;
pub mod types;
