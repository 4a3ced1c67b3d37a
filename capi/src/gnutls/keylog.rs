//! Key logging: the application's keylog function
//! (gnutls_session_set_keylog_function) and the SSLKEYLOGFILE environment
//! variable, in the NSS key log format that GnuTLS also writes.
use super::session::{session, SessionHandle};
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, OnceLock};

type KeylogFn = unsafe extern "C" fn(gnutls_session_t, *const c_char, *const gnutls_datum_t) -> c_int;

/// The process-wide SSLKEYLOGFILE, opened on first use.
fn keylog_file() -> Option<&'static Mutex<std::fs::File>> {
    static FILE: OnceLock<Option<Mutex<std::fs::File>>> = OnceLock::new();
    FILE.get_or_init(|| {
        let path = std::env::var_os("SSLKEYLOGFILE")?;
        std::fs::OpenOptions::new().create(true).append(true).open(path).ok().map(Mutex::new)
    })
    .as_ref()
}

/// A rustls key log that forwards to the application's function and the
/// SSLKEYLOGFILE.
#[derive(Debug)]
pub struct CKeyLog {
    session: usize,
    func: usize,
}

impl rustls::KeyLog for CKeyLog {
    fn log(&self, label: &str, client_random: &[u8], secret: &[u8]) {
        if let Some(f) = keylog_file() {
            let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
            let mut f = f.lock().unwrap_or_else(|e| e.into_inner());
            let _ = writeln!(f, "{label} {} {}", hex(client_random), hex(secret));
        }
        if self.func != 0 {
            // SAFETY: a gnutls_keylog_func stored by the setter below.
            let f: KeylogFn = unsafe { core::mem::transmute::<usize, KeylogFn>(self.func) };
            let Ok(label) = std::ffi::CString::new(label) else { return };
            let d = gnutls_datum_t { data: secret.as_ptr() as *mut c_uchar, size: secret.len() as c_uint };
            // SAFETY: the application's function with its session and our live buffers.
            unsafe { f(self.session as gnutls_session_t, label.as_ptr(), &d) };
        }
    }

    fn will_log(&self, _label: &str) -> bool {
        self.func != 0 || keylog_file().is_some()
    }
}

/// The key log for a session's engine configuration, if anyone listens.
pub fn for_session(h: &SessionHandle) -> Option<Arc<dyn rustls::KeyLog>> {
    let func = h.keylog.load(Ordering::Acquire);
    if func == 0 && keylog_file().is_none() {
        return None;
    }
    Some(Arc::new(CKeyLog { session: h as *const SessionHandle as usize, func }))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_keylog_function(session: gnutls_session_t, func: gnutls_keylog_func) {
    entry! { session!(session).keylog.store(func.map_or(0, |f| f as usize), Ordering::Release) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_keylog_function(session: gnutls_session_t) -> gnutls_keylog_func {
    entry! {
        let f = session!(session).keylog.load(Ordering::Acquire);
        // SAFETY: 0 or a gnutls_keylog_func stored by the setter.
        (f != 0).then(|| unsafe { core::mem::transmute::<usize, KeylogFn>(f) })
    }
}
