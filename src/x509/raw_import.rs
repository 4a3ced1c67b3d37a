//! Private keys built from their numbers: gnutls_x509_privkey_import_rsa_raw*,
//! gnutls_x509_privkey_import_ecc_raw and their gnutls_privkey_* twins.
//!
//! GnuTLS takes the numbers as they come and checks them only in
//! gnutls_x509_privkey_verify_params; a key here must load into the signing
//! provider, so an inconsistent key is refused at import, with the code
//! GnuTLS's verify_params would give it.

use der::asn1::{ObjectIdentifier, OctetString};
use der::Encode;
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::traits::PublicKeyParts;
use rsa::BigUint;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs1KeyDer, PrivatePkcs8KeyDer, PrivateSec1KeyDer};

use super::privkey::PrivateKey;
use crate::algorithms::{curve, pk};
use crate::errors::{self, Code};

/// GNUTLS_E_MPI_SCAN_FAILED (gnutls.h): an empty integer. It has no entry in
/// GnuTLS's error table, hence no constant in crate::errors.
const MPI_SCAN_FAILED: Code = -23;

/// The numbers of an RSA private key, big-endian, leading zeros allowed.
/// The CRT values (exponent1, exponent2, coefficient) are not taken: GnuTLS
/// recomputes them from d, p and q whatever the caller gives.
#[derive(Clone, Copy, Debug)]
pub struct RsaNumbers<'a> {
    pub modulus: &'a [u8],
    pub public_exponent: &'a [u8],
    /// Computed from e, p and q (modulo lcm(p-1, q-1)) when absent.
    pub private_exponent: Option<&'a [u8]>,
    pub prime1: &'a [u8],
    pub prime2: &'a [u8],
}

fn uint(bytes: &[u8]) -> Result<BigUint, Code> {
    if bytes.is_empty() {
        return Err(MPI_SCAN_FAILED);
    }
    Ok(BigUint::from_bytes_be(bytes))
}

/// gnutls_x509_privkey_import_rsa_raw2: an RSA key (kept as PKCS#1).
/// Errors: an empty number (GNUTLS_E_MPI_SCAN_FAILED), an exponent with no
/// inverse (GNUTLS_E_INVALID_REQUEST), numbers that do not make a key
/// (GNUTLS_E_PK_INVALID_PRIVKEY).
pub fn rsa_key(n: &RsaNumbers<'_>) -> Result<PrivateKey, Code> {
    let (m, e, p, q) = (uint(n.modulus)?, uint(n.public_exponent)?, uint(n.prime1)?, uint(n.prime2)?);
    let d = n.private_exponent.map(uint).transpose()?;
    if p == q || p <= BigUint::from(1u8) || q <= BigUint::from(1u8) {
        return Err(errors::GNUTLS_E_PK_INVALID_PRIVKEY);
    }
    let key = match d {
        Some(d) => rsa::RsaPrivateKey::from_components(m, e, d, vec![p, q]).map_err(|_| errors::GNUTLS_E_PK_INVALID_PRIVKEY)?,
        None => {
            // from_p_q derives d modulo lcm(p-1, q-1), as GnuTLS does, and n = pq.
            // p != q here, so InvalidPrime means e has no inverse.
            let key = rsa::RsaPrivateKey::from_p_q(p, q, e).map_err(|err| match err {
                rsa::Error::InvalidPrime
                | rsa::Error::InvalidExponent
                | rsa::Error::PublicExponentTooSmall
                | rsa::Error::PublicExponentTooLarge => errors::GNUTLS_E_INVALID_REQUEST,
                _ => errors::GNUTLS_E_PK_INVALID_PRIVKEY,
            })?;
            if *key.n() != m {
                return Err(errors::GNUTLS_E_PK_INVALID_PRIVKEY);
            }
            key
        }
    };
    // The crate writes the CRT values it computed: coefficient = q^-1 mod p.
    let der = key.to_pkcs1_der().map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    let der = PrivatePkcs1KeyDer::from(der.as_bytes().to_vec());
    PrivateKey::from_der(der.into()).map_err(|_| errors::GNUTLS_E_PK_INVALID_PRIVKEY)
}

/// `bytes` without leading zeros, left-padded to `size`; None when too long.
fn fixed(bytes: &[u8], size: usize) -> Option<Vec<u8>> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    let value = &bytes[start..];
    (value.len() <= size).then(|| [vec![0u8; size - value.len()], value.to_vec()].concat())
}

