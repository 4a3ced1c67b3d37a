//! Types and constants of <gnutls/crypto.h>, for the C ABI and for cbindgen.
//!
//! Imported from the 3.7.9 reference header by ci/import-abi.py; edit by hand
//! from now on. Enums are declared for the header only: entry points take
//! them as C ints (`*_t` aliases), so an unknown value is never undefined
//! behaviour in Rust.
#![allow(non_camel_case_types, non_upper_case_globals, dead_code, clippy::upper_case_acronyms)]

#[allow(unused_imports)]
use crate::ctypes::*;
#[allow(unused_imports)]
use crate::types::*;

pub struct api_cipher_hd_st {
    _private: [u8; 0],
}
pub type gnutls_cipher_hd_t = *mut api_cipher_hd_st;
/// Header view of `gnutls_cipher_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_cipher_flags_t__enum {
    GNUTLS_CIPHER_PADDING_PKCS7 = 1,
}
pub type gnutls_cipher_flags_t = c_int;
pub const GNUTLS_CIPHER_PADDING_PKCS7: c_int = 1;

pub struct api_aead_cipher_hd_st {
    _private: [u8; 0],
}
pub type gnutls_aead_cipher_hd_t = *mut api_aead_cipher_hd_st;
pub struct hash_hd_st {
    _private: [u8; 0],
}
pub type gnutls_hash_hd_t = *mut hash_hd_st;
pub struct hmac_hd_st {
    _private: [u8; 0],
}
pub type gnutls_hmac_hd_t = *mut hmac_hd_st;
/// Header view of `gnutls_rnd_level_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_rnd_level_t__enum {
    GNUTLS_RND_NONCE = 0,
    GNUTLS_RND_RANDOM = 1,
    GNUTLS_RND_KEY = 2,
}
pub type gnutls_rnd_level_t = c_int;
pub const GNUTLS_RND_NONCE: c_int = 0;
pub const GNUTLS_RND_RANDOM: c_int = 1;
pub const GNUTLS_RND_KEY: c_int = 2;

pub type gnutls_cipher_init_func = Option<unsafe extern "C" fn(arg0: gnutls_cipher_algorithm_t, ctx: *mut *mut c_void, enc: c_int) -> c_int>;
pub type gnutls_cipher_setkey_func = Option<unsafe extern "C" fn(ctx: *mut c_void, key: *const c_void, keysize: size_t) -> c_int>;
pub type gnutls_cipher_setiv_func = Option<unsafe extern "C" fn(ctx: *mut c_void, iv: *const c_void, ivsize: size_t) -> c_int>;
pub type gnutls_cipher_getiv_func = Option<unsafe extern "C" fn(ctx: *mut c_void, iv: *mut c_void, ivsize: size_t) -> c_int>;
pub type gnutls_cipher_encrypt_func = Option<unsafe extern "C" fn(ctx: *mut c_void, plain: *const c_void, plainsize: size_t, encr: *mut c_void, encrsize: size_t) -> c_int>;
pub type gnutls_cipher_decrypt_func = Option<unsafe extern "C" fn(ctx: *mut c_void, encr: *const c_void, encrsize: size_t, plain: *mut c_void, plainsize: size_t) -> c_int>;
pub type gnutls_cipher_auth_func = Option<unsafe extern "C" fn(ctx: *mut c_void, data: *const c_void, datasize: size_t) -> c_int>;
pub type gnutls_cipher_tag_func = Option<unsafe extern "C" fn(ctx: *mut c_void, tag: *mut c_void, tagsize: size_t)>;
pub type gnutls_cipher_aead_encrypt_func = Option<unsafe extern "C" fn(ctx: *mut c_void, nonce: *const c_void, noncesize: size_t, auth: *const c_void, authsize: size_t, tag_size: size_t, plain: *const c_void, plainsize: size_t, encr: *mut c_void, encrsize: size_t) -> c_int>;
pub type gnutls_cipher_aead_decrypt_func = Option<unsafe extern "C" fn(ctx: *mut c_void, nonce: *const c_void, noncesize: size_t, auth: *const c_void, authsize: size_t, tag_size: size_t, encr: *const c_void, encrsize: size_t, plain: *mut c_void, plainsize: size_t) -> c_int>;
pub type gnutls_cipher_deinit_func = Option<unsafe extern "C" fn(ctx: *mut c_void)>;
pub type gnutls_mac_init_func = Option<unsafe extern "C" fn(arg0: gnutls_mac_algorithm_t, ctx: *mut *mut c_void) -> c_int>;
pub type gnutls_mac_setkey_func = Option<unsafe extern "C" fn(ctx: *mut c_void, key: *const c_void, keysize: size_t) -> c_int>;
pub type gnutls_mac_setnonce_func = Option<unsafe extern "C" fn(ctx: *mut c_void, nonce: *const c_void, noncesize: size_t) -> c_int>;
pub type gnutls_mac_hash_func = Option<unsafe extern "C" fn(ctx: *mut c_void, text: *const c_void, textsize: size_t) -> c_int>;
pub type gnutls_mac_output_func = Option<unsafe extern "C" fn(src_ctx: *mut c_void, digest: *mut c_void, digestsize: size_t) -> c_int>;
pub type gnutls_mac_deinit_func = Option<unsafe extern "C" fn(ctx: *mut c_void)>;
pub type gnutls_mac_fast_func = Option<unsafe extern "C" fn(arg0: gnutls_mac_algorithm_t, nonce: *const c_void, nonce_size: size_t, key: *const c_void, keysize: size_t, text: *const c_void, textsize: size_t, digest: *mut c_void) -> c_int>;
pub type gnutls_mac_copy_func = Option<unsafe extern "C" fn(ctx: *const c_void) -> *mut c_void>;
pub type gnutls_digest_init_func = Option<unsafe extern "C" fn(arg0: gnutls_digest_algorithm_t, ctx: *mut *mut c_void) -> c_int>;
pub type gnutls_digest_hash_func = Option<unsafe extern "C" fn(ctx: *mut c_void, text: *const c_void, textsize: size_t) -> c_int>;
pub type gnutls_digest_output_func = Option<unsafe extern "C" fn(src_ctx: *mut c_void, digest: *mut c_void, digestsize: size_t) -> c_int>;
pub type gnutls_digest_deinit_func = Option<unsafe extern "C" fn(ctx: *mut c_void)>;
pub type gnutls_digest_fast_func = Option<unsafe extern "C" fn(arg0: gnutls_digest_algorithm_t, text: *const c_void, textsize: size_t, digest: *mut c_void) -> c_int>;
pub type gnutls_digest_copy_func = Option<unsafe extern "C" fn(ctx: *const c_void) -> *mut c_void>;

