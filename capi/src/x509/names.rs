//! Name lookups and conversions of x509.h with no object: verification
//! profiles, PKCS encryption schemas, CIDR ranges.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::algorithms::cname;
use crate::types::*;
use rgnutls::algorithms::names;
use rgnutls::errors;

#[no_mangle]
pub extern "C" fn gnutls_certificate_verification_profile_get_name(
    id: gnutls_certificate_verification_profiles_t,
) -> *const c_char {
    entry! { names::verification_profile_name(id).map_or(core::ptr::null(), cname) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_verification_profile_get_id(
    name: *const c_char,
) -> gnutls_certificate_verification_profiles_t {
    entry! {
        // SAFETY: NULL or a C string, per the API.
        unsafe { ffi::cstr(name) }.map_or(0, names::verification_profile_id)
    }
}

#[no_mangle]
pub extern "C" fn gnutls_pkcs_schema_get_name(schema: c_uint) -> *const c_char {
    entry! { names::pkcs_schema_name(schema).map_or(core::ptr::null(), cname) }
}

#[no_mangle]
pub extern "C" fn gnutls_pkcs_schema_get_oid(schema: c_uint) -> *const c_char {
    entry! { names::pkcs_schema_oid(schema).map_or(core::ptr::null(), cname) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_cidr_to_rfc5280(cidr: *const c_char, cidr_rfc5280: *mut gnutls_datum_t) -> c_int {
    entry! {
        if cidr_rfc5280.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: NULL or a C string, per the API.
        let Some(text) = (unsafe { ffi::cstr(cidr) }) else { return errors::GNUTLS_E_MALFORMED_CIDR };
        match rgnutls::x509::cidr::to_rfc5280(text) {
            // SAFETY: a writable datum, per the API.
            Ok(bytes) => unsafe { ffi::set_datum(cidr_rfc5280, &bytes) },
            Err(code) => code,
        }
    }
}
