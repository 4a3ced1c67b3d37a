//! Message digests (`gnutls_hash_*`).

use crate::algorithms::digest::{self, DigestInfo};
use crate::errors::GNUTLS_E_INVALID_REQUEST;
use ::digest::{ExtendableOutput, FixedOutput, Update, XofReader};

use super::Result;

#[derive(Clone)]
enum State {
    /// SHA-256/384/512 through ring.
    Ring(ring::digest::Context),
    /// SHA-1 through the sha1 crate, which uses the CPU's SHA extensions
    /// when present (ring's SHA-1 is portable code, 5x slower).
    Sha1(sha1::Sha1),
    Md5(md5::Md5),
    /// GNUTLS_DIG_MD5_SHA1 (TLS 1.0/1.1's handshake hash): MD5 || SHA-1.
    Md5Sha1(md5::Md5, sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

/// Runs `$body` with `$h` bound to the RustCrypto fixed-output hasher of `$state`.
macro_rules! with_fixed {
    ($state:expr, $h:ident => $body:expr, $other:pat => $else:expr) => {
        match $state {
            State::Md5($h) => $body,
            State::Sha1($h) => $body,
            State::Sha224($h) => $body,
            State::Sha3_224($h) => $body,
            State::Sha3_256($h) => $body,
            State::Sha3_384($h) => $body,
            State::Sha3_512($h) => $body,
            $other => $else,
        }
    };
}

/// A running hash (`gnutls_hash_hd_t`).
#[derive(Clone)]
pub struct Hash {
    info: &'static DigestInfo,
    state: State,
}

fn ring_alg(id: i32) -> Option<&'static ring::digest::Algorithm> {
    Some(match id {
        digest::SHA256 => &ring::digest::SHA256,
        digest::SHA384 => &ring::digest::SHA384,
        digest::SHA512 => &ring::digest::SHA512,
        _ => return None,
    })
}

/// MD5+SHA1 as GnuTLS 3.7.9 offers it: gnutls_hash_init and
/// gnutls_hash_fast accept it and gnutls_hash_get_len gives 36, but it has
/// no digest name or OID and is missing from gnutls_digest_list (and HMAC
/// refuses it), so it lives here rather than in the digest registry.
static MD5_SHA1_INFO: DigestInfo = DigestInfo {
    id: digest::MD5_SHA1,
    name: "MD5+SHA1",
    output_len: 16 + 20,
    block_size: 64,
    oid: None,
    implemented: true,
};

/// The hashes `Hash::new` accepts: the implemented registry digests plus MD5+SHA1.
fn hash_info(id: i32) -> Option<&'static DigestInfo> {
    if id == digest::MD5_SHA1 {
        return Some(&MD5_SHA1_INFO);
    }
    digest::info(id).filter(|i| i.implemented)
}

/// `gnutls_hash_get_len`: the output length of a hash `Hash::new` accepts
/// (0 for the SHAKE XOFs), else of the registry entry, else 0.
pub fn output_len_of(algorithm: i32) -> usize {
    hash_info(algorithm)
        .or_else(|| digest::info(algorithm))
        .map_or(0, |i| i.output_len)
}

fn new_state(id: i32) -> Option<State> {
    if let Some(alg) = ring_alg(id) {
        return Some(State::Ring(ring::digest::Context::new(alg)));
    }
    Some(match id {
        digest::MD5 => State::Md5(Default::default()),
        digest::MD5_SHA1 => State::Md5Sha1(Default::default(), Default::default()),
        digest::SHA1 => State::Sha1(Default::default()),
        digest::SHA224 => State::Sha224(Default::default()),
        digest::SHA3_224 => State::Sha3_224(Default::default()),
        digest::SHA3_256 => State::Sha3_256(Default::default()),
        digest::SHA3_384 => State::Sha3_384(Default::default()),
        digest::SHA3_512 => State::Sha3_512(Default::default()),
        digest::SHAKE_128 => State::Shake128(Default::default()),
        digest::SHAKE_256 => State::Shake256(Default::default()),
        _ => return None,
    })
}

impl Hash {
    /// `gnutls_hash_init`: unknown or unimplemented algorithms give GNUTLS_E_INVALID_REQUEST.
    pub fn new(algorithm: i32) -> Result<Self> {
        let info = hash_info(algorithm).ok_or(GNUTLS_E_INVALID_REQUEST)?;
        let state = new_state(algorithm).ok_or(GNUTLS_E_INVALID_REQUEST)?;
        Ok(Hash { info, state })
    }

