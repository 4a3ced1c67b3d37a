//! Random numbers (`gnutls_rnd`) and key generation.

use super::Result;
use crate::errors::GNUTLS_E_RANDOM_FAILED;
use ring::rand::{SecureRandom, SystemRandom};

/// `gnutls_rnd_level_t`.
pub const RND_NONCE: i32 = 0;
pub const RND_RANDOM: i32 = 1;
pub const RND_KEY: i32 = 2;

/// `gnutls_rnd`: every level is served by the operating system's CSPRNG,
/// which is good enough for the strongest (key) level.
pub fn fill(level: i32, buf: &mut [u8]) -> Result<()> {
    // GnuTLS reports an unknown level as a failure of the generator.
    if !(RND_NONCE..=RND_KEY).contains(&level) {
        return Err(GNUTLS_E_RANDOM_FAILED);
    }
    SystemRandom::new()
        .fill(buf)
        .map_err(|_| GNUTLS_E_RANDOM_FAILED)
}

/// `gnutls_key_generate`: `len` random bytes at key level.
pub fn generate_key(len: usize) -> Result<Vec<u8>> {
    let mut k = vec![0; len];
    fill(RND_KEY, &mut k)?;
    Ok(k)
}
