//! External private keys (gnutls_privkey_import_ext*): the application
//! signs and decrypts in callbacks (a smart card, an agent, a TPM...). This
//! module holds what such a key can be asked ([`ExternalOps`], implemented
//! by the C layer over the callbacks), how a signature request becomes a
//! callback call, and the rustls signing key made of it for handshakes.

use std::fmt;
use std::sync::Arc;

use rustls::sign::{Signer, SigningKey};
use rustls::{SignatureAlgorithm, SignatureScheme};

use crate::algorithms::{pk, sign};
use crate::errors::{self, Code};

/// The operations of an external key, as its callbacks offer them.
pub trait ExternalOps: Send + Sync + fmt::Debug {
    /// Signs a digest with `sign_algo`; for RSA PKCS#1 v1.5 the input is a
    /// DigestInfo and `sign_algo` is [`sign::RSA_RAW`].
    fn sign_hash(&self, sign_algo: i32, hash: &[u8]) -> Result<Vec<u8>, Code>;
    /// Signs a whole message (EdDSA, which cannot sign a digest).
    fn sign_data(&self, sign_algo: i32, data: &[u8]) -> Result<Vec<u8>, Code>;
    /// PKCS#1 v1.5 decryption.
    fn decrypt(&self, ciphertext: &[u8]) -> Result<Vec<u8>, Code>;
    /// Whether the key makes `sign_algo` signatures.
    fn supports(&self, sign_algo: i32) -> bool;
}

/// Whether a key of type `key_pk` can make `info` signatures (an RSA key
/// also RSA-PSS ones; an RSA-PSS key only those).
pub fn key_makes(key_pk: i32, info: &sign::SignInfo) -> bool {
    sign::supports_pk(info, key_pk) || (key_pk == pk::RSA_PSS && info.pk == pk::RSA_PSS)
}

/// Signs `data` as `info` says, the way GnuTLS drives the callbacks: EdDSA
/// gets the message, every other algorithm its digest.
pub fn sign_data(ops: &dyn ExternalOps, info: &sign::SignInfo, data: &[u8]) -> Result<Vec<u8>, Code> {
    if matches!(info.pk, pk::EDDSA_ED25519 | pk::EDDSA_ED448) {
        return ops.sign_data(info.id, data);
    }
    let hash = crate::crypto::hash::hash(info.hash, data)?;
    sign_hash(ops, info, &hash)
}

/// Signs a digest as `info` says: RSA PKCS#1 v1.5 as a raw signature of
/// the DigestInfo, the others as the digest with the algorithm.
pub fn sign_hash(ops: &dyn ExternalOps, info: &sign::SignInfo, hash: &[u8]) -> Result<Vec<u8>, Code> {
    match info.pk {
        pk::RSA => ops.sign_hash(sign::RSA_RAW, &super::pksign::digest_info(info.hash, hash)?),
        pk::RSA_PSS | pk::ECDSA => ops.sign_hash(info.id, hash),
        _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
    }
}

/// Proves that an external key is the one of a certificate, as GnuTLS does
/// when the two are put together: a signature checked with the
/// certificate's public key. Errors: GNUTLS_E_CERTIFICATE_KEY_MISMATCH.
pub fn check_matches(ops: &dyn ExternalOps, key_pk: i32, spki_der: &[u8]) -> Result<(), Code> {
    let algo = match key_pk {
        pk::RSA => sign::RSA_SHA256,
        pk::RSA_PSS => sign::RSA_PSS_SHA256,
        pk::ECDSA => sign::ECDSA_SHA256,
        pk::EDDSA_ED25519 => sign::EDDSA_ED25519,
        _ => return Ok(()),
    };
    let info = sign::info(algo).ok_or(errors::GNUTLS_E_INTERNAL_ERROR)?;
    const PROBE: &[u8] = b"rgnutls: does this key belong to the certificate?";
    let sig = sign_data(ops, info, PROBE)?;
    super::pksign::verify_data(spki_der, algo, PROBE, &sig).map_err(|_| errors::GNUTLS_E_CERTIFICATE_KEY_MISMATCH)
}

/// The rustls view of an external key, for handshakes.
#[derive(Debug)]
pub struct ExternalSigningKey {
    ops: Arc<dyn ExternalOps>,
    pk: i32,
    bits: u32,
}

