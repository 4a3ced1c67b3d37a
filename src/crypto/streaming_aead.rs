//! GCM and ChaCha20-Poly1305 in the incremental shape the `gnutls_cipher_*`
//! API needs (add_auth, then encrypt/decrypt in pieces, then tag). The crates'
//! AEAD types are one-shot, so this composes their parts: a keystream (CTR or
//! ChaCha20) and a universal hash (GHASH or Poly1305) over zero-padded data.

use crate::errors::GNUTLS_E_INVALID_REQUEST;
use cipher::{BlockCipher, BlockEncrypt, InnerIvInit, KeyIvInit, StreamCipher, StreamCipherSeek};
use std::sync::Arc;
use universal_hash::{KeyInit, UniversalHash};

use super::Result;

/// Keystream half of the construction.
trait Keystream: Send + Sync {
    fn apply(&mut self, buf: &mut [u8]);
}

impl<T: StreamCipher + Send + Sync> Keystream for T {
    fn apply(&mut self, buf: &mut [u8]) {
        self.apply_keystream(buf)
    }
}

/// A universal hash fed arbitrary-length pieces, padded with zeros to 16 bytes
/// at the end of each section (associated data, ciphertext).
struct Padded<U: UniversalHash> {
    hash: U,
    buf: [u8; 16],
    len: usize,
}

impl<U: UniversalHash<BlockSize = cipher::consts::U16>> Padded<U> {
    fn new(hash: U) -> Self {
        Padded {
            hash,
            buf: [0; 16],
            len: 0,
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            let take = (16 - self.len).min(data.len());
            self.buf[self.len..self.len + take].copy_from_slice(&data[..take]);
            self.len += take;
            data = &data[take..];
            if self.len == 16 {
                self.hash.update(&[self.buf.into()]);
                self.len = 0;
            }
        }
    }

    fn pad(&mut self) {
        if self.len > 0 {
            self.buf[self.len..].fill(0);
            self.hash.update(&[self.buf.into()]);
            self.len = 0;
        }
    }
}

#[allow(clippy::large_enum_variant)] // one per message
enum Mac {
    /// GHASH, plus E_K(J0) to mask the result.
    Ghash(Padded<ghash::GHash>, [u8; 16]),
    Poly(Padded<poly1305::Poly1305>),
}

struct Session {
    keystream: Box<dyn Keystream>,
    mac: Mac,
    aad_len: u64,
    text_len: u64,
    in_text: bool,
}

type Starter = dyn Fn(&[u8]) -> Result<Session> + Send + Sync;

/// An incremental AEAD: one message per nonce.
pub(crate) struct StreamingAead {
    start: Arc<Starter>,
    session: Option<Session>,
}

fn gcm_session<C>(cipher: &C, nonce: &[u8]) -> Result<Session>
where
    C: BlockCipher + BlockEncrypt<BlockSize = cipher::consts::U16> + Clone + Send + Sync + 'static,
{
    let nonce: [u8; 12] = nonce.try_into().map_err(|_| GNUTLS_E_INVALID_REQUEST)?;
    let mut h = [0u8; 16];
    cipher.encrypt_block((&mut h).into());
    let mut j0 = [0u8; 16];
    j0[..12].copy_from_slice(&nonce);
    j0[15] = 1;
    let mut mask = j0;
    cipher.encrypt_block((&mut mask).into());
    // Data starts at counter 2; Ctr32BE increments only the last 32 bits, like GCM.
    j0[15] = 2;
    let core = <ctr::CtrCore<C, ctr::flavors::Ctr32BE> as InnerIvInit>::inner_iv_init(
        cipher.clone(),
        (&j0).into(),
    );
    let ctr = cipher::StreamCipherCoreWrapper::from_core(core);
    Ok(Session {
        keystream: Box::new(ctr),
        mac: Mac::Ghash(Padded::new(ghash::GHash::new((&h).into())), mask),
        aad_len: 0,
        text_len: 0,
        in_text: false,
    })
}

