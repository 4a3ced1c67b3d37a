//! A decoded private key (gnutls_x509_privkey_t): its DER, its type, and
//! the rustls signing key made of it.

use std::sync::Arc;

use der::{Decode, Encode};
use rustls::sign::SigningKey;
use rustls_pki_types::PrivateKeyDer;

use super::extkey::{ExternalOps, ExternalSigningKey};
use super::{crt, load, X509Format};
use crate::algorithms::pk;
use crate::errors::{self, Code};

const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";
const OID_RSA: &str = "1.2.840.113549.1.1.1";
const OID_EC: &str = "1.2.840.10045.2.1";

#[derive(Debug)]
pub struct PrivateKey {
    material: Material,
    signing: Arc<dyn SigningKey>,
    pk: i32,
    bits: u32,
}

/// What the key is made of: its encoding, or an application's callbacks
/// (gnutls_privkey_import_ext*), which never reveal the key.
#[derive(Debug)]
enum Material {
    Der(PrivateKeyDer<'static>),
    External(Arc<dyn ExternalOps>),
}

impl Clone for PrivateKey {
    fn clone(&self) -> Self {
        Self {
            material: match &self.material {
                Material::Der(der) => Material::Der(der.clone_key()),
                Material::External(ops) => Material::External(Arc::clone(ops)),
            },
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
            material: Material::Der(der),
            signing,
            pk,
            bits,
        })
    }

    /// A key whose operations the application's callbacks perform, of type
    /// `pk` and `bits` bits (0 when unknown).
    pub fn external(ops: Arc<dyn ExternalOps>, pk: i32, bits: u32) -> Self {
        let signing = Arc::new(ExternalSigningKey::new(Arc::clone(&ops), pk, bits));
        Self {
            material: Material::External(ops),
            signing,
            pk,
            bits,
        }
    }

    /// The encoded key; None for an external key.
    pub fn der(&self) -> Option<&PrivateKeyDer<'static>> {
        match &self.material {
            Material::Der(der) => Some(der),
            Material::External(_) => None,
        }
    }

    /// The callbacks of an external key.
    pub fn external_ops(&self) -> Option<&Arc<dyn ExternalOps>> {
        match &self.material {
            Material::External(ops) => Some(ops),
            Material::Der(_) => None,
        }
    }

    pub fn signing_key(&self) -> Arc<dyn SigningKey> {
        Arc::clone(&self.signing)
    }

    /// gnutls_pk_algorithm_t of the key.
    pub fn pk_algorithm(&self) -> i32 {
        self.pk
    }

    /// gnutls_x509_privkey_verify_params: the key's parts are consistent.
    /// Loading the key into the signing provider checks them (ring
    /// validates RSA and EC private keys), so this loads it again.
    pub fn verify_params(&self) -> Result<(), Code> {
        let der = self.der().ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
        load::key_from_der(der.clone_key()).map(|_| ())
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// The public half as SubjectPublicKeyInfo DER, when the key type allows.
    pub fn spki(&self) -> Option<Vec<u8>> {
        self.signing.public_key().map(|s| s.as_ref().to_vec())
    }

    /// gnutls_x509_privkey_export: the key in the structure GnuTLS writes
    /// for its type (PKCS#1 for RSA, SEC1 for ECDSA, PKCS#8 otherwise), DER
    /// or PEM with the matching label.
    pub fn export(&self, format: X509Format) -> Vec<u8> {
        let (label, der) = self.native();
        match format {
            X509Format::Der => der,
            X509Format::Pem => crate::encoding::pem_encode(label, &der).into_bytes(),
        }
    }

    pub(crate) fn native(&self) -> (&'static str, Vec<u8>) {
        let Some(der) = self.der() else { return ("PRIVATE KEY", Vec::new()) };
        match der {
            PrivateKeyDer::Pkcs1(k) => ("RSA PRIVATE KEY", k.secret_pkcs1_der().to_vec()),
            PrivateKeyDer::Sec1(k) => ("EC PRIVATE KEY", k.secret_sec1_der().to_vec()),
            PrivateKeyDer::Pkcs8(k) => {
                let der = k.secret_pkcs8_der();
                let inner = pkcs8::PrivateKeyInfo::from_der(der).ok();
                match inner.as_ref().map(|i| (i.algorithm.oid.to_string(), i)) {
                    Some((oid, i)) if oid == OID_RSA => ("RSA PRIVATE KEY", i.private_key.to_vec()),
                    Some((oid, _)) if oid == OID_EC => match super::keygen::pkcs8_to_sec1(der) {
                        Ok(sec1) => ("EC PRIVATE KEY", sec1),
                        Err(_) => ("PRIVATE KEY", der.to_vec()),
                    },
                    _ => ("PRIVATE KEY", der.to_vec()),
                }
            }
            _ => ("PRIVATE KEY", Vec::new()),
        }
    }

    /// The key as an unencrypted PKCS#8 PrivateKeyInfo. EC keys leave the
    /// curve out of the inner structure (it is in the algorithm identifier).
    pub fn to_pkcs8(&self) -> Result<Vec<u8>, Code> {
        let err = |_| errors::GNUTLS_E_INTERNAL_ERROR;
        let der = self.der().ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
        match der {
            PrivateKeyDer::Pkcs8(k) => Ok(k.secret_pkcs8_der().to_vec()),
            PrivateKeyDer::Pkcs1(k) => {
                let info = pkcs8::PrivateKeyInfo {
                    algorithm: spki::AlgorithmIdentifierRef {
                        oid: der::asn1::ObjectIdentifier::new_unwrap(OID_RSA),
                        parameters: Some(der::asn1::AnyRef::NULL),
                    },
                    private_key: k.secret_pkcs1_der(),
                    public_key: None,
                };
                info.to_der().map_err(err)
            }
            PrivateKeyDer::Sec1(k) => {
                let ec = sec1::EcPrivateKey::from_der(k.secret_sec1_der())
                    .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
                let curve = ec
                    .parameters
                    .and_then(|p| p.named_curve())
                    .ok_or(errors::GNUTLS_E_ASN1_DER_ERROR)?;
                let inner = sec1::EcPrivateKey { parameters: None, ..ec }.to_der().map_err(err)?;
                let curve_der = curve.to_der().map_err(err)?;
                let info = pkcs8::PrivateKeyInfo {
                    algorithm: spki::AlgorithmIdentifierRef {
                        oid: der::asn1::ObjectIdentifier::new_unwrap(OID_EC),
                        parameters: Some(der::asn1::AnyRef::from_der(&curve_der).map_err(err)?),
                    },
                    private_key: &inner,
                    public_key: None,
                };
                info.to_der().map_err(err)
            }
            _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
        }
    }

    /// gnutls_x509_privkey_export_pkcs8: PKCS#8, in the clear without a
    /// password (or with GNUTLS_PKCS_PLAIN in `flags`), else encrypted with
    /// the scheme the flags select, as GnuTLS (see
    /// [`crate::pkcs12::scheme::Scheme::from_flags`]).
    pub fn export_pkcs8(&self, format: X509Format, password: Option<&str>, flags: u32) -> Result<Vec<u8>, Code> {
        let der = zeroize::Zeroizing::new(self.to_pkcs8()?);
        let (label, out) = match password {
            Some(pass) if flags & crate::pkcs12::scheme::flags::PLAIN == 0 => {
                ("ENCRYPTED PRIVATE KEY", encrypt_pkcs8(&der, pass, flags)?)
            }
            _ => ("PRIVATE KEY", der.to_vec()),
        };
        Ok(match format {
            X509Format::Der => out,
            X509Format::Pem => crate::encoding::pem_encode(label, &out).into_bytes(),
        })
    }

    /// gnutls_x509_privkey_get_key_id: a digest of the public key's SPKI.
    pub fn key_id(&self, flags: u32) -> Result<Vec<u8>, Code> {
        let spki = self.spki().ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
        crt::key_id(&spki, flags)
    }
}

