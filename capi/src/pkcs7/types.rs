//! Types and constants of <gnutls/pkcs7.h>, for the C ABI and for cbindgen.
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

pub struct gnutls_pkcs7_int {
    _private: [u8; 0],
}
pub type gnutls_pkcs7_t = *mut gnutls_pkcs7_int;
pub struct gnutls_pkcs7_attrs_st {
    _private: [u8; 0],
}
pub type gnutls_pkcs7_attrs_t = *mut gnutls_pkcs7_attrs_st;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_pkcs7_signature_info_st {
    pub algo: gnutls_sign_algorithm_t,
    pub sig: gnutls_datum_t,
    pub issuer_dn: gnutls_datum_t,
    pub signer_serial: gnutls_datum_t,
    pub issuer_keyid: gnutls_datum_t,
    pub signing_time: time_t,
    pub signed_attrs: gnutls_pkcs7_attrs_t,
    pub unsigned_attrs: gnutls_pkcs7_attrs_t,
    pub pad: [c_char; 64],
}

/// Header view of `gnutls_pkcs7_sign_flags`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pkcs7_sign_flags__enum {
    GNUTLS_PKCS7_EMBED_DATA = 1,
    GNUTLS_PKCS7_INCLUDE_TIME = 2,
    GNUTLS_PKCS7_INCLUDE_CERT = 4,
    GNUTLS_PKCS7_WRITE_SPKI = 8,
}
pub type gnutls_pkcs7_sign_flags = c_int;
pub const GNUTLS_PKCS7_EMBED_DATA: c_int = 1;
pub const GNUTLS_PKCS7_INCLUDE_TIME: c_int = 2;
pub const GNUTLS_PKCS7_INCLUDE_CERT: c_int = 4;
pub const GNUTLS_PKCS7_WRITE_SPKI: c_int = 8;


pub const GNUTLS_PKCS7_EDATA_GET_RAW: c_int = 0x1000000;
pub const GNUTLS_PKCS7_ATTR_ENCODE_OCTET_STRING: c_int = 1;
