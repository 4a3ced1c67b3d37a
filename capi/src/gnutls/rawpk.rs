//! Raw public keys (RFC 7250) as server credentials:
//! gnutls_certificate_set_rawpk_key_mem/_file. A session presents one when
//! it enabled raw keys (GNUTLS_ENABLE_RAWPK, CTYPE-SRV-RAWPK) and the client
//! asked for that type; see rgnutls::session::ServerCertTypes.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use crate::x509::common;
use rgnutls::errors;
use std::path::Path;

// rgnutls: partial: key_usage and the flags are ignored; a client asking for raw keys offers only them (rustls cannot offer both types), and rustls negotiates raw keys in TLS 1.3 only
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_rawpk_key_mem(cred: gnutls_certificate_credentials_t, spki: *const gnutls_datum_t, pkey: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, pass: *const c_char, key_usage: c_uint, names: *mut *const c_char, names_length: c_uint, flags: c_uint) -> c_int {
    let _ = (key_usage, flags);
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(cred) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        let (Some(spki), Some(key)) = (unsafe { ffi::datum(spki) }, unsafe { ffi::datum(pkey) }) else {
            return errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: as above.
        let pass = match unsafe { super::certificate::password(pass) } { Ok(p) => p, Err(e) => return e };
        // SAFETY: as above.
        let names = unsafe { ffi::cstr_list(names, names_length as usize) };
        let mut c = h.write();
        let r = c.add_rawpk_mem(spki, key, fmt, pass, names);
        c.key_result_code(r)
    }
}

// rgnutls: partial: as gnutls_certificate_set_rawpk_key_mem; PKCS #11 URLs are not supported
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_rawpk_key_file(cred: gnutls_certificate_credentials_t, rawpkfile: *const c_char, privkeyfile: *const c_char, format: gnutls_x509_crt_fmt_t, pass: *const c_char, key_usage: c_uint, names: *mut *const c_char, names_length: c_uint, privkey_flags: c_uint, pkcs11_flags: c_uint) -> c_int {
    let _ = (key_usage, privkey_flags, pkcs11_flags);
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(cred) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        let (Some(spki), Some(key)) = (unsafe { ffi::cstr(rawpkfile) }, unsafe { ffi::cstr(privkeyfile) }) else {
            return errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: as above.
        let pass = match unsafe { super::certificate::password(pass) } { Ok(p) => p, Err(e) => return e };
        // SAFETY: as above.
        let names = unsafe { ffi::cstr_list(names, names_length as usize) };
        let mut c = h.write();
        let r = c.add_rawpk_file(Path::new(spki), Path::new(key), fmt, pass, names);
        c.key_result_code(r)
    }
}
