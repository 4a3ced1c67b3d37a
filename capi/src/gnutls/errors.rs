//! The error and alert API: gnutls_strerror and friends.
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::{alerts, errors};

#[no_mangle]
pub extern "C" fn gnutls_strerror(error: c_int) -> *const c_char {
    entry! { errors::message_cstr(error).as_ptr() }
}

#[no_mangle]
pub extern "C" fn gnutls_strerror_name(error: c_int) -> *const c_char {
    entry! { errors::name_cstr(error).map_or(core::ptr::null(), |n| n.as_ptr()) }
}

#[no_mangle]
pub extern "C" fn gnutls_perror(error: c_int) {
    entry! {
        eprintln!("GnuTLS error: {}", errors::message(error));
    }
}

#[no_mangle]
pub extern "C" fn gnutls_error_is_fatal(error: c_int) -> c_int {
    entry! { errors::is_fatal(error) as c_int }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_error_to_alert(err: c_int, level: *mut c_int) -> c_int {
    entry! {
        let (desc, lvl) = errors::to_alert(err);
        if !level.is_null() {
            // SAFETY: non-NULL pointer to an int, per the API.
            unsafe { *level = lvl as c_int };
        }
        desc as c_int
    }
}

#[no_mangle]
pub extern "C" fn gnutls_alert_get_name(alert: gnutls_alert_description_t) -> *const c_char {
    entry! { alerts::name_cstr(alert).map_or(core::ptr::null(), |n| n.as_ptr()) }
}

#[no_mangle]
pub extern "C" fn gnutls_alert_get_strname(alert: gnutls_alert_description_t) -> *const c_char {
    entry! { alerts::strname_cstr(alert).map_or(core::ptr::null(), |n| n.as_ptr()) }
}
