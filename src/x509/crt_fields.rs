//! Less common certificate fields, with GnuTLS's semantics: the signature
//! value and algorithm OID, the v2 unique identifiers, the issuer
//! alternative name, CRL distribution points and the sanity rules GnuTLS
//! applies to a certificate (that GNUTLS_X509_CRT_FLAG_IGNORE_SANITY lifts).

use der::asn1::BitString;
use der::{Decode, Encode, Sequence};
use x509_cert::certificate::Version;
use x509_cert::ext::pkix::name::{DistributionPointName, GeneralName};

use super::crt::{self, AltName, Crt};
use crate::errors::{self, Code};

const OID_IAN: &str = "2.5.29.18";
const OID_CRL_DIST_POINTS: &str = "2.5.29.31";

const PURPOSE_ANY: &str = "2.5.29.37.0";
const PURPOSE_SERVER_AUTH: &str = "1.3.6.1.5.5.7.3.1";
/// Microsoft's and Netscape's server gated crypto purposes, which GnuTLS
/// takes for the TLS server purpose in a CA certificate.
const PURPOSES_SERVER_GATED: &[&str] = &["1.3.6.1.4.1.311.10.3.3", "2.16.840.1.113730.4.1"];

/// `gnutls_x509_crt_flags`: skip the sanity checks on import and signing.
pub const FLAG_IGNORE_SANITY: u32 = 1;

/// One name of a CRL distribution point, as
/// gnutls_x509_crt_get_crl_dist_points returns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistPoint {
    /// gnutls_x509_subject_alt_name_t of the name.
    pub kind: u32,
    pub value: Vec<u8>,
    /// GnuTLS's reason flags: the ReasonFlags bit string's first byte, its
    /// second byte shifted left by 8.
    pub reasons: u32,
}

/// The bytes of a BIT STRING field as GnuTLS reads them (whole bytes).
fn bits(b: &BitString) -> Vec<u8> {
    b.raw_bytes().to_vec()
}

/// GnuTLS's reason flags from a ReasonFlags bit string's bytes.
fn reason_flags(bytes: &[u8]) -> u32 {
    let first = bytes.first().copied().unwrap_or(0);
    let second = bytes.get(1).copied().unwrap_or(0);
    u32::from(first) | (u32::from(second) << 8)
}

/// RFC 5280's DistributionPoint with the reasons kept as the bit string
/// they are: GnuTLS writes them as a two-bit string that x509-cert's
/// ReasonFlags would not take back.
#[derive(Sequence)]
struct RawDistPoint {
    #[asn1(context_specific = "0", tag_mode = "EXPLICIT", optional = "true")]
    distribution_point: Option<DistributionPointName>,
    #[asn1(context_specific = "1", tag_mode = "IMPLICIT", optional = "true")]
    reasons: Option<BitString>,
    #[asn1(context_specific = "2", tag_mode = "IMPLICIT", optional = "true")]
    crl_issuer: Option<Vec<GeneralName>>,
}

/// The full names of a CRLDistributionPoints extension value, flattened as
/// GnuTLS does: every full name of each point in order, with that point's
/// reason flags. GnuTLS stops at the first point without a full name (one
/// with a name relative to the CRL issuer, or none).
pub fn dist_point_names(value: &[u8]) -> Result<Vec<(GeneralName, u32)>, Code> {
    let points = Vec::<RawDistPoint>::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let mut out = Vec::new();
    for point in points {
        let Some(DistributionPointName::FullName(names)) = point.distribution_point else { break };
        if names.is_empty() {
            break;
        }
        let reasons = point.reasons.as_ref().map_or(0, |r| reason_flags(r.raw_bytes()));
        out.extend(names.into_iter().map(|n| (n, reasons)));
    }
    Ok(out)
}

/// The names of a CRLDistributionPoints extension value as
/// gnutls_x509_crt_get_crl_dist_points returns them.
pub fn crl_dist_points_from_der(value: &[u8]) -> Result<Vec<DistPoint>, Code> {
    dist_point_names(value)?
        .iter()
        .map(|(name, reasons)| {
            let v: AltName = crt::general_name_value(name).ok_or(errors::GNUTLS_E_UNIMPLEMENTED_FEATURE)?;
            Ok(DistPoint { kind: v.kind, value: v.value, reasons: *reasons })
        })
        .collect()
}

