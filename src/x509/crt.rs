//! One certificate as the gnutls_x509_crt_* getters see it: the decoded
//! x509-cert structure plus the [`CertInfo`] view verification uses, with
//! each getter's GnuTLS semantics (what is returned, which error when the
//! field is absent).

use der::asn1::{Ia5StringRef, ObjectIdentifier, Utf8StringRef};
use der::{Decode, Encode};
use x509_cert::ext::pkix::name::{GeneralName, OtherName};
use x509_cert::ext::pkix::{
    AuthorityKeyIdentifier, BasicConstraints, KeyUsage, SubjectAltName, SubjectKeyIdentifier,
};
use x509_cert::Certificate;

use super::cert::CertInfo;
use super::dn::{self, DnOrder};
use super::{hostname, load, X509Format};
use crate::algorithms::{digest, pk, sign};
use crate::errors::{self, Code};

const OID_SAN: &str = "2.5.29.17";
const OID_KEY_USAGE: &str = "2.5.29.15";
const OID_BASIC_CONSTRAINTS: &str = "2.5.29.19";
const OID_SKI: &str = "2.5.29.14";
const OID_AKI: &str = "2.5.29.35";
const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";
const OID_EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";
/// Microsoft's user principal name, which GnuTLS decodes specially.
const OID_MS_UPN: &str = "1.3.6.1.4.1.311.20.2.3";
/// XMPP address (RFC 6120), also decoded.
const OID_XMPP: &str = "1.3.6.1.5.5.7.8.5";

/// gnutls_x509_subject_alt_name_t values.
pub mod san_type {
    pub const DNSNAME: u32 = 1;
    pub const RFC822NAME: u32 = 2;
    pub const URI: u32 = 3;
    pub const IPADDRESS: u32 = 4;
    pub const OTHERNAME: u32 = 5;
    pub const DN: u32 = 6;
    pub const REGISTERED_ID: u32 = 7;
    pub const OTHERNAME_XMPP: u32 = 1000;
    pub const OTHERNAME_MSUSERPRINCIPAL: u32 = 1002;
}

/// One subject alternative name, as gnutls_x509_crt_get_subject_alt_name2
/// returns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AltName {
    pub kind: u32,
    pub value: Vec<u8>,
    /// The value is text whose terminating NUL GnuTLS counts when the
    /// caller's buffer is too small.
    pub text: bool,
}

/// Basic constraints as gnutls_x509_crt_get_basic_constraints reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Constraints {
    pub critical: bool,
    pub ca: bool,
    /// -1 when absent.
    pub path_len: i32,
}

/// A decoded certificate.
#[derive(Clone, Debug)]
pub struct Crt {
    cert: Certificate,
    info: CertInfo,
}

impl PartialEq for Crt {
    fn eq(&self, other: &Self) -> bool {
        self.info.der == other.info.der
    }
}

impl Crt {
    /// Decodes one DER certificate.
    pub fn from_der(der: &[u8]) -> Result<Self, Code> {
        let cert = Certificate::from_der(der).map_err(|e| load::der_error_code(&e))?;
        let info = CertInfo::parse(der)?;
        Ok(Self { cert, info })
    }

    /// gnutls_x509_crt_import: the first certificate of PEM data, or DER.
    pub fn import(data: &[u8], format: X509Format) -> Result<Self, Code> {
        match format {
            X509Format::Der => Self::from_der(data),
            X509Format::Pem => {
                let first = load::first_pem_certificate(data)?;
                Self::from_der(&first)
            }
        }
    }

    /// gnutls_x509_crt_list_import: every certificate of the data, in order.
    pub fn import_list(data: &[u8], format: X509Format) -> Result<Vec<Self>, Code> {
        let ders = load::certificates(data, format)?;
        if ders.is_empty() {
            return Err(errors::GNUTLS_E_NO_CERTIFICATE_FOUND);
        }
        ders.iter().map(|d| Self::from_der(d)).collect()
    }

    pub fn der(&self) -> &[u8] {
        &self.info.der
    }

    pub fn info(&self) -> &CertInfo {
        &self.info
    }

