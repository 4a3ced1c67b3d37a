//! The numbers of a public key (a SubjectPublicKeyInfo), as
//! gnutls_pubkey_export_{rsa,ecc}_raw* hand them out and
//! gnutls_pubkey_import_{rsa,ecc}_raw take them, and gnutls_pubkey_print.

use std::fmt::Write;

use der::asn1::{AnyRef, BitString, ObjectIdentifier, UintRef};
use der::{Decode, Encode};
use spki::{AlgorithmIdentifierOwned, SubjectPublicKeyInfoOwned, SubjectPublicKeyInfoRef};

use super::rawkey::positive_int;
use crate::algorithms::{curve, pk};
use crate::errors::{self, Code};

const OID_RSA: &str = "1.2.840.113549.1.1.1";
const OID_EC: &str = "1.2.840.10045.2.1";

fn der_err<E>(_: E) -> Code {
    errors::GNUTLS_E_ASN1_DER_ERROR
}

/// How integers are handed out: GnuTLS's default prefixes a zero byte when
/// the top bit is set (so they read as positive); GNUTLS_EXPORT_FLAG_NO_LZ
/// gives the bare magnitude.
pub fn export_int(bytes: &[u8], no_leading_zero: bool) -> Vec<u8> {
    let int = positive_int(bytes);
    if no_leading_zero && int.len() > 1 && int[0] == 0 {
        int[1..].to_vec()
    } else {
        int
    }
}

/// The RSA modulus and exponent of a SubjectPublicKeyInfo (RSA or
/// RSA-PSS), as encoded. Errors: not an RSA key (GNUTLS_E_INVALID_REQUEST).
pub fn rsa_public(spki_der: &[u8]) -> Result<(Vec<u8>, Vec<u8>), Code> {
    match super::crt::spki_algorithm(spki_der) {
        Some((pk::RSA | pk::RSA_PSS, _)) => {}
        _ => return Err(errors::GNUTLS_E_INVALID_REQUEST),
    }
    let info = SubjectPublicKeyInfoRef::from_der(spki_der).map_err(der_err)?;
    let rsa = pkcs1::RsaPublicKey::from_der(info.subject_public_key.raw_bytes()).map_err(der_err)?;
    Ok((rsa.modulus.as_bytes().to_vec(), rsa.public_exponent.as_bytes().to_vec()))
}

/// An elliptic-curve public key: its curve, and x and y (ECDSA; big-endian
/// field elements) or the encoded key in `x` alone (EdDSA).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EcPublic {
    pub curve: i32,
    pub x: Vec<u8>,
    pub y: Option<Vec<u8>>,
}

/// The curve and point of an ECDSA or EdDSA SubjectPublicKeyInfo. Errors:
/// another kind of key (GNUTLS_E_INVALID_REQUEST).
pub fn ecc_public(spki_der: &[u8]) -> Result<EcPublic, Code> {
    let info = SubjectPublicKeyInfoRef::from_der(spki_der).map_err(der_err)?;
    let key = info.subject_public_key.raw_bytes();
    match super::crt::spki_algorithm(spki_der) {
        Some((pk::ECDSA, _)) => {
            let curve_oid = info
                .algorithm
                .parameters
                .and_then(|p| p.decode_as::<ObjectIdentifier>().ok())
                .ok_or(errors::GNUTLS_E_ASN1_DER_ERROR)?;
            let curve = curve::by_oid(&curve_oid.to_string()).map_or(curve::INVALID, |c| c.id);
            // Uncompressed form only: 04 || x || y.
            let coords = key
                .strip_prefix(&[4u8])
                .filter(|c| !c.is_empty() && c.len() % 2 == 0)
                .ok_or(errors::GNUTLS_E_ECC_UNSUPPORTED_CURVE)?;
            let (x, y) = coords.split_at(coords.len() / 2);
            Ok(EcPublic { curve, x: x.to_vec(), y: Some(y.to_vec()) })
        }
        Some((pk::EDDSA_ED25519, _)) => Ok(EcPublic { curve: curve::ED25519, x: key.to_vec(), y: None }),
        Some((pk::EDDSA_ED448, _)) => Ok(EcPublic { curve: curve::ED448, x: key.to_vec(), y: None }),
        _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
    }
}

fn spki_der(algorithm: &str, parameters: Option<der::Any>, key: &[u8]) -> Result<Vec<u8>, Code> {
    let info = SubjectPublicKeyInfoOwned {
        algorithm: AlgorithmIdentifierOwned {
            oid: ObjectIdentifier::new(algorithm).map_err(der_err)?,
            parameters,
        },
        subject_public_key: BitString::from_bytes(key).map_err(der_err)?,
    };
    info.to_der().map_err(der_err)
}

fn strip_zeros(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    &bytes[start..]
}

