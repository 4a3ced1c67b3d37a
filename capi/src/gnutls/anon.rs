//! Anonymous and PSK credential objects. The engine negotiates neither key
//! exchange, but the objects themselves are plain containers, and programs
//! such as gnutls-serv and gnutls-cli create them unconditionally and stop
//! if that fails. So they can be made, given DH parameters and freed;
//! putting them on a session (gnutls_credentials_set) is refused with
//! GNUTLS_E_UNIMPLEMENTED_FEATURE, and the PSK key functions stay stubs.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Handle};
use crate::types::*;
use rgnutls::errors;

/// What a container holds: nothing the engine uses.
#[derive(Default)]
pub struct Unusable;

impl Handle for gnutls_anon_server_credentials_st {
    type Rust = Unusable;
}
impl Handle for gnutls_anon_client_credentials_st {
    type Rust = Unusable;
}
impl Handle for gnutls_psk_server_credentials_st {
    type Rust = Unusable;
}
impl Handle for gnutls_psk_client_credentials_st {
    type Rust = Unusable;
}

unsafe fn allocate<H: Handle<Rust = Unusable>>(out: *mut *mut H) -> c_int {
    if out.is_null() {
        return errors::GNUTLS_E_INVALID_REQUEST;
    }
    // SAFETY: checked non-NULL.
    unsafe { *out = ffi::new_handle::<H>(Unusable) };
    0
}

// rgnutls: partial: a container only; anonymous key exchange is not offered by the engine, so gnutls_credentials_set refuses it
#[no_mangle]
pub unsafe extern "C" fn gnutls_anon_allocate_server_credentials(sc: *mut gnutls_anon_server_credentials_t) -> c_int {
    // SAFETY: the caller's out parameter.
    entry! { unsafe { allocate(sc) } }
}

// rgnutls: partial: a container only; anonymous key exchange is not offered by the engine, so gnutls_credentials_set refuses it
#[no_mangle]
pub unsafe extern "C" fn gnutls_anon_allocate_client_credentials(sc: *mut gnutls_anon_client_credentials_t) -> c_int {
    // SAFETY: the caller's out parameter.
    entry! { unsafe { allocate(sc) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anon_free_server_credentials(sc: gnutls_anon_server_credentials_t) {
    // SAFETY: a handle from the allocator above, released once.
    entry! { unsafe { ffi::free_handle(sc) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anon_free_client_credentials(sc: gnutls_anon_client_credentials_t) {
    // SAFETY: a handle from the allocator above, released once.
    entry! { unsafe { ffi::free_handle(sc) } }
}

/// The parameters would serve anonymous DH only, which never happens.
#[no_mangle]
pub unsafe extern "C" fn gnutls_anon_set_server_dh_params(res: gnutls_anon_server_credentials_t, dh_params: gnutls_dh_params_t) {
    let _ = (res, dh_params);
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anon_set_server_known_dh_params(
    res: gnutls_anon_server_credentials_t,
    sec_param: gnutls_sec_param_t,
) -> c_int {
    entry! {
        if res.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let _ = sec_param;
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anon_set_server_params_function(res: gnutls_anon_server_credentials_t, func: gnutls_params_function) {
    let _ = (res, func);
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_anon_set_params_function(res: gnutls_anon_server_credentials_t, func: gnutls_params_function) {
    let _ = (res, func);
}

// rgnutls: partial: a container only; external PSK is not offered by rustls 0.23 (rustls/rustls#174), so keys cannot be set and gnutls_credentials_set refuses it
#[no_mangle]
pub unsafe extern "C" fn gnutls_psk_allocate_server_credentials(sc: *mut gnutls_psk_server_credentials_t) -> c_int {
    // SAFETY: the caller's out parameter.
    entry! { unsafe { allocate(sc) } }
}

// rgnutls: partial: a container only; external PSK is not offered by rustls 0.23 (rustls/rustls#174), so keys cannot be set and gnutls_credentials_set refuses it
#[no_mangle]
pub unsafe extern "C" fn gnutls_psk_allocate_client_credentials(sc: *mut gnutls_psk_client_credentials_t) -> c_int {
    // SAFETY: the caller's out parameter.
    entry! { unsafe { allocate(sc) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_psk_free_server_credentials(sc: gnutls_psk_server_credentials_t) {
    // SAFETY: a handle from the allocator above, released once.
    entry! { unsafe { ffi::free_handle(sc) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_psk_free_client_credentials(sc: gnutls_psk_client_credentials_t) {
    // SAFETY: a handle from the allocator above, released once.
    entry! { unsafe { ffi::free_handle(sc) } }
}
