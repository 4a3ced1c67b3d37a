//! Types and constants of <gnutls/pkcs11.h>, for the C ABI and for cbindgen.
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

pub type gnutls_pkcs11_token_callback_t = Option<unsafe extern "C" fn(userdata: *mut c_void, label: *const c_char, retry: c_uint) -> c_int>;
pub struct gnutls_pkcs11_obj_st {
    _private: [u8; 0],
}
pub type gnutls_pkcs11_obj_t = *mut gnutls_pkcs11_obj_st;
/// Header view of `gnutls_pkcs11_obj_flags`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pkcs11_obj_flags__enum {
    GNUTLS_PKCS11_OBJ_FLAG_LOGIN = 1,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_TRUSTED = 2,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_SENSITIVE = 4,
    GNUTLS_PKCS11_OBJ_FLAG_LOGIN_SO = 8,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_PRIVATE = 16,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_NOT_PRIVATE = 32,
    GNUTLS_PKCS11_OBJ_FLAG_RETRIEVE_ANY = 64,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_DISTRUSTED = 256,
    GNUTLS_PKCS11_OBJ_FLAG_COMPARE = 512,
    GNUTLS_PKCS11_OBJ_FLAG_PRESENT_IN_TRUSTED_MODULE = 1024,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_CA = 2048,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_KEY_WRAP = 4096,
    GNUTLS_PKCS11_OBJ_FLAG_COMPARE_KEY = 8192,
    GNUTLS_PKCS11_OBJ_FLAG_OVERWRITE_TRUSTMOD_EXT = 16384,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_ALWAYS_AUTH = 32768,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_EXTRACTABLE = 65536,
    GNUTLS_PKCS11_OBJ_FLAG_NEVER_EXTRACTABLE = 131072,
    GNUTLS_PKCS11_OBJ_FLAG_CRT = 262144,
    GNUTLS_PKCS11_OBJ_FLAG_WITH_PRIVKEY = 524288,
    GNUTLS_PKCS11_OBJ_FLAG_PUBKEY = 1048576,
    GNUTLS_PKCS11_OBJ_FLAG_PRIVKEY = 2097152,
    GNUTLS_PKCS11_OBJ_FLAG_MARK_NOT_SENSITIVE = 4194304,
}
pub type gnutls_pkcs11_obj_flags = c_int;
pub const GNUTLS_PKCS11_OBJ_FLAG_LOGIN: c_int = 1;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_TRUSTED: c_int = 2;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_SENSITIVE: c_int = 4;
pub const GNUTLS_PKCS11_OBJ_FLAG_LOGIN_SO: c_int = 8;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_PRIVATE: c_int = 16;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_NOT_PRIVATE: c_int = 32;
pub const GNUTLS_PKCS11_OBJ_FLAG_RETRIEVE_ANY: c_int = 64;
pub const GNUTLS_PKCS11_OBJ_FLAG_RETRIEVE_TRUSTED: c_int = 2;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_DISTRUSTED: c_int = 256;
pub const GNUTLS_PKCS11_OBJ_FLAG_RETRIEVE_DISTRUSTED: c_int = 256;
pub const GNUTLS_PKCS11_OBJ_FLAG_COMPARE: c_int = 512;
pub const GNUTLS_PKCS11_OBJ_FLAG_PRESENT_IN_TRUSTED_MODULE: c_int = 1024;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_CA: c_int = 2048;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_KEY_WRAP: c_int = 4096;
pub const GNUTLS_PKCS11_OBJ_FLAG_COMPARE_KEY: c_int = 8192;
pub const GNUTLS_PKCS11_OBJ_FLAG_OVERWRITE_TRUSTMOD_EXT: c_int = 16384;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_ALWAYS_AUTH: c_int = 32768;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_EXTRACTABLE: c_int = 65536;
pub const GNUTLS_PKCS11_OBJ_FLAG_NEVER_EXTRACTABLE: c_int = 131072;
pub const GNUTLS_PKCS11_OBJ_FLAG_CRT: c_int = 262144;
pub const GNUTLS_PKCS11_OBJ_FLAG_WITH_PRIVKEY: c_int = 524288;
pub const GNUTLS_PKCS11_OBJ_FLAG_PUBKEY: c_int = 1048576;
pub const GNUTLS_PKCS11_OBJ_FLAG_NO_STORE_PUBKEY: c_int = 1048576;
pub const GNUTLS_PKCS11_OBJ_FLAG_PRIVKEY: c_int = 2097152;
pub const GNUTLS_PKCS11_OBJ_FLAG_MARK_NOT_SENSITIVE: c_int = 4194304;

