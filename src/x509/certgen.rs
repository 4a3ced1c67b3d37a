//! Certificate generation (gnutls_x509_crt_set_* then gnutls_x509_crt_sign2):
//! a [`CertDraft`] collects the fields as x509-cert types, then is encoded
//! and signed by the issuer's key. Encoding choices follow GnuTLS's so an
//! RSA PKCS#1 v1.5 certificate made from the same inputs is byte-identical:
//! PrintableString names when the text allows, UTCTime before 2050, and
//! extensions in the order they were first set.

use std::time::Duration;

use der::asn1::{
    Any, BitString, GeneralizedTime, Ia5String, ObjectIdentifier, OctetString, PrintableStringRef,
    UtcTime, Utf8StringRef,
};
use der::{Decode, Encode};
use x509_cert::attr::AttributeTypeAndValue;
use x509_cert::certificate::{TbsCertificate, Version};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{
    AuthorityKeyIdentifier, BasicConstraints, ExtendedKeyUsage, KeyUsage, KeyUsages,
    SubjectAltName, SubjectKeyIdentifier,
};
use x509_cert::ext::Extension;
use x509_cert::name::{Name, RelativeDistinguishedName};
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::{AlgorithmIdentifierOwned, SubjectPublicKeyInfoOwned};
use x509_cert::time::{Time, Validity};
use x509_cert::Certificate;

use super::crt::{san_type, Crt};
use super::privkey::PrivateKey;
use super::pksign;
use crate::algorithms::{digest, pk, sign};
use crate::errors::{self, Code};

const OID_SAN: &str = "2.5.29.17";
const OID_KEY_USAGE: &str = "2.5.29.15";
const OID_EKU: &str = "2.5.29.37";
const OID_BASIC_CONSTRAINTS: &str = "2.5.29.19";
const OID_SKI: &str = "2.5.29.14";
const OID_AKI: &str = "2.5.29.35";
const OID_CRL_DIST_POINTS: &str = "2.5.29.31";
const OID_IAN: &str = "2.5.29.18";
const OID_COUNTRY: &str = "2.5.4.6";
const OID_EMAIL: &str = "1.2.840.113549.1.9.1";
const OID_DC: &str = "0.9.2342.19200300.100.1.25";
/// Seconds since the epoch of 2050-01-01, where UTCTime ends.
const UTC_TIME_END: u64 = 2_524_608_000;
/// 9999-12-31 23:59:59 UTC: "no well-defined expiration" (RFC 5280 4.1.2.5).
const NO_EXPIRATION: u64 = 253_402_300_799;

fn der_err<E>(_: E) -> Code {
    errors::GNUTLS_E_ASN1_DER_ERROR
}

fn oid(text: &str) -> Result<ObjectIdentifier, Code> {
    ObjectIdentifier::new(text).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)
}

/// The fields of a certificate being made.
#[derive(Clone, Debug)]
pub struct CertDraft {
    version: Option<Version>,
    serial: Vec<u8>,
    not_before: Option<Time>,
    not_after: Option<Time>,
    subject: Name,
    issuer: Name,
    spki: Option<SubjectPublicKeyInfoOwned>,
    extensions: Vec<Extension>,
    issuer_unique_id: Option<BitString>,
    subject_unique_id: Option<BitString>,
    /// GNUTLS_X509_CRT_FLAG_IGNORE_SANITY: sign even when the version does
    /// not allow the extensions or unique identifiers set.
    ignore_sanity: bool,
}

impl Default for CertDraft {
    fn default() -> Self {
        Self {
            version: None,
            serial: vec![0],
            not_before: None,
            not_after: None,
            subject: Name::default(),
            issuer: Name::default(),
            spki: None,
            extensions: Vec::new(),
            issuer_unique_id: None,
            subject_unique_id: None,
            ignore_sanity: false,
        }
    }
}

