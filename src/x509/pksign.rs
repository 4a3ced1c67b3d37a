//! Signatures with a private key and their verification with a public key
//! (gnutls_privkey_sign_*, gnutls_pubkey_verify_*). ring signs and verifies
//! whole messages where it has the algorithm; signatures over a given hash,
//! RSA sizes and hashes ring refuses, and PKCS#1 v1.5 decryption go through
//! the RustCrypto `rsa`, `p256` and `p384` crates.

use der::Decode;
use ring::rand::SystemRandom;
use ring::signature::{self as rs, EcdsaKeyPair, Ed25519KeyPair, RsaKeyPair};
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs1::DecodeRsaPublicKey;

use super::extkey;
use super::privkey::PrivateKey;
use crate::algorithms::{digest, pk, sign};
use crate::errors::{self, Code};

const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";

/// gnutls_privkey_sign_data: the signature algorithm a key of type
/// `key_pk` makes with `hash` (RSA-PSS when asked with `pss`).
pub fn sign_algorithm_for(key_pk: i32, hash: i32, pss: bool) -> Result<i32, Code> {
    let pk_id = match key_pk {
        pk::RSA if pss => pk::RSA_PSS,
        // Ed25519 hashes with SHA-512 itself; GnuTLS refuses any other hash.
        pk::EDDSA_ED25519 if hash == 0 || hash == digest::SHA512 => return Ok(sign::EDDSA_ED25519),
        pk::EDDSA_ED25519 => return Err(errors::GNUTLS_E_INVALID_REQUEST),
        other => other,
    };
    sign::from_pk_and_hash(pk_id, hash)
        .map(|s| s.id)
        .ok_or(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM)
}

fn sign_failed<E>(_: E) -> Code {
    errors::GNUTLS_E_PK_SIGN_FAILED
}

fn verify_failed<E>(_: E) -> Code {
    errors::GNUTLS_E_PK_SIG_VERIFY_FAILED
}

/// The registry entry for `sign_id`, checked against the key type.
fn entry_for(sign_id: i32, key_pk: i32) -> Result<&'static sign::SignInfo, Code> {
    let info = sign::info(sign_id).ok_or(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM)?;
    let rsa_pss_key_ok = key_pk == pk::RSA_PSS && info.pk == pk::RSA_PSS;
    if !sign::supports_pk(info, key_pk) && !rsa_pss_key_ok {
        return Err(errors::GNUTLS_E_CONSTRAINT_ERROR);
    }
    Ok(info)
}

/// Signs `data` with `key` using the algorithm `sign_id`.
pub fn sign_data(key: &PrivateKey, sign_id: i32, data: &[u8]) -> Result<Vec<u8>, Code> {
    let info = entry_for(sign_id, key.pk_algorithm())?;
    if let Some(ops) = key.external_ops() {
        return extkey::sign_data(ops.as_ref(), info, data);
    }
    let rng = SystemRandom::new();
    if info.pk == pk::EDDSA_ED25519 {
        let pair = Ed25519KeyPair::from_pkcs8_maybe_unchecked(&key.to_pkcs8()?).map_err(sign_failed)?;
        return Ok(pair.sign(data).as_ref().to_vec());
    }
    if info.pk == pk::RSA_PSS {
        let pad: &'static dyn rs::RsaEncoding = match info.hash {
            digest::SHA256 => &rs::RSA_PSS_SHA256,
            digest::SHA384 => &rs::RSA_PSS_SHA384,
            digest::SHA512 => &rs::RSA_PSS_SHA512,
            _ => return Err(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM),
        };
        return rsa_ring_sign(key, pad, data);
    }
    if info.pk == pk::RSA {
        let pad: Option<&'static dyn rs::RsaEncoding> = match info.hash {
            digest::SHA256 => Some(&rs::RSA_PKCS1_SHA256),
            digest::SHA384 => Some(&rs::RSA_PKCS1_SHA384),
            digest::SHA512 => Some(&rs::RSA_PKCS1_SHA512),
            _ => None,
        };
        if let Some(pad) = pad {
            return rsa_ring_sign(key, pad, data);
        }
    }
    if info.pk == pk::ECDSA {
        let alg = match (key.bits(), info.hash) {
            (256, digest::SHA256) => Some(&rs::ECDSA_P256_SHA256_ASN1_SIGNING),
            (384, digest::SHA384) => Some(&rs::ECDSA_P384_SHA384_ASN1_SIGNING),
            _ => None,
        };
        if let Some(alg) = alg {
            let pair = EcdsaKeyPair::from_pkcs8(alg, &key.to_pkcs8()?, &rng).map_err(sign_failed)?;
            return Ok(pair.sign(&rng, data).map_err(sign_failed)?.as_ref().to_vec());
        }
    }
    // What ring lacks (SHA-1, SHA-224, ...): hash here, sign the digest.
    let hash = crate::crypto::hash::hash(info.hash, data)?;
    sign_hash(key, sign_id, &hash)
}

