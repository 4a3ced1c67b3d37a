//! gnutls_x509_privkey_*: a decoded private key (PKCS#1, SEC1, PKCS#8).
use super::common;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::Slot;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::privkey::PrivateKey;

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_init(key: *mut gnutls_x509_privkey_t) -> c_int {
    entry! {
        if key.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *key = ffi::new_handle::<gnutls_x509_privkey_int>(Slot::default()) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_deinit(key: gnutls_x509_privkey_t) {
    // SAFETY: made by gnutls_x509_privkey_init, or NULL.
    entry! { unsafe { ffi::free_handle(key) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_import2(key: gnutls_x509_privkey_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, password: *const c_char, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(bytes)) = (unsafe { ffi::handle(key) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: NULL or a C string.
        let pass = unsafe { ffi::cstr(password) };
        match PrivateKey::import(bytes, fmt, pass) {
            Ok(k) => { h.set(k); 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_import(key: gnutls_x509_privkey_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_privkey_import2(key, data, format, core::ptr::null(), 0) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_get_pk_algorithm(key: gnutls_x509_privkey_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { ffi::handle(key) }.and_then(|h| h.get()).map_or(errors::GNUTLS_E_INVALID_REQUEST, |k| k.pk_algorithm()) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_export(key: gnutls_x509_privkey_t, format: gnutls_x509_crt_fmt_t, output_data: *mut c_void, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = unsafe { ffi::handle(key) }.and_then(|h| h.get()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: caller buffer of *output_data_size bytes.
        unsafe { ffi::copy_out(output_data, output_data_size, &k.export(fmt), false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_export2(key: gnutls_x509_privkey_t, format: gnutls_x509_crt_fmt_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = unsafe { ffi::handle(key) }.and_then(|h| h.get()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: a writable datum.
        unsafe { ffi::set_datum(out, &k.export(fmt)) }
    }
}

/// gnutls_x509_privkey_fix: GnuTLS re-encodes the key from its numbers;
/// ours is always kept in a consistent encoding, so there is nothing to do.
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_fix(key: gnutls_x509_privkey_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { if unsafe { ffi::handle(key) }.is_some() { 0 } else { errors::GNUTLS_E_INVALID_REQUEST } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_cpy(dst: gnutls_x509_privkey_t, src: gnutls_x509_privkey_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(d), Some(k)) = (unsafe { ffi::handle(dst) }, unsafe { ffi::handle(src) }.and_then(|h| h.get())) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        d.set(PrivateKey::clone(&k));
        0
    }
}

/// gnutls_x509_privkey_set_flags: the flags only matter for keys exported
/// in GnuTLS's own formats (provable RSA keys); ours are always exported in
/// the compatible form, so they are accepted and ignored.
#[no_mangle]
pub extern "C" fn gnutls_x509_privkey_set_flags(key: gnutls_x509_privkey_t, flags: c_uint) {
    let _ = (key, flags);
}
