//! <gnutls/abstract.h>
pub mod stubs;
pub mod types;
pub mod keys;
pub mod pcert;
pub mod sign;
pub mod spki;
pub mod retrieve;
pub mod crq;
pub mod urls;
pub mod pin;
pub mod pubkey_raw;
pub mod privkey_raw;
pub mod ext;
