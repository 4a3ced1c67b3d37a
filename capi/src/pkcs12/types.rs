//! Types and constants of <gnutls/pkcs12.h>, for the C ABI and for cbindgen.
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

pub struct gnutls_pkcs12_int {
    _private: [u8; 0],
}
pub type gnutls_pkcs12_t = *mut gnutls_pkcs12_int;
pub struct gnutls_pkcs12_bag_int {
    _private: [u8; 0],
}
pub type gnutls_pkcs12_bag_t = *mut gnutls_pkcs12_bag_int;
/// Header view of `gnutls_pkcs12_bag_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pkcs12_bag_type_t__enum {
    GNUTLS_BAG_EMPTY = 0,
    GNUTLS_BAG_PKCS8_ENCRYPTED_KEY = 1,
    GNUTLS_BAG_PKCS8_KEY = 2,
    GNUTLS_BAG_CERTIFICATE = 3,
    GNUTLS_BAG_CRL = 4,
    GNUTLS_BAG_SECRET = 5,
    GNUTLS_BAG_ENCRYPTED = 10,
    GNUTLS_BAG_UNKNOWN = 20,
}
pub type gnutls_pkcs12_bag_type_t = c_int;
pub const GNUTLS_BAG_EMPTY: c_int = 0;
pub const GNUTLS_BAG_PKCS8_ENCRYPTED_KEY: c_int = 1;
pub const GNUTLS_BAG_PKCS8_KEY: c_int = 2;
pub const GNUTLS_BAG_CERTIFICATE: c_int = 3;
pub const GNUTLS_BAG_CRL: c_int = 4;
pub const GNUTLS_BAG_SECRET: c_int = 5;
pub const GNUTLS_BAG_ENCRYPTED: c_int = 10;
pub const GNUTLS_BAG_UNKNOWN: c_int = 20;


pub const GNUTLS_PKCS12_SP_INCLUDE_SELF_SIGNED: c_int = 1;