/// An EncryptedPrivateKeyInfo of `der` under the scheme `flags` select.
fn encrypt_pkcs8(der: &[u8], password: &str, flags: u32) -> Result<Vec<u8>, Code> {
    use crate::pkcs12::scheme;
    let (alg, data) = scheme::encrypt(scheme::Scheme::from_flags(flags)?, der, Some(password))?;
    pkcs12::pbe_params::EncryptedPrivateKeyInfo {
        encryption_algorithm: alg,
        encrypted_data: der::asn1::OctetString::new(data).map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?,
    }
    .to_der()
    .map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pkcs12::scheme::{self, flags};

    #[test]
    fn pkcs8_export_follows_the_cipher_flags() {
        let path = format!("{}/tests/certs/pkcs7/rsa.key", env!("CARGO_MANIFEST_DIR"));
        let key = PrivateKey::import(&std::fs::read(path).unwrap(), X509Format::Pem, None).unwrap();
        // A PKCS#12 scheme, which the import must read too.
        let der = key.export_pkcs8(X509Format::Der, Some("pw"), flags::PKCS12_ARCFOUR).unwrap();
        let info = scheme::pkcs8_info(&der, X509Format::Der).unwrap();
        assert_eq!((info.schema, info.iterations), (flags::PKCS12_ARCFOUR, scheme::ITERATIONS));
        let back = PrivateKey::import(&der, X509Format::Der, Some("pw")).unwrap();
        assert_eq!(back.to_pkcs8().unwrap(), key.to_pkcs8().unwrap());
        assert!(PrivateKey::import(&der, X509Format::Der, Some("no")).is_err());
        let plain = key.export_pkcs8(X509Format::Pem, Some("pw"), flags::PLAIN).unwrap();
        assert!(plain.starts_with(b"-----BEGIN PRIVATE KEY-----"));
        assert_eq!(
            scheme::pkcs8_info(&plain, X509Format::Pem),
            Err(errors::GNUTLS_E_INVALID_REQUEST)
        );
    }
}
