//! PKCS#10 certificate requests (gnutls_x509_crq_*): a [`Crq`] holds the
//! request's fields as the setters and getters see them, imports and
//! exports DER/PEM, signs and verifies itself. Extensions live where PKCS#9
//! puts them, in the extensionRequest attribute.
//!
//! The ASN.1 types mirror x509-cert's `request` module but keep attributes
//! (and their values) in the order they were decoded, as GnuTLS's index
//! based getters do; encoding sorts them, as a DER SET OF must be (GnuTLS
//! gets that from libtasn1). The version is a plain INTEGER so that any
//! value GnuTLS accepts round-trips.

mod build;
pub mod print;

use der::asn1::{Any, BitString, ObjectIdentifier};
use der::{Decode, Encode, Reader, Sequence, Tag, Tagged};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{BasicConstraints, ExtendedKeyUsage, SubjectAltName};
use x509_cert::ext::Extension;
use x509_cert::name::Name;
use x509_cert::spki::{AlgorithmIdentifierOwned, SubjectPublicKeyInfoOwned};

use super::crt::{self, AltName, Constraints};
use super::{dn, load, pksign, X509Format};
use crate::algorithms::sign;
use crate::errors::{self, Code};

pub use build::{tls_features_from_der, TlsFeatures, FSAN_APPEND, FSAN_ENCODE_OCTET_STRING, FSAN_ENCODE_UTF8_STRING};

/// PKCS#9 challengePassword.
pub const OID_CHALLENGE_PASSWORD: &str = "1.2.840.113549.1.9.7";
/// PKCS#9 extensionRequest: the extensions asked for.
pub const OID_EXTENSION_REQUEST: &str = "1.2.840.113549.1.9.14";
const OID_SAN: &str = "2.5.29.17";
const OID_KEY_USAGE: &str = "2.5.29.15";
const OID_BASIC_CONSTRAINTS: &str = "2.5.29.19";
const OID_EKU: &str = "2.5.29.37";
const OID_PKUP: &str = "2.5.29.16";
const OID_TLS_FEATURES: &str = "1.3.6.1.5.5.7.1.24";
const PEM_LABEL: &str = "NEW CERTIFICATE REQUEST";
const PEM_LABEL_OLD: &str = "CERTIFICATE REQUEST";

/// Attribute ::= SEQUENCE { type OBJECT IDENTIFIER, values SET OF ANY }.
/// The SET stays whole ([`Any`]) so that its order is kept.
#[derive(Clone, Debug, PartialEq, Eq, Sequence)]
struct RawAttribute {
    oid: ObjectIdentifier,
    values: Any,
}

/// CertificationRequestInfo (RFC 2986 4.1).
#[derive(Clone, Debug, PartialEq, Eq, Sequence)]
struct RequestInfo {
    version: u8,
    subject: Name,
    public_key: SubjectPublicKeyInfoOwned,
    #[asn1(context_specific = "0", tag_mode = "IMPLICIT")]
    attributes: Vec<RawAttribute>,
}

/// CertificationRequest, with the signed part kept as it was encoded.
#[derive(Clone, Debug, PartialEq, Eq, Sequence)]
struct RawRequest {
    info: Any,
    algorithm: AlgorithmIdentifierOwned,
    signature: BitString,
}

/// CertificationRequest fully typed: decoded first, for the error code
/// libtasn1 would give (a wrong tag rather than a short structure).
#[derive(Clone, Debug, PartialEq, Eq, Sequence)]
struct TypedRequest {
    info: RequestInfo,
    algorithm: AlgorithmIdentifierOwned,
    signature: BitString,
}

/// PrivateKeyUsagePeriod (RFC 3280 4.2.1.4).
#[derive(Clone, Debug, PartialEq, Eq, Sequence)]
pub(crate) struct PrivateKeyUsagePeriod {
    #[asn1(context_specific = "0", tag_mode = "IMPLICIT", optional = "true")]
    pub not_before: Option<der::asn1::GeneralizedTime>,
    #[asn1(context_specific = "1", tag_mode = "IMPLICIT", optional = "true")]
    pub not_after: Option<der::asn1::GeneralizedTime>,
}

