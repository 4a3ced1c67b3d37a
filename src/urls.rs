//! URLs that name keys and certificates kept outside files (`gnutls/urls.h`):
//! PKCS#11 tokens (`pkcs11:`), TPM keys (`tpmkey:`), system key stores
//! (`system:`), and schemes an application registers with
//! `gnutls_register_custom_url` (the registry holds C callbacks, so it lives
//! in the C layer). rgnutls has none of the built-in back ends: only
//! registered schemes resolve, and the built-in ones fail the way GnuTLS
//! fails for a back end it was built without.

use crate::errors::{self, Code};

/// The back ends GnuTLS recognises by URL prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Pkcs11,
    Tpm,
    System,
}

/// Which back end `url` names, if it is one of the built-in ones.
pub fn builtin(url: &[u8]) -> Option<Builtin> {
    [(b"pkcs11:".as_slice(), Builtin::Pkcs11), (b"tpmkey:", Builtin::Tpm), (b"system:", Builtin::System)]
        .into_iter()
        .find(|(prefix, _)| url.starts_with(prefix))
        .map(|(_, b)| b)
}

/// What is being imported through a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Object {
    PrivateKey,
    Certificate,
    PublicKey,
}

/// The error for a URL no registered scheme takes. GnuTLS 3.7.9 answers
/// per back end and object: a back end that exists for that object but is
/// not built in is "unimplemented", anything else is an invalid request.
/// PKCS#11 is never built in here.
pub fn unhandled(url: &[u8], object: Object) -> Code {
    match (builtin(url), object) {
        (Some(Builtin::Pkcs11), _) => errors::GNUTLS_E_UNIMPLEMENTED_FEATURE,
        (Some(Builtin::Tpm), Object::PrivateKey | Object::PublicKey) => errors::GNUTLS_E_UNIMPLEMENTED_FEATURE,
        (Some(Builtin::System), Object::PrivateKey | Object::Certificate) => errors::GNUTLS_E_UNIMPLEMENTED_FEATURE,
        _ => errors::GNUTLS_E_INVALID_REQUEST,
    }
}

/// Whether `url` starts with the registered scheme `name` (which includes
/// its colon). `gnutls_url_is_supported` compares without regard to case,
/// the imports exactly: GnuTLS 3.7.9 does so, and programs see the difference.
pub fn has_scheme(url: &[u8], name: &[u8], ignore_case: bool) -> bool {
    !name.is_empty()
        && url.len() >= name.len()
        && if ignore_case {
            url[..name.len()].eq_ignore_ascii_case(name)
        } else {
            url.starts_with(name)
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_schemes_fail_as_gnutls_without_the_back_end() {
        assert_eq!(unhandled(b"pkcs11:token=x", Object::Certificate), errors::GNUTLS_E_UNIMPLEMENTED_FEATURE);
        assert_eq!(unhandled(b"tpmkey:uuid=1", Object::PrivateKey), errors::GNUTLS_E_UNIMPLEMENTED_FEATURE);
        assert_eq!(unhandled(b"tpmkey:uuid=1", Object::Certificate), errors::GNUTLS_E_INVALID_REQUEST);
        assert_eq!(unhandled(b"system:x", Object::PublicKey), errors::GNUTLS_E_INVALID_REQUEST);
        assert_eq!(unhandled(b"system:x", Object::Certificate), errors::GNUTLS_E_UNIMPLEMENTED_FEATURE);
        assert_eq!(unhandled(b"/etc/key.pem", Object::PrivateKey), errors::GNUTLS_E_INVALID_REQUEST);
        assert_eq!(unhandled(b"", Object::PublicKey), errors::GNUTLS_E_INVALID_REQUEST);
    }

    #[test]
    fn scheme_match_case_rules() {
        assert!(has_scheme(b"rgtest:one", b"rgtest:", false));
        assert!(!has_scheme(b"RGTEST:one", b"rgtest:", false));
        assert!(has_scheme(b"RGTEST:one", b"rgtest:", true));
        assert!(!has_scheme(b"rgtest", b"rgtest:", true));
        assert!(!has_scheme(b"anything", b"", true));
    }
}
