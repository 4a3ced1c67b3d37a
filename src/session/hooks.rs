//! Thin wrappers around the credential traits that record what the handshake
//! used into [`SessionShared`], before handing over to the real implementation.
//!
//! Recording happens *before* delegating so that a C verify callback, run from
//! inside the inner verifier, already sees the peer's chain.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::ResolvesClientCert;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::{CertifiedKey, Signer, SigningKey};
use rustls::{DigitallySignedStruct, DistinguishedName, Error, KeyLog, SignatureAlgorithm, SignatureScheme};

use super::shared::SessionShared;

fn chain(end_entity: &CertificateDer<'_>, intermediates: &[CertificateDer<'_>]) -> Vec<CertificateDer<'static>> {
    std::iter::once(end_entity)
        .chain(intermediates)
        .map(|c| c.clone().into_owned())
        .collect()
}

/// Client side: records the server's chain, OCSP staple and signature scheme.
#[derive(Debug)]
pub(crate) struct RecordingServerVerifier {
    pub inner: Arc<dyn ServerCertVerifier>,
    pub shared: Arc<SessionShared>,
}

impl ServerCertVerifier for RecordingServerVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        let certs = chain(end_entity, intermediates);
        self.shared.update(|i| {
            i.peer_certificates = certs;
            i.peer_ocsp = ocsp_response.to_vec();
        });
        let verified = self
            .inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now);
        if verified.is_err() {
            self.shared.withhold_alert();
        }
        verified
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.shared.update(|i| i.signature_scheme = Some(dss.scheme));
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.shared.update(|i| i.signature_scheme = Some(dss.scheme));
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }

    fn requires_raw_public_keys(&self) -> bool {
        self.inner.requires_raw_public_keys()
    }

    fn root_hint_subjects(&self) -> Option<&[DistinguishedName]> {
        self.inner.root_hint_subjects()
    }
}

/// Server side: records the client's chain.
#[derive(Debug)]
pub(crate) struct RecordingClientVerifier {
    pub inner: Arc<dyn ClientCertVerifier>,
    pub shared: Arc<SessionShared>,
    /// Send no CA names in the CertificateRequest.
    pub hide_ca_names: bool,
}

impl ClientCertVerifier for RecordingClientVerifier {
    fn offer_client_auth(&self) -> bool {
        self.inner.offer_client_auth()
    }

    fn client_auth_mandatory(&self) -> bool {
        self.inner.client_auth_mandatory()
    }

    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        if self.hide_ca_names {
            return &[];
        }
        self.inner.root_hint_subjects()
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> Result<ClientCertVerified, Error> {
        let certs = chain(end_entity, intermediates);
        self.shared.update(|i| i.peer_certificates = certs);
        let verified = self.inner.verify_client_cert(end_entity, intermediates, now);
        if verified.is_err() {
            self.shared.withhold_alert();
        }
        verified
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.shared.update(|i| i.client_signature_scheme = Some(dss.scheme));
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.shared.update(|i| i.client_signature_scheme = Some(dss.scheme));
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }

    fn requires_raw_public_keys(&self) -> bool {
        self.inner.requires_raw_public_keys()
    }
}

/// Server side: records the chain we present and, through [`RecordingKey`], the
/// signature scheme we sign the handshake with.
#[derive(Debug)]
pub(crate) struct RecordingServerResolver {
    pub inner: Arc<dyn ResolvesServerCert>,
    pub shared: Arc<SessionShared>,
    /// The signature schemes our priorities enable (see [`RecordingKey`]).
    pub enabled: Arc<[SignatureScheme]>,
}