fn der_err<E>(_: E) -> Code {
    errors::GNUTLS_E_ASN1_DER_ERROR
}

fn oid(text: &str) -> Result<ObjectIdentifier, Code> {
    ObjectIdentifier::new(text).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)
}

/// One attribute: its type and the DER of each value, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribute {
    pub oid: ObjectIdentifier,
    pub values: Vec<Vec<u8>>,
}

impl Attribute {
    fn from_raw(raw: &RawAttribute) -> Result<Self, Code> {
        if raw.values.tag() != Tag::Set {
            return Err(errors::GNUTLS_E_ASN1_TAG_ERROR);
        }
        let mut reader = der::SliceReader::new(raw.values.value()).map_err(der_err)?;
        let mut values = Vec::new();
        while !reader.is_finished() {
            let v: Any = reader.decode().map_err(|e| load::der_error_code(&e))?;
            values.push(v.to_der().map_err(der_err)?);
        }
        Ok(Self { oid: raw.oid, values })
    }

    /// The DER attribute, its values sorted as a SET OF.
    fn to_raw(&self) -> Result<RawAttribute, Code> {
        let mut sorted = self.values.clone();
        sorted.sort();
        let values = Any::new(Tag::Set, sorted.concat()).map_err(der_err)?;
        Ok(RawAttribute { oid: self.oid, values })
    }
}

/// The signature of a request: algorithm and bits.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Signature {
    algorithm: AlgorithmIdentifierOwned,
    value: Vec<u8>,
}

/// A certificate request, being made or imported.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Crq {
    /// The encoded version (0 is v1); `None` until set or signed.
    version: Option<u8>,
    subject: Option<Name>,
    spki: Option<SubjectPublicKeyInfoOwned>,
    attributes: Vec<Attribute>,
    signature: Option<Signature>,
    /// The DER as imported or signed; dropped when a setter changes a field.
    der: Option<Vec<u8>>,
}

impl Crq {
    pub fn new() -> Self {
        Self::default()
    }

    /// Decodes a DER request. An empty input is a tag error, as in GnuTLS.
    pub fn from_der(data: &[u8]) -> Result<Self, Code> {
        if data.is_empty() {
            return Err(errors::GNUTLS_E_ASN1_TAG_ERROR);
        }
        let typed = TypedRequest::from_der(data).map_err(|e| load::der_error_code(&e))?;
        let info = typed.info;
        let attributes = info.attributes.iter().map(Attribute::from_raw).collect::<Result<_, _>>()?;
        let value = typed.signature.as_bytes().ok_or(errors::GNUTLS_E_ASN1_DER_ERROR)?.to_vec();
        Ok(Self {
            version: Some(info.version),
            subject: Some(info.subject),
            spki: Some(info.public_key),
            attributes,
            signature: Some(Signature { algorithm: typed.algorithm, value }),
            der: Some(data.to_vec()),
        })
    }

    /// gnutls_x509_crq_import: DER, or PEM under "NEW CERTIFICATE REQUEST"
    /// or "CERTIFICATE REQUEST".
    pub fn import(data: &[u8], format: X509Format) -> Result<Self, Code> {
        match format {
            X509Format::Der => Self::from_der(data),
            X509Format::Pem => {
                let block = crate::encoding::pem_decode(Some(PEM_LABEL), data)
                    .or_else(|_| crate::encoding::pem_decode(Some(PEM_LABEL_OLD), data))?;
                Self::from_der(&block.data)
            }
        }
    }

    fn info(&self) -> Result<RequestInfo, Code> {
        let attributes = self.sorted_attributes()?;
        Ok(RequestInfo {
            version: self.version.unwrap_or(0),
            // No subject set encodes as an empty name, as in GnuTLS.
            subject: self.subject.clone().unwrap_or_default(),
            public_key: self.spki.clone().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?,
            attributes,
        })
    }

