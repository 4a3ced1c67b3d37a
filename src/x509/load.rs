//! Decoding certificates, CRLs and private keys from PEM or DER, with the
//! error codes GnuTLS returns for each kind of bad input (measured against
//! libgnutls 3.7.9 by tests/c/load_codes.c).

use std::sync::Arc;

use der::{Decode, Document};
use rustls::crypto::ring::sign::any_supported_type;
use rustls::sign::{Signer, SigningKey};
use rustls::{SignatureAlgorithm, SignatureScheme};
use rustls_pki_types::pem::{self, SectionKind};
use rustls_pki_types::{
    CertificateDer, CertificateRevocationListDer, PrivateKeyDer, PrivatePkcs1KeyDer,
    PrivatePkcs8KeyDer, PrivateSec1KeyDer, SubjectPublicKeyInfoDer,
};

use super::X509Format;
use crate::errors::{self, Code};

const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";
const ENCRYPTED_BEGIN: &str = "-----BEGIN ENCRYPTED PRIVATE KEY-----";
const ENCRYPTED_END: &str = "-----END ENCRYPTED PRIVATE KEY-----";

/// Every PEM section of `data` with its kind, in order; sections with labels
/// pki-types does not know are skipped.
fn pem_sections(data: &[u8]) -> Result<Vec<(SectionKind, Vec<u8>)>, Code> {
    let mut reader = data;
    let mut out = Vec::new();
    loop {
        match pem::from_buf(&mut reader) {
            Ok(Some(section)) => out.push(section),
            Ok(None) => return Ok(out),
            // A corrupted body: GnuTLS reports the base64 header error here.
            Err(pem::Error::Base64Decode(_)) => {
                return Err(errors::GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR)
            }
            Err(_) => return Err(errors::GNUTLS_E_BASE64_DECODING_ERROR),
        }
    }
}

/// Decodes a list of certificates. PEM input without any certificate gives
/// an empty list (the caller decides whether that is an error).
pub fn certificates(data: &[u8], format: X509Format) -> Result<Vec<CertificateDer<'static>>, Code> {
    let ders = match format {
        X509Format::Der => vec![data.to_vec()],
        X509Format::Pem => pem_sections(data)?
            .into_iter()
            .filter(|(kind, _)| *kind == SectionKind::Certificate)
            .map(|(_, der)| der)
            .collect(),
    };
    ders.into_iter()
        .map(|der| {
            x509_cert::Certificate::from_der(&der).map_err(|e| der_error_code(&e))?;
            Ok(CertificateDer::from(der))
        })
        .collect()
}

/// The first certificate of PEM data (gnutls_x509_crt_import); data
/// without one is an unexpected-header error, as in GnuTLS.
pub fn first_pem_certificate(data: &[u8]) -> Result<Vec<u8>, Code> {
    pem_sections(data)?
        .into_iter()
        .find(|(kind, _)| *kind == SectionKind::Certificate)
        .map(|(_, der)| der)
        .ok_or(errors::GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR)
}

/// GnuTLS tells "not this structure at all" (a tag error) from "damaged"
/// (a DER error, e.g. truncated).
pub(crate) fn der_error_code(err: &der::Error) -> Code {
    match err.kind() {
        der::ErrorKind::TagUnexpected { .. } | der::ErrorKind::TagUnknown { .. } => {
            errors::GNUTLS_E_ASN1_TAG_ERROR
        }
        _ => errors::GNUTLS_E_ASN1_DER_ERROR,
    }
}

/// Decodes a list of CRLs. PEM input without a CRL is a base64 error, as in GnuTLS.
pub fn crls(
    data: &[u8],
    format: X509Format,
) -> Result<Vec<CertificateRevocationListDer<'static>>, Code> {
    let ders = match format {
        X509Format::Der => vec![data.to_vec()],
        X509Format::Pem => {
            let list: Vec<Vec<u8>> = pem_sections(data)?
                .into_iter()
                .filter(|(kind, _)| *kind == SectionKind::Crl)
                .map(|(_, der)| der)
                .collect();
            if list.is_empty() {
                return Err(errors::GNUTLS_E_BASE64_DECODING_ERROR);
            }
            list
        }
    };
    ders.into_iter()
        .map(|der| {
            x509_cert::crl::CertificateList::from_der(&der).map_err(|e| der_error_code(&e))?;
            Ok(CertificateRevocationListDer::from(der))
        })
        .collect()
}

/// Decodes a private key (PKCS#1, SEC1, PKCS#8, encrypted PKCS#8) and makes
/// a rustls signing key of it.
pub fn signing_key(
    data: &[u8],
    format: X509Format,
    password: Option<&str>,
) -> Result<Arc<dyn SigningKey>, Code> {
    key_from_der(private_key(data, format, password)?)
}

/// Decodes (and decrypts) a private key without making a signing key of it.
pub fn private_key(
    data: &[u8],
    format: X509Format,
    password: Option<&str>,
) -> Result<PrivateKeyDer<'static>, Code> {
    match format {
        X509Format::Pem => pem_private_key(data, password),
        X509Format::Der => der_private_key(data, password),
    }
}

