//! Hex, base64 and PEM, as `gnutls_hex_*`, `gnutls_base64_*` and
//! `gnutls_pem_base64_*` use them.

use crate::errors::{
    Code, GNUTLS_E_BASE64_DECODING_ERROR, GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR,
    GNUTLS_E_PARSING_ERROR, GNUTLS_E_SHORT_MEMORY_BUFFER,
};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// Lower-case hex.
/// Decodes `%XX` escapes (two hex digits) in place; other bytes, and a
/// `%` not followed by two hex digits, stay as they are. Returns the new
/// length.
pub fn percent_decode_in_place(buf: &mut [u8]) -> usize {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let (mut read, mut write) = (0, 0);
    while read < buf.len() {
        let escaped = || Some((hex(*buf.get(read + 1)?)? << 4) | hex(*buf.get(read + 2)?)?);
        let escaped = if buf[read] == b'%' { escaped() } else { None };
        match escaped {
            Some(byte) => {
                buf[write] = byte;
                read += 3;
            }
            None => {
                buf[write] = buf[read];
                read += 1;
            }
        }
        write += 1;
    }
    write
}

pub fn hex_encode(data: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Hex of either case; an odd length or a non-hex character is GNUTLS_E_PARSING_ERROR.
pub fn hex_decode(text: &str) -> Result<Vec<u8>, Code> {
    let t = text.as_bytes();
    if !t.len().is_multiple_of(2) {
        return Err(GNUTLS_E_PARSING_ERROR);
    }
    let nib = |c: u8| {
        (c as char)
            .to_digit(16)
            .map(|d| d as u8)
            .ok_or(GNUTLS_E_PARSING_ERROR)
    };
    t.chunks_exact(2)
        .map(|p| Ok(nib(p[0])? << 4 | nib(p[1])?))
        .collect()
}

/// `gnutls_hex2bin`: lenient hex into a buffer of `capacity` bytes. Characters
/// that are not hex digits between pairs are skipped (so "00:ff" works); a
/// pair is a hex digit and the next character, whose value is that of the
/// hex digits it starts with (so "0g" is 0x00). A digit with nothing after it
/// is GNUTLS_E_PARSING_ERROR; more output than `capacity` is
/// GNUTLS_E_SHORT_MEMORY_BUFFER.
pub fn hex2bin_lenient(text: &[u8], capacity: usize) -> Result<Vec<u8>, Code> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(hi) = (text[i] as char).to_digit(16) else {
            i += 1;
            continue;
        };
        if out.len() >= capacity {
            return Err(GNUTLS_E_SHORT_MEMORY_BUFFER);
        }
        let Some(&next) = text.get(i + 1) else {
            return Err(GNUTLS_E_PARSING_ERROR);
        };
        out.push(match (next as char).to_digit(16) {
            Some(lo) => (hi << 4 | lo) as u8,
            None => hi as u8,
        });
        i += 2;
    }
    Ok(out)
}

/// Standard base64 with padding, one line.
pub fn base64_encode(data: &[u8]) -> String {
    STANDARD.encode(data)
}

/// Base64, ignoring line breaks and other whitespace.
pub fn base64_decode(text: &[u8]) -> Result<Vec<u8>, Code> {
    let clean: Vec<u8> = text
        .iter()
        .copied()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    STANDARD
        .decode(clean)
        .map_err(|_| GNUTLS_E_BASE64_DECODING_ERROR)
}

/// PEM armour with 64-column lines: `-----BEGIN label-----` ... `-----END label-----`.
pub fn pem_encode(label: &str, data: &[u8]) -> String {
    let b64 = base64_encode(data);
    let mut s = format!("-----BEGIN {label}-----\n");
    for line in b64.as_bytes().chunks(64) {
        s.push_str(&String::from_utf8_lossy(line));
        s.push('\n');
    }
    s.push_str(&format!("-----END {label}-----\n"));
    s
}

/// gnutls_pem_base64_encode's text: a PEM block, or with no label the bare
/// base64 on a single line (no header, no line breaks).
pub fn pem_or_raw_encode(label: Option<&str>, data: &[u8]) -> String {
    match label {
        Some(label) => pem_encode(label, data),
        None => base64_encode(data),
    }
}

/// A decoded PEM block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PemBlock {
    pub label: String,
    pub data: Vec<u8>,
}

/// `gnutls_pem_base64_decode2`: the first block whose label starts with
/// `label` (any block when `None`), skipping text before it: GnuTLS looks
/// for `-----BEGIN <label>`, so "RSA" finds an RSA PRIVATE KEY block but
/// "PRIVATE KEY" does not. RFC 1421-style headers
/// (`Key: value` lines before a blank line) are skipped.
pub fn pem_decode(label: Option<&str>, text: &[u8]) -> Result<PemBlock, Code> {
    const BEGIN: &[u8] = b"-----BEGIN ";
    let mut rest = text;
    loop {
        let at = find(rest, BEGIN).ok_or(GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR)?;
        let after = &rest[at + BEGIN.len()..];
        let close = find(after, b"-----").ok_or(GNUTLS_E_BASE64_DECODING_ERROR)?;
        let found = String::from_utf8_lossy(&after[..close]).into_owned();
        let body = &after[close + 5..];
        if label.is_some_and(|l| !found.starts_with(l)) {
            rest = body;
            continue;
        }
        let end_marker = format!("-----END {found}-----");
        let end = find(body, end_marker.as_bytes()).ok_or(GNUTLS_E_BASE64_DECODING_ERROR)?;
        let data = base64_decode(&strip_headers(&body[..end]))?;
        return Ok(PemBlock { label: found, data });
    }
}

