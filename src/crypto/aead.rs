//! One-shot AEAD (`gnutls_aead_cipher_*`): ciphertext followed by the tag.

use super::cipher::Cipher;
use super::Result;
use crate::algorithms::cipher::{self as alg, CipherInfo};
use crate::errors::{GNUTLS_E_DECRYPTION_FAILED, GNUTLS_E_INVALID_REQUEST};
use aead::{AeadInPlace, KeyInit};
use cipher::consts::{U10, U12, U14, U16, U4, U6, U8};
use subtle::ConstantTimeEq;

/// An AEAD key (`gnutls_aead_cipher_hd_t`).
pub struct Aead {
    info: &'static CipherInfo,
    key: Vec<u8>,
}

impl std::fmt::Debug for Aead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Aead")
            .field("algorithm", &self.info.name)
            .finish_non_exhaustive()
    }
}

type Ccm<C, T> = ccm::Ccm<C, T, U12>;

/// CCM via the ccm crate; the tag length is part of the CCM computation, so
/// a shorter tag is a different CCM instance (any even length from 4 to 16).
fn ccm_run(
    id: i32,
    key: &[u8],
    nonce: &[u8],
    aad: &[u8],
    buf: &mut [u8],
    tag: &mut [u8],
    enc: bool,
) -> Result<()> {
    macro_rules! run {
        ($t:ty) => {{
            let c = <$t>::new_from_slice(key).map_err(|_| GNUTLS_E_INVALID_REQUEST)?;
            let n = aead::Nonce::<$t>::from_slice(nonce);
            if enc {
                let t = c
                    .encrypt_in_place_detached(n, aad, buf)
                    .map_err(|_| GNUTLS_E_INVALID_REQUEST)?;
                tag.copy_from_slice(&t);
            } else {
                c.decrypt_in_place_detached(n, aad, buf, aead::Tag::<$t>::from_slice(tag))
                    .map_err(|_| GNUTLS_E_DECRYPTION_FAILED)?;
            }
        }};
    }
    if nonce.len() != 12 {
        return Err(GNUTLS_E_INVALID_REQUEST);
    }
    let aes128 = matches!(id, alg::AES_128_CCM | alg::AES_128_CCM_8);
    macro_rules! by_tag {
        ($($n:literal => $t:ty),*) => {
            match (aes128, tag.len()) {
                $((true, $n) => run!(Ccm<aes::Aes128, $t>), (false, $n) => run!(Ccm<aes::Aes256, $t>),)*
                _ => return Err(GNUTLS_E_INVALID_REQUEST),
            }
        };
    }
    // CCM allows every even tag length from 4 to 16 (RFC 3610).
    by_tag!(4 => U4, 6 => U6, 8 => U8, 10 => U10, 12 => U12, 14 => U14, 16 => U16);
    Ok(())
}

/// AES-GCM through ring's assembly (AES-NI + carry-less multiply), many
/// times faster than the generic construction; `None` when ring cannot do
/// this one (other algorithms, nonces other than 96 bits).
fn ring_gcm(id: i32, key: &[u8], nonce: &[u8]) -> Option<(ring::aead::LessSafeKey, ring::aead::Nonce)> {
    let alg = match id {
        alg::AES_128_GCM => &ring::aead::AES_128_GCM,
        alg::AES_256_GCM => &ring::aead::AES_256_GCM,
        _ => return None,
    };
    let nonce = ring::aead::Nonce::try_assume_unique_for_key(nonce).ok()?;
    let key = ring::aead::UnboundKey::new(alg, key).ok()?;
    Some((ring::aead::LessSafeKey::new(key), nonce))
}

impl Aead {
    /// `gnutls_aead_cipher_init`: AEAD algorithms only, exact key size.
    pub fn new(algorithm: i32, key: &[u8]) -> Result<Self> {
        let info = alg::info(algorithm)
            .filter(|i| i.implemented && i.aead)
            .ok_or(GNUTLS_E_INVALID_REQUEST)?;
        if key.len() != info.key_size {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        Ok(Aead {
            info,
            key: key.to_vec(),
        })
    }

    pub fn info(&self) -> &'static CipherInfo {
        self.info
    }

    /// `gnutls_aead_cipher_set_key`.
    pub fn set_key(&mut self, key: &[u8]) -> Result<()> {
        *self = Aead::new(self.info.id, key)?;
        Ok(())
    }

