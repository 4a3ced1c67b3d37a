//! Incremental ciphers (`gnutls_cipher_*`).
//!
//! As in GnuTLS, block modes keep separate encryption and decryption chains
//! (both restarted by `set_iv`), stream ciphers share one keystream, XTS treats
//! each call as one data unit with the IV as tweak, and GCM/ChaCha20-Poly1305
//! take associated data before the text and give the tag at the end.

use super::block_glue::{self, Block16};
use super::streaming_aead::StreamingAead;
use super::Result;
use crate::algorithms::cipher::{self as alg, CipherInfo};
use crate::errors::GNUTLS_E_INVALID_REQUEST;
use cipher::generic_array::GenericArray;
use cipher::inout::InOutBuf;
use cipher::{
    BlockCipher, BlockDecrypt, BlockDecryptMut, BlockEncrypt, BlockEncryptMut, BlockSizeUser,
    InnerIvInit, KeyInit, KeyIvInit, StreamCipher, StreamCipherSeek,
};

/// One algorithm's machinery behind [`Cipher`].
trait Engine: Send + Sync {
    fn set_iv(&mut self, iv: &[u8]) -> Result<()>;
    fn encrypt(&mut self, buf: &mut [u8]) -> Result<()>;
    fn decrypt(&mut self, buf: &mut [u8]) -> Result<()>;
    fn add_auth(&mut self, _aad: &[u8]) -> Result<()> {
        Err(GNUTLS_E_INVALID_REQUEST)
    }
    fn tag(&mut self) -> Result<[u8; 16]> {
        Err(GNUTLS_E_INVALID_REQUEST)
    }
    /// `input` into `output` (of the same length); by default a copy, then
    /// in place.
    fn encrypt_to(&mut self, input: &[u8], output: &mut [u8]) -> Result<()> {
        output.copy_from_slice(input);
        self.encrypt(output)
    }
    fn decrypt_to(&mut self, input: &[u8], output: &mut [u8]) -> Result<()> {
        output.copy_from_slice(input);
        self.decrypt(output)
    }
}

fn bad<E>(_: E) -> crate::errors::Code {
    GNUTLS_E_INVALID_REQUEST
}

/// CBC over any block cipher. Encryption chains through
/// [`block_glue::CbcEncrypt`] (the chaining value in a register); decryption,
/// which is parallel, through the cbc crate.
struct Cbc<C: BlockCipher + BlockEncrypt + BlockDecrypt + Clone> {
    cipher: C,
    enc_iv: GenericArray<u8, C::BlockSize>,
    dec: cbc::Decryptor<C>,
}

impl<C: BlockCipher + BlockEncrypt + BlockDecrypt + Clone> Cbc<C> {
    fn new(cipher: C) -> Self {
        let zero = GenericArray::default();
        Cbc {
            enc_iv: zero.clone(),
            dec: cbc::Decryptor::inner_iv_init(cipher.clone(), &zero),
            cipher,
        }
    }
}

impl<C: BlockCipher + BlockEncrypt + BlockDecrypt + Clone> Cbc<C> {
    /// `data` holds whole blocks only.
    fn encrypt_blocks(&mut self, data: InOutBuf<'_, '_, u8>) {
        self.cipher.encrypt_with_backend(block_glue::CbcEncrypt {
            blocks: data.into_chunks().0,
            iv: &mut self.enc_iv,
        });
    }
}

fn whole_blocks(buf: &[u8], bs: usize) -> Result<()> {
    if !buf.len().is_multiple_of(bs) {
        return Err(GNUTLS_E_INVALID_REQUEST);
    }
    Ok(())
}