fn pem_private_key(data: &[u8], password: Option<&str>) -> Result<PrivateKeyDer<'static>, Code> {
    if let Some(block) = encrypted_pem_block(data) {
        let (_, doc) =
            Document::from_pem(block).map_err(|_| errors::GNUTLS_E_BASE64_DECODING_ERROR)?;
        return decrypt_pkcs8(doc.as_bytes(), password);
    }
    for (kind, der) in pem_sections(data)? {
        match kind {
            SectionKind::PrivateKey => return Ok(PrivatePkcs8KeyDer::from(der).into()),
            SectionKind::RsaPrivateKey => return Ok(PrivatePkcs1KeyDer::from(der).into()),
            SectionKind::EcPrivateKey => return Ok(PrivateSec1KeyDer::from(der).into()),
            _ => {}
        }
    }
    Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
}

/// The text of the first ENCRYPTED PRIVATE KEY block, markers included
/// (pki-types does not know this label; der decodes the block).
fn encrypted_pem_block(data: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(data).ok()?;
    let start = text.find(ENCRYPTED_BEGIN)?;
    let end = text[start..].find(ENCRYPTED_END)? + start + ENCRYPTED_END.len();
    Some(&text[start..end])
}

/// An EncryptedPrivateKeyInfo under PBES2 or a PKCS#12 scheme (GnuTLS
/// reads and writes both; pkcs12's structure keeps any algorithm).
fn decrypt_pkcs8(der: &[u8], password: Option<&str>) -> Result<PrivateKeyDer<'static>, Code> {
    let info = pkcs12::pbe_params::EncryptedPrivateKeyInfo::from_der(der)
        .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    // GnuTLS reports a missing and a wrong password alike.
    let password = password.ok_or(errors::GNUTLS_E_DECRYPTION_FAILED)?;
    let plain = crate::pkcs12::pbe::decrypt(
        &info.encryption_algorithm,
        info.encrypted_data.as_bytes(),
        Some(password),
    )
    .map_err(|_| errors::GNUTLS_E_DECRYPTION_FAILED)?;
    Ok(PrivatePkcs8KeyDer::from(plain).into())
}

/// DER keys carry no label: try each structure in turn.
fn der_private_key(data: &[u8], password: Option<&str>) -> Result<PrivateKeyDer<'static>, Code> {
    if pkcs8::PrivateKeyInfo::from_der(data).is_ok() {
        return Ok(PrivatePkcs8KeyDer::from(data.to_vec()).into());
    }
    if pkcs1::RsaPrivateKey::from_der(data).is_ok() {
        return Ok(PrivatePkcs1KeyDer::from(data.to_vec()).into());
    }
    if sec1::EcPrivateKey::from_der(data).is_ok() {
        return Ok(PrivateSec1KeyDer::from(data.to_vec()).into());
    }
    if pkcs12::pbe_params::EncryptedPrivateKeyInfo::from_der(data).is_ok() {
        return decrypt_pkcs8(data, password);
    }
    // A SEQUENCE that is none of them is damaged; anything else is not a key.
    if data.first() == Some(&0x30) {
        return Err(errors::GNUTLS_E_ASN1_DER_ERROR);
    }
    Err(errors::GNUTLS_E_ASN1_TAG_ERROR)
}

/// A rustls signing key for a decoded private key.
pub fn key_from_der(key: PrivateKeyDer<'static>) -> Result<Arc<dyn SigningKey>, Code> {
    if let PrivateKeyDer::Pkcs8(p8) = &key {
        let info = pkcs8::PrivateKeyInfo::from_der(p8.secret_pkcs8_der())
            .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        if info.algorithm.oid.to_string() == OID_RSA_PSS {
            // ring only reads rsaEncryption keys: load the inner PKCS#1 key and
            // restrict it to PSS, as an RSA-PSS key may not sign PKCS#1 v1.5.
            let inner = PrivatePkcs1KeyDer::from(info.private_key.to_vec());
            let rsa = any_supported_type(&inner.into())
                .map_err(|_| errors::GNUTLS_E_UNKNOWN_PK_ALGORITHM)?;
            return Ok(Arc::new(RsaPssOnlyKey(rsa)));
        }
    }
    any_supported_type(&key).map_err(|_| errors::GNUTLS_E_UNKNOWN_PK_ALGORITHM)
}

/// An RSA key restricted to RSA-PSS schemes.
#[derive(Debug)]
struct RsaPssOnlyKey(Arc<dyn SigningKey>);

const PSS_SCHEMES: [SignatureScheme; 3] = [
    SignatureScheme::RSA_PSS_SHA256,
    SignatureScheme::RSA_PSS_SHA384,
    SignatureScheme::RSA_PSS_SHA512,
];

impl SigningKey for RsaPssOnlyKey {
    fn choose_scheme(&self, offered: &[SignatureScheme]) -> Option<Box<dyn Signer>> {
        let pss: Vec<SignatureScheme> = offered
            .iter()
            .copied()
            .filter(|s| PSS_SCHEMES.contains(s))
            .collect();
        self.0.choose_scheme(&pss)
    }

    fn public_key(&self) -> Option<SubjectPublicKeyInfoDer<'_>> {
        self.0.public_key()
    }

    fn algorithm(&self) -> SignatureAlgorithm {
        SignatureAlgorithm::RSA
    }
}

/// The subjectPublicKey bits of an SPKI, for key/certificate matching
/// (the algorithm identifiers may differ, e.g. rsaEncryption vs RSA-PSS).
pub fn spki_key_bits(spki: &[u8]) -> Option<Vec<u8>> {
    let info = spki::SubjectPublicKeyInfoRef::from_der(spki).ok()?;
    Some(info.subject_public_key.raw_bytes().to_vec())
}
