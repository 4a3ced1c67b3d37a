//! MACs (`gnutls_hmac_*`): HMAC over the registry hashes, AES-CMAC and AES-GMAC.

use crate::algorithms::mac::{self, MacInfo};
use crate::errors::GNUTLS_E_INVALID_REQUEST;
use aes_gcm::aead::AeadInPlace;
use aes_gcm::KeyInit;
use hmac::Mac as _;

use super::Result;

type HmacMd5 = hmac::Hmac<md5::Md5>;
type HmacSha224 = hmac::Hmac<sha2::Sha224>;
type CmacAes128 = cmac::Cmac<aes::Aes128>;
type CmacAes256 = cmac::Cmac<aes::Aes256>;

#[derive(Clone)]
enum GmacCipher {
    Aes128(Box<aes_gcm::Aes128Gcm>),
    Aes192(Box<aes_gcm::AesGcm<aes::Aes192, aes_gcm::aead::consts::U12>>),
    Aes256(Box<aes_gcm::Aes256Gcm>),
}

/// GMAC is GCM with everything as associated data. The data is kept until
/// output so that one GCM call does the work (GMAC inputs are small in practice).
#[derive(Clone)]
struct Gmac {
    cipher: GmacCipher,
    nonce: Option<[u8; 12]>,
    data: Vec<u8>,
}

impl Gmac {
    fn tag(&self) -> Result<[u8; 16]> {
        let nonce = self.nonce.ok_or(GNUTLS_E_INVALID_REQUEST)?;
        let n = aes_gcm::Nonce::from_slice(&nonce);
        let mut empty: [u8; 0] = [];
        let t = match &self.cipher {
            GmacCipher::Aes128(c) => c.encrypt_in_place_detached(n, &self.data, &mut empty),
            GmacCipher::Aes192(c) => c.encrypt_in_place_detached(n, &self.data, &mut empty),
            GmacCipher::Aes256(c) => c.encrypt_in_place_detached(n, &self.data, &mut empty),
        }
        .map_err(|_| GNUTLS_E_INVALID_REQUEST)?;
        Ok(t.into())
    }
}

#[derive(Clone)]
#[allow(clippy::large_enum_variant)] // one per handle; boxing buys nothing
enum State {
    /// HMAC-SHA1/SHA-256/384/512 through ring; the key is kept to restart after output.
    Ring(ring::hmac::Key, ring::hmac::Context),
    Md5(HmacMd5),
    Sha224(HmacSha224),
    Cmac128(CmacAes128),
    Cmac256(CmacAes256),
    Gmac(Gmac),
}

/// A running MAC (`gnutls_hmac_hd_t`).
#[derive(Clone)]
pub struct Hmac {
    info: &'static MacInfo,
    state: State,
}

fn ring_alg(id: i32) -> Option<ring::hmac::Algorithm> {
    Some(match id {
        mac::SHA1 => ring::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY,
        mac::SHA256 => ring::hmac::HMAC_SHA256,
        mac::SHA384 => ring::hmac::HMAC_SHA384,
        mac::SHA512 => ring::hmac::HMAC_SHA512,
        _ => return None,
    })
}

fn exact<T>(key: &[u8], len: usize, f: impl FnOnce() -> Option<T>) -> Result<T> {
    if key.len() != len {
        return Err(GNUTLS_E_INVALID_REQUEST);
    }
    f().ok_or(GNUTLS_E_INVALID_REQUEST)
}