impl CertDraft {
    /// A draft holding the fields of an existing certificate, so that
    /// setters on an imported certificate change it and re-signing keeps the rest.
    pub fn from_crt(crt: &Crt) -> Result<Self, Code> {
        let tbs = Certificate::from_der(crt.der()).map_err(der_err)?.tbs_certificate;
        Ok(Self {
            version: Some(tbs.version),
            serial: tbs.serial_number.as_bytes().to_vec(),
            not_before: Some(tbs.validity.not_before),
            not_after: Some(tbs.validity.not_after),
            subject: tbs.subject,
            issuer: tbs.issuer,
            spki: Some(tbs.subject_public_key_info),
            extensions: tbs.extensions.unwrap_or_default(),
            issuer_unique_id: tbs.issuer_unique_id,
            subject_unique_id: tbs.subject_unique_id,
            ignore_sanity: false,
        })
    }

    /// gnutls_x509_crt_set_version: 1, 2 or 3.
    pub fn set_version(&mut self, version: u32) -> Result<(), Code> {
        self.version = Some(match version {
            1 => Version::V1,
            2 => Version::V2,
            3 => Version::V3,
            _ => return Err(errors::GNUTLS_E_INVALID_REQUEST),
        });
        Ok(())
    }

    /// gnutls_x509_crt_set_issuer_unique_id: whole bytes.
    pub fn set_issuer_unique_id(&mut self, id: &[u8]) -> Result<(), Code> {
        self.issuer_unique_id = Some(BitString::from_bytes(id).map_err(der_err)?);
        Ok(())
    }

    /// gnutls_x509_crt_set_subject_unique_id.
    pub fn set_subject_unique_id(&mut self, id: &[u8]) -> Result<(), Code> {
        self.subject_unique_id = Some(BitString::from_bytes(id).map_err(der_err)?);
        Ok(())
    }

    /// The issuer unique identifier set so far.
    pub fn issuer_unique_id(&self) -> Option<&[u8]> {
        self.issuer_unique_id.as_ref().map(BitString::raw_bytes)
    }

    /// The subject unique identifier set so far.
    pub fn subject_unique_id(&self) -> Option<&[u8]> {
        self.subject_unique_id.as_ref().map(BitString::raw_bytes)
    }

    /// GNUTLS_X509_CRT_FLAG_IGNORE_SANITY on the certificate handle.
    pub fn set_ignore_sanity(&mut self, ignore: bool) {
        self.ignore_sanity = ignore;
    }

    pub fn set_serial(&mut self, serial: &[u8]) -> Result<(), Code> {
        SerialNumber::<x509_cert::certificate::Rfc5280>::new(serial).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
        self.serial = serial.to_vec();
        Ok(())
    }

    pub fn set_activation_time(&mut self, t: i64) -> Result<(), Code> {
        self.not_before = Some(time(t)?);
        Ok(())
    }

    /// gnutls_x509_crt_set_expiration_time; -1 means no expiration.
    pub fn set_expiration_time(&mut self, t: i64) -> Result<(), Code> {
        self.not_after = Some(if t == -1 {
            GeneralizedTime::from_unix_duration(Duration::from_secs(NO_EXPIRATION)).map_err(der_err)?.into()
        } else {
            time(t)?
        });
        Ok(())
    }

    /// gnutls_x509_crt_set_dn_by_oid: appends one attribute as its own RDN.
    /// `raw` values are DER already; text is encoded as GnuTLS does.
    pub fn add_subject_attribute(&mut self, oid_text: &str, raw: bool, value: &[u8]) -> Result<(), Code> {
        add_attribute(&mut self.subject, oid_text, raw, value)
    }

    pub fn add_issuer_attribute(&mut self, oid_text: &str, raw: bool, value: &[u8]) -> Result<(), Code> {
        add_attribute(&mut self.issuer, oid_text, raw, value)
    }

