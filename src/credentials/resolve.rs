//! Choosing which key pair to present, as GnuTLS does: the first pair (in
//! order of addition) that suits the peer, else the first usable one.

use std::sync::Arc;

use der::asn1::AnyRef;
use der::Decode;
use rustls::client::ResolvesClientCert;
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use rustls::SignatureScheme;

use super::KeyPair;
use crate::x509::hostname;

fn usable(pair: &KeyPair, schemes: &[SignatureScheme]) -> bool {
    pair.certified.key.choose_scheme(schemes).is_some()
}

/// Server certificate choice by SNI and the client's signature schemes.
#[derive(Debug)]
pub struct ServerCertResolver {
    pairs: Vec<KeyPair>,
    /// The pairs are raw public keys (RFC 7250), and rustls must say so.
    raw_public_keys: bool,
}

impl ServerCertResolver {
    pub fn new(pairs: Vec<KeyPair>) -> Self {
        Self { pairs, raw_public_keys: false }
    }

    /// A resolver over raw-public-key pairs.
    pub fn raw_public_keys(pairs: Vec<KeyPair>) -> Self {
        Self { pairs, raw_public_keys: true }
    }

    /// The choice itself, separated from rustls's ClientHello for testing.
    pub fn choose(
        &self,
        server_name: Option<&str>,
        schemes: &[SignatureScheme],
    ) -> Option<Arc<CertifiedKey>> {
        let mut candidates = self.pairs.iter().filter(|p| usable(p, schemes));
        let by_name = server_name.and_then(|name| {
            candidates.clone().find(|p| {
                p.names
                    .iter()
                    .any(|n| hostname::name_matches(n, name, true))
            })
        });
        by_name
            .or_else(|| candidates.next())
            .map(|p| Arc::clone(&p.certified))
    }
}

impl ResolvesServerCert for ServerCertResolver {
    fn resolve(&self, client_hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        self.choose(client_hello.server_name(), client_hello.signature_schemes())
    }

    fn only_raw_public_keys(&self) -> bool {
        self.raw_public_keys
    }
}

/// Client certificate choice by the server's acceptable CAs and schemes.
#[derive(Debug)]
pub struct ClientCertResolver {
    pairs: Vec<KeyPair>,
}

impl ClientCertResolver {
    pub fn new(pairs: Vec<KeyPair>) -> Self {
        Self { pairs }
    }
}

/// A CA name from a CertificateRequest matches an issuer in our chain; the
/// hint may come with or without its outer SEQUENCE header.
fn issuer_matches(hint: &[u8], issuer: &[u8]) -> bool {
    hint == issuer || AnyRef::from_der(issuer).is_ok_and(|name| name.value() == hint)
}

impl ResolvesClientCert for ClientCertResolver {
    fn resolve(
        &self,
        root_hint_subjects: &[&[u8]],
        sigschemes: &[SignatureScheme],
    ) -> Option<Arc<CertifiedKey>> {
        let mut candidates = self.pairs.iter().filter(|p| usable(p, sigschemes));
        let by_issuer = candidates.clone().find(|p| {
            p.issuers.iter().any(|issuer| {
                root_hint_subjects
                    .iter()
                    .any(|hint| issuer_matches(hint, issuer))
            })
        });
        by_issuer
            .or_else(|| candidates.next())
            .map(|p| Arc::clone(&p.certified))
    }

    fn has_certs(&self) -> bool {
        !self.pairs.is_empty()
    }
}