    fn sorted_attributes(&self) -> Result<Vec<RawAttribute>, Code> {
        let mut encoded = self
            .attributes
            .iter()
            .map(|a| {
                let raw = a.to_raw()?;
                Ok((raw.to_der().map_err(der_err)?, raw))
            })
            .collect::<Result<Vec<_>, Code>>()?;
        encoded.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(encoded.into_iter().map(|(_, r)| r).collect())
    }

    /// The DER of the signed part (CertificationRequestInfo).
    pub fn info_der(&self) -> Result<Vec<u8>, Code> {
        if let Some(der) = &self.der {
            let raw = RawRequest::from_der(der).map_err(der_err)?;
            return raw.info.to_der().map_err(der_err);
        }
        self.info()?.to_der().map_err(der_err)
    }

    /// The whole request as DER: what was imported or signed, or the
    /// current fields with the last signature. Unsigned: VALUE_NOT_FOUND.
    pub fn to_der(&self) -> Result<Vec<u8>, Code> {
        if let Some(der) = &self.der {
            return Ok(der.clone());
        }
        let sig = self.signature.as_ref().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        let info = self.info()?.to_der().map_err(der_err)?;
        RawRequest {
            info: Any::from_der(&info).map_err(der_err)?,
            algorithm: sig.algorithm.clone(),
            signature: BitString::from_bytes(&sig.value).map_err(der_err)?,
        }
        .to_der()
        .map_err(der_err)
    }

    /// gnutls_x509_crq_export: DER, or PEM with GnuTLS's label.
    pub fn export(&self, format: X509Format) -> Result<Vec<u8>, Code> {
        let der = self.to_der()?;
        Ok(match format {
            X509Format::Der => der,
            X509Format::Pem => crate::encoding::pem_encode(PEM_LABEL, &der).into_bytes(),
        })
    }

