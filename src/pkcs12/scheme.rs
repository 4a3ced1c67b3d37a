//! Password-based encryption as GnuTLS writes it (PKCS#12 bags and
//! encrypted PKCS#8 keys): the scheme the gnutls_pkcs_encrypt_flags_t
//! select, encryption under it, and the description of a scheme found in
//! a file (gnutls_pkcs12_bag_enc_info, gnutls_pkcs8_info). PBES2 comes
//! from the pkcs5 crate; the legacy PKCS#12 schemes use the appendix B key
//! derivation of the pkcs12 crate and the RustCrypto ciphers.

use cipher::block_padding::Pkcs7;
use cipher::{BlockEncryptMut, InnerIvInit, KeyInit, KeyIvInit, StreamCipher};
use der::asn1::{Any, ObjectIdentifier, OctetString};
use der::Decode;
use pkcs12::kdf::{derive_key, Pkcs12KeyType};
use pkcs12::pbe_params::Pkcs12PbeParams;
use pkcs5::pbes2;
use spki::AlgorithmIdentifierOwned;
use zeroize::Zeroizing;

use super::pbe;
use crate::crypto::rnd;
use crate::errors::{self, Code};

/// gnutls_pkcs_encrypt_flags_t
pub mod flags {
    pub const PLAIN: u32 = 1;
    pub const PKCS12_3DES: u32 = 1 << 1;
    pub const PKCS12_ARCFOUR: u32 = 1 << 2;
    pub const PKCS12_RC2_40: u32 = 1 << 3;
    pub const PBES2_3DES: u32 = 1 << 4;
    pub const PBES2_AES_128: u32 = 1 << 5;
    pub const PBES2_AES_192: u32 = 1 << 6;
    pub const PBES2_AES_256: u32 = 1 << 7;
    pub const NULL_PASSWORD: u32 = 1 << 8;
    pub const PBES2_DES: u32 = 1 << 9;
    pub const PBES1_DES_MD5: u32 = 1 << 10;
    pub const PBES2_GOST_TC26Z: u32 = 1 << 11;
    pub const PBES2_GOST_CPA: u32 = 1 << 12;
    pub const PBES2_GOST_CPB: u32 = 1 << 13;
    pub const PBES2_GOST_CPC: u32 = 1 << 14;
    pub const PBES2_GOST_CPD: u32 = 1 << 15;
}

/// gnutls_cipher_algorithm_t values the schemes use.
mod cipher_id {
    pub const ARCFOUR_128: i32 = 2;
    pub const TDES_CBC: i32 = 3;
    pub const AES_128_CBC: i32 = 4;
    pub const AES_256_CBC: i32 = 5;
    pub const AES_192_CBC: i32 = 9;
    pub const RC2_40_CBC: i32 = 17;
    pub const DES_CBC: i32 = 18;
}

/// The code for an encryption scheme GnuTLS does not know.
pub use crate::errors::GNUTLS_E_UNKNOWN_CIPHER_TYPE;

/// GnuTLS 3.7.9 derives every key with this many rounds.
pub const ITERATIONS: u32 = 600_000;

const OID_PBES2: &str = "1.2.840.113549.1.5.13";
const OID_PBES1_DES_MD5: &str = "1.2.840.113549.1.5.3";
const OID_PKCS12_RC4_128: &str = "1.2.840.113549.1.12.1.1";
const OID_PKCS12_3DES: &str = "1.2.840.113549.1.12.1.3";
const OID_PKCS12_RC2_40: &str = "1.2.840.113549.1.12.1.6";

/// A scheme GnuTLS writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Pkcs12Tdes,
    Pkcs12Rc4,
    Pkcs12Rc2_40,
    Pbes2Tdes,
    Pbes2Aes128,
    Pbes2Aes192,
    Pbes2Aes256,
    Pbes2Des,
}

impl Scheme {
    const ALL: [Scheme; 8] = [
        Scheme::Pkcs12Tdes,
        Scheme::Pkcs12Rc4,
        Scheme::Pkcs12Rc2_40,
        Scheme::Pbes2Tdes,
        Scheme::Pbes2Aes128,
        Scheme::Pbes2Aes192,
        Scheme::Pbes2Aes256,
        Scheme::Pbes2Des,
    ];

