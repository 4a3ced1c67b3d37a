//! <gnutls/urls.h>
pub mod stubs;
pub mod types;
