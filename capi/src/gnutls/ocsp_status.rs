//! OCSP status request (stapling), client side: the response the server
//! stapled, and whether peer verification checked it. rustls always asks
//! for a status, as GnuTLS does by default.
use super::session::session;
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::errors;

/// The request is always sent (rustls offers status_request in every
/// ClientHello); responder ids and request extensions are not sent, which
/// GnuTLS does not do either.
#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_status_request_enable_client(session: gnutls_session_t, responder_id: *mut gnutls_datum_t, responder_id_size: size_t, request_extensions: *mut gnutls_datum_t) -> c_int {
    let _ = (responder_id, responder_id_size, request_extensions);
    entry! {
        let h = session!(session);
        if h.is_server() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        0
    }
}

/// The stapled response for certificate `idx` of the chain, lent: valid
/// until the next handshake or gnutls_deinit. Only the leaf's is stapled.
#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_status_request_get2(session: gnutls_session_t, idx: c_uint, response: *mut gnutls_datum_t) -> c_int {
    entry! {
        let h = session!(session);
        // SAFETY: NULL or writable.
        let Some(out) = (unsafe { response.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if h.is_server() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        if idx != 0 {
            return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE;
        }
        h.peer.with_ocsp(|r| match r {
            Some(bytes) if !bytes.is_empty() => {
                // The bytes stay in the session's peer record until it
                // records another handshake.
                out.data = bytes.as_ptr() as *mut c_uchar;
                out.size = bytes.len() as c_uint;
                0
            }
            _ => errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_status_request_get(session: gnutls_session_t, response: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_ocsp_status_request_get2(session, 0, response) } }
}

/// Non-zero when peer verification checked a valid, good stapled response;
/// with GNUTLS_OCSP_SR_IS_AVAIL, when a response was received at all.
#[no_mangle]
pub unsafe extern "C" fn gnutls_ocsp_status_request_is_checked(session: gnutls_session_t, flags: c_uint) -> c_uint {
    entry! {
        let h = session!(session);
        if flags & GNUTLS_OCSP_SR_IS_AVAIL as c_uint != 0 {
            return c_uint::from(h.peer.with_ocsp(|r| r.is_some_and(|b| !b.is_empty())));
        }
        c_uint::from(h.peer.ocsp_checked())
    }
}
