//! The server's session database (gnutls_db_*) and the per-session
//! resumption state that ticket.rs, session_data.rs and early_data.rs share.
//! `configure` fills the engine's resumption settings before the first
//! handshake message.
use super::session::{session, SessionHandle};
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::db::client::ClientSessions;
use rgnutls::db::store::{DbStore, MemoryDb, ReplayFilter, SessionDb, StoreEvents};
use rgnutls::db::ticket::{TicketKey, Ticketer};
use rgnutls::session::Settings;
use rustls::client::{Resumption, Tls12Resumption};
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

/// The application's db callbacks and pointer.
#[derive(Clone, Copy)]
struct DbFns {
    store: gnutls_db_store_func,
    retrieve: gnutls_db_retr_func,
    remove: gnutls_db_remove_func,
    ptr: *mut c_void,
}

/// The callbacks as rustls's session cache sees them. Each call copies the
/// callbacks out of the lock first: the callbacks may re-enter the API.
pub struct CDb {
    fns: Mutex<DbFns>,
}

// SAFETY: the raw pointer is the application's opaque db pointer, only
// passed back to its callbacks, as GnuTLS does from any thread.
unsafe impl Send for CDb {}
// SAFETY: as above; the fields are behind a mutex.
unsafe impl Sync for CDb {}

impl CDb {
    fn fns(&self) -> DbFns {
        *self.fns.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn update(&self, f: impl FnOnce(&mut DbFns)) {
        f(&mut self.fns.lock().unwrap_or_else(|e| e.into_inner()));
    }

    fn is_set(&self) -> bool {
        let f = self.fns();
        f.store.is_some() || f.retrieve.is_some()
    }
}

fn datum(bytes: &[u8]) -> gnutls_datum_t {
    gnutls_datum_t { data: bytes.as_ptr() as *mut c_uchar, size: bytes.len() as c_uint }
}

impl SessionDb for CDb {
    fn store(&self, key: &[u8], value: &[u8]) -> bool {
        let f = self.fns();
        let Some(store) = f.store else { return false };
        // SAFETY: the application's store callback; the datums point into
        // slices alive for the call, which GnuTLS documents as read-only.
        unsafe { store(f.ptr, datum(key), datum(value)) == 0 }
    }

    fn retrieve(&self, key: &[u8]) -> Option<Vec<u8>> {
        let f = self.fns();
        let retrieve = f.retrieve?;
        // SAFETY: the application's retrieve callback (datum by value).
        let got = unsafe { retrieve(f.ptr, datum(key)) };
        if got.data.is_null() {
            return None;
        }
        // SAFETY: the callback returns `size` bytes from malloc, now ours.
        let bytes = unsafe { core::slice::from_raw_parts(got.data, got.size as usize) }.to_vec();
        // SAFETY: allocated with malloc (gnutls_malloc) per the API.
        unsafe { libc::free(got.data as *mut c_void) };
        Some(bytes)
    }

    fn remove(&self, key: &[u8]) {
        let f = self.fns();
        if let Some(remove) = f.remove {
            // SAFETY: the application's remove callback.
            unsafe { remove(f.ptr, datum(key)) };
        }
    }
}

/// Per-session resumption state (a field of `SessionHandle`).
pub struct Resume {
    pub db: Arc<CDb>,
    /// gnutls_db_set_cache_expiration seconds; 0 = GnuTLS's default.
    pub expiration: AtomicU32,
    /// gnutls_session_ticket_enable_server.
    pub ticket_key: Mutex<Option<Arc<TicketKey>>>,
    /// What the server's store and ticketer saw (callback-safe).
    pub events: Arc<StoreEvents>,
    /// The client's session store.
    pub client: Arc<ClientSessions>,
    /// Client: early data queued before the handshake.
    pub early_data: Mutex<Vec<u8>>,
    /// Server: gnutls_record_set_max_early_data_size (0 = GnuTLS's default).
    pub max_early_data: AtomicU32,
    /// gnutls_anti_replay_enable.
    pub anti_replay: AtomicPtr<gnutls_anti_replay_st>,
    /// An opaque 32-byte session ID, for sessions whose real one rustls keeps to itself.
    pub id: [u8; 32],
    /// The real session ID once known (kept so get_id2's pointer stays valid).
    pub known_id: std::sync::OnceLock<Vec<u8>>,
}

impl Resume {
    pub fn new(flags: c_uint) -> Self {
        let id = rgnutls::db::random_id();
        Resume {
            db: Arc::new(CDb {
                fns: Mutex::new(DbFns { store: None, retrieve: None, remove: None, ptr: core::ptr::null_mut() }),
            }),
            expiration: AtomicU32::new(0),
            ticket_key: Mutex::new(None),
            events: Arc::default(),
            client: ClientSessions::new(flags & GNUTLS_NO_TICKETS as c_uint != 0),
            early_data: Mutex::new(Vec::new()),
            max_early_data: AtomicU32::new(0),
            anti_replay: AtomicPtr::new(core::ptr::null_mut()),
            id,
            known_id: std::sync::OnceLock::new(),
        }
    }

