//! OCSP requests (RFC 6960 OCSPRequest), as gnutls_ocsp_req_* builds,
//! reads and prints them. The ASN.1 comes from the x509-ocsp crate.
use der::asn1::{Any, AnyRef, Null, ObjectIdentifier, OctetString};
use der::{Decode, Encode, Tag};
use spki::AlgorithmIdentifierOwned;
use x509_cert::ext::Extension;
use x509_cert::serial_number::SerialNumber;
use x509_ocsp::{CertId, OcspRequest as Asn1Request, Request, TbsRequest};

use super::cert::CertInfo;
use crate::algorithms::digest;
use crate::errors::{self, Code};

/// id-pkix-ocsp-nonce
const OID_NONCE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.48.1.2");
/// Length of the nonce gnutls_ocsp_req_randomize_nonce makes (as GnuTLS).
pub const RANDOM_NONCE_LEN: usize = 23;

/// One CertID of a request, as gnutls_ocsp_req_get_cert_id gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertIdParts {
    pub digest: i32,
    pub issuer_name_hash: Vec<u8>,
    pub issuer_key_hash: Vec<u8>,
    pub serial: Vec<u8>,
}

/// An OCSP request being built or read.
#[derive(Clone, Debug)]
pub struct OcspRequest {
    asn1: Asn1Request,
}

impl Default for OcspRequest {
    fn default() -> Self {
        Self::new()
    }
}


impl OcspRequest {
    /// An empty request (version 1, no CertID, no extension).
    pub fn new() -> Self {
        Self { asn1: Asn1Request { tbs_request: TbsRequest::default(), optional_signature: None } }
    }

    /// gnutls_ocsp_req_import (DER).
    pub fn from_der(der: &[u8]) -> Result<Self, Code> {
        Asn1Request::from_der(der).map(|asn1| Self { asn1 }).map_err(super::der_error_code)
    }

    /// gnutls_ocsp_req_export
    pub fn to_der(&self) -> Result<Vec<u8>, Code> {
        self.asn1.to_der().map_err(|_| errors::GNUTLS_E_ASN1_GENERIC_ERROR)
    }

    /// gnutls_ocsp_req_get_version: 1 for v1.
    pub fn version(&self) -> i32 {
        self.asn1.tbs_request.version as i32 + 1
    }

    /// gnutls_ocsp_req_add_cert_id: appends a CertID from its parts. The
    /// hashes are taken as given (GnuTLS does not check their length).
    pub fn add_cert_id(&mut self, digest_id: i32, name_hash: &[u8], key_hash: &[u8], serial: &[u8]) -> Result<(), Code> {
        let oid = digest::info(digest_id)
            .and_then(|d| d.oid)
            .and_then(|o| ObjectIdentifier::new(o).ok())
            .ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
        // The serial's INTEGER content is kept byte for byte.
        let serial_der = AnyRef::new(Tag::Integer, serial).and_then(|a| a.to_der()).map_err(super::der_error_code)?;
        let serial_number = SerialNumber::from_der(&serial_der).map_err(super::der_error_code)?;
        let cert_id = CertId {
            // GnuTLS writes the hash algorithm with NULL parameters.
            hash_algorithm: AlgorithmIdentifierOwned { oid, parameters: Some(Any::from(Null)) },
            issuer_name_hash: OctetString::new(name_hash).map_err(super::der_error_code)?,
            issuer_key_hash: OctetString::new(key_hash).map_err(super::der_error_code)?,
            serial_number,
        };
        self.asn1.tbs_request.request_list.push(Request { req_cert: cert_id, single_request_extensions: None });
        Ok(())
    }