/// Header view of `gnutls_pkcs11_url_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pkcs11_url_type_t__enum {
    GNUTLS_PKCS11_URL_GENERIC = 0,
    GNUTLS_PKCS11_URL_LIB = 1,
    GNUTLS_PKCS11_URL_LIB_VERSION = 2,
}
pub type gnutls_pkcs11_url_type_t = c_int;
pub const GNUTLS_PKCS11_URL_GENERIC: c_int = 0;
pub const GNUTLS_PKCS11_URL_LIB: c_int = 1;
pub const GNUTLS_PKCS11_URL_LIB_VERSION: c_int = 2;

/// Header view of `gnutls_pkcs11_obj_info_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pkcs11_obj_info_t__enum {
    GNUTLS_PKCS11_OBJ_ID_HEX = 1,
    GNUTLS_PKCS11_OBJ_LABEL = 2,
    GNUTLS_PKCS11_OBJ_TOKEN_LABEL = 3,
    GNUTLS_PKCS11_OBJ_TOKEN_SERIAL = 4,
    GNUTLS_PKCS11_OBJ_TOKEN_MANUFACTURER = 5,
    GNUTLS_PKCS11_OBJ_TOKEN_MODEL = 6,
    GNUTLS_PKCS11_OBJ_ID = 7,
    GNUTLS_PKCS11_OBJ_LIBRARY_VERSION = 8,
    GNUTLS_PKCS11_OBJ_LIBRARY_DESCRIPTION = 9,
    GNUTLS_PKCS11_OBJ_LIBRARY_MANUFACTURER = 10,
}
pub type gnutls_pkcs11_obj_info_t = c_int;
pub const GNUTLS_PKCS11_OBJ_ID_HEX: c_int = 1;
pub const GNUTLS_PKCS11_OBJ_LABEL: c_int = 2;
pub const GNUTLS_PKCS11_OBJ_TOKEN_LABEL: c_int = 3;
pub const GNUTLS_PKCS11_OBJ_TOKEN_SERIAL: c_int = 4;
pub const GNUTLS_PKCS11_OBJ_TOKEN_MANUFACTURER: c_int = 5;
pub const GNUTLS_PKCS11_OBJ_TOKEN_MODEL: c_int = 6;
pub const GNUTLS_PKCS11_OBJ_ID: c_int = 7;
pub const GNUTLS_PKCS11_OBJ_LIBRARY_VERSION: c_int = 8;
pub const GNUTLS_PKCS11_OBJ_LIBRARY_DESCRIPTION: c_int = 9;
pub const GNUTLS_PKCS11_OBJ_LIBRARY_MANUFACTURER: c_int = 10;

/// Header view of `gnutls_pkcs11_token_info_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pkcs11_token_info_t__enum {
    GNUTLS_PKCS11_TOKEN_LABEL = 0,
    GNUTLS_PKCS11_TOKEN_SERIAL = 1,
    GNUTLS_PKCS11_TOKEN_MANUFACTURER = 2,
    GNUTLS_PKCS11_TOKEN_MODEL = 3,
    GNUTLS_PKCS11_TOKEN_MODNAME = 4,
}
pub type gnutls_pkcs11_token_info_t = c_int;
pub const GNUTLS_PKCS11_TOKEN_LABEL: c_int = 0;
pub const GNUTLS_PKCS11_TOKEN_SERIAL: c_int = 1;
pub const GNUTLS_PKCS11_TOKEN_MANUFACTURER: c_int = 2;
pub const GNUTLS_PKCS11_TOKEN_MODEL: c_int = 3;
pub const GNUTLS_PKCS11_TOKEN_MODNAME: c_int = 4;

