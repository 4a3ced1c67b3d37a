//! The C ABI of libgnutls.so.30 (GnuTLS 3.7.9), over the safe core in
//! the `rgnutls` crate.
//!
//! One module per GnuTLS header (`gnutls`, `x509`, `crypto`, ...), each with
//! `types.rs` (the header's types and constants, from which cbindgen writes
//! the header), the hand-written entry points, and `stubs.rs` (generated:
//! every export not yet written by hand). `ffi` holds the conventions every
//! entry point follows.
#![allow(clippy::missing_safety_doc)]

pub mod ctypes;
pub mod ffi;
pub mod log;

/// Every header's types and constants, for glob imports.
pub mod types {
    pub use crate::abstract_::types::*;
    pub use crate::compat::types::*;
    pub use crate::crypto::types::*;
    pub use crate::dtls::types::*;
    pub use crate::gnutls::types::*;
    pub use crate::ocsp::types::*;
    pub use crate::openpgp::types::*;
    pub use crate::pkcs11::types::*;
    pub use crate::pkcs12::types::*;
    pub use crate::pkcs7::types::*;
    pub use crate::self_test::types::*;
    pub use crate::socket::types::*;
    pub use crate::system_keys::types::*;
    pub use crate::tpm::types::*;
    pub use crate::urls::types::*;
    pub use crate::x509::types::*;
    pub use crate::x509_ext::types::*;
}

pub mod abstract_;
pub mod compat;
pub mod crypto;
pub mod dtls;
pub mod gnutls;
pub mod ocsp;
pub mod openpgp;
pub mod pkcs11;
pub mod pkcs12;
pub mod pkcs7;
pub mod private;
pub mod self_test;
pub mod socket;
pub mod system_keys;
pub mod tpm;
pub mod urls;
pub mod x509;
pub mod x509_ext;
