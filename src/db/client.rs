//! Client session data (`gnutls_session_get_data2` / `gnutls_session_set_data`).
//!
//! rustls 0.23 cannot serialise a client session (`Tls12ClientSessionValue`
//! and `Tls13ClientSessionValue` have no public encoding), so the data we
//! give the application names an entry in a process-wide registry:
//! `"RGcs"` | version (1) | id (16 random bytes) | name length (1) | server name.
//! Data naming an entry that does not exist (another process, evicted)
//! loads nothing: the next handshake is a full one, which is valid TLS.
//!
//! Each client session owns a [`ClientSessions`], its rustls
//! `ClientSessionStore`: it hands rustls what `set_data` loaded and keeps
//! what the server sent on this connection, for the next export.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

use ring::rand::{SecureRandom, SystemRandom};
use rustls::client::{ClientSessionStore, Tls12ClientSessionValue, Tls13ClientSessionValue};
use rustls::pki_types::ServerName;
use rustls::NamedGroup;

const MAGIC: &[u8; 4] = b"RGcs";
const VERSION: u8 = 1;
const ID_LEN: usize = 16;
/// TLS 1.3 tickets kept per session.
const TICKETS_KEPT: usize = 4;
/// Registry entries kept per process; the oldest go first.
const REGISTRY_CAP: usize = 4096;

/// What a connection can resume from. TLS 1.3 tickets are single-use
/// (rustls's values cannot even be cloned): each resumption takes one.
#[derive(Default)]
struct Saved {
    tls12: Option<Tls12ClientSessionValue>,
    tls13: VecDeque<Tls13ClientSessionValue>,
    kx_hint: Option<NamedGroup>,
}

impl Saved {
    fn is_empty(&self) -> bool {
        self.tls12.is_none() && self.tls13.is_empty()
    }
}

/// Session data as the application holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionData {
    pub id: [u8; ID_LEN],
    pub server_name: String,
}

impl SessionData {
    pub fn encode(&self) -> Vec<u8> {
        let mut cut = self.server_name.len().min(255);
        while !self.server_name.is_char_boundary(cut) {
            cut -= 1;
        }
        let name = &self.server_name.as_bytes()[..cut];
        let mut out = Vec::with_capacity(4 + 1 + ID_LEN + 1 + name.len());
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&self.id);
        out.push(name.len() as u8);
        out.extend_from_slice(name);
        out
    }

    /// `None` for bytes we did not make.
    pub fn decode(bytes: &[u8]) -> Option<SessionData> {
        if bytes.get(..4)? != MAGIC || *bytes.get(4)? != VERSION {
            return None;
        }
        let id: [u8; ID_LEN] = bytes.get(5..5 + ID_LEN)?.try_into().ok()?;
        let len = usize::from(*bytes.get(5 + ID_LEN)?);
        let rest = bytes.get(6 + ID_LEN..)?;
        if rest.len() != len {
            return None;
        }
        let server_name = std::str::from_utf8(rest).ok()?.to_owned();
        Some(SessionData { id, server_name })
    }
}

/// [`ClientSessions::load`] was given bytes that are not our session data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotSessionData;

#[derive(Default)]
struct Registry {
    entries: HashMap<[u8; ID_LEN], Saved>,
    order: VecDeque<[u8; ID_LEN]>,
}

fn registry() -> std::sync::MutexGuard<'static, Registry> {
    static REGISTRY: OnceLock<Mutex<Registry>> = OnceLock::new();
    REGISTRY.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner())
}

impl Registry {
    fn entry(&mut self, id: [u8; ID_LEN]) -> &mut Saved {
        if !self.entries.contains_key(&id) {
            self.order.push_back(id);
            while self.order.len() > REGISTRY_CAP {
                if let Some(old) = self.order.pop_front() {
                    self.entries.remove(&old);
                }
            }
        }
        self.entries.entry(id).or_default()
    }
}

#[derive(Default)]
struct State {
    /// The registry entry `set_data` named.
    offer: Option<[u8; ID_LEN]>,
    /// Its TLS 1.2 session and key-exchange hint, copied at `set_data`.
    offer_tls12: Option<Tls12ClientSessionValue>,
    offer_kx_hint: Option<NamedGroup>,
    /// What this connection received and has not exported yet.
    received: Saved,
    tls13_tickets: usize,
    /// The TLS 1.2 session this connection received, kept only to answer
    /// "did it carry a ticket" when asked (see `has_ticket`).
    tls12_last: Option<Tls12ClientSessionValue>,
    /// This session's registry id, once it exported something.
    id: Option<[u8; ID_LEN]>,
}

/// One client session's `ClientSessionStore`.
pub struct ClientSessions {
    state: Mutex<State>,
    /// `GNUTLS_NO_TICKETS` / `%NO_TICKETS`: TLS 1.3 tickets are not offered.
    no_tickets: std::sync::atomic::AtomicBool,
}

impl fmt::Debug for ClientSessions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientSessions").finish_non_exhaustive()
    }
}

impl ClientSessions {
    pub fn new(no_tickets: bool) -> Arc<Self> {
        Arc::new(ClientSessions { state: Mutex::default(), no_tickets: no_tickets.into() })
    }