/// A CRLDistributionPoints extension value as GnuTLS writes one: a point
/// per run of names with the same reasons, those names as its full name.
/// GnuTLS writes the reasons as a two-bit string, so only the unused and
/// keyCompromise bits survive (GNUTLS_CRL_REASON_UNSPECIFIED and
/// _KEY_COMPROMISE); no reasons leaves the field out.
pub fn crl_dist_points_to_der(names: &[(GeneralName, u32)]) -> Result<Vec<u8>, Code> {
    let mut points: Vec<(u32, Vec<GeneralName>)> = Vec::new();
    for (name, reasons) in names {
        match points.last_mut() {
            Some((r, list)) if r == reasons => list.push(name.clone()),
            _ => points.push((*reasons, vec![name.clone()])),
        }
    }
    let raw = points
        .into_iter()
        .map(|(reasons, list)| {
            let reasons = match reasons {
                0 => None,
                r => Some(BitString::new(6, vec![(r & 0xc0) as u8]).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?),
            };
            Ok(RawDistPoint { distribution_point: Some(DistributionPointName::FullName(list)), reasons, crl_issuer: None })
        })
        .collect::<Result<Vec<_>, Code>>()?;
    raw.to_der().map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)
}

/// The `seq`th issuer name of an AuthorityKeyIdentifier extension value,
/// as the alt-name getters give names, and the issuer's serial number.
pub fn aki_issuer_and_serial(value: &[u8], seq: usize) -> Result<(AltName, Vec<u8>), Code> {
    let aki = x509_cert::ext::pkix::AuthorityKeyIdentifier::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let names = aki.authority_cert_issuer.unwrap_or_default();
    let name = names.get(seq).ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
    let name = crt::general_name_value(name).ok_or(errors::GNUTLS_E_UNIMPLEMENTED_FEATURE)?;
    let serial = aki.authority_cert_serial_number.map(|s| s.as_bytes().to_vec()).unwrap_or_default();
    Ok((name, serial))
}

impl Crt {
    /// gnutls_x509_crt_get_signature: the signature value's bytes; a bit
    /// string that is not whole bytes is a certificate error.
    pub fn signature_value(&self) -> Result<Vec<u8>, Code> {
        let sig = &self.certificate().signature;
        sig.as_bytes().map(<[u8]>::to_vec).ok_or(errors::GNUTLS_E_CERTIFICATE_ERROR)
    }

    /// gnutls_x509_crt_get_signature_oid: the outer signature algorithm OID.
    pub fn signature_oid(&self) -> String {
        self.certificate().signature_algorithm.oid.to_string()
    }

    /// gnutls_x509_crt_get_issuer_unique_id (GNUTLS_E_ASN1_ELEMENT_NOT_FOUND
    /// when absent).
    pub fn issuer_unique_id(&self) -> Result<Vec<u8>, Code> {
        let tbs = &self.certificate().tbs_certificate;
        tbs.issuer_unique_id.as_ref().map(bits).ok_or(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND)
    }

    /// gnutls_x509_crt_get_subject_unique_id.
    pub fn subject_unique_id(&self) -> Result<Vec<u8>, Code> {
        let tbs = &self.certificate().tbs_certificate;
        tbs.subject_unique_id.as_ref().map(bits).ok_or(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND)
    }

    /// The issuer alternative names (with other-name OIDs) and the
    /// extension's criticality.
    pub fn issuer_alt_names(&self) -> Result<(Vec<(AltName, String)>, bool), Code> {
        let (critical, value) = self.extension(OID_IAN).ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        Ok((crt::alt_names_with_oids(value)?, critical))
    }

    /// The subject alternative names with their other-name OIDs.
    pub fn subject_alt_names_with_oids(&self) -> Result<(Vec<(AltName, String)>, bool), Code> {
        let (critical, value) = self.extension("2.5.29.17").ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        Ok((crt::alt_names_with_oids(value)?, critical))
    }