    /// gnutls_x509_crt_export: DER, or PEM with 64-column base64.
    pub fn export(&self, format: X509Format) -> Vec<u8> {
        match format {
            X509Format::Der => self.info.der.clone(),
            X509Format::Pem => {
                crate::encoding::pem_encode("CERTIFICATE", &self.info.der).into_bytes()
            }
        }
    }

    pub fn subject_dn(&self, order: DnOrder) -> Result<String, Code> {
        dn::format(&self.info.subject, order)
    }

    pub fn issuer_dn(&self, order: DnOrder) -> Result<String, Code> {
        dn::format(&self.info.issuer, order)
    }

    /// DER of the subject Name.
    pub fn raw_subject(&self) -> &[u8] {
        &self.info.subject
    }

    pub fn raw_issuer(&self) -> &[u8] {
        &self.info.issuer
    }

    pub fn subject_value_by_oid(
        &self,
        oid: &str,
        index: usize,
        raw: bool,
    ) -> Result<Vec<u8>, Code> {
        dn::value_by_oid(&self.info.subject, oid, index, raw)
    }

    pub fn issuer_value_by_oid(&self, oid: &str, index: usize, raw: bool) -> Result<Vec<u8>, Code> {
        dn::value_by_oid(&self.info.issuer, oid, index, raw)
    }

    /// OID of the `index`th subject attribute, in encoding order.
    pub fn subject_oid(&self, index: usize) -> Result<String, Code> {
        dn::oid_at(&self.info.subject, index)
    }

    /// OID of the `index`th issuer attribute, in encoding order.
    pub fn issuer_oid(&self, index: usize) -> Result<String, Code> {
        dn::oid_at(&self.info.issuer, index)
    }

    pub fn activation_time(&self) -> i64 {
        i64::try_from(self.info.not_before).unwrap_or(i64::MAX)
    }

    pub fn expiration_time(&self) -> i64 {
        i64::try_from(self.info.not_after).unwrap_or(i64::MAX)
    }

    /// The serial number bytes as encoded (a leading zero included).
    pub fn serial(&self) -> &[u8] {
        &self.info.serial
    }

    /// X.509 version, 1-based as GnuTLS reports it.
    pub fn version(&self) -> i32 {
        i32::from(self.info.version) + 1
    }

    /// The subject key's gnutls_pk_algorithm_t and size in bits.
    pub fn pk_algorithm(&self) -> (i32, u32) {
        spki_algorithm(&self.info.spki).unwrap_or((pk::UNKNOWN, 0))
    }

    /// gnutls_sign_algorithm_t of the certificate's signature (0 when unknown).
    pub fn signature_algorithm(&self) -> i32 {
        sign_algorithm_of(&self.cert.signature_algorithm)
    }

    /// gnutls_x509_crt_get_fingerprint: the digest of the DER certificate.
    pub fn fingerprint(&self, digest_id: i32) -> Result<Vec<u8>, Code> {
        crate::crypto::hash::hash(digest_id, &self.info.der)
    }

    /// gnutls_x509_crt_get_key_id: a digest of the SubjectPublicKeyInfo.
    pub fn key_id(&self, flags: u32) -> Result<Vec<u8>, Code> {
        key_id(&self.info.spki, flags)
    }

    pub fn spki(&self) -> &[u8] {
        &self.info.spki
    }

    /// The decoded certificate.
    pub fn certificate(&self) -> &Certificate {
        &self.cert
    }

    /// The extension `oid`: criticality and DER value.
    pub fn extension(&self, oid: &str) -> Option<(bool, &[u8])> {
        self.cert
            .tbs_certificate
            .extensions
            .iter()
            .flatten()
            .find(|e| e.extn_id.to_string() == oid)
            .map(|e| (e.critical, e.extn_value.as_bytes()))
    }

    /// The extensions in order: OID, criticality and DER value.
    pub fn extensions(&self) -> Vec<(String, bool, &[u8])> {
        self.cert
            .tbs_certificate
            .extensions
            .iter()
            .flatten()
            .map(|e| (e.extn_id.to_string(), e.critical, e.extn_value.as_bytes()))
            .collect()
    }

    /// OIDs of the extensions, in order.
    pub fn extension_oids(&self) -> Vec<String> {
        self.cert
            .tbs_certificate
            .extensions
            .iter()
            .flatten()
            .map(|e| e.extn_id.to_string())
            .collect()
    }