    /// The scheme `flags` name. As GnuTLS: exactly one cipher flag (the
    /// NULL-password flag aside) selects it; none, or anything else, is
    /// PBES2 with AES-256. Plain output and PBES1 are not encryption
    /// schemes here (GNUTLS_E_INVALID_REQUEST); the GOST ones are not
    /// implemented.
    pub fn from_flags(f: u32) -> Result<Self, Code> {
        let cipher = f & !flags::NULL_PASSWORD;
        if cipher & (flags::PLAIN | flags::PBES1_DES_MD5) != 0 {
            return Err(errors::GNUTLS_E_INVALID_REQUEST);
        }
        let gost = flags::PBES2_GOST_TC26Z
            | flags::PBES2_GOST_CPA
            | flags::PBES2_GOST_CPB
            | flags::PBES2_GOST_CPC
            | flags::PBES2_GOST_CPD;
        if cipher & gost != 0 && cipher & !gost == 0 && cipher.is_power_of_two() {
            return Err(errors::GNUTLS_E_UNIMPLEMENTED_FEATURE);
        }
        Ok(Self::ALL
            .into_iter()
            .find(|s| s.flag() == cipher)
            .unwrap_or(Scheme::Pbes2Aes256))
    }

    /// Its gnutls_pkcs_encrypt_flags_t bit.
    pub fn flag(self) -> u32 {
        match self {
            Scheme::Pkcs12Tdes => flags::PKCS12_3DES,
            Scheme::Pkcs12Rc4 => flags::PKCS12_ARCFOUR,
            Scheme::Pkcs12Rc2_40 => flags::PKCS12_RC2_40,
            Scheme::Pbes2Tdes => flags::PBES2_3DES,
            Scheme::Pbes2Aes128 => flags::PBES2_AES_128,
            Scheme::Pbes2Aes192 => flags::PBES2_AES_192,
            Scheme::Pbes2Aes256 => flags::PBES2_AES_256,
            Scheme::Pbes2Des => flags::PBES2_DES,
        }
    }

    /// Its gnutls_cipher_algorithm_t.
    pub fn cipher(self) -> i32 {
        match self {
            Scheme::Pkcs12Tdes | Scheme::Pbes2Tdes => cipher_id::TDES_CBC,
            Scheme::Pkcs12Rc4 => cipher_id::ARCFOUR_128,
            Scheme::Pkcs12Rc2_40 => cipher_id::RC2_40_CBC,
            Scheme::Pbes2Aes128 => cipher_id::AES_128_CBC,
            Scheme::Pbes2Aes192 => cipher_id::AES_192_CBC,
            Scheme::Pbes2Aes256 => cipher_id::AES_256_CBC,
            Scheme::Pbes2Des => cipher_id::DES_CBC,
        }
    }
}

fn internal<E>(_: E) -> Code {
    errors::GNUTLS_E_INTERNAL_ERROR
}

fn enc_err<E>(_: E) -> Code {
    errors::GNUTLS_E_ENCRYPTION_FAILED
}

fn random(len: usize) -> Result<Vec<u8>, Code> {
    let mut buf = vec![0u8; len];
    rnd::fill(rnd::RND_NONCE, &mut buf)?;
    Ok(buf)
}

