//! The gnutls_x509_crq_set_* side of a request, and signing. Values are
//! encoded as GnuTLS encodes them (see certgen), so that a request made
//! from the same inputs with an RSA PKCS#1 v1.5 key is byte-identical.

use std::time::Duration;

use der::asn1::{Any, GeneralizedTime, OctetString};
use der::{Decode, Encode};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::SubjectAltName;
use x509_cert::ext::Extension;
use x509_cert::spki::SubjectPublicKeyInfoOwned;

use super::{der_err, oid, Attribute, Crq, PrivateKeyUsagePeriod, Signature};
use super::{OID_CHALLENGE_PASSWORD, OID_EXTENSION_REQUEST, OID_PKUP, OID_SAN, OID_TLS_FEATURES};
use crate::errors::{self, Code};
use crate::x509::certgen::{self, CertDraft};
use crate::x509::crt::san_type;
use crate::x509::privkey::PrivateKey;
use crate::x509::{dn, pksign};

/// GNUTLS_FSAN_APPEND
pub const FSAN_APPEND: u32 = 1;
/// GNUTLS_FSAN_ENCODE_OCTET_STRING: the other name's value is raw bytes.
pub const FSAN_ENCODE_OCTET_STRING: u32 = 1 << 1;
/// GNUTLS_FSAN_ENCODE_UTF8_STRING: the other name's value is text.
pub const FSAN_ENCODE_UTF8_STRING: u32 = 1 << 2;

pub use crate::x509::crt_ext::TlsFeatures;

/// The features in a TLS feature extension value.
pub fn tls_features_from_der(value: &[u8]) -> Result<Vec<u16>, Code> {
    Vec::<u16>::from_der(value).map_err(|e| crate::x509::load::der_error_code(&e))
}

impl Crq {
    /// Every setter changes the request: the imported or signed DER no
    /// longer describes it (the old signature stays until re-signed).
    fn touch(&mut self) {
        self.der = None;
    }

    /// gnutls_x509_crq_set_version: 0 and 1 both mean v1.
    pub fn set_version(&mut self, version: u32) {
        self.touch();
        // GnuTLS keeps the low byte, less one.
        let v = (version & 0xff) as u8;
        self.version = Some(v.saturating_sub(1));
    }

    /// gnutls_x509_crq_set_dn_by_oid: appends one attribute to the subject.
    /// Text values need an attribute type GnuTLS knows.
    pub fn add_subject_attribute(&mut self, oid_text: &str, raw: bool, value: &[u8]) -> Result<(), Code> {
        if value.is_empty() {
            return Err(errors::GNUTLS_E_INVALID_REQUEST);
        }
        if !raw && !dn::is_known_attribute(oid_text) {
            return Err(errors::GNUTLS_E_X509_UNSUPPORTED_OID);
        }
        let mut draft = CertDraft::default();
        draft.set_subject_der(&self.subject_der_or_empty()?)?;
        draft.add_subject_attribute(oid_text, raw, value)?;
        self.set_subject_der(&draft.subject_der()?)
    }

    /// gnutls_x509_crq_set_dn: the whole subject from its string form.
    pub fn set_subject_dn(&mut self, text: &str) -> Result<(), Code> {
        let mut draft = CertDraft::default();
        draft.set_subject_dn(text)?;
        self.set_subject_der(&draft.subject_der()?)
    }

    /// The subject from a DER Name.
    pub fn set_subject_der(&mut self, name_der: &[u8]) -> Result<(), Code> {
        let name = x509_cert::name::Name::from_der(name_der).map_err(der_err)?;
        self.touch();
        self.subject = Some(name);
        Ok(())
    }

    /// gnutls_x509_crq_set_key / set_pubkey: the subject key (SPKI DER).
    pub fn set_spki(&mut self, spki_der: &[u8]) -> Result<(), Code> {
        let spki = SubjectPublicKeyInfoOwned::from_der(spki_der).map_err(der_err)?;
        self.touch();
        self.spki = Some(spki);
        Ok(())
    }

    /// gnutls_x509_crq_set_key_rsa_raw: an RSA key from its modulus and exponent.
    pub fn set_rsa_key(&mut self, modulus: &[u8], exponent: &[u8]) -> Result<(), Code> {
        self.set_spki(&rsa_public_spki(modulus, exponent)?)
    }

