//! The algorithm registry: `*_get_name`, `*_get_id`, `*_list`, sizes, OIDs
//! and the other per-algorithm properties, over `rgnutls::algorithms`.
//!
//! Names go out as static C strings (see [`cname`]); lists as static
//! zero-terminated arrays of what rgnutls can really run. Where GnuTLS
//! answers a name or OID lookup only for algorithms its crypto backend has
//! (ciphers, digests, MACs, curves), we answer only for implemented ones:
//! to a program, rgnutls is a GnuTLS whose backend lacks the others.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::cstr;
use crate::types::*;
use rgnutls::algorithms::{
    certtype, cipher, curve, digest, group, kx, mac, pk, protocol, secparam, sign,
};
use rgnutls::errors;
use std::collections::HashMap;
use std::ffi::CString;
use std::sync::{Mutex, OnceLock};

/// A registry name as a NUL-terminated string that lives for the whole
/// process (callers never free it). Each name is converted once.
pub(crate) fn cname(name: &'static str) -> *const c_char {
    static NAMES: OnceLock<Mutex<HashMap<&'static str, &'static std::ffi::CStr>>> = OnceLock::new();
    let mut map = NAMES.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    let c = map.entry(name).or_insert_with(|| {
        // Registry names never contain NUL; an empty string is the safe fallback.
        Box::leak(CString::new(name).unwrap_or_default().into_boxed_c_str())
    });
    c.as_ptr()
}

fn opt_cname(name: Option<&'static str>) -> *const c_char {
    name.map_or(core::ptr::null(), cname)
}

/// A static zero-terminated id list, built once from the registry.
fn id_list(cell: &'static OnceLock<Vec<c_int>>, ids: impl FnOnce() -> Vec<i32>) -> *const c_int {
    cell.get_or_init(|| {
        let mut v = ids();
        v.push(0);
        v
    })
    .as_ptr()
}

/// Borrows a name argument; NULL (which crashes GnuTLS) is treated as unknown.
unsafe fn name_arg<'a>(name: *const c_char) -> Option<&'a str> {
    // SAFETY: the caller passes NULL or a NUL-terminated string.
    unsafe { cstr(name) }
}

// ---- ciphers ----