/// Encrypts `data` under `scheme` with a fresh salt (and IV), as GnuTLS
/// does: 600000 rounds; a PBES2 salt of 12 to 21 random bytes with
/// PBKDF2-HMAC-SHA256 and no key length; a PKCS#12 salt of 8 bytes.
/// Returns the algorithm identifier (with its parameters) and the
/// ciphertext.
pub fn encrypt(
    scheme: Scheme,
    data: &[u8],
    password: Option<&str>,
) -> Result<(AlgorithmIdentifierOwned, Vec<u8>), Code> {
    let legacy = match scheme {
        Scheme::Pkcs12Tdes => Some((OID_PKCS12_3DES, 24)),
        Scheme::Pkcs12Rc4 => Some((OID_PKCS12_RC4_128, 16)),
        Scheme::Pkcs12Rc2_40 => Some((OID_PKCS12_RC2_40, 5)),
        _ => None,
    };
    if let Some((oid, key_len)) = legacy {
        let salt = random(8)?;
        let pass = pbe::bmp_password(password)?;
        let rounds = ITERATIONS as i32;
        let key = Zeroizing::new(derive_key::<sha1::Sha1>(
            &pass,
            &salt,
            Pkcs12KeyType::EncryptionKey,
            rounds,
            key_len,
        ));
        let out = match scheme {
            Scheme::Pkcs12Rc4 => {
                let mut out = data.to_vec();
                rc4::Rc4::<rc4::consts::U16>::new_from_slice(&key)
                    .map_err(enc_err)?
                    .apply_keystream(&mut out);
                out
            }
            Scheme::Pkcs12Tdes => {
                let iv = derive_key::<sha1::Sha1>(&pass, &salt, Pkcs12KeyType::Iv, rounds, 8);
                cbc::Encryptor::<des::TdesEde3>::new_from_slices(&key, &iv)
                    .map_err(enc_err)?
                    .encrypt_padded_vec_mut::<Pkcs7>(data)
            }
            _ => {
                let iv = derive_key::<sha1::Sha1>(&pass, &salt, Pkcs12KeyType::Iv, rounds, 8);
                let rc2 = rc2::Rc2::new_with_eff_key_len(&key, 40);
                cbc::Encryptor::<rc2::Rc2>::inner_iv_slice_init(rc2, &iv)
                    .map_err(enc_err)?
                    .encrypt_padded_vec_mut::<Pkcs7>(data)
            }
        };
        let params = Pkcs12PbeParams {
            salt: OctetString::new(salt).map_err(internal)?,
            iterations: rounds,
        };
        let alg = AlgorithmIdentifierOwned {
            oid: ObjectIdentifier::new(oid).map_err(internal)?,
            parameters: Some(Any::encode_from(&params).map_err(internal)?),
        };
        return Ok((alg, out));
    }
    let mut n = [0u8; 1];
    rnd::fill(rnd::RND_NONCE, &mut n)?;
    let salt = random(12 + usize::from(n[0] % 10))?;
    let iv = random(16)?;
    let iv8: &[u8; 8] = iv[..8].try_into().map_err(internal)?;
    let iv16: &[u8; 16] = iv[..].try_into().map_err(internal)?;
    let encryption = match scheme {
        Scheme::Pbes2Aes128 => pbes2::EncryptionScheme::Aes128Cbc { iv: iv16 },
        Scheme::Pbes2Aes192 => pbes2::EncryptionScheme::Aes192Cbc { iv: iv16 },
        Scheme::Pbes2Aes256 => pbes2::EncryptionScheme::Aes256Cbc { iv: iv16 },
        Scheme::Pbes2Tdes => pbes2::EncryptionScheme::DesEde3Cbc { iv: iv8 },
        _ => pbes2::EncryptionScheme::DesCbc { iv: iv8 },
    };
    let params = pbes2::Parameters {
        kdf: pbes2::Pbkdf2Params {
            salt: &salt,
            iteration_count: ITERATIONS,
            key_length: None,
            prf: pbes2::Pbkdf2Prf::HmacWithSha256,
        }
        .into(),
        encryption,
    };
    let pass = password.unwrap_or("").as_bytes();
    let out = if scheme == Scheme::Pbes2Des {
        // pkcs5 decrypts single DES but refuses to encrypt with it.
        let mut key = Zeroizing::new([0u8; 8]);
        pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pass, &salt, ITERATIONS, &mut key[..]);
        cbc::Encryptor::<des::Des>::new_from_slices(&key[..], iv8)
            .map_err(enc_err)?
            .encrypt_padded_vec_mut::<Pkcs7>(data)
    } else {
        params.encrypt(pass, data).map_err(enc_err)?
    };
    // The identifier as GnuTLS writes it: the PRF without parameters
    // (pkcs5 would give it a NULL).
    let (enc_oid, iv_len) = match scheme {
        Scheme::Pbes2Aes128 => (pbes2::AES_128_CBC_OID, 16),
        Scheme::Pbes2Aes192 => (pbes2::AES_192_CBC_OID, 16),
        Scheme::Pbes2Aes256 => (pbes2::AES_256_CBC_OID, 16),
        Scheme::Pbes2Tdes => (pbes2::DES_EDE3_CBC_OID, 8),
        _ => (pbes2::DES_CBC_OID, 8),
    };
    let kdf = pkcs12::pbe_params::Pbkdf2Params {
        salt: OctetString::new(salt).map_err(internal)?,
        iteration_count: ITERATIONS,
        key_length: None,
        prf: AlgorithmIdentifierOwned {
            oid: pbes2::HMAC_WITH_SHA256_OID,
            parameters: None,
        },
    };
    let written = pkcs12::pbe_params::Pbes2Params {
        kdf: AlgorithmIdentifierOwned {
            oid: pbes2::PBKDF2_OID,
            parameters: Some(Any::encode_from(&kdf).map_err(internal)?),
        },
        encryption: AlgorithmIdentifierOwned {
            oid: enc_oid,
            parameters: Some(Any::encode_from(&OctetString::new(&iv[..iv_len]).map_err(internal)?).map_err(internal)?),
        },
    };
    let alg = AlgorithmIdentifierOwned {
        oid: pbes2::PBES2_OID,
        parameters: Some(Any::encode_from(&written).map_err(internal)?),
    };
    Ok((alg, out))
}

/// What gnutls_pkcs12_bag_enc_info and gnutls_pkcs8_info report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncInfo {
    /// The gnutls_pkcs_encrypt_flags_t bit of the scheme.
    pub schema: u32,
    /// gnutls_cipher_algorithm_t
    pub cipher: i32,
    pub salt: Vec<u8>,
    pub iterations: u32,
    /// The scheme's OID (PBES2's for every PBES2 scheme).
    pub oid: String,
}

