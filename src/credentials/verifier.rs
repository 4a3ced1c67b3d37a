//! rustls certificate verifiers with GnuTLS's semantics: the handshake
//! records the peer's chain and accepts it (GnuTLS verifies later, with
//! gnutls_certificate_verify_peers3), while the handshake signatures are
//! still checked. With a [`VerifyPolicy`] (gnutls_session_set_verify_cert)
//! the chain is verified during the handshake and a failure aborts it.

use std::sync::{Arc, Mutex, MutexGuard};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{
    verify_tls12_signature, verify_tls13_signature, CryptoProvider, WebPkiSupportedAlgorithms,
};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::{CertificateError, DigitallySignedStruct, DistinguishedName, Error, SignatureScheme};

use crate::x509::status::*;
use crate::x509::trust::TrustList;
use crate::x509::verify::{verify_peer_with, VerifyOptions};

/// What the handshake saw of the peer.
#[derive(Clone, Debug, Default)]
pub struct PeerData {
    /// The peer's chain as sent, leaf first.
    pub chain: Option<Vec<CertificateDer<'static>>>,
    /// A stapled OCSP response (server certificates only).
    pub ocsp: Option<Vec<u8>>,
    /// The status computed during the handshake, when a policy was set.
    pub status: Option<u32>,
    /// The stapled response was verified, fresh and good
    /// (gnutls_ocsp_status_request_is_checked).
    pub ocsp_checked: bool,
}

/// Shared handle on [`PeerData`]: the verifier writes it inside the
/// handshake, the session reads it at any time (also from callbacks that
/// run during the handshake, so it lives outside the connection).
#[derive(Clone, Debug, Default)]
pub struct PeerRecord(Arc<Mutex<PeerData>>);

impl PeerRecord {
    pub fn new() -> Self {
        Self::default()
    }

    // A panic elsewhere must not make the record unreadable.
    fn lock(&self) -> MutexGuard<'_, PeerData> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn get(&self) -> PeerData {
        self.lock().clone()
    }

    /// The peer chain (gnutls_certificate_get_peers).
    pub fn chain(&self) -> Option<Vec<CertificateDer<'static>>> {
        self.lock().chain.clone()
    }

    pub fn ocsp(&self) -> Option<Vec<u8>> {
        self.lock().ocsp.clone()
    }

    /// Runs `f` on the stapled response in place, so that the C layer can
    /// lend its bytes (valid until the next handshake records a new one).
    pub fn with_ocsp<R>(&self, f: impl FnOnce(Option<&[u8]>) -> R) -> R {
        f(self.lock().ocsp.as_deref())
    }

    pub fn ocsp_checked(&self) -> bool {
        self.lock().ocsp_checked
    }

    /// Checks the stapled response against the recorded chain (see
    /// [`crate::x509::ocsp::check_staple`]), remembers whether it was
    /// checked, and returns the status bits to add.
    pub fn check_staple(&self, trust: &TrustList, flags: u32, now: UnixTime) -> u32 {
        let (chain, ocsp) = {
            let d = self.lock();
            (d.chain.clone().unwrap_or_default(), d.ocsp.clone())
        };
        let secs = i64::try_from(now.as_secs()).unwrap_or(i64::MAX);
        let r = crate::x509::ocsp::check_staple(&chain, ocsp.as_deref(), trust, flags, secs);
        self.lock().ocsp_checked = r.checked;
        r.status
    }

    pub fn handshake_status(&self) -> Option<u32> {
        self.lock().status
    }

    /// Forgets everything (a new handshake on the same session).
    pub fn clear(&self) {
        *self.lock() = PeerData::default();
    }

    fn record(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        ocsp: Option<&[u8]>,
    ) {
        let mut chain = Vec::with_capacity(intermediates.len() + 1);
        chain.push(end_entity.clone().into_owned());
        chain.extend(intermediates.iter().map(|c| c.clone().into_owned()));
        let mut data = self.lock();
        data.chain = Some(chain);
        data.ocsp = ocsp.filter(|o| !o.is_empty()).map(<[u8]>::to_vec);
        data.status = None;
        data.ocsp_checked = false;
    }

    /// Records the status of a verification run during the handshake
    /// (gnutls_session_get_verify_cert_status).
    pub fn set_status(&self, status: u32) {
        self.lock().status = Some(status);
    }
}

/// Verification during the handshake by the verifier itself, for users of
/// the core. (The C library's gnutls_session_set_verify_cert runs through
/// the session's verify function instead, as GnuTLS does, so that the
/// credentials' limits and the application's hooks apply.)
#[derive(Clone, Debug)]
pub struct VerifyPolicy {
    pub trust: Arc<TrustList>,
    /// gnutls_certificate_verify_flags
    pub flags: u32,
    /// Expected peer name; for a server certificate, None means the name
    /// the client connected to.
    pub hostname: Option<String>,
}

