//! A trust list: trusted certificates (anchors) and CRLs, as added by the
//! gnutls_certificate_set_x509_trust_* and _crl_* functions.

use std::path::Path;

use rustls_pki_types::{CertificateDer, CertificateRevocationListDer};

use super::cert::CertInfo;
use super::crl::Crl;
use super::{load, X509Format};
use crate::errors::{self, Code};

/// Debian's bundle of system CAs, what gnutls_certificate_set_x509_system_trust loads.
pub const SYSTEM_TRUST_FILE: &str = "/etc/ssl/certs/ca-certificates.crt";

#[derive(Clone, Debug, Default)]
pub struct TrustList {
    anchors: Vec<CertInfo>,
    crls: Vec<CertificateRevocationListDer<'static>>,
}

impl TrustList {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds certificates from memory; returns how many were added.
    pub fn add_trust_mem(&mut self, data: &[u8], format: X509Format) -> Result<usize, Code> {
        let certs = load::certificates(data, format)?;
        self.add_certificates(&certs)
    }

    /// Adds already-decoded certificates; returns how many were added.
    pub fn add_certificates(&mut self, certs: &[CertificateDer<'_>]) -> Result<usize, Code> {
        let parsed = certs
            .iter()
            .map(|c| CertInfo::parse(c))
            .collect::<Result<Vec<_>, _>>()?;
        let count = parsed.len();
        self.anchors.extend(parsed);
        Ok(count)
    }

    /// Adds DER certificates given as plain byte vectors.
    pub fn add_der_certificates(&mut self, ders: &[Vec<u8>]) -> Result<usize, Code> {
        let certs: Vec<CertificateDer<'_>> = ders
            .iter()
            .map(|d| CertificateDer::from(d.as_slice()))
            .collect();
        self.add_certificates(&certs)
    }

    pub fn add_trust_file(&mut self, path: &Path, format: X509Format) -> Result<usize, Code> {
        self.add_trust_mem(&read_file(path)?, format)
    }

    /// Loads every regular file of a directory, skipping files that do not
    /// decode (as GnuTLS does); a missing directory adds nothing.
    pub fn add_trust_dir(&mut self, dir: &Path, format: X509Format) -> Result<usize, Code> {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Ok(0);
        };
        let mut paths: Vec<_> = entries
            .flatten()
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        Ok(paths
            .iter()
            .map(|p| self.add_trust_file(p, format).unwrap_or(0))
            .sum())
    }

    pub fn add_system_trust(&mut self) -> Result<usize, Code> {
        self.add_trust_file(Path::new(SYSTEM_TRUST_FILE), X509Format::Pem)
    }

    /// Adds CRLs; returns how many were added.
    pub fn add_crl_mem(&mut self, data: &[u8], format: X509Format) -> Result<usize, Code> {
        let list = load::crls(data, format)?;
        let count = list.len();
        self.crls.extend(list);
        Ok(count)
    }

    /// Adds decoded CRLs (gnutls_x509_trust_list_add_crls). With `verify`
    /// only CRLs whose signature checks against the trusted CAs (with
    /// `verify_flags`) are kept; returns how many were added.
    pub fn add_crls(&mut self, crls: &[&Crl], verify: bool, verify_flags: u32) -> usize {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let anchors: Vec<&CertInfo> = self.anchors.iter().collect();
        let accepted: Vec<CertificateRevocationListDer<'static>> = crls
            .iter()
            .filter(|c| !verify || c.verify(&anchors, verify_flags, now) == 0)
            .map(|c| CertificateRevocationListDer::from(c.der().to_vec()))
            .collect();
        let count = accepted.len();
        self.crls.extend(accepted);
        count
    }

    pub fn add_crl_file(&mut self, path: &Path, format: X509Format) -> Result<usize, Code> {
        self.add_crl_mem(&read_file(path)?, format)
    }

    /// Forgets every trusted certificate.
    pub fn clear_anchors(&mut self) {
        self.anchors.clear();
    }

    pub fn clear_crls(&mut self) {
        self.crls.clear();
    }

    /// The first trusted certificate that could have issued `cert` (names
    /// and key identifiers, see [`CertInfo::is_issued_by`]), for
    /// gnutls_x509_trust_list_get_issuer.
    pub fn issuer_of(&self, cert: &CertInfo) -> Option<&CertInfo> {
        self.anchors.iter().find(|a| cert.is_issued_by(a))
    }

    /// gnutls_x509_trust_list_get_issuer_by_dn / _by_subject_key_id: the
    /// first trusted certificate with this subject (DER Name), and with this
    /// subject key identifier when one is given (non-empty). Without a name,
    /// the key identifier alone selects. Neither: nothing.
    pub fn issuer_by_name(&self, subject: Option<&[u8]>, key_id: Option<&[u8]>) -> Option<&CertInfo> {
        let key_id = key_id.filter(|k| !k.is_empty());
        let key_matches = |a: &CertInfo| match key_id {
            Some(k) => a.subject_key_id.as_deref() == Some(k),
            None => true,
        };
        match (subject, key_id) {
            (Some(name), _) => self.anchors.iter().find(|a| a.subject == name && key_matches(a)),
            (None, Some(_)) => self.anchors.iter().find(|a| key_matches(a)),
            (None, None) => None,
        }
    }

    pub fn anchors(&self) -> &[CertInfo] {
        &self.anchors
    }

    pub fn crls(&self) -> &[CertificateRevocationListDer<'static>] {
        &self.crls
    }

    /// True when this exact certificate is trusted.
    pub fn contains(&self, der: &[u8]) -> bool {
        self.anchors.iter().any(|a| a.der == der)
    }

    /// Adds every anchor and CRL of `other` after ours.
    pub fn extend(&mut self, other: &TrustList) {
        self.anchors.extend(other.anchors.iter().cloned());
        self.crls.extend(other.crls.iter().cloned());
    }

    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }
}

/// Reads a whole file; any failure is GNUTLS_E_FILE_ERROR.
pub fn read_file(path: &Path) -> Result<Vec<u8>, Code> {
    std::fs::read(path).map_err(|_| errors::GNUTLS_E_FILE_ERROR)
}
