//! <gnutls/x509.h>
pub mod stubs;
pub mod types;
