//! <gnutls/self-test.h>
pub mod stubs;
pub mod types;
