//! rustls's server session cache over the application's db callbacks
//! (`gnutls_db_set_store_function` and friends).
//!
//! TLS 1.2 session IDs (`put`/`get`) and TLS 1.3 stateful tickets
//! (`put`/`take`) both go through here. Values are wrapped in an
//! [`Entry`]; an entry that is expired, not ours or damaged is removed and
//! the client gets a full handshake.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rustls::server::StoresServerSessions;

use super::entry::Entry;
use super::now_secs;

/// The application's session database. Implementations call out to C and
/// must not hold locks across those calls (callbacks may re-enter).
pub trait SessionDb: Send + Sync {
    /// Stores `value` under `key`; false when the application refused.
    fn store(&self, key: &[u8], value: &[u8]) -> bool;
    /// The value stored under `key`, if any.
    fn retrieve(&self, key: &[u8]) -> Option<Vec<u8>>;
    /// Forgets `key`.
    fn remove(&self, key: &[u8]);
}

/// Decides whether a TLS 1.3 ticket may be used now (GnuTLS's anti-replay
/// add function); `false` refuses it (full handshake, no early data).
pub trait ReplayFilter: Send + Sync {
    fn first_use(&self, key: &[u8], expires: u64) -> bool;
}

/// What one session learnt from its store (callback-safe: atomics and a short lock).
#[derive(Debug, Default)]
pub struct StoreEvents {
    /// The client asked to resume (a lookup happened).
    pub requested: AtomicBool,
    /// The key of the session this connection stored or resumed (its session ID).
    pub key: Mutex<Option<Vec<u8>>>,
}

impl StoreEvents {
    fn note_key(&self, key: &[u8]) {
        *self.key.lock().unwrap_or_else(|e| e.into_inner()) = Some(key.to_vec());
    }

    pub fn session_key(&self) -> Option<Vec<u8>> {
        self.key.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// `StoresServerSessions` over a [`SessionDb`], one per server session.
pub struct DbStore {
    db: Arc<dyn SessionDb>,
    lifetime: u32,
    events: Arc<StoreEvents>,
    replay: Option<Arc<dyn ReplayFilter>>,
}

impl fmt::Debug for DbStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DbStore").field("lifetime", &self.lifetime).finish_non_exhaustive()
    }
}

impl DbStore {
    /// `lifetime`: `gnutls_db_set_cache_expiration` seconds.
    pub fn new(db: Arc<dyn SessionDb>, lifetime: u32, events: Arc<StoreEvents>) -> Self {
        DbStore { db, lifetime, events, replay: None }
    }

    /// Also consult `filter` before a TLS 1.3 ticket is used.
    pub fn with_replay_filter(mut self, filter: Arc<dyn ReplayFilter>) -> Self {
        self.replay = Some(filter);
        self
    }

    /// Looks `key` up; refused entries are removed.
    fn lookup(&self, key: &[u8]) -> Option<Entry> {
        self.events.requested.store(true, Ordering::Release);
        let raw = self.db.retrieve(key)?;
        match Entry::decode(&raw) {
            Some(entry) if !entry.is_expired(now_secs()) => Some(entry),
            _ => {
                self.db.remove(key);
                None
            }
        }
    }
}

impl StoresServerSessions for DbStore {
    fn put(&self, key: Vec<u8>, value: Vec<u8>) -> bool {
        let entry = Entry::new(value, now_secs(), self.lifetime);
        self.events.note_key(&key);
        self.db.store(&key, &entry.encode())
    }

    fn get(&self, key: &[u8]) -> Option<Vec<u8>> {
        let entry = self.lookup(key)?;
        self.events.note_key(key);
        Some(entry.value)
    }

    fn take(&self, key: &[u8]) -> Option<Vec<u8>> {
        let entry = self.lookup(key)?;
        self.db.remove(key);
        if let Some(filter) = &self.replay {
            if !filter.first_use(key, entry.expires) {
                return None;
            }
        }
        Some(entry.value)
    }

    fn can_cache(&self) -> bool {
        true
    }
}

/// The server's store when the application set no database: it keeps
/// nothing, but says it could, so that rustls gives every TLS 1.2 session
/// an ID as GnuTLS does (a client offering one back gets a full handshake).
#[derive(Debug)]
pub struct Forgetful;

impl StoresServerSessions for Forgetful {
    fn put(&self, _key: Vec<u8>, _value: Vec<u8>) -> bool {
        false
    }

    fn get(&self, _key: &[u8]) -> Option<Vec<u8>> {
        None
    }

