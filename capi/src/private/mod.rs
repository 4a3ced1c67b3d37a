//! Exports that no public header declares (GNUTLS_PRIVATE_3_4, FIPS internals).
pub mod buffer;
pub mod stubs;
pub mod vars;
