//! Types and constants of <gnutls/ocsp.h>, for the C ABI and for cbindgen.
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

/// Header view of `gnutls_ocsp_print_formats_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_ocsp_print_formats_t__enum {
    GNUTLS_OCSP_PRINT_FULL = 0,
    GNUTLS_OCSP_PRINT_COMPACT = 1,
}
pub type gnutls_ocsp_print_formats_t = c_int;
pub const GNUTLS_OCSP_PRINT_FULL: c_int = 0;
pub const GNUTLS_OCSP_PRINT_COMPACT: c_int = 1;

/// Header view of `gnutls_ocsp_resp_status_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_ocsp_resp_status_t__enum {
    GNUTLS_OCSP_RESP_SUCCESSFUL = 0,
    GNUTLS_OCSP_RESP_MALFORMEDREQUEST = 1,
    GNUTLS_OCSP_RESP_INTERNALERROR = 2,
    GNUTLS_OCSP_RESP_TRYLATER = 3,
    GNUTLS_OCSP_RESP_SIGREQUIRED = 5,
    GNUTLS_OCSP_RESP_UNAUTHORIZED = 6,
}
pub type gnutls_ocsp_resp_status_t = c_int;
pub const GNUTLS_OCSP_RESP_SUCCESSFUL: c_int = 0;
pub const GNUTLS_OCSP_RESP_MALFORMEDREQUEST: c_int = 1;
pub const GNUTLS_OCSP_RESP_INTERNALERROR: c_int = 2;
pub const GNUTLS_OCSP_RESP_TRYLATER: c_int = 3;
pub const GNUTLS_OCSP_RESP_SIGREQUIRED: c_int = 5;
pub const GNUTLS_OCSP_RESP_UNAUTHORIZED: c_int = 6;

/// Header view of `gnutls_ocsp_cert_status_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_ocsp_cert_status_t__enum {
    GNUTLS_OCSP_CERT_GOOD = 0,
    GNUTLS_OCSP_CERT_REVOKED = 1,
    GNUTLS_OCSP_CERT_UNKNOWN = 2,
}
pub type gnutls_ocsp_cert_status_t = c_int;
pub const GNUTLS_OCSP_CERT_GOOD: c_int = 0;
pub const GNUTLS_OCSP_CERT_REVOKED: c_int = 1;
pub const GNUTLS_OCSP_CERT_UNKNOWN: c_int = 2;

/// Header view of `gnutls_x509_crl_reason_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_x509_crl_reason_t__enum {
    GNUTLS_X509_CRLREASON_UNSPECIFIED = 0,
    GNUTLS_X509_CRLREASON_KEYCOMPROMISE = 1,
    GNUTLS_X509_CRLREASON_CACOMPROMISE = 2,
    GNUTLS_X509_CRLREASON_AFFILIATIONCHANGED = 3,
    GNUTLS_X509_CRLREASON_SUPERSEDED = 4,
    GNUTLS_X509_CRLREASON_CESSATIONOFOPERATION = 5,
    GNUTLS_X509_CRLREASON_CERTIFICATEHOLD = 6,
    GNUTLS_X509_CRLREASON_REMOVEFROMCRL = 8,
    GNUTLS_X509_CRLREASON_PRIVILEGEWITHDRAWN = 9,
    GNUTLS_X509_CRLREASON_AACOMPROMISE = 10,
}
pub type gnutls_x509_crl_reason_t = c_int;
pub const GNUTLS_X509_CRLREASON_UNSPECIFIED: c_int = 0;
pub const GNUTLS_X509_CRLREASON_KEYCOMPROMISE: c_int = 1;
pub const GNUTLS_X509_CRLREASON_CACOMPROMISE: c_int = 2;
pub const GNUTLS_X509_CRLREASON_AFFILIATIONCHANGED: c_int = 3;
pub const GNUTLS_X509_CRLREASON_SUPERSEDED: c_int = 4;
pub const GNUTLS_X509_CRLREASON_CESSATIONOFOPERATION: c_int = 5;
pub const GNUTLS_X509_CRLREASON_CERTIFICATEHOLD: c_int = 6;
pub const GNUTLS_X509_CRLREASON_REMOVEFROMCRL: c_int = 8;
pub const GNUTLS_X509_CRLREASON_PRIVILEGEWITHDRAWN: c_int = 9;
pub const GNUTLS_X509_CRLREASON_AACOMPROMISE: c_int = 10;

/// Header view of `gnutls_ocsp_verify_reason_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_ocsp_verify_reason_t__enum {
    GNUTLS_OCSP_VERIFY_SIGNER_NOT_FOUND = 1,
    GNUTLS_OCSP_VERIFY_SIGNER_KEYUSAGE_ERROR = 2,
    GNUTLS_OCSP_VERIFY_UNTRUSTED_SIGNER = 4,
    GNUTLS_OCSP_VERIFY_INSECURE_ALGORITHM = 8,
    GNUTLS_OCSP_VERIFY_SIGNATURE_FAILURE = 16,
    GNUTLS_OCSP_VERIFY_CERT_NOT_ACTIVATED = 32,
    GNUTLS_OCSP_VERIFY_CERT_EXPIRED = 64,
}
pub type gnutls_ocsp_verify_reason_t = c_int;
pub const GNUTLS_OCSP_VERIFY_SIGNER_NOT_FOUND: c_int = 1;
pub const GNUTLS_OCSP_VERIFY_SIGNER_KEYUSAGE_ERROR: c_int = 2;
pub const GNUTLS_OCSP_VERIFY_UNTRUSTED_SIGNER: c_int = 4;
pub const GNUTLS_OCSP_VERIFY_INSECURE_ALGORITHM: c_int = 8;
pub const GNUTLS_OCSP_VERIFY_SIGNATURE_FAILURE: c_int = 16;
pub const GNUTLS_OCSP_VERIFY_CERT_NOT_ACTIVATED: c_int = 32;
pub const GNUTLS_OCSP_VERIFY_CERT_EXPIRED: c_int = 64;

pub struct gnutls_ocsp_req_int {
    _private: [u8; 0],
}
pub type gnutls_ocsp_req_t = *mut gnutls_ocsp_req_int;
pub type gnutls_ocsp_req_const_t = *const gnutls_ocsp_req_int;
pub struct gnutls_ocsp_resp_int {
    _private: [u8; 0],
}
pub type gnutls_ocsp_resp_t = *mut gnutls_ocsp_resp_int;
pub type gnutls_ocsp_resp_const_t = *const gnutls_ocsp_resp_int;

pub const GNUTLS_OCSP_NONCE: &str = "1.3.6.1.5.5.7.48.1.2";
pub const GNUTLS_OCSP_RESP_ID_KEY: c_int = 1;
pub const GNUTLS_OCSP_RESP_ID_DN: c_int = 2;
