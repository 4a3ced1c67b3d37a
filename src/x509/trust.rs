//! A trust list: trusted certificates (anchors) and CRLs, as added by the
//! gnutls_certificate_set_x509_trust_* and _crl_* functions.

use std::path::Path;

use rustls_pki_types::{CertificateDer, CertificateRevocationListDer};

use super::cert::CertInfo;
use super::crl::Crl;
use super::crt::Crt;
use super::{load, X509Format};
use crate::errors::{self, Code};

/// Debian's bundle of system CAs, what gnutls_certificate_set_x509_system_trust loads.
pub const SYSTEM_TRUST_FILE: &str = "/etc/ssl/certs/ca-certificates.crt";

#[derive(Clone, Debug, Default)]
pub struct TrustList {
    anchors: Vec<CertInfo>,
    crls: Vec<CertificateRevocationListDer<'static>>,
    /// Certificates given to a remove function: a chain holding one of
    /// them is revoked, whatever else the list trusts (GnuTLS's blocklist).
    distrusted: Vec<Vec<u8>>,
    /// gnutls_x509_trust_list_add_named_crt: a certificate trusted only
    /// as itself, for exactly this name (never as a CA).
    named: Vec<NamedCertificate>,
}

/// A certificate trusted for one name (server name, as bytes).
#[derive(Clone, Debug)]
struct NamedCertificate {
    der: Vec<u8>,
    name: Vec<u8>,
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
    ///
    /// With `no_duplicates`, a CRL whose issuer already has one in the list
    /// replaces it when it is at least as recent (thisUpdate), and is dropped
    /// otherwise; dropped ones still count in the number returned, as in
    /// GnuTLS.
    pub fn add_crls(&mut self, crls: &[&Crl], verify: bool, verify_flags: u32, no_duplicates: bool) -> usize {
        let now = crate::clock::unix_now().as_secs();
        let anchors: Vec<&CertInfo> = self.anchors.iter().collect();
        let accepted: Vec<&Crl> = crls
            .iter()
            .copied()
            .filter(|c| !verify || c.verify(&anchors, verify_flags, now) == 0)
            .collect();
        for crl in &accepted {
            let der = CertificateRevocationListDer::from(crl.der().to_vec());
            if no_duplicates {
                self.add_crl_replacing(crl, der);
            } else {
                self.crls.push(der);
            }
        }
        accepted.len()
    }

    /// Stores `der` (the CRL `new`) unless a more recent CRL of the same
    /// issuer is stored; an older one of that issuer is replaced.
    fn add_crl_replacing(&mut self, new: &Crl, der: CertificateRevocationListDer<'static>) {
        let same_issuer = self.crls.iter().position(|old| {
            Crl::from_der(old.as_ref()).is_ok_and(|o| o.raw_issuer() == new.raw_issuer())
        });
        let Some(i) = same_issuer else {
            self.crls.push(der);
            return;
        };
        let old_update = Crl::from_der(self.crls[i].as_ref()).map_or(i64::MIN, |o| o.this_update());
        if new.this_update() >= old_update {
            self.crls[i] = der;
        }
    }

    pub fn add_crl_file(&mut self, path: &Path, format: X509Format) -> Result<usize, Code> {
        self.add_crl_mem(&read_file(path)?, format)
    }

    /// gnutls_x509_trust_list_remove_cas: each certificate stops being
    /// trusted (its first entry in the list goes) and joins the blocklist,
    /// whether it was trusted or not. Returns how many entries went.
    pub fn remove_certificates(&mut self, ders: &[Vec<u8>]) -> usize {
        let mut removed = 0;
        for der in ders {
            if let Some(i) = self.anchors.iter().position(|a| &a.der == der) {
                self.anchors.remove(i);
                removed += 1;
            }
            if !self.distrusted.contains(der) {
                self.distrusted.push(der.clone());
            }
        }
        removed
    }

