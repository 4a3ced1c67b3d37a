//! Name lookups of gnutls.h with no session: handshake message types, TLS
//! extensions, GOST parameter sets (rgnutls::algorithms::names).
use super::algorithms::cname;
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::algorithms::names;

#[no_mangle]
pub extern "C" fn gnutls_handshake_description_get_name(type_: gnutls_handshake_description_t) -> *const c_char {
    entry! { cname(names::handshake_message(type_)) }
}

#[no_mangle]
pub extern "C" fn gnutls_ext_get_name(ext: c_uint) -> *const c_char {
    entry! { names::extension(ext).map_or(core::ptr::null(), cname) }
}

#[no_mangle]
pub extern "C" fn gnutls_gost_paramset_get_name(param: gnutls_gost_paramset_t) -> *const c_char {
    entry! { cname(names::gost_paramset_name(param)) }
}

#[no_mangle]
pub extern "C" fn gnutls_gost_paramset_get_oid(param: gnutls_gost_paramset_t) -> *const c_char {
    entry! { names::gost_paramset_oid(param).map_or(core::ptr::null(), cname) }
}

/// The most a record adds to its plaintext for these algorithms (0 for an
/// unknown id); `comp` is ignored and `flags` must be zero, as in GnuTLS.
#[no_mangle]
pub extern "C" fn gnutls_est_record_overhead_size(
    version: gnutls_protocol_t,
    cipher: gnutls_cipher_algorithm_t,
    mac: gnutls_mac_algorithm_t,
    comp: gnutls_compression_method_t,
    flags: c_uint,
) -> size_t {
    let _ = (comp, flags);
    entry! { rgnutls::record::estimated_overhead(version, cipher, mac) }
}
