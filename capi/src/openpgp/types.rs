//! Types and constants of <gnutls/openpgp.h>, for the C ABI and for cbindgen.
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

/// Header view of `gnutls_openpgp_crt_fmt_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_openpgp_crt_fmt_t__enum {
    GNUTLS_OPENPGP_FMT_RAW = 0,
    GNUTLS_OPENPGP_FMT_BASE64 = 1,
}
pub type gnutls_openpgp_crt_fmt_t = c_int;
pub const GNUTLS_OPENPGP_FMT_RAW: c_int = 0;
pub const GNUTLS_OPENPGP_FMT_BASE64: c_int = 1;

pub type gnutls_openpgp_keyid_t = [c_uchar; 8];
pub type gnutls_openpgp_recv_key_func = Option<unsafe extern "C" fn(session: gnutls_session_t, keyfpr: *const c_uchar, keyfpr_length: c_uint, key: *mut gnutls_datum_t) -> c_int>;

pub const GNUTLS_OPENPGP_KEYID_SIZE: c_int = 8;
pub const GNUTLS_OPENPGP_V4_FINGERPRINT_SIZE: c_int = 20;