/// Every block labelled exactly `label`, in order (other blocks are
/// skipped); an empty list when there is none.
pub fn pem_decode_all(label: &str, text: &[u8]) -> Result<Vec<Vec<u8>>, Code> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = find(rest, begin.as_bytes()) {
        let body = &rest[at + begin.len()..];
        let stop = find(body, end.as_bytes()).ok_or(GNUTLS_E_BASE64_DECODING_ERROR)?;
        out.push(base64_decode(&strip_headers(&body[..stop]))?);
        rest = &body[stop + end.len()..];
    }
    Ok(out)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Drops an RFC 1421 header section (lines with ':' up to a blank line).
fn strip_headers(body: &[u8]) -> Vec<u8> {
    let lines: Vec<&[u8]> = body
        .split(|&c| c == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .skip_while(|l| l.is_empty())
        .collect();
    let has_headers = lines.first().is_some_and(|l| l.contains(&b':'));
    let start = if has_headers {
        lines
            .iter()
            .position(|l| l.is_empty())
            .map_or(lines.len(), |i| i + 1)
    } else {
        0
    };
    lines[start..].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_label_is_bare_base64() {
        let data: Vec<u8> = (0..70).collect();
        let raw = pem_or_raw_encode(None, &data);
        assert_eq!(raw.len(), 96);
        assert!(!raw.contains('\n') && !raw.contains("BEGIN"));
        assert!(pem_or_raw_encode(Some("X"), &data).starts_with("-----BEGIN X-----\n"));
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(hex_encode(&[0, 0xab, 0xff]), "00abff");
        assert_eq!(hex_decode("00ABff").unwrap(), vec![0, 0xab, 0xff]);
        assert_eq!(hex_decode("abc"), Err(GNUTLS_E_PARSING_ERROR));
        assert_eq!(hex_decode("zz"), Err(GNUTLS_E_PARSING_ERROR));
    }

    #[test]
    fn hex2bin_like_gnutls() {
        assert_eq!(hex2bin_lenient(b"00:11:22", 3).unwrap(), vec![0, 0x11, 0x22]);
        assert_eq!(hex2bin_lenient(b"00:11:22", 2), Err(GNUTLS_E_SHORT_MEMORY_BUFFER));
        assert_eq!(hex2bin_lenient(b"0g", 1).unwrap(), vec![0]);
        assert_eq!(hex2bin_lenient(b"zz", 0).unwrap(), Vec::<u8>::new());
        assert_eq!(hex2bin_lenient(b"abc", 4), Err(GNUTLS_E_PARSING_ERROR));
    }

    #[test]
    fn base64_rfc4648() {
        for (p, e) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(p.as_bytes()), e);
            assert_eq!(base64_decode(e.as_bytes()).unwrap(), p.as_bytes());
        }
        assert_eq!(base64_decode(b"Zm9v\nYmFy\n").unwrap(), b"foobar");
        assert_eq!(base64_decode(b"Zm9v!"), Err(GNUTLS_E_BASE64_DECODING_ERROR));
    }

    #[test]
    fn pem_round_trip_and_label_match() {
        let data: Vec<u8> = (0..=255).collect();
        let pem = pem_encode("CERTIFICATE", &data);
        assert!(pem.lines().all(|l| l.len() <= 64 || l.starts_with("-----")));
        let two = format!("junk\n{}{}", pem_encode("PRIVATE KEY", b"key"), pem);
        assert_eq!(
            pem_decode(Some("CERTIFICATE"), two.as_bytes())
                .unwrap()
                .data,
            data
        );
        let first = pem_decode(None, two.as_bytes()).unwrap();
        assert_eq!(
            (first.label.as_str(), first.data.as_slice()),
            ("PRIVATE KEY", &b"key"[..])
        );
        // The wanted label must start the block's label, as in GnuTLS.
        let rsa = pem_encode("RSA PRIVATE KEY", b"k");
        assert_eq!(pem_decode(Some("RSA"), rsa.as_bytes()).unwrap().data, b"k");
        assert_eq!(
            pem_decode(Some("PRIVATE KEY"), rsa.as_bytes()),
            Err(GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR)
        );
        assert_eq!(
            pem_decode(Some("X509 CRL"), two.as_bytes()),
            Err(GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR)
        );
    }

    #[test]
    fn pem_blocks_of_one_label() {
        let text = b"x\n-----BEGIN OCSP RESPONSE-----\nAQI=\n-----END OCSP RESPONSE-----\n-----BEGIN CERTIFICATE-----\nAw==\n-----END CERTIFICATE-----\n-----BEGIN OCSP RESPONSE-----\nBA==\n-----END OCSP RESPONSE-----\n";
        assert_eq!(pem_decode_all("OCSP RESPONSE", text).unwrap(), vec![vec![1, 2], vec![4]]);
        assert!(pem_decode_all("OCSP RESPONSE", b"no pem").unwrap().is_empty());
    }

    #[test]
    fn percent_escapes_decode_in_place() {
        let mut b = *b"a%41%4z%%20%";
        let n = percent_decode_in_place(&mut b);
        assert_eq!(&b[..n], b"aA%4z% %");
    }

    #[test]
    fn pem_with_headers() {
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nZm9v\n-----END RSA PRIVATE KEY-----\n";
        assert_eq!(
            pem_decode(Some("RSA PRIVATE KEY"), pem.as_bytes())
                .unwrap()
                .data,
            b"foo"
        );
    }
}
