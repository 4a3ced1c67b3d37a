//! PKCS#7 / CMS SignedData (gnutls_pkcs7_*): import and export, the
//! certificate and CRL lists, embedded data, signer information and its
//! attributes, signature verification and signing.
//!
//! The ContentInfo wrapper and SignerInfo come from the `cms` crate. The
//! SignedData sequence is declared here because GnuTLS indexes the
//! certificates, CRLs and signers in the order they are encoded, while the
//! crate's SET OF types sort their elements when decoding.

use cms::content_info::{CmsVersion, ContentInfo};
use cms::signed_data::{EncapsulatedContentInfo, SignerIdentifier, SignerInfo};
use der::asn1::{Any, ObjectIdentifier, OctetString, SetOfVec};
use der::{
    Decode, DecodeValue, Encode, EncodeValue, FixedTag, Header, Length, Reader, Sequence, Tag,
    Tagged, Writer,
};
use spki::AlgorithmIdentifierOwned;
use x509_cert::attr::Attribute;
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;

use crate::algorithms::{digest, pk, sign};
use crate::errors::{self, Code};
use crate::x509::crt::Crt;
use crate::x509::privkey::PrivateKey;
use crate::x509::{load, pksign, X509Format};

pub const OID_DATA: &str = "1.2.840.113549.1.7.1";
const OID_SIGNED_DATA: &str = "1.2.840.113549.1.7.2";
/// GnuTLS gives a SignedData it creates from scratch this content type.
const OID_DIGESTED_DATA: &str = "1.2.840.113549.1.7.5";
pub const OID_CONTENT_TYPE: &str = "1.2.840.113549.1.9.3";
pub const OID_MESSAGE_DIGEST: &str = "1.2.840.113549.1.9.4";
pub const OID_SIGNING_TIME: &str = "1.2.840.113549.1.9.5";
const PEM_LABEL: &str = "PKCS7";
const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";
const OID_MGF1: &str = "1.2.840.113549.1.1.8";

/// gnutls_pkcs7_sign_flags
pub const EMBED_DATA: u32 = 1;
pub const INCLUDE_TIME: u32 = 1 << 1;
pub const INCLUDE_CERT: u32 = 1 << 2;
pub const WRITE_SPKI: u32 = 1 << 3;

/// A SET OF kept in its encoded order.
#[derive(Clone, Debug, PartialEq, Eq)]
struct OrderedSet<T>(Vec<T>);

impl<T> Default for OrderedSet<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T> FixedTag for OrderedSet<T> {
    const TAG: Tag = Tag::Set;
}

impl<'a, T: Decode<'a>> DecodeValue<'a> for OrderedSet<T> {
    fn decode_value<R: Reader<'a>>(reader: &mut R, header: Header) -> der::Result<Self> {
        reader.read_nested(header.length, |r| {
            let mut items = Vec::new();
            while !r.is_finished() {
                items.push(T::decode(r)?);
            }
            Ok(Self(items))
        })
    }
}

impl<T: Encode> EncodeValue for OrderedSet<T> {
    fn value_len(&self) -> der::Result<Length> {
        self.0
            .iter()
            .try_fold(Length::ZERO, |acc, e| acc + e.encoded_len()?)
    }

    fn encode_value(&self, writer: &mut impl Writer) -> der::Result<()> {
        self.0.iter().try_for_each(|e| e.encode(writer))
    }
}

/// RFC 5652 SignedData, with order-preserving lists.
#[derive(Clone, Debug, Sequence)]
struct SignedData {
    version: CmsVersion,
    digest_algorithms: OrderedSet<AlgorithmIdentifierOwned>,
    encap_content_info: EncapsulatedContentInfo,
    #[asn1(context_specific = "0", tag_mode = "IMPLICIT", optional = "true")]
    certificates: Option<Vec<Any>>,
    #[asn1(context_specific = "1", tag_mode = "IMPLICIT", optional = "true")]
    crls: Option<Vec<Any>>,
    signer_infos: OrderedSet<SignerInfo>,
}

impl SignedData {
    /// What GnuTLS makes when a certificate or CRL is added to an empty structure.
    fn empty() -> Self {
        Self {
            version: CmsVersion::V1,
            digest_algorithms: OrderedSet::default(),
            encap_content_info: EncapsulatedContentInfo {
                econtent_type: oid(OID_DIGESTED_DATA),
                econtent: None,
            },
            certificates: None,
            crls: None,
            signer_infos: OrderedSet::default(),
        }
    }
}

fn oid(s: &str) -> ObjectIdentifier {
    // Only called with the constants above (checked by a unit test); the
    // fallback is evaluated at compile time.
    const DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap(OID_DATA);
    ObjectIdentifier::new(s).unwrap_or(DATA)
}

fn der_code(e: der::Error) -> Code {
    load::der_error_code(&e)
}

/// One attribute as GnuTLS lists it: the OID and the DER of its first value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attr {
    pub oid: String,
    pub value: Vec<u8>,
}

/// gnutls_pkcs7_signature_info_st, in Rust.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignatureInfo {
    /// gnutls_sign_algorithm_t (0 when unknown).
    pub algo: i32,
    pub sig: Vec<u8>,
    /// The issuer Name DER (empty when the signer is named by key id).
    pub issuer_dn: Vec<u8>,
    pub signer_serial: Vec<u8>,
    pub issuer_keyid: Vec<u8>,
    /// Seconds since the epoch, -1 without a signingTime attribute.
    pub signing_time: i64,
    /// In GnuTLS's order: last encoded first.
    pub signed_attrs: Vec<Attr>,
    pub unsigned_attrs: Vec<Attr>,
}

/// The value of attribute `oid` in an attribute list, if present.
pub fn find_attr<'a>(attrs: &'a [Attr], oid: &str) -> Option<&'a [u8]> {
    attrs.iter().find(|a| a.oid == oid).map(|a| a.value.as_slice())
}

