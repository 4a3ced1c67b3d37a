//! The chaining around a block cipher for CBC encryption and XTS, run as
//! closures *inside* the cipher crate's backend (`encrypt_with_backend`).
//!
//! Why not `cbc::Encryptor` and `xts_mode::Xts128`: measured on AES-NI, the
//! cbc crate keeps the chaining value in memory (a store-to-load round trip on
//! every block of a serial chain: ~12% slower than a register), and xts-mode
//! encrypts one block per call with a tweak update in between. Inside the
//! backend closure the block function is inlined into the crate's
//! `#[target_feature]` code, the chaining value stays in a register and the
//! independent XTS blocks overlap in the CPU. The AES itself stays the crate's.

use cipher::generic_array::{ArrayLength, GenericArray};
use cipher::inout::{InOut, InOutBuf};
use cipher::{BlockBackend, BlockClosure, BlockSizeUser};

/// CBC encryption of whole blocks, in place or from an input to an output
/// buffer, continuing from `iv` (updated to the last ciphertext block). Run
/// it with `cipher.encrypt_with_backend`.
pub(super) struct CbcEncrypt<'i, 'o, 'a, N: ArrayLength<u8>> {
    pub blocks: InOutBuf<'i, 'o, GenericArray<u8, N>>,
    pub iv: &'a mut GenericArray<u8, N>,
}

impl<N: ArrayLength<u8>> BlockSizeUser for CbcEncrypt<'_, '_, '_, N> {
    type BlockSize = N;
}

/// Blocks per loop iteration of [`CbcEncrypt`]. The chain is serial, so this
/// is not about parallelism: inside one iteration the chaining value is a
/// deep result, and the compiler then xors the plaintext with the backend's
/// first round key off the chain (one xor on the critical path instead of
/// two, ~3% on AES-128); only the first block of a group, whose chain comes
/// round the loop, keeps both. Measured against 1, 4, 8: 16 is best.
type CbcGroup = cipher::consts::U16;

impl<N: ArrayLength<u8>> BlockClosure for CbcEncrypt<'_, '_, '_, N> {
    #[inline(always)]
    fn call<B: BlockBackend<BlockSize = N>>(self, backend: &mut B) {
        let mut chain = self.iv.clone();
        let (groups, tail) = self.blocks.into_chunks::<CbcGroup>();
        for mut group in groups {
            for i in 0..<CbcGroup as cipher::typenum::Unsigned>::USIZE {
                cbc_block(backend, &mut chain, group.get(i));
            }
        }
        for block in tail {
            cbc_block(backend, &mut chain, block);
        }
        *self.iv = chain;
    }
}

#[inline(always)]
fn cbc_block<N: ArrayLength<u8>, B: BlockBackend<BlockSize = N>>(
    backend: &mut B,
    chain: &mut GenericArray<u8, N>,
    mut block: InOut<'_, '_, GenericArray<u8, N>>,
) {
    chain
        .iter_mut()
        .zip(block.get_in().iter())
        .for_each(|(c, p)| *c ^= p);
    backend.proc_block(chain.into());
    *block.get_out() = chain.clone();
}

/// Multiplies an XTS tweak by α in GF(2^128) (IEEE 1619: the tweak is a
/// little-endian 128-bit number; reduce by x^128 + x^7 + x^2 + x + 1).
#[inline(always)]
fn next_tweak(t: [u8; 16]) -> [u8; 16] {
    let t = u128::from_le_bytes(t);
    ((t << 1) ^ ((t >> 127) * 0x87)).to_le_bytes()
}

#[inline(always)]
fn xor16(a: &[u8; 16], b: &[u8; 16]) -> [u8; 16] {
    core::array::from_fn(|i| a[i] ^ b[i])
}

/// How many tweaks are computed ahead of the blocks that use them. Small
/// batches let the next batch's tweak chain run while the AES unit works on
/// the previous blocks; measured on 512-byte sectors, 4 and 8 beat 32 by
/// about 10% (and computing each tweak just before its block is slower).
type XtsBatch = cipher::consts::U4;
const XTS_BATCH: usize = <XtsBatch as cipher::typenum::Unsigned>::USIZE;

/// One XTS block size, for [`XtsBlocks`].
pub(super) type Block16 = GenericArray<u8, cipher::consts::U16>;

/// XTS over whole blocks, in place or from an input to an output buffer:
/// block i becomes C(P ^ T·α^i) ^ T·α^i, with `tweak` = T already encrypted.
/// Run it with `encrypt_with_backend` or `decrypt_with_backend` of the data
/// key's cipher; the direction is the backend's.
pub(super) struct XtsBlocks<'i, 'o> {
    pub blocks: InOutBuf<'i, 'o, Block16>,
    pub tweak: [u8; 16],
}

impl BlockSizeUser for XtsBlocks<'_, '_> {
    type BlockSize = cipher::consts::U16;
}

impl BlockClosure for XtsBlocks<'_, '_> {
    #[inline(always)]
    fn call<B: BlockBackend<BlockSize = Self::BlockSize>>(self, backend: &mut B) {
        let mut next = self.tweak;
        let mut tweaks = [[0u8; 16]; XTS_BATCH];
        let (batches, tail) = self.blocks.into_chunks::<XtsBatch>();
        for mut batch in batches {
            tweak_batch(&mut next, &mut tweaks);
            for (i, t) in tweaks.iter().enumerate() {
                xts_block(backend, batch.get(i), t);
            }
        }
        if !tail.is_empty() {
            tweak_batch(&mut next, &mut tweaks);
            for (block, t) in tail.into_iter().zip(tweaks.iter()) {
                xts_block(backend, block, t);
            }
        }
    }
}

/// The next [`XTS_BATCH`] tweaks from `next` on, computed ahead of the blocks
/// that use them so that those do not wait on the chain one by one: the
/// blocks are independent and overlap in the CPU.
#[inline(always)]
fn tweak_batch(next: &mut [u8; 16], tweaks: &mut [[u8; 16]; XTS_BATCH]) {
    for t in tweaks.iter_mut() {
        *t = *next;
        *next = next_tweak(*next);
    }
}

#[inline(always)]
fn xts_block<B: BlockBackend<BlockSize = cipher::consts::U16>>(
    backend: &mut B,
    mut block: InOut<'_, '_, Block16>,
    tweak: &[u8; 16],
) {
    let mut x = Block16::from(xor16(&(*block.get_in()).into(), tweak));
    backend.proc_block((&mut x).into());
    *block.get_out() = Block16::from(xor16(&x.into(), tweak));
}