    fn take(&self, _key: &[u8]) -> Option<Vec<u8>> {
        None
    }

    fn can_cache(&self) -> bool {
        true
    }
}

/// A process-wide in-memory [`SessionDb`], for TLS 1.3 stateful tickets when
/// the application gave no db callbacks (0-RTT needs stateful tickets).
#[derive(Default)]
pub struct MemoryDb {
    entries: Mutex<std::collections::HashMap<Vec<u8>, Vec<u8>>>,
}

/// Cap on [`MemoryDb`] entries; beyond it, expired then arbitrary entries go.
const MEMORY_DB_CAP: usize = 8192;

impl MemoryDb {
    /// The process-wide instance.
    pub fn global() -> Arc<MemoryDb> {
        static DB: std::sync::OnceLock<Arc<MemoryDb>> = std::sync::OnceLock::new();
        Arc::clone(DB.get_or_init(Default::default))
    }

    pub fn len(&self) -> usize {
        self.entries.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl SessionDb for MemoryDb {
    fn store(&self, key: &[u8], value: &[u8]) -> bool {
        let mut map = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MEMORY_DB_CAP {
            let now = now_secs();
            map.retain(|_, v| Entry::decode(v).is_some_and(|e| !e.is_expired(now)));
            if map.len() >= MEMORY_DB_CAP {
                if let Some(k) = map.keys().next().cloned() {
                    map.remove(&k);
                }
            }
        }
        map.insert(key.to_vec(), value.to_vec());
        true
    }

    fn retrieve(&self, key: &[u8]) -> Option<Vec<u8>> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(key).cloned()
    }

    fn remove(&self, key: &[u8]) {
        self.entries.lock().unwrap_or_else(|e| e.into_inner()).remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Counting {
        inner: MemoryDb,
        removes: std::sync::atomic::AtomicUsize,
        garbage: AtomicBool,
    }

    impl SessionDb for Counting {
        fn store(&self, key: &[u8], value: &[u8]) -> bool {
            self.inner.store(key, value)
        }
        fn retrieve(&self, key: &[u8]) -> Option<Vec<u8>> {
            if self.garbage.load(Ordering::Relaxed) {
                return Some(vec![0x5a; 40]);
            }
            self.inner.retrieve(key)
        }
        fn remove(&self, key: &[u8]) {
            self.removes.fetch_add(1, Ordering::Relaxed);
            self.inner.remove(key)
        }
    }

    #[test]
    fn put_get_take() {
        let db = Arc::new(Counting::default());
        let events = Arc::new(StoreEvents::default());
        let store = DbStore::new(db.clone(), 100, events.clone());
        assert!(store.put(b"id".to_vec(), b"value".to_vec()));
        assert_eq!(store.get(b"id"), Some(b"value".to_vec()));
        assert!(events.requested.load(Ordering::Relaxed));
        assert_eq!(events.session_key(), Some(b"id".to_vec()));
        assert_eq!(store.take(b"id"), Some(b"value".to_vec()));
        assert_eq!(store.get(b"id"), None);
    }

    #[test]
    fn expired_and_garbage_are_removed() {
        let db = Arc::new(Counting::default());
        let store = DbStore::new(db.clone(), 0, Arc::default());
        assert!(store.put(b"id".to_vec(), b"value".to_vec()));
        assert_eq!(store.get(b"id"), None);
        assert_eq!(db.removes.load(Ordering::Relaxed), 1);
        db.garbage.store(true, Ordering::Relaxed);
        assert_eq!(store.get(b"other"), None);
        assert_eq!(db.removes.load(Ordering::Relaxed), 2);
    }

    struct Once(Mutex<Vec<Vec<u8>>>);
    impl ReplayFilter for Once {
        fn first_use(&self, key: &[u8], _: u64) -> bool {
            let mut seen = self.0.lock().unwrap();
            if seen.iter().any(|k| k == key) {
                return false;
            }
            seen.push(key.to_vec());
            true
        }
    }

    #[test]
    fn replay_filter_refuses_second_use() {
        let db = Arc::new(MemoryDb::default());
        let filter = Arc::new(Once(Mutex::new(Vec::new())));
        let store = DbStore::new(db.clone(), 100, Arc::default()).with_replay_filter(filter);
        store.put(b"t".to_vec(), b"v".to_vec());
        assert_eq!(store.take(b"t"), Some(b"v".to_vec()));
        store.put(b"t".to_vec(), b"v".to_vec());
        assert_eq!(store.take(b"t"), None);
    }
}