    /// gnutls_x509_crt_set_dn: the whole subject from its string form.
    pub fn set_subject_dn(&mut self, text: &str) -> Result<(), Code> {
        self.subject = parse_dn(text)?;
        Ok(())
    }

    pub fn set_issuer_dn(&mut self, text: &str) -> Result<(), Code> {
        self.issuer = parse_dn(text)?;
        Ok(())
    }

    /// gnutls_x509_crt_set_key / set_pubkey: the subject's public key.
    pub fn set_spki(&mut self, spki_der: &[u8]) -> Result<(), Code> {
        self.spki = Some(SubjectPublicKeyInfoOwned::from_der(spki_der).map_err(der_err)?);
        Ok(())
    }

    /// The subject key set so far (SubjectPublicKeyInfo DER), if any.
    pub fn spki_der(&self) -> Option<Vec<u8>> {
        self.spki.as_ref()?.to_der().ok()
    }

    /// Sets an extension, replacing one with the same OID where it stands.
    pub fn set_extension(&mut self, oid_text: &str, critical: bool, value: Vec<u8>) -> Result<(), Code> {
        let ext = Extension {
            extn_id: oid(oid_text)?,
            critical,
            extn_value: OctetString::new(value).map_err(der_err)?,
        };
        match self.extensions.iter_mut().find(|e| e.extn_id == ext.extn_id) {
            Some(old) => *old = ext,
            None => self.extensions.push(ext),
        }
        Ok(())
    }

    /// The extension `oid_text` set so far: criticality and DER value.
    pub fn extension(&self, oid_text: &str) -> Option<(bool, Vec<u8>)> {
        let id = ObjectIdentifier::new(oid_text).ok()?;
        self.extensions.iter().find(|e| e.extn_id == id).map(|e| (e.critical, e.extn_value.as_bytes().to_vec()))
    }

    /// The subject from a DER Name (gnutls_x509_crt_set_crq copies the request's).
    pub fn set_subject_der(&mut self, name_der: &[u8]) -> Result<(), Code> {
        self.subject = Name::from_der(name_der).map_err(der_err)?;
        Ok(())
    }

    fn extension_value(&self, oid_text: &str) -> Option<&[u8]> {
        let id = ObjectIdentifier::new(oid_text).ok()?;
        self.extensions.iter().find(|e| e.extn_id == id).map(|e| e.extn_value.as_bytes())
    }

    fn extension_critical(&self, oid_text: &str) -> bool {
        let Ok(id) = ObjectIdentifier::new(oid_text) else { return false };
        self.extensions.iter().any(|e| e.extn_id == id && e.critical)
    }

    /// gnutls_x509_crt_set_subject_alt_name: one name of type `kind`
    /// (gnutls_x509_subject_alt_name_t), added to the list or replacing it.
    pub fn add_subject_alt_name(&mut self, kind: u32, value: &[u8], append: bool) -> Result<(), Code> {
        let name = general_name(kind, value)?;
        let mut names = match (append, self.extension_value(OID_SAN)) {
            (true, Some(old)) => SubjectAltName::from_der(old).map_err(der_err)?.0,
            _ => Vec::new(),
        };
        names.push(name);
        let critical = self.extension_critical(OID_SAN);
        self.set_extension(OID_SAN, critical, SubjectAltName(names).to_der().map_err(der_err)?)
    }

    /// gnutls_x509_crt_set_issuer_alt_name: as for the subject, in the
    /// issuer alternative name extension.
    pub fn add_issuer_alt_name(&mut self, kind: u32, value: &[u8], append: bool) -> Result<(), Code> {
        let name = general_name(kind, value)?;
        self.push_alt_name(OID_IAN, name, append)
    }

    /// gnutls_x509_crt_set_issuer_alt_othername.
    pub fn add_issuer_alt_othername(&mut self, oid_text: &str, value: &[u8], flags: u32) -> Result<(), Code> {
        let name = other_name(oid_text, value, flags)?;
        self.push_alt_name(OID_IAN, name, flags & crate::x509::crq::FSAN_APPEND != 0)
    }

