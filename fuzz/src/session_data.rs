//! Untrusted resumption inputs: bytes given to `gnutls_session_set_data`
//! and values returned by the application's db retrieve callback, through
//! the core API the C layer uses. Nothing may panic; garbage must load or
//! resume nothing.
use std::sync::Arc;

use rgnutls::db::client::ClientSessions;
use rgnutls::db::store::{DbStore, SessionDb};
use rgnutls::db::ticket::{TicketKey, Ticketer};
use rustls::server::{ProducesTickets, StoresServerSessions};

/// A db whose retrieve callback returns the fuzz input.
struct Returns(Vec<u8>);

impl SessionDb for Returns {
    fn store(&self, _: &[u8], _: &[u8]) -> bool {
        true
    }
    fn retrieve(&self, _: &[u8]) -> Option<Vec<u8>> {
        Some(self.0.clone())
    }
    fn remove(&self, _: &[u8]) {}
}

pub fn session_data(data: &[u8]) {
    // Client session data.
    let client = ClientSessions::new(false);
    if client.load(data).is_ok() {
        // Only data we made and registered can offer anything.
        let _ = client.has_offer();
    }
    let _ = client.export("fuzz.example");

    // Server db entries.
    let _ = rgnutls::db::entry::created_time(data);
    let _ = rgnutls::db::entry::expire_time(data);
    let store = DbStore::new(Arc::new(Returns(data.to_vec())), 3600, Arc::default());
    if let Some(value) = store.get(b"key") {
        // Whatever decodes must be a well-formed entry of ours.
        assert!(rgnutls::db::entry::Entry::decode(data).is_some_and(|e| e.value == value));
    }
    let _ = store.take(b"key");

    // Tickets presented by a client.
    let ticketer = Ticketer::new(Arc::new(TicketKey::new(&[7u8; 64]).unwrap()), 3600, Arc::default());
    assert!(ticketer.decrypt(data).is_none() || data.len() > 28);
}
