//! Global state: gnutls_global_init/deinit, the implicit initialisation at
//! load, the version check, logging and memory-function setup.
use crate::ctypes::*;
use crate::types::*;
use crate::{entry, log};
use rgnutls::global;

#[no_mangle]
pub extern "C" fn gnutls_global_init() -> c_int {
    entry! {
        if global::acquire() {
            log::init_from_env();
        }
        0
    }
}

#[no_mangle]
pub extern "C" fn gnutls_global_deinit() {
    entry! {
        global::release();
    }
}

extern "C" {
    // Defined weak in capi/c/global_init_skip.c; the program may override it.
    fn _gnutls_global_init_skip() -> c_int;
}

/// Runs at load: the implicit gnutls_global_init, unless the program's
/// `_gnutls_global_init_skip` says otherwise.
extern "C" fn implicit_init() {
    // SAFETY: a plain C function with no arguments.
    if unsafe { _gnutls_global_init_skip() } == 0 {
        gnutls_global_init();
    } else {
        // Logging still follows GNUTLS_DEBUG_LEVEL when the program initialises later.
        log::init_from_env();
    }
}

extern "C" fn implicit_deinit() {
    // SAFETY: as above.
    if unsafe { _gnutls_global_init_skip() } == 0 {
        gnutls_global_deinit();
    }
}

#[used]
#[link_section = ".init_array"]
static IMPLICIT_INIT: extern "C" fn() = implicit_init;

#[used]
#[link_section = ".fini_array"]
static IMPLICIT_DEINIT: extern "C" fn() = implicit_deinit;

#[no_mangle]
pub unsafe extern "C" fn gnutls_check_version(req_version: *const c_char) -> *const c_char {
    entry! {
        const VERSION: &core::ffi::CStr = c"3.7.9";
        if req_version.is_null() {
            return VERSION.as_ptr();
        }
        // SAFETY: the caller passes a NUL-terminated string.
        let req = unsafe { core::ffi::CStr::from_ptr(req_version) }.to_string_lossy();
        if global::version_satisfies(&req) {
            VERSION.as_ptr()
        } else {
            core::ptr::null()
        }
    }
}

#[no_mangle]
pub extern "C" fn gnutls_global_set_log_function(log_func: gnutls_log_func) {
    entry! { log::set_function(log_func) }
}

#[no_mangle]
pub extern "C" fn gnutls_global_set_audit_log_function(log_func: gnutls_audit_log_func) {
    entry! { log::set_audit_function(log_func) }
}

#[no_mangle]
pub extern "C" fn gnutls_global_set_log_level(level: c_int) {
    entry! { log::set_level(level) }
}


/// The application's clock (`gnutls_global_set_time_function`), 0 for none.
static TIME_FUNC: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The core's clock source while the application has one: asks it.
fn application_time() -> i64 {
    type TimeFn = unsafe extern "C" fn(*mut time_t) -> time_t;
    match crate::ffi::load_fn::<TimeFn>(&TIME_FUNC) {
        // SAFETY: the function the application gave; GnuTLS calls it with NULL too.
        Some(f) => unsafe { f(core::ptr::null_mut()) },
        None => 0,
    }
}

#[no_mangle]
pub extern "C" fn gnutls_global_set_time_function(time_func: gnutls_time_func) {
    entry! {
        crate::ffi::store_fn(&TIME_FUNC, time_func);
        rgnutls::clock::set_source(time_func.map(|_| application_time as rgnutls::clock::Source));
    }
}
