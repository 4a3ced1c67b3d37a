//! `gnutls_sign_algorithm_t`.

use super::{digest, pk};

/// One signature algorithm of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignInfo {
    pub id: i32,
    /// Name as `gnutls_sign_get_name` returns it.
    pub name: &'static str,
    /// AlgorithmIdentifier OID (`gnutls_sign_get_oid`); the PSS variants share one.
    pub oid: Option<&'static str>,
    /// `gnutls_sign_get_hash_algorithm` (a digest id, 0 for none).
    pub hash: i32,
    /// `gnutls_sign_get_pk_algorithm`.
    pub pk: i32,
    /// A second key type that can produce it (RSA keys can make RSA-PSS signatures).
    pub also_pk: i32,
    /// `gnutls_sign_is_secure`.
    pub secure: bool,
    /// `gnutls_sign_is_secure2(.., GNUTLS_SIGN_FLAG_SECURE_FOR_CERTS)`.
    pub secure_for_certs: bool,
    /// TLS SignatureScheme / TLS 1.2 (hash, sig) pair as a u16.
    pub tls_codepoint: Option<u16>,
    pub implemented: bool,
}

pub const UNKNOWN: i32 = 0;
pub const RSA_SHA1: i32 = 1;
pub const DSA_SHA1: i32 = 2;
pub const RSA_MD5: i32 = 3;
pub const RSA_MD2: i32 = 4;
pub const RSA_RMD160: i32 = 5;
pub const RSA_SHA256: i32 = 6;
pub const RSA_SHA384: i32 = 7;
pub const RSA_SHA512: i32 = 8;
pub const RSA_SHA224: i32 = 9;
pub const DSA_SHA224: i32 = 10;
pub const DSA_SHA256: i32 = 11;
pub const ECDSA_SHA1: i32 = 12;
pub const ECDSA_SHA224: i32 = 13;
pub const ECDSA_SHA256: i32 = 14;
pub const ECDSA_SHA384: i32 = 15;
pub const ECDSA_SHA512: i32 = 16;
pub const DSA_SHA384: i32 = 17;
pub const DSA_SHA512: i32 = 18;
pub const ECDSA_SHA3_224: i32 = 20;
pub const ECDSA_SHA3_256: i32 = 21;
pub const ECDSA_SHA3_384: i32 = 22;
pub const ECDSA_SHA3_512: i32 = 23;
pub const DSA_SHA3_224: i32 = 24;
pub const DSA_SHA3_256: i32 = 25;
pub const DSA_SHA3_384: i32 = 26;
pub const DSA_SHA3_512: i32 = 27;
pub const RSA_SHA3_224: i32 = 28;
pub const RSA_SHA3_256: i32 = 29;
pub const RSA_SHA3_384: i32 = 30;
pub const RSA_SHA3_512: i32 = 31;
pub const RSA_PSS_SHA256: i32 = 32;
pub const RSA_PSS_SHA384: i32 = 33;
pub const RSA_PSS_SHA512: i32 = 34;
pub const EDDSA_ED25519: i32 = 35;
pub const RSA_RAW: i32 = 36;
pub const ECDSA_SECP256R1_SHA256: i32 = 37;
pub const ECDSA_SECP384R1_SHA384: i32 = 38;
pub const ECDSA_SECP521R1_SHA512: i32 = 39;
pub const RSA_PSS_RSAE_SHA256: i32 = 40;
pub const RSA_PSS_RSAE_SHA384: i32 = 41;
pub const RSA_PSS_RSAE_SHA512: i32 = 42;
pub const GOST_94: i32 = 43;
pub const GOST_256: i32 = 44;
pub const GOST_512: i32 = 45;
pub const EDDSA_ED448: i32 = 46;

const PSS_OID: &str = "1.2.840.113549.1.1.10";