#[no_mangle]
pub extern "C" fn gnutls_cipher_get_name(algorithm: gnutls_cipher_algorithm_t) -> *const c_char {
    entry! { opt_cname(cipher::info(algorithm).map(|e| e.name)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_get_id(name: *const c_char) -> gnutls_cipher_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return 0 };
        cipher::by_name(n).filter(|e| e.implemented || e.id == cipher::NULL).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_cipher_get_key_size(algorithm: gnutls_cipher_algorithm_t) -> size_t {
    entry! { cipher::info(algorithm).map_or(0, |e| e.key_size) }
}

#[no_mangle]
pub extern "C" fn gnutls_cipher_list() -> *const gnutls_cipher_algorithm_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    entry! { id_list(&L, || cipher::implemented().map(|e| e.id).collect()) }
}

// ---- MACs ----

#[no_mangle]
pub extern "C" fn gnutls_mac_get_name(algorithm: gnutls_mac_algorithm_t) -> *const c_char {
    entry! { opt_cname(mac::info(algorithm).map(|e| e.name)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_mac_get_id(name: *const c_char) -> gnutls_mac_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return 0 };
        mac::by_name(n).filter(|e| e.implemented).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_mac_get_key_size(algorithm: gnutls_mac_algorithm_t) -> size_t {
    entry! { mac::info(algorithm).map_or(0, |e| e.key_size) }
}

#[no_mangle]
pub extern "C" fn gnutls_mac_list() -> *const gnutls_mac_algorithm_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    entry! { id_list(&L, || mac::implemented().map(|e| e.id).collect()) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_oid_to_mac(oid: *const c_char) -> gnutls_mac_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(o) = (unsafe { name_arg(oid) }) else { return 0 };
        mac::by_oid(o).filter(|e| e.implemented).map_or(0, |e| e.id)
    }
}

// ---- digests ----

#[no_mangle]
pub extern "C" fn gnutls_digest_get_name(algorithm: gnutls_digest_algorithm_t) -> *const c_char {
    entry! { opt_cname(digest::info(algorithm).map(|e| e.name)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_digest_get_id(name: *const c_char) -> gnutls_digest_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return 0 };
        digest::by_name(n).filter(|e| e.implemented && e.oid.is_some()).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_digest_get_oid(algorithm: gnutls_digest_algorithm_t) -> *const c_char {
    entry! { opt_cname(digest::info(algorithm).and_then(|e| e.oid)) }
}

#[no_mangle]
pub extern "C" fn gnutls_digest_list() -> *const gnutls_digest_algorithm_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    // The SHAKE XOFs are left out: gnutls_hash_init refuses them, as GnuTLS 3.7.9 does.
    entry! { id_list(&L, || digest::implemented().filter(|e| e.output_len > 0).map(|e| e.id).collect()) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_oid_to_digest(oid: *const c_char) -> gnutls_digest_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(o) = (unsafe { name_arg(oid) }) else { return 0 };
        digest::by_oid(o).filter(|e| e.implemented).map_or(0, |e| e.id)
    }
}

// rgnutls: partial: no system-wide allowlisting configuration; refused as GnuTLS refuses without it
#[no_mangle]
pub extern "C" fn gnutls_digest_set_secure(dig: gnutls_digest_algorithm_t, secure: c_uint) -> c_int {
    let _ = (dig, secure);
    errors::GNUTLS_E_INVALID_REQUEST
}

// ---- key exchange ----

#[no_mangle]
pub extern "C" fn gnutls_kx_get_name(algorithm: gnutls_kx_algorithm_t) -> *const c_char {
    entry! { opt_cname(kx::info(algorithm).map(|e| e.name)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_kx_get_id(name: *const c_char) -> gnutls_kx_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return 0 };
        // The name GnuTLS keeps for the invalid id is not looked up.
        kx::by_name(n).filter(|e| e.id != kx::INVALID).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_kx_list() -> *const gnutls_kx_algorithm_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    entry! { id_list(&L, || kx::implemented().map(|e| e.id).collect()) }
}

// ---- public-key algorithms ----

#[no_mangle]
pub extern "C" fn gnutls_pk_get_name(algorithm: gnutls_pk_algorithm_t) -> *const c_char {
    entry! { cname(pk::get_name(algorithm)) }
}

#[no_mangle]
pub extern "C" fn gnutls_pk_algorithm_get_name(algorithm: gnutls_pk_algorithm_t) -> *const c_char {
    entry! { opt_cname(pk::algorithm_get_name(algorithm)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pk_get_id(name: *const c_char) -> gnutls_pk_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return 0 };
        pk::by_name(n).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_pk_get_oid(algorithm: gnutls_pk_algorithm_t) -> *const c_char {
    entry! { opt_cname(pk::info(algorithm).and_then(|e| e.oid)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_oid_to_pk(oid: *const c_char) -> gnutls_pk_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(o) = (unsafe { name_arg(oid) }) else { return 0 };
        pk::by_oid(o).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_pk_list() -> *const gnutls_pk_algorithm_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    entry! { id_list(&L, || pk::implemented().map(|e| e.id).collect()) }
}

#[no_mangle]
pub extern "C" fn gnutls_pk_to_sign(pk: gnutls_pk_algorithm_t, hash: gnutls_digest_algorithm_t) -> gnutls_sign_algorithm_t {
    entry! { sign::from_pk_and_hash(pk, hash).map_or(0, |e| e.id) }
}

#[no_mangle]
pub extern "C" fn gnutls_pk_bits_to_sec_param(algo: gnutls_pk_algorithm_t, bits: c_uint) -> gnutls_sec_param_t {
    entry! { secparam::from_pk_bits(algo, bits) }
}

// ---- signature algorithms ----

#[no_mangle]
pub extern "C" fn gnutls_sign_get_name(algorithm: gnutls_sign_algorithm_t) -> *const c_char {
    entry! { opt_cname(sign::info(algorithm).map(|e| e.name)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_sign_get_id(name: *const c_char) -> gnutls_sign_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return 0 };
        sign::by_name(n).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_sign_get_oid(sign: gnutls_sign_algorithm_t) -> *const c_char {
    entry! { opt_cname(sign::info(sign).and_then(|e| e.oid)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_oid_to_sign(oid: *const c_char) -> gnutls_sign_algorithm_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(o) = (unsafe { name_arg(oid) }) else { return 0 };
        sign::by_oid(o).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_sign_get_hash_algorithm(sign: gnutls_sign_algorithm_t) -> gnutls_digest_algorithm_t {
    entry! { sign::info(sign).map_or(0, |e| e.hash) }
}

#[no_mangle]
pub extern "C" fn gnutls_sign_get_pk_algorithm(sign: gnutls_sign_algorithm_t) -> gnutls_pk_algorithm_t {
    entry! { sign::info(sign).map_or(0, |e| e.pk) }
}

#[no_mangle]
pub extern "C" fn gnutls_sign_is_secure(algorithm: gnutls_sign_algorithm_t) -> c_uint {
    entry! { sign::info(algorithm).is_some_and(|e| e.secure) as c_uint }
}

#[no_mangle]
pub extern "C" fn gnutls_sign_is_secure2(algorithm: gnutls_sign_algorithm_t, flags: c_uint) -> c_uint {
    entry! {
        let for_certs = flags & GNUTLS_SIGN_FLAG_SECURE_FOR_CERTS as c_uint != 0;
        sign::info(algorithm).is_some_and(|e| if for_certs { e.secure_for_certs } else { e.secure }) as c_uint
    }
}

#[no_mangle]
pub extern "C" fn gnutls_sign_supports_pk_algorithm(sign: gnutls_sign_algorithm_t, pk: gnutls_pk_algorithm_t) -> c_uint {
    entry! { sign::info(sign).is_some_and(|e| sign::supports_pk(e, pk)) as c_uint }
}

#[no_mangle]
pub extern "C" fn gnutls_sign_list() -> *const gnutls_sign_algorithm_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    entry! { id_list(&L, || sign::implemented().map(|e| e.id).collect()) }
}

// rgnutls: partial: no system-wide allowlisting configuration; refused as GnuTLS refuses without it
#[no_mangle]
pub extern "C" fn gnutls_sign_set_secure(sign: gnutls_sign_algorithm_t, secure: c_uint) -> c_int {
    let _ = (sign, secure);
    errors::GNUTLS_E_INVALID_REQUEST
}

// rgnutls: partial: no system-wide allowlisting configuration; refused as GnuTLS refuses without it
#[no_mangle]
pub extern "C" fn gnutls_sign_set_secure_for_certs(sign: gnutls_sign_algorithm_t, secure: c_uint) -> c_int {
    let _ = (sign, secure);
    errors::GNUTLS_E_INVALID_REQUEST
}

// ---- elliptic curves and groups ----

#[no_mangle]
pub extern "C" fn gnutls_ecc_curve_get_name(curve: gnutls_ecc_curve_t) -> *const c_char {
    entry! { opt_cname(curve::info(curve).map(|e| e.name)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_ecc_curve_get_id(name: *const c_char) -> gnutls_ecc_curve_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return 0 };
        curve::by_name(n).filter(|e| e.implemented).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_ecc_curve_get_oid(curve: gnutls_ecc_curve_t) -> *const c_char {
    entry! { opt_cname(curve::info(curve).map(|e| e.oid)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_oid_to_ecc_curve(oid: *const c_char) -> gnutls_ecc_curve_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(o) = (unsafe { name_arg(oid) }) else { return 0 };
        curve::by_oid(o).filter(|e| e.implemented).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_ecc_curve_get_size(curve: gnutls_ecc_curve_t) -> c_int {
    entry! { curve::info(curve).map_or(0, |e| e.size as c_int) }
}

#[no_mangle]
pub extern "C" fn gnutls_ecc_curve_get_pk(curve: gnutls_ecc_curve_t) -> gnutls_pk_algorithm_t {
    entry! { curve::info(curve).map_or(0, |e| e.pk) }
}

#[no_mangle]
pub extern "C" fn gnutls_ecc_curve_list() -> *const gnutls_ecc_curve_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    entry! { id_list(&L, || curve::implemented().map(|e| e.id).collect()) }
}

// rgnutls: partial: no system-wide allowlisting configuration; refused as GnuTLS refuses without it
#[no_mangle]
pub extern "C" fn gnutls_ecc_curve_set_enabled(curve: gnutls_ecc_curve_t, enabled: c_uint) -> c_int {
    let _ = (curve, enabled);
    errors::GNUTLS_E_INVALID_REQUEST
}

#[no_mangle]
pub extern "C" fn gnutls_group_get_name(group: gnutls_group_t) -> *const c_char {
    entry! { opt_cname(group::info(group).map(|e| e.name)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_group_get_id(name: *const c_char) -> gnutls_group_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return 0 };
        // GnuTLS checks only that a group's curve is available; FFDHE groups always answer.
        group::by_name(n).filter(|e| e.curve.is_none() || e.implemented).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_group_list() -> *const gnutls_group_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    entry! { id_list(&L, || group::implemented().map(|e| e.id).collect()) }
}

// ---- protocols and certificate types ----

#[no_mangle]
pub extern "C" fn gnutls_protocol_get_name(version: gnutls_protocol_t) -> *const c_char {
    entry! { opt_cname(protocol::info(version).map(|e| e.name)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_protocol_get_id(name: *const c_char) -> gnutls_protocol_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return protocol::VERSION_UNKNOWN };
        protocol::by_name(n).map_or(protocol::VERSION_UNKNOWN, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_protocol_list() -> *const gnutls_protocol_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    entry! { id_list(&L, || protocol::implemented().map(|e| e.id).collect()) }
}

// rgnutls: partial: no system-wide allowlisting configuration; refused as GnuTLS refuses without it
#[no_mangle]
pub extern "C" fn gnutls_protocol_set_enabled(version: gnutls_protocol_t, enabled: c_uint) -> c_int {
    let _ = (version, enabled);
    errors::GNUTLS_E_INVALID_REQUEST
}

#[no_mangle]
pub extern "C" fn gnutls_certificate_type_get_name(type_: gnutls_certificate_type_t) -> *const c_char {
    entry! { opt_cname(certtype::info(type_).map(|e| e.name)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_type_get_id(name: *const c_char) -> gnutls_certificate_type_t {
    entry! {
        // SAFETY: string argument per the API.
        let Some(n) = (unsafe { name_arg(name) }) else { return 0 };
        certtype::by_name(n).map_or(0, |e| e.id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_certificate_type_list() -> *const gnutls_certificate_type_t {
    static L: OnceLock<Vec<c_int>> = OnceLock::new();
    entry! { id_list(&L, || certtype::implemented().map(|e| e.id).collect()) }
}

// ---- security parameters ----

#[no_mangle]
pub extern "C" fn gnutls_sec_param_get_name(param: gnutls_sec_param_t) -> *const c_char {
    entry! { cname(secparam::get_name(param)) }
}

#[no_mangle]
pub extern "C" fn gnutls_sec_param_to_pk_bits(algo: gnutls_pk_algorithm_t, param: gnutls_sec_param_t) -> c_uint {
    entry! { secparam::to_pk_bits(algo, param) }
}

#[no_mangle]
pub extern "C" fn gnutls_sec_param_to_symmetric_bits(param: gnutls_sec_param_t) -> c_uint {
    entry! { secparam::to_symmetric_bits(param) }
}

// ---- cipher suites ----


