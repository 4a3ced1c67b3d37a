//! gnutls_pkcs11_set_pin_function / _get_pin_function: the process-wide
//! PIN callback. rgnutls has no PKCS#11 tokens, so nothing ever asks for a
//! PIN; the callback is kept so that programs reading it back see theirs.
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use std::sync::Mutex;

/// The callback and its user data, as addresses (C pointers are not Send).
static PIN: Mutex<(usize, usize)> = Mutex::new((0, 0));

// rgnutls: partial: kept and returned by gnutls_pkcs11_get_pin_function, never called (rgnutls has no PKCS#11 tokens)
#[no_mangle]
pub extern "C" fn gnutls_pkcs11_set_pin_function(fn_: gnutls_pin_callback_t, userdata: *mut c_void) {
    entry! {
        // SAFETY: a function pointer is address-sized.
        let addr = fn_.map_or(0, |f| unsafe { core::mem::transmute_copy::<_, usize>(&f) });
        *PIN.lock().unwrap_or_else(|e| e.into_inner()) = (addr, userdata as usize);
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs11_get_pin_function(userdata: *mut *mut c_void) -> gnutls_pin_callback_t {
    entry! {
        let (addr, data) = *PIN.lock().unwrap_or_else(|e| e.into_inner());
        if addr == 0 {
            return None;
        }
        if !userdata.is_null() {
            // SAFETY: a writable out parameter, per the API.
            unsafe { *userdata = data as *mut c_void };
        }
        // SAFETY: `addr` is the non-zero callback address stored above; an
        // Option of a function pointer has the pointer's layout.
        unsafe { core::mem::transmute_copy::<usize, gnutls_pin_callback_t>(&addr) }
    }
}
