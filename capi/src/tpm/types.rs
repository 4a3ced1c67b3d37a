//! Types and constants of <gnutls/tpm.h>, for the C ABI and for cbindgen.
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

pub struct tpm_key_list_st {
    _private: [u8; 0],
}
pub type gnutls_tpm_key_list_t = *mut tpm_key_list_st;
/// Header view of `gnutls_tpmkey_fmt_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_tpmkey_fmt_t__enum {
    GNUTLS_TPMKEY_FMT_RAW = 0,
    GNUTLS_TPMKEY_FMT_CTK_PEM = 1,
}
pub type gnutls_tpmkey_fmt_t = c_int;
pub const GNUTLS_TPMKEY_FMT_RAW: c_int = 0;
pub const GNUTLS_TPMKEY_FMT_DER: c_int = 0;
pub const GNUTLS_TPMKEY_FMT_CTK_PEM: c_int = 1;


pub const GNUTLS_TPM_KEY_SIGNING: c_int = 0x2;
pub const GNUTLS_TPM_REGISTER_KEY: c_int = 0x4;
pub const GNUTLS_TPM_KEY_USER: c_int = 0x8;
