//! Cryptographic primitives in the shape of GnuTLS's crypto API
//! (`gnutls_hash_*`, `gnutls_hmac_*`, `gnutls_cipher_*`, `gnutls_aead_cipher_*`,
//! `gnutls_rnd`, `gnutls_pbkdf2`, `gnutls_hkdf_*`).
//!
//! Algorithms are named by the registry ids of [`crate::algorithms`]. ring does
//! the work where it has the algorithm; RustCrypto crates cover the rest.
//! Errors are GnuTLS error codes.

pub mod aead;
mod block_glue;
pub mod cipher;
pub mod dh;
pub mod dss_sig;
pub mod hash;
pub mod hmac;
pub mod kdf;
pub mod padding;
pub mod rnd;
mod streaming_aead;

use crate::errors::{Code, GNUTLS_E_SHORT_MEMORY_BUFFER};

/// Result type of this module: the error is a GnuTLS error code.
pub type Result<T> = core::result::Result<T, Code>;

/// An output buffer was too small: the error code plus the size that is needed,
/// which GnuTLS reports back through the caller's size argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShortBuffer {
    pub needed: usize,
}

impl ShortBuffer {
    pub const CODE: Code = GNUTLS_E_SHORT_MEMORY_BUFFER;
}
