//! Private key generation (gnutls_x509_privkey_generate): RSA with the
//! `rsa` crate (ring cannot make RSA keys), ECDSA and Ed25519 with ring.
//! Keys are kept in the structure GnuTLS exports them in: PKCS#1 for RSA,
//! SEC1 for ECDSA, PKCS#8 for Ed25519.

use der::{Decode, Encode};
use ring::rand::SystemRandom;
use ring::signature::{self as rs, EcdsaKeyPair, Ed25519KeyPair};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs1KeyDer, PrivatePkcs8KeyDer, PrivateSec1KeyDer};

use super::privkey::PrivateKey;
use crate::algorithms::{curve, pk, secparam};
use crate::errors::{self, Code};

/// Bit in a `bits` argument that says it carries a curve id (GNUTLS_CURVE_TO_BITS).
const BITS_ARE_CURVE: u32 = 1 << 31;
const MIN_RSA_BITS: u32 = 512;
const MAX_RSA_BITS: u32 = 16384;

/// gnutls_x509_privkey_generate: a fresh key of type `pk_id`. `bits` is a
/// size, or a curve id marked with GNUTLS_CURVE_TO_BITS.
pub fn generate(pk_id: i32, bits: u32) -> Result<PrivateKey, Code> {
    let der = match pk_id {
        pk::RSA => rsa_key(bits)?,
        pk::ECDSA => ecdsa_key(ecdsa_curve(bits)?)?,
        pk::EDDSA_ED25519 => ed25519_key()?,
        _ => return Err(errors::GNUTLS_E_UNKNOWN_PK_ALGORITHM),
    };
    PrivateKey::from_der(der)
}

/// gnutls_x509_privkey_generate with bits from gnutls_sec_param_to_pk_bits.
pub fn generate_for_sec_param(pk_id: i32, param: i32) -> Result<PrivateKey, Code> {
    generate(pk_id, secparam::to_pk_bits(pk_id, param))
}

fn rsa_key(bits: u32) -> Result<PrivateKeyDer<'static>, Code> {
    if !(MIN_RSA_BITS..=MAX_RSA_BITS).contains(&bits) {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    let key = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, bits as usize)
        .map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    let der = key.to_pkcs1_der().map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    Ok(PrivatePkcs1KeyDer::from(der.as_bytes().to_vec()).into())
}

/// The curve an ECDSA `bits` argument names: a marked curve id, or a size.
fn ecdsa_curve(bits: u32) -> Result<i32, Code> {
    if bits & BITS_ARE_CURVE != 0 {
        return i32::try_from(bits & !BITS_ARE_CURVE).map_err(|_| errors::GNUTLS_E_ECC_UNSUPPORTED_CURVE);
    }
    match bits {
        0..=256 => Ok(curve::SECP256R1),
        257..=384 => Ok(curve::SECP384R1),
        _ => Err(errors::GNUTLS_E_ECC_UNSUPPORTED_CURVE),
    }
}

fn ecdsa_key(curve_id: i32) -> Result<PrivateKeyDer<'static>, Code> {
    let alg = match curve_id {
        curve::SECP256R1 => &rs::ECDSA_P256_SHA256_ASN1_SIGNING,
        curve::SECP384R1 => &rs::ECDSA_P384_SHA384_ASN1_SIGNING,
        _ => return Err(errors::GNUTLS_E_ECC_UNSUPPORTED_CURVE),
    };
    let p8 = EcdsaKeyPair::generate_pkcs8(alg, &SystemRandom::new())
        .map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    Ok(PrivateSec1KeyDer::from(pkcs8_to_sec1(p8.as_ref())?).into())
}

fn ed25519_key() -> Result<PrivateKeyDer<'static>, Code> {
    let p8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
        .map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    // ring writes the v2 form with the public key; GnuTLS writes v1.
    let info = pkcs8::PrivateKeyInfo::from_der(p8.as_ref()).map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    let v1 = pkcs8::PrivateKeyInfo { public_key: None, ..info };
    let der = v1.to_der().map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    Ok(PrivatePkcs8KeyDer::from(der).into())
}

/// An EC PKCS#8 key as a SEC1 ECPrivateKey that names its curve.
pub(crate) fn pkcs8_to_sec1(p8: &[u8]) -> Result<Vec<u8>, Code> {
    let info = pkcs8::PrivateKeyInfo::from_der(p8).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let curve: der::asn1::ObjectIdentifier = info
        .algorithm
        .parameters
        .ok_or(errors::GNUTLS_E_ASN1_DER_ERROR)?
        .decode_as()
        .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let inner = sec1::EcPrivateKey::from_der(info.private_key).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let with_curve = sec1::EcPrivateKey {
        parameters: Some(sec1::EcParameters::NamedCurve(curve)),
        ..inner
    };
    with_curve.to_der().map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_each_type() {
        for (id, bits, want_bits) in [
            (pk::ECDSA, 256, 256),
            (pk::ECDSA, BITS_ARE_CURVE | curve::SECP384R1 as u32, 384),
            (pk::EDDSA_ED25519, 0, 256),
            (pk::RSA, 2048, 2048),
        ] {
            let key = generate(id, bits).unwrap();
            assert_eq!(key.pk_algorithm(), id);
            assert_eq!(key.bits(), want_bits);
            // The PKCS#8 form loads back as the same key.
            let again = PrivateKey::from_der(PrivatePkcs8KeyDer::from(key.to_pkcs8().unwrap()).into()).unwrap();
            assert_eq!(again.spki(), key.spki());
        }
    }

    #[test]
    fn rejects_bad_sizes() {
        assert!(generate(pk::RSA, 100).is_err());
        assert!(generate(pk::ECDSA, 1024).is_err());
        assert!(generate(pk::DSA, 2048).is_err());
    }
}
