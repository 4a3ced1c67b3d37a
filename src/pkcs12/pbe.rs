//! Password-based decryption of PKCS#12 contents: PBES2 (PKCS#5, what
//! OpenSSL 3 writes) through the pkcs5 crate, and the legacy PKCS#12 PBE
//! schemes (RFC 7292 appendix C: 3DES, RC2, RC4 with the appendix B key
//! derivation from the pkcs12 crate).

use cipher::block_padding::Pkcs7;
use cipher::{BlockDecryptMut, InnerIvInit, KeyInit, KeyIvInit, StreamCipher};
use der::asn1::BmpString;
use der::{Decode, Encode};
use pkcs12::kdf::{derive_key, Pkcs12KeyType};
use pkcs12::pbe_params::Pkcs12PbeParams;
use spki::AlgorithmIdentifierOwned;
use zeroize::Zeroizing;

use crate::errors::{self, Code};

const OID_PBES2: &str = "1.2.840.113549.1.5.13";

/// The legacy schemes: (OID, cipher, key length in bytes).
#[derive(Clone, Copy)]
enum Legacy {
    Rc4,
    Tdes3,
    Tdes2,
    Rc2 { effective_bits: usize },
}

fn legacy_scheme(oid: &str) -> Option<(Legacy, usize)> {
    Some(match oid {
        "1.2.840.113549.1.12.1.1" => (Legacy::Rc4, 16),
        "1.2.840.113549.1.12.1.2" => (Legacy::Rc4, 5),
        "1.2.840.113549.1.12.1.3" => (Legacy::Tdes3, 24),
        "1.2.840.113549.1.12.1.4" => (Legacy::Tdes2, 16),
        "1.2.840.113549.1.12.1.5" => (
            Legacy::Rc2 {
                effective_bits: 128,
            },
            16,
        ),
        "1.2.840.113549.1.12.1.6" => (Legacy::Rc2 { effective_bits: 40 }, 5),
        _ => return None,
    })
}

/// The password as the PKCS#12 KDF takes it: big-endian UTF-16 with a
/// terminating NUL; no password at all is the empty string of bytes.
pub fn bmp_password(password: Option<&str>) -> Result<Zeroizing<Vec<u8>>, Code> {
    let Some(pw) = password else {
        return Ok(Zeroizing::new(Vec::new()));
    };
    let bmp = BmpString::from_utf8(pw).map_err(|_| errors::GNUTLS_E_INVALID_PASSWORD)?;
    let mut out = Zeroizing::new(bmp.into_bytes().to_vec());
    out.extend_from_slice(&[0, 0]);
    Ok(out)
}

/// True when `alg` is a scheme [`decrypt`] knows.
pub fn is_known(alg: &AlgorithmIdentifierOwned) -> bool {
    let oid = alg.oid.to_string();
    oid == OID_PBES2 || legacy_scheme(&oid).is_some()
}

/// Decrypts `data` encrypted with the scheme `alg` under `password`.
/// A wrong password shows as bad padding: GNUTLS_E_DECRYPTION_FAILED.
pub fn decrypt(
    alg: &AlgorithmIdentifierOwned,
    data: &[u8],
    password: Option<&str>,
) -> Result<Vec<u8>, Code> {
    let oid = alg.oid.to_string();
    if oid == OID_PBES2 {
        if let Ok(p) = Pbes2::parse(alg) {
            return p.decrypt(password.unwrap_or(""), data);
        }
        // Other key derivations (scrypt) as pkcs5 reads them.
        let alg_der = alg.to_der().map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        let scheme = pkcs5::EncryptionScheme::from_der(&alg_der)
            .map_err(|_| errors::GNUTLS_E_UNKNOWN_ALGORITHM)?;
        return scheme
            .decrypt(password.unwrap_or(""), data)
            .map_err(|_| errors::GNUTLS_E_DECRYPTION_FAILED);
    }
    let (cipher, key_len) = legacy_scheme(&oid).ok_or(errors::GNUTLS_E_UNKNOWN_ALGORITHM)?;
    let params: Pkcs12PbeParams = alg
        .parameters
        .as_ref()
        .ok_or(errors::GNUTLS_E_ASN1_DER_ERROR)?
        .decode_as()
        .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let pass = bmp_password(password)?;
    let salt = params.salt.as_bytes();
    let rounds = params.iterations;
    let key = Zeroizing::new(derive_key::<sha1::Sha1>(
        &pass,
        salt,
        Pkcs12KeyType::EncryptionKey,
        rounds,
        key_len,
    ));
    let iv = derive_key::<sha1::Sha1>(&pass, salt, Pkcs12KeyType::Iv, rounds, 8);
    let bad = |_| errors::GNUTLS_E_DECRYPTION_FAILED;
    match cipher {
        Legacy::Rc4 => rc4_decrypt(&key, data),
        Legacy::Tdes3 => cbc::Decryptor::<des::TdesEde3>::new_from_slices(&key, &iv)
            .map_err(|_| errors::GNUTLS_E_DECRYPTION_FAILED)?
            .decrypt_padded_vec_mut::<Pkcs7>(data)
            .map_err(bad),
        Legacy::Tdes2 => cbc::Decryptor::<des::TdesEde2>::new_from_slices(&key, &iv)
            .map_err(|_| errors::GNUTLS_E_DECRYPTION_FAILED)?
            .decrypt_padded_vec_mut::<Pkcs7>(data)
            .map_err(bad),
        Legacy::Rc2 { effective_bits } => {
            let rc2 = rc2::Rc2::new_with_eff_key_len(&key, effective_bits);
            cbc::Decryptor::<rc2::Rc2>::inner_iv_slice_init(rc2, &iv)
                .map_err(|_| errors::GNUTLS_E_DECRYPTION_FAILED)?
                .decrypt_padded_vec_mut::<Pkcs7>(data)
                .map_err(bad)
        }
    }
}