impl ResolvesServerCert for RecordingServerResolver {
    fn resolve(&self, client_hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let peer_order = client_hello.signature_schemes().to_vec();
        let Some(key) = self.inner.resolve(client_hello) else {
            // GnuTLS reports a server without a usable certificate as having
            // no cipher suite to offer (a failing callback keeps its own code).
            self.shared.fail_handshake(crate::errors::GNUTLS_E_NO_CIPHER_SUITES);
            return None;
        };
        self.shared.update(|i| i.own_key = Some(Arc::clone(&key)));
        Some(Arc::new(CertifiedKey {
            cert: key.cert.clone(),
            key: Arc::new(RecordingKey {
                inner: Arc::clone(&key.key),
                shared: Arc::clone(&self.shared),
                client: false,
                enabled: Arc::clone(&self.enabled),
                peer_order: Some(peer_order),
            }),
            ocsp: key.ocsp.clone(),
        }))
    }

    fn only_raw_public_keys(&self) -> bool {
        self.inner.only_raw_public_keys()
    }
}

/// A signing key that picks the scheme as GnuTLS does and notes it.
#[derive(Debug)]
pub(crate) struct RecordingKey {
    inner: Arc<dyn SigningKey>,
    shared: Arc<SessionShared>,
    /// A client's certificate key (else the server's).
    client: bool,
    /// The signature schemes our priorities enable.
    enabled: Arc<[SignatureScheme]>,
    /// The peer's list as it sent it, when rustls may hand `choose_scheme`
    /// a reordered one (a TLS 1.2 server gets it in the suite's order).
    peer_order: Option<Vec<SignatureScheme>>,
}

impl RecordingKey {
    /// GnuTLS signs with the first scheme of the peer's list, in the peer's
    /// order, that our priorities enable and the key can make (exim logs
    /// it: with OpenSSL peers, RSA-PSS-SHA256); rustls's keys would take
    /// their own favourite (RSA-PSS-SHA512). When no scheme passes that
    /// filter the key's own choice among the offered ones stands.
    fn choose_in_peer_order(&self, offered: &[SignatureScheme]) -> Option<Box<dyn Signer>> {
        let order = self.peer_order.as_deref().unwrap_or(offered);
        order
            .iter()
            .filter(|s| offered.contains(s) && self.enabled.contains(s))
            .find_map(|s| self.inner.choose_scheme(std::slice::from_ref(s)))
            .or_else(|| self.inner.choose_scheme(offered))
    }
}

impl SigningKey for RecordingKey {
    fn choose_scheme(&self, offered: &[SignatureScheme]) -> Option<Box<dyn Signer>> {
        let signer = self.choose_in_peer_order(offered)?;
        let scheme = signer.scheme();
        match self.client {
            true => self.shared.update(|i| i.client_signature_scheme = Some(scheme)),
            false => self.shared.update(|i| i.signature_scheme = Some(scheme)),
        }
        Some(signer)
    }

    fn public_key(&self) -> Option<rustls::pki_types::SubjectPublicKeyInfoDer<'_>> {
        self.inner.public_key()
    }

    fn algorithm(&self) -> SignatureAlgorithm {
        self.inner.algorithm()
    }
}

/// Client side: records the chain we present.
#[derive(Debug)]
pub(crate) struct RecordingClientResolver {
    pub inner: Arc<dyn ResolvesClientCert>,
    pub shared: Arc<SessionShared>,
    /// The signature schemes our priorities enable (see [`RecordingKey`]).
    pub enabled: Arc<[SignatureScheme]>,
}

impl ResolvesClientCert for RecordingClientResolver {
    fn resolve(&self, root_hint_subjects: &[&[u8]], sigschemes: &[SignatureScheme]) -> Option<Arc<CertifiedKey>> {
        // rustls consults the resolver exactly when a CertificateRequest came.
        self.shared.update(|i| {
            i.certificate_requested = true;
            i.requested_signature_schemes = sigschemes.to_vec();
        });
        let key = self.inner.resolve(root_hint_subjects, sigschemes)?;
        self.shared.update(|i| i.own_key = Some(Arc::clone(&key)));
        Some(Arc::new(CertifiedKey {
            cert: key.cert.clone(),
            key: Arc::new(RecordingKey {
                inner: Arc::clone(&key.key),
                shared: Arc::clone(&self.shared),
                client: true,
                enabled: Arc::clone(&self.enabled),
                peer_order: None,
            }),
            ocsp: key.ocsp.clone(),
        }))
    }

