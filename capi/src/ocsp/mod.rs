//! <gnutls/ocsp.h>
pub mod resp;
pub mod stubs;
pub mod types;
