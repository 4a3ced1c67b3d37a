//! What rgnutls can really negotiate: rustls 0.23 with the ring provider.
//! Intersects a GnuTLS-style priority with the engine's abilities and builds
//! the rustls objects the TLS layer uses.

use super::ids::*;
use super::suites::CIPHER_SUITES;
use super::Lists;
use rustls::crypto::ring as ring_provider;
use rustls::crypto::{CryptoProvider, SupportedKxGroup, WebPkiSupportedAlgorithms};
use rustls::{SignatureScheme, SupportedCipherSuite, SupportedProtocolVersion};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// Protocols the engine speaks.
pub const PROTOCOLS: &[u32] = &[TLS1_3, TLS1_2];
/// Groups ring's rustls provider implements.
pub const GROUPS: &[u32] = &[GROUP_X25519, GROUP_SECP256R1, GROUP_SECP384R1];
pub const KX: &[u32] = &[KX_ECDHE_ECDSA, KX_ECDHE_RSA];
pub const CIPHERS: &[u32] = &[
    CIPHER_AES_128_GCM,
    CIPHER_AES_256_GCM,
    CIPHER_CHACHA20_POLY1305,
];
pub const MACS: &[u32] = &[MAC_AEAD];
/// X.509 certificates and raw public keys (RFC 7250; TLS 1.3 only in rustls).
pub const CERT_TYPES: &[u32] = &[CRT_X509, CRT_RAWPK];

/// GnuTLS signature ids and the rustls scheme each corresponds to. The
/// TLS 1.2 ECDSA ids and the curve-bound TLS 1.3 ids share a code point.
pub const SIGNS: &[(u32, SignatureScheme)] = &[
    (SIGN_RSA_SHA256, SignatureScheme::RSA_PKCS1_SHA256),
    (SIGN_RSA_SHA384, SignatureScheme::RSA_PKCS1_SHA384),
    (SIGN_RSA_SHA512, SignatureScheme::RSA_PKCS1_SHA512),
    (SIGN_RSA_PSS_RSAE_SHA256, SignatureScheme::RSA_PSS_SHA256),
    (SIGN_RSA_PSS_RSAE_SHA384, SignatureScheme::RSA_PSS_SHA384),
    (SIGN_RSA_PSS_RSAE_SHA512, SignatureScheme::RSA_PSS_SHA512),
    (SIGN_ECDSA_SHA256, SignatureScheme::ECDSA_NISTP256_SHA256),
    (
        SIGN_ECDSA_SECP256R1_SHA256,
        SignatureScheme::ECDSA_NISTP256_SHA256,
    ),
    (SIGN_ECDSA_SHA384, SignatureScheme::ECDSA_NISTP384_SHA384),
    (
        SIGN_ECDSA_SECP384R1_SHA384,
        SignatureScheme::ECDSA_NISTP384_SHA384,
    ),
    (SIGN_EDDSA_ED25519, SignatureScheme::ED25519),
];

fn keep(list: &[u32], allowed: &[u32]) -> Vec<u32> {
    list.iter()
        .copied()
        .filter(|x| allowed.contains(x))
        .collect()
}

fn engine_suite(code: u16) -> Option<SupportedCipherSuite> {
    ring_provider::ALL_CIPHER_SUITES
        .iter()
        .copied()
        .find(|s| u16::from(s.suite()) == code)
}