/// PBKDF2 parameters with the PRF optional (hmacWithSHA1 when absent) and
/// its parameters absent or NULL: GnuTLS writes none, and pkcs5's own
/// decoder insists on NULL.
#[derive(der::Sequence)]
struct Pbkdf2Params {
    salt: der::asn1::OctetString,
    iteration_count: u32,
    key_length: Option<u16>,
    prf: Option<AlgorithmIdentifierOwned>,
}

/// PBES2 with PBKDF2, read leniently (see [`Pbkdf2Params`]).
#[derive(Clone, Debug)]
pub struct Pbes2 {
    pub salt: Vec<u8>,
    pub iterations: u32,
    key_length: Option<u16>,
    prf: pkcs5::pbes2::Pbkdf2Prf,
    /// The cipher's OID.
    pub cipher: der::asn1::ObjectIdentifier,
    iv: Vec<u8>,
}

impl Pbes2 {
    /// The parameters of a PBES2 `alg` whose key derivation is PBKDF2.
    pub fn parse(alg: &AlgorithmIdentifierOwned) -> Result<Self, Code> {
        use pkcs5::pbes2::{self, Pbkdf2Prf};
        let bad = |_| errors::GNUTLS_E_ASN1_DER_ERROR;
        let params: pkcs12::pbe_params::Pbes2Params = alg
            .parameters
            .as_ref()
            .ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?
            .decode_as()
            .map_err(bad)?;
        if params.kdf.oid != pbes2::PBKDF2_OID {
            return Err(errors::GNUTLS_E_UNKNOWN_ALGORITHM);
        }
        let kdf: Pbkdf2Params = params
            .kdf
            .parameters
            .as_ref()
            .ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?
            .decode_as()
            .map_err(bad)?;
        if kdf.prf.as_ref().and_then(|p| p.parameters.as_ref()).is_some_and(|p| !p.is_null()) {
            return Err(errors::GNUTLS_E_UNKNOWN_ALGORITHM);
        }
        // pkcs5 names the PRFs, given the NULL parameters it insists on.
        let prf = match kdf.prf {
            None => Pbkdf2Prf::HmacWithSha1,
            Some(p) => Pbkdf2Prf::try_from(spki::AlgorithmIdentifierRef {
                oid: p.oid,
                parameters: Some(der::asn1::AnyRef::NULL),
            })
            .map_err(|_| errors::GNUTLS_E_UNKNOWN_ALGORITHM)?,
        };
        let iv: der::asn1::OctetString = params
            .encryption
            .parameters
            .as_ref()
            .ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?
            .decode_as()
            .map_err(bad)?;
        Ok(Self {
            salt: kdf.salt.as_bytes().to_vec(),
            iterations: kdf.iteration_count,
            key_length: kdf.key_length,
            prf,
            cipher: params.encryption.oid,
            iv: iv.as_bytes().to_vec(),
        })
    }

    /// Decrypts with pkcs5.
    pub fn decrypt(&self, password: &str, data: &[u8]) -> Result<Vec<u8>, Code> {
        use pkcs5::pbes2::{self, EncryptionScheme};
        let unknown = |_| errors::GNUTLS_E_UNKNOWN_ALGORITHM;
        let encryption = match self.cipher {
            pbes2::AES_128_CBC_OID => EncryptionScheme::Aes128Cbc { iv: self.iv.as_slice().try_into().map_err(unknown)? },
            pbes2::AES_192_CBC_OID => EncryptionScheme::Aes192Cbc { iv: self.iv.as_slice().try_into().map_err(unknown)? },
            pbes2::AES_256_CBC_OID => EncryptionScheme::Aes256Cbc { iv: self.iv.as_slice().try_into().map_err(unknown)? },
            pbes2::DES_EDE3_CBC_OID => EncryptionScheme::DesEde3Cbc { iv: self.iv.as_slice().try_into().map_err(unknown)? },
            pbes2::DES_CBC_OID => EncryptionScheme::DesCbc { iv: self.iv.as_slice().try_into().map_err(unknown)? },
            _ => return Err(errors::GNUTLS_E_UNKNOWN_ALGORITHM),
        };
        let params = pbes2::Parameters {
            kdf: pbes2::Pbkdf2Params {
                salt: &self.salt,
                iteration_count: self.iterations,
                key_length: self.key_length,
                prf: self.prf,
            }
            .into(),
            encryption,
        };
        params
            .decrypt(password, data)
            .map_err(|_| errors::GNUTLS_E_DECRYPTION_FAILED)
    }
}

fn rc4_decrypt(key: &[u8], data: &[u8]) -> Result<Vec<u8>, Code> {
    let mut out = data.to_vec();
    match key.len() {
        16 => rc4::Rc4::<rc4::consts::U16>::new_from_slice(key)
            .map_err(|_| errors::GNUTLS_E_DECRYPTION_FAILED)?
            .apply_keystream(&mut out),
        5 => rc4::Rc4::<rc4::consts::U5>::new_from_slice(key)
            .map_err(|_| errors::GNUTLS_E_DECRYPTION_FAILED)?
            .apply_keystream(&mut out),
        _ => return Err(errors::GNUTLS_E_DECRYPTION_FAILED),
    }
    Ok(out)
}
