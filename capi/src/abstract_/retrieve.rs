//! gnutls_certificate_set_retrieve_function2/3: the callbacks of abstract.h
//! that choose the certificate during the handshake (the machinery is in
//! gnutls/retrieve.rs).
use crate::entry;
use crate::gnutls::retrieve::{set, RetrieveFn};
use crate::types::*;

#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_retrieve_function2(
    cred: gnutls_certificate_credentials_t,
    func: gnutls_certificate_retrieve_function2,
) {
    // SAFETY: live handle or NULL.
    entry! { unsafe { set(cred, func.map(|f| RetrieveFn::Pcert(Some(f)))) } }
}

// rgnutls: partial: of the OCSP responses returned, the first (the leaf's) is stapled
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_retrieve_function3(
    cred: gnutls_certificate_credentials_t,
    func: gnutls_certificate_retrieve_function3,
) {
    // SAFETY: live handle or NULL.
    entry! { unsafe { set(cred, func.map(|f| RetrieveFn::Info(Some(f)))) } }
}