fn rsa_ring_sign(key: &PrivateKey, pad: &'static dyn rs::RsaEncoding, data: &[u8]) -> Result<Vec<u8>, Code> {
    let pair = RsaKeyPair::from_der(&rsa_pkcs1(key)?).map_err(|_| errors::GNUTLS_E_PK_SIGN_FAILED)?;
    let mut sig = vec![0; pair.public().modulus_len()];
    pair.sign(pad, &SystemRandom::new(), data, &mut sig)
        .map_err(|_| errors::GNUTLS_E_PK_SIGN_FAILED)?;
    Ok(sig)
}

/// The PKCS#1 RSAPrivateKey of an RSA (or RSA-PSS) key.
fn rsa_pkcs1(key: &PrivateKey) -> Result<Vec<u8>, Code> {
    let p8 = key.to_pkcs8()?;
    let info = pkcs8::PrivateKeyInfo::from_der(&p8).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let oid = info.algorithm.oid.to_string();
    if oid != "1.2.840.113549.1.1.1" && oid != OID_RSA_PSS {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    Ok(info.private_key.to_vec())
}

fn rsa_private(key: &PrivateKey) -> Result<rsa::RsaPrivateKey, Code> {
    rsa::RsaPrivateKey::from_pkcs1_der(&rsa_pkcs1(key)?).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)
}

/// The raw private scalar of an EC key.
fn ec_scalar(key: &PrivateKey) -> Result<Vec<u8>, Code> {
    let p8 = key.to_pkcs8()?;
    let info = pkcs8::PrivateKeyInfo::from_der(&p8).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let ec = sec1::EcPrivateKey::from_der(info.private_key).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    Ok(ec.private_key.to_vec())
}

/// The PKCS#1 v1.5 DigestInfo of `digest`, a `hash` (GnuTLS id) value.
pub(crate) fn digest_info(hash: i32, digest: &[u8]) -> Result<Vec<u8>, Code> {
    Ok([&pkcs1v15(hash)?.prefix[..], digest].concat())
}

/// DigestInfo-prefixed PKCS#1 v1.5 padding scheme for a GnuTLS hash id.
fn pkcs1v15(hash: i32) -> Result<rsa::Pkcs1v15Sign, Code> {
    Ok(match hash {
        digest::SHA1 => rsa::Pkcs1v15Sign::new::<sha1::Sha1>(),
        digest::SHA224 => rsa::Pkcs1v15Sign::new::<sha2::Sha224>(),
        digest::SHA256 => rsa::Pkcs1v15Sign::new::<sha2::Sha256>(),
        digest::SHA384 => rsa::Pkcs1v15Sign::new::<sha2::Sha384>(),
        digest::SHA512 => rsa::Pkcs1v15Sign::new::<sha2::Sha512>(),
        _ => return Err(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM),
    })
}

/// gnutls_privkey_sign_hash2: signs a digest already made with the
/// algorithm's hash. RSA PKCS#1 v1.5 and ECDSA only (PSS and EdDSA need
/// the message).
pub fn sign_hash(key: &PrivateKey, sign_id: i32, hash: &[u8]) -> Result<Vec<u8>, Code> {
    let info = entry_for(sign_id, key.pk_algorithm())?;
    if let Some(ops) = key.external_ops() {
        return extkey::sign_hash(ops.as_ref(), info, hash);
    }
    match info.pk {
        pk::RSA => rsa_private(key)?
            .sign(pkcs1v15(info.hash)?, hash)
            .map_err(|_| errors::GNUTLS_E_PK_SIGN_FAILED),
        pk::ECDSA => ecdsa_sign_prehash(key, hash),
        _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
    }
}

