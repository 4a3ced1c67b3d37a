//! Certificate credentials: the minimum the session layer needs (allocate,
//! free, key file, trust file, system trust). The full set comes with the
//! certificate C API work, which replaces this file.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::CertificateCredentialsHandle;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::X509Format;
use std::path::Path;

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_allocate_credentials(res: *mut gnutls_certificate_credentials_t) -> c_int {
    entry! {
        if res.is_null() { return errors::GNUTLS_E_INVALID_REQUEST; }
        unsafe { *res = ffi::new_handle(CertificateCredentialsHandle::new()) };
        0
    }
}
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_free_credentials(sc: gnutls_certificate_credentials_t) {
    entry! { unsafe { ffi::free_handle(sc) } }
}
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_key_file(res: gnutls_certificate_credentials_t, certfile: *const c_char, keyfile: *const c_char, type_: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        let Some(h) = (unsafe { ffi::handle(res) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let (Some(c), Some(k)) = (unsafe { ffi::cstr(certfile) }, unsafe { ffi::cstr(keyfile) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = X509Format::from_raw(type_ as u32).unwrap();
        let mut w = h.write();
        let r = w.add_key_file(Path::new(c), Path::new(k), fmt, None);
        w.key_result_code(r)
    }
}
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_trust_file(res: gnutls_certificate_credentials_t, cafile: *const c_char, type_: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        let Some(h) = (unsafe { ffi::handle(res) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let Some(c) = (unsafe { ffi::cstr(cafile) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = X509Format::from_raw(type_ as u32).unwrap();
        match h.write().add_trust_file(Path::new(c), fmt) { Ok(n) => n as c_int, Err(e) => e }
    }
}
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_x509_system_trust(res: gnutls_certificate_credentials_t) -> c_int {
    entry! {
        let Some(h) = (unsafe { ffi::handle(res) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match h.write().add_system_trust() { Ok(n) => n as c_int, Err(e) => e }
    }
}
