//! Types and constants of <gnutls/socket.h>, for the C ABI and for cbindgen.
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

/// Header view of `gnutls_transport_ktls_enable_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_transport_ktls_enable_flags_t__enum {
    GNUTLS_KTLS_RECV = 1,
    GNUTLS_KTLS_SEND = 2,
    GNUTLS_KTLS_DUPLEX = 3,
}
pub type gnutls_transport_ktls_enable_flags_t = c_int;
pub const GNUTLS_KTLS_RECV: c_int = 1;
pub const GNUTLS_KTLS_SEND: c_int = 2;
pub const GNUTLS_KTLS_DUPLEX: c_int = 3;


