//! What was negotiated: version, algorithms, ALPN, the session description,
//! keying material exporters and channel bindings.
use super::session::session;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::algorithms::{group, kx};
use rgnutls::errors;
use rgnutls::priority::CIPHER_SUITES;
use rgnutls::session::SessionInfo;

/// GnuTLS's cipher-suite table row of the negotiated suite.
fn suite(info: &SessionInfo) -> Option<&'static rgnutls::priority::CipherSuite> {
    let id = u16::from(info.cipher_suite?).to_be_bytes();
    CIPHER_SUITES.iter().find(|s| s.id == id)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_protocol_get_version(session: gnutls_session_t) -> gnutls_protocol_t {
    entry! { session!(session).shared.with_info(|i| i.protocol_id() as c_int) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_get(session: gnutls_session_t) -> gnutls_cipher_algorithm_t {
    entry! { session!(session).shared.with_info(|i| suite(i).map_or(0, |s| s.cipher as c_int)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_mac_get(session: gnutls_session_t) -> gnutls_mac_algorithm_t {
    entry! { session!(session).shared.with_info(|i| suite(i).map_or(0, |s| s.mac as c_int)) }
}

/// TLS 1.3 suites carry no key exchange: GnuTLS then reports ECDHE_RSA for
/// an elliptic-curve group and DHE_RSA for a finite-field one.
#[no_mangle]
pub unsafe extern "C" fn gnutls_kx_get(session: gnutls_session_t) -> gnutls_kx_algorithm_t {
    entry! {
        session!(session).shared.with_info(|i| match suite(i) {
            Some(s) if s.kx != 0 => s.kx as c_int,
            Some(_) => match i.kx_group.and_then(|g| group::by_tls_id(u16::from(g))) {
                Some(g) if g.prime_bits != 0 => kx::DHE_RSA,
                Some(_) => kx::ECDHE_RSA,
                None => 0,
            },
            None => 0,
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_group_get(session: gnutls_session_t) -> gnutls_group_t {
    entry! {
        session!(session)
            .shared
            .with_info(|i| i.kx_group.and_then(|g| group::by_tls_id(u16::from(g))).map_or(0, |g| g.id))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ecc_curve_get(session: gnutls_session_t) -> gnutls_ecc_curve_t {
    entry! {
        session!(session)
            .shared
            .with_info(|i| i.kx_group.and_then(|g| group::by_tls_id(u16::from(g))).and_then(|g| g.curve).unwrap_or(0))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_sign_algorithm_get(session: gnutls_session_t) -> c_int {
    entry! {
        session!(session).shared.with_info(|i| i.sign_algorithm())
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_sign_algorithm_get_client(session: gnutls_session_t) -> c_int {
    entry! {
        session!(session).shared.with_info(|i| i.client_sign_algorithm())
    }
}

/// The description, e.g. `(TLS1.3-X.509)-(ECDHE-X25519)-(RSA-PSS-RSAE-SHA256)-(AES-256-GCM)`.
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_desc(session: gnutls_session_t) -> *mut c_char {
    entry! {
        let h = session!(session);
        // GnuTLS names the certificate type only when the application
        // allowed alternatives to X.509 (GNUTLS_ENABLE_RAWPK).
        let cert_type = h.flags & GNUTLS_ENABLE_RAWPK as c_uint != 0;
        match h.shared.description_with(cert_type) {
            Some(d) => ffi::malloc_cstring(&d),
            None => core::ptr::null_mut(),
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_is_resumed(session: gnutls_session_t) -> c_int {
    entry! { c_int::from(session!(session).shared.with_info(|i| i.resumed)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_alpn_set_protocols(
    session: gnutls_session_t,
    protocols: *const gnutls_datum_t,
    protocols_size: c_uint,
    flags: c_uint,
) -> c_int {
    entry! {
        let h = session!(session);
        let mut list = Vec::with_capacity(protocols_size as usize);
        for i in 0..protocols_size as usize {
            // SAFETY: `protocols_size` datums at `protocols`, per the API.
            let Some(p) = (unsafe { ffi::datum(protocols.add(i)) }) else {
                return errors::GNUTLS_E_INVALID_REQUEST;
            };
            if p.is_empty() || p.len() > 255 {
                return errors::GNUTLS_E_INVALID_REQUEST;
            }
            list.push(p.to_vec());
        }
        h.with_core(|s| {
            let st = s.settings_mut()?;
            st.alpn_protocols = list;
            st.alpn_flags = flags;
            Ok(0)
        })
        .unwrap_or_else(|e| e)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_alpn_get_selected_protocol(session: gnutls_session_t, protocol: *mut gnutls_datum_t) -> c_int {
    entry! {
        let h = session!(session);
        if protocol.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let Some(alpn) = h.shared.with_info(|i| i.alpn.clone()) else {
            return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE;
        };
        let mut r = h.returned.lock().unwrap_or_else(|e| e.into_inner());
        r.alpn = alpn;
        // The datum points into the session, as in GnuTLS; it is not to be freed.
        // SAFETY: non-NULL out parameter.
        unsafe {
            (*protocol).data = r.alpn.as_mut_ptr();
            (*protocol).size = r.alpn.len() as c_uint;
        }
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_prf_rfc5705(
    session: gnutls_session_t,
    label_size: size_t,
    label: *const c_char,
    context_size: size_t,
    context: *const c_char,
    outsize: size_t,
    out: *mut c_char,
) -> c_int {
    entry! {
        let h = session!(session);
        // SAFETY: sizes and buffers per the API.
        let (Some(label), Some(out)) = (unsafe { ffi::bytes(label as *const c_void, label_size) }, unsafe {
            ffi::bytes_mut(out as *mut c_void, outsize)
        }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // A NULL context means "no context", which differs from an empty one.
        let ctx = if context.is_null() {
            None
        } else {
            // SAFETY: as above.
            unsafe { ffi::bytes(context as *const c_void, context_size) }
        };
        h.with_core(|s| s.export_keying_material(label, ctx, out)).map_or_else(|e| e, |_| 0)
    }
}

// rgnutls: partial: only the RFC 5705 exporter form; the TLS 1.2 PRF over raw secrets (server_random_first, extra) is not exposed by rustls
#[no_mangle]
pub unsafe extern "C" fn gnutls_prf(
    session: gnutls_session_t,
    label_size: size_t,
    label: *const c_char,
    server_random_first: c_int,
    extra_size: size_t,
    extra: *const c_char,
    outsize: size_t,
    out: *mut c_char,
) -> c_int {
    if server_random_first != 0 {
        return errors::GNUTLS_E_UNIMPLEMENTED_FEATURE;
    }
    let ctx = if extra_size == 0 { core::ptr::null() } else { extra };
    // SAFETY: forwarding the caller's arguments.
    unsafe { gnutls_prf_rfc5705(session, label_size, label, extra_size, ctx, outsize, out) }
}

// rgnutls: partial: tls-exporter and tls-server-end-point; tls-unique is not available from rustls
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_channel_binding(
    session: gnutls_session_t,
    cbtype: gnutls_channel_binding_t,
    cb: *mut gnutls_datum_t,
) -> c_int {
    entry! {
        let h = session!(session);
        let data = match cbtype {
            GNUTLS_CB_TLS_EXPORTER => match h.with_core(|s| s.channel_binding_tls_exporter()) {
                Ok(v) => v.to_vec(),
                Err(e) => return e,
            },
            GNUTLS_CB_TLS_SERVER_END_POINT => {
                // RFC 5929: a hash of the server's certificate, with the
                // certificate's signature hash (SHA-256 for MD5 and SHA-1).
                let cert = if h.is_server() {
                    h.shared.with_info(|i| i.own_certificates().first().map(|c| c.to_vec()))
                } else {
                    h.peer.chain().and_then(|c| c.first().map(|c| c.to_vec()))
                };
                let Some(cert) = cert else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
                match rgnutls::x509::cert::end_point_hash(&cert) {
                    Ok(v) => v,
                    Err(e) => return e,
                }
            }
            GNUTLS_CB_TLS_UNIQUE => return errors::GNUTLS_E_UNIMPLEMENTED_FEATURE,
            _ => return errors::GNUTLS_E_INVALID_REQUEST,
        };
        // SAFETY: `cb` is the caller's datum.
        unsafe { ffi::set_datum(cb, &data) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_session_get_random(
    session: gnutls_session_t,
    client: *mut gnutls_datum_t,
    server: *mut gnutls_datum_t,
) {
    entry! {
        let h = session!(session);
        let mut r = h.returned.lock().unwrap_or_else(|e| e.into_inner());
        r.randoms = vec![0; 64];
        let (client_random, server_random) = h.shared.with_info(|i| (i.client_random, i.server_random));
        if let Some(c) = client_random {
            r.randoms[..32].copy_from_slice(&c);
        }
        if let Some(s) = server_random {
            r.randoms[32..].copy_from_slice(&s);
        }
        let base = r.randoms.as_mut_ptr();
        // SAFETY: non-NULL out datums, pointing into session-owned storage.
        unsafe {
            if !client.is_null() {
                (*client).data = base;
                (*client).size = 32;
            }
            if !server.is_null() {
                (*server).data = base.add(32);
                (*server).size = 32;
            }
        }
    }
}

/// The hash of the negotiated suite's PRF (TLS 1.2) or HKDF (TLS 1.3);
/// GNUTLS_DIG_UNKNOWN before the handshake has chosen a suite.
#[no_mangle]
pub unsafe extern "C" fn gnutls_prf_hash_get(session: gnutls_session_t) -> gnutls_digest_algorithm_t {
    entry! { session!(session).shared.with_info(|i| i.prf_hash()) }
}

// rgnutls: partial: always GNUTLS_DIG_UNKNOWN (0), as GnuTLS answers outside 0-RTT; during 0-RTT GnuTLS gives the resumed suite's hash, which rgnutls does not report
#[no_mangle]
pub unsafe extern "C" fn gnutls_early_prf_hash_get(session: gnutls_session_t) -> gnutls_digest_algorithm_t {
    entry! {
        let _ = session!(session);
        0
    }
}

/// Server: with a non-zero status, the CertificateRequest carries no CA
/// names (the client then chooses among all its certificates).
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_send_x509_rdn_sequence(session: gnutls_session_t, status: c_int) {
    entry! {
        let h = session!(session);
        let _ = h.with_core(|s| {
            s.settings_mut()?.hide_ca_names = status != 0;
            Ok(())
        });
    }
}

/// The negotiated cipher suite's standard name, e.g.
/// `TLS_AES_256_GCM_SHA384`; NULL before the handshake chose one.
#[no_mangle]
pub unsafe extern "C" fn gnutls_ciphersuite_get(session: gnutls_session_t) -> *const c_char {
    entry! {
        match session!(session).shared.with_info(|i| i.cipher_suite_name()) {
            Some(name) => super::algorithms::cname(name),
            None => core::ptr::null(),
        }
    }
}

// rgnutls: partial: always GNUTLS_CIPHER_UNKNOWN (0), as GnuTLS answers once the handshake is over; during 0-RTT GnuTLS gives the early data cipher, which rgnutls does not report
#[no_mangle]
pub unsafe extern "C" fn gnutls_early_cipher_get(session: gnutls_session_t) -> gnutls_cipher_algorithm_t {
    entry! {
        let _ = session!(session);
        0
    }
}

/// Client: the `indx`-th signature algorithm the server's CertificateRequest
/// accepts; GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE past the end (or when the
/// server asked for no certificate).
#[no_mangle]
pub unsafe extern "C" fn gnutls_sign_algorithm_get_requested(
    session: gnutls_session_t,
    indx: size_t,
    algo: *mut gnutls_sign_algorithm_t,
) -> c_int {
    entry! {
        let h = session!(session);
        let list = h.shared.with_info(|i| i.requested_sign_algorithms());
        match list.get(indx) {
            Some(&id) => {
                if !algo.is_null() {
                    // SAFETY: non-NULL out parameter.
                    unsafe { *algo = id };
                }
                0
            }
            None => errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
        }
    }
}