impl ExternalSigningKey {
    pub fn new(ops: Arc<dyn ExternalOps>, pk: i32, bits: u32) -> Self {
        Self { ops, pk, bits }
    }

    /// GnuTLS's preference among signature algorithms: the weakest
    /// adequate hash first (SHA-256, SHA-384, SHA-512, then older ones),
    /// PKCS#1 v1.5 before RSA-PSS; for ECDSA keys of a known size, the hash
    /// of the curve first (TLS 1.3 binds the two).
    fn rank(&self, info: &sign::SignInfo) -> (u8, u8, u8) {
        use crate::algorithms::digest;
        let curve_hash = match (self.pk, self.bits) {
            (pk::ECDSA, 256) => digest::SHA256,
            (pk::ECDSA, 384) => digest::SHA384,
            (pk::ECDSA, 521) => digest::SHA512,
            _ => info.hash,
        };
        let hash = match info.hash {
            digest::SHA256 => 0,
            digest::SHA384 => 1,
            digest::SHA512 => 2,
            digest::SHA224 => 3,
            digest::SHA1 => 4,
            _ => 5,
        };
        (u8::from(info.hash != curve_hash), hash, u8::from(info.pk == pk::RSA_PSS))
    }

    /// The algorithm a TLS scheme means for this key, if the key makes it.
    fn algorithm_for(&self, scheme: SignatureScheme) -> Option<&'static sign::SignInfo> {
        sign::by_tls_codepoint(u16::from(scheme)).find(|info| {
            key_makes(self.pk, info) && self.ops.supports(info.id)
        })
    }
}

impl SigningKey for ExternalSigningKey {
    fn choose_scheme(&self, offered: &[SignatureScheme]) -> Option<Box<dyn Signer>> {
        let (info, scheme) = offered
            .iter()
            .filter_map(|&scheme| self.algorithm_for(scheme).map(|info| (info, scheme)))
            .min_by_key(|(info, _)| self.rank(info))?;
        Some(Box::new(ExternalSigner { ops: Arc::clone(&self.ops), info, scheme }))
    }

    fn algorithm(&self) -> SignatureAlgorithm {
        match self.pk {
            pk::RSA | pk::RSA_PSS => SignatureAlgorithm::RSA,
            pk::ECDSA => SignatureAlgorithm::ECDSA,
            pk::EDDSA_ED25519 => SignatureAlgorithm::ED25519,
            pk::EDDSA_ED448 => SignatureAlgorithm::ED448,
            _ => SignatureAlgorithm::Anonymous,
        }
    }
}

#[derive(Debug)]
struct ExternalSigner {
    ops: Arc<dyn ExternalOps>,
    info: &'static sign::SignInfo,
    scheme: SignatureScheme,
}

impl Signer for ExternalSigner {
    fn sign(&self, message: &[u8]) -> Result<Vec<u8>, rustls::Error> {
        sign_data(self.ops.as_ref(), self.info, message)
            .map_err(|code| rustls::Error::General(format!("the external key could not sign (error {code})")))
    }

