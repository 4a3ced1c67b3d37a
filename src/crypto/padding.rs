//! PKCS#7 padding for `gnutls_cipher_encrypt3/decrypt3` with
//! `GNUTLS_CIPHER_PADDING_PKCS7`.

use super::Result;
use crate::errors::GNUTLS_E_DECRYPTION_FAILED;

/// Length of `len` bytes padded to whole blocks (always at least one byte of padding).
pub fn padded_len(len: usize, block: usize) -> Option<usize> {
    Some(len.checked_add(block)? / block * block)
}

/// `data` followed by `n` bytes of value `n`, up to the next block boundary.
pub fn pad(data: &[u8], block: usize) -> Vec<u8> {
    let n = block - data.len() % block;
    let mut v = Vec::with_capacity(data.len() + n);
    v.extend_from_slice(data);
    v.resize(data.len() + n, n as u8);
    v
}

/// Length of the text in `data` once its padding is removed; bad padding is
/// GNUTLS_E_DECRYPTION_FAILED.
pub fn unpadded_len(data: &[u8], block: usize) -> Result<usize> {
    let n = *data.last().ok_or(GNUTLS_E_DECRYPTION_FAILED)? as usize;
    if n == 0 || n > block || n > data.len() {
        return Err(GNUTLS_E_DECRYPTION_FAILED);
    }
    if data[data.len() - n..].iter().any(|&b| b as usize != n) {
        return Err(GNUTLS_E_DECRYPTION_FAILED);
    }
    Ok(data.len() - n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for len in 0..40 {
            let data = vec![7u8; len];
            let p = pad(&data, 16);
            assert_eq!(p.len(), padded_len(len, 16).unwrap());
            assert_eq!(p.len() % 16, 0);
            assert_eq!(unpadded_len(&p, 16).unwrap(), len);
        }
        assert!(unpadded_len(&[1, 2, 3, 0], 16).is_err());
        assert!(unpadded_len(&[2, 2, 3, 2], 16).is_err());
        assert!(unpadded_len(&[17; 17], 16).is_err());
    }
}