    /// Removes (and blocklists) the certificates of PEM or DER data.
    pub fn remove_trust_mem(&mut self, data: &[u8], format: X509Format) -> Result<usize, Code> {
        let certs = load::certificates(data, format)?;
        // Unlike adding, removing from PEM without a certificate is an error.
        if certs.is_empty() {
            return Err(errors::GNUTLS_E_NO_CERTIFICATE_FOUND);
        }
        let ders: Vec<Vec<u8>> = certs.iter().map(|c| c.as_ref().to_vec()).collect();
        Ok(self.remove_certificates(&ders))
    }

    pub fn remove_trust_file(&mut self, path: &Path, format: X509Format) -> Result<usize, Code> {
        self.remove_trust_mem(&read_file(path)?, format)
    }

    /// True when this certificate was given to a remove function.
    pub fn is_distrusted(&self, der: &[u8]) -> bool {
        self.distrusted.iter().any(|d| d == der)
    }

    /// gnutls_x509_trust_list_add_named_crt: trusts this certificate, as
    /// itself, when presented for exactly `name`.
    pub fn add_named(&mut self, der: &[u8], name: &[u8]) {
        self.named.push(NamedCertificate {
            der: der.to_vec(),
            name: name.to_vec(),
        });
    }

    /// gnutls_x509_trust_list_verify_named_crt's status: 0 when exactly this
    /// certificate was added for exactly this name (bytes, case counts) and
    /// no CRL of the list revokes it (unless `flags` disable CRL checks);
    /// a blocklisted certificate is revoked; anything else has no signer.
    pub fn verify_named(&self, der: &[u8], name: &[u8], flags: u32) -> u32 {
        use super::status::{CERT_INVALID, CERT_REVOKED, CERT_SIGNER_NOT_FOUND, VERIFY_DISABLE_CRL_CHECKS};
        if self.is_distrusted(der) {
            return CERT_INVALID | CERT_REVOKED;
        }
        if !self.named.iter().any(|n| n.der == der && n.name == name) {
            return CERT_INVALID | CERT_SIGNER_NOT_FOUND;
        }
        if flags & VERIFY_DISABLE_CRL_CHECKS == 0 && self.crl_revokes(der) {
            return CERT_INVALID | CERT_REVOKED;
        }
        0
    }

    /// True when one of the list's CRLs lists this certificate.
    fn crl_revokes(&self, der: &[u8]) -> bool {
        let Ok(cert) = Crt::from_der(der) else { return false };
        self.crls
            .iter()
            .filter_map(|c| Crl::from_der(c.as_ref()).ok())
            .any(|c| c.revokes(&cert))
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
        self.distrusted.extend(other.distrusted.iter().cloned());
        self.named.extend(other.named.iter().cloned());
    }

    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }
}

