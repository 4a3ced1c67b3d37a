//! Subject public key parameters (gnutls_x509_spki_t): the public-key
//! algorithm a key is restricted to and, for RSA-PSS, the digest and salt
//! size. Keys and certificates report or accept these parameters.

use crate::algorithms::pk;
use crate::errors::{self, Code};

/// RSA-PSS restrictions: the hash and the salt length in bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RsaPssParams {
    pub digest: i32,
    pub salt_size: u32,
}

/// A gnutls_x509_spki_t: starts empty (unknown algorithm).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spki {
    pub pk: i32,
    pub rsa_pss: Option<RsaPssParams>,
}

impl Spki {
    /// gnutls_x509_spki_set_rsa_pss_params: the parameters make it RSA-PSS.
    pub fn set_rsa_pss_params(&mut self, digest: i32, salt_size: u32) {
        self.pk = pk::RSA_PSS;
        self.rsa_pss = Some(RsaPssParams { digest, salt_size });
    }

    /// gnutls_x509_spki_get_rsa_pss_params: nothing set yet is "not
    /// available"; another algorithm is an invalid request.
    pub fn rsa_pss_params(&self) -> Result<RsaPssParams, Code> {
        match (self.pk, self.rsa_pss) {
            (pk::UNKNOWN, _) => Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE),
            (pk::RSA_PSS, Some(p)) => Ok(p),
            (pk::RSA_PSS, None) => Ok(RsaPssParams::default()),
            _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
        }
    }

    /// The parameters of a key of algorithm `key_pk`, as the *_get_spki
    /// functions report them: only RSA-PSS keys carry any.
    pub fn of_key(key_pk: i32) -> Result<Self, Code> {
        if key_pk == pk::RSA_PSS {
            Ok(Self { pk: key_pk, rsa_pss: None })
        } else {
            Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
        }
    }

    /// Whether the *_set_spki functions can apply these parameters to a key
    /// of algorithm `key_pk`. Restating the key's own algorithm is a no-op;
    /// turning a key into another algorithm (RSA into RSA-PSS) is not
    /// supported.
    pub fn check_applies_to(&self, key_pk: i32) -> Result<(), Code> {
        match self.pk {
            pk::UNKNOWN => Err(errors::GNUTLS_E_INVALID_REQUEST),
            p if p == key_pk && self.rsa_pss.is_none() => Ok(()),
            _ => Err(errors::GNUTLS_E_UNIMPLEMENTED_FEATURE),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_spki_has_nothing() {
        let s = Spki::default();
        assert_eq!(s.rsa_pss_params(), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
        assert_eq!(s.check_applies_to(pk::RSA), Err(errors::GNUTLS_E_INVALID_REQUEST));
    }

    #[test]
    fn pss_params_round_trip() {
        let mut s = Spki::default();
        s.set_rsa_pss_params(6, 32);
        assert_eq!(s.pk, pk::RSA_PSS);
        assert_eq!(s.rsa_pss_params(), Ok(RsaPssParams { digest: 6, salt_size: 32 }));
    }

    #[test]
    fn keys_report_and_accept_their_own_algorithm() {
        assert_eq!(Spki::of_key(pk::RSA), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
        let s = Spki::of_key(pk::RSA_PSS).unwrap();
        assert_eq!(s.check_applies_to(pk::RSA_PSS), Ok(()));
        let rsa = Spki { pk: pk::RSA, rsa_pss: None };
        assert_eq!(rsa.check_applies_to(pk::RSA), Ok(()));
        assert_eq!(rsa.check_applies_to(pk::ECDSA), Err(errors::GNUTLS_E_UNIMPLEMENTED_FEATURE));
    }
}