impl<C: BlockCipher + BlockEncrypt + BlockDecrypt + Clone + Send + Sync> Engine for Cbc<C> {
    fn set_iv(&mut self, iv: &[u8]) -> Result<()> {
        if iv.len() != C::block_size() {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        let iv = GenericArray::from_slice(iv);
        self.enc_iv = iv.clone();
        self.dec = cbc::Decryptor::inner_iv_init(self.cipher.clone(), iv);
        Ok(())
    }
    fn encrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        whole_blocks(buf, C::block_size())?;
        self.encrypt_blocks(buf.into());
        Ok(())
    }
    /// Straight from `input` to `output` (no copy first).
    fn encrypt_to(&mut self, input: &[u8], output: &mut [u8]) -> Result<()> {
        whole_blocks(input, C::block_size())?;
        self.encrypt_blocks(InOutBuf::new(input, output).map_err(bad)?);
        Ok(())
    }
    fn decrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        whole_blocks(buf, C::block_size())?;
        // All blocks in one call: the backend (AES-NI) decrypts them in
        // parallel batches.
        let (blocks, _) = cipher::inout::InOutBuf::from(buf).into_chunks();
        self.dec.decrypt_blocks_inout_mut(blocks);
        Ok(())
    }
}

/// CFB8 over AES: byte-wise, any length.
struct Cfb8<C: BlockCipher + BlockEncrypt + Clone> {
    cipher: C,
    enc: cfb8::Encryptor<C>,
    dec: cfb8::Decryptor<C>,
}

impl<C: BlockCipher + BlockEncrypt + Clone> Cfb8<C> {
    fn new(cipher: C) -> Self {
        let zero = GenericArray::default();
        Cfb8 {
            enc: cfb8::Encryptor::inner_iv_init(cipher.clone(), &zero),
            dec: cfb8::Decryptor::inner_iv_init(cipher.clone(), &zero),
            cipher,
        }
    }
}

impl<C: BlockCipher + BlockEncrypt + Clone + Send + Sync> Engine for Cfb8<C> {
    fn set_iv(&mut self, iv: &[u8]) -> Result<()> {
        if iv.len() != C::block_size() {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        let iv = GenericArray::from_slice(iv);
        self.enc = cfb8::Encryptor::inner_iv_init(self.cipher.clone(), iv);
        self.dec = cfb8::Decryptor::inner_iv_init(self.cipher.clone(), iv);
        Ok(())
    }
    fn encrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        buf.chunks_exact_mut(1)
            .for_each(|b| self.enc.encrypt_block_mut(GenericArray::from_mut_slice(b)));
        Ok(())
    }
    fn decrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        buf.chunks_exact_mut(1)
            .for_each(|b| self.dec.decrypt_block_mut(GenericArray::from_mut_slice(b)));
        Ok(())
    }
}

/// XTS: every call is one data unit (at least one block; ciphertext stealing
/// for ragged lengths) tweaked by the current IV.
struct Xts<
    C: BlockCipher + BlockEncrypt + BlockDecrypt + BlockSizeUser<BlockSize = cipher::consts::U16>,
> {
    /// For ragged lengths (ciphertext stealing) only.
    xts: xts_mode::Xts128<C>,
    /// The two halves of the key again, for whole blocks (the common case).
    data: C,
    tweak_cipher: C,
    /// The IV as given (xts-mode encrypts it itself).
    tweak: [u8; 16],
    /// The IV encrypted with the tweak key, for whole blocks: done in
    /// `set_iv`, so that its latency overlaps the setting up of the
    /// encryption call, which the blocks of the data unit then do not wait on.
    first_tweak: Block16,
}

impl<C> Xts<C>
where
    C: BlockCipher + BlockEncrypt + BlockDecrypt + BlockSizeUser<BlockSize = cipher::consts::U16>,
{
    /// XTS over whole blocks through [`block_glue::XtsBlocks`] (xts-mode
    /// handles one block per call, several times slower). `data` holds whole
    /// blocks only.
    fn whole_blocks(&self, data: InOutBuf<'_, '_, u8>, encrypt: bool) {
        let unit = block_glue::XtsBlocks {
            blocks: data.into_chunks().0,
            tweak: self.first_tweak.into(),
        };
        if encrypt {
            self.data.encrypt_with_backend(unit);
        } else {
            self.data.decrypt_with_backend(unit);
        }
    }
}

