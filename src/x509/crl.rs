//! One certificate revocation list as the gnutls_x509_crl_* functions see
//! it: decoded with x509-cert, with each getter's GnuTLS semantics, the
//! revocation check of a certificate and verification of the CRL's
//! signature against a list of CAs.

use der::{Decode, Encode};
use x509_cert::crl::CertificateList;
use x509_cert::ext::pkix::AuthorityKeyIdentifier;

use super::cert::CertInfo;
use super::crt::Crt;
use super::dn::{self, DnOrder};
use super::{load, verify, X509Format};
use crate::algorithms::sign;
use crate::errors::{self, Code};

const OID_CRL_NUMBER: &str = "2.5.29.20";
const OID_AKI: &str = "2.5.29.35";
const PEM_LABEL: &str = "X509 CRL";

/// A decoded CRL.
#[derive(Clone, Debug)]
pub struct Crl {
    crl: CertificateList,
    der: Vec<u8>,
    issuer: Vec<u8>,
}

impl PartialEq for Crl {
    fn eq(&self, other: &Self) -> bool {
        self.der == other.der
    }
}

impl Crl {
    /// Decodes one DER CRL.
    pub fn from_der(der: &[u8]) -> Result<Self, Code> {
        let crl = CertificateList::from_der(der).map_err(|e| load::der_error_code(&e))?;
        let issuer = crl
            .tbs_cert_list
            .issuer
            .to_der()
            .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        Ok(Self {
            crl,
            der: der.to_vec(),
            issuer,
        })
    }

    /// The decoded CRL.
    pub fn certificate_list(&self) -> &CertificateList {
        &self.crl
    }

    /// gnutls_x509_crl_get_signature: the signature value's bytes; a bit
    /// string that is not whole bytes is an error.
    pub fn signature_value(&self) -> Result<Vec<u8>, Code> {
        self.crl.signature.as_bytes().map(<[u8]>::to_vec).ok_or(errors::GNUTLS_E_CERTIFICATE_ERROR)
    }

    /// gnutls_x509_crl_get_signature_oid: the signature algorithm OID.
    pub fn signature_oid(&self) -> String {
        self.crl.signature_algorithm.oid.to_string()
    }

    /// The CRL extensions in order: OID, criticality and DER value.
    pub fn extensions(&self) -> Vec<(String, bool, &[u8])> {
        self.crl
            .tbs_cert_list
            .crl_extensions
            .iter()
            .flatten()
            .map(|e| (e.extn_id.to_string(), e.critical, e.extn_value.as_bytes()))
            .collect()
    }

    /// OID of the `index`th issuer attribute, in encoding order.
    pub fn issuer_oid(&self, index: usize) -> Result<String, Code> {
        dn::oid_at(&self.issuer, index)
    }

    /// gnutls_x509_crl_import: DER, or the first CRL of PEM data.
    pub fn import(data: &[u8], format: X509Format) -> Result<Self, Code> {
        // Single import reports PEM without a CRL as a header error (lists
        // and trust lists report it as a decoding error).
        let list = load::crls(data, format).map_err(|e| match e {
            errors::GNUTLS_E_BASE64_DECODING_ERROR => {
                errors::GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR
            }
            e => e,
        })?;
        let first = list
            .first()
            .ok_or(errors::GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR)?;
        Self::from_der(first)
    }

    /// gnutls_x509_crl_list_import: every CRL of the data, in order.
    pub fn import_list(data: &[u8], format: X509Format) -> Result<Vec<Self>, Code> {
        load::crls(data, format)?
            .iter()
            .map(|d| Self::from_der(d))
            .collect()
    }

    pub fn der(&self) -> &[u8] {
        &self.der
    }

    /// gnutls_x509_crl_export: DER, or PEM ("X509 CRL").
    pub fn export(&self, format: X509Format) -> Vec<u8> {
        match format {
            X509Format::Der => self.der.clone(),
            X509Format::Pem => crate::encoding::pem_encode(PEM_LABEL, &self.der).into_bytes(),
        }
    }

    pub fn issuer_dn(&self, order: DnOrder) -> Result<String, Code> {
        dn::format(&self.issuer, order)
    }

    /// DER of the issuer Name.
    pub fn raw_issuer(&self) -> &[u8] {
        &self.issuer
    }

    pub fn issuer_value_by_oid(&self, oid: &str, index: usize, raw: bool) -> Result<Vec<u8>, Code> {
        dn::value_by_oid(&self.issuer, oid, index, raw)
    }

    pub fn this_update(&self) -> i64 {
        secs(
            self.crl
                .tbs_cert_list
                .this_update
                .to_unix_duration()
                .as_secs(),
        )
    }

    /// The nextUpdate time, or -1 when the CRL has none (as GnuTLS).
    pub fn next_update(&self) -> i64 {
        self.crl
            .tbs_cert_list
            .next_update
            .map_or(-1, |t| secs(t.to_unix_duration().as_secs()))
    }

    /// CRL version, 1-based as GnuTLS reports it.
    pub fn version(&self) -> i32 {
        self.crl.tbs_cert_list.version as i32 + 1
    }

    fn revoked(&self) -> &[x509_cert::crl::RevokedCert] {
        self.crl
            .tbs_cert_list
            .revoked_certificates
            .as_deref()
            .unwrap_or(&[])
    }

    /// Number of revoked certificates listed.
    pub fn crt_count(&self) -> usize {
        self.revoked().len()
    }