/// Header view of `gnutls_pkcs11_obj_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pkcs11_obj_type_t__enum {
    GNUTLS_PKCS11_OBJ_UNKNOWN = 0,
    GNUTLS_PKCS11_OBJ_X509_CRT = 1,
    GNUTLS_PKCS11_OBJ_PUBKEY = 2,
    GNUTLS_PKCS11_OBJ_PRIVKEY = 3,
    GNUTLS_PKCS11_OBJ_SECRET_KEY = 4,
    GNUTLS_PKCS11_OBJ_DATA = 5,
    GNUTLS_PKCS11_OBJ_X509_CRT_EXTENSION = 6,
}
pub type gnutls_pkcs11_obj_type_t = c_int;
pub const GNUTLS_PKCS11_OBJ_UNKNOWN: c_int = 0;
pub const GNUTLS_PKCS11_OBJ_X509_CRT: c_int = 1;
pub const GNUTLS_PKCS11_OBJ_PUBKEY: c_int = 2;
pub const GNUTLS_PKCS11_OBJ_PRIVKEY: c_int = 3;
pub const GNUTLS_PKCS11_OBJ_SECRET_KEY: c_int = 4;
pub const GNUTLS_PKCS11_OBJ_DATA: c_int = 5;
pub const GNUTLS_PKCS11_OBJ_X509_CRT_EXTENSION: c_int = 6;


pub const GNUTLS_PKCS11_MAX_PIN_LEN: c_int = 256;
pub const GNUTLS_PKCS11_FLAG_MANUAL: c_int = 0;
pub const GNUTLS_PKCS11_FLAG_AUTO: c_int = 1;
pub const GNUTLS_PKCS11_FLAG_AUTO_TRUSTED: c_int = 0x2;
pub const GNUTLS_PKCS11_OBJ_ATTR_CRT_ALL: c_int = GNUTLS_PKCS11_OBJ_FLAG_CRT;
pub const GNUTLS_PKCS11_OBJ_ATTR_MATCH: c_int = 0;
pub const GNUTLS_PKCS11_OBJ_ATTR_ALL: c_int = 0;
pub const GNUTLS_PKCS11_OBJ_ATTR_CRT_TRUSTED: c_int = 262146;
pub const GNUTLS_PKCS11_OBJ_ATTR_CRT_WITH_PRIVKEY: c_int = 786432;
pub const GNUTLS_PKCS11_OBJ_ATTR_CRT_TRUSTED_CA: c_int = 264194;
pub const GNUTLS_PKCS11_OBJ_ATTR_PUBKEY: c_int = GNUTLS_PKCS11_OBJ_FLAG_PUBKEY;
pub const GNUTLS_PKCS11_OBJ_ATTR_PRIVKEY: c_int = GNUTLS_PKCS11_OBJ_FLAG_PRIVKEY;
pub const GNUTLS_PKCS11_TOKEN_HW: c_int = 1;
pub const GNUTLS_PKCS11_TOKEN_TRUSTED: c_int = 0x2;
pub const GNUTLS_PKCS11_TOKEN_RNG: c_int = 0x4;
pub const GNUTLS_PKCS11_TOKEN_LOGIN_REQUIRED: c_int = 0x8;
pub const GNUTLS_PKCS11_TOKEN_PROTECTED_AUTHENTICATION_PATH: c_int = 0x10;
pub const GNUTLS_PKCS11_TOKEN_INITIALIZED: c_int = 0x20;
pub const GNUTLS_PKCS11_TOKEN_USER_PIN_COUNT_LOW: c_int = 0x40;
pub const GNUTLS_PKCS11_TOKEN_USER_PIN_FINAL_TRY: c_int = 0x80;
pub const GNUTLS_PKCS11_TOKEN_USER_PIN_LOCKED: c_int = 0x100;
pub const GNUTLS_PKCS11_TOKEN_SO_PIN_COUNT_LOW: c_int = 0x200;
pub const GNUTLS_PKCS11_TOKEN_SO_PIN_FINAL_TRY: c_int = 0x400;
pub const GNUTLS_PKCS11_TOKEN_SO_PIN_LOCKED: c_int = 0x800;
pub const GNUTLS_PKCS11_TOKEN_USER_PIN_INITIALIZED: c_int = 0x1000;
pub const GNUTLS_PKCS11_TOKEN_ERROR_STATE: c_int = 0x2000;
