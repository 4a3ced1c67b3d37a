//! OCSP responses (RFC 6960): decoding with x509-ocsp, the getters GnuTLS
//! offers, signature verification against an issuer or a trust list, and
//! the check of a stapled response during peer verification.

use der::asn1::{AnyRef, ObjectIdentifier, OctetString, OctetStringRef};
use der::{Decode, Encode, Sequence, Tag, Tagged};
use rustls_pki_types::CertificateDer;
use x509_ocsp::{BasicOcspResponse, CertStatus, ResponderId};

use super::cert::{signed_parts, CertInfo};
use super::status::*;
use super::trust::TrustList;
use crate::algorithms::{digest, sign};
use crate::errors::{self, Code};

/// id-pkix-ocsp-basic, the only response type with content we read.
pub const OID_BASIC: &str = "1.3.6.1.5.5.7.48.1.1";
const OID_NONCE: &str = "1.3.6.1.5.5.7.48.1.2";
const OID_TLS_FEATURE: &str = "1.3.6.1.5.5.7.1.24";
/// id-kp-OCSPSigning
pub const PURPOSE_OCSP_SIGNING: &str = "1.3.6.1.5.5.7.3.9";
/// TLS feature status_request (RFC 7633 "must staple").
const FEATURE_STATUS_REQUEST: u8 = 5;
/// A response without nextUpdate is taken as fresh for this long (GnuTLS's rule).
const MAX_AGE_WITHOUT_NEXT_UPDATE: i64 = 3 * 24 * 3600;

/// gnutls_ocsp_verify_reason_t bits.
pub const VERIFY_SIGNER_NOT_FOUND: u32 = 1;
pub const VERIFY_SIGNER_KEYUSAGE_ERROR: u32 = 2;
pub const VERIFY_UNTRUSTED_SIGNER: u32 = 4;
pub const VERIFY_INSECURE_ALGORITHM: u32 = 8;
pub const VERIFY_SIGNATURE_FAILURE: u32 = 16;
pub const VERIFY_CERT_NOT_ACTIVATED: u32 = 32;
pub const VERIFY_CERT_EXPIRED: u32 = 64;

/// gnutls_ocsp_cert_status_t
pub const CERT_GOOD: u32 = 0;
pub const CERT_REVOKED_STATUS: u32 = 1;
pub const CERT_UNKNOWN: u32 = 2;

/// The outer OCSPResponse, with the status kept as a raw ENUMERATED (GnuTLS
/// accepts any value) and the bytes kept borrowed.
#[derive(Sequence)]
struct Outer<'a> {
    status: AnyRef<'a>,
    #[asn1(context_specific = "0", optional = "true", tag_mode = "EXPLICIT")]
    bytes: Option<RawBytes<'a>>,
}

#[derive(Sequence)]
struct RawBytes<'a> {
    response_type: ObjectIdentifier,
    response: OctetStringRef<'a>,
}


/// One SingleResponse, as gnutls_ocsp_resp_get_single gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Single {
    /// gnutls_digest_algorithm_t of the CertID hashes (0 when unknown).
    pub digest: i32,
    pub issuer_name_hash: Vec<u8>,
    pub issuer_key_hash: Vec<u8>,
    pub serial: Vec<u8>,
    /// CERT_GOOD, CERT_REVOKED_STATUS or CERT_UNKNOWN.
    pub status: u32,
    pub this_update: i64,
    /// -1 when absent.
    pub next_update: i64,
    /// -1 when not revoked.
    pub revocation_time: i64,
    /// gnutls_x509_crl_reason_t (0 when none given).
    pub revocation_reason: u32,
}

/// The responder identification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Responder {
    /// DER of the responder's Name.
    Name(Vec<u8>),
    /// SHA-1 of the responder's public key bits.
    KeyHash(Vec<u8>),
}