    /// The CRL distribution point names and the extension's criticality.
    pub fn crl_dist_points(&self) -> Result<(Vec<DistPoint>, bool), Code> {
        let (critical, value) =
            self.extension(OID_CRL_DIST_POINTS).ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        Ok((crl_dist_points_from_der(value)?, critical))
    }

    /// gnutls_x509_crt_get_pk_oid: the subject key's algorithm OID.
    pub fn pk_oid(&self) -> String {
        self.certificate().tbs_certificate.subject_public_key_info.algorithm.oid.to_string()
    }

    /// gnutls_x509_crt_check_ip: an IP address alternative name with
    /// exactly these bytes (the common name does not count).
    pub fn has_ip(&self, ip: &[u8]) -> bool {
        self.alt_names()
            .map(|(names, _)| names.iter().any(|n| n.kind == crt::san_type::IPADDRESS && n.value == ip))
            .unwrap_or(false)
    }

    /// gnutls_x509_crt_check_key_purpose: whether the certificate may be
    /// used for `purpose`. No key purpose extension allows everything; "any
    /// purpose" counts unless `disallow_any`; a CA listing a server gated
    /// crypto purpose counts as a TLS server, as in GnuTLS.
    pub fn check_key_purpose(&self, purpose: &str, disallow_any: bool) -> bool {
        let list = match super::crt_ext::key_purposes(self) {
            Ok((list, _)) => list,
            Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) => return true,
            Err(_) => return false,
        };
        if list.is_empty() {
            return true;
        }
        let ca = self.basic_constraints().is_ok_and(|bc| bc.ca);
        let gated = purpose == PURPOSE_SERVER_AUTH && ca;
        list.iter().any(|oid| {
            oid == purpose || (!disallow_any && oid == PURPOSE_ANY) || (gated && PURPOSES_SERVER_GATED.contains(&oid.as_str()))
        })
    }

    /// gnutls_x509_crt_get_private_key_usage_period: the period's bounds
    /// (-1 for one absent) and the extension's criticality.
    pub fn private_key_usage_period(&self) -> Result<(i64, i64, bool), Code> {
        let (critical, value) = self.extension("2.5.29.16").ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let p = crate::x509::crq::PrivateKeyUsagePeriod::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        let secs = |t: Option<der::asn1::GeneralizedTime>| t.map_or(-1, |t| i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(-1));
        Ok((secs(p.not_before), secs(p.not_after), critical))
    }

    /// The authority key identifier extension: criticality and DER value.
    pub fn authority_key_id_ext(&self) -> Option<(bool, &[u8])> {
        self.extension("2.5.29.35")
    }

    /// gnutls_x509_crt_get_inhibit_anypolicy: SkipCerts and criticality.
    pub fn inhibit_any_policy(&self) -> Result<(u32, bool), Code> {
        let (critical, value) = self.extension("2.5.29.54").ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let n = u32::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        Ok((n, critical))
    }

    /// GnuTLS's sanity rules for an imported certificate: extensions only
    /// in v3, unique identifiers only from v2.
    pub fn sanity_check(&self) -> Result<(), Code> {
        let tbs = &self.certificate().tbs_certificate;
        let has_ids = tbs.issuer_unique_id.is_some() || tbs.subject_unique_id.is_some();
        let has_exts = tbs.extensions.as_ref().is_some_and(|e| !e.is_empty());
        version_allows(Some(tbs.version), has_exts, has_ids)
    }
}