impl<C> Engine for Xts<C>
where
    C: BlockCipher
        + BlockEncrypt
        + BlockDecrypt
        + BlockSizeUser<BlockSize = cipher::consts::U16>
        + Send
        + Sync,
{
    fn set_iv(&mut self, iv: &[u8]) -> Result<()> {
        if iv.len() != 16 {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        // Copied whole (`try_into` here compiled to a copy in odd-sized
        // pieces, which the 16-byte loads after it then waited on: store
        // forwarding fails for a load that spans several stores).
        self.tweak.copy_from_slice(iv);
        self.first_tweak.copy_from_slice(iv);
        self.tweak_cipher.encrypt_block(&mut self.first_tweak);
        Ok(())
    }
    fn encrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        if buf.len() < 16 {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        if buf.len().is_multiple_of(16) {
            self.whole_blocks(buf.into(), true);
        } else {
            self.xts.encrypt_sector(buf, self.tweak);
        }
        Ok(())
    }
    fn decrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        if buf.len() < 16 {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        if buf.len().is_multiple_of(16) {
            self.whole_blocks(buf.into(), false);
        } else {
            self.xts.decrypt_sector(buf, self.tweak);
        }
        Ok(())
    }
    /// Whole blocks go straight from `input` to `output` (a disk sector: no
    /// copy first).
    fn encrypt_to(&mut self, input: &[u8], output: &mut [u8]) -> Result<()> {
        match InOutBuf::new(input, output) {
            Ok(io) if input.len() >= 16 && input.len().is_multiple_of(16) => {
                self.whole_blocks(io, true);
                Ok(())
            }
            _ => {
                output.copy_from_slice(input);
                self.encrypt(output)
            }
        }
    }
    fn decrypt_to(&mut self, input: &[u8], output: &mut [u8]) -> Result<()> {
        match InOutBuf::new(input, output) {
            Ok(io) if input.len() >= 16 && input.len().is_multiple_of(16) => {
                self.whole_blocks(io, false);
                Ok(())
            }
            _ => {
                output.copy_from_slice(input);
                self.decrypt(output)
            }
        }
    }
}

fn xts<C>(key: &[u8]) -> Result<Box<dyn Engine>>
where
    C: BlockCipher
        + BlockEncrypt
        + BlockDecrypt
        + KeyInit
        + BlockSizeUser<BlockSize = cipher::consts::U16>
        + Send
        + Sync
        + 'static,
{
    let (k1, k2) = key.split_at(key.len() / 2);
    // Equal halves void XTS's security argument; GnuTLS refuses them too.
    if k1 == k2 {
        return Err(GNUTLS_E_INVALID_REQUEST);
    }
    let xts = xts_mode::Xts128::new(
        C::new_from_slice(k1).map_err(bad)?,
        C::new_from_slice(k2).map_err(bad)?,
    );
    let mut engine = Xts {
        xts,
        data: C::new_from_slice(k1).map_err(bad)?,
        tweak_cipher: C::new_from_slice(k2).map_err(bad)?,
        tweak: [0; 16],
        first_tweak: Block16::default(),
    };
    engine.set_iv(&[0; 16])?;
    Ok(Box::new(engine))
}

/// A stream cipher whose IV is fixed at construction; `set_iv` rebuilds it.
type MakeStream = Box<dyn Fn(&[u8]) -> Result<Box<dyn StreamCipherDyn>> + Send + Sync>;

struct Stream {
    make: MakeStream,
    state: Box<dyn StreamCipherDyn>,
}

trait StreamCipherDyn: Send + Sync {
    fn apply(&mut self, buf: &mut [u8]);
}

impl<T: StreamCipher + Send + Sync> StreamCipherDyn for T {
    fn apply(&mut self, buf: &mut [u8]) {
        self.apply_keystream(buf)
    }
}

impl Engine for Stream {
    fn set_iv(&mut self, iv: &[u8]) -> Result<()> {
        self.state = (self.make)(iv)?;
        Ok(())
    }
    fn encrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        self.state.apply(buf);
        Ok(())
    }
    fn decrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        self.state.apply(buf);
        Ok(())
    }
}

fn stream(
    make: impl Fn(&[u8]) -> Result<Box<dyn StreamCipherDyn>> + Send + Sync + 'static,
    initial_iv: &[u8],
) -> Result<Box<dyn Engine>> {
    let state = make(initial_iv)?;
    Ok(Box::new(Stream {
        make: Box::new(make),
        state,
    }))
}

