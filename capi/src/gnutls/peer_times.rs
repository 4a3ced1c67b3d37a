//! gnutls_certificate_activation_time_peers / _expiration_time_peers: the
//! validity period of the peer's leaf certificate, (time_t)-1 when the
//! peer sent none. Before a handshake has chosen certificate
//! authentication GnuTLS 3.7.9 returns GNUTLS_E_INVALID_REQUEST cast to
//! time_t (-50), and so do we.
use super::session::session;
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crt::Crt;

/// The peer's leaf certificate's (activation, expiration) times, or the
/// value both functions return instead.
fn peer_times(h: &super::session::SessionHandle) -> Result<(time_t, time_t), time_t> {
    if h.shared.with_info(|i| i.cipher_suite.is_none()) {
        return Err(errors::GNUTLS_E_INVALID_REQUEST as time_t);
    }
    let chain = h.peer.chain().ok_or(-1)?;
    let leaf = Crt::from_der(chain.first().ok_or(-1)?).map_err(|_| -1)?;
    Ok((leaf.activation_time() as time_t, leaf.expiration_time() as time_t))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_activation_time_peers(session: gnutls_session_t) -> time_t {
    entry! {
        let h = session!(session);
        peer_times(h).map_or_else(|e| e, |t| t.0)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_expiration_time_peers(session: gnutls_session_t) -> time_t {
    entry! {
        let h = session!(session);
        peer_times(h).map_or_else(|e| e, |t| t.1)
    }
}