/// Reads a whole file; any failure is GNUTLS_E_FILE_ERROR.
pub fn read_file(path: &Path) -> Result<Vec<u8>, Code> {
    std::fs::read(path).map_err(|_| errors::GNUTLS_E_FILE_ERROR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::status::{CERT_INVALID, CERT_REVOKED, CERT_SIGNER_NOT_FOUND};
    use crate::x509::verify;

    const ROOT: &[u8] = include_bytes!("../../tests/certs/chains/root.pem");
    const INTER: &[u8] = include_bytes!("../../tests/certs/chains/inter.pem");
    const LEAF: &[u8] = include_bytes!("../../tests/certs/chains/leaf.pem");
    const CRL_CA: &[u8] = include_bytes!("../../tests/certs/crl/ca.pem");
    const CRL_REVOKED: &[u8] = include_bytes!("../../tests/certs/crl/revoked.pem");
    const CRL_OLD: &[u8] = include_bytes!("../../tests/certs/crl/ca.crl");
    const CRL_NEW: &[u8] = include_bytes!("../../tests/certs/crl/empty.crl");

    fn der(pem: &[u8]) -> Vec<u8> {
        load::certificates(pem, X509Format::Pem).unwrap()[0].as_ref().to_vec()
    }

    fn status(list: &TrustList, chain: &[&[u8]]) -> u32 {
        verify::verify_now(chain, list, None, None, 0).unwrap()
    }

    #[test]
    fn removed_certificates_are_blocklisted() {
        let (root, inter, leaf) = (der(ROOT), der(INTER), der(LEAF));
        let mut list = TrustList::new();
        list.add_trust_mem(ROOT, X509Format::Pem).unwrap();
        assert_eq!(status(&list, &[&leaf, &inter]), 0);
        // An untrusted certificate is not removed, but blocklisted.
        assert_eq!(list.remove_certificates(std::slice::from_ref(&inter)), 0);
        assert_eq!(status(&list, &[&leaf, &inter]), CERT_INVALID | CERT_REVOKED);
        // A trusted one goes; a chain to it has no signer any more.
        let mut list = TrustList::new();
        list.add_trust_mem(ROOT, X509Format::Pem).unwrap();
        assert_eq!(list.remove_trust_mem(ROOT, X509Format::Pem), Ok(1));
        assert!(list.anchors().is_empty());
        assert_eq!(status(&list, &[&leaf, &inter]), CERT_INVALID | CERT_SIGNER_NOT_FOUND);
        // Trusted again: the peer's own copy of the root is not checked.
        list.add_trust_mem(ROOT, X509Format::Pem).unwrap();
        assert_eq!(status(&list, &[&leaf, &inter, &root]), 0);
        assert_eq!(status(&list, &[&root]), CERT_INVALID | CERT_REVOKED);
        assert_eq!(
            list.remove_trust_mem(b"junk", X509Format::Pem),
            Err(errors::GNUTLS_E_NO_CERTIFICATE_FOUND)
        );
    }

    #[test]
    fn named_certificates() {
        let leaf = der(LEAF);
        let mut list = TrustList::new();
        list.add_named(&leaf, b"host1");
        assert_eq!(list.verify_named(&leaf, b"host1", 0), 0);
        assert_eq!(list.verify_named(&leaf, b"HOST1", 0), CERT_INVALID | CERT_SIGNER_NOT_FOUND);
        assert_eq!(list.verify_named(&leaf, b"host", 0), CERT_INVALID | CERT_SIGNER_NOT_FOUND);
        assert!(list.anchors().is_empty());
        list.remove_certificates(std::slice::from_ref(&leaf));
        assert_eq!(list.verify_named(&leaf, b"host1", 0), CERT_INVALID | CERT_REVOKED);

        let revoked = der(CRL_REVOKED);
        let mut list = TrustList::new();
        list.add_trust_mem(CRL_CA, X509Format::Pem).unwrap();
        list.add_crl_mem(CRL_OLD, X509Format::Pem).unwrap();
        list.add_named(&revoked, b"h");
        assert_eq!(list.verify_named(&revoked, b"h", 0), CERT_INVALID | CERT_REVOKED);
        let no_crl = crate::x509::status::VERIFY_DISABLE_CRL_CHECKS;
        assert_eq!(list.verify_named(&revoked, b"h", no_crl), 0);
    }

    #[test]
    fn crls_without_duplicates_keep_the_newest() {
        let old = Crl::import(CRL_OLD, X509Format::Pem).unwrap();
        let new = Crl::import(CRL_NEW, X509Format::Pem).unwrap();
        let mut list = TrustList::new();
        assert_eq!(list.add_crls(&[&old], false, 0, true), 1);
        assert_eq!(list.add_crls(&[&new], false, 0, true), 1);
        assert_eq!(list.crls().len(), 1);
        assert_eq!(list.crls()[0].as_ref(), new.der());
        // An older one is dropped (and still counted).
        assert_eq!(list.add_crls(&[&old], false, 0, true), 1);
        assert_eq!(list.crls()[0].as_ref(), new.der());
        // Without the flag, every CRL is kept.
        assert_eq!(list.add_crls(&[&old], false, 0, false), 1);
        assert_eq!(list.crls().len(), 2);
    }
}