/// GNUTLS_PRIVKEY_SIGN_FLAG_TLS1_RSA: PKCS#1 v1.5 padding of the data as
/// given, without a DigestInfo.
pub fn sign_raw_rsa(key: &PrivateKey, data: &[u8]) -> Result<Vec<u8>, Code> {
    if let Some(ops) = key.external_ops() {
        return ops.sign_hash(sign::RSA_RAW, data);
    }
    rsa_private(key)?
        .sign(rsa::Pkcs1v15Sign::new_unprefixed(), data)
        .map_err(|_| errors::GNUTLS_E_PK_SIGN_FAILED)
}

fn ecdsa_sign_prehash(key: &PrivateKey, hash: &[u8]) -> Result<Vec<u8>, Code> {
    use p256::ecdsa::signature::hazmat::PrehashSigner;
    let scalar = ec_scalar(key)?;
    match key.bits() {
        256 => {
            let sk = p256::ecdsa::SigningKey::from_slice(&scalar).map_err(sign_failed)?;
            let sig: p256::ecdsa::Signature = sk.sign_prehash(hash).map_err(sign_failed)?;
            Ok(sig.to_der().as_bytes().to_vec())
        }
        384 => {
            let sk = p384::ecdsa::SigningKey::from_slice(&scalar).map_err(sign_failed)?;
            let sig: p384::ecdsa::Signature = sk.sign_prehash(hash).map_err(sign_failed)?;
            Ok(sig.to_der().as_bytes().to_vec())
        }
        _ => Err(errors::GNUTLS_E_ECC_UNSUPPORTED_CURVE),
    }
}