/// A decoded OCSP response.
#[derive(Clone, Debug)]
pub struct OcspResponse {
    der: Vec<u8>,
    status: i32,
    response_type: Option<String>,
    response: Option<Vec<u8>>,
    basic: Option<Basic>,
}

#[derive(Clone, Debug)]
struct Basic {
    parsed: BasicOcspResponse,
    /// tbsResponseData exactly as signed.
    tbs: Vec<u8>,
    /// The AlgorithmIdentifier's contents (webpki's form).
    alg: Vec<u8>,
    certs: Vec<CertInfo>,
}

fn time(t: &x509_ocsp::OcspGeneralizedTime) -> i64 {
    i64::try_from(t.0.to_unix_duration().as_secs()).unwrap_or(i64::MAX)
}

impl OcspResponse {
    /// gnutls_ocsp_resp_import: DER. Errors are GnuTLS's ASN.1 codes.
    pub fn from_der(der: &[u8]) -> Result<Self, Code> {
        let outer = Outer::from_der(der).map_err(|e| super::asn1_error_code(der, e))?;
        if outer.status.tag() != Tag::Enumerated {
            return Err(errors::GNUTLS_E_ASN1_TAG_ERROR);
        }
        let status = outer.status.value().iter().fold(0i32, |acc, b| acc.wrapping_shl(8) | i32::from(*b));
        let mut resp = Self { der: der.to_vec(), status, response_type: None, response: None, basic: None };
        let Some(bytes) = outer.bytes else {
            if status == 0 {
                // A successful response must carry its bytes.
                return Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND);
            }
            return Ok(resp);
        };
        let oid = bytes.response_type.to_string();
        if oid == OID_BASIC {
            resp.basic = Some(Basic::parse(bytes.response.as_bytes())?);
        }
        resp.response_type = Some(oid);
        resp.response = Some(bytes.response.as_bytes().to_vec());
        Ok(resp)
    }

    /// gnutls_ocsp_resp_import2: DER or PEM ("OCSP RESPONSE").
    pub fn import(data: &[u8], format: super::X509Format) -> Result<Self, Code> {
        match format {
            super::X509Format::Der => Self::from_der(data),
            super::X509Format::Pem => {
                let block = crate::encoding::pem_decode(Some("OCSP RESPONSE"), data)?;
                Self::from_der(&block.data)
            }
        }
    }

    /// The DER as imported (gnutls_ocsp_resp_export).
    pub fn der(&self) -> &[u8] {
        &self.der
    }

    /// gnutls_ocsp_resp_status_t value.
    pub fn status(&self) -> i32 {
        self.status
    }

    /// The response type OID and its bytes.
    pub fn response(&self) -> Result<(String, Vec<u8>), Code> {
        match (&self.response_type, &self.response) {
            (Some(t), Some(r)) => Ok((t.clone(), r.clone())),
            _ => Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND),
        }
    }

    /// Version, 1-based (1 when there is no basic response).
    pub fn version(&self) -> i32 {
        self.basic.as_ref().map_or(1, |b| b.parsed.tbs_response_data.version as i32 + 1)
    }

    pub fn responder(&self) -> Option<Responder> {
        let b = self.basic.as_ref()?;
        Some(match &b.parsed.tbs_response_data.responder_id {
            ResponderId::ByName(n) => Responder::Name(n.to_der().unwrap_or_default()),
            ResponderId::ByKey(k) => Responder::KeyHash(k.as_bytes().to_vec()),
        })
    }

    /// producedAt, or -1.
    pub fn produced(&self) -> i64 {
        self.basic.as_ref().map_or(-1, |b| time(&b.parsed.tbs_response_data.produced_at))
    }

    /// SingleResponse `index`; GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE past the end.
    pub fn single(&self, index: usize) -> Result<Single, Code> {
        let b = self.basic.as_ref().ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let s = b
            .parsed
            .tbs_response_data
            .responses
            .get(index)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let id = &s.cert_id;
        let (status, revocation_time, revocation_reason) = match &s.cert_status {
            CertStatus::Good(_) => (CERT_GOOD, -1, 0),
            CertStatus::Revoked(r) => {
                (CERT_REVOKED_STATUS, time(&r.revocation_time), r.revocation_reason.map_or(0, |c| c as u32))
            }
            CertStatus::Unknown(_) => (CERT_UNKNOWN, -1, 0),
        };
        Ok(Single {
            digest: digest::by_oid(&id.hash_algorithm.oid.to_string()).map_or(digest::UNKNOWN, |d| d.id),
            issuer_name_hash: id.issuer_name_hash.as_bytes().to_vec(),
            issuer_key_hash: id.issuer_key_hash.as_bytes().to_vec(),
            serial: id.serial_number.as_bytes().to_vec(),
            status,
            this_update: time(&s.this_update),
            next_update: s.next_update.as_ref().map_or(-1, time),
            revocation_time,
            revocation_reason,
        })
    }

    /// The response extension `oid`: (critical, value).
    pub fn extension(&self, oid: &str) -> Option<(bool, Vec<u8>)> {
        let b = self.basic.as_ref()?;
        b.parsed
            .tbs_response_data
            .response_extensions
            .iter()
            .flatten()
            .find(|e| e.extn_id.to_string() == oid)
            .map(|e| (e.critical, e.extn_value.as_bytes().to_vec()))
    }

    /// Every response extension: (dotted OID, critical, value).
    pub fn extensions(&self) -> Vec<(String, bool, Vec<u8>)> {
        let Some(b) = self.basic.as_ref() else { return Vec::new() };
        b.parsed
            .tbs_response_data
            .response_extensions
            .iter()
            .flatten()
            .map(|e| (e.extn_id.to_string(), e.critical, e.extn_value.as_bytes().to_vec()))
            .collect()
    }

    /// Whether the response carries a basic response (status successful).
    pub fn has_basic(&self) -> bool {
        self.basic.is_some()
    }

    /// The nonce (the OCTET STRING inside the extension, as GnuTLS gives it).
    pub fn nonce(&self) -> Result<(bool, Vec<u8>), Code> {
        let (critical, value) = self.extension(OID_NONCE).ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let inner = OctetString::from_der(&value).map(|o| o.as_bytes().to_vec()).unwrap_or(value);
        Ok((critical, inner))
    }

    /// gnutls_sign_algorithm_t of the signature; ASN1_VALUE_NOT_FOUND without a basic response.
    pub fn signature_algorithm(&self) -> Result<i32, Code> {
        let b = self.basic.as_ref().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        Ok(sign::by_oid(&b.parsed.signature_algorithm.oid.to_string()).map_or(sign::UNKNOWN, |s| s.id))
    }

    pub fn signature(&self) -> Result<Vec<u8>, Code> {
        let b = self.basic.as_ref().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        Ok(b.parsed.signature.raw_bytes().to_vec())
    }

    /// The certificates the response carries.
    pub fn certs(&self) -> &[CertInfo] {
        self.basic.as_ref().map_or(&[], |b| &b.certs)
    }

    /// gnutls_ocsp_resp_check_crt: SingleResponse `index` is about `cert`
    /// (same serial, and the hash of its issuer name matches).
    pub fn check_crt(&self, index: usize, cert: &CertInfo) -> Result<(), Code> {
        let s = self.single(index)?;
        let name_hash = crate::crypto::hash::hash(s.digest, &cert.issuer).map_err(|_| errors::GNUTLS_E_OCSP_RESPONSE_ERROR)?;
        if s.serial == cert.serial && name_hash == s.issuer_name_hash {
            Ok(())
        } else {
            Err(errors::GNUTLS_E_OCSP_RESPONSE_ERROR)
        }
    }

    fn matches_responder(&self, cert: &CertInfo) -> bool {
        match self.responder() {
            Some(Responder::Name(n)) => cert.subject == n,
            Some(Responder::KeyHash(h)) => {
                crate::crypto::hash::hash(digest::SHA1, &cert.public_key).is_ok_and(|k| k == h)
            }
            None => false,
        }
    }

    /// The certificate in the response that signed it, if any.
    fn signer(&self) -> Option<&CertInfo> {
        self.certs().iter().find(|c| self.matches_responder(c))
    }

    /// Checks the signature with `signer`'s key: 0 or SIGNATURE_FAILURE;
    /// a key of the wrong type is GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY.
    fn check_signature(&self, signer: &CertInfo) -> Result<u32, Code> {
        let b = self.basic.as_ref().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        let oid = b.parsed.signature_algorithm.oid.to_string();
        let key_pk = super::crt::spki_algorithm(&signer.spki).map(|(pk, _)| pk);
        if let (Some(info), Some(pk)) = (sign::by_oid(&oid), key_pk) {
            if !sign::supports_pk(info, pk) {
                return Err(errors::GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY);
            }
        }
        let sig = b.parsed.signature.raw_bytes();
        if super::verify::signature_valid(&b.tbs, &b.alg, &oid, sig, signer) {
            Ok(0)
        } else {
            Ok(VERIFY_SIGNATURE_FAILURE)
        }
    }

    /// gnutls_ocsp_resp_verify_direct: signed by `issuer`, or by a
    /// certificate in the response that `issuer` signed.
    pub fn verify_direct(&self, issuer: &CertInfo, flags: u32) -> Result<u32, Code> {
        if self.basic.is_none() {
            return Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND);
        }
        match self.signer() {
            Some(s) if s.der != issuer.der => {
                let mut one = TrustList::new();
                one.add_der_certificates(std::slice::from_ref(&issuer.der))?;
                let status = chain_status(s, &one, None, flags)?;
                if status != 0 {
                    return Ok(signer_status(status));
                }
                self.check_signature(s)
            }
            _ => self.check_signature(issuer),
        }
    }

    /// gnutls_ocsp_resp_verify: the signer is trusted, or a delegated
    /// responder (OCSP signing purpose) that a trusted CA issued.
    pub fn verify(&self, trust: &TrustList, flags: u32) -> Result<u32, Code> {
        if self.basic.is_none() {
            return Ok(VERIFY_SIGNER_NOT_FOUND);
        }
        match self.signer() {
            None => match trust.anchors().iter().find(|a| self.matches_responder(a)) {
                Some(anchor) => self.check_signature(anchor),
                None => Ok(VERIFY_SIGNER_NOT_FOUND),
            },
            Some(s) if trust.contains(&s.der) => self.check_signature(s),
            Some(s) => {
                let status = chain_status(s, trust, Some(PURPOSE_OCSP_SIGNING), flags)?;
                if status != 0 {
                    return Ok(signer_status(status));
                }
                self.check_signature(s)
            }
        }
    }
}

