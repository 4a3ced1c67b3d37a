//! TLS 1.3 early data (0-RTT) and GnuTLS's anti-replay handle.
//!
//! rustls accepts early data only on stateful resumption, so a server with
//! GNUTLS_ENABLE_EARLY_DATA keeps its TLS 1.3 sessions in the db (or in
//! this process when it has none; see db.rs `configure`): every ticket is
//! then single-use, which refuses replays by itself. The application's
//! anti-replay add function is also asked before a ticket is used.
use super::session::{session, SessionHandle};
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Handle};
use crate::types::*;
use rgnutls::db::store::ReplayFilter;
use rgnutls::errors;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

/// GnuTLS's default anti-replay window, in milliseconds.
const DEFAULT_WINDOW_MS: u32 = 10_000;

#[derive(Clone, Copy)]
struct AddFn {
    add: gnutls_db_add_func,
    ptr: *mut c_void,
}

/// `gnutls_anti_replay_t`.
pub struct AntiReplay {
    add: Mutex<AddFn>,
    window_ms: AtomicU32,
}

impl Handle for gnutls_anti_replay_st {
    type Rust = AntiReplay;
}

/// The add function as the engine's store sees it (copied at configure
/// time, so the application's handle may go away afterwards).
struct CReplay {
    f: AddFn,
}

// SAFETY: the pointer is the application's opaque value, only passed back
// to its own callback, as GnuTLS does.
unsafe impl Send for CReplay {}
// SAFETY: as above; immutable.
unsafe impl Sync for CReplay {}

impl ReplayFilter for CReplay {
    fn first_use(&self, key: &[u8], expires: u64) -> bool {
        let Some(add) = self.f.add else { return true };
        let k = gnutls_datum_t { data: key.as_ptr() as *mut c_uchar, size: key.len() as c_uint };
        // SAFETY: the application's add callback, with datums valid for the call.
        let rc = unsafe { add(self.f.ptr, expires as time_t, &k, &k) };
        rc == 0
    }
}

/// The replay filter of the anti-replay handle enabled on `h`, if any.
pub fn replay_filter(h: &SessionHandle) -> Option<Arc<dyn ReplayFilter>> {
    let ar = h.resume.anti_replay.load(Ordering::Acquire);
    // SAFETY: GnuTLS requires the anti-replay handle to outlive the sessions using it.
    let ar = unsafe { ffi::handle(ar) }?;
    let f = *ar.add.lock().unwrap_or_else(|e| e.into_inner());
    Some(Arc::new(CReplay { f }))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anti_replay_init(anti_replay: *mut gnutls_anti_replay_t) -> c_int {
    entry! {
        if anti_replay.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let ar = AntiReplay {
            add: Mutex::new(AddFn { add: None, ptr: core::ptr::null_mut() }),
            window_ms: AtomicU32::new(DEFAULT_WINDOW_MS),
        };
        // SAFETY: checked non-NULL.
        unsafe { *anti_replay = ffi::new_handle(ar) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anti_replay_deinit(anti_replay: gnutls_anti_replay_t) {
    // SAFETY: a handle from gnutls_anti_replay_init, freed once.
    entry! { unsafe { ffi::free_handle(anti_replay) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anti_replay_set_add_function(arg0: gnutls_anti_replay_t, add_func: gnutls_db_add_func) {
    entry! {
        // SAFETY: NULL or a live anti-replay handle.
        if let Some(ar) = unsafe { ffi::handle(arg0) } {
            ar.add.lock().unwrap_or_else(|e| e.into_inner()).add = add_func;
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anti_replay_set_ptr(arg0: gnutls_anti_replay_t, ptr: *mut c_void) {
    entry! {
        // SAFETY: NULL or a live anti-replay handle.
        if let Some(ar) = unsafe { ffi::handle(arg0) } {
            ar.add.lock().unwrap_or_else(|e| e.into_inner()).ptr = ptr;
        }
    }
}

// rgnutls: partial: the window is kept but tickets are single-use instead of checked against the ClientHello time window (rustls does not expose the ticket age)
#[no_mangle]
pub unsafe extern "C" fn gnutls_anti_replay_set_window(anti_replay: gnutls_anti_replay_t, window: c_uint) {
    entry! {
        // SAFETY: NULL or a live anti-replay handle.
        if let Some(ar) = unsafe { ffi::handle(anti_replay) } {
            ar.window_ms.store(window, Ordering::Release);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anti_replay_enable(session: gnutls_session_t, anti_replay: gnutls_anti_replay_t) {
    entry! {
        let h = session!(session);
        if h.is_server() {
            h.resume.anti_replay.store(anti_replay, Ordering::Release);
        }
    }
}

// rgnutls: partial: early data is sent only when the resumed session came from this process (rustls 0.23 cannot serialise client sessions)
#[no_mangle]
pub unsafe extern "C" fn gnutls_record_send_early_data(session: gnutls_session_t, data: *const c_void, length: size_t) -> ssize_t {
    entry! {
        let h = session!(session);
        // SAFETY: `length` bytes at `data`, per the API.
        let Some(bytes) = (unsafe { ffi::bytes(data, length) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST as ssize_t;
        };
        if h.is_server() || h.configured.load(Ordering::Acquire) {
            return errors::GNUTLS_E_INVALID_REQUEST as ssize_t;
        }
        h.resume.early_data.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(bytes);
        // Buffered for the handshake: GnuTLS reports 0 bytes sent so far.
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_recv_early_data(session: gnutls_session_t, data: *mut c_void, data_size: size_t) -> ssize_t {
    entry! {
        let h = session!(session);
        // SAFETY: `data_size` writable bytes at `data`, per the API.
        let Some(buf) = (unsafe { ffi::bytes_mut(data, data_size) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST as ssize_t;
        };
        if !h.is_server() {
            return errors::GNUTLS_E_INVALID_REQUEST as ssize_t;
        }
        match h.with_core(|s| s.recv_early_data(buf)) {
            Ok(n) => n as ssize_t,
            Err(e) => e as ssize_t,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_set_max_early_data_size(session: gnutls_session_t, size: size_t) -> c_int {
    entry! {
        let h = session!(session);
        let Ok(size) = u32::try_from(size) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if !h.is_server() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        h.resume.max_early_data.store(size, Ordering::Release);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_get_max_early_data_size(session: gnutls_session_t) -> size_t {
    entry! {
        let h = session!(session);
        match h.resume.max_early_data.load(Ordering::Acquire) {
            0 => super::db::DEFAULT_MAX_EARLY_DATA as size_t,
            n => n as size_t,
        }
    }
}
