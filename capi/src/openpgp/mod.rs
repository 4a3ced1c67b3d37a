//! <gnutls/openpgp.h>
pub mod stubs;
pub mod types;