#[allow(clippy::too_many_arguments)]
const fn s(
    id: i32,
    name: &'static str,
    oid: Option<&'static str>,
    hash: i32,
    pk: i32,
    secure: bool,
    certs: bool,
    tls: Option<u16>,
    implemented: bool,
) -> SignInfo {
    // RSA-PSS signatures can come from plain RSA keys too.
    let also_pk = if pk == pk::RSA_PSS {
        pk::RSA
    } else {
        pk::UNKNOWN
    };
    SignInfo {
        id,
        name,
        oid,
        hash,
        pk,
        also_pk,
        secure,
        secure_for_certs: certs,
        tls_codepoint: tls,
        implemented,
    }
}

use digest::{
    MD2, MD5, RMD160, SHA1, SHA224, SHA256, SHA384, SHA3_224, SHA3_256, SHA3_384, SHA3_512, SHA512,
};

/// In the order of GnuTLS's `gnutls_sign_list()` (aliases removed).
#[rustfmt::skip]
pub static SIGNS: &[SignInfo] = &[
    s(RSA_SHA256, "RSA-SHA256", Some("1.2.840.113549.1.1.11"), SHA256, pk::RSA, true, true, Some(0x0401), true),
    s(RSA_SHA384, "RSA-SHA384", Some("1.2.840.113549.1.1.12"), SHA384, pk::RSA, true, true, Some(0x0501), true),
    s(RSA_SHA512, "RSA-SHA512", Some("1.2.840.113549.1.1.13"), SHA512, pk::RSA, true, true, Some(0x0601), true),
    s(RSA_PSS_SHA256, "RSA-PSS-SHA256", Some(PSS_OID), SHA256, pk::RSA_PSS, true, true, Some(0x0809), false),
    s(RSA_PSS_RSAE_SHA256, "RSA-PSS-RSAE-SHA256", Some(PSS_OID), SHA256, pk::RSA_PSS, true, true, Some(0x0804), true),
    s(RSA_PSS_SHA384, "RSA-PSS-SHA384", Some(PSS_OID), SHA384, pk::RSA_PSS, true, true, Some(0x080a), false),
    s(RSA_PSS_RSAE_SHA384, "RSA-PSS-RSAE-SHA384", Some(PSS_OID), SHA384, pk::RSA_PSS, true, true, Some(0x0805), true),
    s(RSA_PSS_SHA512, "RSA-PSS-SHA512", Some(PSS_OID), SHA512, pk::RSA_PSS, true, true, Some(0x080b), false),
    s(RSA_PSS_RSAE_SHA512, "RSA-PSS-RSAE-SHA512", Some(PSS_OID), SHA512, pk::RSA_PSS, true, true, Some(0x0806), true),
    s(EDDSA_ED25519, "EdDSA-Ed25519", Some("1.3.101.112"), SHA512, pk::EDDSA_ED25519, true, true, Some(0x0807), true),
    s(EDDSA_ED448, "EdDSA-Ed448", Some("1.3.101.113"), digest::SHAKE_256, pk::EDDSA_ED448, true, true, Some(0x0808), false),
    s(ECDSA_SHA256, "ECDSA-SHA256", Some("1.2.840.10045.4.3.2"), SHA256, pk::ECDSA, true, true, Some(0x0403), true),
    s(ECDSA_SHA384, "ECDSA-SHA384", Some("1.2.840.10045.4.3.3"), SHA384, pk::ECDSA, true, true, Some(0x0503), true),
    s(ECDSA_SHA512, "ECDSA-SHA512", Some("1.2.840.10045.4.3.4"), SHA512, pk::ECDSA, true, true, Some(0x0603), false),
    // TLS 1.3 binds the curve to the hash; these share codepoints with the plain ECDSA-SHAx ones.
    s(ECDSA_SECP256R1_SHA256, "ECDSA-SECP256R1-SHA256", None, SHA256, pk::ECDSA, true, true, Some(0x0403), true),
    s(ECDSA_SECP384R1_SHA384, "ECDSA-SECP384R1-SHA384", None, SHA384, pk::ECDSA, true, true, Some(0x0503), true),
    s(ECDSA_SECP521R1_SHA512, "ECDSA-SECP521R1-SHA512", None, SHA512, pk::ECDSA, true, true, Some(0x0603), false),
    s(ECDSA_SHA3_224, "ECDSA-SHA3-224", Some("2.16.840.1.101.3.4.3.9"), SHA3_224, pk::ECDSA, true, true, None, false),
    s(ECDSA_SHA3_256, "ECDSA-SHA3-256", Some("2.16.840.1.101.3.4.3.10"), SHA3_256, pk::ECDSA, true, true, None, false),
    s(ECDSA_SHA3_384, "ECDSA-SHA3-384", Some("2.16.840.1.101.3.4.3.11"), SHA3_384, pk::ECDSA, true, true, None, false),
    s(ECDSA_SHA3_512, "ECDSA-SHA3-512", Some("2.16.840.1.101.3.4.3.12"), SHA3_512, pk::ECDSA, true, true, None, false),
    s(RSA_SHA3_224, "RSA-SHA3-224", Some("2.16.840.1.101.3.4.3.13"), SHA3_224, pk::RSA, true, true, None, false),
    s(RSA_SHA3_256, "RSA-SHA3-256", Some("2.16.840.1.101.3.4.3.14"), SHA3_256, pk::RSA, true, true, None, false),
    s(RSA_SHA3_384, "RSA-SHA3-384", Some("2.16.840.1.101.3.4.3.15"), SHA3_384, pk::RSA, true, true, None, false),
    s(RSA_SHA3_512, "RSA-SHA3-512", Some("2.16.840.1.101.3.4.3.16"), SHA3_512, pk::RSA, true, true, None, false),
    s(DSA_SHA3_224, "DSA-SHA3-224", Some("2.16.840.1.101.3.4.3.5"), SHA3_224, pk::DSA, true, true, None, false),
    s(DSA_SHA3_256, "DSA-SHA3-256", Some("2.16.840.1.101.3.4.3.6"), SHA3_256, pk::DSA, true, true, None, false),
    s(DSA_SHA3_384, "DSA-SHA3-384", Some("2.16.840.1.101.3.4.3.7"), SHA3_384, pk::DSA, true, true, None, false),
    s(DSA_SHA3_512, "DSA-SHA3-512", Some("2.16.840.1.101.3.4.3.8"), SHA3_512, pk::DSA, true, true, None, false),
    s(RSA_RAW, "RSA-RAW", None, digest::UNKNOWN, pk::RSA, true, true, None, false),
    // SHA-1 is fine for a TLS handshake signature but no longer for certificates.
    s(RSA_SHA1, "RSA-SHA1", Some("1.2.840.113549.1.1.5"), SHA1, pk::RSA, true, false, Some(0x0201), true),
    s(RSA_SHA224, "RSA-SHA224", Some("1.2.840.113549.1.1.14"), SHA224, pk::RSA, true, true, Some(0x0301), false),
    s(RSA_RMD160, "RSA-RMD160", Some("1.3.36.3.3.1.2"), RMD160, pk::RSA, true, false, None, false),
    s(DSA_SHA1, "DSA-SHA1", Some("1.2.840.10040.4.3"), SHA1, pk::DSA, true, false, Some(0x0202), false),
    s(DSA_SHA224, "DSA-SHA224", Some("2.16.840.1.101.3.4.3.1"), SHA224, pk::DSA, true, true, Some(0x0302), false),
    s(DSA_SHA256, "DSA-SHA256", Some("2.16.840.1.101.3.4.3.2"), SHA256, pk::DSA, true, true, Some(0x0402), false),
    s(RSA_MD5, "RSA-MD5", Some("1.2.840.113549.1.1.4"), MD5, pk::RSA, false, false, Some(0x0101), false),
    s(RSA_MD2, "RSA-MD2", Some("1.2.840.113549.1.1.2"), MD2, pk::RSA, false, false, None, false),
    s(ECDSA_SHA1, "ECDSA-SHA1", Some("1.2.840.10045.4.1"), SHA1, pk::ECDSA, true, false, Some(0x0203), false),
    s(ECDSA_SHA224, "ECDSA-SHA224", Some("1.2.840.10045.4.3.1"), SHA224, pk::ECDSA, true, true, Some(0x0303), false),
    s(GOST_512, "GOSTR341012-512", Some("1.2.643.7.1.1.3.3"), digest::STREEBOG_512, pk::GOST_12_512, true, true, None, false),
    s(GOST_256, "GOSTR341012-256", Some("1.2.643.7.1.1.3.2"), digest::STREEBOG_256, pk::GOST_12_256, true, true, None, false),
    s(GOST_94, "GOSTR341001", Some("1.2.643.2.2.3"), digest::GOSTR_94, pk::GOST_01, false, false, None, false),
    s(DSA_SHA384, "DSA-SHA384", Some("2.16.840.1.101.3.4.3.3"), SHA384, pk::DSA, true, true, Some(0x0502), false),
    s(DSA_SHA512, "DSA-SHA512", Some("2.16.840.1.101.3.4.3.4"), SHA512, pk::DSA, true, true, Some(0x0602), false),
];