    /// Adds `name` to the alternative names extension `ext_oid`, after the
    /// names there (`append`) or instead of them; its criticality stays.
    fn push_alt_name(&mut self, ext_oid: &str, name: GeneralName, append: bool) -> Result<(), Code> {
        let mut names = match (append, self.extension_value(ext_oid)) {
            (true, Some(old)) => SubjectAltName::from_der(old).map_err(der_err)?.0,
            _ => Vec::new(),
        };
        names.push(name);
        let critical = self.extension_critical(ext_oid);
        self.set_extension(ext_oid, critical, SubjectAltName(names).to_der().map_err(der_err)?)
    }

    /// gnutls_x509_crt_set_subject_alt_othername: an other name whose
    /// value is DER, or encoded as the GNUTLS_FSAN_ENCODE_* `flags` ask.
    pub fn add_subject_alt_othername(&mut self, oid_text: &str, value: &[u8], flags: u32) -> Result<(), Code> {
        let name = other_name(oid_text, value, flags)?;
        let append = flags & crate::x509::crq::FSAN_APPEND != 0;
        let mut names = match (append, self.extension_value(OID_SAN)) {
            (true, Some(old)) => SubjectAltName::from_der(old).map_err(der_err)?.0,
            _ => Vec::new(),
        };
        names.push(name);
        let critical = self.extension_critical(OID_SAN);
        self.set_extension(OID_SAN, critical, SubjectAltName(names).to_der().map_err(der_err)?)
    }

    /// gnutls_x509_crt_set_crl_dist_points2: one more distribution point
    /// name, with GnuTLS's reason flags (not critical, as in GnuTLS).
    pub fn add_crl_dist_point(&mut self, kind: u32, value: &[u8], reasons: u32) -> Result<(), Code> {
        let mut names = match self.extension_value(OID_CRL_DIST_POINTS) {
            Some(old) => super::crt_fields::dist_point_names(old)?,
            None => Vec::new(),
        };
        names.push((general_name(kind, value)?, reasons));
        self.set_extension(OID_CRL_DIST_POINTS, false, super::crt_fields::crl_dist_points_to_der(&names)?)
    }

    /// gnutls_x509_crt_set_private_key_usage_period (not critical).
    pub fn set_private_key_usage_period(&mut self, activation: i64, expiration: i64) -> Result<(), Code> {
        let time = |t: i64| -> Result<GeneralizedTime, Code> {
            let secs = u64::try_from(t).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
            GeneralizedTime::from_unix_duration(Duration::from_secs(secs)).map_err(der_err)
        };
        let p = crate::x509::crq::PrivateKeyUsagePeriod { not_before: Some(time(activation)?), not_after: Some(time(expiration)?) };
        self.set_extension("2.5.29.16", false, p.to_der().map_err(der_err)?)
    }

    /// gnutls_x509_crt_set_inhibit_anypolicy (critical, as RFC 5280 asks).
    pub fn set_inhibit_any_policy(&mut self, skip_certs: u32) -> Result<(), Code> {
        self.set_extension("2.5.29.54", true, skip_certs.to_der().map_err(der_err)?)
    }

    /// gnutls_x509_crt_set_key_usage: `usage` is GnuTLS's bit mask (the
    /// DER bit string's bytes, first byte low). Always critical, as in GnuTLS.
    pub fn set_key_usage(&mut self, usage: u32) -> Result<(), Code> {
        let mut flags: u16 = 0;
        for bit in 0..8 {
            if usage & (0x80 >> bit) != 0 {
                flags |= 1 << bit;
            }
        }
        if usage & 0x8000 != 0 {
            flags |= 1 << 8;
        }
        let set = der::flagset::FlagSet::<KeyUsages>::new(flags).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
        self.set_extension(OID_KEY_USAGE, true, KeyUsage(set).to_der().map_err(der_err)?)
    }