impl Basic {
    fn parse(bytes: &[u8]) -> Result<Self, Code> {
        let parsed = BasicOcspResponse::from_der(bytes).map_err(super::der_error_code)?;
        let parts = signed_parts(bytes).ok_or(errors::GNUTLS_E_ASN1_DER_ERROR)?;
        let certs = parsed
            .certs
            .iter()
            .flatten()
            .map(|c| c.to_der().map_err(super::der_error_code).and_then(|d| CertInfo::parse(&d)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            tbs: parts.tbs.to_der().map_err(super::der_error_code)?,
            alg: parts.alg.value().to_vec(),
            parsed,
            certs,
        })
    }
}

fn chain_status(cert: &CertInfo, trust: &TrustList, purpose: Option<&str>, flags: u32) -> Result<u32, Code> {
    super::verify::verify_now(&[&cert.der], trust, None, purpose, flags)
}

/// A signer certificate's verification status as OCSP verify reasons.
fn signer_status(status: u32) -> u32 {
    let mut out = VERIFY_UNTRUSTED_SIGNER;
    if status & CERT_INSECURE_ALGORITHM != 0 {
        out |= VERIFY_INSECURE_ALGORITHM;
    }
    if status & CERT_NOT_ACTIVATED != 0 {
        out |= VERIFY_CERT_NOT_ACTIVATED;
    }
    if status & CERT_EXPIRED != 0 {
        out |= VERIFY_CERT_EXPIRED;
    }
    out
}