/// Legacy OIDs GnuTLS also maps (OIW sha1WithRSA and dsaWithSHA1).
const OID_ALIASES: &[(&str, i32)] = &[("1.3.14.3.2.29", RSA_SHA1), ("1.3.14.3.2.27", DSA_SHA1)];

pub fn info(id: i32) -> Option<&'static SignInfo> {
    SIGNS.iter().find(|e| e.id == id)
}

/// Case-insensitive name lookup over the whole table.
pub fn by_name(name: &str) -> Option<&'static SignInfo> {
    SIGNS.iter().find(|e| super::name_eq(e.name, name))
}

/// `gnutls_oid_to_sign`: for the shared PSS OID the first PSS entry wins, as in GnuTLS.
pub fn by_oid(oid: &str) -> Option<&'static SignInfo> {
    if let Some((_, id)) = OID_ALIASES.iter().find(|(o, _)| *o == oid) {
        return info(*id);
    }
    SIGNS
        .iter()
        .filter(|e| e.oid == Some(oid))
        .min_by_key(|e| e.id)
}

/// `gnutls_sign_supports_pk_algorithm`.
pub fn supports_pk(e: &SignInfo, pk: i32) -> bool {
    pk != pk::UNKNOWN && (e.pk == pk || e.also_pk == pk)
}