    /// gnutls_x509_crt_set_key_purpose_oid: appends a purpose.
    pub fn add_key_purpose(&mut self, purpose: &str, critical: bool) -> Result<(), Code> {
        let mut list = match self.extension_value(OID_EKU) {
            Some(old) => ExtendedKeyUsage::from_der(old).map_err(der_err)?.0,
            None => Vec::new(),
        };
        list.push(oid(purpose)?);
        self.set_extension(OID_EKU, critical, ExtendedKeyUsage(list).to_der().map_err(der_err)?)
    }

    /// gnutls_x509_crt_set_basic_constraints: critical, as in GnuTLS; a
    /// negative path length leaves it out.
    pub fn set_basic_constraints(&mut self, ca: bool, path_len: i32) -> Result<(), Code> {
        let bc = BasicConstraints {
            ca,
            path_len_constraint: if ca { u8::try_from(path_len).ok() } else { None },
        };
        self.set_extension(OID_BASIC_CONSTRAINTS, true, bc.to_der().map_err(der_err)?)
    }

    pub fn set_subject_key_id(&mut self, id: &[u8]) -> Result<(), Code> {
        let ski = SubjectKeyIdentifier(OctetString::new(id).map_err(der_err)?);
        self.set_extension(OID_SKI, false, ski.to_der().map_err(der_err)?)
    }

    pub fn set_authority_key_id(&mut self, id: &[u8]) -> Result<(), Code> {
        let aki = AuthorityKeyIdentifier {
            key_identifier: Some(OctetString::new(id).map_err(der_err)?),
            authority_cert_issuer: None,
            authority_cert_serial_number: None,
        };
        self.set_extension(OID_AKI, false, aki.to_der().map_err(der_err)?)
    }

    /// DER of the subject Name, the issuer of certificates it signs.
    pub fn subject_der(&self) -> Result<Vec<u8>, Code> {
        self.subject.to_der().map_err(der_err)
    }

    /// DER of the issuer Name set so far (gnutls_x509_crt_set_issuer_dn).
    pub fn issuer_der(&self) -> Result<Vec<u8>, Code> {
        self.issuer.to_der().map_err(der_err)
    }

    /// gnutls_x509_crt_sign2: signs the draft with `key` under the name
    /// `issuer` (DER) using `hash` (0: SHA-256, or SHA-512 for Ed25519) and returns the certificate.
    pub fn sign(&self, issuer: &[u8], key: &PrivateKey, hash: i32) -> Result<Crt, Code> {
        let key_pk = key.pk_algorithm();
        let hash = signing_hash(key_pk, hash)?;
        let extensions = (!self.extensions.is_empty()).then(|| self.extensions.clone());
        let version = self.version.unwrap_or(if extensions.is_some() { Version::V3 } else { Version::V1 });
        // GnuTLS refuses extensions before v3 and unique identifiers in v1,
        // unless told to skip its sanity checks.
        if !self.ignore_sanity {
            let has_ids = self.issuer_unique_id.is_some() || self.subject_unique_id.is_some();
            super::crt_fields::version_allows(Some(version), extensions.is_some(), has_ids)?;
        }
        let sign_id = pksign::sign_algorithm_for(key_pk, hash, false)?;
        let algorithm = signature_algorithm(sign_id)?;
        let spki = self.spki.clone().ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
        let now = Time::try_from(crate::clock::system_now()).map_err(der_err)?;
        let tbs = TbsCertificate {
            version,
            serial_number: SerialNumber::new(&self.serial).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?,
            signature: algorithm.clone(),
            issuer: Name::from_der(issuer).map_err(der_err)?,
            validity: Validity {
                not_before: self.not_before.unwrap_or(now),
                not_after: self.not_after.unwrap_or(now),
            },
            subject: self.subject.clone(),
            subject_public_key_info: spki,
            issuer_unique_id: self.issuer_unique_id.clone(),
            subject_unique_id: self.subject_unique_id.clone(),
            extensions,
        };
        let tbs_der = tbs.to_der().map_err(der_err)?;
        let sig = pksign::sign_data(key, sign_id, &tbs_der)?;
        let cert = Certificate {
            tbs_certificate: tbs,
            signature_algorithm: algorithm,
            signature: BitString::from_bytes(&sig).map_err(der_err)?,
        };
        Crt::from_der(&cert.to_der().map_err(der_err)?)
    }
}