    /// Whether TLS 1.3 tickets may be offered (`%NO_TICKETS` arrives with the priority).
    pub fn set_no_tickets(&self, no_tickets: bool) {
        self.no_tickets.store(no_tickets, std::sync::atomic::Ordering::Relaxed);
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `gnutls_session_set_data`: the next handshake offers what `data`
    /// names. `Err` only for bytes that are not session data at all.
    pub fn load(&self, data: &[u8]) -> Result<(), NotSessionData> {
        let parsed = SessionData::decode(data).ok_or(NotSessionData)?;
        let (tls12, kx) = match registry().entries.get(&parsed.id) {
            Some(saved) => (saved.tls12.clone(), saved.kx_hint),
            None => (None, None),
        };
        let mut state = self.state();
        state.offer = Some(parsed.id);
        state.offer_tls12 = tls12;
        state.offer_kx_hint = kx;
        Ok(())
    }

    /// True when `set_data` named something resumable.
    pub fn has_offer(&self) -> bool {
        let Some(id) = self.state().offer else { return false };
        registry().entries.get(&id).is_some_and(|s| !s.is_empty())
    }

    /// `gnutls_session_get_data2`: moves what this connection received into
    /// the registry and returns the data naming it (or, when nothing new
    /// came, the data this session was resumed from).
    pub fn export(&self, server_name: &str) -> Vec<u8> {
        let mut state = self.state();
        let received = std::mem::take(&mut state.received);
        let id = match (state.id, state.offer) {
            (Some(id), _) => id,
            (None, Some(offer)) if received.is_empty() => offer,
            (None, _) => {
                let mut id = [0u8; ID_LEN];
                // Without randomness the data names nothing: a full handshake next time.
                let _ = SystemRandom::new().fill(&mut id);
                state.id = Some(id);
                id
            }
        };
        drop(state);
        if !received.is_empty() {
            let mut reg = registry();
            let entry = reg.entry(id);
            if received.tls12.is_some() {
                entry.tls12 = received.tls12;
            }
            if received.kx_hint.is_some() {
                entry.kx_hint = received.kx_hint;
            }
            entry.tls13.extend(received.tls13);
            while entry.tls13.len() > TICKETS_KEPT {
                entry.tls13.pop_front();
            }
        }
        SessionData { id, server_name: server_name.to_owned() }.encode()
    }

    /// TLS 1.3 tickets that arrived on this connection.
    pub fn tls13_tickets_received(&self) -> usize {
        self.state().tls13_tickets
    }

    /// A TLS 1.2 ticket arrived on this connection.
    pub fn tls12_ticket_received(&self) -> bool {
        self.state().tls12_last.as_ref().is_some_and(has_ticket)
    }
}

/// rustls gives no accessor for a TLS 1.2 session's ticket; its debug form
/// shows it in hex (`ticket: ,` when there is none, for session IDs). The
/// text also holds the master secret, so it is wiped, and it is only made
/// when the application asks (gnutls_session_get_flags), not per handshake.
fn has_ticket(v: &Tls12ClientSessionValue) -> bool {
    let text = zeroize::Zeroizing::new(format!("{v:?}"));
    text.contains("ticket: ") && !text.contains("ticket: ,")
}

impl ClientSessionStore for ClientSessions {
    fn set_kx_hint(&self, _: ServerName<'static>, group: NamedGroup) {
        self.state().received.kx_hint = Some(group);
    }

    fn kx_hint(&self, _: &ServerName<'_>) -> Option<NamedGroup> {
        let state = self.state();
        state.received.kx_hint.or(state.offer_kx_hint)
    }

    fn set_tls12_session(&self, _: ServerName<'static>, value: Tls12ClientSessionValue) {
        let mut state = self.state();
        state.tls12_last = Some(value.clone());
        state.received.tls12 = Some(value);
    }

    fn tls12_session(&self, _: &ServerName<'_>) -> Option<Tls12ClientSessionValue> {
        self.state().offer_tls12.clone()
    }

    fn remove_tls12_session(&self, _: &ServerName<'static>) {
        self.state().offer_tls12 = None;
    }

    fn insert_tls13_ticket(&self, _: ServerName<'static>, value: Tls13ClientSessionValue) {
        let mut state = self.state();
        state.tls13_tickets += 1;
        let tickets = &mut state.received.tls13;
        if tickets.len() == TICKETS_KEPT {
            tickets.pop_front();
        }
        tickets.push_back(value);
    }

    fn take_tls13_ticket(&self, _: &ServerName<'_>) -> Option<Tls13ClientSessionValue> {
        if self.no_tickets.load(std::sync::atomic::Ordering::Relaxed) {
            return None;
        }
        let id = self.state().offer?;
        registry().entries.get_mut(&id)?.tls13.pop_back()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_round_trip() {
        let d = SessionData { id: [9; ID_LEN], server_name: "www.example.com".into() };
        assert_eq!(SessionData::decode(&d.encode()), Some(d.clone()));
        let bytes = d.encode();
        for n in 0..bytes.len() {
            assert_eq!(SessionData::decode(&bytes[..n]), None);
        }
        let mut long = bytes.clone();
        long.push(0);
        assert_eq!(SessionData::decode(&long), None);
    }

    #[test]
    fn unknown_entry_loads_nothing() {
        let s = ClientSessions::new(false);
        let foreign = SessionData { id: [1; ID_LEN], server_name: String::new() }.encode();
        assert!(s.load(&foreign).is_ok());
        assert!(!s.has_offer());
        assert!(s.load(b"garbage").is_err());
        // Exporting with nothing to resume still gives data, which loads nothing.
        let data = s.export("host");
        assert!(SessionData::decode(&data).is_some());
        let t = ClientSessions::new(false);
        assert!(t.load(&data).is_ok());
        assert!(!t.has_offer());
    }
}
