//! gnutls_encode_rs_value / gnutls_decode_rs_value: the DSA/ECDSA
//! signature value codec (rgnutls::crypto::dss_sig).
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::crypto::dss_sig;
use rgnutls::errors;

#[no_mangle]
pub unsafe extern "C" fn gnutls_encode_rs_value(
    sig_value: *mut gnutls_datum_t,
    r: *const gnutls_datum_t,
    s: *const gnutls_datum_t,
) -> c_int {
    entry! {
        // SAFETY: NULL or live datums, per the API.
        let (Some(r), Some(s)) = (unsafe { ffi::datum(r) }, unsafe { ffi::datum(s) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        match dss_sig::encode(r, s) {
            // SAFETY: a writable datum (checked for NULL inside).
            Ok(der) => unsafe { ffi::set_datum(sig_value, &der) },
            Err(code) => code,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_decode_rs_value(
    sig_value: *const gnutls_datum_t,
    r: *mut gnutls_datum_t,
    s: *mut gnutls_datum_t,
) -> c_int {
    entry! {
        // SAFETY: NULL or a live datum, per the API.
        let Some(der) = (unsafe { ffi::datum(sig_value) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if r.is_null() || s.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let (rv, sv) = match dss_sig::decode(der) {
            Ok(pair) => pair,
            Err(code) => return code,
        };
        // SAFETY: writable datums, per the API.
        let ret = unsafe { ffi::set_datum(r, &rv) };
        if ret < 0 {
            return ret;
        }
        // SAFETY: as above.
        let ret = unsafe { ffi::set_datum(s, &sv) };
        if ret < 0 {
            // SAFETY: `r` was just filled with our malloc block.
            unsafe {
                libc::free((*r).data as *mut c_void);
                (*r).data = core::ptr::null_mut();
                (*r).size = 0;
            }
        }
        ret
    }
}