/// gnutls_x509_privkey_import_ecc_raw: an ECDSA key from x, y and the
/// scalar k (kept as SEC1), or an Ed25519 key from the encoded public key
/// in x and the 32-byte private key in k (kept as PKCS#8; y is unused).
/// Errors: an empty number (GNUTLS_E_MPI_SCAN_FAILED), P-521
/// (GNUTLS_E_ECC_UNSUPPORTED_CURVE), another curve without signatures or
/// numbers that do not fit the curve (GNUTLS_E_INVALID_REQUEST),
/// a point off the curve (GNUTLS_E_PK_INVALID_PUBKEY), a public key that
/// is not the private key's (GNUTLS_E_ILLEGAL_PARAMETER).
pub fn ecc_key(curve_id: i32, x: &[u8], y: Option<&[u8]>, k: &[u8]) -> Result<PrivateKey, Code> {
    match curve::info(curve_id) {
        Some(c) if c.pk == pk::EDDSA_ED25519 => ed25519_key(x, k),
        Some(c) if c.pk == pk::EDDSA_ED448 => Err(errors::GNUTLS_E_INVALID_REQUEST),
        info => {
            // GnuTLS reads the numbers before it looks at the curve.
            let y = y.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
            for v in [x, y, k] {
                uint(v)?;
            }
            match info {
                Some(c) if c.pk == pk::ECDSA && c.implemented => ecdsa_key(c, x, y, k),
                // GnuTLS takes P-521 keys, which ring cannot sign with.
                Some(c) if c.id == curve::SECP521R1 => Err(errors::GNUTLS_E_ECC_UNSUPPORTED_CURVE),
                _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
            }
        }
    }
}

fn ecdsa_key(c: &curve::CurveInfo, x: &[u8], y: &[u8], k: &[u8]) -> Result<PrivateKey, Code> {
    let too_long = errors::GNUTLS_E_INVALID_REQUEST;
    let mut point = vec![4u8];
    point.extend(fixed(x, c.size).ok_or(too_long)?);
    point.extend(fixed(y, c.size).ok_or(too_long)?);
    let scalar = fixed(k, c.size).ok_or(too_long)?;
    if !on_curve(c.id, &point) {
        return Err(errors::GNUTLS_E_PK_INVALID_PUBKEY);
    }
    let oid = ObjectIdentifier::new(c.oid).map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    let sec1 = sec1::EcPrivateKey {
        private_key: &scalar,
        parameters: Some(sec1::EcParameters::NamedCurve(oid)),
        public_key: Some(&point),
    }
    .to_der()
    .map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    // ring checks that the point is the scalar's.
    let key = PrivateKey::from_der(PrivateSec1KeyDer::from(sec1).into()).map_err(|_| errors::GNUTLS_E_ILLEGAL_PARAMETER)?;
    if key.pk_algorithm() != pk::ECDSA {
        return Err(errors::GNUTLS_E_ILLEGAL_PARAMETER);
    }
    Ok(key)
}

/// The encoded point is a valid point of the curve.
fn on_curve(curve_id: i32, point: &[u8]) -> bool {
    match curve_id {
        curve::SECP256R1 => p256::PublicKey::from_sec1_bytes(point).is_ok(),
        curve::SECP384R1 => p384::PublicKey::from_sec1_bytes(point).is_ok(),
        _ => false,
    }
}

const OID_ED25519: &str = "1.3.101.112";