/// gnutls_pkcs7_get_attr's data: the value DER, or with `octet_string`
/// the contents of the OCTET STRING it must be.
pub fn attr_data(attr: &Attr, octet_string: bool) -> Result<Vec<u8>, Code> {
    if !octet_string {
        return Ok(attr.value.clone());
    }
    OctetString::from_der(&attr.value)
        .map(|o| o.into_bytes())
        .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)
}

/// gnutls_pkcs7_add_attr's value: `data` as given, or wrapped in an OCTET STRING.
/// The OID is not checked here (GnuTLS takes any string); signing with a
/// list holding a bad one fails.
pub fn make_attr(oid_str: &str, data: &[u8], octet_string: bool) -> Result<Attr, Code> {
    let value = if octet_string {
        OctetString::new(data)
            .and_then(|o| o.to_der())
            .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?
    } else {
        data.to_vec()
    };
    Ok(Attr {
        oid: oid_str.to_string(),
        value,
    })
}

fn attrs_of(set: Option<&SetOfVec<Attribute>>) -> Vec<Attr> {
    let mut out: Vec<Attr> = set
        .map(|s| {
            s.iter()
                .map(|a| Attr {
                    oid: a.oid.to_string(),
                    // An attribute without values is listed with empty data.
                    value: a.values.iter().next().and_then(|v| v.to_der().ok()).unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default();
    out.reverse();
    out
}

/// Seconds since the epoch of a DER Time (UTCTime or GeneralizedTime).
fn time_of(value: &[u8]) -> Option<i64> {
    let t = x509_cert::time::Time::from_der(value).ok()?;
    i64::try_from(t.to_unix_duration().as_secs()).ok()
}

/// gnutls_sign_algorithm_t of a signer: its signature OID, or its key OID
/// with the digest (rsaEncryption + sha256 is RSA-SHA256).
fn sign_algo(si: &SignerInfo) -> i32 {
    let sig_oid = si.signature_algorithm.oid.to_string();
    let hash = digest::by_oid(&si.digest_alg.oid.to_string()).map(|d| d.id);
    if let Some(s) = sign::by_oid(&sig_oid) {
        // One OID for every RSA-PSS hash: the digest algorithm picks the entry.
        if s.pk == pk::RSA_PSS {
            if let Some(p) = hash.and_then(|h| sign::from_pk_and_hash(pk::RSA_PSS, h)) {
                return p.id;
            }
        }
        return s.id;
    }
    match (pk::by_oid(&sig_oid), hash) {
        (Some(p), Some(h)) => sign::from_pk_and_hash(p.id, h).map_or(sign::UNKNOWN, |s| s.id),
        _ => sign::UNKNOWN,
    }
}

/// A PKCS#7 structure: empty until imported or built.
#[derive(Clone, Debug, Default)]
pub struct Pkcs7 {
    // Boxed: a bare Option<SignedData> uses a niche inside SignedData, and
    // the optimiser's wide compare of it reads bytes a `None` leaves unset,
    // which valgrind reports; a box's niche is its pointer.
    signed: Option<Box<SignedData>>,
    /// eContentType as imported (GnuTLS reports none for a structure it built).
    econtent_oid: Option<String>,
    /// Attribute lists of the signers added by `sign`, in the order GnuTLS
    /// reports them before a re-import (its in-memory order, not the sorted DER).
    written_attrs: Vec<(usize, Vec<Attr>, Vec<Attr>)>,
    /// Made by a setter or `sign` rather than imported: GnuTLS 3.7.9 cannot
    /// read certificates or CRLs back from such a structure (only export it).
    built: bool,
    /// Set by `sign`: GnuTLS 3.7.9 writes the embedded data to the encoding
    /// but does not report it (get_embedded_data, verify) until re-imported.
    content_hidden: bool,
}

impl Pkcs7 {
    pub fn new() -> Self {
        Self::default()
    }

    /// gnutls_pkcs7_import: DER, or PEM "PKCS7".
    pub fn import(data: &[u8], format: X509Format) -> Result<Self, Code> {
        let der = match format {
            // Nothing to read: GnuTLS's decoder reports a tag error.
            X509Format::Der if data.is_empty() => return Err(errors::GNUTLS_E_ASN1_TAG_ERROR),
            X509Format::Der => data.to_vec(),
            X509Format::Pem => crate::encoding::pem_decode(Some(PEM_LABEL), data)?.data,
        };
        Self::from_der(&der)
    }

    /// Decodes DER, or BER as GnuTLS also reads (re-encoded to DER first).
    pub fn from_der(der: &[u8]) -> Result<Self, Code> {
        let ci = match ContentInfo::from_der(der) {
            Ok(ci) => ci,
            Err(e) => {
                let fixed = crate::x509::ber::to_der(der).filter(|d| d != der).ok_or(der_code(e))?;
                return Self::from_der(&fixed);
            }
        };
        if ci.content_type != oid(OID_SIGNED_DATA) {
            return Err(errors::GNUTLS_E_UNKNOWN_PKCS_CONTENT_TYPE);
        }
        let signed: SignedData = ci.content.decode_as().map_err(der_code)?;
        let econtent_oid = Some(signed.encap_content_info.econtent_type.to_string());
        Ok(Self {
            signed: Some(Box::new(signed)),
            econtent_oid,
            written_attrs: Vec::new(),
            built: false,
            content_hidden: false,
        })
    }

    /// gnutls_pkcs7_export: an empty structure has nothing to write.
    pub fn export(&self, format: X509Format) -> Result<Vec<u8>, Code> {
        let der = self.encode()?;
        Ok(match format {
            X509Format::Der => der,
            X509Format::Pem => crate::encoding::pem_encode(PEM_LABEL, &der).into_bytes(),
        })
    }

    fn certs(&self) -> &[Any] {
        self.signed
            .as_ref()
            .and_then(|s| s.certificates.as_deref())
            .unwrap_or(&[])
    }

    fn crl_list(&self) -> &[Any] {
        self.signed
            .as_ref()
            .and_then(|s| s.crls.as_deref())
            .unwrap_or(&[])
    }

    fn signers(&self) -> &[SignerInfo] {
        self.signed.as_ref().map_or(&[], |s| s.signer_infos.0.as_slice())
    }

    pub fn crt_count(&self) -> usize {
        self.certs().len()
    }

    pub fn crl_count(&self) -> usize {
        self.crl_list().len()
    }

    pub fn signature_count(&self) -> usize {
        self.signers().len()
    }

    /// The DER of certificate `index`. Codes as in GnuTLS 3.7.9: past the
    /// end GNUTLS_E_ASN1_ELEMENT_NOT_FOUND; a structure it built itself
    /// cannot be read back (GNUTLS_E_ASN1_VALUE_NOT_FOUND).
    pub fn crt_raw(&self, index: usize) -> Result<Vec<u8>, Code> {
        let c = self
            .certs()
            .get(index)
            .ok_or(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND)?;
        if self.built {
            return Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND);
        }
        // Only the plain certificate choice is handed out (not attribute
        // certificates and the like, which are context-tagged).
        if c.tag() != Tag::Sequence {
            return Err(errors::GNUTLS_E_UNSUPPORTED_CERTIFICATE_TYPE);
        }
        c.to_der().map_err(der_code)
    }

    /// The DER of CRL `index`; as `crt_raw`, except that GnuTLS reports
    /// any index of a structure that was not imported as not found.
    pub fn crl_raw(&self, index: usize) -> Result<Vec<u8>, Code> {
        if self.built || self.signed.is_none() {
            return Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND);
        }
        let c = self
            .crl_list()
            .get(index)
            .ok_or(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND)?;
        c.to_der().map_err(der_code)
    }

    /// Every certificate that decodes (for signer lookup and chains).
    pub fn certificates(&self) -> Vec<Crt> {
        self.certs()
            .iter()
            .filter_map(|c| Crt::from_der(&c.to_der().ok()?).ok())
            .collect()
    }

    fn signed_mut(&mut self) -> &mut SignedData {
        if self.signed.is_none() {
            self.built = true;
        }
        self.signed.get_or_insert_with(|| Box::new(SignedData::empty()))
    }

    /// The DER of the structure. GnuTLS re-encodes on export and its ASN.1
    /// writer sorts every SET OF in the output (only there: the getters
    /// keep listing elements in the order read or added).
    fn encode(&self) -> Result<Vec<u8>, Code> {
        let mut signed = self.signed.clone().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        for list in [signed.certificates.as_mut(), signed.crls.as_mut()]
            .into_iter()
            .flatten()
        {
            sort_der(list);
        }
        sort_der(&mut signed.digest_algorithms.0);
        sort_der(&mut signed.signer_infos.0);
        let content = Any::encode_from(&signed).map_err(der_code)?;
        let ci = ContentInfo {
            content_type: oid(OID_SIGNED_DATA),
            content,
        };
        ci.to_der().map_err(der_code)
    }

    /// gnutls_pkcs7_set_crt_raw: appends a certificate (any DER element).
    pub fn add_crt_raw(&mut self, der: &[u8]) -> Result<(), Code> {
        let any = Any::from_der(der).map_err(|_| errors::GNUTLS_E_ASN1_VALUE_NOT_VALID)?;
        self.signed_mut()
            .certificates
            .get_or_insert_with(Vec::new)
            .push(any);
        Ok(())
    }

    /// gnutls_pkcs7_set_crl_raw: appends a CRL (any DER element).
    pub fn add_crl_raw(&mut self, der: &[u8]) -> Result<(), Code> {
        let any = Any::from_der(der).map_err(|_| errors::GNUTLS_E_ASN1_VALUE_NOT_VALID)?;
        self.signed_mut().crls.get_or_insert_with(Vec::new).push(any);
        Ok(())
    }

    /// gnutls_pkcs7_delete_crt / delete_crl. GnuTLS 3.7.9 finds the element
    /// but cannot remove it (its ASN.1 call rejects the element name), so
    /// an index in range fails with GNUTLS_E_ASN1_VALUE_NOT_VALID and
    /// removes nothing; it does re-read the structure first, which sorts
    /// the lists and makes a built structure readable. We do the same.
    pub fn delete(&mut self, index: i32, crl: bool) -> Result<(), Code> {
        let count = if crl { self.crl_count() } else { self.crt_count() };
        match usize::try_from(index) {
            Ok(i) if i < count => {
                self.built = false;
                self.sort_lists();
                Err(errors::GNUTLS_E_ASN1_VALUE_NOT_VALID)
            }
            _ => Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND),
        }
    }

    /// Puts the certificate and CRL lists in their encoded (sorted) order.
    fn sort_lists(&mut self) {
        if let Some(signed) = self.signed.as_mut() {
            for list in [signed.certificates.as_mut(), signed.crls.as_mut()]
                .into_iter()
                .flatten()
            {
                sort_der(list);
            }
        }
    }

    /// gnutls_pkcs7_get_embedded_data: the eContent (the contents of its
    /// element, or with `raw` the whole element).
    pub fn embedded_data(&self, raw: bool) -> Result<Vec<u8>, Code> {
        let content = self
            .signed
            .as_ref()
            .filter(|_| !self.content_hidden)
            .and_then(|s| s.encap_content_info.econtent.as_ref())
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        // GnuTLS reports empty content as none. Without `raw`, it hands out
        // the contents of the element, whatever its type (RFC 2315 allows
        // content other than an OCTET STRING).
        if content.value().is_empty() {
            return Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
        }
        if !raw {
            return Ok(content.value().to_vec());
        }
        content.to_der().map_err(der_code)
    }

    /// gnutls_pkcs7_get_embedded_data_oid.
    pub fn embedded_data_oid(&self) -> Option<&str> {
        self.econtent_oid.as_deref()
    }

    fn signer(&self, index: usize) -> Result<&SignerInfo, Code> {
        self.signers()
            .get(index)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
    }

    /// gnutls_pkcs7_get_signature_info.
    pub fn signature_info(&self, index: usize) -> Result<SignatureInfo, Code> {
        let si = self.signer(index)?;
        let algo = sign_algo(si);
        if algo == sign::UNKNOWN {
            return Err(errors::GNUTLS_E_UNKNOWN_ALGORITHM);
        }
        let (issuer_dn, signer_serial, issuer_keyid) = match &si.sid {
            SignerIdentifier::IssuerAndSerialNumber(ias) => (
                ias.issuer.to_der().map_err(der_code)?,
                ias.serial_number.as_bytes().to_vec(),
                Vec::new(),
            ),
            SignerIdentifier::SubjectKeyIdentifier(ski) => {
                (Vec::new(), Vec::new(), ski.0.as_bytes().to_vec())
            }
        };
        let (signed_attrs, unsigned_attrs) = match self.written_attrs.iter().find(|w| w.0 == index) {
            Some((_, s, u)) => (s.clone(), u.clone()),
            None => (attrs_of(si.signed_attrs.as_ref()), attrs_of(si.unsigned_attrs.as_ref())),
        };
        let signing_time = find_attr(&signed_attrs, OID_SIGNING_TIME)
            .and_then(time_of)
            .unwrap_or(-1);
        Ok(SignatureInfo {
            algo,
            sig: si.signature.as_bytes().to_vec(),
            issuer_dn,
            signer_serial,
            issuer_keyid,
            signing_time,
            signed_attrs,
            unsigned_attrs,
        })
    }

    /// Whether `crt` is the certificate signer `index` names.
    pub fn names_signer(&self, index: usize, crt: &Crt) -> bool {
        let Ok(si) = self.signer(index) else {
            return false;
        };
        match &si.sid {
            SignerIdentifier::IssuerAndSerialNumber(ias) => {
                ias.issuer.to_der().is_ok_and(|d| d == crt.raw_issuer())
                    && ias.serial_number.as_bytes() == crt.serial()
            }
            SignerIdentifier::SubjectKeyIdentifier(ski) => crt
                .subject_key_id()
                .is_ok_and(|(id, _)| id == ski.0.as_bytes()),
        }
    }

    /// Whether signer `index` is named by subject key identifier (GnuTLS
    /// then also looks for its certificate in the trust list).
    pub fn signer_uses_key_id(&self, index: usize) -> bool {
        self.signer(index)
            .is_ok_and(|si| matches!(si.sid, SignerIdentifier::SubjectKeyIdentifier(_)))
    }

    /// The signer certificate of signer `index` among the embedded
    /// certificates and `extra`.
    pub fn find_signer(&self, index: usize, extra: &[Crt]) -> Option<Crt> {
        self.certificates()
            .into_iter()
            .chain(extra.iter().cloned())
            .find(|c| self.names_signer(index, c))
    }

    /// The signed content: `detached` when given, else the embedded data.
    /// Without either, a signer with signed attributes cannot be checked
    /// (GNUTLS_E_NO_EMBEDDED_DATA); one without is checked over nothing
    /// and fails, as in GnuTLS.
    fn content(&self, index: usize, detached: Option<&[u8]>) -> Result<Vec<u8>, Code> {
        if let Some(d) = detached {
            return Ok(d.to_vec());
        }
        match self.embedded_data(false) {
            Ok(d) => Ok(d),
            Err(_) if self.signer(index)?.signed_attrs.is_some() => Err(errors::GNUTLS_E_NO_EMBEDDED_DATA),
            Err(_) => Err(errors::GNUTLS_E_PK_SIG_VERIFY_FAILED),
        }
    }

    /// gnutls_pkcs7_verify's first checks: the signer exists and there is
    /// content to check it against.
    pub fn check_content(&self, index: usize, detached: Option<&[u8]>) -> Result<(), Code> {
        self.signature_info(index)?;
        self.content(index, detached).map(|_| ())
    }

    /// The signature check of gnutls_pkcs7_verify_direct: signer `index`
    /// against the key in `signer_spki`, over the embedded data or `detached`.
    pub fn verify_signature(
        &self,
        index: usize,
        signer_spki: &[u8],
        detached: Option<&[u8]>,
    ) -> Result<(), Code> {
        let si = self.signer(index)?;
        // Same errors first as GnuTLS: the signer info must read.
        let algo = self.signature_info(index)?.algo;
        let content = self.content(index, detached)?;
        // The digest is the signature algorithm's.
        let hash_id = sign::info(algo)
            .map(|s| s.hash)
            .filter(|h| *h != 0)
            .or_else(|| digest::by_oid(&si.digest_alg.oid.to_string()).map(|d| d.id))
            .ok_or(errors::GNUTLS_E_UNKNOWN_HASH_ALGORITHM)?;
        let signed_bytes = match &si.signed_attrs {
            Some(attrs) => {
                if content.is_empty() {
                    return Err(errors::GNUTLS_E_NO_EMBEDDED_DATA);
                }
                let list = attrs_of(Some(attrs));
                // At most one content type, and it must be the eContentType.
                let mut types = list.iter().filter(|a| a.oid == OID_CONTENT_TYPE);
                let econtent_type = self
                    .signed
                    .as_ref()
                    .map(|s| s.encap_content_info.econtent_type.to_der())
                    .transpose()
                    .map_err(der_code)?
                    .unwrap_or_default();
                if let Some(t) = types.next() {
                    if t.value != econtent_type || types.next().is_some() {
                        return Err(errors::GNUTLS_E_PARSING_ERROR);
                    }
                }
                let want = find_attr(&list, OID_MESSAGE_DIGEST)
                    .and_then(|v| OctetString::from_der(v).ok())
                    .ok_or(errors::GNUTLS_E_PK_SIG_VERIFY_FAILED)?;
                let have = crate::crypto::hash::hash(hash_id, &content)
                    .map_err(|_| errors::GNUTLS_E_HASH_FAILED)?;
                if want.as_bytes() != have.as_slice() {
                    return Err(errors::GNUTLS_E_PK_SIG_VERIFY_FAILED);
                }
                attrs.to_der().map_err(der_code)?
            }
            None => content,
        };
        let key_pk = crate::x509::crt::spki_algorithm(signer_spki).map_or(pk::UNKNOWN, |(p, _)| p);
        if sign::info(algo).is_some_and(|s| !sign::supports_pk(s, key_pk)) {
            return Err(errors::GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY);
        }
        pksign::verify_data(signer_spki, algo, &signed_bytes, si.signature.as_bytes())
            .map_err(|_| errors::GNUTLS_E_PK_SIG_VERIFY_FAILED)
    }

    /// gnutls_pkcs7_sign: adds a signer over `data` made with `key`, whose
    /// certificate is `signer`. `now` is the signing time (seconds).
    #[allow(clippy::too_many_arguments)]
    pub fn sign(
        &mut self,
        signer: &Crt,
        key: &PrivateKey,
        data: &[u8],
        signed_attrs: &[Attr],
        unsigned_attrs: &[Attr],
        hash_id: i32,
        flags: u32,
        now: u64,
    ) -> Result<(), Code> {
        // GnuTLS 3.7.9 cannot write the subjectKeyIdentifier choice (its
        // ASN.1 call names an element that does not exist): it fails with
        // GNUTLS_E_ASN1_ELEMENT_NOT_FOUND, and so do we.
        if flags & WRITE_SPKI != 0 {
            return Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND);
        }
        let key_pk = key.pk_algorithm();
        let sign_id = pksign::sign_algorithm_for(key_pk, hash_id, false)?;
        let hash_oid = digest::info(hash_id)
            .and_then(|d| d.oid)
            .ok_or(errors::GNUTLS_E_UNKNOWN_HASH_ALGORITHM)?;
        let digest_alg = AlgorithmIdentifierOwned {
            oid: oid(hash_oid),
            parameters: None,
        };
        let signature_algorithm = if key_pk == pk::RSA_PSS {
            pss_algorithm(hash_oid, digest::info(hash_id).map_or(0, |d| d.output_len))?
        } else if key_pk == pk::RSA {
            AlgorithmIdentifierOwned {
                oid: oid(pk::info(pk::RSA).and_then(|p| p.oid).unwrap_or("1.2.840.113549.1.1.1")),
                parameters: Some(Any::null()),
            }
        } else {
            let s = sign::info(sign_id).and_then(|s| s.oid).ok_or(errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM)?;
            AlgorithmIdentifierOwned { oid: oid(s), parameters: None }
        };

        // Signed attributes are written when the time or the caller asks for them.
        let mut written_signed = Vec::new();
        let attrs = if flags & INCLUDE_TIME != 0 || !signed_attrs.is_empty() {
            let digest = crate::crypto::hash::hash(hash_id, data).map_err(|_| errors::GNUTLS_E_HASH_FAILED)?;
            // GnuTLS's write order: time, the caller's, content type, digest.
            let mut written: Vec<Attr> = Vec::new();
            if flags & INCLUDE_TIME != 0 {
                // UTCTime until 2049, GeneralizedTime after (RFC 5280 rules).
                let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(now);
                let t = x509_cert::time::Time::try_from(at).map_err(der_code)?;
                written.push(Attr { oid: OID_SIGNING_TIME.into(), value: t.to_der().map_err(der_code)? });
            }
            written.extend_from_slice(signed_attrs);
            written.push(Attr { oid: OID_CONTENT_TYPE.into(), value: oid(OID_DATA).to_der().map_err(der_code)? });
            written.push(Attr {
                oid: OID_MESSAGE_DIGEST.into(),
                value: OctetString::new(digest).and_then(|o| o.to_der()).map_err(der_code)?,
            });
            let list = written.iter().map(|a| attribute(&a.oid, &a.value)).collect::<Result<Vec<_>, _>>()?;
            written_signed = written;
            Some(SetOfVec::try_from(list).map_err(der_code)?)
        } else {
            None
        };
        let unsigned = if unsigned_attrs.is_empty() {
            None
        } else {
            let list = unsigned_attrs
                .iter()
                .map(|a| attribute(&a.oid, &a.value))
                .collect::<Result<Vec<_>, _>>()?;
            Some(SetOfVec::try_from(list).map_err(der_code)?)
        };
        let to_sign = match &attrs {
            Some(a) => a.to_der().map_err(der_code)?,
            None => data.to_vec(),
        };
        let signature = pksign::sign_data(key, sign_id, &to_sign)?;

        let version = CmsVersion::V1;
        let sid = SignerIdentifier::IssuerAndSerialNumber(cms::cert::IssuerAndSerialNumber {
            issuer: Name::from_der(signer.raw_issuer()).map_err(der_code)?,
            serial_number: SerialNumber::new(signer.serial()).map_err(der_code)?,
        });
        let info = SignerInfo {
            version,
            sid,
            digest_alg: digest_alg.clone(),
            signed_attrs: attrs,
            signature_algorithm,
            signature: OctetString::new(signature).map_err(der_code)?,
            unsigned_attrs: unsigned,
        };

        let fresh = self.signed.is_none();
        let sd = self.signed_mut();
        // The content type becomes data; embedding writes the content (over
        // any already there); a fresh detached structure has none.
        let writes_content = fresh || sd.encap_content_info.econtent_type == oid(OID_DIGESTED_DATA);
        sd.version = CmsVersion::V1;
        sd.encap_content_info.econtent_type = oid(OID_DATA);
        if flags & EMBED_DATA != 0 {
            let content = Any::encode_from(&OctetString::new(data).map_err(der_code)?).map_err(der_code)?;
            sd.encap_content_info.econtent = Some(content);
        } else if fresh {
            sd.encap_content_info.econtent = None;
        }
        // Appended for every signer, even when already listed, as GnuTLS does.
        sd.digest_algorithms.0.push(digest_alg);
        if flags & INCLUDE_CERT != 0 {
            // Added even when already there, as GnuTLS does.
            let cert = Any::from_der(signer.der()).map_err(der_code)?;
            sd.certificates.get_or_insert_with(Vec::new).push(cert);
        }
        sd.signer_infos.0.push(info);
        let index = sd.signer_infos.0.len() - 1;
        written_signed.reverse();
        let mut written_unsigned = unsigned_attrs.to_vec();
        written_unsigned.reverse();
        self.written_attrs.push((index, written_signed, written_unsigned));
        // GnuTLS re-reads its lists after signing (they come back sorted).
        self.built = false;
        self.content_hidden = writes_content;
        self.sort_lists();
        Ok(())
    }
}

