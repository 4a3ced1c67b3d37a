//! <gnutls/ocsp.h>
pub mod req;
pub mod resp;
pub mod stubs;
pub mod types;
