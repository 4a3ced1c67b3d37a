//! <gnutls/urls.h>
pub mod registry;
pub mod stubs;
pub mod types;
