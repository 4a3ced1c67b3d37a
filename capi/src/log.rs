//! GnuTLS's logging: the application's log and audit functions, the log
//! level, `GNUTLS_DEBUG_LEVEL`, and the bridge that carries the `log`
//! crate's records (rustls's and our core's) to the application.
use crate::ctypes::*;
use crate::types::{gnutls_audit_log_func, gnutls_log_func, gnutls_session_t};
use std::ffi::CString;
use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering};

/// The application's log function, as a raw address (0 when unset), so it
/// can be read without a lock from any thread.
static LOG_FUNC: AtomicUsize = AtomicUsize::new(0);
static AUDIT_FUNC: AtomicUsize = AtomicUsize::new(0);

/// The current log level; GnuTLS also exports it as `_gnutls_log_level`.
#[no_mangle]
pub static _gnutls_log_level: AtomicI32 = AtomicI32::new(0);

pub fn set_function(f: gnutls_log_func) {
    LOG_FUNC.store(f.map_or(0, |f| f as usize), Ordering::Release);
}

pub fn set_audit_function(f: gnutls_audit_log_func) {
    AUDIT_FUNC.store(f.map_or(0, |f| f as usize), Ordering::Release);
}

pub fn set_level(level: c_int) {
    _gnutls_log_level.store(level, Ordering::Relaxed);
    ::log::set_max_level(rust_filter(level));
}

pub fn level() -> c_int {
    _gnutls_log_level.load(Ordering::Relaxed)
}

/// Reads `GNUTLS_DEBUG_LEVEL`, as GnuTLS does at initialisation.
pub fn init_from_env() {
    if let Some(l) = std::env::var("GNUTLS_DEBUG_LEVEL").ok().and_then(|v| v.trim().parse().ok()) {
        set_level(l);
    }
    // Installing fails only if another logger is already set: keep theirs.
    let _ = ::log::set_logger(&BRIDGE);
    ::log::set_max_level(rust_filter(level()));
}

/// Sends `msg` to the application's log function when `lvl` is enabled.
pub fn emit(lvl: c_int, msg: &str) {
    if lvl > level() {
        return;
    }
    let f = LOG_FUNC.load(Ordering::Acquire);
    if f == 0 {
        return;
    }
    // SAFETY: only set from a valid gnutls_log_func in set_function.
    let f: unsafe extern "C" fn(c_int, *const c_char) = unsafe { core::mem::transmute(f) };
    if let Ok(c) = CString::new(msg.replace('\0', " ")) {
        // SAFETY: a NUL-terminated string valid for the call.
        unsafe { f(lvl, c.as_ptr()) };
    }
}

/// Sends an audit message (security-relevant events) to the audit function.
// The session pointer is only passed on to the application's callback.
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn audit(session: gnutls_session_t, msg: &str) {
    let f = AUDIT_FUNC.load(Ordering::Acquire);
    if f == 0 {
        return emit(1, msg);
    }
    // SAFETY: only set from a valid gnutls_audit_log_func.
    let f: unsafe extern "C" fn(gnutls_session_t, *const c_char) = unsafe { core::mem::transmute(f) };
    if let Ok(c) = CString::new(msg.replace('\0', " ")) {
        // SAFETY: a NUL-terminated string valid for the call.
        unsafe { f(session, c.as_ptr()) };
    }
}

/// Called by the panic boundary: a panic is a bug, and the application
/// should hear of it.
pub fn panicked(location: &str) {
    emit(1, &format!("rgnutls: internal error (panic) in {location}\n"));
}

/// GnuTLS levels run from 0 (nothing) up to 9 (everything); map the `log`
/// crate's levels onto them.
fn gnutls_level(l: ::log::Level) -> c_int {
    match l {
        ::log::Level::Error => 1,
        ::log::Level::Warn => 2,
        ::log::Level::Info => 3,
        ::log::Level::Debug => 5,
        ::log::Level::Trace => 9,
    }
}

fn rust_filter(level: c_int) -> ::log::LevelFilter {
    match level {
        i32::MIN..=0 => ::log::LevelFilter::Off,
        1 => ::log::LevelFilter::Error,
        2 => ::log::LevelFilter::Warn,
        3 | 4 => ::log::LevelFilter::Info,
        5..=8 => ::log::LevelFilter::Debug,
        _ => ::log::LevelFilter::Trace,
    }
}

struct Bridge;
static BRIDGE: Bridge = Bridge;

impl ::log::Log for Bridge {
    fn enabled(&self, m: &::log::Metadata) -> bool {
        gnutls_level(m.level()) <= level()
    }
    fn log(&self, r: &::log::Record) {
        if self.enabled(r.metadata()) {
            emit(gnutls_level(r.level()), &format!("{}: {}\n", r.target(), r.args()));
        }
    }
    fn flush(&self) {}
}
