//! A decoded private key (gnutls_x509_privkey_t): its DER, its type, and
//! the rustls signing key made of it.

use std::sync::Arc;

use der::Decode;
use rustls::sign::SigningKey;
use rustls_pki_types::PrivateKeyDer;

use super::{crt, load, X509Format};
use crate::algorithms::pk;
use crate::errors::{self, Code};

const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";

#[derive(Debug)]
pub struct PrivateKey {
    der: PrivateKeyDer<'static>,
    signing: Arc<dyn SigningKey>,
    pk: i32,
    bits: u32,
}

impl Clone for PrivateKey {
    fn clone(&self) -> Self {
        Self {
            der: self.der.clone_key(),
            signing: Arc::clone(&self.signing),
            pk: self.pk,
            bits: self.bits,
        }
    }
}

impl PrivateKey {
    /// gnutls_x509_privkey_import2: PKCS#1, SEC1, PKCS#8 (encrypted with a password).
    pub fn import(data: &[u8], format: X509Format, password: Option<&str>) -> Result<Self, Code> {
        Self::from_der(load::private_key(data, format, password)?)
    }

    pub fn from_der(der: PrivateKeyDer<'static>) -> Result<Self, Code> {
        let signing = load::key_from_der(der.clone_key())?;
        let (mut pk, bits) = signing
            .public_key()
            .and_then(|spki| crt::spki_algorithm(&spki))
            .unwrap_or((pk::UNKNOWN, 0));
        if let PrivateKeyDer::Pkcs8(p8) = &der {
            let info = pkcs8::PrivateKeyInfo::from_der(p8.secret_pkcs8_der())
                .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
            if info.algorithm.oid.to_string() == OID_RSA_PSS {
                pk = pk::RSA_PSS;
            }
        }
        Ok(Self {
            der,
            signing,
            pk,
            bits,
        })
    }

    pub fn der(&self) -> &PrivateKeyDer<'static> {
        &self.der
    }

    pub fn signing_key(&self) -> Arc<dyn SigningKey> {
        Arc::clone(&self.signing)
    }

    /// gnutls_pk_algorithm_t of the key.
    pub fn pk_algorithm(&self) -> i32 {
        self.pk
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// The public half as SubjectPublicKeyInfo DER, when the key type allows.
    pub fn spki(&self) -> Option<Vec<u8>> {
        self.signing.public_key().map(|s| s.as_ref().to_vec())
    }

    /// gnutls_x509_privkey_export: the key in its own structure, DER or PEM
    /// with the matching label.
    pub fn export(&self, format: X509Format) -> Vec<u8> {
        let (label, der) = match &self.der {
            PrivateKeyDer::Pkcs1(k) => ("RSA PRIVATE KEY", k.secret_pkcs1_der()),
            PrivateKeyDer::Sec1(k) => ("EC PRIVATE KEY", k.secret_sec1_der()),
            PrivateKeyDer::Pkcs8(k) => ("PRIVATE KEY", k.secret_pkcs8_der()),
            _ => ("PRIVATE KEY", &[][..]),
        };
        match format {
            X509Format::Der => der.to_vec(),
            X509Format::Pem => crate::encoding::pem_encode(label, der).into_bytes(),
        }
    }
}
