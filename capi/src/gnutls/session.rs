//! `gnutls_session_t`: the session handle, gnutls_init/deinit, and the
//! per-session setters that do not belong to a narrower concept.
//!
//! The handle splits a session in two, because application callbacks
//! (push/pull, verify, db, log) run while the engine is busy and may call
//! back into the API on the same session:
//! - `core`, the rustls-driving [`Session`], behind a mutex that the
//!   engine holds while it runs. [`SessionHandle::with_core`] knows when the
//!   current thread already holds it (a callback re-entering) and then
//!   refuses instead of deadlocking.
//! - everything a callback may read or set (user pointer, transport,
//!   credentials, the shared handshake info), outside that mutex, in
//!   atomics and short-lived locks.
use crate::ctypes::*;
use crate::ffi::{self, Handle};
use crate::gnutls::handles::{CertificateCredentialsHandle, PriorityHandle};
use crate::types::*;
use crate::entry;
use rgnutls::credentials::verifier::PeerRecord;
use rgnutls::errors;
use rgnutls::session::{Role, Session, SessionShared};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

/// `gnutls_session_t`'s Rust side.
pub struct SessionHandle {
    core: Mutex<Session>,
    pub shared: Arc<SessionShared>,
    /// What the certificate verifier saw (peer chain, OCSP), callback-safe.
    pub peer: PeerRecord,
    pub role: Role,
    /// gnutls_init flags.
    pub flags: c_uint,
    pub user_ptr: AtomicPtr<c_void>,
    pub transport: super::transport::TransportConfig,
    pub cert_cred: AtomicPtr<gnutls_certificate_credentials_st>,
    /// Set by gnutls_priority_set and friends; kept alive by the session.
    pub priority: Mutex<Option<Arc<PriorityHandle>>>,
    pub verify: Mutex<super::peers::VerifySettings>,
    /// gnutls_certificate_server_set_request (server side).
    pub cert_request: AtomicU32,
    /// Storage behind pointers returned to the application that must stay
    /// valid until the next such call or gnutls_deinit.
    pub returned: Mutex<Returned>,
    /// The engine has been configured from priority and credentials.
    pub configured: AtomicBool,
    /// Session resumption and early data (db.rs).
    pub resume: super::db::Resume,
    /// gnutls_handshake_set_post_client_hello_function (0 = unset).
    pub post_client_hello: AtomicUsize,
    /// gnutls_handshake_set_hook_function.
    pub handshake_hook: Mutex<super::handshake::HandshakeHook>,
    /// gnutls_session_set_keylog_function (0 = unset).
    pub keylog: AtomicUsize,
    /// gnutls_session_set_verify_function (0 = use the credentials').
    pub verify_function: AtomicUsize,
    /// gnutls_session_set_verify_output_function (0 = unset).
    pub verify_output: AtomicUsize,
}

/// Data whose address the application holds (see `SessionHandle::returned`).
#[derive(Default)]
pub struct Returned {
    pub peers: Vec<Vec<u8>>,
    pub peer_datums: Vec<gnutls_datum_t>,
    pub ours: Vec<Vec<u8>>,
    pub our_datums: Vec<gnutls_datum_t>,
    pub alpn: Vec<u8>,
    /// client random then server random (gnutls_session_get_random)
    pub randoms: Vec<u8>,
}

// SAFETY: the raw pointers in `Returned` point into the Vecs beside them,
// which move with the struct and are only touched under its mutex.
unsafe impl Send for Returned {}

impl Handle for gnutls_session_int {
    type Rust = SessionHandle;
}

