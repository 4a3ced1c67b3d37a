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

/// Client certificate choice by the server's acceptable CAs and schemes,
/// as GnuTLS makes it: a pair whose chain has a certificate issued by a CA
/// the server names (in the server's order of names, then ours of pairs);
/// with no such pair, no certificate at all. Only a single pair goes out
/// unasked: when the server names no CA, or always with `force`
/// (gnutls_init's GNUTLS_FORCE_CLIENT_CERT).
#[derive(Debug)]
pub struct ClientCertResolver {
    pairs: Vec<KeyPair>,
    force: bool,
}

impl ClientCertResolver {
    pub fn new(pairs: Vec<KeyPair>, force: bool) -> Self {
        Self { pairs, force }
    }

    /// The choice itself, an index into the pairs.
    fn choose(&self, root_hint_subjects: &[&[u8]], sigschemes: &[SignatureScheme]) -> Option<usize> {
        if let [only] = self.pairs.as_slice() {
            if root_hint_subjects.is_empty() || self.force {
                return usable(only, sigschemes).then_some(0);
            }
        }
        root_hint_subjects.iter().find_map(|hint| {
            self.pairs.iter().position(|p| {
                usable(p, sigschemes) && p.issuers.iter().any(|issuer| issuer_matches(hint, issuer))
            })
        })
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
        let i = self.choose(root_hint_subjects, sigschemes)?;
        self.pairs.get(i).map(|p| Arc::clone(&p.certified))
    }

    fn has_certs(&self) -> bool {
        !self.pairs.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::CertificateCredentials;
    use crate::x509::X509Format;

    fn read(file: &str) -> Vec<u8> {
        std::fs::read(format!("{}/tests/certs/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default()
    }

    /// The DER Name (with its SEQUENCE header) of a PEM certificate's subject.
    fn subject(file: &str) -> Vec<u8> {
        let certs = crate::x509::load::certificates(&read(file), X509Format::Pem).unwrap_or_default();
        let info = crate::x509::cert::CertInfo::parse(&certs[0]).expect("parses");
        info.subject.clone()
    }

    /// Pairs: "ocsp" (issued by OCSP Test CA), "chains" (leaf + intermediate
    /// under Test Root CA), in the order given.
    fn resolver(which: &[&str], force: bool) -> ClientCertResolver {
        let mut creds = CertificateCredentials::new();
        for w in which {
            let (cert, key) = match *w {
                "ocsp" => ("ocsp/server.pem", "ocsp/server.key"),
                _ => ("chains/valid.pem", "keys/leaf-ec.key"),
            };
            creds.add_key_mem(&read(cert), &read(key), X509Format::Pem, None).expect("key pair");
        }
        ClientCertResolver::new(creds.key_pairs().to_vec(), force)
    }

    const SCHEMES: &[SignatureScheme] = &[
        SignatureScheme::ECDSA_NISTP256_SHA256,
        SignatureScheme::RSA_PSS_SHA256,
        SignatureScheme::RSA_PKCS1_SHA256,
    ];

    #[test]
    fn client_certificate_follows_the_named_cas() {
        let ocsp_ca = subject("ocsp/ca.pem");
        let root = subject("chains/root.pem");
        let other = subject("more/root.pem");
        // One pair: sent when its CA is named or none is; not for other CAs
        // unless forced.
        let one = resolver(&["ocsp"], false);
        assert_eq!(one.choose(&[&ocsp_ca], SCHEMES), Some(0));
        assert_eq!(one.choose(&[], SCHEMES), Some(0));
        assert_eq!(one.choose(&[&root], SCHEMES), None);
        assert_eq!(resolver(&["ocsp"], true).choose(&[&root], SCHEMES), Some(0));
        // The root named matches the chain's intermediate.
        assert_eq!(resolver(&["chains"], false).choose(&[&root], SCHEMES), Some(0));
        // Two pairs: the one under a named CA, else none, forced or not.
        for force in [false, true] {
            let two = resolver(&["ocsp", "chains"], force);
            assert_eq!(two.choose(&[&root], SCHEMES), Some(1));
            assert_eq!(two.choose(&[&other, &ocsp_ca], SCHEMES), Some(0));
            assert_eq!(two.choose(&[&other], SCHEMES), None);
            assert_eq!(two.choose(&[], SCHEMES), None);
        }
    }
}
