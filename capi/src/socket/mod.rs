//! <gnutls/socket.h>
pub mod stubs;
pub mod types;