/// GnuTLS 3.7.9 returns this status bit (GNUTLS_CERT_SIGNER_CONSTRAINTS_FAILURE)
/// as a positive result when the signer's key usage forbids signatures.
pub const SIGNER_KEY_USAGE_REFUSED: i32 = 1 << 16;
const KEY_USAGE_DIGITAL_SIGNATURE: u32 = 128;

/// The checks GnuTLS makes on the signer certificate once the signature is
/// good: its validity period at `now` (whatever the verification flags)
/// and, when it has a key usage, that signatures are allowed. `Ok(0)` when
/// it passes, `Ok(SIGNER_KEY_USAGE_REFUSED)` for the key usage.
pub fn check_signer(signer: &Crt, now: i64) -> Result<i32, Code> {
    if now > signer.expiration_time() {
        return Err(errors::GNUTLS_E_EXPIRED);
    }
    if now < signer.activation_time() {
        return Err(errors::GNUTLS_E_NOT_YET_ACTIVATED);
    }
    match signer.key_usage() {
        Ok((usage, _)) if usage & KEY_USAGE_DIGITAL_SIGNATURE == 0 => Ok(SIGNER_KEY_USAGE_REFUSED),
        _ => Ok(0),
    }
}

/// The names GnuTLS prints for the usual PKCS#9 attributes.
fn attr_name(oid: &str) -> &str {
    match oid {
        OID_CONTENT_TYPE => "contentType",
        OID_MESSAGE_DIGEST => "messageDigest",
        OID_SIGNING_TIME => "signingTime",
        "1.2.840.113549.1.9.6" => "countersignature",
        "1.2.840.113549.1.9.15" => "smimeCapabilities",
        other => other,
    }
}