    /// gnutls_x509_crq_set_attribute_by_oid: replaces the last value of
    /// the first attribute of that type, or adds the attribute.
    pub fn set_attribute(&mut self, oid_text: &str, value_der: &[u8]) -> Result<(), Code> {
        Any::from_der(value_der).map_err(der_err)?;
        let id = oid(oid_text)?;
        self.touch();
        match self.attributes.iter_mut().find(|a| a.oid == id) {
            Some(attr) => match attr.values.last_mut() {
                Some(last) => *last = value_der.to_vec(),
                None => attr.values.push(value_der.to_vec()),
            },
            None => self.attributes.push(Attribute { oid: id, values: vec![value_der.to_vec()] }),
        }
        Ok(())
    }

    /// gnutls_x509_crq_set_challenge_password: adds a challengePassword
    /// attribute (each call adds one, as in GnuTLS).
    pub fn add_challenge_password(&mut self, password: &str) -> Result<(), Code> {
        let value = certgen::attribute_value(OID_CHALLENGE_PASSWORD, password)?;
        let value = value.to_der().map_err(der_err)?;
        self.touch();
        self.attributes.push(Attribute { oid: oid(OID_CHALLENGE_PASSWORD)?, values: vec![value] });
        Ok(())
    }

    /// gnutls_x509_crq_set_extension_by_oid: sets an extension, replacing
    /// one of the same type where it stands.
    pub fn set_extension(&mut self, oid_text: &str, critical: bool, value: &[u8]) -> Result<(), Code> {
        let ext = Extension { extn_id: oid(oid_text)?, critical, extn_value: OctetString::new(value).map_err(der_err)? };
        let mut exts = self.extensions()?;
        match exts.iter_mut().find(|e| e.extn_id == ext.extn_id) {
            Some(old) => *old = ext,
            None => exts.push(ext),
        }
        let der = exts.to_der().map_err(der_err)?;
        self.set_attribute(OID_EXTENSION_REQUEST, &der)
    }

    /// The extensions as a certificate draft, to reuse its encoders.
    fn draft(&self) -> Result<CertDraft, Code> {
        let mut d = CertDraft::default();
        for e in self.extensions()? {
            d.set_extension(&e.extn_id.to_string(), e.critical, e.extn_value.as_bytes().to_vec())?;
        }
        Ok(d)
    }

    /// Copies the extension `oid` the draft made back into the request.
    fn take_from_draft(&mut self, d: &CertDraft, oid_text: &str) -> Result<(), Code> {
        let (critical, value) = d.extension(oid_text).ok_or(errors::GNUTLS_E_INTERNAL_ERROR)?;
        self.set_extension(oid_text, critical, &value)
    }

    pub fn set_key_usage(&mut self, usage: u32) -> Result<(), Code> {
        let mut d = CertDraft::default();
        d.set_key_usage(usage)?;
        self.take_from_draft(&d, "2.5.29.15")
    }

    pub fn set_basic_constraints(&mut self, ca: bool, path_len: i32) -> Result<(), Code> {
        let mut d = CertDraft::default();
        d.set_basic_constraints(ca, path_len)?;
        self.take_from_draft(&d, "2.5.29.19")
    }

    /// The criticality GnuTLS ends up with when it looks an extension up
    /// before rewriting it: the extension's own when present; otherwise its
    /// search leaves that of the last extension it passed, if any.
    fn critical_after_lookup(&self, oid_text: &str, initial: bool) -> Result<bool, Code> {
        if !self.has_extension_request() {
            return Ok(initial);
        }
        let exts = self.extensions()?;
        Ok(match exts.iter().find(|e| e.extn_id.to_string() == oid_text) {
            Some(e) => e.critical,
            None => exts.last().map_or(initial, |e| e.critical),
        })
    }

    /// gnutls_x509_crq_set_key_purpose_oid: appends a purpose. As in
    /// GnuTLS, `critical` only counts when the request has no extension yet.
    pub fn add_key_purpose(&mut self, purpose: &str, critical: bool) -> Result<(), Code> {
        let critical = self.critical_after_lookup("2.5.29.37", critical)?;
        let mut d = self.draft()?;
        d.add_key_purpose(purpose, critical)?;
        self.take_from_draft(&d, "2.5.29.37")
    }

    /// gnutls_x509_crq_set_subject_alt_name: one name of type `kind`,
    /// added to the list (FSAN_APPEND) or replacing it.
    pub fn add_subject_alt_name(&mut self, kind: u32, value: &[u8], flags: u32) -> Result<(), Code> {
        let name = match kind {
            san_type::OTHERNAME => return Err(errors::GNUTLS_E_ASN1_VALUE_NOT_VALID),
            san_type::OTHERNAME_XMPP
            | san_type::DNSNAME
            | san_type::RFC822NAME
            | san_type::URI
            | san_type::IPADDRESS
            | san_type::DN
            | san_type::REGISTERED_ID => certgen::general_name(kind, value)?,
            _ => return Err(errors::GNUTLS_E_INTERNAL_ERROR),
        };
        self.push_alt_name(name, flags)
    }