/// Whether a certificate of `version` (absent: v1) may carry extensions
/// and unique identifiers, as GnuTLS checks on import and before signing.
pub fn version_allows(version: Option<Version>, has_exts: bool, has_ids: bool) -> Result<(), Code> {
    let v = version.unwrap_or(Version::V1);
    if (v != Version::V3 && has_exts) || (v == Version::V1 && has_ids) {
        return Err(errors::GNUTLS_E_CERTIFICATE_ERROR);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use der::Encode;
    use x509_cert::ext::pkix::crl::dp::DistributionPoint;
    use x509_cert::ext::pkix::crl::dp::{ReasonFlags, Reasons};
    use x509_cert::ext::pkix::CrlDistributionPoints;

    fn uri(s: &str) -> GeneralName {
        GeneralName::UniformResourceIdentifier(der::asn1::Ia5String::new(s).unwrap())
    }

    fn point(names: Option<Vec<GeneralName>>, reasons: Option<ReasonFlags>) -> DistributionPoint {
        DistributionPoint {
            distribution_point: names.map(DistributionPointName::FullName),
            reasons,
            crl_issuer: None,
        }
    }

    #[test]
    fn dist_points_flatten_names_with_their_reasons() {
        let kc = ReasonFlags::from(Reasons::KeyCompromise) | Reasons::AaCompromise;
        let der = CrlDistributionPoints(vec![
            point(Some(vec![uri("http://a/"), uri("http://b/")]), None),
            point(Some(vec![uri("http://c/")]), Some(kc)),
            point(None, None),
            point(Some(vec![uri("http://never/")]), None),
        ])
        .to_der()
        .unwrap();
        let got = crl_dist_points_from_der(&der).unwrap();
        let urls: Vec<&[u8]> = got.iter().map(|p| p.value.as_slice()).collect();
        assert_eq!(urls, [b"http://a/".as_slice(), b"http://b/", b"http://c/"]);
        assert_eq!(got[0].reasons, 0);
        // keyCompromise is bit 1 (0x40 of the first byte), aACompromise bit 8.
        assert_eq!(got[2].reasons, 0x40 | 0x8000);
        assert!(got.iter().all(|p| p.kind == crt::san_type::URI));
    }

    #[test]
    fn other_name_oids_and_sanity_of_signed_certificates() {
        use crate::algorithms::pk;
        use crate::x509::{certgen::CertDraft, keygen};
        let key = keygen::generate(pk::ECDSA, 256).unwrap();
        let mut d = CertDraft::default();
        d.set_spki(&key.spki().unwrap()).unwrap();
        d.add_subject_alt_name(crt::san_type::DNSNAME, b"a.example", true).unwrap();
        d.add_subject_alt_othername("1.2.3.4", b"\x0c\x01x", crate::x509::crq::FSAN_APPEND).unwrap();
        let issuer = d.subject_der().unwrap();
        let c = d.sign(&issuer, &key, 0).unwrap();
        assert!(c.sanity_check().is_ok());
        let (names, critical) = c.subject_alt_names_with_oids().unwrap();
        assert!(!critical);
        assert_eq!(names[0].1, "");
        assert_eq!(names[1].1, "1.2.3.4");
        // A raw other name is copied as text, as GnuTLS does.
        assert!(names[1].0.text);
        assert_eq!(c.issuer_alt_names().unwrap_err(), errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
        assert_eq!(c.issuer_unique_id().unwrap_err(), errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND);
        assert!(c.signature_value().unwrap().starts_with(&[0x30]));
        assert_eq!(c.signature_oid(), "1.2.840.10045.4.3.2");
        // v1 with an extension: only made with the checks off, refused on import.
        d.set_version(1).unwrap();
        d.set_ignore_sanity(true);
        let v1 = d.sign(&issuer, &key, 0).unwrap();
        assert_eq!(v1.sanity_check(), Err(errors::GNUTLS_E_CERTIFICATE_ERROR));
    }

    #[test]
    fn dist_points_are_written_as_gnutls_does() {
        let names = [(uri("http://a/"), 0), (uri("http://b/"), 0), (uri("http://c/"), 0x40 | 0x8000), (uri("http://d/"), 0x08)];
        let der = crl_dist_points_to_der(&names).unwrap();
        // Three points; the reasons as GnuTLS's two-bit strings.
        let points = Vec::<RawDistPoint>::from_der(&der).unwrap();
        assert_eq!(points.len(), 3);
        assert!(points[0].reasons.is_none());
        assert_eq!(points[1].reasons.as_ref().unwrap().raw_bytes(), [0x40]);
        assert_eq!(points[1].reasons.as_ref().unwrap().unused_bits(), 6);
        assert_eq!(points[2].reasons.as_ref().unwrap().raw_bytes(), [0]);
        let back = crl_dist_points_from_der(&der).unwrap();
        let reasons: Vec<u32> = back.iter().map(|p| p.reasons).collect();
        assert_eq!(reasons, [0, 0, 0x40, 0]);
    }

    #[test]
    fn purposes_addresses_and_issuer_names() {
        use crate::algorithms::pk;
        use crate::x509::{certgen::CertDraft, keygen};
        let key = keygen::generate(pk::ECDSA, 256).unwrap();
        let mut d = CertDraft::default();
        d.set_spki(&key.spki().unwrap()).unwrap();
        let issuer = d.subject_der().unwrap();
        // No key purpose extension: every purpose.
        let c = d.sign(&issuer, &key, 0).unwrap();
        assert!(c.check_key_purpose("1.3.6.1.5.5.7.3.1", true));
        assert_eq!(c.pk_oid(), "1.2.840.10045.2.1");
        d.add_key_purpose("1.3.6.1.5.5.7.3.2", false).unwrap();
        d.add_key_purpose(PURPOSE_ANY, false).unwrap();
        d.add_subject_alt_name(crt::san_type::IPADDRESS, &[10, 0, 0, 1], true).unwrap();
        d.add_issuer_alt_name(crt::san_type::DNSNAME, b"ca.example", false).unwrap();
        d.set_inhibit_any_policy(300).unwrap();
        d.set_private_key_usage_period(1_600_000_000, 1_700_000_000).unwrap();
        d.add_issuer_alt_othername("1.2.3.4", b"x", crate::x509::crq::FSAN_APPEND | crate::x509::crq::FSAN_ENCODE_UTF8_STRING).unwrap();
        let c = d.sign(&issuer, &key, 0).unwrap();
        assert!(c.check_key_purpose("1.3.6.1.5.5.7.3.2", true));
        // "Any purpose" counts only when allowed.
        assert!(c.check_key_purpose("1.3.6.1.5.5.7.3.1", false));
        assert!(!c.check_key_purpose("1.3.6.1.5.5.7.3.1", true));
        assert!(c.has_ip(&[10, 0, 0, 1]));
        assert!(!c.has_ip(&[10, 0, 0, 2]));
        let (ian, _) = c.issuer_alt_names().unwrap();
        assert_eq!(ian[0].0.value, b"ca.example");
        assert_eq!(ian[1].1, "1.2.3.4");
        assert_eq!(c.inhibit_any_policy().unwrap(), (300, true));
        assert_eq!(c.private_key_usage_period().unwrap(), (1_600_000_000, 1_700_000_000, false));
    }

    #[test]
    fn authority_issuer_and_serial() {
        let pem = std::fs::read(format!("{}/tests/certs/x509ext2/aki-issuer.pem", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let c = Crt::import(&pem, crate::x509::X509Format::Pem).unwrap();
        let (critical, value) = c.authority_key_id_ext().unwrap();
        assert!(!critical);
        let (name, serial) = aki_issuer_and_serial(value, 0).unwrap();
        assert_eq!(name.kind, crt::san_type::DN);
        assert_eq!(name.value, b"O=AKI Org,CN=aki.example.com");
        assert_eq!(serial, c.serial());
        assert_eq!(aki_issuer_and_serial(value, 1).unwrap_err(), errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
        // It has no CRL distribution points.
        assert_eq!(c.crl_dist_points().unwrap_err(), errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
    }

    #[test]
    fn version_rules() {
        assert!(version_allows(Some(Version::V3), true, true).is_ok());
        assert!(version_allows(Some(Version::V2), false, true).is_ok());
        assert_eq!(version_allows(Some(Version::V2), true, false), Err(errors::GNUTLS_E_CERTIFICATE_ERROR));
        assert_eq!(version_allows(None, false, true), Err(errors::GNUTLS_E_CERTIFICATE_ERROR));
        assert!(version_allows(None, false, false).is_ok());
    }
}
