//! Key derivation: PBKDF2 (`gnutls_pbkdf2`) and HKDF (`gnutls_hkdf_extract/expand`),
//! built on [`super::hmac::Hmac`] so that every MAC we have can drive them.

use super::hmac::Hmac;
use super::Result;
use crate::algorithms::mac;
use crate::errors::GNUTLS_E_INVALID_REQUEST;

fn hmac_len(algorithm: i32) -> Result<usize> {
    let info = mac::info(algorithm).ok_or(GNUTLS_E_INVALID_REQUEST)?;
    // PBKDF2 and HKDF are defined over HMAC; CMAC/GMAC do not qualify.
    if matches!(
        algorithm,
        mac::AES_CMAC_128
            | mac::AES_CMAC_256
            | mac::AES_GMAC_128
            | mac::AES_GMAC_192
            | mac::AES_GMAC_256
    ) || info.output_len == 0
    {
        return Err(GNUTLS_E_INVALID_REQUEST);
    }
    Ok(info.output_len)
}

/// `gnutls_pbkdf2`: fills `out` (RFC 8018 section 5.2).
pub fn pbkdf2(
    algorithm: i32,
    password: &[u8],
    salt: &[u8],
    iterations: u32,
    out: &mut [u8],
) -> Result<()> {
    let hlen = hmac_len(algorithm)?;
    if iterations == 0 || out.is_empty() {
        return Err(GNUTLS_E_INVALID_REQUEST);
    }
    let prf = Hmac::new(algorithm, password)?;
    for (i, chunk) in out.chunks_mut(hlen).enumerate() {
        let mut m = prf.clone();
        m.update(salt);
        m.update(&(i as u32 + 1).to_be_bytes());
        let mut u = m.finish()?;
        let mut t = u.clone();
        for _ in 1..iterations {
            let mut m = prf.clone();
            m.update(&u);
            u = m.finish()?;
            t.iter_mut().zip(&u).for_each(|(a, b)| *a ^= b);
        }
        chunk.copy_from_slice(&t[..chunk.len()]);
    }
    Ok(())
}

/// `gnutls_hkdf_extract` (RFC 5869): PRK = HMAC(salt, IKM); an empty salt is
/// a string of zeros as long as the hash.
pub fn hkdf_extract(algorithm: i32, ikm: &[u8], salt: &[u8]) -> Result<Vec<u8>> {
    let hlen = hmac_len(algorithm)?;
    let zeros = vec![0u8; hlen];
    let salt = if salt.is_empty() { &zeros[..] } else { salt };
    let mut m = Hmac::new(algorithm, salt)?;
    m.update(ikm);
    m.finish()
}

/// `gnutls_hkdf_expand` (RFC 5869): fills `out`, at most 255 hash lengths.
pub fn hkdf_expand(algorithm: i32, prk: &[u8], info: &[u8], out: &mut [u8]) -> Result<()> {
    let hlen = hmac_len(algorithm)?;
    if out.len() > 255 * hlen {
        return Err(GNUTLS_E_INVALID_REQUEST);
    }
    let base = Hmac::new(algorithm, prk)?;
    let mut prev: Vec<u8> = Vec::new();
    for (i, chunk) in out.chunks_mut(hlen).enumerate() {
        let mut m = base.clone();
        m.update(&prev);
        m.update(info);
        m.update(&[(i + 1) as u8]);
        prev = m.finish()?;
        chunk.copy_from_slice(&prev[..chunk.len()]);
    }
    Ok(())
}
