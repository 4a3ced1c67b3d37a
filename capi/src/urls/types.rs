//! Types and constants of <gnutls/urls.h>, for the C ABI and for cbindgen.
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

pub type gnutls_privkey_import_url_func = Option<unsafe extern "C" fn(pkey: gnutls_privkey_t, url: *const c_char, flags: c_uint) -> c_int>;
pub type gnutls_x509_crt_import_url_func = Option<unsafe extern "C" fn(pkey: gnutls_x509_crt_t, url: *const c_char, flags: c_uint) -> c_int>;
pub type gnutls_pubkey_import_url_func = Option<unsafe extern "C" fn(pkey: gnutls_pubkey_t, url: *const c_char, flags: c_uint) -> c_int>;
pub type gnutls_get_raw_issuer_func = Option<unsafe extern "C" fn(url: *const c_char, crt: gnutls_x509_crt_t, issuer_der: *mut gnutls_datum_t, flags: c_uint) -> c_int>;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_custom_url_st {
    pub name: *const c_char,
    pub name_size: c_uint,
    pub import_key: gnutls_privkey_import_url_func,
    pub import_crt: gnutls_x509_crt_import_url_func,
    pub import_pubkey: gnutls_pubkey_import_url_func,
    pub get_issuer: gnutls_get_raw_issuer_func,
    pub future1: *mut c_void,
    pub future2: *mut c_void,
}