fn ed25519_key(x: &[u8], k: &[u8]) -> Result<PrivateKey, Code> {
    if x.len() != 32 || k.len() != 32 {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    // PKCS#8 v1 (RFC 8410), as GnuTLS writes it: the seed as an OCTET STRING.
    let seed = OctetString::new(k).and_then(|s| s.to_der()).map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    let info = pkcs8::PrivateKeyInfo {
        algorithm: spki::AlgorithmIdentifierRef {
            oid: ObjectIdentifier::new_unwrap(OID_ED25519),
            parameters: None,
        },
        private_key: &seed,
        public_key: None,
    };
    let der = info.to_der().map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    let key = PrivateKey::from_der(PrivateKeyDer::from(PrivatePkcs8KeyDer::from(der)))
        .map_err(|_| errors::GNUTLS_E_ILLEGAL_PARAMETER)?;
    let public = key.spki().and_then(|s| super::load::spki_key_bits(&s));
    if public.as_deref() != Some(x) {
        return Err(errors::GNUTLS_E_ILLEGAL_PARAMETER);
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::rawkey;
    use crate::x509::X509Format;

    fn key(path: &str) -> PrivateKey {
        let data = std::fs::read(format!("{}/tests/certs/keys/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        PrivateKey::import(&data, X509Format::Pem, None).unwrap()
    }

    #[test]
    fn rsa_from_parts_matches_the_original() {
        let orig = key("rsa-pkcs1.pem");
        let r = rawkey::rsa_parts(&orig).unwrap();
        let nums = RsaNumbers {
            modulus: &r.modulus,
            public_exponent: &r.public_exponent,
            private_exponent: Some(&r.private_exponent),
            prime1: &r.prime1,
            prime2: &r.prime2,
        };
        let want = orig.export(X509Format::Der);
        assert_eq!(rsa_key(&nums).unwrap().export(X509Format::Der), want);
        // d is derived modulo lcm(p-1, q-1), as the file's own d is.
        let no_d = RsaNumbers { private_exponent: None, ..nums };
        assert_eq!(rsa_key(&no_d).unwrap().export(X509Format::Der), want);
        // Swapped primes make another valid encoding of the same key.
        let swapped = RsaNumbers { prime1: &r.prime2, prime2: &r.prime1, ..nums };
        let k = rsa_key(&swapped).unwrap();
        assert_eq!(k.spki(), orig.spki());
        assert_eq!(rawkey::rsa_parts(&k).unwrap().prime1, r.prime2);
    }

    #[test]
    fn rsa_refuses_inconsistent_numbers() {
        let orig = key("rsa-pkcs1.pem");
        let r = rawkey::rsa_parts(&orig).unwrap();
        let nums = RsaNumbers {
            modulus: &r.modulus,
            public_exponent: &r.public_exponent,
            private_exponent: Some(&r.private_exponent),
            prime1: &r.prime1,
            prime2: &r.prime2,
        };
        let mut bad_d = r.private_exponent.clone();
        *bad_d.last_mut().unwrap() ^= 2;
        assert_eq!(rsa_key(&RsaNumbers { private_exponent: Some(&bad_d), ..nums }).err(), Some(errors::GNUTLS_E_PK_INVALID_PRIVKEY));
        assert_eq!(rsa_key(&RsaNumbers { prime2: &r.prime1, ..nums }).err(), Some(errors::GNUTLS_E_PK_INVALID_PRIVKEY));
        assert_eq!(rsa_key(&RsaNumbers { public_exponent: &[3], private_exponent: None, ..nums }).err(), Some(errors::GNUTLS_E_INVALID_REQUEST));
        assert_eq!(rsa_key(&RsaNumbers { public_exponent: &[], ..nums }).err(), Some(MPI_SCAN_FAILED));
    }

    #[test]
    fn ecdsa_from_parts() {
        for path in ["ec256-sec1.pem", "ec384-sec1.pem"] {
            let orig = key(path);
            let p = rawkey::ec_parts(&orig).unwrap();
            let k = ecc_key(p.curve, &p.x, Some(&p.y), &p.k).unwrap();
            assert_eq!(k.spki(), orig.spki(), "{path}");
            assert_eq!(k.export(X509Format::Der), orig.export(X509Format::Der), "{path}");
            let mut bad = p.x.clone();
            *bad.last_mut().unwrap() ^= 2;
            assert_eq!(ecc_key(p.curve, &bad, Some(&p.y), &p.k).err(), Some(errors::GNUTLS_E_PK_INVALID_PUBKEY));
            let mut bad_k = p.k.clone();
            *bad_k.last_mut().unwrap() ^= 2;
            assert_eq!(ecc_key(p.curve, &p.x, Some(&p.y), &bad_k).err(), Some(errors::GNUTLS_E_ILLEGAL_PARAMETER));
            assert_eq!(ecc_key(p.curve, &p.x, Some(&[]), &p.k).err(), Some(MPI_SCAN_FAILED));
            assert_eq!(ecc_key(curve::X25519, &p.x, Some(&p.y), &p.k).err(), Some(errors::GNUTLS_E_INVALID_REQUEST));
            assert_eq!(ecc_key(999, &p.x, Some(&p.y), &p.k).err(), Some(errors::GNUTLS_E_INVALID_REQUEST));
            assert_eq!(ecc_key(curve::SECP192R1, &p.x, Some(&p.y), &p.k).err(), Some(errors::GNUTLS_E_INVALID_REQUEST));
        }
    }

    #[test]
    fn ed25519_from_parts() {
        let orig = key("ed25519.key");
        let p = rawkey::ec_parts(&orig).unwrap();
        let k = ecc_key(curve::ED25519, &p.x, None, &p.k).unwrap();
        assert_eq!(k.pk_algorithm(), pk::EDDSA_ED25519);
        assert_eq!(k.export(X509Format::Der), orig.export(X509Format::Der));
        let mut bad = p.x.clone();
        bad[0] ^= 1;
        assert_eq!(ecc_key(curve::ED25519, &bad, None, &p.k).err(), Some(errors::GNUTLS_E_ILLEGAL_PARAMETER));
        assert_eq!(ecc_key(curve::ED25519, &p.x[1..], None, &p.k).err(), Some(errors::GNUTLS_E_INVALID_REQUEST));
        assert_eq!(ecc_key(curve::ED448, &p.x, None, &p.k).err(), Some(errors::GNUTLS_E_INVALID_REQUEST));
    }
}