/// The hash a signature by a `key_pk` key uses when asked for `hash`
/// (0: SHA-256, or SHA-512 for Ed25519, which allows nothing else).
pub(crate) fn signing_hash(key_pk: i32, hash: i32) -> Result<i32, Code> {
    Ok(match (key_pk, hash) {
        (pk::EDDSA_ED25519, 0 | digest::SHA512) => digest::SHA512,
        (pk::EDDSA_ED25519, _) => return Err(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM),
        (_, 0) => digest::SHA256,
        (_, h) => h,
    })
}

/// UTCTime until 2049, GeneralizedTime after, as RFC 5280 asks.
pub(crate) fn time(t: i64) -> Result<Time, Code> {
    let secs = u64::try_from(t).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
    let d = Duration::from_secs(secs);
    Ok(if secs < UTC_TIME_END {
        UtcTime::from_unix_duration(d).map_err(der_err)?.into()
    } else {
        GeneralizedTime::from_unix_duration(d).map_err(der_err)?.into()
    })
}

/// The AlgorithmIdentifier of a signature: RSA ones carry NULL parameters,
/// RSA-PSS ones their hash, MGF1 with that hash and a salt as long as the
/// hash (what the signer uses).
pub(crate) fn signature_algorithm(sign_id: i32) -> Result<AlgorithmIdentifierOwned, Code> {
    let info = sign::info(sign_id).ok_or(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM)?;
    let oid_text = info.oid.ok_or(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM)?;
    let parameters = match info.pk {
        pk::RSA => Some(Any::from(der::asn1::Null)),
        pk::RSA_PSS => Some(pss_parameters(info.hash)?),
        _ => None,
    };
    Ok(AlgorithmIdentifierOwned { oid: oid(oid_text)?, parameters })
}

fn pss_parameters(hash: i32) -> Result<Any, Code> {
    let d = digest::info(hash).ok_or(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM)?;
    let hash_oid = oid(d.oid.ok_or(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM)?)?;
    let salt_len = u8::try_from(d.output_len).map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    let hash_ai = spki::AlgorithmIdentifierRef { oid: hash_oid, parameters: Some(der::asn1::AnyRef::NULL) };
    let params = pkcs1::RsaPssParams {
        hash: hash_ai,
        mask_gen: spki::AlgorithmIdentifier { oid: oid("1.2.840.113549.1.1.8")?, parameters: Some(hash_ai) },
        salt_len,
        trailer_field: Default::default(),
    };
    Any::from_der(&params.to_der().map_err(der_err)?).map_err(der_err)
}

/// PrintableString's alphabet (X.680 41.4).
fn printable(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b" '()+,-./:=?".contains(&b))
}

/// A directory string value, encoded as GnuTLS chooses.
pub(crate) fn attribute_value(oid_text: &str, text: &str) -> Result<Any, Code> {
    if oid_text == OID_EMAIL || oid_text == OID_DC {
        let ia5 = Ia5String::new(text).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
        return Any::encode_from(&ia5).map_err(der_err);
    }
    if printable(text) || oid_text == OID_COUNTRY {
        let p = PrintableStringRef::new(text).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
        return Any::encode_from(&p).map_err(der_err);
    }
    Any::encode_from(&Utf8StringRef::new(text).map_err(der_err)?).map_err(der_err)
}

