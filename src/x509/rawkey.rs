//! The numbers inside a private key, as gnutls_x509_privkey_export_rsa_raw2
//! and gnutls_x509_privkey_export_ecc_raw hand them out: big-endian
//! integers without leading zero bytes, plus one zero byte where the top
//! bit is set (so they read as positive), as GnuTLS prints them.

use der::Decode;

use super::privkey::PrivateKey;
use crate::algorithms::{curve, pk};
use crate::errors::{self, Code};

/// The parts of an RSA private key (PKCS#1 order).
#[derive(Debug)]
pub struct RsaParts {
    pub modulus: Vec<u8>,
    pub public_exponent: Vec<u8>,
    pub private_exponent: Vec<u8>,
    pub prime1: Vec<u8>,
    pub prime2: Vec<u8>,
    /// q^-1 mod p.
    pub coefficient: Vec<u8>,
    pub exponent1: Vec<u8>,
    pub exponent2: Vec<u8>,
}

/// The parts of an elliptic-curve key. `y` is empty for Edwards curves,
/// whose `x` is the encoded public key and `k` the raw private key.
#[derive(Debug)]
pub struct EcParts {
    pub curve: i32,
    pub x: Vec<u8>,
    pub y: Vec<u8>,
    pub k: Vec<u8>,
}

/// An unsigned big-endian integer in GnuTLS's printed form.
pub fn positive_int(bytes: &[u8]) -> Vec<u8> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    let trimmed = &bytes[start..];
    match trimmed.first() {
        None => vec![0],
        Some(&b) if b & 0x80 != 0 => [&[0u8][..], trimmed].concat(),
        Some(_) => trimmed.to_vec(),
    }
}

fn asn1_err<E>(_: E) -> Code {
    errors::GNUTLS_E_ASN1_DER_ERROR
}

/// gnutls_x509_privkey_export_rsa_raw2's numbers.
pub fn rsa_parts(key: &PrivateKey) -> Result<RsaParts, Code> {
    // An external key (gnutls_privkey_import_ext*) keeps its numbers.
    if key.pk_algorithm() != pk::RSA && key.pk_algorithm() != pk::RSA_PSS || key.der().is_none() {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    let (_, der) = key.native();
    let k = pkcs1::RsaPrivateKey::from_der(&der).map_err(asn1_err)?;
    let int = |u: pkcs1::UintRef<'_>| positive_int(u.as_bytes());
    Ok(RsaParts {
        modulus: int(k.modulus),
        public_exponent: int(k.public_exponent),
        private_exponent: int(k.private_exponent),
        prime1: int(k.prime1),
        prime2: int(k.prime2),
        coefficient: int(k.coefficient),
        exponent1: int(k.exponent1),
        exponent2: int(k.exponent2),
    })
}

/// gnutls_x509_privkey_export_ecc_raw's numbers.
pub fn ec_parts(key: &PrivateKey) -> Result<EcParts, Code> {
    if key.der().is_none() {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    match key.pk_algorithm() {
        pk::ECDSA => ecdsa_parts(key),
        pk::EDDSA_ED25519 => ed25519_parts(key),
        _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
    }
}

fn ecdsa_parts(key: &PrivateKey) -> Result<EcParts, Code> {
    let (_, der) = key.native();
    let ec = sec1::EcPrivateKey::from_der(&der).map_err(asn1_err)?;
    let curve_oid = ec.parameters.and_then(|p| p.named_curve()).ok_or(errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let curve = curve::by_oid(&curve_oid.to_string()).map_or(curve::INVALID, |c| c.id);
    // The public point: from the key, or from the SPKI when the key omits it.
    let point = match ec.public_key {
        Some(p) => p.to_vec(),
        None => key.spki().and_then(|s| super::load::spki_key_bits(&s)).ok_or(errors::GNUTLS_E_INVALID_REQUEST)?,
    };
    // Uncompressed form only: 04 || x || y.
    let coords = point.strip_prefix(&[4u8]).filter(|c| !c.is_empty() && c.len() % 2 == 0).ok_or(errors::GNUTLS_E_ECC_UNSUPPORTED_CURVE)?;
    let (x, y) = coords.split_at(coords.len() / 2);
    Ok(EcParts { curve, x: positive_int(x), y: positive_int(y), k: positive_int(ec.private_key) })
}

fn ed25519_parts(key: &PrivateKey) -> Result<EcParts, Code> {
    let p8 = key.to_pkcs8()?;
    let info = pkcs8::PrivateKeyInfo::from_der(&p8).map_err(asn1_err)?;
    // The private key field wraps the 32-byte seed in an OCTET STRING.
    let seed = der::asn1::OctetStringRef::from_der(info.private_key).map_err(asn1_err)?;
    let public = key.spki().and_then(|s| super::load::spki_key_bits(&s)).ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    Ok(EcParts { curve: curve::ED25519, x: public, y: Vec::new(), k: seed.as_bytes().to_vec() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::keygen;

    #[test]
    fn positive_int_trims_and_pads() {
        assert_eq!(positive_int(&[0, 0, 0x12]), vec![0x12]);
        assert_eq!(positive_int(&[0x80, 1]), vec![0, 0x80, 1]);
        assert_eq!(positive_int(&[0, 0x90]), vec![0, 0x90]);
        assert_eq!(positive_int(&[]), vec![0]);
    }

    #[test]
    fn ecdsa_parts_of_generated_key() {
        let k = keygen::generate(pk::ECDSA, 256).unwrap();
        let p = ec_parts(&k).unwrap();
        assert_eq!(p.curve, curve::SECP256R1);
        assert!((31..=33).contains(&p.x.len()) && (31..=33).contains(&p.k.len()));
        assert!(rsa_parts(&k).is_err());
    }

    #[test]
    fn rsa_parts_of_generated_key() {
        let k = keygen::generate(pk::RSA, 2048).unwrap();
        let p = rsa_parts(&k).unwrap();
        assert_eq!(p.modulus.len(), 257);
        assert_eq!(p.public_exponent, vec![1, 0, 1]);
    }
}