impl VerifyPolicy {
    /// Verifies and records; Err aborts the handshake.
    fn enforce(
        &self,
        record: &PeerRecord,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        default_host: Option<String>,
        purpose: &str,
        now: UnixTime,
    ) -> Result<(), Error> {
        let mut chain = vec![end_entity.clone()];
        chain.extend(intermediates.iter().cloned());
        let host = self.hostname.clone().or(default_host);
        let opts = VerifyOptions {
            hostname: host.as_deref(),
            purpose: Some(purpose),
            flags: self.flags,
            now,
        };
        let status = verify_peer_with(&chain, &self.trust, &opts)
            .map_err(|_| Error::InvalidCertificate(CertificateError::BadEncoding))?
            | record.check_staple(&self.trust, self.flags, now);
        record.set_status(status);
        if status == 0 {
            Ok(())
        } else {
            Err(Error::InvalidCertificate(status_to_error(status)))
        }
    }
}

/// The rustls error closest to a failed status (the session maps the
/// handshake failure to GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR anyway).
pub fn status_to_error(status: u32) -> CertificateError {
    if status & CERT_REVOKED != 0 {
        CertificateError::Revoked
    } else if status & CERT_EXPIRED != 0 {
        CertificateError::Expired
    } else if status & CERT_NOT_ACTIVATED != 0 {
        CertificateError::NotValidYet
    } else if status & CERT_SIGNER_NOT_FOUND != 0 {
        CertificateError::UnknownIssuer
    } else if status & CERT_SIGNATURE_FAILURE != 0 {
        CertificateError::BadSignature
    } else if status & CERT_UNEXPECTED_OWNER != 0 {
        CertificateError::NotValidForName
    } else {
        CertificateError::ApplicationVerificationFailure
    }
}

fn host_text(name: &ServerName<'_>) -> Option<String> {
    match name {
        ServerName::DnsName(dns) => Some(dns.as_ref().to_string()),
        ServerName::IpAddress(ip) => Some(std::net::IpAddr::from(*ip).to_string()),
        _ => None,
    }
}

const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";

/// Handshake signatures by a certificate whose key is an RSA-PSS key
/// (id-RSASSA-PSS SubjectPublicKeyInfo), which webpki does not take but
/// GnuTLS does: verified with ring's PSS algorithms on the raw RSA key.
/// None when the certificate is not such a certificate.
fn rsa_pss_key_signature(
    message: &[u8],
    cert: &CertificateDer<'_>,
    dss: &DigitallySignedStruct,
) -> Option<Result<HandshakeSignatureValid, Error>> {
    use der::Decode;
    // Parsing the whole certificate costs about 2% of a handshake: done
    // only for a PSS scheme, or when webpki refused (see `handshake_signature`).
    let parsed = x509_cert::Certificate::from_der(cert).ok()?;
    let spki = &parsed.tbs_certificate.subject_public_key_info;
    if spki.algorithm.oid.to_string() != OID_RSA_PSS {
        return None;
    }
    let algorithm: &dyn ring::signature::VerificationAlgorithm = match dss.scheme {
        SignatureScheme::RSA_PSS_SHA256 => &ring::signature::RSA_PSS_2048_8192_SHA256,
        SignatureScheme::RSA_PSS_SHA384 => &ring::signature::RSA_PSS_2048_8192_SHA384,
        SignatureScheme::RSA_PSS_SHA512 => &ring::signature::RSA_PSS_2048_8192_SHA512,
        _ => {
            return Some(Err(Error::PeerMisbehaved(
                rustls::PeerMisbehaved::SignedHandshakeWithUnadvertisedSigScheme,
            )))
        }
    };
    let key =
        ring::signature::UnparsedPublicKey::new(algorithm, spki.subject_public_key.raw_bytes());
    Some(
        key.verify(message, dss.signature())
            .map(|_| HandshakeSignatureValid::assertion())
            .map_err(|_| Error::InvalidCertificate(CertificateError::BadSignature)),
    )
}

/// A handshake signature, by webpki unless the certificate's key is an
/// RSA-PSS key ([`rsa_pss_key_signature`]). The certificate is parsed only
/// when the scheme is a PSS one or webpki refused: the common case pays nothing.
fn handshake_signature(
    message: &[u8],
    cert: &CertificateDer<'_>,
    dss: &DigitallySignedStruct,
    webpki: impl FnOnce() -> Result<HandshakeSignatureValid, Error>,
) -> Result<HandshakeSignatureValid, Error> {
    let pss_scheme = matches!(
        dss.scheme,
        SignatureScheme::RSA_PSS_SHA256 | SignatureScheme::RSA_PSS_SHA384 | SignatureScheme::RSA_PSS_SHA512
    );
    if pss_scheme {
        if let Some(result) = rsa_pss_key_signature(message, cert, dss) {
            return result;
        }
        return webpki();
    }
    webpki().or_else(|err| rsa_pss_key_signature(message, cert, dss).unwrap_or(Err(err)))
}

