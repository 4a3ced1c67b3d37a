//! gnutls_x509_crt_list_verify: a chain against CA and CRL handle arrays.
//! The logic is in rgnutls::x509::verify_list.
use super::common;
use super::crl::crl_list;
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crl::Crl;
use rgnutls::x509::crt::Crt;

#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_list_verify(cert_list: *const gnutls_x509_crt_t, cert_list_length: c_uint, ca_list: *const gnutls_x509_crt_t, ca_list_length: c_uint, crl_list_ptr: *const gnutls_x509_crl_t, crl_list_length: c_uint, flags: c_uint, verify: *mut c_uint) -> c_int {
    entry! {
        if cert_list.is_null() || cert_list_length == 0 {
            return errors::GNUTLS_E_NO_CERTIFICATE_FOUND;
        }
        // SAFETY: arrays of the given lengths per the API contract.
        let (Some(chain), Some(cas), Some(crls)) = (
            unsafe { common::crt_list(cert_list, cert_list_length as usize) },
            unsafe { common::crt_list(ca_list, ca_list_length as usize) },
            unsafe { crl_list(crl_list_ptr, crl_list_length as usize) },
        ) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: NULL or writable.
        let Some(out) = (unsafe { verify.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let chain: Vec<&Crt> = chain.iter().map(|c| c.as_ref()).collect();
        let cas: Vec<&Crt> = cas.iter().map(|c| c.as_ref()).collect();
        let crls: Vec<&Crl> = crls.iter().map(|c| c.as_ref()).collect();
        match rgnutls::x509::verify_list::list_verify(&chain, &cas, &crls, flags) {
            Ok(status) => { *out = status; 0 }
            Err(e) => e,
        }
    }
}
