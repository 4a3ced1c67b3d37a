//! A parsed view of one certificate: the fields verification, hostname
//! matching and certificate selection need, decoded once with x509-cert.

use std::net::IpAddr;

use der::asn1::{AnyRef, Ia5StringRef, PrintableStringRef, TeletexStringRef, Utf8StringRef};
use der::{Decode, Encode, Reader, SliceReader};
use rustls_pki_types::CertificateDer;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{
    AuthorityKeyIdentifier, BasicConstraints, ExtendedKeyUsage, KeyUsage, SubjectAltName,
    SubjectKeyIdentifier,
};
use x509_cert::Certificate;

use crate::errors::{self, Code};

/// OIDs of the extensions whose meaning we understand (a critical extension
/// outside this list makes verification report UNKNOWN_CRIT_EXTENSIONS).
const KNOWN_EXTENSIONS: &[&str] = &[
    "2.5.29.14",          // subjectKeyIdentifier
    "2.5.29.15",          // keyUsage
    "2.5.29.17",          // subjectAltName
    "2.5.29.18",          // issuerAltName
    "2.5.29.19",          // basicConstraints
    "2.5.29.30",          // nameConstraints (checked by webpki)
    "2.5.29.31",          // cRLDistributionPoints
    "2.5.29.32",          // certificatePolicies
    "2.5.29.35",          // authorityKeyIdentifier
    "2.5.29.37",          // extKeyUsage
    "1.3.6.1.5.5.7.1.1",  // authorityInfoAccess
    "1.3.6.1.5.5.7.1.24", // TLS feature
];

const OID_COMMON_NAME: &str = "2.5.4.3";

/// The certificate fields we use, owned.
#[derive(Clone, Debug)]
pub struct CertInfo {
    /// The whole certificate, DER.
    pub der: Vec<u8>,
    /// DER of the signed part, byte-exact as received.
    pub tbs: Vec<u8>,
    /// Contents of the outer signatureAlgorithm SEQUENCE (OID + params).
    pub signature_alg: Vec<u8>,
    /// Dotted OID of the signature algorithm.
    pub signature_oid: String,
    pub signature: Vec<u8>,
    /// Full DER encoding of the issuer and subject Names.
    pub issuer: Vec<u8>,
    pub subject: Vec<u8>,
    /// Serial number bytes as encoded.
    pub serial: Vec<u8>,
    /// Validity in seconds since the Unix epoch.
    pub not_before: u64,
    pub not_after: u64,
    /// Contents of the SPKI AlgorithmIdentifier SEQUENCE.
    pub spki_alg: Vec<u8>,
    /// The subjectPublicKey bits.
    pub public_key: Vec<u8>,
    /// Full SubjectPublicKeyInfo DER.
    pub spki: Vec<u8>,
    /// X.509 version number as written (0 = v1, 2 = v3).
    pub version: u8,
    /// basicConstraints: Some(ca) when the extension is present.
    pub basic_ca: Option<bool>,
    /// basicConstraints pathLenConstraint, when present.
    pub path_len: Option<u8>,
    /// keyUsage: Some(keyCertSign) when the extension is present.
    pub key_usage_cert_sign: Option<bool>,
    /// extKeyUsage OIDs (dotted), when the extension is present.
    pub ext_key_usage: Option<Vec<String>>,
    pub dns_names: Vec<String>,
    pub ip_addresses: Vec<IpAddr>,
    /// Common names of the subject, in order.
    pub common_names: Vec<String>,
    /// A critical extension we do not understand is present.
    pub unknown_critical: bool,
    /// subjectKeyIdentifier, when present.
    pub subject_key_id: Option<Vec<u8>>,
    /// The keyIdentifier of authorityKeyIdentifier, when present.
    pub authority_key_id: Option<Vec<u8>>,
}

impl CertInfo {
    /// Parses a DER certificate. Any decoding failure is GNUTLS_E_ASN1_DER_ERROR.
    pub fn parse(der: &[u8]) -> Result<Self, Code> {
        parse_inner(der).ok_or(errors::GNUTLS_E_ASN1_DER_ERROR)
    }

    /// Issuer and subject are the same name.
    pub fn is_self_issued(&self) -> bool {
        self.issuer == self.subject
    }

    /// `issuer` could have issued this certificate, as GnuTLS decides it
    /// (gnutls_x509_crt_check_issuer): the names match and, when both are
    /// present, the authority key identifier is the issuer's subject key
    /// identifier.
    pub fn is_issued_by(&self, issuer: &CertInfo) -> bool {
        self.issuer == issuer.subject
            && match (&self.authority_key_id, &issuer.subject_key_id) {
                (Some(aki), Some(ski)) => aki == ski,
                _ => true,
            }
    }

    /// Self-signed in GnuTLS's sense: its own issuer.
    pub fn is_self_signed(&self) -> bool {
        self.is_issued_by(self)
    }

    /// The certificate as the pki-types wrapper rustls wants.
    pub fn to_cert_der(&self) -> CertificateDer<'static> {
        CertificateDer::from(self.der.clone())
    }

    /// Names usable to select this certificate by SNI: the DNS SANs, or the
    /// CNs when the certificate has no DNS SAN (GnuTLS's fallback).
    pub fn server_names(&self) -> Vec<String> {
        if self.dns_names.is_empty() {
            self.common_names.clone()
        } else {
            self.dns_names.clone()
        }
    }
}

/// The three top-level elements of a signed structure (certificate or CRL),
/// as raw ASN.1 values, so that the signed bytes stay byte-exact.
pub(crate) struct SignedParts<'a> {
    pub tbs: AnyRef<'a>,
    pub alg: AnyRef<'a>,
}

