//! Session tickets sealed with a key derived from the application's
//! GnuTLS ticket key (`gnutls_session_ticket_key_generate`, 64 bytes).
//!
//! Keys rotate by time, as GnuTLS's do: time is cut into windows of
//! `3 × lifetime` seconds and window `n` seals with
//! `HKDF-SHA256(master, "aead" ‖ n)`. A ticket from the previous window
//! still opens, so no ticket dies before its lifetime. Everything is
//! derived from the master key and the clock, so two processes given the
//! same key open each other's tickets.
//!
//! Ticket: key name (16, derived per window) ‖ nonce (12) ‖ AES-256-GCM(state).

use std::fmt;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::hkdf::{KeyType, Prk, Salt, HKDF_SHA256};
use ring::rand::{SecureRandom, SystemRandom};
use rustls::server::ProducesTickets;

use super::now_secs;
use super::store::StoreEvents;

/// Size of a GnuTLS session ticket key.
pub const KEY_SIZE: usize = 64;
const NAME_LEN: usize = 16;
const SALT: &[u8] = b"rgnutls session ticket key v1";

/// A new random ticket key (`gnutls_session_ticket_key_generate`).
pub fn generate_key() -> Option<[u8; KEY_SIZE]> {
    let mut key = [0u8; KEY_SIZE];
    SystemRandom::new().fill(&mut key).ok()?;
    Some(key)
}

struct Len(usize);
impl KeyType for Len {
    fn len(&self) -> usize {
        self.0
    }
}

/// The application's ticket key, ready to derive window keys from.
pub struct TicketKey {
    prk: Prk,
}

impl fmt::Debug for TicketKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TicketKey(..)")
    }
}

impl TicketKey {
    /// Only GnuTLS's 64-byte keys are accepted.
    pub fn new(master: &[u8]) -> Option<TicketKey> {
        if master.len() != KEY_SIZE {
            return None;
        }
        Some(TicketKey { prk: Salt::new(HKDF_SHA256, SALT).extract(master) })
    }

    fn window(&self, n: u64) -> Option<(LessSafeKey, [u8; NAME_LEN])> {
        let n = n.to_be_bytes();
        let info_key: [&[u8]; 2] = [b"aead", &n];
        let info_name: [&[u8]; 2] = [b"name", &n];
        let key = UnboundKey::from(self.prk.expand(&info_key, &AES_256_GCM).ok()?);
        let mut name = [0u8; NAME_LEN];
        self.prk.expand(&info_name, Len(NAME_LEN)).ok()?.fill(&mut name).ok()?;
        Some((LessSafeKey::new(key), name))
    }
}

/// One session's ticket producer.
pub struct Ticketer {
    key: Arc<TicketKey>,
    lifetime: u32,
    events: Arc<StoreEvents>,
    rng: SystemRandom,
}

impl fmt::Debug for Ticketer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ticketer").field("lifetime", &self.lifetime).finish_non_exhaustive()
    }
}

impl Ticketer {
    /// `lifetime`: ticket lifetime in seconds (`gnutls_db_set_cache_expiration`).
    pub fn new(key: Arc<TicketKey>, lifetime: u32, events: Arc<StoreEvents>) -> Self {
        Ticketer { key, lifetime: lifetime.max(1), events, rng: SystemRandom::new() }
    }

    fn period(&self) -> u64 {
        u64::from(self.lifetime) * 3
    }

    /// Seals with the window of time `now`.
    pub fn seal_at(&self, plain: &[u8], now: u64) -> Option<Vec<u8>> {
        let (key, name) = self.key.window(now / self.period())?;
        let mut nonce = [0u8; NONCE_LEN];
        self.rng.fill(&mut nonce).ok()?;
        let mut body = plain.to_vec();
        key.seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(name), &mut body)
            .ok()?;
        let mut out = Vec::with_capacity(NAME_LEN + NONCE_LEN + body.len());
        out.extend_from_slice(&name);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&body);
        Some(out)
    }

    /// Opens a ticket sealed in the window of `now` or the one before.
    pub fn open_at(&self, ticket: &[u8], now: u64) -> Option<Vec<u8>> {
        let name = ticket.get(..NAME_LEN)?;
        let nonce: [u8; NONCE_LEN] = ticket.get(NAME_LEN..NAME_LEN + NONCE_LEN)?.try_into().ok()?;
        let sealed = ticket.get(NAME_LEN + NONCE_LEN..)?;
        let current = now / self.period();
        for n in [current, current.wrapping_sub(1)] {
            let Some((key, window_name)) = self.key.window(n) else { continue };
            if window_name.as_slice() != name {
                continue;
            }
            let mut body = sealed.to_vec();
            let plain = key
                .open_in_place(Nonce::assume_unique_for_key(nonce), Aad::from(window_name), &mut body)
                .ok()?;
            return Some(plain.to_vec());
        }
        None
    }
}

impl ProducesTickets for Ticketer {
    fn enabled(&self) -> bool {
        true
    }

    fn lifetime(&self) -> u32 {
        self.lifetime
    }

    fn encrypt(&self, plain: &[u8]) -> Option<Vec<u8>> {
        self.seal_at(plain, now_secs())
    }

    fn decrypt(&self, cipher: &[u8]) -> Option<Vec<u8>> {
        self.events.requested.store(true, Ordering::Release);
        self.open_at(cipher, now_secs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticketer(master: &[u8], lifetime: u32) -> Ticketer {
        Ticketer::new(Arc::new(TicketKey::new(master).unwrap()), lifetime, Arc::default())
    }

    #[test]
    fn same_key_opens_across_instances() {
        let master = generate_key().unwrap();
        let a = ticketer(&master, 100);
        let b = ticketer(&master, 100);
        let t = a.seal_at(b"state", 1_000_000).unwrap();
        assert_eq!(b.open_at(&t, 1_000_000).as_deref(), Some(&b"state"[..]));
        let other = ticketer(&generate_key().unwrap(), 100);
        assert_eq!(other.open_at(&t, 1_000_000), None);
    }

    #[test]
    fn rotation_keeps_previous_window() {
        let master = [7u8; KEY_SIZE];
        let t = ticketer(&master, 100); // windows of 300 s
        let ticket = t.seal_at(b"x", 600).unwrap();
        assert!(t.open_at(&ticket, 899).is_some());
        assert!(t.open_at(&ticket, 900).is_some());
        assert!(t.open_at(&ticket, 1199).is_some());
        assert!(t.open_at(&ticket, 1200).is_none());
        // A new window seals under a new name.
        let later = t.seal_at(b"x", 900).unwrap();
        assert_ne!(ticket[..NAME_LEN], later[..NAME_LEN]);
    }

    #[test]
    fn damaged_tickets_are_refused() {
        let t = ticketer(&[1u8; KEY_SIZE], 10);
        let mut ticket = t.seal_at(b"state", 50).unwrap();
        let last = ticket.len() - 1;
        ticket[last] ^= 1;
        assert!(t.open_at(&ticket, 50).is_none());
        for n in 0..40 {
            assert!(t.open_at(&vec![3u8; n], 50).is_none());
        }
        assert!(TicketKey::new(&[0u8; 32]).is_none());
    }
}