fn add_attribute(name: &mut Name, oid_text: &str, raw: bool, value: &[u8]) -> Result<(), Code> {
    let value = if raw {
        Any::from_der(value).map_err(der_err)?
    } else {
        let text = std::str::from_utf8(value).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
        attribute_value(oid_text, text)?
    };
    let atv = AttributeTypeAndValue { oid: oid(oid_text)?, value };
    let rdn = RelativeDistinguishedName::try_from(vec![atv]).map_err(der_err)?;
    name.0.push(rdn);
    Ok(())
}

/// An RFC 4514 string ("CN=x,O=y", most significant last) as a Name.
fn parse_dn(text: &str) -> Result<Name, Code> {
    // GnuTLS's reading of the string (spaces, `#hex` values, one attribute
    // per RDN), in encoding order; each value encoded as GnuTLS would.
    let mut out = Name::default();
    for a in crate::x509::name::parse_dn_string(text)? {
        add_attribute(&mut out, &a.oid, a.raw, &a.value)?;
    }
    Ok(out)
}

pub(crate) fn general_name(kind: u32, value: &[u8]) -> Result<GeneralName, Code> {
    let text = || std::str::from_utf8(value).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST);
    let ia5 = |s: &str| Ia5String::new(s).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST);
    Ok(match kind {
        san_type::DNSNAME => GeneralName::DnsName(ia5(text()?)?),
        san_type::RFC822NAME => GeneralName::Rfc822Name(ia5(text()?)?),
        san_type::URI => GeneralName::UniformResourceIdentifier(ia5(text()?)?),
        san_type::IPADDRESS => {
            if value.len() != 4 && value.len() != 16 {
                return Err(errors::GNUTLS_E_INVALID_REQUEST);
            }
            GeneralName::IpAddress(OctetString::new(value).map_err(der_err)?)
        }
        san_type::DN => GeneralName::DirectoryName(Name::from_der(value).map_err(der_err)?),
        san_type::REGISTERED_ID => GeneralName::RegisteredId(oid(text()?)?),
        // The XMPP address: an other name holding UTF-8 text.
        san_type::OTHERNAME_XMPP => other_name("1.3.6.1.5.5.7.8.5", value, crate::x509::crq::FSAN_ENCODE_UTF8_STRING)?,
        _ => return Err(errors::GNUTLS_E_INVALID_REQUEST),
    })
}