    /// The subject alternative names and the extension's criticality;
    /// GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE without the extension.
    pub fn alt_names(&self) -> Result<(Vec<AltName>, bool), Code> {
        let (critical, value) = self
            .extension(OID_SAN)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        Ok((alt_names_from_der(value)?, critical))
    }

    /// gnutls_x509_crt_get_key_usage: GnuTLS's bit values and criticality.
    pub fn key_usage(&self) -> Result<(u32, bool), Code> {
        let (critical, value) = self
            .extension(OID_KEY_USAGE)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        Ok((key_usage_from_der(value)?, critical))
    }

    pub fn basic_constraints(&self) -> Result<Constraints, Code> {
        let (critical, value) = self
            .extension(OID_BASIC_CONSTRAINTS)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let bc = BasicConstraints::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        Ok(Constraints {
            critical,
            ca: bc.ca,
            path_len: bc.path_len_constraint.map_or(-1, i32::from),
        })
    }

    pub fn subject_key_id(&self) -> Result<(Vec<u8>, bool), Code> {
        let (critical, value) = self
            .extension(OID_SKI)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let ski =
            SubjectKeyIdentifier::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        Ok((ski.0.as_bytes().to_vec(), critical))
    }

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

    /// gnutls_x509_crt_check_hostname2
    pub fn check_hostname(&self, host: &str, flags: u32) -> bool {
        hostname::matches(&self.info, host, flags)
    }

    /// gnutls_x509_crt_check_email: the rfc822Name SANs, else the subject's
    /// emailAddress attributes when there is no rfc822Name SAN.
    pub fn check_email(&self, email: &str) -> bool {
        let sans = self.alt_names().map(|(n, _)| n).unwrap_or_default();
        let emails: Vec<Vec<u8>> = sans
            .into_iter()
            .filter(|n| n.kind == san_type::RFC822NAME)
            .map(|n| n.value)
            .collect();
        let candidates = if emails.is_empty() {
            (0..)
                .map_while(|i| {
                    self.subject_value_by_oid("1.2.840.113549.1.9.1", i, false)
                        .ok()
                })
                .collect()
        } else {
            emails
        };
        candidates
            .iter()
            .any(|c| c.eq_ignore_ascii_case(email.as_bytes()))
    }

    /// gnutls_x509_crt_check_issuer: `issuer`'s subject is this certificate's issuer.
    pub fn issued_by(&self, issuer: &Crt) -> bool {
        self.info.issuer == issuer.info.subject
    }
}

/// The gnutls_sign_algorithm_t an AlgorithmIdentifier names (0 when unknown).
pub fn sign_algorithm_of(alg: &spki::AlgorithmIdentifierOwned) -> i32 {
    if alg.oid.to_string() == OID_RSA_PSS {
        return pss_sign_algorithm(alg.parameters.as_ref()).unwrap_or(sign::UNKNOWN);
    }
    sign::by_oid(&alg.oid.to_string()).map_or(sign::UNKNOWN, |s| s.id)
}

/// The names of a SubjectAltName extension value, as GnuTLS returns them.
pub fn alt_names_from_der(value: &[u8]) -> Result<Vec<AltName>, Code> {
    Ok(alt_names_with_oids(value)?.into_iter().map(|(name, _)| name).collect())
}

/// As [`alt_names_from_der`], each name with its other-name type OID
/// (empty for the other kinds), for the *_alt_othername_oid getters.
pub fn alt_names_with_oids(value: &[u8]) -> Result<Vec<(AltName, String)>, Code> {
    let san = SubjectAltName::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    Ok(san
        .0
        .iter()
        .filter_map(|n| {
            let oid = match n {
                GeneralName::OtherName(o) => o.type_id.to_string(),
                _ => String::new(),
            };
            alt_name(n).map(|a| (a, oid))
        })
        .collect())
}

/// One GeneralName as the alt-name getters return it (`None` for kinds
/// GnuTLS does not return).
pub fn general_name_value(name: &GeneralName) -> Option<AltName> {
    alt_name(name)
}