    pub fn lifetime(&self) -> u32 {
        match self.expiration.load(Ordering::Acquire) {
            0 => rgnutls::db::DEFAULT_EXPIRATION,
            n => n,
        }
    }
}

/// GnuTLS's default early data limit on a server that enables it.
pub const DEFAULT_MAX_EARLY_DATA: u32 = 16384;

/// Fills the engine's resumption settings (called from handshake.rs `configure`).
pub fn configure(h: &SessionHandle, prio_no_tickets: bool, settings: &mut Settings) {
    let r = &h.resume;
    let no_tickets = prio_no_tickets || h.flags & GNUTLS_NO_TICKETS as c_uint != 0;
    let lifetime = r.lifetime();
    if !h.is_server() {
        r.client.set_no_tickets(no_tickets);
        let mode = if no_tickets { Tls12Resumption::SessionIdOnly } else { Tls12Resumption::SessionIdOrTickets };
        settings.client_resumption = Some(Resumption::store(r.client.clone()).tls12_resumption(mode));
        settings.early_data = std::mem::take(&mut *r.early_data.lock().unwrap_or_else(|e| e.into_inner()));
        return;
    }
    let db: Option<Arc<dyn SessionDb>> = r.db.is_set().then(|| r.db.clone() as Arc<dyn SessionDb>);
    let key = r.ticket_key.lock().unwrap_or_else(|e| e.into_inner()).clone().filter(|_| !no_tickets);
    let early = h.flags & GNUTLS_ENABLE_EARLY_DATA as c_uint != 0;
    settings.server_session_storage = None;
    settings.ticketer = None;
    // GnuTLS resumes TLS 1.3 only with a ticket key: without one, no tickets.
    settings.tls13_tickets = 0;
    if let Some(db) = &db {
        settings.server_session_storage = Some(Arc::new(DbStore::new(db.clone(), lifetime, r.events.clone())));
    }
    let Some(key) = key else { return };
    settings.tls13_tickets = 2;
    if early {
        // rustls takes early data only on stateful resumption: TLS 1.3
        // tickets then name sessions kept in the db (or in this process).
        let db = db.unwrap_or_else(|| MemoryDb::global() as Arc<dyn SessionDb>);
        let mut store = DbStore::new(db, lifetime, r.events.clone());
        if let Some(filter) = super::early_data::replay_filter(h) {
            store = store.with_replay_filter(filter as Arc<dyn ReplayFilter>);
        }
        settings.server_session_storage = Some(Arc::new(store));
        settings.max_early_data_size = match r.max_early_data.load(Ordering::Acquire) {
            0 => DEFAULT_MAX_EARLY_DATA,
            n => n,
        };
    } else {
        settings.ticketer = Some(Arc::new(Ticketer::new(key, lifetime, r.events.clone())));
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_db_set_store_function(session: gnutls_session_t, store_func: gnutls_db_store_func) {
    entry! { session!(session).resume.db.update(|f| f.store = store_func) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_db_set_retrieve_function(session: gnutls_session_t, retr_func: gnutls_db_retr_func) {
    entry! { session!(session).resume.db.update(|f| f.retrieve = retr_func) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_db_set_remove_function(session: gnutls_session_t, rem_func: gnutls_db_remove_func) {
    entry! { session!(session).resume.db.update(|f| f.remove = rem_func) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_db_set_ptr(session: gnutls_session_t, ptr: *mut c_void) {
    entry! { session!(session).resume.db.update(|f| f.ptr = ptr) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_db_get_ptr(session: gnutls_session_t) -> *mut c_void {
    entry! { session!(session).resume.db.fns().ptr }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_db_set_cache_expiration(session: gnutls_session_t, seconds: c_int) {
    entry! {
        // Negative values mean "no time" in GnuTLS's arithmetic: treat as 1 s.
        let secs = u32::try_from(seconds).unwrap_or(1);
        session!(session).resume.expiration.store(secs.max(1), Ordering::Release)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_db_get_default_cache_expiration() -> c_uint {
    entry! { rgnutls::db::DEFAULT_EXPIRATION }
}

/// GnuTLS checks nothing here any more (it always returns 0); entries are
/// checked when they are retrieved.
#[no_mangle]
pub unsafe extern "C" fn gnutls_db_check_entry(session: gnutls_session_t, session_entry: gnutls_datum_t) -> c_int {
    entry! {
        let _ = (session!(session), session_entry);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_db_check_entry_time(entry: *mut gnutls_datum_t) -> time_t {
    entry! {
        // SAFETY: NULL or a datum from the application's store.
        let Some(bytes) = (unsafe { ffi::datum(entry) }) else { return 0 };
        rgnutls::db::entry::created_time(bytes).map_or(0, |t| t as time_t)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_db_check_entry_expire_time(entry: *mut gnutls_datum_t) -> time_t {
    entry! {
        // SAFETY: NULL or a datum from the application's store.
        let Some(bytes) = (unsafe { ffi::datum(entry) }) else { return 0 };
        rgnutls::db::entry::expire_time(bytes).map_or(0, |t| t as time_t)
    }
}

/// Removes the current session from the db (TLS 1.2 session IDs: the only
/// sessions the db holds outside 0-RTT).
#[no_mangle]
pub unsafe extern "C" fn gnutls_db_remove_session(session: gnutls_session_t) {
    entry! {
        let h = session!(session);
        if let Some(key) = h.resume.events.session_key() {
            h.resume.db.remove(&key);
        }
    }
}
