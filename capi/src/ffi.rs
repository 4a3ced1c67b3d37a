//! The conventions every C entry point follows.
//!
//! * [`entry!`] wraps a body in the panic boundary: a panic never unwinds into
//!   C; the entry point returns the failure value of its return type instead.
//! * [`Failure`] chooses that value by return type, so bodies simply
//!   `return Failure::invalid()` (for example on a NULL argument).
//! * [`stub!`] is the body of every function not implemented yet: it logs
//!   `<name> is not implemented` once and returns the documented failure.
use crate::ctypes::*;
use rgnutls::errors;
use std::sync::atomic::{AtomicBool, Ordering};

/// Failure values for each C return type.
pub trait Failure: Sized {
    /// Returned when the body panicked (an internal error).
    fn internal() -> Self;
    /// Returned for invalid arguments such as NULL pointers.
    fn invalid() -> Self;
    /// Returned by stubs.
    fn unimplemented() -> Self;
}

macro_rules! signed_failure {
    ($($t:ty),*) => {$(
        impl Failure for $t {
            fn internal() -> Self { errors::GNUTLS_E_INTERNAL_ERROR as $t }
            fn invalid() -> Self { errors::GNUTLS_E_INVALID_REQUEST as $t }
            fn unimplemented() -> Self { errors::GNUTLS_E_UNIMPLEMENTED_FEATURE as $t }
        }
    )*};
}
// c_int and ssize_t carry GnuTLS error codes.
signed_failure!(c_int, ssize_t);

/// `time_t` results report failure as `(time_t)-1`, as GnuTLS does.
impl Failure for time_t {
    fn internal() -> Self { -1 }
    fn invalid() -> Self { -1 }
    fn unimplemented() -> Self { -1 }
}

macro_rules! zero_failure {
    ($($t:ty),*) => {$(
        impl Failure for $t {
            fn internal() -> Self { 0 }
            fn invalid() -> Self { 0 }
            fn unimplemented() -> Self { 0 }
        }
    )*};
}
// Unsigned counts, sizes and booleans report failure as 0.
zero_failure!(c_uint, size_t, c_uchar);

impl<T> Failure for *const T {
    fn internal() -> Self { core::ptr::null() }
    fn invalid() -> Self { core::ptr::null() }
    fn unimplemented() -> Self { core::ptr::null() }
}

impl<T> Failure for *mut T {
    fn internal() -> Self { core::ptr::null_mut() }
    fn invalid() -> Self { core::ptr::null_mut() }
    fn unimplemented() -> Self { core::ptr::null_mut() }
}

impl<T> Failure for Option<T> {
    fn internal() -> Self { None }
    fn invalid() -> Self { None }
    fn unimplemented() -> Self { None }
}

impl Failure for () {
    fn internal() -> Self {}
    fn invalid() -> Self {}
    fn unimplemented() -> Self {}
}

/// The panic boundary. `entry!{ body }` evaluates `body` (which may `return`
/// early with any value of the function's return type) and turns a panic into
/// [`Failure::internal`].
#[macro_export]
macro_rules! entry {
    ($($body:tt)*) => {{
        match ::std::panic::catch_unwind(::std::panic::AssertUnwindSafe(|| { $($body)* })) {
            Ok(v) => v,
            Err(_) => {
                $crate::log::panicked(module_path!());
                $crate::ffi::Failure::internal()
            }
        }
    }};
}

/// The body of a function that is not implemented yet (or that the engine
/// cannot support). Logs once per function, then returns the failure value
/// of the return type, or the explicit value given.
#[macro_export]
macro_rules! stub {
    ($name:ident) => {{
        static LOGGED: ::std::sync::atomic::AtomicBool = ::std::sync::atomic::AtomicBool::new(false);
        $crate::ffi::stub_called(stringify!($name), &LOGGED);
        $crate::ffi::Failure::unimplemented()
    }};
    ($name:ident, $value:expr) => {{
        static LOGGED: ::std::sync::atomic::AtomicBool = ::std::sync::atomic::AtomicBool::new(false);
        $crate::ffi::stub_called(stringify!($name), &LOGGED);
        $value
    }};
}

/// Logs `<name> is not implemented` the first time a stub runs.
pub fn stub_called(name: &str, logged: &AtomicBool) {
    if !logged.swap(true, Ordering::Relaxed) {
        crate::log::emit(1, &format!("{name} is not implemented\n"));
    }
}

/// Borrow a C string argument; NULL or invalid UTF-8 gives `None`.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string that outlives `'a`.
pub unsafe fn cstr<'a>(p: *const c_char) -> Option<&'a str> {
    if p.is_null() {
        return None;
    }
    // SAFETY: non-NULL and NUL-terminated per the caller's contract.
    unsafe { core::ffi::CStr::from_ptr(p) }.to_str().ok()
}

/// Borrow `len` bytes at `p` as a slice; NULL with a zero length is the empty
/// slice, NULL with a length is `None`.
///
/// # Safety
/// `p` is NULL or valid for reads of `len` bytes for `'a`.
pub unsafe fn bytes<'a>(p: *const c_void, len: usize) -> Option<&'a [u8]> {
    if p.is_null() {
        return if len == 0 { Some(&[]) } else { None };
    }
    // SAFETY: per the caller's contract.
    Some(unsafe { core::slice::from_raw_parts(p as *const u8, len) })
}

/// Borrow `len` bytes at `p` mutably; NULL gives `None` unless `len` is 0.
///
/// # Safety
/// `p` is NULL or valid for writes of `len` bytes for `'a`, with no alias.
pub unsafe fn bytes_mut<'a>(p: *mut c_void, len: usize) -> Option<&'a mut [u8]> {
    if p.is_null() {
        return if len == 0 { Some(&mut []) } else { None };
    }
    // SAFETY: per the caller's contract.
    Some(unsafe { core::slice::from_raw_parts_mut(p as *mut u8, len) })
}

/// Copy `s` into a fresh libc-malloc'd, NUL-terminated string that the
/// application releases with `gnutls_free`.
pub fn malloc_cstring(s: &str) -> *mut c_char {
    let p = malloc_copy(s.as_bytes(), 1) as *mut c_char;
    p
}

/// Copy `data` into a fresh libc-malloc'd buffer with `extra` zero bytes
/// after it (1 makes a C string). NULL on allocation failure.
pub fn malloc_copy(data: &[u8], extra: usize) -> *mut u8 {
    // SAFETY: malloc of a non-zero size; the copy stays within the block.
    unsafe {
        let p = libc::malloc(data.len() + extra.max(1)) as *mut u8;
        if !p.is_null() {
            core::ptr::copy_nonoverlapping(data.as_ptr(), p, data.len());
            core::ptr::write_bytes(p.add(data.len()), 0, extra.max(1));
        }
        p
    }
}
