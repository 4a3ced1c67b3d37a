//! gnutls_handshake and its settings. The engine is configured from the
//! session's priority and credentials on the first gnutls_handshake call.
use super::peers::{CallbackVerifier, HandshakeCheck};
use super::session::{session, SessionHandle};
use super::transport::CTransport;
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::credentials::verifier::{ClientAuthMode, RecordingClientVerifier, RecordingServerVerifier};
use rgnutls::errors;
use rgnutls::session::{Session, Step};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

/// GnuTLS's handshake timeout when the application asks for "the default".
const DEFAULT_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(40);

/// Fills the engine settings from the priority and credentials set on the
/// session. Runs once, before the first handshake message.
fn configure(h: &SessionHandle, s: &mut Session) -> Result<(), c_int> {
    let prio = h.priority.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let prio = match prio {
        Some(p) => p,
        // No priority set: GnuTLS's defaults, as gnutls_set_default_priority.
        None => super::priority::default_priority()?,
    };
    prio.priority.check_negotiable()?;
    let session_ptr = h as *const SessionHandle as usize;
    let creds = h.certificate_credentials();
    let settings = s.settings_mut()?;
    settings.pause_after_client_hello =
        h.is_server() && (h.post_client_hello.load(Ordering::Acquire) != 0 || h.client_hello_hook().is_some());
    settings.provider = Arc::clone(&prio.provider);
    settings.versions = prio.versions.clone();
    settings.server_precedence = prio.priority.server_precedence();
    super::db::configure(h, prio.priority.no_tickets(), settings);
    settings.key_log = super::keylog::for_session(h);
    let Some(creds) = creds else {
        // Without certificate credentials there is nothing to verify or
        // present: the engine reports GNUTLS_E_INSUFFICIENT_CREDENTIALS.
        return Ok(());
    };
    // gnutls_session_set_verify_cert verifies through the verify function
    // slot, as in GnuTLS, so the engine's verifiers only record (no policy).
    let check = HandshakeCheck::for_session(h, creds);
    let trust = creds.trust();
    let core = creds.read();
    // A retrieve callback takes precedence over the key pairs, as in GnuTLS.
    let retrieve = super::retrieve::resolver(h, creds);
    // Raw public keys (RFC 7250) need GNUTLS_ENABLE_RAWPK and CTYPE-SRV-RAWPK.
    let raw_keys = h.flags & GNUTLS_ENABLE_RAWPK as c_uint != 0
        && prio.priority.certificate_type_list(rgnutls::priority::CertTypeTarget::Server).contains(&(GNUTLS_CRT_RAWPK as u32));
    if h.is_server() {
        if raw_keys || !core.rawpk_pairs().is_empty() {
            settings.server_cert_types = Some(rgnutls::session::ServerCertTypes {
                enabled: raw_keys,
                raw_key_resolver: core.server_rawpk_resolver(),
                x509_available: retrieve.is_some() || !core.key_pairs().is_empty(),
            });
        }
        let chosen: Arc<dyn rustls::server::ResolvesServerCert> = match retrieve {
            Some(r) => r,
            None => core.server_cert_resolver(),
        };
        settings.server_cert_resolver = Some(super::ocsp_staple::wrap(chosen, creds, &core, session_ptr));
        let mode = ClientAuthMode::from_raw(h.cert_request.load(Ordering::Acquire)).unwrap_or(ClientAuthMode::Ignore);
        let inner = Arc::new(RecordingClientVerifier::new(h.peer.clone(), &prio.provider, mode, &trust, None));
        settings.client_cert_verifier = Some(CallbackVerifier::client(inner, session_ptr, check));
    } else {
        settings.client_cert_resolver = match retrieve {
            Some(r) => Some(r),
            None if !core.key_pairs().is_empty() => {
                Some(core.client_cert_resolver(h.flags & GNUTLS_FORCE_CLIENT_CERT as c_uint != 0))
            }
            None => None,
        };
        settings.client_wants_raw_server_key = raw_keys;
        let inner = Arc::new(RecordingServerVerifier::new(h.peer.clone(), &prio.provider, None).with_raw_public_keys(raw_keys));
        settings.server_cert_verifier = Some(CallbackVerifier::server(inner, session_ptr, check));
    }
    Ok(())
}