    fn only_raw_public_keys(&self) -> bool {
        self.inner.only_raw_public_keys()
    }

    fn has_certs(&self) -> bool {
        self.inner.has_certs()
    }
}

/// Client side without a certificate: answers every CertificateRequest with
/// none (as rustls's `with_no_client_auth`), but lets [`RecordingClientResolver`]
/// see the request.
#[derive(Debug)]
pub(crate) struct NoClientCert;

impl ResolvesClientCert for NoClientCert {
    fn resolve(&self, _: &[&[u8]], _: &[SignatureScheme]) -> Option<Arc<CertifiedKey>> {
        None
    }

    fn has_certs(&self) -> bool {
        false
    }
}

/// Captures the client random for the session and forwards to an
/// application key log (SSLKEYLOGFILE, `gnutls_session_set_keylog_function`).
#[derive(Debug)]
pub(crate) struct SessionKeyLog {
    pub inner: Option<Arc<dyn KeyLog>>,
    pub shared: Arc<SessionShared>,
}

/// The first label each TLS version logs, carrying the client random.
fn carries_first_random(label: &str) -> bool {
    label == "CLIENT_RANDOM" || label == "CLIENT_HANDSHAKE_TRAFFIC_SECRET"
}

impl KeyLog for SessionKeyLog {
    fn log(&self, label: &str, client_random: &[u8], secret: &[u8]) {
        if carries_first_random(label) {
            if let Ok(random) = <[u8; 32]>::try_from(client_random) {
                self.shared.update(|i| i.client_random = Some(random));
            }
        }
        if let Some(inner) = &self.inner {
            if inner.will_log(label) {
                inner.log(label, client_random, secret);
            }
        }
    }

    fn will_log(&self, label: &str) -> bool {
        carries_first_random(label) || self.inner.as_ref().is_some_and(|k| k.will_log(label))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::privkey::PrivateKey;
    use crate::x509::X509Format;

    fn rsa_key(enabled: &[SignatureScheme], peer_order: Option<Vec<SignatureScheme>>) -> RecordingKey {
        let pem = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/certs/crl/good.key")).unwrap_or_default();
        let key = PrivateKey::import(&pem, X509Format::Pem, None).expect("RSA key");
        RecordingKey {
            inner: key.signing_key(),
            shared: Arc::new(SessionShared::default()),
            client: false,
            enabled: enabled.into(),
            peer_order,
        }
    }

    fn chosen(key: &RecordingKey, offered: &[SignatureScheme]) -> Option<SignatureScheme> {
        key.choose_scheme(offered).map(|s| s.scheme())
    }

    #[test]
    fn signs_with_the_peers_first_enabled_scheme() {
        use SignatureScheme::*;
        let all = [RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512, RSA_PKCS1_SHA256];
        // The peer's order wins over the key's own preference (SHA-512).
        let key = rsa_key(&all, None);
        assert_eq!(chosen(&key, &[ECDSA_NISTP256_SHA256, RSA_PSS_SHA256, RSA_PSS_SHA512]), Some(RSA_PSS_SHA256));
        // ...among the schemes our priorities enable.
        let key = rsa_key(&[RSA_PSS_SHA512, RSA_PKCS1_SHA256], None);
        assert_eq!(chosen(&key, &[RSA_PSS_SHA256, RSA_PSS_SHA512]), Some(RSA_PSS_SHA512));
        // The order the peer sent, when rustls hands over a reordered list.
        let key = rsa_key(&all, Some(vec![RSA_PKCS1_SHA256, RSA_PSS_SHA384]));
        assert_eq!(chosen(&key, &[RSA_PSS_SHA384, RSA_PKCS1_SHA256]), Some(RSA_PKCS1_SHA256));
        // Nothing enabled in common: the key's own choice stands.
        let key = rsa_key(&[ED25519], None);
        assert_eq!(chosen(&key, &[RSA_PSS_SHA256, RSA_PSS_SHA512]), Some(RSA_PSS_SHA512));
    }
}