/// Describes the scheme `alg`; one GnuTLS does not know is
/// GNUTLS_E_UNKNOWN_CIPHER_TYPE.
pub fn info(alg: &AlgorithmIdentifierOwned) -> Result<EncInfo, Code> {
    let oid = alg.oid.to_string();
    let params = alg
        .parameters
        .as_ref()
        .ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
    let der_err = |_| errors::GNUTLS_E_ASN1_DER_ERROR;
    if oid == OID_PBES2 {
        let p = pbe::Pbes2::parse(alg).map_err(|_| GNUTLS_E_UNKNOWN_CIPHER_TYPE)?;
        let scheme = match p.cipher {
            pbes2::AES_128_CBC_OID => Scheme::Pbes2Aes128,
            pbes2::AES_192_CBC_OID => Scheme::Pbes2Aes192,
            pbes2::AES_256_CBC_OID => Scheme::Pbes2Aes256,
            pbes2::DES_EDE3_CBC_OID => Scheme::Pbes2Tdes,
            pbes2::DES_CBC_OID => Scheme::Pbes2Des,
            _ => return Err(GNUTLS_E_UNKNOWN_CIPHER_TYPE),
        };
        return Ok(EncInfo {
            schema: scheme.flag(),
            cipher: scheme.cipher(),
            salt: p.salt,
            iterations: p.iterations,
            oid,
        });
    }
    let (schema, cipher) = match oid.as_str() {
        OID_PKCS12_3DES => (flags::PKCS12_3DES, cipher_id::TDES_CBC),
        OID_PKCS12_RC4_128 => (flags::PKCS12_ARCFOUR, cipher_id::ARCFOUR_128),
        OID_PKCS12_RC2_40 => (flags::PKCS12_RC2_40, cipher_id::RC2_40_CBC),
        OID_PBES1_DES_MD5 => (flags::PBES1_DES_MD5, cipher_id::DES_CBC),
        _ => return Err(GNUTLS_E_UNKNOWN_CIPHER_TYPE),
    };
    // PKCS#12 PBE parameters and PKCS#5 PBEParameter have the same shape.
    let p: Pkcs12PbeParams = params.decode_as().map_err(der_err)?;
    Ok(EncInfo {
        schema,
        cipher,
        salt: p.salt.as_bytes().to_vec(),
        iterations: u32::try_from(p.iterations).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?,
        oid,
    })
}

/// gnutls_pkcs8_info: the scheme of an encrypted PKCS#8 key (DER, or PEM
/// "ENCRYPTED PRIVATE KEY"). Anything else, a key in the clear included,
/// is GNUTLS_E_INVALID_REQUEST.
pub fn pkcs8_info(data: &[u8], format: crate::x509::X509Format) -> Result<EncInfo, Code> {
    let der = match format {
        crate::x509::X509Format::Der => data.to_vec(),
        crate::x509::X509Format::Pem => {
            crate::encoding::pem_decode(Some("ENCRYPTED PRIVATE KEY"), data)
                .map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?
                .data
        }
    };
    let key = pkcs12::pbe_params::EncryptedPrivateKeyInfo::from_der(&der)
        .map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
    info(&key.encryption_algorithm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_select_like_gnutls() {
        assert_eq!(Scheme::from_flags(0), Ok(Scheme::Pbes2Aes256));
        assert_eq!(Scheme::from_flags(flags::NULL_PASSWORD), Ok(Scheme::Pbes2Aes256));
        assert_eq!(Scheme::from_flags(1 << 20), Ok(Scheme::Pbes2Aes256));
        assert_eq!(Scheme::from_flags(flags::PKCS12_3DES), Ok(Scheme::Pkcs12Tdes));
        assert_eq!(
            Scheme::from_flags(flags::PBES2_AES_128 | flags::NULL_PASSWORD),
            Ok(Scheme::Pbes2Aes128)
        );
        assert_eq!(Scheme::from_flags(flags::PLAIN), Err(errors::GNUTLS_E_INVALID_REQUEST));
        assert_eq!(Scheme::from_flags(flags::PBES1_DES_MD5), Err(errors::GNUTLS_E_INVALID_REQUEST));
        assert_eq!(
            Scheme::from_flags(flags::PBES2_GOST_CPA),
            Err(errors::GNUTLS_E_UNIMPLEMENTED_FEATURE)
        );
    }

    #[test]
    fn every_scheme_decrypts_and_describes_itself() {
        for s in Scheme::ALL {
            let (alg, ct) = encrypt(s, b"some secret bytes", Some("pw")).unwrap();
            assert_eq!(pbe::decrypt(&alg, &ct, Some("pw")).unwrap(), b"some secret bytes", "{s:?}");
            let i = info(&alg).unwrap();
            assert_eq!((i.schema, i.cipher, i.iterations), (s.flag(), s.cipher(), ITERATIONS));
            assert!(i.salt.len() >= 8 && i.salt.len() <= 21);
        }
    }
}