/// GnuTLS's bit mask of a KeyUsage extension value.
pub fn key_usage_from_der(value: &[u8]) -> Result<u32, Code> {
    let usage = KeyUsage::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    Ok(gnutls_key_usage(usage.0.bits()))
}

/// The gnutls_x509_subject_alt_name_t of an other name with this type OID.
pub fn othername_kind(oid: &str) -> u32 {
    match oid {
        OID_MS_UPN => san_type::OTHERNAME_MSUSERPRINCIPAL,
        OID_XMPP => san_type::OTHERNAME_XMPP,
        _ => san_type::OTHERNAME,
    }
}

/// gnutls key id: SHA-1 (default), SHA-256 or SHA-512 of the SPKI DER.
pub fn key_id(spki: &[u8], flags: u32) -> Result<Vec<u8>, Code> {
    const USE_SHA256: u32 = 1;
    const USE_SHA512: u32 = 1 << 1;
    let algo = if flags & USE_SHA512 != 0 {
        digest::SHA512
    } else if flags & USE_SHA256 != 0 {
        digest::SHA256
    } else {
        digest::SHA1
    };
    crate::crypto::hash::hash(algo, spki)
}

/// The gnutls_pk_algorithm_t and bit size of a SubjectPublicKeyInfo.
pub fn spki_algorithm(spki_der: &[u8]) -> Option<(i32, u32)> {
    let info = spki::SubjectPublicKeyInfoRef::from_der(spki_der).ok()?;
    let oid = info.algorithm.oid.to_string();
    let key = info.subject_public_key.raw_bytes();
    let id = if oid == OID_EC_PUBLIC_KEY {
        pk::ECDSA
    } else {
        pk::by_oid(&oid)?.id
    };
    let bits = match id {
        pk::RSA | pk::RSA_PSS => {
            let rsa = pkcs1::RsaPublicKey::from_der(key).ok()?;
            integer_bits(rsa.modulus.as_bytes())
        }
        pk::ECDSA => {
            let curve: ObjectIdentifier = info.algorithm.parameters?.decode_as().ok()?;
            match curve.to_string().as_str() {
                "1.2.840.10045.3.1.1" => 192,
                "1.3.132.0.33" => 224,
                "1.2.840.10045.3.1.7" => 256,
                "1.3.132.0.34" => 384,
                "1.3.132.0.35" => 521,
                _ => 0,
            }
        }
        pk::EDDSA_ED25519 | pk::ECDH_X25519 => 256,
        pk::EDDSA_ED448 => 456,
        pk::ECDH_X448 => 448,
        pk::DSA => {
            // Dss-Parms ::= SEQUENCE { p INTEGER, q INTEGER, g INTEGER }: p comes first.
            let params = info.algorithm.parameters?;
            let mut reader = der::SliceReader::new(params.value()).ok()?;
            let p: der::asn1::UintRef<'_> = der::Reader::decode(&mut reader).ok()?;
            integer_bits(p.as_bytes())
        }
        _ => 0,
    };
    Some((id, bits))
}

fn integer_bits(bytes: &[u8]) -> u32 {
    let bytes = match bytes.iter().position(|b| *b != 0) {
        Some(i) => &bytes[i..],
        None => return 0,
    };
    (bytes.len() as u32) * 8 - bytes[0].leading_zeros()
}

/// RSA-PSS signatures name their hash in the parameters.
fn pss_sign_algorithm(params: Option<&der::Any>) -> Option<i32> {
    let hash = match params {
        None => digest::SHA1,
        Some(p) => {
            let der = p.to_der().ok()?;
            let pss = pkcs1::RsaPssParams::from_der(&der).ok()?;
            digest::by_oid(&pss.hash.oid.to_string())?.id
        }
    };
    sign::from_pk_and_hash(pk::RSA_PSS, hash).map(|s| s.id)
}

/// x509-cert's KeyUsage bits (bit 0 = digitalSignature) to GnuTLS's
/// GNUTLS_KEY_* values (the bits of the DER BIT STRING's first two bytes).
fn gnutls_key_usage(bits: u16) -> u32 {
    let mut out = 0u32;
    for i in 0..9u32 {
        if bits & (1 << i) != 0 {
            out |= if i < 8 { 0x80 >> i } else { 0x8000 };
        }
    }
    out
}