    pub fn algorithm(&self) -> i32 {
        self.info.id
    }

    /// Output length in bytes (0 for SHAKE, whose output is read with [`Hash::squeeze`]).
    pub fn output_len(&self) -> usize {
        self.info.output_len
    }

    /// `gnutls_hash`.
    pub fn update(&mut self, data: &[u8]) {
        with_fixed!(&mut self.state, h => Update::update(h, data), other => match other {
            State::Ring(c) => c.update(data),
            State::Md5Sha1(m, s) => {
                Update::update(m, data);
                Update::update(s, data);
            }
            State::Shake128(s) => s.update(data),
            State::Shake256(s) => s.update(data),
            _ => {}
        })
    }

    /// `gnutls_hash_output`: writes the digest of everything so far into the
    /// first `output_len()` bytes of `out` and starts over, as GnuTLS does.
    pub fn output(&mut self, out: &mut [u8]) -> Result<()> {
        let n = self.info.output_len;
        let dst = out.get_mut(..n).ok_or(GNUTLS_E_INVALID_REQUEST)?;
        let fresh = new_state(self.info.id).ok_or(GNUTLS_E_INVALID_REQUEST)?;
        with_fixed!(std::mem::replace(&mut self.state, fresh), h => dst.copy_from_slice(&FixedOutput::finalize_fixed(h)), other => {
            // An XOF has no fixed length; output() writes nothing for it (length 0).
            match other {
                State::Ring(c) => dst.copy_from_slice(c.finish().as_ref()),
                State::Md5Sha1(m, s) => {
                    let (a, b) = dst.split_at_mut(16);
                    a.copy_from_slice(&FixedOutput::finalize_fixed(m));
                    b.copy_from_slice(&FixedOutput::finalize_fixed(s));
                }
                _ => {}
            }
        });
        Ok(())
    }

    /// Digest as a new vector, then reset.
    pub fn finish(&mut self) -> Vec<u8> {
        let mut v = vec![0; self.info.output_len];
        // Cannot fail: the buffer has the right length and the state exists.
        let _ = self.output(&mut v);
        v
    }

    /// For SHAKE: fill `out` with XOF output of everything hashed so far, then reset.
    pub fn squeeze(&mut self, out: &mut [u8]) -> Result<()> {
        let fresh = new_state(self.info.id).ok_or(GNUTLS_E_INVALID_REQUEST)?;
        match std::mem::replace(&mut self.state, fresh) {
            State::Shake128(s) => s.finalize_xof().read(out),
            State::Shake256(s) => s.finalize_xof().read(out),
            other => {
                self.state = other;
                return Err(GNUTLS_E_INVALID_REQUEST);
            }
        }
        Ok(())
    }
}

/// `gnutls_hash_fast`.
pub fn hash(algorithm: i32, data: &[u8]) -> Result<Vec<u8>> {
    let mut h = Hash::new(algorithm)?;
    h.update(data);
    Ok(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// MD5+SHA1 is MD5 || SHA-1, incremental, restarting after output.
    #[test]
    fn md5_sha1_is_the_concatenation() {
        assert_eq!(output_len_of(digest::MD5_SHA1), 36);
        let want = [hash(digest::MD5, b"abc").unwrap(), hash(digest::SHA1, b"abc").unwrap()].concat();
        assert_eq!(hash(digest::MD5_SHA1, b"abc").unwrap(), want);
        let mut h = Hash::new(digest::MD5_SHA1).unwrap();
        assert_eq!(h.output_len(), 36);
        h.update(b"a");
        let mut copy = h.clone();
        h.update(b"bc");
        assert_eq!(h.finish(), want);
        copy.update(b"bc");
        assert_eq!(copy.finish(), want);
        // finish() restarted the state: the empty message now.
        let empty = [hash(digest::MD5, b"").unwrap(), hash(digest::SHA1, b"").unwrap()].concat();
        assert_eq!(h.finish(), empty);
    }

    #[test]
    fn lengths_follow_the_registry() {
        assert_eq!(output_len_of(digest::SHA256), 32);
        assert_eq!(output_len_of(digest::SHAKE_128), 0);
        assert_eq!(output_len_of(9999), 0);
    }
}