/// gnutls_pkcs7_print_signature_info's text; the attributes only with `full`.
pub fn print_signature_info(info: &SignatureInfo, full: bool) -> String {
    use crate::encoding::hex_encode;
    let mut out = String::new();
    if !info.issuer_dn.is_empty() {
        if let Ok(dn) = crate::x509::dn::format(&info.issuer_dn, crate::x509::dn::DnOrder::Rfc4514) {
            out.push_str(&format!("\tSigner's issuer DN: {dn}\n"));
        }
    }
    if !info.signer_serial.is_empty() {
        out.push_str(&format!("\tSigner's serial: {}\n", hex_encode(&info.signer_serial)));
    }
    if !info.issuer_keyid.is_empty() {
        out.push_str(&format!("\tSigner's issuer key ID: {}\n", hex_encode(&info.issuer_keyid)));
    }
    if info.signing_time != -1 {
        out.push_str(&format!("\tSigning time: {}\n", crate::x509::print::long_time(info.signing_time)));
    }
    let algo = sign::info(info.algo).map_or("(null)", |s| s.name);
    out.push_str(&format!("\tSignature Algorithm: {algo}\n"));
    if full {
        for (title, list) in [("Signed", &info.signed_attrs), ("Unsigned", &info.unsigned_attrs)] {
            if list.is_empty() {
                continue;
            }
            out.push_str(&format!("\t{title} Attributes:\n"));
            // Attributes without a value are not shown (the title is).
            for a in list.iter().filter(|a| !a.value.is_empty()) {
                out.push_str(&format!("\t\t{}: {}\n", attr_name(&a.oid), hex_encode(&a.value)));
            }
        }
    }
    out.push('\n');
    out
}

