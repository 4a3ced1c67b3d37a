//! Priority strings: making them (gnutls_priority_init*) and putting them
//! on sessions (gnutls_priority_set*, gnutls_set_default_priority*).
//! The parser and the engine view are in the core (`rgnutls::priority`).
use super::handles::PriorityHandle;
use super::session::session;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::priority::Priority;
use std::sync::{Arc, OnceLock};

/// The priority a session uses when the application sets none: NORMAL (or
/// the system configuration's default), parsed once per process.
pub fn default_priority() -> Result<Arc<PriorityHandle>, c_int> {
    static DEFAULT: OnceLock<Result<Arc<PriorityHandle>, c_int>> = OnceLock::new();
    DEFAULT
        .get_or_init(|| Priority::new(None).map(|p| Arc::new(PriorityHandle::new(p))).map_err(|e| e.code))
        .clone()
}

/// Programs such as libcurl and wget call gnutls_priority_set_direct with the
/// same string for every connection; parsing it and building the engine
/// view each time would cost more than a resumed handshake. Parsed
/// priorities are immutable, so the last few are kept by string.
type Cache = std::collections::HashMap<(Option<String>, bool), Arc<PriorityHandle>>;
static CACHE: std::sync::Mutex<Option<Cache>> = std::sync::Mutex::new(None);
const CACHE_MAX: usize = 32;

fn cached(text: Option<&str>, append: bool) -> Option<Arc<PriorityHandle>> {
    let cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    cache.as_ref()?.get(&(text.map(str::to_owned), append)).cloned()
}

fn remember(text: Option<&str>, append: bool, p: Arc<PriorityHandle>) -> Arc<PriorityHandle> {
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    let cache = cache.get_or_insert_with(Cache::new);
    if cache.len() >= CACHE_MAX {
        cache.clear();
    }
    cache.insert((text.map(str::to_owned), append), Arc::clone(&p));
    p
}

/// Parses `priorities`; on a syntax error points `*err_pos` at the offending
/// token, as GnuTLS does.
unsafe fn parse(priorities: *const c_char, err_pos: *mut *const c_char, append: bool) -> Result<Arc<PriorityHandle>, c_int> {
    let text = if priorities.is_null() {
        None
    } else {
        // SAFETY: a NUL-terminated string per the API.
        match unsafe { core::ffi::CStr::from_ptr(priorities) }.to_str() {
            Ok(t) => Some(t),
            Err(_) => {
                if !err_pos.is_null() {
                    // SAFETY: non-NULL out parameter.
                    unsafe { *err_pos = priorities };
                }
                return Err(errors::GNUTLS_E_INVALID_REQUEST);
            }
        }
    };
    // GnuTLS points err_pos at the string's start on success too.
    if !err_pos.is_null() {
        // SAFETY: non-NULL out parameter.
        unsafe { *err_pos = priorities };
    }
    if let Some(hit) = cached(text, append) {
        return Ok(hit);
    }
    match Priority::init2(text, append) {
        Ok(p) => Ok(remember(text, append, Arc::new(PriorityHandle::new(p)))),
        Err(e) => {
            if !err_pos.is_null() && !priorities.is_null() {
                if let Some(pos) = e.err_pos {
                    // SAFETY: err_pos points into the caller's string.
                    unsafe { *err_pos = priorities.add(pos) };
                }
            }
            Err(e.code)
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_init2(
    priority_cache: *mut gnutls_priority_t,
    priorities: *const c_char,
    err_pos: *mut *const c_char,
    flags: c_uint,
) -> c_int {
    entry! {
        if priority_cache.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let append = flags & GNUTLS_PRIORITY_INIT_DEF_APPEND as c_uint != 0;
        // SAFETY: caller's string and out parameter.
        match unsafe { parse(priorities, err_pos, append) } {
            Ok(p) => {
                // SAFETY: checked non-NULL.
                unsafe { *priority_cache = ffi::new_handle(p) };
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_init(
    priority_cache: *mut gnutls_priority_t,
    priorities: *const c_char,
    err_pos: *mut *const c_char,
) -> c_int {
    // SAFETY: forwarding the caller's arguments.
    unsafe { gnutls_priority_init2(priority_cache, priorities, err_pos, 0) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_deinit(priority_cache: gnutls_priority_t) {
    entry! {
        // SAFETY: a handle from gnutls_priority_init, released once.
        unsafe { ffi::free_handle(priority_cache) }
    }
}

fn install(h: &super::session::SessionHandle, p: Arc<PriorityHandle>) -> c_int {
    if let Err(e) = p.priority.check_negotiable() {
        return e;
    }
    *h.priority.lock().unwrap_or_else(|e| e.into_inner()) = Some(p);
    0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_set(session: gnutls_session_t, priority: gnutls_priority_t) -> c_int {
    entry! {
        let h = session!(session);
        // SAFETY: NULL or a live priority handle.
        let Some(p) = (unsafe { ffi::handle(priority) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        install(h, Arc::clone(p))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_set_direct(
    session: gnutls_session_t,
    priorities: *const c_char,
    err_pos: *mut *const c_char,
) -> c_int {
    entry! {
        let h = session!(session);
        // SAFETY: caller's string and out parameter.
        match unsafe { parse(priorities, err_pos, false) } {
            Ok(p) => install(h, p),
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_set_default_priority(session: gnutls_session_t) -> c_int {
    entry! {
        let h = session!(session);
        match default_priority() {
            Ok(p) => install(h, p),
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_set_default_priority_append(
    session: gnutls_session_t,
    add_prio: *const c_char,
    err_pos: *mut *const c_char,
    flags: c_uint,
) -> c_int {
    entry! {
        let h = session!(session);
        let _ = flags;
        // SAFETY: caller's string and out parameter.
        match unsafe { parse(add_prio, err_pos, true) } {
            Ok(p) => install(h, p),
            Err(e) => e,
        }
    }
}