    /// The serial (as encoded) and revocation time of entry `index`;
    /// GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE past the end.
    pub fn crt_serial(&self, index: usize) -> Result<(Vec<u8>, i64), Code> {
        let entry = self
            .revoked()
            .get(index)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        Ok((
            entry.serial_number.as_bytes().to_vec(),
            secs(entry.revocation_date.to_unix_duration().as_secs()),
        ))
    }

    /// gnutls_sign_algorithm_t of the CRL's signature (0 when unknown).
    pub fn signature_algorithm(&self) -> i32 {
        let oid = self.crl.signature_algorithm.oid.to_string();
        sign::by_oid(&oid).map_or(sign::UNKNOWN, |s| s.id)
    }

    fn extension(&self, oid: &str) -> Option<(bool, &[u8])> {
        self.crl
            .tbs_cert_list
            .crl_extensions
            .iter()
            .flatten()
            .find(|e| e.extn_id.to_string() == oid)
            .map(|e| (e.critical, e.extn_value.as_bytes()))
    }

    /// gnutls_x509_crl_get_number: the CRL number's integer bytes and the
    /// extension's criticality.
    pub fn number(&self) -> Result<(Vec<u8>, bool), Code> {
        let (critical, value) = self
            .extension(OID_CRL_NUMBER)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let n = der::asn1::UintRef::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        Ok((n.as_bytes().to_vec(), critical))
    }

    /// gnutls_x509_crl_get_authority_key_id: the key identifier and criticality.
    pub fn authority_key_id(&self) -> Result<(Vec<u8>, bool), Code> {
        let (critical, value) = self
            .extension(OID_AKI)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let aki =
            AuthorityKeyIdentifier::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        let id = aki
            .key_identifier
            .ok_or(errors::GNUTLS_E_X509_UNSUPPORTED_EXTENSION)?;
        Ok((id.as_bytes().to_vec(), critical))
    }

    /// gnutls_x509_crl_check_issuer: `issuer`'s subject names this CRL's issuer.
    pub fn issued_by(&self, issuer: &Crt) -> bool {
        self.issuer.as_slice() == issuer.raw_subject()
    }

    /// True when this CRL is from `cert`'s issuer and lists its serial
    /// (the signature is not checked, as in gnutls_x509_crt_check_revocation).
    pub fn revokes(&self, cert: &Crt) -> bool {
        self.issuer.as_slice() == cert.raw_issuer()
            && self
                .revoked()
                .iter()
                .any(|e| e.serial_number.as_bytes() == cert.serial())
    }

    /// gnutls_x509_crl_verify: the status bits of this CRL checked against
    /// `cas` (its issuer must be among them) at time `now`.
    pub fn verify(&self, cas: &[&CertInfo], flags: u32, now: u64) -> u32 {
        verify::crl_signer_status(&self.der, &self.crl, cas, flags, now)
    }
}

fn secs(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// gnutls_x509_crt_check_revocation over a list of CRLs: true when one of
/// them revokes `cert`.
pub fn is_revoked(cert: &Crt, crls: &[&Crl]) -> bool {
    crls.iter().any(|c| c.revokes(cert))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CA_CRL: &[u8] = include_bytes!("../../tests/certs/crl/ca.crl");
    const CA: &[u8] = include_bytes!("../../tests/certs/crl/ca.pem");
    const REVOKED: &[u8] = include_bytes!("../../tests/certs/crl/revoked.pem");
    const GOOD: &[u8] = include_bytes!("../../tests/certs/crl/good.pem");
    const WRONG_KEY: &[u8] = include_bytes!("../../tests/certs/crl/wrongkey.crl");

    #[test]
    fn getters() {
        let crl = Crl::import(CA_CRL, X509Format::Pem).unwrap();
        assert_eq!(crl.version(), 2);
        assert_eq!(crl.crt_count(), 2);
        assert_eq!(crl.this_update(), 1_735_689_600);
        assert_eq!(crl.next_update(), 2_366_841_600);
        assert_eq!(crl.number().unwrap(), (vec![0x01, 0x01], false));
        assert!(crl.crt_serial(2).is_err());
        assert_eq!(
            crl.issuer_dn(DnOrder::Rfc4514).unwrap(),
            "CN=CRL Test CA,O=rgnutls tests"
        );
        let der = crl.export(X509Format::Der);
        assert_eq!(Crl::import(&der, X509Format::Der).unwrap(), crl);
    }

    #[test]
    fn revocation_and_verification() {
        let crl = Crl::import(CA_CRL, X509Format::Pem).unwrap();
        let ca = Crt::import(CA, X509Format::Pem).unwrap();
        let revoked = Crt::import(REVOKED, X509Format::Pem).unwrap();
        let good = Crt::import(GOOD, X509Format::Pem).unwrap();
        assert!(is_revoked(&revoked, &[&crl]));
        assert!(!is_revoked(&good, &[&crl]));
        assert!(crl.issued_by(&ca));
        let now = 1_900_000_000;
        assert_eq!(crl.verify(&[ca.info()], 0, now), 0);
        assert_ne!(crl.verify(&[], 0, now), 0);
        let wrong = Crl::import(WRONG_KEY, X509Format::Pem).unwrap();
        assert_ne!(wrong.verify(&[ca.info()], 0, now), 0);
    }

    #[test]
    fn not_a_crl() {
        assert_eq!(
            Crl::import(CA, X509Format::Pem),
            Err(errors::GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR)
        );
        assert!(Crl::import(&CA_CRL[..40], X509Format::Der).is_err());
    }
}