pub(crate) fn signed_parts(der: &[u8]) -> Option<SignedParts<'_>> {
    let outer = AnyRef::from_der(der).ok()?;
    let mut reader = SliceReader::new(outer.value()).ok()?;
    let tbs: AnyRef<'_> = reader.decode().ok()?;
    let alg: AnyRef<'_> = reader.decode().ok()?;
    Some(SignedParts { tbs, alg })
}

fn parse_inner(der: &[u8]) -> Option<CertInfo> {
    let cert = Certificate::from_der(der).ok()?;
    let parts = signed_parts(der)?;
    let tbs_cert = &cert.tbs_certificate;
    let spki_der = tbs_cert.subject_public_key_info.to_der().ok()?;
    let spki_alg_der = tbs_cert.subject_public_key_info.algorithm.to_der().ok()?;
    let spki_alg = AnyRef::from_der(&spki_alg_der).ok()?.value().to_vec();

    let mut info = CertInfo {
        der: der.to_vec(),
        tbs: parts.tbs.to_der().ok()?,
        signature_alg: parts.alg.value().to_vec(),
        signature_oid: cert.signature_algorithm.oid.to_string(),
        signature: cert.signature.raw_bytes().to_vec(),
        issuer: tbs_cert.issuer.to_der().ok()?,
        subject: tbs_cert.subject.to_der().ok()?,
        serial: tbs_cert.serial_number.as_bytes().to_vec(),
        not_before: tbs_cert.validity.not_before.to_unix_duration().as_secs(),
        not_after: tbs_cert.validity.not_after.to_unix_duration().as_secs(),
        spki_alg,
        public_key: tbs_cert
            .subject_public_key_info
            .subject_public_key
            .raw_bytes()
            .to_vec(),
        spki: spki_der,
        version: tbs_cert.version as u8,
        basic_ca: None,
        path_len: None,
        key_usage_cert_sign: None,
        ext_key_usage: None,
        dns_names: Vec::new(),
        ip_addresses: Vec::new(),
        common_names: Vec::new(),
        unknown_critical: false,
        subject_key_id: None,
        authority_key_id: None,
    };

    for rdn in tbs_cert.subject.0.iter() {
        for atv in rdn.0.iter() {
            if atv.oid.to_string() == OID_COMMON_NAME {
                if let Some(cn) = directory_string(&atv.value) {
                    info.common_names.push(cn);
                }
            }
        }
    }

    for ext in tbs_cert.extensions.iter().flatten() {
        let oid = ext.extn_id.to_string();
        let value = ext.extn_value.as_bytes();
        match oid.as_str() {
            "2.5.29.19" => {
                let bc = BasicConstraints::from_der(value).ok()?;
                info.basic_ca = Some(bc.ca);
                info.path_len = bc.path_len_constraint;
            }
            "2.5.29.15" => {
                info.key_usage_cert_sign = Some(KeyUsage::from_der(value).ok()?.key_cert_sign())
            }
            "2.5.29.37" => {
                let eku = ExtendedKeyUsage::from_der(value).ok()?;
                info.ext_key_usage = Some(eku.0.iter().map(|o| o.to_string()).collect());
            }
            "2.5.29.14" => {
                info.subject_key_id = Some(SubjectKeyIdentifier::from_der(value).ok()?.0.as_bytes().to_vec());
            }
            "2.5.29.35" => {
                let aki = AuthorityKeyIdentifier::from_der(value).ok()?;
                info.authority_key_id = aki.key_identifier.map(|k| k.as_bytes().to_vec());
            }
            "2.5.29.17" => {
                let san = SubjectAltName::from_der(value).ok()?;
                for name in san.0 {
                    match name {
                        GeneralName::DnsName(dns) => info.dns_names.push(dns.to_string()),
                        GeneralName::IpAddress(ip) => {
                            if let Some(addr) = ip_from_bytes(ip.as_bytes()) {
                                info.ip_addresses.push(addr);
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        if ext.critical && !KNOWN_EXTENSIONS.contains(&oid.as_str()) {
            info.unknown_critical = true;
        }
    }
    Some(info)
}

fn directory_string(value: &der::Any) -> Option<String> {
    if let Ok(s) = value.decode_as::<Utf8StringRef<'_>>() {
        return Some(s.to_string());
    }
    if let Ok(s) = value.decode_as::<PrintableStringRef<'_>>() {
        return Some(s.to_string());
    }
    if let Ok(s) = value.decode_as::<Ia5StringRef<'_>>() {
        return Some(s.to_string());
    }
    if let Ok(s) = value.decode_as::<TeletexStringRef<'_>>() {
        return Some(s.to_string());
    }
    None
}

fn ip_from_bytes(bytes: &[u8]) -> Option<IpAddr> {
    if let Ok(v4) = <[u8; 4]>::try_from(bytes) {
        return Some(IpAddr::from(v4));
    }
    if let Ok(v6) = <[u8; 16]>::try_from(bytes) {
        return Some(IpAddr::from(v6));
    }
    None
}

/// RFC 5929 tls-server-end-point channel binding: the hash of the whole
/// certificate with the hash of its signature algorithm, SHA-256 when that
/// is MD5 or SHA-1 (or unknown, as with Ed25519).
pub fn end_point_hash(der: &[u8]) -> Result<Vec<u8>, crate::errors::Code> {
    use crate::algorithms::{digest, sign};
    let info = CertInfo::parse(der)?;
    let hash = match sign::by_oid(&info.signature_oid).map(|s| s.hash) {
        Some(h) if h != 0 && h != digest::MD5 && h != digest::SHA1 => h,
        _ => digest::SHA256,
    };
    crate::crypto::hash::hash(hash, der)
}