/// Restricts the GnuTLS view to the engine; returns lists and suite indices.
pub fn restrict(view: &Lists, suites: &[usize]) -> (Lists, Vec<usize>) {
    let mut e = Lists {
        protocols: keep(&view.protocols, PROTOCOLS),
        ciphers: keep(&view.ciphers, CIPHERS),
        macs: keep(&view.macs, MACS),
        kx: keep(&view.kx, KX),
        groups: keep(&view.groups, GROUPS),
        signs: view
            .signs
            .iter()
            .copied()
            .filter(|s| SIGNS.iter().any(|(id, _)| id == s))
            .collect(),
        client_ctypes: keep(&view.client_ctypes, CERT_TYPES),
        server_ctypes: keep(&view.server_ctypes, CERT_TYPES),
    };
    let tls13 = e.protocols.contains(&TLS1_3);
    let tls12 = e.protocols.contains(&TLS1_2);
    let have_groups = !e.groups.is_empty();
    let have_signs = !e.signs.is_empty();
    let s: Vec<usize> = suites
        .iter()
        .copied()
        .filter(|&i| {
            let Some(cs) = CIPHER_SUITES.get(i) else {
                return false;
            };
            if engine_suite(cs.code()).is_none() || !have_groups || !have_signs {
                return false;
            }
            if cs.kx == 0 {
                tls13
            } else {
                tls12 && e.kx.contains(&cs.kx)
            }
        })
        .collect();
    // A protocol with no usable suite cannot be negotiated.
    let any13 = s.iter().any(|&i| CIPHER_SUITES[i].kx == 0);
    let any12 = s.iter().any(|&i| CIPHER_SUITES[i].kx != 0);
    e.protocols
        .retain(|&p| (p == TLS1_3 && any13) || (p == TLS1_2 && any12));
    if e.protocols.is_empty() {
        e.kx.clear();
    }
    (e, s)
}

/// rustls protocol versions for the engine protocol list, newest first.
pub fn protocol_versions(protocols: &[u32]) -> Vec<&'static SupportedProtocolVersion> {
    let mut v = Vec::new();
    if protocols.contains(&TLS1_3) {
        v.push(&rustls::version::TLS13);
    }
    if protocols.contains(&TLS1_2) {
        v.push(&rustls::version::TLS12);
    }
    v
}

fn kx_group(id: u32) -> Option<&'static dyn SupportedKxGroup> {
    match id {
        GROUP_X25519 => Some(ring_provider::kx_group::X25519),
        GROUP_SECP256R1 => Some(ring_provider::kx_group::SECP256R1),
        GROUP_SECP384R1 => Some(ring_provider::kx_group::SECP384R1),
        _ => None,
    }
}

/// The signature schemes for the engine sign list, in priority order, no repeats.
pub fn signature_schemes(signs: &[u32]) -> Vec<SignatureScheme> {
    let mut out: Vec<SignatureScheme> = Vec::new();
    for s in signs {
        if let Some((_, scheme)) = SIGNS.iter().find(|(id, _)| id == s) {
            if !out.contains(scheme) {
                out.push(*scheme);
            }
        }
    }
    out
}

type Mapping = &'static [(
    SignatureScheme,
    &'static [&'static dyn rustls::pki_types::SignatureVerificationAlgorithm],
)];

/// rustls wants `'static` mappings; each distinct ordered scheme list is
/// built once and kept for the life of the process (few distinct lists exist).
fn filtered_mapping(schemes: &[SignatureScheme]) -> Mapping {
    static CACHE: OnceLock<Mutex<HashMap<Vec<u16>, Mapping>>> = OnceLock::new();
    let base = ring_provider::default_provider().signature_verification_algorithms;
    let key: Vec<u16> = schemes.iter().map(|s| u16::from(*s)).collect();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut guard = match cache.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(m) = guard.get(&key) {
        return m;
    }
    let v: Vec<_> = schemes
        .iter()
        .filter_map(|s| base.mapping.iter().find(|(b, _)| b == s).copied())
        .collect();
    let m: Mapping = Box::leak(v.into_boxed_slice());
    guard.insert(key, m);
    m
}

/// The ring provider filtered and ordered by the engine lists.
pub fn crypto_provider(engine: &Lists, suites: &[usize]) -> CryptoProvider {
    let base = ring_provider::default_provider();
    let cipher_suites = suites
        .iter()
        .filter_map(|&i| CIPHER_SUITES.get(i))
        .filter_map(|cs| engine_suite(cs.code()))
        .collect();
    let kx_groups = engine.groups.iter().filter_map(|&g| kx_group(g)).collect();
    let signature_verification_algorithms = WebPkiSupportedAlgorithms {
        all: base.signature_verification_algorithms.all,
        mapping: filtered_mapping(&signature_schemes(&engine.signs)),
    };
    CryptoProvider {
        cipher_suites,
        kx_groups,
        signature_verification_algorithms,
        ..base
    }
}