    fn tag_len(&self, tag_size: usize) -> Result<usize> {
        let t = if tag_size == 0 {
            self.info.tag_size
        } else {
            tag_size
        };
        let ccm = matches!(
            self.info.id,
            alg::AES_128_CCM | alg::AES_256_CCM | alg::AES_128_CCM_8 | alg::AES_256_CCM_8
        );
        if t > self.info.tag_size || (ccm && (t < 4 || t % 2 == 1)) {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        Ok(t)
    }

    /// Size of the encryption of `plain_len` bytes with tag size `tag_size` (0: default).
    pub fn ciphertext_len(&self, plain_len: usize, tag_size: usize) -> Result<usize> {
        Ok(plain_len + self.tag_len(tag_size)?)
    }

    /// `gnutls_aead_cipher_encrypt`: returns ciphertext || tag (truncated to `tag_size`, 0 = full).
    pub fn encrypt(
        &self,
        nonce: &[u8],
        aad: &[u8],
        tag_size: usize,
        plain: &[u8],
    ) -> Result<Vec<u8>> {
        let t = self.tag_len(tag_size)?;
        let mut out = Vec::with_capacity(plain.len() + t);
        out.extend_from_slice(plain);
        let mut tag = [0u8; 16];
        if let Some((key, n)) = ring_gcm(self.info.id, &self.key, nonce) {
            // A shorter GCM tag is a prefix of the full one.
            let full = key
                .seal_in_place_separate_tag(n, ring::aead::Aad::from(aad), &mut out)
                .map_err(|_| GNUTLS_E_INVALID_REQUEST)?;
            tag.copy_from_slice(full.as_ref());
        } else if let Ok(()) = ccm_check(self.info.id) {
            ccm_run(
                self.info.id,
                &self.key,
                nonce,
                aad,
                &mut out,
                &mut tag[..t],
                true,
            )?;
        } else {
            let mut c = Cipher::new(self.info.id, &self.key, Some(nonce))?;
            c.add_auth(aad)?;
            c.encrypt(&mut out)?;
            c.tag(&mut tag[..t])?;
        }
        out.extend_from_slice(&tag[..t]);
        Ok(out)
    }

    /// `gnutls_aead_cipher_decrypt`: input is ciphertext || tag. A wrong tag gives
    /// GNUTLS_E_DECRYPTION_FAILED (compared in constant time) and no plaintext.
    pub fn decrypt(
        &self,
        nonce: &[u8],
        aad: &[u8],
        tag_size: usize,
        input: &[u8],
    ) -> Result<Vec<u8>> {
        let t = self.tag_len(tag_size)?;
        if input.len() < t {
            return Err(GNUTLS_E_DECRYPTION_FAILED);
        }
        if t == 16 {
            if let Some((key, n)) = ring_gcm(self.info.id, &self.key, nonce) {
                let mut buf = input.to_vec();
                return match key.open_in_place(n, ring::aead::Aad::from(aad), &mut buf) {
                    Ok(plain) => {
                        let len = plain.len();
                        buf.truncate(len);
                        Ok(buf)
                    }
                    Err(_) => Err(GNUTLS_E_DECRYPTION_FAILED),
                };
            }
        }
        let (ct, tag) = input.split_at(input.len() - t);
        let mut out = ct.to_vec();
        if let Ok(()) = ccm_check(self.info.id) {
            let mut tag = tag.to_vec();
            ccm_run(
                self.info.id,
                &self.key,
                nonce,
                aad,
                &mut out,
                &mut tag,
                false,
            )?;
        } else {
            let mut c = Cipher::new(self.info.id, &self.key, Some(nonce))?;
            c.add_auth(aad)?;
            c.decrypt(&mut out)?;
            let mut want = [0u8; 16];
            c.tag(&mut want[..t])?;
            if !bool::from(want[..t].ct_eq(tag)) {
                out.iter_mut().for_each(|b| *b = 0);
                return Err(GNUTLS_E_DECRYPTION_FAILED);
            }
        }
        Ok(out)
    }
}

fn ccm_check(id: i32) -> Result<()> {
    match id {
        alg::AES_128_CCM | alg::AES_256_CCM | alg::AES_128_CCM_8 | alg::AES_256_CCM_8 => Ok(()),
        _ => Err(GNUTLS_E_INVALID_REQUEST),
    }
}
