//! Types and constants of <gnutls/dtls.h>, for the C ABI and for cbindgen.
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

#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_dtls_prestate_st {
    pub record_seq: c_uint,
    pub hsk_read_seq: c_uint,
    pub hsk_write_seq: c_uint,
}


pub const GNUTLS_COOKIE_KEY_SIZE: c_int = 16;
