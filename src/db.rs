//! Session resumption: GnuTLS's server database, session tickets keyed by
//! the application, client session data, and 0-RTT bookkeeping, built on
//! rustls's resumption traits.
//!
//! - [`entry`]: the self-describing value we hand to the application's db
//!   callbacks (version, creation time, expiry, rustls's bytes).
//! - [`store`]: `StoresServerSessions` over a [`store::SessionDb`] (the C
//!   callbacks), refusing expired and damaged entries.
//! - [`ticket`]: `ProducesTickets` keyed from GnuTLS's 64-byte ticket key,
//!   with time-based key rotation.
//! - [`client`]: `ClientSessionStore` per session plus a process-wide
//!   registry that exported session data names.
//! - [`dispatch`]: stable verifier/resolver identities so rustls lets a
//!   session made by one connection resume in another.
//! - [`early`]: 0-RTT on a [`crate::session::Session`].

pub mod client;
pub mod dispatch;
pub mod early;
pub mod entry;
pub mod store;
pub mod ticket;

/// GnuTLS's default session lifetime in seconds (`gnutls_db_get_default_cache_expiration`).
pub const DEFAULT_EXPIRATION: u32 = 21600;

/// Seconds since the Unix epoch.
pub fn now_secs() -> u64 {
    crate::clock::unix_now().as_secs()
}

/// Random bytes for opaque identifiers (zeros if the system RNG fails).
pub fn random_id<const N: usize>() -> [u8; N] {
    let mut id = [0u8; N];
    let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut id);
    id
}