    fn scheme(&self) -> SignatureScheme {
        self.scheme
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::privkey::PrivateKey;
    use crate::x509::{keygen, pksign};
    use std::sync::Mutex;

    /// Callbacks over a software key that record what they are asked.
    #[derive(Debug)]
    struct Recorder {
        key: PrivateKey,
        calls: Mutex<Vec<(&'static str, i32, usize)>>,
    }

    impl ExternalOps for Recorder {
        fn sign_hash(&self, sign_algo: i32, hash: &[u8]) -> Result<Vec<u8>, Code> {
            self.calls.lock().unwrap().push(("hash", sign_algo, hash.len()));
            if sign_algo == sign::RSA_RAW {
                return pksign::sign_raw_rsa(&self.key, hash);
            }
            pksign::sign_hash(&self.key, sign_algo, hash)
        }
        fn sign_data(&self, sign_algo: i32, data: &[u8]) -> Result<Vec<u8>, Code> {
            self.calls.lock().unwrap().push(("data", sign_algo, data.len()));
            pksign::sign_data(&self.key, sign_algo, data)
        }
        fn decrypt(&self, ciphertext: &[u8]) -> Result<Vec<u8>, Code> {
            pksign::decrypt_rsa(&self.key, ciphertext)
        }
        fn supports(&self, sign_algo: i32) -> bool {
            sign::info(sign_algo).is_some_and(|i| sign::supports_pk(i, self.key.pk_algorithm()))
        }
    }

    fn external(key: PrivateKey) -> (Arc<Recorder>, PrivateKey) {
        let pk_id = key.pk_algorithm();
        let rec = Arc::new(Recorder { key, calls: Mutex::new(Vec::new()) });
        let ext = PrivateKey::external(rec.clone(), pk_id, 0);
        (rec, ext)
    }

    #[test]
    fn rsa_signs_a_digest_info_and_decrypts() {
        let key = keygen::generate(pk::RSA, 2048).unwrap();
        let spki = key.spki().unwrap();
        let want = pksign::sign_data(&key, sign::RSA_SHA256, b"message").unwrap();
        let (rec, ext) = external(key);
        assert_eq!(pksign::sign_data(&ext, sign::RSA_SHA256, b"message").unwrap(), want);
        // 19 bytes of SHA-256 DigestInfo prefix and the 32-byte digest.
        assert_eq!(rec.calls.lock().unwrap().as_slice(), &[("hash", sign::RSA_RAW, 51)]);
        let ct = pksign::encrypt_rsa(&spki, b"secret").unwrap();
        assert_eq!(pksign::decrypt_rsa(&ext, &ct).unwrap(), b"secret");
        assert!(ext.der().is_none() && ext.to_pkcs8().is_err() && ext.verify_params().is_err());
    }

    #[test]
    fn ecdsa_and_eddsa_get_digest_and_message() {
        let (rec, ext) = external(keygen::generate(pk::ECDSA, 256).unwrap());
        let sig = pksign::sign_data(&ext, sign::ECDSA_SHA256, b"message").unwrap();
        assert_eq!(pksign::verify_data(&rec.key.spki().unwrap(), sign::ECDSA_SHA256, b"message", &sig), Ok(()));
        assert_eq!(rec.calls.lock().unwrap().as_slice(), &[("hash", sign::ECDSA_SHA256, 32)]);

        let (rec, ext) = external(keygen::generate(pk::EDDSA_ED25519, 0).unwrap());
        pksign::sign_data(&ext, sign::EDDSA_ED25519, b"message").unwrap();
        assert_eq!(rec.calls.lock().unwrap().as_slice(), &[("data", sign::EDDSA_ED25519, 7)]);
    }

    #[test]
    fn tls_signer_picks_a_supported_scheme() {
        let (_, ext) = external(keygen::generate(pk::ECDSA, 256).unwrap());
        let key = ext.signing_key();
        assert_eq!(key.algorithm(), SignatureAlgorithm::ECDSA);
        assert!(key.choose_scheme(&[SignatureScheme::RSA_PKCS1_SHA256]).is_none());
        let signer = key
            .choose_scheme(&[
                SignatureScheme::ECDSA_NISTP384_SHA384,
                SignatureScheme::RSA_PKCS1_SHA256,
                SignatureScheme::ECDSA_NISTP256_SHA256,
            ])
            .unwrap();
        assert_eq!(signer.scheme(), SignatureScheme::ECDSA_NISTP256_SHA256);
        assert!(!signer.sign(b"transcript").unwrap().is_empty());

        let (_, ext) = external(keygen::generate(pk::RSA, 2048).unwrap());
        let offered = [SignatureScheme::RSA_PSS_SHA512, SignatureScheme::RSA_PKCS1_SHA512, SignatureScheme::RSA_PSS_SHA256, SignatureScheme::RSA_PKCS1_SHA256];
        let signer = ext.signing_key().choose_scheme(&offered).unwrap();
        assert_eq!(signer.scheme(), SignatureScheme::RSA_PKCS1_SHA256);
    }

    #[test]
    fn matching_a_certificate_key() {
        let (rec, ext) = external(keygen::generate(pk::ECDSA, 256).unwrap());
        let own = rec.key.spki().unwrap();
        assert_eq!(check_matches(rec.as_ref(), ext.pk_algorithm(), &own), Ok(()));
        let other = keygen::generate(pk::ECDSA, 256).unwrap().spki().unwrap();
        assert_eq!(check_matches(rec.as_ref(), ext.pk_algorithm(), &other), Err(errors::GNUTLS_E_CERTIFICATE_KEY_MISMATCH));
    }
}
