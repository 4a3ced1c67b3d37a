//! <gnutls/socket.h>: TCP Fast Open and kTLS status for the default transport.
use crate::ctypes::*;
use crate::entry;
use crate::types::*;

// rgnutls: partial: connects at once (no TCP Fast Open data in the SYN), then uses the socket as the transport
#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_fastopen(
    session: gnutls_session_t,
    fd: c_int,
    connect_addr: *mut sockaddr,
    connect_addrlen: socklen_t,
    flags: c_uint,
) {
    entry! {
        let _ = flags;
        if !connect_addr.is_null() {
            // SAFETY: the application's address of `connect_addrlen` bytes.
            unsafe { libc::connect(fd, connect_addr as *const libc::sockaddr, connect_addrlen) };
        }
        // SAFETY: forwarding the caller's handle.
        unsafe { crate::gnutls::transport::gnutls_transport_set_int2(session, fd, fd) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_is_ktls_enabled(session: gnutls_session_t) -> c_int {
    entry! {
        let _ = crate::gnutls::session::session!(session);
        0 // GNUTLS_KTLS_DISABLED: records are always encrypted in user space
    }
}
