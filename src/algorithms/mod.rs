//! The algorithm registry: one static table per GnuTLS algorithm family.
//!
//! Every entry carries the numeric id of `gnutls.h`/`crypto.h`, the exact name
//! the real library returns, the family's properties, and `implemented`, which
//! says whether rgnutls can actually run it. `*_list()` style queries must use
//! [`cipher::implemented`] and friends so that we only advertise what works;
//! name and property queries use the whole table, as GnuTLS does.
//!
//! Ids stay plain `i32` (the C enums' representation) so the C layer can pass
//! them through unchanged; each module names the ids as constants.

pub mod certtype;
pub mod cipher;
pub mod curve;
pub mod digest;
pub mod group;
pub mod kx;
pub mod mac;
pub mod names;
pub mod pk;
pub mod protocol;
pub mod secparam;
pub mod sign;

/// Case-insensitive ASCII comparison, the way GnuTLS matches algorithm names.
pub(crate) fn name_eq(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}