    /// gnutls_x509_crq_set_subject_alt_othername: `value` is DER unless a
    /// FSAN_ENCODE_* flag says how to encode it.
    pub fn add_subject_alt_othername(&mut self, oid_text: &str, value: &[u8], flags: u32) -> Result<(), Code> {
        let name = certgen::other_name(oid_text, value, flags)?;
        self.push_alt_name(name, flags)
    }

    fn push_alt_name(&mut self, name: GeneralName, flags: u32) -> Result<(), Code> {
        let append = flags & FSAN_APPEND != 0;
        let mut names = match self.extension_by_oid(OID_SAN, 0) {
            Ok((old, _)) if append => SubjectAltName::from_der(&old).map_err(der_err)?.0,
            _ => Vec::new(),
        };
        let critical = if append { self.critical_after_lookup(OID_SAN, false)? } else { false };
        names.push(name);
        let der = SubjectAltName(names).to_der().map_err(der_err)?;
        self.set_extension(OID_SAN, critical, &der)
    }

    /// gnutls_x509_crq_set_private_key_usage_period (not critical).
    pub fn set_private_key_usage_period(&mut self, activation: i64, expiration: i64) -> Result<(), Code> {
        let time = |t: i64| -> Result<GeneralizedTime, Code> {
            let secs = u64::try_from(t).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
            GeneralizedTime::from_unix_duration(Duration::from_secs(secs)).map_err(der_err)
        };
        let p = PrivateKeyUsagePeriod { not_before: Some(time(activation)?), not_after: Some(time(expiration)?) };
        self.set_extension(OID_PKUP, false, &p.to_der().map_err(der_err)?)
    }

    /// gnutls_x509_crq_set_tlsfeatures (not critical).
    pub fn set_tls_features(&mut self, features: &TlsFeatures) -> Result<(), Code> {
        self.set_extension(OID_TLS_FEATURES, false, &features.to_der()?)
    }

    /// gnutls_x509_crq_privkey_sign: signs with `key` (its public half
    /// should be the request's) using `hash`, 0 for the key's preferred one.
    pub fn sign(&mut self, key: &PrivateKey, hash: i32) -> Result<(), Code> {
        let key_pk = key.pk_algorithm();
        let hash = if hash == 0 { pksign::preferred_hash(key_pk, key.bits())? } else { hash };
        let sign_id = pksign::sign_algorithm_for(key_pk, hash, false)?;
        let algorithm = certgen::signature_algorithm(sign_id)?;
        if self.version.is_none() {
            self.version = Some(0);
        }
        self.der = None;
        let tbs = self.info()?.to_der().map_err(der_err)?;
        let value = pksign::sign_data(key, sign_id, &tbs)?;
        self.signature = Some(Signature { algorithm, value });
        self.der = Some(self.to_der()?);
        Ok(())
    }
}

/// The SubjectPublicKeyInfo of an RSA key from its numbers (leading zeros
/// dropped; zero is refused, as GnuTLS's MPI scan does, though with
/// INVALID_REQUEST rather than its MPI_SCAN_FAILED).
fn rsa_public_spki(modulus: &[u8], exponent: &[u8]) -> Result<Vec<u8>, Code> {
    let strip = |n: &[u8]| -> Result<Vec<u8>, Code> {
        let start = n.iter().position(|&b| b != 0).ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
        Ok(n[start..].to_vec())
    };
    let (m, e) = (strip(modulus)?, strip(exponent)?);
    let key = pkcs1::RsaPublicKey {
        modulus: der::asn1::UintRef::new(&m).map_err(der_err)?,
        public_exponent: der::asn1::UintRef::new(&e).map_err(der_err)?,
    };
    let spki = SubjectPublicKeyInfoOwned {
        algorithm: x509_cert::spki::AlgorithmIdentifierOwned {
            oid: oid("1.2.840.113549.1.1.1")?,
            parameters: Some(Any::from(der::asn1::Null)),
        },
        subject_public_key: der::asn1::BitString::from_bytes(&key.to_der().map_err(der_err)?).map_err(der_err)?,
    };
    spki.to_der().map_err(der_err)
}