thread_local! {
    /// Sessions whose core this thread holds: a call on one of them comes
    /// from inside a callback.
    static HELD: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Removes the session from `HELD` when the core guard is dropped.
struct HeldMark(usize);
impl Drop for HeldMark {
    fn drop(&mut self) {
        HELD.with(|h| {
            let mut h = h.borrow_mut();
            if let Some(i) = h.iter().rposition(|&x| x == self.0) {
                h.remove(i);
            }
        });
    }
}

impl SessionHandle {
    fn new(role: Role, flags: c_uint) -> Self {
        let session = Session::new(role);
        let shared = Arc::clone(session.shared());
        SessionHandle {
            core: Mutex::new(session),
            shared,
            peer: PeerRecord::new(),
            role,
            flags,
            user_ptr: AtomicPtr::new(core::ptr::null_mut()),
            transport: Default::default(),
            cert_cred: AtomicPtr::new(core::ptr::null_mut()),
            priority: Mutex::new(None),
            verify: Mutex::new(Default::default()),
            cert_request: AtomicU32::new(0),
            returned: Mutex::new(Returned::default()),
            configured: AtomicBool::new(false),
            resume: super::db::Resume::new(flags),
            post_client_hello: AtomicUsize::new(0),
            handshake_hook: Mutex::new(Default::default()),
            keylog: AtomicUsize::new(0),
            verify_function: AtomicUsize::new(0),
            verify_output: AtomicUsize::new(0),
        }
    }

    /// Runs `f` with the engine. From inside one of this session's callbacks
    /// (the engine is already running on this thread) it returns
    /// GNUTLS_E_INTERNAL_ERROR rather than deadlock; another thread waits.
    pub fn with_core<R>(&self, f: impl FnOnce(&mut Session) -> Result<R, c_int>) -> Result<R, c_int> {
        let me = self as *const Self as usize;
        if HELD.with(|h| h.borrow().contains(&me)) {
            crate::log::emit(2, "rgnutls: session re-entered from its own callback; call refused\n");
            return Err(errors::GNUTLS_E_INTERNAL_ERROR);
        }
        let mut guard: MutexGuard<'_, Session> = self.core.lock().unwrap_or_else(|e| e.into_inner());
        HELD.with(|h| h.borrow_mut().push(me));
        let _mark = HeldMark(me);
        f(&mut guard)
    }

    /// The certificate credentials set on this session, if any.
    pub fn certificate_credentials(&self) -> Option<&CertificateCredentialsHandle> {
        // SAFETY: GnuTLS requires credentials to outlive the sessions that
        // use them; the pointer was a live handle when it was set.
        unsafe { ffi::handle(self.cert_cred.load(Ordering::Acquire)) }
    }

    pub fn is_server(&self) -> bool {
        self.role == Role::Server
    }
}

/// Borrows the session behind a `gnutls_session_t`, or returns the failure
/// value of the calling function's type when it is NULL.
macro_rules! session {
    ($s:expr) => {
        // SAFETY: a gnutls_session_t is NULL or a live handle from gnutls_init.
        match unsafe { $crate::ffi::handle($s) } {
            Some(h) => h,
            None => return $crate::ffi::Failure::invalid(),
        }
    };
}
pub(crate) use session;

#[no_mangle]
pub unsafe extern "C" fn gnutls_init(session: *mut gnutls_session_t, flags: c_uint) -> c_int {
    entry! {
        if session.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let role = if flags & GNUTLS_SERVER as c_uint != 0 { Role::Server } else { Role::Client };
        let h = SessionHandle::new(role, flags);
        // SAFETY: checked non-NULL above.
        unsafe { *session = ffi::new_handle(h) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_deinit(session: gnutls_session_t) {
    entry! {
        // SAFETY: the application passes a handle from gnutls_init, once.
        unsafe { ffi::free_handle(session) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_ptr(session: gnutls_session_t, ptr: *mut c_void) {
    entry! { session!(session).user_ptr.store(ptr, Ordering::Release) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_ptr(session: gnutls_session_t) -> *mut c_void {
    entry! { session!(session).user_ptr.load(Ordering::Acquire) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_credentials_set(
    session: gnutls_session_t,
    type_: gnutls_credentials_type_t,
    cred: *mut c_void,
) -> c_int {
    entry! {
        let h = session!(session);
        match type_ {
            GNUTLS_CRD_CERTIFICATE => {
                h.cert_cred.store(cred as *mut gnutls_certificate_credentials_st, Ordering::Release);
                0
            }
            GNUTLS_CRD_ANON | GNUTLS_CRD_SRP | GNUTLS_CRD_PSK => {
                // The engine offers none of these key exchanges: accepting the
                // credentials would promise a handshake we cannot do.
                crate::log::emit(2, "rgnutls: anonymous, SRP and PSK credentials are not supported\n");
                errors::GNUTLS_E_UNIMPLEMENTED_FEATURE
            }
            _ => errors::GNUTLS_E_INVALID_REQUEST,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_credentials_clear(session: gnutls_session_t) {
    entry! { session!(session).cert_cred.store(core::ptr::null_mut(), Ordering::Release) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_credentials_get(
    session: gnutls_session_t,
    type_: gnutls_credentials_type_t,
    cred: *mut *mut c_void,
) -> c_int {
    entry! {
        let h = session!(session);
        if cred.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let p = h.cert_cred.load(Ordering::Acquire);
        if type_ != GNUTLS_CRD_CERTIFICATE || p.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *cred = p as *mut c_void };
        0
    }
}

/// rustls never sends the record-splitting and padding workarounds this
/// switches off, so there is nothing to change.
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_enable_compatibility_mode(session: gnutls_session_t) {
    entry! {
        let _ = session!(session);
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_server_name_set(
    session: gnutls_session_t,
    type_: gnutls_server_name_type_t,
    name: *const c_void,
    name_length: size_t,
) -> c_int {
    entry! {
        let h = session!(session);
        if type_ != GNUTLS_NAME_DNS {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: `name_length` bytes at `name`, per the API.
        let Some(bytes) = (unsafe { ffi::bytes(name, name_length) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let Ok(text) = std::str::from_utf8(bytes) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let text = text.trim_end_matches('.').to_owned();
        h.with_core(|s| {
            s.settings_mut()?.server_name = if text.is_empty() { None } else { Some(text) };
            Ok(0)
        })
        .unwrap_or_else(|e| e)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_server_name_get(
    session: gnutls_session_t,
    data: *mut c_void,
    data_length: *mut size_t,
    type_: *mut c_uint,
    indx: c_uint,
) -> c_int {
    entry! {
        let h = session!(session);
        if !h.is_server() {
            // GnuTLS answers this on servers only.
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let name = h.shared.with_info(|i| i.server_name.clone());
        let Some(name) = name.filter(|_| indx == 0) else {
            return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE;
        };
        if !type_.is_null() {
            // SAFETY: non-NULL out parameter.
            unsafe { *type_ = GNUTLS_NAME_DNS as c_uint };
        }
        // SAFETY: data/data_length per the API.
        unsafe { ffi::copy_out(data, data_length, name.as_bytes(), true) }
    }
}

// rgnutls: partial: reports safe renegotiation and extended master secret (TLS 1.2), session tickets and early data; not the OCSP or heartbeat flags
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_flags(session: gnutls_session_t) -> c_uint {
    entry! {
        let h = session!(session);
        let info = h.shared.snapshot();
        let mut flags = 0;
        if info.protocol_id() == 4 {
            // rustls requires renegotiation_info and the extended master
            // secret in TLS 1.2.
            flags |= (GNUTLS_SFLAGS_SAFE_RENEGOTIATION | GNUTLS_SFLAGS_EXT_MASTER_SECRET) as c_uint;
        }
        // A rustls client always asks for a staple; a server saw it asked.
        let asked_ocsp = if h.is_server() { info.client_requested_ocsp } else { info.protocol.is_some() };
        if asked_ocsp {
            flags |= GNUTLS_SFLAGS_CLI_REQUESTED_OCSP as c_uint;
        }
        flags | super::session_data::flags(h)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_ext_master_secret_status(session: gnutls_session_t) -> c_uint {
    entry! {
        let h = session!(session);
        // TLS 1.3 has no such extension; rustls insists on it in TLS 1.2.
        c_uint::from(h.shared.snapshot().protocol_id() == 4)
    }
}

// rgnutls: unsupported: rustls does not renegotiate; TLS 1.3 post-handshake authentication is not offered
#[no_mangle]
pub unsafe extern "C" fn gnutls_reauth(session: gnutls_session_t, flags: c_uint) -> c_int {
    entry! {
        let _ = (session!(session), flags);
        crate::ffi::stub_called("gnutls_reauth", &REAUTH_LOGGED);
        errors::GNUTLS_E_INVALID_REQUEST
    }
}
static REAUTH_LOGGED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

// rgnutls: unsupported: rustls does not renegotiate
#[no_mangle]
pub unsafe extern "C" fn gnutls_rehandshake(session: gnutls_session_t) -> c_int {
    entry! {
        let _ = session!(session);
        crate::ffi::stub_called("gnutls_rehandshake", &REHANDSHAKE_LOGGED);
        errors::GNUTLS_E_UNIMPLEMENTED_FEATURE
    }
}
static REHANDSHAKE_LOGGED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[no_mangle]
pub unsafe extern "C" fn gnutls_safe_renegotiation_status(session: gnutls_session_t) -> c_uint {
    entry! {
        let _ = session!(session);
        // rustls sends and requires renegotiation_info in TLS 1.2, so the
        // connection is always protected (and never renegotiated).
        1
    }
}