fn chacha_session(key: &[u8; 32], nonce: &[u8]) -> Result<Session> {
    let nonce: [u8; 12] = nonce.try_into().map_err(|_| GNUTLS_E_INVALID_REQUEST)?;
    let mut chacha = chacha20::ChaCha20::new(key.into(), (&nonce).into());
    // Block 0 gives the one-time Poly1305 key; the data starts at block 1.
    let mut poly_key = [0u8; 64];
    chacha.apply_keystream(&mut poly_key);
    chacha.seek(64u64);
    let poly = poly1305::Poly1305::new(poly1305::Key::from_slice(&poly_key[..32]));
    Ok(Session {
        keystream: Box::new(chacha),
        mac: Mac::Poly(Padded::new(poly)),
        aad_len: 0,
        text_len: 0,
        in_text: false,
    })
}

impl StreamingAead {
    /// GCM over any 128-bit block cipher (AES, Camellia).
    pub(crate) fn gcm<C>(cipher: C) -> Self
    where
        C: BlockCipher
            + BlockEncrypt<BlockSize = cipher::consts::U16>
            + Clone
            + Send
            + Sync
            + 'static,
    {
        StreamingAead {
            start: Arc::new(move |nonce| gcm_session(&cipher, nonce)),
            session: None,
        }
    }

    pub(crate) fn chacha20_poly1305(key: &[u8]) -> Result<Self> {
        let key: [u8; 32] = key.try_into().map_err(|_| GNUTLS_E_INVALID_REQUEST)?;
        Ok(StreamingAead {
            start: Arc::new(move |nonce| chacha_session(&key, nonce)),
            session: None,
        })
    }

    /// Starts a new message under `nonce`.
    pub(crate) fn set_iv(&mut self, nonce: &[u8]) -> Result<()> {
        self.session = Some((self.start)(nonce)?);
        Ok(())
    }

    fn session(&mut self) -> Result<&mut Session> {
        self.session.as_mut().ok_or(GNUTLS_E_INVALID_REQUEST)
    }

    /// Associated data; only before the first encrypt/decrypt of the message.
    pub(crate) fn add_auth(&mut self, aad: &[u8]) -> Result<()> {
        let s = self.session()?;
        if s.in_text {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        s.aad_len += aad.len() as u64;
        match &mut s.mac {
            Mac::Ghash(p, _) => p.update(aad),
            Mac::Poly(p) => p.update(aad),
        }
        Ok(())
    }

    fn enter_text(s: &mut Session, len: usize) {
        if !s.in_text {
            s.in_text = true;
            match &mut s.mac {
                Mac::Ghash(p, _) => p.pad(),
                Mac::Poly(p) => p.pad(),
            }
        }
        s.text_len += len as u64;
    }

    fn absorb(s: &mut Session, ciphertext: &[u8]) {
        match &mut s.mac {
            Mac::Ghash(p, _) => p.update(ciphertext),
            Mac::Poly(p) => p.update(ciphertext),
        }
    }

    pub(crate) fn encrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        let s = self.session()?;
        Self::enter_text(s, buf.len());
        s.keystream.apply(buf);
        Self::absorb(s, buf);
        Ok(())
    }

    pub(crate) fn decrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        let s = self.session()?;
        Self::enter_text(s, buf.len());
        Self::absorb(s, buf);
        s.keystream.apply(buf);
        Ok(())
    }

    /// The full 16-byte tag of the message so far. The session stays usable
    /// only through a new `set_iv`.
    pub(crate) fn tag(&mut self) -> Result<[u8; 16]> {
        let s = self.session.take().ok_or(GNUTLS_E_INVALID_REQUEST)?;
        let (aad, text) = (s.aad_len, s.text_len);
        let tag = match s.mac {
            Mac::Ghash(mut p, mask) => {
                p.pad();
                let mut lens = [0u8; 16];
                lens[..8].copy_from_slice(&(aad * 8).to_be_bytes());
                lens[8..].copy_from_slice(&(text * 8).to_be_bytes());
                p.update(&lens);
                let mut t: [u8; 16] = p.hash.finalize().into();
                t.iter_mut().zip(mask).for_each(|(a, b)| *a ^= b);
                t
            }
            Mac::Poly(mut p) => {
                p.pad();
                let mut lens = [0u8; 16];
                lens[..8].copy_from_slice(&aad.to_le_bytes());
                lens[8..].copy_from_slice(&text.to_le_bytes());
                p.update(&lens);
                p.hash.finalize().into()
            }
        };
        Ok(tag)
    }
}
