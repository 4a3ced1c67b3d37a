//! Verification of SHA-1 certificate signatures, which the rustls provider
//! does not offer. Reached only when the caller allowed SHA-1 with
//! GNUTLS_VERIFY_ALLOW_SIGN_WITH_SHA1.

use der::Decode;
use p256::ecdsa::signature::hazmat::PrehashVerifier;
use sha1::{Digest, Sha1};

use super::cert::CertInfo;

const OID_SHA1_RSA: &str = "1.2.840.113549.1.1.5";
const OID_ECDSA_SHA1: &str = "1.2.840.10045.4.1";
const OID_P256: &str = "1.2.840.10045.3.1.7";

/// True when `sig` is a valid SHA-1 signature (RSA PKCS#1 v1.5 or ECDSA
/// P-256) of `message` by `issuer`'s key; `alg_oid` is the dotted OID of
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
        _ => false,
    }
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