    /// gnutls_ocsp_req_add_cert: the CertID of `cert` issued by `issuer`.
    pub fn add_cert(&mut self, digest_id: i32, issuer: &CertInfo, cert: &CertInfo) -> Result<(), Code> {
        let hash = |data: &[u8]| crate::crypto::hash::hash(digest_id, data).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST);
        let name_hash = hash(&cert.issuer)?;
        let key_hash = hash(&issuer.public_key)?;
        self.add_cert_id(digest_id, &name_hash, &key_hash, &cert.serial)
    }

    /// gnutls_ocsp_req_get_cert_id: CertID `index`;
    /// GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE past the end.
    pub fn cert_id(&self, index: usize) -> Result<CertIdParts, Code> {
        let r = self.asn1.tbs_request.request_list.get(index).ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let id = &r.req_cert;
        Ok(CertIdParts {
            digest: digest::by_oid(&id.hash_algorithm.oid.to_string()).map_or(digest::UNKNOWN, |d| d.id),
            issuer_name_hash: id.issuer_name_hash.as_bytes().to_vec(),
            issuer_key_hash: id.issuer_key_hash.as_bytes().to_vec(),
            serial: id.serial_number.as_bytes().to_vec(),
        })
    }

    /// gnutls_ocsp_req_get_nonce: (critical, the nonce inside its OCTET STRING).
    pub fn nonce(&self) -> Result<(bool, Vec<u8>), Code> {
        let ext = self
            .asn1
            .tbs_request
            .request_extensions
            .iter()
            .flatten()
            .find(|e| e.extn_id == OID_NONCE)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let value = ext.extn_value.as_bytes();
        let inner = OctetString::from_der(value).map(|o| o.as_bytes().to_vec()).unwrap_or_else(|_| value.to_vec());
        Ok((ext.critical, inner))
    }

    /// gnutls_ocsp_req_set_nonce: sets (or replaces) the nonce extension.
    /// GnuTLS 3.7.9 can only add it to a request that already carries
    /// extensions (an imported one): otherwise GNUTLS_E_ASN1_ELEMENT_NOT_FOUND,
    /// which we keep for compatibility.
    pub fn set_nonce(&mut self, critical: bool, nonce: &[u8]) -> Result<(), Code> {
        let Some(exts) = self.asn1.tbs_request.request_extensions.as_mut() else {
            return Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND);
        };
        let value = OctetString::new(nonce).and_then(|o| o.to_der()).and_then(OctetString::new).map_err(super::der_error_code)?;
        let ext = Extension { extn_id: OID_NONCE, critical, extn_value: value };
        match exts.iter_mut().find(|e| e.extn_id == OID_NONCE) {
            Some(e) => *e = ext,
            None => exts.push(ext),
        }
        Ok(())
    }

    /// gnutls_ocsp_req_randomize_nonce: a fresh non-critical random nonce.
    pub fn randomize_nonce(&mut self) -> Result<(), Code> {
        let mut nonce = [0u8; RANDOM_NONCE_LEN];
        crate::crypto::rnd::fill(crate::crypto::rnd::RND_NONCE, &mut nonce).map_err(|_| errors::GNUTLS_E_RANDOM_FAILED)?;
        self.set_nonce(false, &nonce)
    }

    /// gnutls_ocsp_req_print (GnuTLS has one layout for every format).
    pub fn print(&self) -> String {
        use std::fmt::Write;
        let mut out = String::from("OCSP Request Information:\n");
        let _ = writeln!(out, "\tVersion: {}", self.version());
        out.push_str("\tRequest List:\n");
        let mut i = 0;
        while let Ok(id) = self.cert_id(i) {
            out.push_str("\t\tCertificate ID:\n");
            let alg = digest::info(id.digest).map_or("unknown", |d| d.name);
            let _ = writeln!(out, "\t\t\tHash Algorithm: {alg}");
            let _ = writeln!(out, "\t\t\tIssuer Name Hash: {}", hex(&id.issuer_name_hash));
            let _ = writeln!(out, "\t\t\tIssuer Key Hash: {}", hex(&id.issuer_key_hash));
            let _ = writeln!(out, "\t\t\tSerial Number: {}", hex(&id.serial));
            i += 1;
        }
        let exts = self.asn1.tbs_request.request_extensions.as_deref().unwrap_or(&[]);
        if !exts.is_empty() {
            out.push_str("\tExtensions:\n");
        }
        for e in exts {
            let critical = if e.critical { " (critical)" } else { "" };
            if e.extn_id == OID_NONCE {
                if let Ok((_, nonce)) = self.nonce() {
                    let _ = writeln!(out, "\t\tNonce{critical}: {}", hex(&nonce));
                }
            } else {
                let _ = writeln!(out, "\t\tUnknown extension {}{critical}:", e.extn_id);
                let _ = writeln!(out, "\t\t\tASCII: {}", ascii(e.extn_value.as_bytes()));
                let _ = writeln!(out, "\t\t\tHexdump: {}", hex(e.extn_value.as_bytes()));
            }
        }
        out
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn ascii(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const REQ: &[u8] = include_bytes!("../../tests/certs/ocsp/req.der");
    const REQ_NONCE: &[u8] = include_bytes!("../../tests/certs/ocsp/req-nonce.der");

    #[test]
    fn empty_request_encodes_like_gnutls() {
        let r = OcspRequest::new();
        assert_eq!(r.to_der().unwrap(), [0x30, 4, 0x30, 2, 0x30, 0]);
        assert_eq!(r.version(), 1);
        assert_eq!(r.cert_id(0), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
    }

    #[test]
    fn import_export_round_trips() {
        for der in [REQ, REQ_NONCE] {
            assert_eq!(OcspRequest::from_der(der).unwrap().to_der().unwrap(), der);
        }
    }

    #[test]
    fn rebuilt_from_cert_id_is_identical() {
        let imported = OcspRequest::from_der(REQ).unwrap();
        let id = imported.cert_id(0).unwrap();
        assert_eq!(id.digest, digest::SHA1);
        let mut built = OcspRequest::new();
        built.add_cert_id(id.digest, &id.issuer_name_hash, &id.issuer_key_hash, &id.serial).unwrap();
        assert_eq!(built.to_der().unwrap(), REQ);
    }

    #[test]
    fn nonce_set_only_with_extensions() {
        let mut r = OcspRequest::from_der(REQ).unwrap();
        assert_eq!(r.set_nonce(false, b"x"), Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND));
        let mut r2 = OcspRequest::from_der(REQ_NONCE).unwrap();
        r2.set_nonce(true, &[1, 2, 3]).unwrap();
        assert_eq!(r2.nonce().unwrap(), (true, vec![1, 2, 3]));
        r2.randomize_nonce().unwrap();
        assert_eq!(r2.nonce().unwrap().1.len(), RANDOM_NONCE_LEN);
        assert!(r.nonce().is_err());
        r.add_cert_id(digest::SHA256, &[0; 32], &[1; 32], &[5]).unwrap();
        assert!(r.print().contains("Hash Algorithm: SHA256"));
    }

    #[test]
    fn garbage_is_refused() {
        assert!(OcspRequest::from_der(&[0x30, 3, 2, 1, 1]).is_err());
    }
}
