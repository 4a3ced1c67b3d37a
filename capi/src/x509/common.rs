//! Small conversions the X.509 entry points share.
use crate::ctypes::*;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crt::Crt;
use rgnutls::x509::X509Format;
use std::sync::Arc;

/// `gnutls_x509_crt_fmt_t` to the core's format.
pub fn format(value: gnutls_x509_crt_fmt_t) -> Result<X509Format, c_int> {
    u32::try_from(value)
        .map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)
        .and_then(X509Format::from_raw)
}

/// The certificate behind a handle; NULL or not imported yet gives `None`.
///
/// # Safety
/// `crt` is NULL or a live gnutls_x509_crt_t.
pub unsafe fn crt(crt: gnutls_x509_crt_t) -> Option<Arc<Crt>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(crt) }?.get()
}

/// Collects the certificates of a C array of handles; a NULL or empty
/// handle fails the whole list.
///
/// # Safety
/// `list` is NULL (with `n` 0) or points to `n` handles.
pub unsafe fn crt_list(list: *const gnutls_x509_crt_t, n: usize) -> Option<Vec<Arc<Crt>>> {
    if n == 0 {
        return Some(Vec::new());
    }
    if list.is_null() {
        return None;
    }
    // SAFETY: per the caller's contract.
    let handles = unsafe { core::slice::from_raw_parts(list, n) };
    handles.iter().map(|h| unsafe { crt(*h) }).collect()
}
