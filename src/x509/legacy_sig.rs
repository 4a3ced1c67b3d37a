//! Verification of SHA-1 and MD5 certificate signatures, which the rustls
//! provider does not offer. Reached only when the caller allowed them with
//! GNUTLS_VERIFY_ALLOW_SIGN_WITH_SHA1 or GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD5.

use der::Decode;
use p256::ecdsa::signature::hazmat::PrehashVerifier;
use sha1::{Digest, Sha1};

use super::cert::CertInfo;

const OID_SHA1_RSA: &str = "1.2.840.113549.1.1.5";
const OID_MD5_RSA: &str = "1.2.840.113549.1.1.4";
const OID_ECDSA_SHA1: &str = "1.2.840.10045.4.1";
const OID_P256: &str = "1.2.840.10045.3.1.7";

/// True when `sig` is a valid SHA-1 signature (RSA PKCS#1 v1.5 or ECDSA
/// P-256) or RSA-MD5 signature of `message` by `issuer`'s key; `alg_oid` is the dotted OID of
/// the signature algorithm.
pub fn verify(message: &[u8], alg_oid: &str, sig: &[u8], issuer: &CertInfo) -> bool {
    match alg_oid {
        OID_SHA1_RSA => ring::signature::UnparsedPublicKey::new(
            &ring::signature::RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY,
            &issuer.public_key,
        )
        .verify(message, sig)
        .is_ok(),
        OID_ECDSA_SHA1 => ecdsa_p256_sha1(message, sig, issuer),
        OID_MD5_RSA => rsa_md5(message, sig, issuer),
        _ => false,
    }
}

fn rsa_md5(message: &[u8], sig: &[u8], issuer: &CertInfo) -> bool {
    use rsa::pkcs1::DecodeRsaPublicKey;
    let Ok(key) = rsa::RsaPublicKey::from_pkcs1_der(&issuer.public_key) else {
        return false;
    };
    // The DER DigestInfo header for an MD5 digest (RFC 8017, section 9.2).
    let scheme = rsa::Pkcs1v15Sign {
        hash_len: Some(16),
        prefix: Box::new([
            0x30, 0x20, 0x30, 0x0c, 0x06, 0x08, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x05,
            0x05, 0x00, 0x04, 0x10,
        ]),
    };
    key.verify(scheme, &md5::Md5::digest(message), sig).is_ok()
}

fn ecdsa_p256_sha1(message: &[u8], sig: &[u8], issuer: &CertInfo) -> bool {
    let Ok(spki) = spki::SubjectPublicKeyInfoRef::from_der(&issuer.spki) else {
        return false;
    };
    let curve = spki
        .algorithm
        .parameters
        .and_then(|p| p.decode_as::<const_oid::ObjectIdentifier>().ok());
    if curve.map(|c| c.to_string()).as_deref() != Some(OID_P256) {
        return false;
    }
    let Ok(key) = p256::ecdsa::VerifyingKey::from_sec1_bytes(&issuer.public_key) else {
        return false;
    };
    let Ok(signature) = p256::ecdsa::Signature::from_der(sig) else {
        return false;
    };
    key.verify_prehash(&Sha1::digest(message), &signature)
        .is_ok()
}
