//! Types and constants of <gnutls/abstract.h>, for the C ABI and for cbindgen.
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

/// Header view of `gnutls_pubkey_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pubkey_flags_t__enum {
    GNUTLS_PUBKEY_DISABLE_CALLBACKS = 4,
    GNUTLS_PUBKEY_GET_OPENPGP_FINGERPRINT = 8,
}
pub type gnutls_pubkey_flags_t = c_int;
pub const GNUTLS_PUBKEY_DISABLE_CALLBACKS: c_int = 4;
pub const GNUTLS_PUBKEY_GET_OPENPGP_FINGERPRINT: c_int = 8;

/// Header view of `gnutls_abstract_export_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_abstract_export_flags_t__enum {
    GNUTLS_EXPORT_FLAG_NO_LZ = 1,
}
pub type gnutls_abstract_export_flags_t = c_int;
pub const GNUTLS_EXPORT_FLAG_NO_LZ: c_int = 1;

pub type gnutls_privkey_sign_func = Option<unsafe extern "C" fn(key: gnutls_privkey_t, userdata: *mut c_void, raw_data: *const gnutls_datum_t, signature: *mut gnutls_datum_t) -> c_int>;
pub type gnutls_privkey_decrypt_func = Option<unsafe extern "C" fn(key: gnutls_privkey_t, userdata: *mut c_void, ciphertext: *const gnutls_datum_t, plaintext: *mut gnutls_datum_t) -> c_int>;
pub type gnutls_privkey_decrypt_func2 = Option<unsafe extern "C" fn(key: gnutls_privkey_t, userdata: *mut c_void, ciphertext: *const gnutls_datum_t, plaintext: *mut c_uchar, plaintext_size: size_t) -> c_int>;
pub type gnutls_privkey_sign_hash_func = Option<unsafe extern "C" fn(key: gnutls_privkey_t, algo: gnutls_sign_algorithm_t, userdata: *mut c_void, flags: c_uint, hash: *const gnutls_datum_t, signature: *mut gnutls_datum_t) -> c_int>;
pub type gnutls_privkey_sign_data_func = Option<unsafe extern "C" fn(key: gnutls_privkey_t, algo: gnutls_sign_algorithm_t, userdata: *mut c_void, flags: c_uint, data: *const gnutls_datum_t, signature: *mut gnutls_datum_t) -> c_int>;
pub type gnutls_privkey_deinit_func = Option<unsafe extern "C" fn(key: gnutls_privkey_t, userdata: *mut c_void)>;
pub type gnutls_privkey_info_func = Option<unsafe extern "C" fn(key: gnutls_privkey_t, flags: c_uint, userdata: *mut c_void) -> c_int>;
/// Header view of `gnutls_privkey_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_privkey_flags_t__enum {
    GNUTLS_PRIVKEY_IMPORT_AUTO_RELEASE = 1,
    GNUTLS_PRIVKEY_IMPORT_COPY = 2,
    GNUTLS_PRIVKEY_DISABLE_CALLBACKS = 4,
    GNUTLS_PRIVKEY_SIGN_FLAG_TLS1_RSA = 16,
    GNUTLS_PRIVKEY_FLAG_PROVABLE = 32,
    GNUTLS_PRIVKEY_FLAG_EXPORT_COMPAT = 64,
    GNUTLS_PRIVKEY_SIGN_FLAG_RSA_PSS = 128,
    GNUTLS_PRIVKEY_FLAG_REPRODUCIBLE = 256,
    GNUTLS_PRIVKEY_FLAG_CA = 512,
    GNUTLS_PRIVKEY_FLAG_RSA_PSS_FIXED_SALT_LENGTH = 1024,
}
pub type gnutls_privkey_flags_t = c_int;
pub const GNUTLS_PRIVKEY_IMPORT_AUTO_RELEASE: c_int = 1;
pub const GNUTLS_PRIVKEY_IMPORT_COPY: c_int = 2;
pub const GNUTLS_PRIVKEY_DISABLE_CALLBACKS: c_int = 4;
pub const GNUTLS_PRIVKEY_SIGN_FLAG_TLS1_RSA: c_int = 16;
pub const GNUTLS_PRIVKEY_FLAG_PROVABLE: c_int = 32;
pub const GNUTLS_PRIVKEY_FLAG_EXPORT_COMPAT: c_int = 64;
pub const GNUTLS_PRIVKEY_SIGN_FLAG_RSA_PSS: c_int = 128;
pub const GNUTLS_PRIVKEY_FLAG_REPRODUCIBLE: c_int = 256;
pub const GNUTLS_PRIVKEY_FLAG_CA: c_int = 512;
pub const GNUTLS_PRIVKEY_FLAG_RSA_PSS_FIXED_SALT_LENGTH: c_int = 1024;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_pcert_st {
    pub pubkey: gnutls_pubkey_t,
    pub cert: gnutls_datum_t,
    pub r#type: gnutls_certificate_type_t,
}

pub type gnutls_certificate_retrieve_function2 = Option<unsafe extern "C" fn(arg0: gnutls_session_t, req_ca_rdn: *const gnutls_datum_t, nreqs: c_int, pk_algos: *const gnutls_pk_algorithm_t, pk_algos_length: c_int, arg5: *mut *mut gnutls_pcert_st, pcert_length: *mut c_uint, privkey: *mut gnutls_privkey_t) -> c_int>;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_cert_retr_st {
    pub version: c_uint,
    pub cred: gnutls_certificate_credentials_t,
    pub req_ca_rdn: *const gnutls_datum_t,
    pub nreqs: c_uint,
    pub pk_algos: *const gnutls_pk_algorithm_t,
    pub pk_algos_length: c_uint,
    pub padding: [c_uchar; 64],
}

pub type gnutls_certificate_retrieve_function3 = Option<unsafe extern "C" fn(arg0: gnutls_session_t, info: *const gnutls_cert_retr_st, certs: *mut *mut gnutls_pcert_st, certs_length: *mut c_uint, ocsp: *mut *mut gnutls_ocsp_data_st, ocsp_length: *mut c_uint, privkey: *mut gnutls_privkey_t, flags: *mut c_uint) -> c_int>;

pub const GNUTLS_PUBKEY_VERIFY_FLAG_TLS1_RSA: c_int = GNUTLS_VERIFY_USE_TLS1_RSA;
pub const GNUTLS_PRIVKEY_INFO_PK_ALGO: c_int = 1;
pub const GNUTLS_PRIVKEY_INFO_SIGN_ALGO: c_int = 0x2;
pub const GNUTLS_PRIVKEY_INFO_HAVE_SIGN_ALGO: c_int = 0x4;
pub const GNUTLS_PRIVKEY_INFO_PK_ALGO_BITS: c_int = 0x8;
pub const GNUTLS_PCERT_NO_CERT: c_int = 1;
pub const GNUTLS_CERT_RETR_DEINIT_ALL: c_int = 1;
pub const GNUTLS_PUBKEY_VERIFY_FLAG_TLS_RSA: c_int = GNUTLS_PUBKEY_VERIFY_FLAG_TLS1_RSA;
