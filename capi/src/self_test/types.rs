//! Types and constants of <gnutls/self-test.h>, for the C ABI and for cbindgen.
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


pub const GNUTLS_SELF_TEST_FLAG_ALL: c_int = 1;
pub const GNUTLS_SELF_TEST_FLAG_NO_COMPAT: c_int = 0x2;
