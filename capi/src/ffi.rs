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
    malloc_copy(s.as_bytes(), 1) as *mut c_char
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

/// An opaque C handle type (`struct gnutls_session_int` and the like) and
/// the Rust value behind it. Handles are `Box`es: `gnutls_*_init` makes
/// one with [`new_handle`], `gnutls_*_deinit` ends it with [`free_handle`],
/// and entry points borrow it with [`handle`]. The trait ties each C type to
/// exactly one Rust type, so a handle can never be read as another kind.
pub trait Handle {
    type Rust;
}

/// Boxes `value` and returns it as the C handle type `H`. Anything that
/// converts into the handle's Rust type will do (a certificate handle is
/// made from its `Slot`).
pub fn new_handle<H: Handle>(value: impl Into<H::Rust>) -> *mut H {
    Box::into_raw(Box::new(value.into())) as *mut H
}

/// Borrows the value behind a handle; NULL gives `None`.
///
/// Handles are shared (`&`), never `&mut`: callbacks re-enter the API with
/// the same handle, so mutable state inside lives in cells or locks.
///
/// # Safety
/// `h` is NULL or was made by [`new_handle`] and not yet freed.
pub unsafe fn handle<'a, H: Handle>(h: *const H) -> Option<&'a H::Rust> {
    // SAFETY: per the caller's contract, a live Box<H::Rust>.
    unsafe { (h as *const H::Rust).as_ref() }
}

/// Drops the value behind a handle. NULL is ignored.
///
/// # Safety
/// `h` is NULL or was made by [`new_handle`], and is not used afterwards.
pub unsafe fn free_handle<H: Handle>(h: *mut H) {
    if !h.is_null() {
        // SAFETY: per the caller's contract, we own this Box.
        drop(unsafe { Box::from_raw(h as *mut H::Rust) });
    }
}

/// Writes `data` into `*out` as a fresh libc-malloc'd datum that the
/// application frees with `gnutls_free`. Returns a GnuTLS code.
///
/// # Safety
/// `out` is NULL or points to a writable `gnutls_datum_t`.
pub unsafe fn set_datum(out: *mut crate::types::gnutls_datum_t, data: &[u8]) -> c_int {
    if out.is_null() {
        return errors::GNUTLS_E_INVALID_REQUEST;
    }
    let p = malloc_copy(data, 1);
    if p.is_null() {
        return errors::GNUTLS_E_MEMORY_ERROR;
    }
    // SAFETY: `out` is valid per the caller's contract.
    unsafe {
        (*out).data = p;
        (*out).size = data.len() as c_uint;
    }
    0
}

/// Borrows a `gnutls_datum_t` argument's bytes; NULL datum gives `None`.
///
/// # Safety
/// `d` is NULL or points to a datum whose `data` is valid for `size` bytes.
pub unsafe fn datum<'a>(d: *const crate::types::gnutls_datum_t) -> Option<&'a [u8]> {
    // SAFETY: per the caller's contract.
    let d = unsafe { d.as_ref() }?;
    // SAFETY: as above.
    unsafe { bytes(d.data as *const c_void, d.size as usize) }
}

/// Copies `data` into a caller buffer of `*size` bytes, GnuTLS style: when
/// it does not fit, `*size` gets the size needed and the result is
/// GNUTLS_E_SHORT_MEMORY_BUFFER; otherwise `*size` gets the length written.
/// With `nul`, a terminating NUL is written (and needed) but not counted.
///
/// # Safety
/// `size` is NULL or valid; `out` is NULL or valid for `*size` bytes.
pub unsafe fn copy_out(out: *mut c_void, size: *mut size_t, data: &[u8], nul: bool) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(size) = (unsafe { size.as_mut() }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    let need = data.len() + usize::from(nul);
    if out.is_null() || *size < need {
        *size = data.len();
        return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    // SAFETY: `out` holds at least `need` bytes.
    unsafe {
        core::ptr::copy_nonoverlapping(data.as_ptr(), out as *mut u8, data.len());
        if nul {
            *(out as *mut u8).add(data.len()) = 0;
        }
    }
    *size = data.len();
    0
}

/// Reads a callback slot: an `AtomicUsize` that holds 0 or a function
/// pointer of type `F`, stored by [`store_fn`] with the same `F`.
pub fn load_fn<F: Copy>(slot: &std::sync::atomic::AtomicUsize) -> Option<F> {
    let addr = slot.load(Ordering::Acquire);
    debug_assert_eq!(core::mem::size_of::<F>(), core::mem::size_of::<usize>());
    // SAFETY: slots only ever hold 0 or a function pointer of type F, stored
    // by store_fn; F is a plain fn pointer type, the size of usize.
    (addr != 0).then(|| unsafe { core::mem::transmute_copy::<usize, F>(&addr) })
}

/// A C array of `len` C strings as owned strings; NULL entries (and a NULL
/// array) are skipped, as are strings that are not UTF-8.
///
/// # Safety
/// `list` is NULL or points to `len` pointers, each NULL or a C string.
pub unsafe fn cstr_list(list: *mut *const c_char, len: usize) -> Vec<String> {
    if list.is_null() || len == 0 {
        return Vec::new();
    }
    // SAFETY: per the caller's contract.
    let items = unsafe { core::slice::from_raw_parts(list, len) };
    // SAFETY: each entry is NULL or a C string.
    items.iter().filter_map(|&p| unsafe { cstr(p) }).map(str::to_owned).collect()
}

/// Stores a callback (or clears the slot with `None`); see [`load_fn`].
pub fn store_fn<F>(slot: &std::sync::atomic::AtomicUsize, f: Option<F>) {
    debug_assert_eq!(core::mem::size_of::<F>(), core::mem::size_of::<usize>());
    // SAFETY: F is a function pointer, the same size as usize.
    let addr = f.map_or(0, |f| unsafe { core::mem::transmute_copy::<F, usize>(&f) });
    slot.store(addr, Ordering::Release);
}
