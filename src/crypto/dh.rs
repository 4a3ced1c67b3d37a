//! Finite-field Diffie-Hellman parameters (gnutls_dh_params_t): a prime, a
//! generator and optionally the subgroup order, with the PKCS#3
//! `DHParameter` encoding. The TLS engine offers no FFDHE key exchange, so
//! these are only stored and converted, never used in a handshake.
use crate::encoding;
use crate::errors::{self, Code};
use der::asn1::UintRef;
use der::{Decode, Encode, Sequence};

/// PKCS#3: DHParameter ::= SEQUENCE { prime INTEGER, base INTEGER, privateValueLength INTEGER OPTIONAL }
#[derive(Sequence)]
struct DhParameter<'a> {
    prime: UintRef<'a>,
    base: UintRef<'a>,
    #[asn1(optional = "true")]
    private_value_length: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DhParams {
    /// Big-endian, without leading zeros.
    pub prime: Vec<u8>,
    pub generator: Vec<u8>,
    pub q: Option<Vec<u8>>,
    /// Private key size hint in bits (0 = none).
    pub key_bits: u32,
}

fn strip(v: &[u8]) -> Vec<u8> {
    let start = v.iter().position(|&b| b != 0).unwrap_or(v.len().saturating_sub(1));
    v[start..].to_vec()
}

impl DhParams {
    pub fn from_raw(prime: &[u8], generator: &[u8], q: Option<&[u8]>, key_bits: u32) -> Result<Self, Code> {
        if prime.is_empty() || generator.is_empty() {
            return Err(errors::GNUTLS_E_INVALID_REQUEST);
        }
        Ok(DhParams { prime: strip(prime), generator: strip(generator), q: q.map(strip), key_bits })
    }

    pub fn prime_bits(&self) -> u32 {
        let lead = self.prime.first().map_or(8, |b| b.leading_zeros());
        (self.prime.len() as u32 * 8).saturating_sub(lead)
    }

    /// PKCS#3 DER.
    pub fn to_der(&self) -> Result<Vec<u8>, Code> {
        let p = DhParameter {
            prime: UintRef::new(&self.prime).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?,
            base: UintRef::new(&self.generator).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?,
            private_value_length: (self.key_bits != 0).then_some(self.key_bits),
        };
        p.to_der().map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)
    }

    pub fn to_pem(&self) -> Result<String, Code> {
        Ok(encoding::pem_encode("DH PARAMETERS", &self.to_der()?))
    }

    pub fn from_der(der: &[u8]) -> Result<Self, Code> {
        let p = DhParameter::from_der(der).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        Self::from_raw(p.prime.as_bytes(), p.base.as_bytes(), None, p.private_value_length.unwrap_or(0))
    }

    pub fn from_pem(text: &[u8]) -> Result<Self, Code> {
        Self::from_der(&encoding::pem_decode(Some("DH PARAMETERS"), text)?.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn der_round_trip() {
        let p = DhParams::from_raw(&[0, 0xff, 0xfb], &[2], None, 0).unwrap();
        assert_eq!(p.prime_bits(), 16);
        let der = p.to_der().unwrap();
        assert_eq!(DhParams::from_der(&der).unwrap(), p);
        let pem = p.to_pem().unwrap();
        assert_eq!(DhParams::from_pem(pem.as_bytes()).unwrap(), p);
        assert!(DhParams::from_der(b"garbage").is_err());
    }
}