type HookFn = unsafe extern "C" fn(gnutls_session_t) -> c_int;
type MessageHookFn = unsafe extern "C" fn(gnutls_session_t, c_uint, c_uint, c_uint, *const gnutls_datum_t) -> c_int;

/// What gnutls_handshake_set_hook_function set (one hook per session, as in GnuTLS).
#[derive(Debug, Default, Clone, Copy)]
pub struct HandshakeHook {
    /// The gnutls_handshake_hook_func (0 = none).
    func: usize,
    htype: c_uint,
    when: c_int,
}

impl SessionHandle {
    /// The hook to run on a received ClientHello, if one is set for it.
    fn client_hello_hook(&self) -> Option<HandshakeHook> {
        let hook = *self.handshake_hook.lock().unwrap_or_else(|e| e.into_inner());
        let wanted = hook.htype == GNUTLS_HANDSHAKE_CLIENT_HELLO as c_uint || hook.htype == GNUTLS_HANDSHAKE_ANY as c_uint;
        (hook.func != 0 && wanted).then_some(hook)
    }
}

/// Runs the ClientHello hook if it is set for the `when` phase (GNUTLS_HOOK_PRE
/// or GNUTLS_HOOK_POST), with the message as received.
fn run_client_hello_hook(h: &SessionHandle, session: gnutls_session_t, when: c_int) -> Result<(), c_int> {
    let Some(hook) = h.client_hello_hook() else { return Ok(()) };
    if hook.when != when && hook.when != GNUTLS_HOOK_BOTH {
        return Ok(());
    }
    let msg = h.shared.with_info(|i| i.client_hello.clone());
    let datum = gnutls_datum_t { data: msg.as_ptr().cast_mut(), size: msg.len() as c_uint };
    // SAFETY: a gnutls_handshake_hook_func stored by gnutls_handshake_set_hook_function.
    let f: MessageHookFn = unsafe { core::mem::transmute::<usize, MessageHookFn>(hook.func) };
    // SAFETY: the application's hook with its own session; `datum` points
    // into `msg`, alive for the call, and the hook only reads it.
    let r = unsafe { f(session, GNUTLS_HANDSHAKE_CLIENT_HELLO as c_uint, when as c_uint, 1, &datum) };
    if r < 0 {
        return Err(r);
    }
    Ok(())
}

