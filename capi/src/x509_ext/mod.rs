//! <gnutls/x509-ext.h>
pub mod stubs;
pub mod types;
pub mod tlsfeatures;
