//! Types and constants of <gnutls/x509-ext.h>, for the C ABI and for cbindgen.
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

pub struct gnutls_subject_alt_names_st {
    _private: [u8; 0],
}
pub type gnutls_subject_alt_names_t = *mut gnutls_subject_alt_names_st;
pub struct gnutls_x509_crl_dist_points_st {
    _private: [u8; 0],
}
pub type gnutls_x509_crl_dist_points_t = *mut gnutls_x509_crl_dist_points_st;
pub struct gnutls_x509_aia_st {
    _private: [u8; 0],
}
pub type gnutls_x509_aia_t = *mut gnutls_x509_aia_st;
pub struct gnutls_x509_aki_st {
    _private: [u8; 0],
}
pub type gnutls_x509_aki_t = *mut gnutls_x509_aki_st;
pub struct gnutls_x509_key_purposes_st {
    _private: [u8; 0],
}
pub type gnutls_x509_key_purposes_t = *mut gnutls_x509_key_purposes_st;
pub struct gnutls_x509_policies_st {
    _private: [u8; 0],
}
pub type gnutls_x509_policies_t = *mut gnutls_x509_policies_st;
pub struct gnutls_x509_ct_scts_st {
    _private: [u8; 0],
}
pub type gnutls_x509_ct_scts_t = *mut gnutls_x509_ct_scts_st;

