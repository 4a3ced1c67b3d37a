//! Session tickets: gnutls_session_ticket_*. The sealing itself is in
//! rgnutls::db::ticket; db.rs `configure` hands the key to the engine.
use super::session::session;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::db::ticket::{self, TicketKey};
use rgnutls::errors;
use std::sync::Arc;

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_ticket_key_generate(key: *mut gnutls_datum_t) -> c_int {
    entry! {
        let Some(bytes) = ticket::generate_key() else { return errors::GNUTLS_E_RANDOM_FAILED };
        // SAFETY: NULL or a writable datum, per the API.
        unsafe { ffi::set_datum(key, &bytes) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_ticket_enable_server(session: gnutls_session_t, key: *const gnutls_datum_t) -> c_int {
    entry! {
        let h = session!(session);
        if !h.is_server() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: NULL or a datum with `size` readable bytes.
        let Some(bytes) = (unsafe { ffi::datum(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let Some(key) = TicketKey::new(bytes) else { return errors::GNUTLS_E_INVALID_REQUEST };
        *h.resume.ticket_key.lock().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(key));
        0
    }
}

/// Clients accept tickets unless GNUTLS_NO_TICKETS is given (as GnuTLS since 3.6).
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_ticket_enable_client(session: gnutls_session_t) -> c_int {
    entry! {
        let _ = session!(session);
        0
    }
}

// rgnutls: partial: rustls 0.23 sends TLS 1.3 tickets only at the end of the handshake; tickets on demand cannot be sent, so a valid request succeeds without sending more
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_ticket_send(session: gnutls_session_t, nr: c_uint, flags: c_uint) -> c_int {
    entry! {
        let h = session!(session);
        let _ = (nr, flags);
        let established = h.shared.with_info(|i| i.handshake_complete);
        if !h.is_server() || !established || h.shared.snapshot().protocol_id() != 5 {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        0
    }
}