fn alt_name(name: &GeneralName) -> Option<AltName> {
    let text = |kind: u32, s: &str| AltName {
        kind,
        value: s.as_bytes().to_vec(),
        text: true,
    };
    Some(match name {
        GeneralName::DnsName(s) => text(san_type::DNSNAME, s.as_str()),
        GeneralName::Rfc822Name(s) => text(san_type::RFC822NAME, s.as_str()),
        GeneralName::UniformResourceIdentifier(s) => text(san_type::URI, s.as_str()),
        GeneralName::IpAddress(ip) => AltName {
            kind: san_type::IPADDRESS,
            value: ip.as_bytes().to_vec(),
            text: false,
        },
        GeneralName::RegisteredId(oid) => text(san_type::REGISTERED_ID, &oid.to_string()),
        GeneralName::DirectoryName(n) => AltName {
            kind: san_type::DN,
            value: dn::format(&n.to_der().ok()?, DnOrder::Rfc4514)
                .ok()?
                .into_bytes(),
            text: false,
        },
        GeneralName::OtherName(other) => other_name(other),
        _ => return None,
    })
}

/// GnuTLS decodes the UPN and XMPP other names to their string; other
/// kinds come back as the raw value. It copies the XMPP address and raw
/// values as text (a NUL needed), the UPN as data.
fn other_name(other: &OtherName) -> AltName {
    let oid = other.type_id.to_string();
    let decoded = |kind| {
        let s = other
            .value
            .decode_as::<Utf8StringRef<'_>>()
            .map(|s| s.as_str().to_string())
            .or_else(|_| {
                other
                    .value
                    .decode_as::<Ia5StringRef<'_>>()
                    .map(|s| s.as_str().to_string())
            })
            .ok()?;
        Some(AltName {
            kind,
            value: s.into_bytes(),
            text: kind == san_type::OTHERNAME_XMPP,
        })
    };
    let special = match oid.as_str() {
        OID_MS_UPN => decoded(san_type::OTHERNAME_MSUSERPRINCIPAL),
        OID_XMPP => decoded(san_type::OTHERNAME_XMPP),
        _ => None,
    };
    special.unwrap_or_else(|| AltName {
        kind: san_type::OTHERNAME,
        value: other.value.to_der().unwrap_or_default(),
        text: true,
    })
}

/// GNUTLS_X509_CRT_LIST_SORT: the positions of the issuing path that
/// starts at the first certificate, in order (leaf first); certificates
/// off that path are left out, as GnuTLS drops them.
pub fn chain_order<C: AsRef<Crt>>(certs: &[C]) -> Vec<usize> {
    let infos: Vec<CertInfo> = certs.iter().map(|c| c.as_ref().info.clone()).collect();
    super::path::issuing_path(&infos)
}

impl AsRef<Crt> for Crt {
    fn as_ref(&self) -> &Crt {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_usage_bits() {
        // digitalSignature, keyEncipherment -> 0x80 | 0x20
        assert_eq!(gnutls_key_usage(0b101), 0xa0);
        // keyCertSign, cRLSign -> 0x04 | 0x02
        assert_eq!(gnutls_key_usage((1 << 5) | (1 << 6)), 0x06);
        // decipherOnly
        assert_eq!(gnutls_key_usage(1 << 8), 0x8000);
    }

    #[test]
    fn bits_of_integers() {
        assert_eq!(integer_bits(&[0x00, 0x80, 0]), 16);
        assert_eq!(integer_bits(&[0x01]), 1);
        assert_eq!(integer_bits(&[]), 0);
    }

    #[test]
    fn chain_order_follows_issuers_and_drops_strangers() {
        let pem = [
            &include_bytes!("../../tests/certs/chains/leaf.pem")[..],
            include_bytes!("../../tests/certs/crl/ca.pem"),
            include_bytes!("../../tests/certs/chains/root.pem"),
            include_bytes!("../../tests/certs/chains/inter.pem"),
        ]
        .concat();
        let list = Crt::import_list(&pem, X509Format::Pem).unwrap();
        assert_eq!(chain_order(&list), vec![0, 3, 2]);
        assert_eq!(chain_order(&list[..1]), vec![0]);
    }
}
