//! gnutls_x509_rdn_get*: a DER-encoded Name (such as a CA name a server
//! sends in its CertificateRequest) as text.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::dn::{self, DnOrder};

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_rdn_get(idn: *const gnutls_datum_t, buf: *mut c_char, sizeof_buf: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(der) = (unsafe { ffi::datum(idn) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match dn::format(der, DnOrder::Encoded) {
            // SAFETY: caller buffer of *sizeof_buf bytes.
            Ok(t) => unsafe { super::crt::text_out(buf as *mut c_void, sizeof_buf, t.as_bytes()) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_rdn_get2(idn: *const gnutls_datum_t, str: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(der) = (unsafe { ffi::datum(idn) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let order = if flags & GNUTLS_X509_DN_FLAG_COMPAT as c_uint != 0 { DnOrder::Encoded } else { DnOrder::Rfc4514 };
        match dn::format(der, order) {
            // SAFETY: `str` is a writable datum.
            Ok(t) => unsafe { ffi::set_datum(str, t.as_bytes()) },
            Err(e) => e,
        }
    }
}