/// Runs the handshake; on the server, stops after the ClientHello to run
/// the application's hooks without holding the engine, in GnuTLS's order:
/// the ClientHello hook's "pre" phase and the post-client-hello function
/// (both may read SNI and ALPN, and change credentials or priorities), then
/// the engine is reconfigured, then the hook's "post" phase (too late to
/// change the credentials, as in GnuTLS, where the certificate is chosen
/// while the ClientHello is processed).
fn run_handshake(h: &SessionHandle, session: gnutls_session_t) -> Result<(), c_int> {
    loop {
        let step = h.with_core(|s| {
            if !h.configured.swap(true, Ordering::AcqRel) {
                if let Err(e) = configure(h, s) {
                    h.configured.store(false, Ordering::Release);
                    return Err(e);
                }
            }
            s.handshake_step(&mut CTransport::new(h))
        })?;
        if step == Step::Done {
            return Ok(());
        }
        run_client_hello_hook(h, session, GNUTLS_HOOK_PRE)?;
        let hook = h.post_client_hello.load(Ordering::Acquire);
        if hook != 0 {
            // SAFETY: a gnutls_handshake_simple_hook_func stored by
            // gnutls_handshake_set_post_client_hello_function.
            let f: HookFn = unsafe { core::mem::transmute::<usize, HookFn>(hook) };
            // SAFETY: the application's hook with its own session.
            let r = unsafe { f(session) };
            if r < 0 {
                return Err(r);
            }
        }
        h.with_core(|s| configure(h, s))?;
        run_client_hello_hook(h, session, GNUTLS_HOOK_POST)?;
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_handshake_set_post_client_hello_function(
    session: gnutls_session_t,
    func: gnutls_handshake_simple_hook_func,
) {
    entry! {
        let h = session!(session);
        h.post_client_hello.store(func.map_or(0, |f| f as usize), Ordering::Release);
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_handshake(session: gnutls_session_t) -> c_int {
    entry! {
        let h = session!(session);
        match run_handshake(h, session) {
            Ok(()) => 0,
            Err(e) => {
                if e == errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS {
                    // Credentials may be set and the handshake called again.
                    h.configured.store(false, Ordering::Release);
                }
                e
            }
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_handshake_set_timeout(session: gnutls_session_t, ms: c_uint) {
    entry! {
        let h = session!(session);
        let timeout = match ms {
            0 => None,
            m if m == GNUTLS_DEFAULT_HANDSHAKE_TIMEOUT as c_uint => Some(DEFAULT_HANDSHAKE_TIMEOUT),
            m if m == GNUTLS_INDEFINITE_TIMEOUT as c_uint => None,
            m => Some(Duration::from_millis(u64::from(m))),
        };
        let _ = h.with_core(|s| {
            s.settings_mut()?.handshake_timeout = timeout;
            Ok(())
        });
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_set_timeout(session: gnutls_session_t, ms: c_uint) {
    entry! {
        let h = session!(session);
        let timeout = match ms {
            0 => None,
            m if m == GNUTLS_INDEFINITE_TIMEOUT as c_uint => None,
            m => Some(m),
        };
        let _ = h.with_core(|s| {
            s.set_record_timeout(timeout);
            Ok(())
        });
    }
}

/// The last handshake message: GnuTLS reports the message type; rustls does
/// not expose its state machine, so a finished handshake reports Finished
/// and one in progress reports the message that starts it.
fn last_message(h: &SessionHandle) -> gnutls_handshake_description_t {
    let done = h.shared.with_info(|i| i.handshake_complete);
    if done {
        GNUTLS_HANDSHAKE_FINISHED
    } else if h.is_server() {
        GNUTLS_HANDSHAKE_CLIENT_HELLO
    } else {
        GNUTLS_HANDSHAKE_SERVER_HELLO
    }
}

// rgnutls: partial: Finished once the handshake is complete; during it, the first message expected
#[no_mangle]
pub unsafe extern "C" fn gnutls_handshake_get_last_in(session: gnutls_session_t) -> gnutls_handshake_description_t {
    entry! { last_message(session!(session)) }
}

// rgnutls: partial: Finished once the handshake is complete; during it, the first message expected
#[no_mangle]
pub unsafe extern "C" fn gnutls_handshake_get_last_out(session: gnutls_session_t) -> gnutls_handshake_description_t {
    entry! { last_message(session!(session)) }
}

static HOOK_LOGGED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

// rgnutls: partial: only a server's received ClientHello reaches the hook (for GNUTLS_HANDSHAKE_CLIENT_HELLO or GNUTLS_HANDSHAKE_ANY); rustls does not expose the other handshake messages (logged once)
#[no_mangle]
pub unsafe extern "C" fn gnutls_handshake_set_hook_function(
    session: gnutls_session_t,
    htype: c_uint,
    when: c_int,
    func: gnutls_handshake_hook_func,
) {
    entry! {
        let h = session!(session);
        let client_hello = htype == GNUTLS_HANDSHAKE_CLIENT_HELLO as c_uint || htype == GNUTLS_HANDSHAKE_ANY as c_uint;
        // Said once: the hook is accepted but will not see these messages.
        if func.is_some() && !(h.is_server() && client_hello) && !HOOK_LOGGED.swap(true, Ordering::Relaxed) {
            crate::log::emit(
                1,
                "gnutls_handshake_set_hook_function: rgnutls calls the hook only for a server's received ClientHello\n",
            );
        }
        *h.handshake_hook.lock().unwrap_or_else(|e| e.into_inner()) =
            HandshakeHook { func: func.map_or(0, |f| f as usize), htype, when };
    }
}

/// rustls bounds handshake messages itself.
#[no_mangle]
pub unsafe extern "C" fn gnutls_handshake_set_max_packet_length(session: gnutls_session_t, max: size_t) {
    entry! {
        let _ = (session!(session), max);
    }
}