/// An otherName: `value` as given (DER), or encoded as the flags ask.
pub(crate) fn other_name(oid_text: &str, value: &[u8], flags: u32) -> Result<GeneralName, Code> {
    let any = if flags & crate::x509::crq::FSAN_ENCODE_UTF8_STRING != 0 {
        let text = std::str::from_utf8(value).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
        Any::encode_from(&der::asn1::Utf8StringRef::new(text).map_err(der_err)?).map_err(der_err)?
    } else if flags & crate::x509::crq::FSAN_ENCODE_OCTET_STRING != 0 {
        Any::encode_from(&OctetString::new(value).map_err(der_err)?).map_err(der_err)?
    } else {
        Any::from_der(value).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?
    };
    let type_id = ObjectIdentifier::new(oid_text).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
    Ok(GeneralName::OtherName(x509_cert::ext::pkix::name::OtherName { type_id, value: any }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::{keygen, X509Format};
    use der::{Tag, Tagged};

    fn draft(key: &PrivateKey) -> CertDraft {
        let mut d = CertDraft::default();
        d.set_version(3).unwrap();
        d.set_serial(&[1, 2, 3]).unwrap();
        d.set_activation_time(1_700_000_000).unwrap();
        d.set_expiration_time(1_800_000_000).unwrap();
        d.add_subject_attribute("2.5.4.6", false, b"GR").unwrap();
        d.add_subject_attribute("2.5.4.3", false, b"test.example").unwrap();
        d.set_spki(&key.spki().unwrap()).unwrap();
        d.add_subject_alt_name(san_type::DNSNAME, b"a.example", true).unwrap();
        d.add_subject_alt_name(san_type::IPADDRESS, &[127, 0, 0, 1], true).unwrap();
        d.set_basic_constraints(false, -1).unwrap();
        d.set_key_usage(0x80 | 0x20).unwrap();
        d.add_key_purpose("1.3.6.1.5.5.7.3.1", false).unwrap();
        d.set_subject_key_id(&key.key_id(0).unwrap()).unwrap();
        d
    }

    #[test]
    fn self_signed_certificates_parse_back() {
        for key in [keygen::generate(pk::ECDSA, 256).unwrap(), keygen::generate(pk::EDDSA_ED25519, 0).unwrap()] {
            let d = draft(&key);
            let crt = d.sign(&d.subject_der().unwrap(), &key, 0).unwrap();
            assert_eq!(crt.version(), 3);
            assert_eq!(crt.serial(), &[1, 2, 3]);
            assert_eq!(crt.activation_time(), 1_700_000_000);
            assert_eq!(crt.raw_subject(), crt.raw_issuer());
            assert_eq!(crt.spki(), key.spki().unwrap().as_slice());
            assert!(crt.export(X509Format::Pem).starts_with(b"-----BEGIN CERTIFICATE-----"));
            // The signature verifies with the key it names.
            let cert = Certificate::from_der(crt.der()).unwrap();
            let tbs = cert.tbs_certificate.to_der().unwrap();
            let sign_id = crt.signature_algorithm();
            pksign::verify_data(crt.spki(), sign_id, &tbs, cert.signature.raw_bytes()).unwrap();
        }
    }

    #[test]
    fn unique_ids_need_v2_and_are_signed_in() {
        let key = keygen::generate(pk::ECDSA, 256).unwrap();
        let mut d = CertDraft::default();
        d.set_serial(&[1]).unwrap();
        d.set_spki(&key.spki().unwrap()).unwrap();
        d.set_issuer_unique_id(&[0xaa, 0xbb]).unwrap();
        d.set_subject_unique_id(&[1, 2, 3]).unwrap();
        let issuer = d.subject_der().unwrap();
        // v1 (the default without extensions) cannot carry them...
        assert_eq!(d.sign(&issuer, &key, 0).unwrap_err(), errors::GNUTLS_E_CERTIFICATE_ERROR);
        // ...unless the sanity checks are off.
        d.set_ignore_sanity(true);
        assert_eq!(d.sign(&issuer, &key, 0).unwrap().version(), 1);
        d.set_ignore_sanity(false);
        d.set_version(2).unwrap();
        let crt = d.sign(&issuer, &key, 0).unwrap();
        assert_eq!(crt.version(), 2);
        assert_eq!(crt.issuer_unique_id().unwrap(), [0xaa, 0xbb]);
        assert_eq!(crt.subject_unique_id().unwrap(), [1, 2, 3]);
        // Re-signing an imported certificate keeps them.
        let again = CertDraft::from_crt(&crt).unwrap();
        assert_eq!(again.subject_unique_id(), Some([1u8, 2, 3].as_slice()));
    }

    #[test]
    fn names_use_printable_when_possible() {
        let mut n = Name::default();
        add_attribute(&mut n, "2.5.4.3", false, b"plain name").unwrap();
        add_attribute(&mut n, "2.5.4.3", false, "caf\u{e9}".as_bytes()).unwrap();
        assert_eq!(n.0[0].0.get(0).unwrap().value.tag(), Tag::PrintableString);
        assert_eq!(n.0[1].0.get(0).unwrap().value.tag(), Tag::Utf8String);
    }

    #[test]
    fn far_times_are_generalized() {
        assert!(matches!(time(1_700_000_000).unwrap(), Time::UtcTime(_)));
        assert!(matches!(time(UTC_TIME_END as i64).unwrap(), Time::GeneralTime(_)));
    }
}
