//! Session-level odds and ends that real programs (gnutls-cli, gnutls-serv)
//! call: authentication type, packets, fastopen, ETM status, file loading,
//! FIPS mode, heartbeat refusal.
use super::session::session;
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Handle};
use crate::types::*;
use rgnutls::errors;

/// Every handshake rgnutls completes is certificate-authenticated.
#[no_mangle]
pub unsafe extern "C" fn gnutls_auth_get_type(session: gnutls_session_t) -> gnutls_credentials_type_t {
    entry! {
        let _ = session!(session);
        GNUTLS_CRD_CERTIFICATE
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_auth_client_get_type(session: gnutls_session_t) -> gnutls_credentials_type_t {
    // SAFETY: forwarding the caller's handle.
    unsafe { gnutls_auth_get_type(session) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_auth_server_get_type(session: gnutls_session_t) -> gnutls_credentials_type_t {
    // SAFETY: forwarding the caller's handle.
    unsafe { gnutls_auth_get_type(session) }
}

/// rustls negotiates AEAD suites only, where encrypt-then-MAC does not apply.
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_etm_status(session: gnutls_session_t) -> c_uint {
    entry! {
        let _ = session!(session);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_can_use_length_hiding(session: gnutls_session_t) -> c_uint {
    entry! {
        let _ = session!(session);
        0
    }
}

// rgnutls: partial: the range is not used for padding; the data is sent as by gnutls_record_send
#[no_mangle]
pub unsafe extern "C" fn gnutls_record_send_range(
    session: gnutls_session_t,
    data: *const c_void,
    data_size: size_t,
    range: *const gnutls_range_st,
) -> ssize_t {
    let _ = range;
    // SAFETY: forwarding the caller's arguments.
    unsafe { super::record::gnutls_record_send(session, data, data_size) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_key_update(session: gnutls_session_t, flags: c_uint) -> c_int {
    // SAFETY: forwarding the caller's arguments.
    unsafe { super::record::gnutls_key_update(session, flags) }
}

/// Deprecated in GnuTLS and without effect there too.
#[no_mangle]
pub unsafe extern "C" fn gnutls_handshake_set_private_extensions(session: gnutls_session_t, allow: c_int) {
    entry! {
        let _ = (session!(session), allow);
    }
}

// rgnutls: unsupported: heartbeat (RFC 6520) is not offered by the rustls engine; enabling is a no-op and nothing is ever allowed
#[no_mangle]
pub unsafe extern "C" fn gnutls_heartbeat_enable(session: gnutls_session_t, type_: c_uint) {
    entry! {
        let _ = (session!(session), type_);
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_heartbeat_allowed(session: gnutls_session_t, type_: c_uint) -> c_uint {
    entry! {
        let _ = (session!(session), type_);
        0
    }
}

// rgnutls: partial: certificate compression is not negotiated; the methods are accepted
#[no_mangle]
pub unsafe extern "C" fn gnutls_compress_certificate_set_methods(
    session: gnutls_session_t,
    methods: *const gnutls_compression_method_t,
    methods_len: size_t,
) -> c_int {
    entry! {
        let _ = (session!(session), methods, methods_len);
        0
    }
}

/// A record received whole (gnutls_record_recv_packet).
pub struct Packet {
    data: Vec<u8>,
}

impl Handle for mbuffer_st {
    type Rust = Packet;
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_recv_packet(session: gnutls_session_t, packet: *mut gnutls_packet_t) -> ssize_t {
    entry! {
        if packet.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST as ssize_t;
        }
        let mut buf = vec![0u8; 16384];
        // SAFETY: forwarding to gnutls_record_recv with our own buffer.
        let n = unsafe { super::record::gnutls_record_recv(session, buf.as_mut_ptr() as *mut c_void, buf.len()) };
        // SAFETY: checked non-NULL.
        unsafe { *packet = core::ptr::null_mut() };
        if n > 0 {
            buf.truncate(n as usize);
            // SAFETY: as above.
            unsafe { *packet = ffi::new_handle(Packet { data: buf }) };
        }
        n
    }
}

// rgnutls: partial: the record sequence number is not exposed by rustls and reads as zero
#[no_mangle]
pub unsafe extern "C" fn gnutls_packet_get(packet: gnutls_packet_t, data: *mut gnutls_datum_t, sequence: *mut c_uchar) {
    entry! {
        // SAFETY: NULL or a live packet handle.
        let Some(p) = (unsafe { ffi::handle(packet) }) else { return };
        // SAFETY: non-NULL out parameters; the datum points into the packet.
        unsafe {
            if !data.is_null() {
                (*data).data = p.data.as_ptr() as *mut c_uchar;
                (*data).size = p.data.len() as c_uint;
            }
            if !sequence.is_null() {
                core::ptr::write_bytes(sequence, 0, 8);
            }
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_packet_deinit(packet: gnutls_packet_t) {
    entry! {
        // SAFETY: a packet from gnutls_record_recv_packet, released once.
        unsafe { ffi::free_handle(packet) }
    }
}

/// Waits up to `ms` for the socket behind `ptr` to be readable, as the
/// default pull_timeout function does.
#[no_mangle]
pub unsafe extern "C" fn gnutls_system_recv_timeout(ptr: gnutls_transport_ptr_t, ms: c_uint) -> c_int {
    entry! {
        let mut p = libc::pollfd { fd: ptr as isize as c_int, events: libc::POLLIN, revents: 0 };
        let t = if ms == GNUTLS_INDEFINITE_TIMEOUT as c_uint { -1 } else { ms.min(i32::MAX as c_uint) as c_int };
        // SAFETY: poll(2) on one pollfd.
        unsafe { libc::poll(&mut p, 1, t) }
    }
}

/// Reads a whole file into a libc-malloc'd datum.
#[no_mangle]
pub unsafe extern "C" fn gnutls_load_file(filename: *const c_char, data: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: a C string per the API.
        let Some(name) = (unsafe { ffi::cstr(filename) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match std::fs::read(name) {
            // SAFETY: the caller's datum.
            Ok(bytes) => unsafe { ffi::set_datum(data, &bytes) },
            Err(_) => errors::GNUTLS_E_FILE_ERROR,
        }
    }
}

// rgnutls: partial: ASCII names pass through unchanged; internationalised names are refused
#[no_mangle]
pub unsafe extern "C" fn gnutls_idna_map(input: *const c_char, ilen: c_uint, out: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        let _ = flags;
        // SAFETY: `ilen` bytes at `input`.
        let Some(bytes) = (unsafe { ffi::bytes(input as *const c_void, ilen as usize) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        if !bytes.is_ascii() {
            return errors::GNUTLS_E_UNIMPLEMENTED_FEATURE;
        }
        // SAFETY: the caller's datum.
        unsafe { ffi::set_datum(out, bytes) }
    }
}

/// rgnutls is not a FIPS 140 module, so FIPS mode is never on.
#[no_mangle]
pub extern "C" fn gnutls_fips140_mode_enabled() -> c_uint {
    0
}

// rgnutls: unsupported: rgnutls is not a FIPS 140 module; switching modes has no effect
#[no_mangle]
pub extern "C" fn gnutls_fips140_set_mode(mode: gnutls_fips_mode_t, flags: c_uint) {
    let _ = (mode, flags);
}

/// Heartbeat is never negotiated, and GnuTLS refuses to ping or answer on a
/// session without it.
#[no_mangle]
pub unsafe extern "C" fn gnutls_heartbeat_ping(session: gnutls_session_t, data_size: size_t, max_tries: c_uint, flags: c_uint) -> c_int {
    entry! {
        let _ = (session!(session), data_size, max_tries, flags);
        errors::GNUTLS_E_INVALID_REQUEST
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_heartbeat_pong(session: gnutls_session_t, flags: c_uint) -> c_int {
    entry! {
        let _ = (session!(session), flags);
        errors::GNUTLS_E_INVALID_REQUEST
    }
}

/// SRTP profiles (RFC 5764) belong to DTLS, which the engine does not offer.
const SRTP_PROFILES: [(c_int, &core::ffi::CStr); 4] = [
    (GNUTLS_SRTP_AES128_CM_HMAC_SHA1_80, c"SRTP_AES128_CM_HMAC_SHA1_80"),
    (GNUTLS_SRTP_AES128_CM_HMAC_SHA1_32, c"SRTP_AES128_CM_HMAC_SHA1_32"),
    (GNUTLS_SRTP_NULL_HMAC_SHA1_80, c"SRTP_NULL_HMAC_SHA1_80"),
    (GNUTLS_SRTP_NULL_HMAC_SHA1_32, c"SRTP_NULL_SHA1_32"),
];

#[no_mangle]
pub extern "C" fn gnutls_srtp_get_profile_name(profile: gnutls_srtp_profile_t) -> *const c_char {
    SRTP_PROFILES.iter().find(|p| p.0 == profile).map_or(core::ptr::null(), |p| p.1.as_ptr())
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_srtp_get_profile_id(name: *const c_char, profile: *mut gnutls_srtp_profile_t) -> c_int {
    entry! {
        // SAFETY: a C string per the API.
        let Some(name) = (unsafe { ffi::cstr(name) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match SRTP_PROFILES.iter().find(|p| p.1.to_str() == Ok(name)) {
            Some(p) if !profile.is_null() => {
                // SAFETY: non-NULL out parameter.
                unsafe { *profile = p.0 };
                0
            }
            _ => errors::GNUTLS_E_ILLEGAL_PARAMETER,
        }
    }
}

/// No SRTP profile is ever negotiated (it needs DTLS).
#[no_mangle]
pub unsafe extern "C" fn gnutls_srtp_get_selected_profile(session: gnutls_session_t, profile: *mut gnutls_srtp_profile_t) -> c_int {
    entry! {
        let _ = (session!(session), profile);
        errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE
    }
}