impl Pkcs7 {
    /// gnutls_pkcs7_print: the signers, and with `full` their attributes
    /// and the certificates and CRLs in PEM.
    pub fn print(&self, full: bool) -> String {
        let mut out = String::new();
        // Content other than plain data is announced first.
        if let Some(oid) = self.embedded_data_oid().filter(|o| *o != OID_DATA && *o != OID_DIGESTED_DATA) {
            out.push_str(&format!("eContent Type: {oid}\n"));
        }
        out.push_str("Signers:\n");
        // The list stops at the first signer that cannot be read.
        for i in 0..self.signature_count() {
            match self.signature_info(i) {
                Ok(info) => out.push_str(&print_signature_info(&info, full)),
                Err(_) => break,
            }
        }
        if !full {
            return out;
        }
        for (title, label, count, crl) in [
            ("certificates", "CERTIFICATE", self.crt_count(), false),
            ("CRLs", "X509 CRL", self.crl_count(), true),
        ] {
            if count == 0 {
                continue;
            }
            out.push_str(&format!("Number of {title}: {count}\n\n"));
            for i in 0..count {
                let der = if crl { self.crl_raw(i) } else { self.crt_raw(i) };
                match der {
                    Ok(der) => {
                        out.push_str(&crate::encoding::pem_encode(label, &der));
                        out.push('\n');
                    }
                    // GnuTLS's wording, for CRLs too.
                    Err(_) => out.push_str(&format!("Error: cannot print certificate {i}\n")),
                }
            }
        }
        out
    }
}

