//! <gnutls/crypto.h>
pub mod stubs;
pub mod types;
pub mod aead;
pub mod cipher;
pub mod hash;
pub mod hmac;
pub mod kdf;
pub mod rnd;
pub mod sizes;
pub mod dss_sig;
