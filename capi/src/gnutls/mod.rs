//! <gnutls/gnutls.h>
pub mod stubs;
pub mod types;
pub mod certificate;
pub mod errors;
pub mod global;
pub mod handles;
pub mod handshake;
pub mod info;
pub mod peers;
pub mod priority;
pub mod priority_query;
pub mod record;
pub mod session;
pub mod transport;
pub mod memory;
pub mod vars;
