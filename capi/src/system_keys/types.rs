//! Types and constants of <gnutls/system-keys.h>, for the C ABI and for cbindgen.
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

pub struct system_key_iter_st {
    _private: [u8; 0],
}
pub type gnutls_system_key_iter_t = *mut system_key_iter_st;

