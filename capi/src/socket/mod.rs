//! <gnutls/socket.h>
pub mod stubs;
pub mod types;
pub mod transport;