/// RFC 4055 RSASSA-PSS-params, with the fields GnuTLS writes.
#[derive(Clone, Debug, Sequence)]
struct PssParams {
    #[asn1(context_specific = "0", tag_mode = "EXPLICIT")]
    hash: AlgorithmIdentifierOwned,
    #[asn1(context_specific = "1", tag_mode = "EXPLICIT")]
    mask_gen: AlgorithmIdentifierOwned,
    #[asn1(context_specific = "2", tag_mode = "EXPLICIT")]
    salt_len: u32,
}

/// rsassaPss with MGF1 over the same hash and a salt as long as the hash.
fn pss_algorithm(hash_oid: &str, salt_len: usize) -> Result<AlgorithmIdentifierOwned, Code> {
    let hash = AlgorithmIdentifierOwned { oid: oid(hash_oid), parameters: None };
    let params = PssParams {
        mask_gen: AlgorithmIdentifierOwned {
            oid: oid(OID_MGF1),
            parameters: Some(Any::encode_from(&hash).map_err(der_code)?),
        },
        hash,
        salt_len: u32::try_from(salt_len).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?,
    };
    Ok(AlgorithmIdentifierOwned {
        oid: oid(OID_RSA_PSS),
        parameters: Some(Any::encode_from(&params).map_err(der_code)?),
    })
}

