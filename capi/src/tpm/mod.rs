//! <gnutls/tpm.h>
pub mod stubs;
pub mod types;