/// ChaCha20 with GnuTLS's 16-byte IV: a little-endian block counter of
/// `counter_len` bytes followed by the nonce.
fn chacha(key: &[u8], counter_len: usize) -> Result<Box<dyn Engine>> {
    let key: [u8; 32] = key.try_into().map_err(bad)?;
    stream(
        move |iv: &[u8]| {
            if iv.len() != 16 {
                return Err(GNUTLS_E_INVALID_REQUEST);
            }
            let (ctr, nonce) = iv.split_at(counter_len);
            let mut c = [0u8; 8];
            c[..counter_len].copy_from_slice(ctr);
            let block = u64::from_le_bytes(c) as u128;
            if counter_len == 4 {
                let mut s = chacha20::ChaCha20::new(&key.into(), GenericArray::from_slice(nonce));
                s.try_seek(block * 64).map_err(bad)?;
                Ok(Box::new(s) as Box<dyn StreamCipherDyn>)
            } else {
                let mut s =
                    chacha20::ChaCha20Legacy::new(&key.into(), GenericArray::from_slice(nonce));
                s.try_seek(block * 64).map_err(bad)?;
                Ok(Box::new(s) as Box<dyn StreamCipherDyn>)
            }
        },
        &[0; 16],
    )
}

struct Rc4(Box<dyn StreamCipherDyn>);

impl Engine for Rc4 {
    /// RC4 has no IV.
    fn set_iv(&mut self, _iv: &[u8]) -> Result<()> {
        Err(GNUTLS_E_INVALID_REQUEST)
    }
    fn encrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        self.0.apply(buf);
        Ok(())
    }
    fn decrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        self.0.apply(buf);
        Ok(())
    }
}

struct Null;

impl Engine for Null {
    fn set_iv(&mut self, _iv: &[u8]) -> Result<()> {
        Ok(())
    }
    fn encrypt(&mut self, _buf: &mut [u8]) -> Result<()> {
        Ok(())
    }
    fn decrypt(&mut self, _buf: &mut [u8]) -> Result<()> {
        Ok(())
    }
}

impl Engine for StreamingAead {
    fn set_iv(&mut self, iv: &[u8]) -> Result<()> {
        StreamingAead::set_iv(self, iv)
    }
    fn encrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        StreamingAead::encrypt(self, buf)
    }
    fn decrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        StreamingAead::decrypt(self, buf)
    }
    fn add_auth(&mut self, aad: &[u8]) -> Result<()> {
        StreamingAead::add_auth(self, aad)
    }
    fn tag(&mut self) -> Result<[u8; 16]> {
        StreamingAead::tag(self)
    }
}

fn key<C: KeyInit>(key: &[u8]) -> Result<C> {
    C::new_from_slice(key).map_err(bad)
}

fn engine(id: i32, k: &[u8]) -> Result<Box<dyn Engine>> {
    use aes::{Aes128, Aes192, Aes256};
    use camellia::{Camellia128, Camellia192, Camellia256};
    Ok(match id {
        alg::NULL => Box::new(Null),
        alg::AES_128_CBC => Box::new(Cbc::new(key::<Aes128>(k)?)),
        alg::AES_192_CBC => Box::new(Cbc::new(key::<Aes192>(k)?)),
        alg::AES_256_CBC => Box::new(Cbc::new(key::<Aes256>(k)?)),
        alg::CAMELLIA_128_CBC => Box::new(Cbc::new(key::<Camellia128>(k)?)),
        alg::CAMELLIA_192_CBC => Box::new(Cbc::new(key::<Camellia192>(k)?)),
        alg::CAMELLIA_256_CBC => Box::new(Cbc::new(key::<Camellia256>(k)?)),
        alg::DES3_CBC => Box::new(Cbc::new(key::<des::TdesEde3>(k)?)),
        alg::DES_CBC => Box::new(Cbc::new(key::<des::Des>(k)?)),
        alg::AES_128_CFB8 => Box::new(Cfb8::new(key::<Aes128>(k)?)),
        alg::AES_192_CFB8 => Box::new(Cfb8::new(key::<Aes192>(k)?)),
        alg::AES_256_CFB8 => Box::new(Cfb8::new(key::<Aes256>(k)?)),
        alg::AES_128_XTS => xts::<Aes128>(k)?,
        alg::AES_256_XTS => xts::<Aes256>(k)?,
        alg::AES_128_GCM => Box::new(StreamingAead::gcm(key::<Aes128>(k)?)),
        alg::AES_192_GCM => Box::new(StreamingAead::gcm(key::<Aes192>(k)?)),
        alg::AES_256_GCM => Box::new(StreamingAead::gcm(key::<Aes256>(k)?)),
        alg::CAMELLIA_128_GCM => Box::new(StreamingAead::gcm(key::<Camellia128>(k)?)),
        alg::CAMELLIA_256_GCM => Box::new(StreamingAead::gcm(key::<Camellia256>(k)?)),
        alg::CHACHA20_POLY1305 => Box::new(StreamingAead::chacha20_poly1305(k)?),
        alg::CHACHA20_32 => chacha(k, 4)?,
        alg::ARCFOUR_128 => Box::new(Rc4(Box::new(
            rc4::Rc4::<cipher::consts::U16>::new_from_slice(k).map_err(bad)?,
        ))),
        _ => return Err(GNUTLS_E_INVALID_REQUEST),
    })
}

