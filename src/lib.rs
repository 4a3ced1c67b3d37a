//! rgnutls: the safe core.
//!
//! Everything here is plain, safe Rust organised by GnuTLS concept. The C
//! ABI lives in the `capi/` crate, which validates pointers, converts
//! C values and calls into these modules.
#![forbid(unsafe_code)]
pub mod alerts;
pub mod algorithms;
pub mod clock;
pub mod credentials;
pub mod crypto;
pub mod db;
pub mod encoding;
pub mod errors;
pub mod global;
pub mod pkcs12;
pub mod priority;
pub mod record;
pub mod session;
pub mod transport;
pub mod urls;
pub mod x509;
