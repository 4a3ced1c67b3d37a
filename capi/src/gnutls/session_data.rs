//! Client session data and session IDs: gnutls_session_get_data(2),
//! gnutls_session_set_data, gnutls_session_get_id(2),
//! gnutls_session_resumption_requested. The data names an entry in the
//! process-wide registry of rgnutls::db::client (rustls 0.23 cannot
//! serialise client sessions): data from another process resumes nothing,
//! and the next handshake is a full one.
use super::session::{session, SessionHandle};
use super::transport::CTransport;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use std::sync::atomic::Ordering;

/// How long get_data waits for a TLS 1.3 ticket that has not arrived (as GnuTLS).
const TICKET_WAIT_MS: u32 = 50;

/// The client's session data, or a GnuTLS error.
fn session_data(h: &SessionHandle) -> Result<Vec<u8>, c_int> {
    if h.is_server() {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    let info = h.shared.snapshot();
    if !info.handshake_complete {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    if info.protocol_id() == 5 && h.resume.client.tls13_tickets_received() == 0 && h.transport.can_wait() {
        // The ticket follows the handshake: give it a moment, as GnuTLS does.
        let _ = h.with_core(|s| {
            s.wait_for_ticket(&mut CTransport::new(h), TICKET_WAIT_MS);
            Ok(())
        });
    }
    let name = h.with_core(|s| Ok(s.settings().server_name.clone())).ok().flatten().unwrap_or_default();
    Ok(h.resume.client.export(&name))
}

// rgnutls: partial: the data names a session kept in this process; another process cannot resume from it (full handshake)
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_data(
    session: gnutls_session_t,
    session_data_out: *mut c_void,
    session_data_size: *mut size_t,
) -> c_int {
    entry! {
        let h = session!(session);
        match session_data(h) {
            // SAFETY: out buffer and size per the API.
            Ok(data) => unsafe { ffi::copy_out(session_data_out, session_data_size, &data, false) },
            Err(e) => e,
        }
    }
}

// rgnutls: partial: the data names a session kept in this process; another process cannot resume from it (full handshake)
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_data2(session: gnutls_session_t, data: *mut gnutls_datum_t) -> c_int {
    entry! {
        let h = session!(session);
        if data.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        match session_data(h) {
            // SAFETY: checked non-NULL.
            Ok(bytes) => unsafe { ffi::set_datum(data, &bytes) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_data(
    session: gnutls_session_t,
    session_data_in: *const c_void,
    session_data_size: size_t,
) -> c_int {
    entry! {
        let h = session!(session);
        // SAFETY: `session_data_size` bytes at `session_data_in`, per the API.
        let Some(bytes) = (unsafe { ffi::bytes(session_data_in, session_data_size) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        if h.is_server() || bytes.is_empty() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        match h.resume.client.load(bytes) {
            Ok(()) => 0,
            Err(_) => errors::GNUTLS_E_DB_ERROR,
        }
    }
}

/// The session ID: the db key of a server's TLS 1.2 session, else the ID
/// a TLS 1.2 ServerHello carried (both sides); otherwise (TLS 1.3, or
/// before the handshake) an opaque per-session value, as GnuTLS gives.
fn session_id(h: &SessionHandle) -> &[u8] {
    if let Some(key) = h.resume.events.session_key() {
        return h.resume.known_id.get_or_init(|| key);
    }
    let wire = h.shared.with_info(|i| (i.protocol_id() == 4 && !i.server_session_id.is_empty()).then(|| i.server_session_id.clone()));
    if let Some(wire) = wire {
        return h.resume.known_id.get_or_init(|| wire);
    }
    &h.resume.id
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_id(
    session: gnutls_session_t,
    session_id_out: *mut c_void,
    session_id_size: *mut size_t,
) -> c_int {
    entry! {
        let h = session!(session);
        // SAFETY: out buffer and size per the API.
        unsafe { ffi::copy_out(session_id_out, session_id_size, session_id(h), false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_id2(session: gnutls_session_t, session_id_out: *mut gnutls_datum_t) -> c_int {
    entry! {
        let h = session!(session);
        if session_id_out.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let id = session_id(h);
        // SAFETY: checked non-NULL. The datum points into the session, as in
        // GnuTLS: valid until gnutls_deinit, not to be freed.
        unsafe {
            (*session_id_out).data = id.as_ptr() as *mut c_uchar;
            (*session_id_out).size = id.len() as c_uint;
        }
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_resumption_requested(session: gnutls_session_t) -> c_int {
    entry! {
        let h = session!(session);
        c_int::from(h.is_server() && h.resume.events.requested.load(Ordering::Acquire))
    }
}

/// The GNUTLS_SFLAGS_* bits of resumption and early data (for gnutls_session_get_flags).
pub fn flags(h: &SessionHandle) -> c_uint {
    let mut flags = 0;
    if !h.is_server() {
        let info = h.shared.snapshot();
        let ticket = match info.protocol_id() {
            5 => h.resume.client.tls13_tickets_received() > 0,
            4 => !info.resumed && h.resume.client.tls12_ticket_received(),
            _ => false,
        };
        if ticket {
            flags |= GNUTLS_SFLAGS_SESSION_TICKET as c_uint;
        }
    }
    let early = h
        .with_core(|s| Ok(if h.is_server() { s.early_data_received() } else { s.early_data_accepted() }))
        .unwrap_or(false);
    if early {
        flags |= GNUTLS_SFLAGS_EARLY_DATA as c_uint;
    }
    flags
}