/// `gnutls_pk_to_sign`: the certificate-style algorithm for a key type and hash.
/// The TLS 1.3-only entries (curve-bound ECDSA, RSAE PSS) are skipped, as GnuTLS does.
pub fn from_pk_and_hash(pk: i32, hash: i32) -> Option<&'static SignInfo> {
    SIGNS
        .iter()
        .filter(|e| {
            e.pk == pk && e.hash == hash && e.oid.is_some()
                || e.id == RSA_RAW && pk == pk::RSA && hash == 0
        })
        .min_by_key(|e| e.id)
}

/// The entries using a TLS codepoint (two for ECDSA: the TLS 1.2 and the curve-bound one).
pub fn by_tls_codepoint(cp: u16) -> impl Iterator<Item = &'static SignInfo> {
    SIGNS.iter().filter(move |e| e.tls_codepoint == Some(cp))
}

/// The public-key algorithms behind a peer's TLS signature schemes, each
/// once and in the peer's order: the `pk_algos` list GnuTLS hands a
/// certificate retrieve callback. Unknown codepoints are skipped.
pub fn pk_algorithms_of(codepoints: &[u16]) -> Vec<i32> {
    let mut out = Vec::new();
    for pk in codepoints
        .iter()
        .filter_map(|&cp| by_tls_codepoint(cp).next().map(|e| e.pk))
    {
        if !out.contains(&pk) {
            out.push(pk);
        }
    }
    out
}

pub fn implemented() -> impl Iterator<Item = &'static SignInfo> {
    SIGNS.iter().filter(|e| e.implemented)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pk_algorithms_of_schemes_dedups_in_order() {
        // ECDSA P-256, RSA-PSS-RSAE, RSA PKCS#1, ECDSA P-384, Ed25519, unknown
        let got = pk_algorithms_of(&[0x0403, 0x0804, 0x0401, 0x0503, 0x0807, 0xfefe]);
        assert_eq!(got, vec![pk::ECDSA, pk::RSA_PSS, pk::RSA, pk::EDDSA_ED25519]);
        assert!(pk_algorithms_of(&[]).is_empty());
    }
}
