//! Private exported variables. No real program imports them, but they are
//! part of the ABI, with GnuTLS 3.7.9's sizes.
#![allow(non_upper_case_globals)]
use crate::ctypes::*;

/// A C string pointer that may live in a `static` (it points at a literal).
#[repr(transparent)]
pub struct StaticStr(pub *const c_char);
// SAFETY: points at an immutable 'static literal.
unsafe impl Sync for StaticStr {}

#[no_mangle]
pub static _gnutls_default_priority_string: StaticStr = StaticStr(c"NORMAL".as_ptr());

/// The library version as 0xMMmmpp.
#[no_mangle]
pub static _gnutls_global_version: c_uint = 0x030709;

/// GnuTLS's big-integer backend table (25 function pointers). We have no
/// such backend: it stays all NULL.
#[no_mangle]
pub static _gnutls_mpi_ops: [usize; 25] = [0; 25];
