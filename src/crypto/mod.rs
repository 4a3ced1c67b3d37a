//! Cryptographic primitives in the shape of the GnuTLS crypto API.