/// gnutls_privkey_decrypt_data: RSA PKCS#1 v1.5 decryption.
pub fn decrypt_rsa(key: &PrivateKey, ciphertext: &[u8]) -> Result<Vec<u8>, Code> {
    if key.pk_algorithm() != pk::RSA {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    if let Some(ops) = key.external_ops() {
        return ops.decrypt(ciphertext);
    }
    rsa_private(key)?
        .decrypt(rsa::Pkcs1v15Encrypt, ciphertext)
        .map_err(|_| errors::GNUTLS_E_DECRYPTION_FAILED)
}

/// gnutls_pubkey_encrypt_data: RSA PKCS#1 v1.5 encryption (random padding)
/// to an rsaEncryption SubjectPublicKeyInfo. Errors: another kind of key
/// (GNUTLS_E_INVALID_REQUEST), a message too long for the modulus
/// (GNUTLS_E_ENCRYPTION_FAILED).
pub fn encrypt_rsa(spki_der: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, Code> {
    let key = public_key(spki_der)?;
    if key.pk != pk::RSA {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    let public = rsa::RsaPublicKey::from_pkcs1_der(&key.key).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    public
        .encrypt(&mut rand_core::OsRng, rsa::Pkcs1v15Encrypt, plaintext)
        .map_err(|_| errors::GNUTLS_E_ENCRYPTION_FAILED)
}

/// A public key taken apart: its type, size and the subjectPublicKey bits.
struct PublicKey {
    pk: i32,
    bits: u32,
    key: Vec<u8>,
}

fn public_key(spki_der: &[u8]) -> Result<PublicKey, Code> {
    let (pk, bits) = super::crt::spki_algorithm(spki_der).ok_or(errors::GNUTLS_E_UNKNOWN_PK_ALGORITHM)?;
    let info = spki::SubjectPublicKeyInfoRef::from_der(spki_der).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    Ok(PublicKey { pk, bits, key: info.subject_public_key.raw_bytes().to_vec() })
}

/// gnutls_pubkey_import: a SubjectPublicKeyInfo from PEM ("PUBLIC KEY")
/// or DER, checked and returned as DER.
pub fn import_spki(data: &[u8], format: super::X509Format) -> Result<Vec<u8>, Code> {
    let der = match format {
        super::X509Format::Der => data.to_vec(),
        super::X509Format::Pem => {
            let text = std::str::from_utf8(data).map_err(|_| errors::GNUTLS_E_BASE64_DECODING_ERROR)?;
            let start = text.find("-----BEGIN PUBLIC KEY-----").ok_or(errors::GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR)?;
            let (_, doc) = der::Document::from_pem(&text[start..]).map_err(|_| errors::GNUTLS_E_BASE64_DECODING_ERROR)?;
            doc.as_bytes().to_vec()
        }
    };
    spki::SubjectPublicKeyInfoRef::from_der(&der).map_err(|e| super::asn1_error_code(&der, e))?;
    Ok(der)
}

/// gnutls_pubkey_verify_data2: Ok when `sig` is a valid signature of
/// `data` by the key in `spki_der` with the algorithm `sign_id`.
pub fn verify_data(spki_der: &[u8], sign_id: i32, data: &[u8], sig: &[u8]) -> Result<(), Code> {
    let key = public_key(spki_der)?;
    let info = entry_for(sign_id, key.pk)?;
    let ring_alg: Option<&'static dyn rs::VerificationAlgorithm> = match (info.pk, info.hash, key.bits) {
        (pk::EDDSA_ED25519, _, _) => Some(&rs::ED25519),
        (pk::RSA_PSS, digest::SHA256, _) => Some(&rs::RSA_PSS_2048_8192_SHA256),
        (pk::RSA_PSS, digest::SHA384, _) => Some(&rs::RSA_PSS_2048_8192_SHA384),
        (pk::RSA_PSS, digest::SHA512, _) => Some(&rs::RSA_PSS_2048_8192_SHA512),
        (pk::ECDSA, digest::SHA256, 256) => Some(&rs::ECDSA_P256_SHA256_ASN1),
        (pk::ECDSA, digest::SHA384, 256) => Some(&rs::ECDSA_P256_SHA384_ASN1),
        (pk::ECDSA, digest::SHA256, 384) => Some(&rs::ECDSA_P384_SHA256_ASN1),
        (pk::ECDSA, digest::SHA384, 384) => Some(&rs::ECDSA_P384_SHA384_ASN1),
        _ => None,
    };
    if let Some(alg) = ring_alg {
        return rs::UnparsedPublicKey::new(alg, &key.key)
            .verify(data, sig)
            .map_err(|_| errors::GNUTLS_E_PK_SIG_VERIFY_FAILED);
    }
    let hash = crate::crypto::hash::hash(info.hash, data)?;
    verify_prehashed(&key, info, &hash, sig)
}

/// gnutls_pubkey_verify_hash2: as [`verify_data`] over a given digest
/// (RSA PKCS#1 v1.5 and ECDSA).
pub fn verify_hash(spki_der: &[u8], sign_id: i32, hash: &[u8], sig: &[u8]) -> Result<(), Code> {
    let key = public_key(spki_der)?;
    let info = entry_for(sign_id, key.pk)?;
    verify_prehashed(&key, info, hash, sig)
}

fn verify_prehashed(key: &PublicKey, info: &sign::SignInfo, hash: &[u8], sig: &[u8]) -> Result<(), Code> {
    use p256::ecdsa::signature::hazmat::PrehashVerifier;
    match (info.pk, key.bits) {
        (pk::RSA, _) => rsa::RsaPublicKey::from_pkcs1_der(&key.key)
            .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?
            .verify(pkcs1v15(info.hash)?, hash, sig)
            .map_err(verify_failed),
        (pk::ECDSA, 256) => {
            let vk = p256::ecdsa::VerifyingKey::from_sec1_bytes(&key.key).map_err(verify_failed)?;
            let s = p256::ecdsa::Signature::from_der(sig).map_err(verify_failed)?;
            vk.verify_prehash(hash, &s).map_err(verify_failed)
        }
        (pk::ECDSA, 384) => {
            let vk = p384::ecdsa::VerifyingKey::from_sec1_bytes(&key.key).map_err(verify_failed)?;
            let s = p384::ecdsa::Signature::from_der(sig).map_err(verify_failed)?;
            vk.verify_prehash(hash, &s).map_err(verify_failed)
        }
        _ => Err(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM),
    }
}

/// gnutls_pubkey_get_preferred_hash_algorithm: the digest GnuTLS signs
/// with for a key of this algorithm and size (a hash as strong as the key).
/// ECDSA follows the curve size; RSA moves to SHA-384 above 3072 bits.
pub fn preferred_hash(pk_id: i32, bits: u32) -> Result<i32, Code> {
    let by_size = |small: u32, medium: u32| {
        if bits <= small {
            digest::SHA256
        } else if bits <= medium {
            digest::SHA384
        } else {
            digest::SHA512
        }
    };
    match pk_id {
        pk::RSA | pk::RSA_PSS | pk::DSA => Ok(by_size(3072, 15360)),
        pk::ECDSA => Ok(by_size(256, 384)),
        pk::EDDSA_ED25519 => Ok(digest::SHA512),
        _ => Err(errors::GNUTLS_E_UNKNOWN_PK_ALGORITHM),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferred_hash_follows_key_strength() {
        assert_eq!(preferred_hash(pk::RSA, 2048), Ok(digest::SHA256));
        assert_eq!(preferred_hash(pk::RSA, 4096), Ok(digest::SHA384));
        assert_eq!(preferred_hash(pk::ECDSA, 384), Ok(digest::SHA384));
        assert_eq!(preferred_hash(pk::ECDSA, 521), Ok(digest::SHA512));
        assert_eq!(preferred_hash(pk::EDDSA_ED25519, 256), Ok(digest::SHA512));
        assert!(preferred_hash(0, 0).is_err());
    }
    use crate::x509::keygen;

    #[test]
    fn encrypt_then_decrypt() {
        let key = keygen::generate(pk::RSA, 2048).unwrap();
        let spki = key.spki().unwrap();
        let ct = encrypt_rsa(&spki, b"secret").unwrap();
        assert_eq!(ct.len(), 256);
        assert_eq!(decrypt_rsa(&key, &ct).unwrap(), b"secret");
        assert_eq!(decrypt_rsa(&key, &encrypt_rsa(&spki, b"").unwrap()).unwrap(), b"");
        assert!(encrypt_rsa(&spki, &[1; 245]).is_ok());
        assert_eq!(encrypt_rsa(&spki, &[1; 246]), Err(errors::GNUTLS_E_ENCRYPTION_FAILED));
        let ec = keygen::generate(pk::ECDSA, 256).unwrap();
        assert_eq!(encrypt_rsa(&ec.spki().unwrap(), b"x"), Err(errors::GNUTLS_E_INVALID_REQUEST));
    }

    #[test]
    fn sign_then_verify_each_type() {
        let cases = [
            (keygen::generate(pk::ECDSA, 256).unwrap(), [sign::ECDSA_SHA256, sign::ECDSA_SHA384, sign::ECDSA_SHA1]),
            (keygen::generate(pk::ECDSA, 384).unwrap(), [sign::ECDSA_SHA384, sign::ECDSA_SHA256, sign::ECDSA_SHA512]),
            (keygen::generate(pk::RSA, 2048).unwrap(), [sign::RSA_SHA256, sign::RSA_PSS_SHA256, sign::RSA_SHA1]),
            (keygen::generate(pk::EDDSA_ED25519, 0).unwrap(), [sign::EDDSA_ED25519; 3]),
        ];
        for (key, algs) in &cases {
            let spki = key.spki().unwrap();
            for alg in algs {
                let sig = sign_data(key, *alg, b"message").unwrap();
                assert_eq!(verify_data(&spki, *alg, b"message", &sig), Ok(()), "alg {alg}");
                assert_eq!(verify_data(&spki, *alg, b"other", &sig), Err(errors::GNUTLS_E_PK_SIG_VERIFY_FAILED));
            }
        }
    }

    #[test]
    fn hash_signatures_match_data_signatures() {
        let key = keygen::generate(pk::RSA, 2048).unwrap();
        let hash = crate::crypto::hash::hash(digest::SHA256, b"abc").unwrap();
        // PKCS#1 v1.5 is deterministic: both paths give the same bytes.
        assert_eq!(sign_hash(&key, sign::RSA_SHA256, &hash).unwrap(), rsa_ring_sign(&key, &rs::RSA_PKCS1_SHA256, b"abc").unwrap());
        let sig = sign_hash(&key, sign::RSA_SHA256, &hash).unwrap();
        assert_eq!(verify_hash(&key.spki().unwrap(), sign::RSA_SHA256, &hash, &sig), Ok(()));
    }

    #[test]
    fn rsa_decrypt_round_trip() {
        let key = keygen::generate(pk::RSA, 2048).unwrap();
        let spki = key.spki().unwrap();
        let pubkey = public_key(&spki).unwrap();
        let rsa_pub = rsa::RsaPublicKey::from_pkcs1_der(&pubkey.key).unwrap();
        let ct = rsa_pub.encrypt(&mut rand_core::OsRng, rsa::Pkcs1v15Encrypt, b"secret").unwrap();
        assert_eq!(decrypt_rsa(&key, &ct).unwrap(), b"secret");
    }
}