    /// gnutls_x509_crq_get_version: 1-based; VALUE_NOT_FOUND before it is set.
    pub fn version(&self) -> Result<i32, Code> {
        self.version.map(|v| i32::from(v) + 1).ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)
    }

    /// DER of the subject Name; REQUESTED_DATA_NOT_AVAILABLE before one is set.
    pub fn subject_der(&self) -> Result<Vec<u8>, Code> {
        let name = self.subject.as_ref().ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        name.to_der().map_err(der_err)
    }

    /// DER of the subject Name, empty when none is set (as it is encoded).
    pub fn subject_der_or_empty(&self) -> Result<Vec<u8>, Code> {
        self.subject.clone().unwrap_or_default().to_der().map_err(der_err)
    }

    pub fn subject_dn(&self, order: dn::DnOrder) -> Result<String, Code> {
        dn::format(&self.subject_der()?, order)
    }

    /// gnutls_x509_crq_get_dn_by_oid
    pub fn subject_value_by_oid(&self, oid: &str, index: usize, raw: bool) -> Result<Vec<u8>, Code> {
        dn::value_by_oid(&self.subject_der()?, oid, index, raw)
    }

    /// gnutls_x509_crq_get_dn_oid: the OID of the `index`th attribute of the subject.
    pub fn subject_oid(&self, index: usize) -> Result<String, Code> {
        let name = self.subject.as_ref().ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        name.0
            .iter()
            .flat_map(|rdn| rdn.0.iter())
            .nth(index)
            .map(|atv| atv.oid.to_string())
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
    }

    /// SubjectPublicKeyInfo DER; VALUE_NOT_FOUND before a key is set.
    pub fn spki_der(&self) -> Result<Vec<u8>, Code> {
        let spki = self.spki.as_ref().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        spki.to_der().map_err(der_err)
    }

    /// gnutls_x509_crq_get_pk_algorithm: the key's algorithm and size.
    pub fn pk_algorithm(&self) -> Result<(i32, u32), Code> {
        let spki = self.spki_der()?;
        Ok(crt::spki_algorithm(&spki).unwrap_or((crate::algorithms::pk::UNKNOWN, 0)))
    }

    pub fn pk_oid(&self) -> Result<String, Code> {
        let spki = self.spki.as_ref().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        Ok(spki.algorithm.oid.to_string())
    }

    /// gnutls_x509_crq_get_key_rsa_raw: an RSA key's modulus and public
    /// exponent, without leading zeros.
    pub fn rsa_numbers(&self) -> Result<(Vec<u8>, Vec<u8>), Code> {
        let spki = self.spki.as_ref().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        let key = pkcs1::RsaPublicKey::from_der(spki.subject_public_key.raw_bytes()).map_err(der_err)?;
        Ok((key.modulus.as_bytes().to_vec(), key.public_exponent.as_bytes().to_vec()))
    }

    /// gnutls_x509_crq_get_key_id
    pub fn key_id(&self, flags: u32) -> Result<Vec<u8>, Code> {
        crt::key_id(&self.spki_der()?, flags)
    }

    /// gnutls_x509_crq_get_signature_algorithm (0 when unsigned or unknown).
    pub fn signature_algorithm(&self) -> i32 {
        let Some(sig) = &self.signature else { return sign::UNKNOWN };
        crt::sign_algorithm_of(&sig.algorithm)
    }

    pub fn signature_oid(&self) -> Result<String, Code> {
        let sig = self.signature.as_ref().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        Ok(sig.algorithm.oid.to_string())
    }

    /// gnutls_x509_crq_verify: Ok when the request's signature is valid
    /// for its own key.
    pub fn verify(&self) -> Result<(), Code> {
        let sig = self.signature.as_ref().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        let tbs = self.info_der()?;
        let sign_id = self.signature_algorithm();
        if sign::info(sign_id).is_none() {
            return Err(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM);
        }
        pksign::verify_data(&self.spki_der()?, sign_id, &tbs, &sig.value)
    }

    /// The attributes in order.
    pub fn attributes(&self) -> &[Attribute] {
        &self.attributes
    }

    /// gnutls_x509_crq_get_attribute_by_oid: value `index` of the first
    /// attribute of type `oid`, as DER.
    pub fn attribute_value(&self, oid_text: &str, index: usize) -> Result<Vec<u8>, Code> {
        let attr = self
            .attributes
            .iter()
            .find(|a| a.oid.to_string() == oid_text)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        attr.values.get(index).cloned().ok_or(errors::GNUTLS_E_ASN1_GENERIC_ERROR)
    }

    /// gnutls_x509_crq_get_challenge_password: the first challengePassword as text.
    pub fn challenge_password(&self) -> Result<String, Code> {
        let der = self.attribute_value(OID_CHALLENGE_PASSWORD, 0)?;
        let any = Any::from_der(&der).map_err(der_err)?;
        match any.tag() {
            Tag::PrintableString | Tag::Utf8String | Tag::Ia5String | Tag::TeletexString => {
                Ok(String::from_utf8_lossy(any.value()).into_owned())
            }
            Tag::BmpString => der::asn1::BmpString::from_ucs2(any.value().to_vec())
                .map(|s| s.to_string())
                .map_err(der_err),
            _ => Err(errors::GNUTLS_E_X509_UNSUPPORTED_ATTRIBUTE),
        }
    }

    /// The extensions asked for, in order (none without the attribute).
    pub fn extensions(&self) -> Result<Vec<Extension>, Code> {
        match self.attribute_value(OID_EXTENSION_REQUEST, 0) {
            Ok(der) => Vec::<Extension>::from_der(&der).map_err(|e| load::der_error_code(&e)),
            Err(e) if e == errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }

    /// Whether the request carries the extensionRequest attribute at all.
    pub fn has_extension_request(&self) -> bool {
        self.attributes.iter().any(|a| a.oid.to_string() == OID_EXTENSION_REQUEST)
    }

    /// gnutls_x509_crq_get_extension_info / _data: OID, criticality and
    /// DER value of extension `index`.
    pub fn extension(&self, index: usize) -> Result<(String, bool, Vec<u8>), Code> {
        if !self.has_extension_request() {
            return Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
        }
        let exts = self.extensions()?;
        let e = exts.get(index).ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        Ok((e.extn_id.to_string(), e.critical, e.extn_value.as_bytes().to_vec()))
    }

    /// gnutls_x509_crq_get_extension_by_oid: the `index`th extension of type `oid`.
    pub fn extension_by_oid(&self, oid_text: &str, index: usize) -> Result<(Vec<u8>, bool), Code> {
        if !self.has_extension_request() {
            return Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
        }
        self.extensions()?
            .iter()
            .filter(|e| e.extn_id.to_string() == oid_text)
            .nth(index)
            .map(|e| (e.extn_value.as_bytes().to_vec(), e.critical))
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
    }

    /// The subject alternative names and the extension's criticality.
    pub fn alt_names(&self) -> Result<(Vec<AltName>, bool), Code> {
        let (value, critical) = self.extension_by_oid(OID_SAN, 0)?;
        let san = SubjectAltName::from_der(&value).map_err(|e| load::der_error_code(&e))?;
        let mut names = Vec::with_capacity(san.0.len());
        for name in san.0 {
            match name {
                // Unlike the certificate getter, GnuTLS's request getter
                // returns every other name raw, XMPP and UPN included.
                GeneralName::OtherName(other) => names.push(AltName {
                    kind: crt::san_type::OTHERNAME,
                    value: other.value.to_der().map_err(der_err)?,
                    text: false,
                }),
                other => {
                    let one = SubjectAltName(vec![other]).to_der().map_err(der_err)?;
                    names.extend(crt::alt_names_from_der(&one)?);
                }
            }
        }
        Ok((names, critical))
    }

    /// gnutls_x509_crq_get_subject_alt_othername_oid: the type of other
    /// name `seq` (always GNUTLS_SAN_OTHERNAME for requests, as in GnuTLS)
    /// and its OID.
    pub fn alt_othername_oid(&self, seq: usize) -> Result<(u32, String), Code> {
        let (value, _) = self.extension_by_oid(OID_SAN, 0)?;
        let san = SubjectAltName::from_der(&value).map_err(|e| load::der_error_code(&e))?;
        match san.0.get(seq) {
            Some(GeneralName::OtherName(other)) => {
                Ok((crt::san_type::OTHERNAME, other.type_id.to_string()))
            }
            _ => Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE),
        }
    }

    pub fn key_usage(&self) -> Result<(u32, bool), Code> {
        let (value, critical) = self.extension_by_oid(OID_KEY_USAGE, 0)?;
        Ok((crt::key_usage_from_der(&value)?, critical))
    }

    pub fn basic_constraints(&self) -> Result<Constraints, Code> {
        let (value, critical) = self.extension_by_oid(OID_BASIC_CONSTRAINTS, 0)?;
        let bc = BasicConstraints::from_der(&value).map_err(|e| load::der_error_code(&e))?;
        Ok(Constraints { critical, ca: bc.ca, path_len: bc.path_len_constraint.map_or(-1, i32::from) })
    }

    /// gnutls_x509_crq_get_key_purpose_oid: purpose `index` and the criticality.
    pub fn key_purpose(&self, index: usize) -> Result<(String, bool), Code> {
        let (value, critical) = self.extension_by_oid(OID_EKU, 0)?;
        let eku = ExtendedKeyUsage::from_der(&value).map_err(|e| load::der_error_code(&e))?;
        let purpose = eku.0.get(index).ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        Ok((purpose.to_string(), critical))
    }

    /// gnutls_x509_crq_get_private_key_usage_period: (activation,
    /// expiration, critical); -1 for a time that is absent.
    pub fn private_key_usage_period(&self) -> Result<(i64, i64, bool), Code> {
        let (value, critical) = self.extension_by_oid(OID_PKUP, 0)?;
        let p = PrivateKeyUsagePeriod::from_der(&value).map_err(|e| load::der_error_code(&e))?;
        let secs = |t: Option<der::asn1::GeneralizedTime>| {
            t.map_or(-1, |t| i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(-1))
        };
        Ok((secs(p.not_before), secs(p.not_after), critical))
    }

    /// gnutls_x509_crq_get_tlsfeatures: the TLS features asked for.
    pub fn tls_features(&self) -> Result<(Vec<u16>, bool), Code> {
        let (value, critical) = self.extension_by_oid(OID_TLS_FEATURES, 0)?;
        Ok((build::tls_features_from_der(&value)?, critical))
    }
}

#[cfg(test)]
mod tests;