impl Hmac {
    /// `gnutls_hmac_init`. HMAC takes keys of any length; CMAC and GMAC need
    /// exactly their key size (else GNUTLS_E_INVALID_REQUEST).
    pub fn new(algorithm: i32, key: &[u8]) -> Result<Self> {
        let info = mac::info(algorithm)
            .filter(|i| i.implemented && i.output_len > 0)
            .ok_or(GNUTLS_E_INVALID_REQUEST)?;
        let bad = |_| GNUTLS_E_INVALID_REQUEST;
        let state = if let Some(alg) = ring_alg(algorithm) {
            let k = ring::hmac::Key::new(alg, key);
            let ctx = ring::hmac::Context::with_key(&k);
            State::Ring(k, ctx)
        } else {
            match algorithm {
                mac::MD5 => State::Md5(<HmacMd5 as hmac::Mac>::new_from_slice(key).map_err(bad)?),
                mac::SHA224 => {
                    State::Sha224(<HmacSha224 as hmac::Mac>::new_from_slice(key).map_err(bad)?)
                }
                mac::AES_CMAC_128 => State::Cmac128(exact(key, 16, || {
                    <CmacAes128 as hmac::Mac>::new_from_slice(key).ok()
                })?),
                mac::AES_CMAC_256 => State::Cmac256(exact(key, 32, || {
                    <CmacAes256 as hmac::Mac>::new_from_slice(key).ok()
                })?),
                mac::AES_GMAC_128 => gmac(exact(key, 16, || {
                    aes_gcm::Aes128Gcm::new_from_slice(key)
                        .ok()
                        .map(|c| GmacCipher::Aes128(Box::new(c)))
                })?),
                mac::AES_GMAC_192 => gmac(exact(key, 24, || {
                    aes_gcm::AesGcm::<aes::Aes192, aes_gcm::aead::consts::U12>::new_from_slice(key)
                        .ok()
                        .map(|c| GmacCipher::Aes192(Box::new(c)))
                })?),
                mac::AES_GMAC_256 => gmac(exact(key, 32, || {
                    aes_gcm::Aes256Gcm::new_from_slice(key)
                        .ok()
                        .map(|c| GmacCipher::Aes256(Box::new(c)))
                })?),
                _ => return Err(GNUTLS_E_INVALID_REQUEST),
            }
        };
        Ok(Hmac { info, state })
    }

    pub fn algorithm(&self) -> i32 {
        self.info.id
    }

    pub fn output_len(&self) -> usize {
        self.info.output_len
    }

    /// `gnutls_hmac_set_nonce`: GMAC takes a 12-byte nonce; the other MACs ignore it.
    pub fn set_nonce(&mut self, nonce: &[u8]) -> Result<()> {
        if let State::Gmac(g) = &mut self.state {
            g.nonce = Some(nonce.try_into().map_err(|_| GNUTLS_E_INVALID_REQUEST)?);
        }
        Ok(())
    }

    /// `gnutls_hmac`.
    pub fn update(&mut self, data: &[u8]) {
        match &mut self.state {
            State::Ring(_, c) => c.update(data),
            State::Md5(m) => m.update(data),
            State::Sha224(m) => m.update(data),
            State::Cmac128(m) => m.update(data),
            State::Cmac256(m) => m.update(data),
            State::Gmac(g) => g.data.extend_from_slice(data),
        }
    }

    /// `gnutls_hmac_output`: the MAC of everything so far into `out[..output_len()]`,
    /// then the state restarts with the same key (and, for GMAC, the same nonce).
    pub fn output(&mut self, out: &mut [u8]) -> Result<()> {
        let dst = out
            .get_mut(..self.info.output_len)
            .ok_or(GNUTLS_E_INVALID_REQUEST)?;
        match &mut self.state {
            State::Ring(k, c) => {
                let done = std::mem::replace(c, ring::hmac::Context::with_key(k));
                dst.copy_from_slice(done.sign().as_ref());
            }
            State::Md5(m) => dst.copy_from_slice(&m.finalize_reset().into_bytes()),
            State::Sha224(m) => dst.copy_from_slice(&m.finalize_reset().into_bytes()),
            State::Cmac128(m) => dst.copy_from_slice(&m.finalize_reset().into_bytes()),
            State::Cmac256(m) => dst.copy_from_slice(&m.finalize_reset().into_bytes()),
            State::Gmac(g) => {
                dst.copy_from_slice(&g.tag()?);
                g.data.clear();
            }
        }
        Ok(())
    }

    /// MAC as a new vector, then restart.
    pub fn finish(&mut self) -> Result<Vec<u8>> {
        let mut v = vec![0; self.info.output_len];
        self.output(&mut v)?;
        Ok(v)
    }
}

fn gmac(cipher: GmacCipher) -> State {
    State::Gmac(Gmac {
        cipher,
        nonce: None,
        data: Vec::new(),
    })
}

/// `gnutls_hmac_fast` (the nonce is used by GMAC only).
pub fn hmac(algorithm: i32, key: &[u8], nonce: Option<&[u8]>, data: &[u8]) -> Result<Vec<u8>> {
    let mut m = Hmac::new(algorithm, key)?;
    if let Some(n) = nonce {
        m.set_nonce(n)?;
    }
    m.update(data);
    m.finish()
}