/// An open cipher (`gnutls_cipher_hd_t`).
pub struct Cipher {
    info: &'static CipherInfo,
    engine: Box<dyn Engine>,
}

impl std::fmt::Debug for Cipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cipher")
            .field("algorithm", &self.info.name)
            .finish_non_exhaustive()
    }
}

impl Cipher {
    /// `gnutls_cipher_init`. The key must have the algorithm's exact size; the
    /// IV, when given, too. CCM and SIV work only through [`super::aead`].
    pub fn new(algorithm: i32, key: &[u8], iv: Option<&[u8]>) -> Result<Self> {
        // GnuTLS refuses the NULL cipher here too (it only exists inside TLS).
        let info = alg::info(algorithm)
            .filter(|i| i.implemented && !i.aead_only && i.id != alg::NULL)
            .ok_or(GNUTLS_E_INVALID_REQUEST)?;
        if key.len() != info.key_size {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        let mut c = Cipher {
            info,
            engine: engine(algorithm, key)?,
        };
        if let Some(iv) = iv {
            c.set_iv(iv)?;
        }
        Ok(c)
    }

    pub fn info(&self) -> &'static CipherInfo {
        self.info
    }

    /// `gnutls_cipher_set_iv`: restarts the chains / keystream / AEAD message.
    pub fn set_iv(&mut self, iv: &[u8]) -> Result<()> {
        self.engine.set_iv(iv)
    }

    /// Encrypts in place. CBC needs whole blocks, XTS at least one block.
    pub fn encrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        self.engine.encrypt(buf)
    }

    pub fn decrypt(&mut self, buf: &mut [u8]) -> Result<()> {
        self.engine.decrypt(buf)
    }

    /// `gnutls_cipher_encrypt2`: `input` into the front of `output`.
    pub fn encrypt_to(&mut self, input: &[u8], output: &mut [u8]) -> Result<()> {
        let out = output
            .get_mut(..input.len())
            .ok_or(crate::errors::GNUTLS_E_SHORT_MEMORY_BUFFER)?;
        self.engine.encrypt_to(input, out)
    }

    pub fn decrypt_to(&mut self, input: &[u8], output: &mut [u8]) -> Result<()> {
        let out = output
            .get_mut(..input.len())
            .ok_or(crate::errors::GNUTLS_E_SHORT_MEMORY_BUFFER)?;
        self.engine.decrypt_to(input, out)
    }

    /// `gnutls_cipher_add_auth` (AEAD ciphers, before any text).
    pub fn add_auth(&mut self, aad: &[u8]) -> Result<()> {
        self.engine.add_auth(aad)
    }

    /// `gnutls_cipher_tag`: the first `out.len()` (at most 16) bytes of the tag.
    /// Ends the message: the next one needs `set_iv`.
    pub fn tag(&mut self, out: &mut [u8]) -> Result<()> {
        if out.len() > self.info.tag_size {
            return Err(GNUTLS_E_INVALID_REQUEST);
        }
        let t = self.engine.tag()?;
        out.copy_from_slice(&t[..out.len()]);
        Ok(())
    }
}