/// Sorts elements by their encoding, as a DER SET OF.
fn sort_der<T: Encode>(list: &mut [T]) {
    list.sort_by_cached_key(|e| e.to_der().unwrap_or_default());
}

fn attribute(oid_str: &str, value_der: &[u8]) -> Result<Attribute, Code> {
    let value = Any::from_der(value_der).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    Ok(Attribute {
        oid: ObjectIdentifier::new(oid_str).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?,
        values: SetOfVec::try_from(vec![value]).map_err(der_code)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn fixture(name: &str) -> Vec<u8> {
        let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/certs/pkcs7").join(name);
        std::fs::read(p).unwrap()
    }

    #[test]
    fn constant_oids_are_valid() {
        for o in [OID_RSA_PSS, OID_MGF1, OID_DATA, OID_SIGNED_DATA, OID_DIGESTED_DATA, OID_CONTENT_TYPE, OID_MESSAGE_DIGEST, OID_SIGNING_TIME] {
            assert!(ObjectIdentifier::new(o).is_ok(), "{o}");
        }
    }

    #[test]
    fn bag_lists_in_encoded_order() {
        let p = Pkcs7::import(&fixture("bag.p7b"), X509Format::Pem).unwrap();
        assert_eq!(p.crt_count(), 2);
        assert_eq!(p.crl_count(), 1);
        assert_eq!(p.signature_count(), 0);
        let rsa = Crt::import(&fixture("rsa.pem"), X509Format::Pem).unwrap();
        assert_eq!(p.crt_raw(0).unwrap(), rsa.der());
        assert_eq!(p.crt_raw(2), Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND));
        // Export sorts the SET OF certificates, as GnuTLS's writer does.
        let out = p.export(X509Format::Der).unwrap();
        let again = Pkcs7::from_der(&out).unwrap();
        assert_eq!(again.crt_count(), 2);
        assert!(again.crt_raw(0).unwrap() <= again.crt_raw(1).unwrap());
        assert_eq!(again.export(X509Format::Der).unwrap(), out);
        assert_eq!(p.embedded_data(false), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
    }

    #[test]
    fn bad_input_codes() {
        assert_eq!(Pkcs7::import(&fixture("truncated.der"), X509Format::Der).err(), Some(errors::GNUTLS_E_ASN1_DER_ERROR));
        assert_eq!(Pkcs7::import(&fixture("garbage.bin"), X509Format::Pem).err(), Some(errors::GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR));
        assert!(Pkcs7::import(&fixture("garbage.bin"), X509Format::Der).is_err());
        assert!(Pkcs7::new().export(X509Format::Der).is_err());
    }

    #[test]
    fn signer_info_and_verification() {
        let p = Pkcs7::import(&fixture("ossl-rsa.p7s"), X509Format::Der).unwrap();
        let info = p.signature_info(0).unwrap();
        assert_eq!(info.algo, sign::RSA_SHA256);
        assert_eq!(info.signer_serial, vec![0x10, 0x01]);
        assert_eq!(info.signed_attrs.last().unwrap().oid, OID_CONTENT_TYPE);
        assert!(info.signing_time > 0);
        let signer = p.find_signer(0, &[]).unwrap();
        p.verify_signature(0, signer.spki(), None).unwrap();
        let bad = Pkcs7::import(&fixture("bad-sig.p7s"), X509Format::Der).unwrap();
        assert_eq!(bad.verify_signature(0, signer.spki(), None), Err(errors::GNUTLS_E_PK_SIG_VERIFY_FAILED));
        let det = Pkcs7::import(&fixture("ossl-rsa-detached.p7s"), X509Format::Der).unwrap();
        assert_eq!(det.verify_signature(0, signer.spki(), None), Err(errors::GNUTLS_E_NO_EMBEDDED_DATA));
        det.verify_signature(0, signer.spki(), Some(&fixture("data.txt"))).unwrap();
        assert_eq!(det.verify_signature(0, signer.spki(), Some(b"other")), Err(errors::GNUTLS_E_PK_SIG_VERIFY_FAILED));
    }

    #[test]
    fn rsa_signature_matches_gnutls_bytes() {
        let crt = Crt::import(&fixture("rsa.pem"), X509Format::Pem).unwrap();
        let key = PrivateKey::import(&fixture("rsa.key"), X509Format::Pem, None).unwrap();
        let data = fixture("data.txt");
        let mut p = Pkcs7::new();
        p.sign(&crt, &key, &data, &[], &[], digest::SHA256, EMBED_DATA | INCLUDE_CERT, 0).unwrap();
        assert_eq!(p.export(X509Format::Der).unwrap(), fixture("gnutls-rsa.p7s"));
        let mut d = Pkcs7::new();
        d.sign(&crt, &key, &data, &[], &[], digest::SHA256, INCLUDE_CERT, 0).unwrap();
        assert_eq!(d.export(X509Format::Der).unwrap(), fixture("gnutls-rsa-detached.p7s"));
    }

    #[test]
    fn ecdsa_signature_with_time_verifies() {
        let crt = Crt::import(&fixture("ec.pem"), X509Format::Pem).unwrap();
        let key = PrivateKey::import(&fixture("ec.key"), X509Format::Pem, None).unwrap();
        let mut p = Pkcs7::new();
        p.sign(&crt, &key, b"abc", &[], &[], digest::SHA256, EMBED_DATA | INCLUDE_TIME, 1_700_000_000).unwrap();
        let back = Pkcs7::from_der(&p.export(X509Format::Der).unwrap()).unwrap();
        assert_eq!(back.signature_info(0).unwrap().signing_time, 1_700_000_000);
        back.verify_signature(0, crt.spki(), None).unwrap();
    }

    #[test]
    fn prints_like_gnutls() {
        let p = Pkcs7::import(&fixture("gnutls-rsa-nocert.p7s"), X509Format::Der).unwrap();
        assert_eq!(
            p.print(true),
            "Signers:\n\tSigner's issuer DN: CN=PKCS7 Test CA,O=rgnutls tests\n\tSigner's serial: 1001\n\tSignature Algorithm: RSA-SHA256\n\n"
        );
        let bag = Pkcs7::import(&fixture("bag.p7b"), X509Format::Pem).unwrap();
        let text = bag.print(true);
        assert!(text.starts_with("Signers:\nNumber of certificates: 2\n\n-----BEGIN CERTIFICATE-----\n"));
        assert!(text.contains("-----END CERTIFICATE-----\n\nNumber of CRLs: 1\n\n-----BEGIN X509 CRL-----\n"));
        assert_eq!(bag.print(false), "Signers:\n");
    }

    #[test]
    fn second_signer_on_imported_structure() {
        let crt = Crt::import(&fixture("ec.pem"), X509Format::Pem).unwrap();
        let key = PrivateKey::import(&fixture("ec.key"), X509Format::Pem, None).unwrap();
        let mut p = Pkcs7::import(&fixture("gnutls-rsa.p7s"), X509Format::Der).unwrap();
        let data = fixture("data.txt");
        p.sign(&crt, &key, &data, &[], &[], digest::SHA256, EMBED_DATA | INCLUDE_CERT, 0).unwrap();
        let back = Pkcs7::from_der(&p.export(X509Format::Der).unwrap()).unwrap();
        assert_eq!((back.signature_count(), back.crt_count()), (2, 2));
        assert_eq!(back.embedded_data(false).unwrap(), data);
        let rsa = back.find_signer(0, &[]).unwrap();
        let ec = back.find_signer(1, &[]).unwrap();
        back.verify_signature(0, rsa.spki(), None).unwrap();
        back.verify_signature(1, ec.spki(), None).unwrap();
        assert_eq!(back.verify_signature(1, rsa.spki(), None), Err(errors::GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY));
    }

    #[test]
    fn ber_input_is_read() {
        let p = Pkcs7::import(&fixture("ossl-rsa-ber.p7s"), X509Format::Der).unwrap();
        assert_eq!((p.crt_count(), p.signature_count()), (1, 1));
        assert_eq!(p.embedded_data(false).unwrap(), fixture("data.txt"));
        let signer = p.find_signer(0, &[]).unwrap();
        p.verify_signature(0, signer.spki(), None).unwrap();
    }

    #[test]
    fn signer_certificate_checks() {
        let now = 1_800_000_000;
        let ok = Crt::import(&fixture("rsa.pem"), X509Format::Pem).unwrap();
        assert_eq!(check_signer(&ok, now), Ok(0));
        let expired = Crt::import(&fixture("expired.pem"), X509Format::Pem).unwrap();
        assert_eq!(check_signer(&expired, now), Err(errors::GNUTLS_E_EXPIRED));
        assert_eq!(check_signer(&ok, 0), Err(errors::GNUTLS_E_NOT_YET_ACTIVATED));
        let keyenc = Crt::import(&fixture("keyenc.pem"), X509Format::Pem).unwrap();
        assert_eq!(check_signer(&keyenc, now), Ok(SIGNER_KEY_USAGE_REFUSED));
    }

    #[test]
    fn attrs_round_trip() {
        let a = make_attr("1.2.3.4", b"xy", true).unwrap();
        assert_eq!(a.value, vec![4, 2, b'x', b'y']);
        assert_eq!(attr_data(&a, true).unwrap(), b"xy");
        let raw = make_attr("1.2.3.4", &[5, 0], false).unwrap();
        assert_eq!(attr_data(&raw, true), Err(errors::GNUTLS_E_ASN1_DER_ERROR));
    }
}