/// gnutls_pubkey_import_rsa_raw: an rsaEncryption SubjectPublicKeyInfo.
/// Errors: an empty modulus or exponent (GNUTLS_E_INVALID_REQUEST).
pub fn rsa_spki(modulus: &[u8], exponent: &[u8]) -> Result<Vec<u8>, Code> {
    let (m, e) = (strip_zeros(modulus), strip_zeros(exponent));
    if m.is_empty() || e.is_empty() {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    let key = pkcs1::RsaPublicKey {
        modulus: UintRef::new(m).map_err(der_err)?,
        public_exponent: UintRef::new(e).map_err(der_err)?,
    }
    .to_der()
    .map_err(der_err)?;
    spki_der(OID_RSA, Some(der::Any::from(AnyRef::NULL)), &key)
}

/// gnutls_pubkey_import_ecc_raw: an ECDSA key from its coordinates (each
/// padded to the field size), or an EdDSA key from its encoding in `x`.
/// Errors: an unknown or non-signing curve, a missing y, or numbers that
/// do not fit the curve (GNUTLS_E_INVALID_REQUEST).
pub fn ecc_spki(curve_id: i32, x: &[u8], y: Option<&[u8]>) -> Result<Vec<u8>, Code> {
    let info = curve::CURVES
        .iter()
        .find(|c| c.id == curve_id)
        .ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    match info.pk {
        pk::ECDSA => {
            let y = y.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
            let mut point = vec![4u8];
            for coord in [x, y] {
                let c = strip_zeros(coord);
                if c.len() > info.size {
                    return Err(errors::GNUTLS_E_INVALID_REQUEST);
                }
                point.extend(std::iter::repeat_n(0u8, info.size - c.len()));
                point.extend_from_slice(c);
            }
            let params = der::Any::from(&ObjectIdentifier::new(info.oid).map_err(der_err)?);
            spki_der(OID_EC, Some(params), &point)
        }
        pk::EDDSA_ED25519 | pk::EDDSA_ED448 => {
            if x.len() != info.size {
                return Err(errors::GNUTLS_E_INVALID_REQUEST);
            }
            spki_der(info.oid, None, x)
        }
        _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
    }
}

/// gnutls_pubkey_print: the same text whatever the format asked for.
pub fn print(spki_der: &[u8]) -> String {
    let (pk_id, bits) = super::crt::spki_algorithm(spki_der).unwrap_or((0, 0));
    let mut out = String::from("Public Key Information:\n");
    let _ = writeln!(out, "\tPublic Key Algorithm: {}", pk::get_name(pk_id));
    let level = crate::algorithms::secparam::from_pk_bits(pk_id, bits);
    let _ = writeln!(out, "\tAlgorithm Security Level: {} ({bits} bits)", crate::algorithms::secparam::get_name(level));
    super::print_ext::key_params_spki(spki_der, &mut out);
    out.push_str("\nPublic Key ID:\n");
    for (name, flags) in [("sha1", 0), ("sha256", 1)] {
        if let Ok(id) = super::crt::key_id(spki_der, flags) {
            let _ = writeln!(out, "\t{name}:{}", crate::encoding::hex_encode(&id));
        }
    }
    let pin = crate::crypto::hash::hash(crate::algorithms::digest::SHA256, spki_der)
        .map(|h| crate::encoding::base64_encode(&h))
        .unwrap_or_default();
    let _ = writeln!(out, "Public Key PIN:\n\tpin-sha256:{pin}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::crt::Crt;
    use crate::x509::X509Format;

    fn spki_of(path: &str) -> Vec<u8> {
        let data = std::fs::read(format!("{}/tests/certs/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        Crt::import(&data, X509Format::Pem).unwrap().spki().to_vec()
    }

    #[test]
    fn rsa_round_trip() {
        let spki = spki_of("keys/rsa.pem");
        let (m, e) = rsa_public(&spki).unwrap();
        assert_eq!(export_int(&m, false).len(), 257);
        assert_eq!(export_int(&m, true).len(), 256);
        assert_eq!(export_int(&e, false), [1, 0, 1]);
        assert_eq!(rsa_spki(&export_int(&m, false), &e).unwrap(), spki);
        assert_eq!(rsa_public(&spki_of("keys/ec256.pem")), Err(errors::GNUTLS_E_INVALID_REQUEST));
    }

    #[test]
    fn ecc_round_trip() {
        for path in ["keys/ec256.pem", "keys/ec384.pem", "keys/ed25519.pem"] {
            let spki = spki_of(path);
            let k = ecc_public(&spki).unwrap();
            assert_eq!(ecc_spki(k.curve, &k.x, k.y.as_deref()).unwrap(), spki, "{path}");
        }
        let k = ecc_public(&spki_of("keys/ec256.pem")).unwrap();
        assert_eq!(k.curve, curve::SECP256R1);
        // shorter coordinates are padded to the field size
        let y = k.y.clone().unwrap();
        let short = &y[1..];
        assert!(ecc_spki(k.curve, &k.x, Some(short)).is_ok());
        assert_eq!(ecc_spki(curve::SECP256R1, &k.x, None), Err(errors::GNUTLS_E_INVALID_REQUEST));
        assert_eq!(ecc_spki(curve::ED25519, &[1; 33], None), Err(errors::GNUTLS_E_INVALID_REQUEST));
        assert_eq!(ecc_spki(curve::X25519, &[1; 32], None), Err(errors::GNUTLS_E_INVALID_REQUEST));
        assert_eq!(ecc_public(&spki_of("keys/rsa.pem")), Err(errors::GNUTLS_E_INVALID_REQUEST));
    }

    #[test]
    fn print_layout() {
        let text = print(&spki_of("keys/ed25519.pem"));
        assert!(text.starts_with("Public Key Information:\n\tPublic Key Algorithm: EdDSA (Ed25519)\n"));
        assert!(text.contains("\n\nPublic Key ID:\n\tsha1:"));
        assert!(text.ends_with("=\n"));
    }
}
