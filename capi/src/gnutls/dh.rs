//! Diffie-Hellman parameters (gnutls_dh_params_t) and the session's DH
//! information. The engine negotiates only (EC)DHE over elliptic curves, so
//! parameters are kept and converted for the application, never used, and
//! the session's DH queries report that no finite-field DH took place.
use super::session::session;
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Handle};
use crate::types::*;
use rgnutls::crypto::dh::DhParams;
use rgnutls::errors;
use std::sync::Mutex;

impl Handle for gnutls_dh_params_int {
    type Rust = Mutex<DhParams>;
}

macro_rules! params {
    ($p:expr) => {
        // SAFETY: NULL or a live handle from gnutls_dh_params_init.
        match unsafe { ffi::handle($p) } {
            Some(h) => h.lock().unwrap_or_else(|e| e.into_inner()),
            None => return $crate::ffi::Failure::invalid(),
        }
    };
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_init(dh_params: *mut gnutls_dh_params_t) -> c_int {
    entry! {
        if dh_params.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *dh_params = ffi::new_handle(Mutex::new(DhParams::default())) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_deinit(dh_params: gnutls_dh_params_t) {
    entry! {
        // SAFETY: a handle from gnutls_dh_params_init, released once.
        unsafe { ffi::free_handle(dh_params) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_cpy(dst: gnutls_dh_params_t, src: gnutls_dh_params_t) -> c_int {
    entry! {
        let v = params!(src).clone();
        *params!(dst) = v;
        0
    }
}

unsafe fn import(p: gnutls_dh_params_t, prime: *const gnutls_datum_t, q: *const gnutls_datum_t, g: *const gnutls_datum_t, bits: c_uint) -> c_int {
    // SAFETY: the caller's datums (q may be NULL).
    let (Some(prime), Some(g)) = (unsafe { ffi::datum(prime) }, unsafe { ffi::datum(g) }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    // SAFETY: as above.
    let q = unsafe { ffi::datum(q) };
    match DhParams::from_raw(prime, g, q, bits) {
        Ok(v) => {
            *params!(p) = v;
            0
        }
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_import_raw(
    dh_params: gnutls_dh_params_t,
    prime: *const gnutls_datum_t,
    generator: *const gnutls_datum_t,
) -> c_int {
    // SAFETY: forwarding the caller's arguments.
    entry! { unsafe { import(dh_params, prime, core::ptr::null(), generator, 0) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_import_raw2(
    dh_params: gnutls_dh_params_t,
    prime: *const gnutls_datum_t,
    generator: *const gnutls_datum_t,
    key_bits: c_uint,
) -> c_int {
    // SAFETY: forwarding the caller's arguments.
    entry! { unsafe { import(dh_params, prime, core::ptr::null(), generator, key_bits) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_import_raw3(
    dh_params: gnutls_dh_params_t,
    prime: *const gnutls_datum_t,
    q: *const gnutls_datum_t,
    generator: *const gnutls_datum_t,
) -> c_int {
    // SAFETY: forwarding the caller's arguments.
    entry! { unsafe { import(dh_params, prime, q, generator, 0) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_import_pkcs3(
    params: gnutls_dh_params_t,
    pkcs3_params: *const gnutls_datum_t,
    format: gnutls_x509_crt_fmt_t,
) -> c_int {
    entry! {
        // SAFETY: the caller's datum.
        let Some(data) = (unsafe { ffi::datum(pkcs3_params) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let parsed = match format {
            GNUTLS_X509_FMT_DER => DhParams::from_der(data),
            GNUTLS_X509_FMT_PEM => DhParams::from_pem(data),
            _ => return errors::GNUTLS_E_INVALID_REQUEST,
        };
        match parsed {
            Ok(v) => {
                *params!(params) = v;
                0
            }
            Err(e) => e,
        }
    }
}

fn encoded(p: &DhParams, format: gnutls_x509_crt_fmt_t) -> Result<Vec<u8>, c_int> {
    match format {
        GNUTLS_X509_FMT_DER => p.to_der(),
        GNUTLS_X509_FMT_PEM => p.to_pem().map(String::into_bytes),
        _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_export2_pkcs3(
    params: gnutls_dh_params_t,
    format: gnutls_x509_crt_fmt_t,
    out: *mut gnutls_datum_t,
) -> c_int {
    entry! {
        let p = params!(params).clone();
        match encoded(&p, format) {
            // SAFETY: the caller's datum.
            Ok(v) => unsafe { ffi::set_datum(out, &v) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_export_pkcs3(
    params: gnutls_dh_params_t,
    format: gnutls_x509_crt_fmt_t,
    params_data: *mut c_uchar,
    params_data_size: *mut size_t,
) -> c_int {
    entry! {
        let p = params!(params).clone();
        match encoded(&p, format) {
            // SAFETY: the caller's buffer and size; PEM text gets a NUL.
            Ok(v) => unsafe { ffi::copy_out(params_data as *mut c_void, params_data_size, &v, format == GNUTLS_X509_FMT_PEM) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_export_raw(
    params: gnutls_dh_params_t,
    prime: *mut gnutls_datum_t,
    generator: *mut gnutls_datum_t,
    bits: *mut c_uint,
) -> c_int {
    entry! {
        let p = params!(params).clone();
        if p.prime.is_empty() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: the caller's out parameters.
        unsafe {
            let r = ffi::set_datum(prime, &p.prime);
            if r != 0 {
                return r;
            }
            let r = ffi::set_datum(generator, &p.generator);
            if r != 0 {
                return r;
            }
            if !bits.is_null() {
                *bits = p.key_bits;
            }
        }
        0
    }
}

// rgnutls: partial: returns the RFC 7919 group of at least the requested size instead of generating a new prime
#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_params_generate2(params: gnutls_dh_params_t, bits: c_uint) -> c_int {
    entry! {
        use super::vars::*;
        let groups = [
            (2048, &gnutls_ffdhe_2048_group_prime, &gnutls_ffdhe_2048_group_q, &gnutls_ffdhe_2048_group_generator, gnutls_ffdhe_2048_key_bits),
            (3072, &gnutls_ffdhe_3072_group_prime, &gnutls_ffdhe_3072_group_q, &gnutls_ffdhe_3072_group_generator, gnutls_ffdhe_3072_key_bits),
            (4096, &gnutls_ffdhe_4096_group_prime, &gnutls_ffdhe_4096_group_q, &gnutls_ffdhe_4096_group_generator, gnutls_ffdhe_4096_key_bits),
            (6144, &gnutls_ffdhe_6144_group_prime, &gnutls_ffdhe_6144_group_q, &gnutls_ffdhe_6144_group_generator, gnutls_ffdhe_6144_key_bits),
            (8192, &gnutls_ffdhe_8192_group_prime, &gnutls_ffdhe_8192_group_q, &gnutls_ffdhe_8192_group_generator, gnutls_ffdhe_8192_key_bits),
        ];
        let Some(&(_, p, q, g, key_bits)) = groups.iter().find(|g| g.0 >= bits).or(groups.last()) else {
            return errors::GNUTLS_E_INTERNAL_ERROR;
        };
        // SAFETY: the static datums point at static group bytes.
        unsafe { import(params, &p.0, &q.0, &g.0, key_bits) }
    }
}

/// No finite-field DH happened in any rgnutls session.
#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_get_group(
    session: gnutls_session_t,
    raw_gen: *mut gnutls_datum_t,
    raw_prime: *mut gnutls_datum_t,
) -> c_int {
    entry! {
        let _ = (session!(session), raw_gen, raw_prime);
        errors::GNUTLS_E_INVALID_REQUEST
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_get_pubkey(session: gnutls_session_t, raw_key: *mut gnutls_datum_t) -> c_int {
    entry! {
        let _ = (session!(session), raw_key);
        errors::GNUTLS_E_INVALID_REQUEST
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_get_prime_bits(session: gnutls_session_t) -> c_int {
    entry! {
        let _ = session!(session);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_get_secret_bits(session: gnutls_session_t) -> c_int {
    entry! {
        let _ = session!(session);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_get_peers_public_bits(session: gnutls_session_t) -> c_int {
    entry! {
        let _ = session!(session);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_dh_set_prime_bits(session: gnutls_session_t, bits: c_uint) {
    entry! {
        let _ = (session!(session), bits);
    }
}