/// Client side: accepts any server chain, recording it.
#[derive(Debug)]
pub struct RecordingServerVerifier {
    record: PeerRecord,
    algorithms: WebPkiSupportedAlgorithms,
    policy: Option<VerifyPolicy>,
    /// Ask for the server's raw public key (RFC 7250) instead of a chain.
    raw_public_keys: bool,
}

impl RecordingServerVerifier {
    /// `provider` supplies the handshake signature algorithms; `policy`
    /// turns on verification during the handshake.
    pub fn new(
        record: PeerRecord,
        provider: &CryptoProvider,
        policy: Option<VerifyPolicy>,
    ) -> Self {
        Self {
            record,
            algorithms: provider.signature_verification_algorithms,
            policy,
            raw_public_keys: false,
        }
    }

    /// Asks for the server's raw public key (RFC 7250): the "certificate"
    /// is then a SubjectPublicKeyInfo, recorded as is and never checked
    /// against the trust list (as in GnuTLS, where verifying a raw key is
    /// the application's business).
    pub fn with_raw_public_keys(mut self, on: bool) -> Self {
        self.raw_public_keys = on;
        self
    }
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
        self.record
            .record(end_entity, intermediates, Some(ocsp_response));
        if self.raw_public_keys {
            return Ok(ServerCertVerified::assertion());
        }
        if let Some(policy) = &self.policy {
            let purpose = crate::x509::verify::PURPOSE_SERVER_AUTH;
            policy.enforce(
                &self.record,
                end_entity,
                intermediates,
                host_text(server_name),
                purpose,
                now,
            )?;
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        handshake_signature(message, cert, dss, || verify_tls12_signature(message, cert, dss, &self.algorithms))
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        if self.raw_public_keys {
            let spki = rustls::pki_types::SubjectPublicKeyInfoDer::from(cert.as_ref());
            return rustls::crypto::verify_tls13_signature_with_raw_key(message, &spki, dss, &self.algorithms);
        }
        handshake_signature(message, cert, dss, || verify_tls13_signature(message, cert, dss, &self.algorithms))
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }

    fn requires_raw_public_keys(&self) -> bool {
        self.raw_public_keys
    }
}

/// gnutls_certificate_request_t
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientAuthMode {
    /// GNUTLS_CERT_IGNORE: do not ask for a certificate.
    Ignore,
    /// GNUTLS_CERT_REQUEST: ask, and go on without one.
    Request,
    /// GNUTLS_CERT_REQUIRE: ask, and fail without one.
    Require,
}

impl ClientAuthMode {
    pub fn from_raw(value: u32) -> Option<Self> {
        match value {
            0 => Some(Self::Ignore),
            1 => Some(Self::Request),
            2 => Some(Self::Require),
            _ => None,
        }
    }
}

/// Server side: asks for a client certificate per `mode`, records the
/// chain, and accepts it unless a policy says otherwise.
#[derive(Debug)]
pub struct RecordingClientVerifier {
    record: PeerRecord,
    algorithms: WebPkiSupportedAlgorithms,
    mode: ClientAuthMode,
    /// CA names sent in the CertificateRequest (the trust list's subjects).
    hints: Vec<DistinguishedName>,
    policy: Option<VerifyPolicy>,
}

impl RecordingClientVerifier {
    pub fn new(
        record: PeerRecord,
        provider: &CryptoProvider,
        mode: ClientAuthMode,
        trust: &TrustList,
        policy: Option<VerifyPolicy>,
    ) -> Self {
        let hints = trust
            .anchors()
            .iter()
            .map(|a| DistinguishedName::from(a.subject.clone()))
            .collect();
        Self {
            record,
            algorithms: provider.signature_verification_algorithms,
            mode,
            hints,
            policy,
        }
    }
}

impl ClientCertVerifier for RecordingClientVerifier {
    fn offer_client_auth(&self) -> bool {
        self.mode != ClientAuthMode::Ignore
    }

    fn client_auth_mandatory(&self) -> bool {
        self.mode == ClientAuthMode::Require
    }

    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        &self.hints
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> Result<ClientCertVerified, Error> {
        self.record.record(end_entity, intermediates, None);
        if let Some(policy) = &self.policy {
            let purpose = crate::x509::verify::PURPOSE_CLIENT_AUTH;
            policy.enforce(&self.record, end_entity, intermediates, None, purpose, now)?;
        }
        Ok(ClientCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        handshake_signature(message, cert, dss, || verify_tls12_signature(message, cert, dss, &self.algorithms))
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        handshake_signature(message, cert, dss, || verify_tls13_signature(message, cert, dss, &self.algorithms))
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}
