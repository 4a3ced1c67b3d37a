//! <gnutls/gnutls.h>
pub mod stubs;
pub mod types;
pub mod certificate;
pub mod dh;
pub mod errors;
pub mod global;
pub mod handles;
pub mod handshake;
pub mod info;
pub mod misc;
pub mod peers;
pub mod priority;
pub mod record;
pub mod session;
pub mod transport;
pub mod memory;
pub mod vars;
