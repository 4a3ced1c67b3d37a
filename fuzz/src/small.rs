//! Small parsers of file or peer input: the known-hosts database, CIDR
//! ranges, DSA/ECDSA signature values, DN strings and `%XX` escapes.
use rgnutls::credentials::tofu;

/// Arbitrary bytes as a known-hosts file (looked up, with a key and
/// without), as CIDR text, as a signature value, and as a DN string.
pub fn small_parsers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for host in [Some("h"), None] {
        let _ = tofu::lookup(&text, host, Some("443"), data, 1_000_000);
        let _ = tofu::lookup(&text, host, None, b"", 0);
    }
    let _ = rgnutls::x509::cidr::to_rfc5280(&text);
    if let Ok((r, s)) = rgnutls::crypto::dss_sig::decode(data) {
        // What decodes must encode again.
        let _ = rgnutls::crypto::dss_sig::encode(&r, &s);
    }
    let _ = rgnutls::x509::name::parse_dn_string(&text);
    let mut copy = data.to_vec();
    let n = rgnutls::encoding::percent_decode_in_place(&mut copy);
    assert!(n <= data.len());
}
