//! Stable verifier and client-certificate identities for resumption.
//!
//! rustls resumes a client session only with the *same* `Arc` verifier and
//! client-certificate resolver that made it (`Weak::ptr_eq`), but each of
//! our sessions builds its own (they record into that session's state and
//! call that session's C callbacks). Sessions that may resume therefore
//! give rustls the process-wide [`verifier`] and [`resolver`], which forward
//! each call to the session whose engine runs on this thread, named by an
//! [`activate`] guard. GnuTLS likewise resumes whatever data it is given.

use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::ResolvesClientCert;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::sign::CertifiedKey;
use rustls::{DigitallySignedStruct, Error, SignatureScheme};

/// The per-session objects the stable ones forward to.
#[derive(Clone, Debug)]
pub struct Active {
    pub verifier: Arc<dyn ServerCertVerifier>,
    pub resolver: Option<Arc<dyn ResolvesClientCert>>,
}

thread_local! {
    static ACTIVE: RefCell<Vec<Active>> = const { RefCell::new(Vec::new()) };
}

/// While alive, the stable objects forward to `Active` on this thread.
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        ACTIVE.with(|a| {
            a.borrow_mut().pop();
        });
    }
}

/// Makes `active` the target on this thread until the guard drops (nests).
pub fn activate(active: Active) -> Guard {
    ACTIVE.with(|a| a.borrow_mut().push(active));
    Guard(())
}

fn current() -> Option<Active> {
    ACTIVE.with(|a| a.borrow().last().cloned())
}

fn no_session() -> Error {
    Error::General("certificate verification outside a handshake".into())
}

#[derive(Debug)]
struct StableVerifier;

impl ServerCertVerifier for StableVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        current()
            .ok_or_else(no_session)?
            .verifier
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        current().ok_or_else(no_session)?.verifier.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        current().ok_or_else(no_session)?.verifier.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        current().map(|a| a.verifier.supported_verify_schemes()).unwrap_or_default()
    }

    fn requires_raw_public_keys(&self) -> bool {
        current().is_some_and(|a| a.verifier.requires_raw_public_keys())
    }
}

#[derive(Debug)]
struct StableResolver;

impl ResolvesClientCert for StableResolver {
    fn resolve(&self, root_hint_subjects: &[&[u8]], sigschemes: &[SignatureScheme]) -> Option<Arc<CertifiedKey>> {
        current()?.resolver?.resolve(root_hint_subjects, sigschemes)
    }

    fn only_raw_public_keys(&self) -> bool {
        current().and_then(|a| a.resolver).is_some_and(|r| r.only_raw_public_keys())
    }

    fn has_certs(&self) -> bool {
        current().and_then(|a| a.resolver).is_some_and(|r| r.has_certs())
    }
}

/// The process-wide verifier every resumable client config uses.
pub fn verifier() -> Arc<dyn ServerCertVerifier> {
    static V: OnceLock<Arc<dyn ServerCertVerifier>> = OnceLock::new();
    Arc::clone(V.get_or_init(|| Arc::new(StableVerifier)))
}

/// The process-wide client-certificate resolver every resumable client config uses.
pub fn resolver() -> Arc<dyn ResolvesClientCert> {
    static R: OnceLock<Arc<dyn ResolvesClientCert>> = OnceLock::new();
    Arc::clone(R.get_or_init(|| Arc::new(StableResolver)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_identities_and_nesting() {
        assert!(Arc::ptr_eq(&verifier(), &verifier()));
        assert!(Arc::ptr_eq(&resolver(), &resolver()));
        assert!(verifier().supported_verify_schemes().is_empty());
        assert!(!resolver().has_certs());
        {
            let _g = activate(Active { verifier: verifier(), resolver: None });
            assert!(current().is_some());
        }
        assert!(current().is_none());
    }
}
