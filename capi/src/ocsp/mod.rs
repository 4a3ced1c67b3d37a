//! <gnutls/ocsp.h>
pub mod stubs;
pub mod types;