/// The leaf asks for a stapled response (TLS feature status_request).
pub fn must_staple(leaf: &[u8]) -> bool {
    let Ok(cert) = x509_cert::Certificate::from_der(leaf) else { return false };
    let Some(ext) = cert
        .tbs_certificate
        .extensions
        .iter()
        .flatten()
        .find(|e| e.extn_id.to_string() == OID_TLS_FEATURE)
    else {
        return false;
    };
    Vec::<der::asn1::Int>::from_der(ext.extn_value.as_bytes())
        .is_ok_and(|features| features.iter().any(|f| f.as_bytes() == [FEATURE_STATUS_REQUEST]))
}

/// The outcome of checking a stapled response during peer verification.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StapleCheck {
    /// Status bits to add to the chain's (CERT_INVALID included when set).
    pub status: u32,
    /// The response was valid, about the leaf, fresh and "good"
    /// (gnutls_ocsp_status_request_is_checked).
    pub checked: bool,
}

/// Checks the stapled response of a peer chain (leaf first) as GnuTLS does
/// in gnutls_certificate_verify_peers: a missing staple matters only for a
/// must-staple leaf; an invalid, stale or unverifiable one gives
/// INVALID_OCSP_STATUS; a response about another certificate is ignored.
pub fn check_staple(chain: &[CertificateDer<'_>], response: Option<&[u8]>, trust: &TrustList, flags: u32, now: i64) -> StapleCheck {
    let Some(leaf_der) = chain.first() else { return StapleCheck::default() };
    let invalid = |bits: u32| StapleCheck { status: bits | CERT_INVALID, checked: false };
    let Some(response) = response.filter(|r| !r.is_empty()) else {
        return if must_staple(leaf_der) { invalid(CERT_MISSING_OCSP_STATUS) } else { StapleCheck::default() };
    };
    let Ok(leaf) = CertInfo::parse(leaf_der) else { return StapleCheck::default() };
    let resp = match OcspResponse::from_der(response) {
        Ok(r) if r.status() == 0 && r.basic.is_some() => r,
        _ => return invalid(CERT_INVALID_OCSP_STATUS),
    };
    if resp.check_crt(0, &leaf).is_err() {
        return StapleCheck::default();
    }
    let mut v = resp.verify(trust, flags).unwrap_or(VERIFY_SIGNER_NOT_FOUND);
    if v != 0 {
        if let Some(issuer) = chain.get(1).and_then(|d| CertInfo::parse(d).ok()) {
            v = resp.verify_direct(&issuer, flags).unwrap_or(VERIFY_SIGNATURE_FAILURE);
        }
    }
    if v != 0 {
        return invalid(CERT_INVALID_OCSP_STATUS);
    }
    let Ok(single) = resp.single(0) else { return invalid(CERT_INVALID_OCSP_STATUS) };
    if single.status == CERT_REVOKED_STATUS {
        return invalid(CERT_REVOKED);
    }
    let stale = if single.next_update == -1 {
        now > single.this_update.saturating_add(MAX_AGE_WITHOUT_NEXT_UPDATE)
    } else {
        single.next_update < now
    };
    if stale {
        return invalid(CERT_INVALID_OCSP_STATUS);
    }
    StapleCheck { status: 0, checked: single.status == CERT_GOOD }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/tests/certs/ocsp/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    fn cert(name: &str) -> CertInfo {
        let pem = corpus(name);
        let der = super::super::load::certificates(&pem, super::super::X509Format::Pem).unwrap();
        CertInfo::parse(&der[0]).unwrap()
    }

    #[test]
    fn good_response_getters() {
        let r = OcspResponse::from_der(&corpus("good.der")).unwrap();
        assert_eq!(r.status(), 0);
        assert_eq!(r.version(), 1);
        let s = r.single(0).unwrap();
        assert_eq!((s.digest, s.status, s.serial.as_slice()), (digest::SHA1, CERT_GOOD, &[0x10, 0x00][..]));
        assert!(s.next_update > s.this_update);
        assert_eq!(r.single(1), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
        assert!(r.check_crt(0, &cert("server.pem")).is_ok());
        assert_eq!(r.check_crt(0, &cert("revoked.pem")), Err(errors::GNUTLS_E_OCSP_RESPONSE_ERROR));
        assert_eq!(r.verify_direct(&cert("ca.pem"), 0), Ok(0));
        assert_eq!(r.verify_direct(&cert("server.pem"), 0), Ok(VERIFY_UNTRUSTED_SIGNER));
    }

    #[test]
    fn delegated_and_bad_signatures() {
        let mut tl = TrustList::new();
        tl.add_trust_mem(&corpus("ca.pem"), super::super::X509Format::Pem).unwrap();
        let d = OcspResponse::from_der(&corpus("delegated.der")).unwrap();
        assert_eq!(d.verify(&tl, 0), Ok(0));
        let bad = OcspResponse::from_der(&corpus("badsig.der")).unwrap();
        assert_eq!(bad.verify(&tl, 0), Ok(VERIFY_SIGNATURE_FAILURE));
        let other = OcspResponse::from_der(&corpus("badsigner.der")).unwrap();
        assert_eq!(other.verify(&tl, 0), Ok(VERIFY_SIGNER_NOT_FOUND));
        assert_eq!(other.verify_direct(&cert("ca.pem"), 0), Err(errors::GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY));
    }

    #[test]
    fn garbage_codes() {
        assert_eq!(OcspResponse::from_der(b"").err(), Some(errors::GNUTLS_E_ASN1_TAG_ERROR));
        assert_eq!(OcspResponse::from_der(b"hello").err(), Some(errors::GNUTLS_E_ASN1_TAG_ERROR));
        assert_eq!(OcspResponse::from_der(&[0x30, 0x82, 4, 0xe8, 0x0a, 1]).err(), Some(errors::GNUTLS_E_ASN1_DER_ERROR));
        assert_eq!(OcspResponse::from_der(&[0x30, 3, 0x0a, 1, 0]).err(), Some(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND));
        let later = OcspResponse::from_der(&corpus("trylater.der")).unwrap();
        assert_eq!((later.status(), later.produced()), (3, -1));
    }

    #[test]
    fn staple_check() {
        let mut tl = TrustList::new();
        tl.add_trust_mem(&corpus("ca.pem"), super::super::X509Format::Pem).unwrap();
        let chain = super::super::load::certificates(&corpus("server.pem"), super::super::X509Format::Pem).unwrap();
        let now = OcspResponse::from_der(&corpus("good.der")).unwrap().produced() + 10;
        let good = check_staple(&chain, Some(&corpus("good.der")), &tl, 0, now);
        assert_eq!(good, StapleCheck { status: 0, checked: true });
        let bad = check_staple(&chain, Some(&corpus("badsig.der")), &tl, 0, now);
        assert_eq!(bad.status, CERT_INVALID | CERT_INVALID_OCSP_STATUS);
        assert_eq!(check_staple(&chain, None, &tl, 0, now), StapleCheck::default());
        let unrelated = check_staple(&chain, Some(&corpus("revoked.der")), &tl, 0, now);
        assert_eq!(unrelated, StapleCheck::default());
    }
}
