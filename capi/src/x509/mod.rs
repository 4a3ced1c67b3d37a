//! <gnutls/x509.h>
pub mod stubs;
pub mod types;
pub mod common;
pub mod crt;
pub mod crtgen;
pub mod keygen;
pub mod privkey;
pub mod trust_list;
pub mod crl;
pub mod spki;
pub mod keyparts;
pub mod dn;
pub mod verify_hooks;