#[cfg(test)]
mod xts_tests {
    use super::*;

    /// The batched XTS path gives exactly what xts-mode gives.
    #[test]
    fn batched_xts_matches_xts_mode() {
        let key: Vec<u8> = (0..64u8).collect();
        let mut seed = 7u32;
        for len in [16usize, 17, 32, 48, 100, 128, 144, 512, 528, 1040, 4096] {
            let data: Vec<u8> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (seed >> 16) as u8
                })
                .collect();
            let tweak = [9u8; 16];
            let reference = xts_mode::Xts128::new(
                aes::Aes256::new_from_slice(&key[..32]).unwrap(),
                aes::Aes256::new_from_slice(&key[32..]).unwrap(),
            );
            let mut want = data.clone();
            reference.encrypt_sector(&mut want, tweak);
            // Before any set_iv the tweak is zero.
            let mut zero_iv = data.clone();
            reference.encrypt_sector(&mut zero_iv, [0; 16]);
            let mut engine = xts::<aes::Aes256>(&key).unwrap();
            let mut got = data.clone();
            engine.encrypt(&mut got).unwrap();
            assert_eq!(got, zero_iv, "no IV, len {len}");
            assert!(engine.set_iv(&[1; 15]).is_err());
            engine.set_iv(&tweak).unwrap();
            let mut got = data.clone();
            engine.encrypt(&mut got).unwrap();
            assert_eq!(got, want, "encrypt, len {len}");
            engine.decrypt(&mut got).unwrap();
            assert_eq!(got, data, "decrypt, len {len}");
            // From one buffer into another, as gnutls_cipher_encrypt2 does.
            let mut out = vec![0u8; len];
            engine.encrypt_to(&data, &mut out).unwrap();
            assert_eq!(out, want, "encrypt_to, len {len}");
            let mut back = vec![0u8; len];
            engine.decrypt_to(&out, &mut back).unwrap();
            assert_eq!(back, data, "decrypt_to, len {len}");
        }
    }

    /// CBC encryption through the block glue gives what the cbc crate gives,
    /// across calls (the chain continues, also across the glue's groups of
    /// blocks), in place and into another buffer, and after a new IV; for 16-
    /// and 8-byte blocks.
    #[test]
    fn cbc_glue_matches_cbc_crate() {
        fn check<C>(key: &[u8], iv: &[u8])
        where
            C: BlockCipher + BlockEncrypt + BlockDecrypt + KeyInit + Clone + Send + Sync,
        {
            let bs = C::block_size();
            let data: Vec<u8> = (0..bs * 40).map(|i| (i * 31 + 7) as u8).collect();
            let mut want = data.clone();
            let mut reference = cbc::Encryptor::<C>::new_from_slices(key, iv).unwrap();
            let (blocks, _) = cipher::inout::InOutBuf::from(&mut want[..]).into_chunks();
            reference.encrypt_blocks_inout_mut(blocks);

            let mut engine = Cbc::new(C::new_from_slice(key).unwrap());
            for _ in 0..2 {
                engine.set_iv(iv).unwrap();
                let mut got = data.clone();
                let (a, b) = got.split_at_mut(bs * 3);
                engine.encrypt(a).unwrap();
                engine.encrypt(b).unwrap();
                assert_eq!(got, want, "block size {bs}");
                engine.decrypt(&mut got).unwrap();
                assert_eq!(got, data);
                // From one buffer into another, as gnutls_cipher_encrypt2 does.
                engine.set_iv(iv).unwrap();
                let mut out = vec![0u8; data.len()];
                let (a, b) = data.split_at(bs * 17);
                let (oa, ob) = out.split_at_mut(bs * 17);
                engine.encrypt_to(a, oa).unwrap();
                engine.encrypt_to(b, ob).unwrap();
                assert_eq!(out, want, "encrypt_to, block size {bs}");
            }
            assert!(engine.encrypt(&mut [0u8; 5]).is_err());
        }
        let key: Vec<u8> = (100..132u8).collect();
        check::<aes::Aes128>(&key[..16], &[5; 16]);
        check::<aes::Aes256>(&key, &[6; 16]);
        check::<des::TdesEde3>(&key[..24], &[7; 8]);
    }
}
