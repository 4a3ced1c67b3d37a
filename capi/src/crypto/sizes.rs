//! The per-algorithm sizes that <gnutls/crypto.h> declares (the rest of
//! the registry is in gnutls/algorithms.rs).
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::algorithms::{cipher, mac};

#[no_mangle]
pub extern "C" fn gnutls_cipher_get_iv_size(algorithm: gnutls_cipher_algorithm_t) -> c_uint {
    entry! { cipher::info(algorithm).map_or(0, |e| e.iv_size as c_uint) }
}

#[no_mangle]
pub extern "C" fn gnutls_cipher_get_block_size(algorithm: gnutls_cipher_algorithm_t) -> c_uint {
    entry! { cipher::info(algorithm).map_or(0, |e| e.block_size as c_uint) }
}

#[no_mangle]
pub extern "C" fn gnutls_cipher_get_tag_size(algorithm: gnutls_cipher_algorithm_t) -> c_uint {
    entry! { cipher::info(algorithm).map_or(0, |e| e.tag_size as c_uint) }
}

#[no_mangle]
pub extern "C" fn gnutls_mac_get_nonce_size(algorithm: gnutls_mac_algorithm_t) -> size_t {
    entry! { mac::info(algorithm).map_or(0, |e| e.nonce_size) }
}

#[no_mangle]
pub extern "C" fn gnutls_hmac_get_len(algorithm: gnutls_mac_algorithm_t) -> c_uint {
    entry! { mac::info(algorithm).map_or(0, |e| e.output_len as c_uint) }
}

#[no_mangle]
pub extern "C" fn gnutls_hmac_get_key_size(algorithm: gnutls_mac_algorithm_t) -> c_uint {
    entry! { mac::info(algorithm).map_or(0, |e| e.key_size as c_uint) }
}

#[no_mangle]
pub extern "C" fn gnutls_hash_get_len(algorithm: gnutls_digest_algorithm_t) -> c_uint {
    // Includes MD5+SHA1 (36), which has no digest registry entry.
    entry! { rgnutls::crypto::hash::output_len_of(algorithm) as c_uint }
}
