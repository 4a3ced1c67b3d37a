//! PKCS#12 files (gnutls_pkcs12_*): import, MAC verification, the bags and
//! their elements, and the "simple parse" that finds a key, its
//! certificate chain and other certificates; and writing them ([`write`]:
//! bags filled and encrypted, MAC, export). Structures come from the
//! pkcs12/cms crates; decryption is in [`pbe`], encryption in [`scheme`].

pub mod pbe;
pub mod scheme;
pub mod write;

use cms::content_info::ContentInfo;
use cms::encrypted_data::EncryptedData;
use der::asn1::{AnyRef, BmpString, OctetString};
use der::{Decode, Encode};
use hmac::{Mac, SimpleHmac};
use pkcs12::pfx::Pfx;
use pkcs12::safe_bag::SafeBag;
use spki::AlgorithmIdentifierOwned;

use crate::errors::{self, Code};
use crate::x509::crl::Crl;
use crate::x509::crt::Crt;
use crate::x509::privkey::PrivateKey;
use crate::x509::{load, X509Format};

const OID_DATA: &str = "1.2.840.113549.1.7.1";
const OID_ENCRYPTED_DATA: &str = "1.2.840.113549.1.7.6";
const OID_FRIENDLY_NAME: &str = "1.2.840.113549.1.9.20";
const OID_LOCAL_KEY_ID: &str = "1.2.840.113549.1.9.21";
const OID_X509_CERT: &str = "1.2.840.113549.1.9.22.1";
const OID_X509_CRL: &str = "1.2.840.113549.1.9.23.1";

/// gnutls_pkcs12_bag_type_t
pub mod bag_type {
    pub const EMPTY: i32 = 0;
    pub const PKCS8_ENCRYPTED_KEY: i32 = 1;
    pub const PKCS8_KEY: i32 = 2;
    pub const CERTIFICATE: i32 = 3;
    pub const CRL: i32 = 4;
    pub const SECRET: i32 = 5;
    pub const ENCRYPTED: i32 = 10;
    pub const UNKNOWN: i32 = 20;
}

/// One element of a bag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BagElement {
    /// A [`bag_type`] value.
    pub kind: i32,
    /// The element's data as GnuTLS hands it out: the certificate or CRL
    /// DER for certificate/CRL bags, the (encrypted) PKCS#8 DER for keys.
    pub data: Vec<u8>,
    pub friendly_name: Option<String>,
    pub key_id: Option<Vec<u8>>,
}

/// One bag (one ContentInfo of the authenticated safe).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bag {
    /// Still encrypted: the scheme and the EncryptedData DER.
    Encrypted {
        alg: AlgorithmIdentifierOwned,
        content: Vec<u8>,
        der: Vec<u8>,
    },
    Plain(Vec<BagElement>),
}

impl Default for Bag {
    fn default() -> Self {
        Bag::Plain(Vec::new())
    }
}

impl Bag {
    pub fn count(&self) -> usize {
        match self {
            Bag::Encrypted { .. } => 1,
            Bag::Plain(list) => list.len(),
        }
    }

    /// The [`bag_type`] of element `index`.
    pub fn kind(&self, index: usize) -> Result<i32, Code> {
        match self {
            Bag::Encrypted { .. } if index == 0 => Ok(bag_type::ENCRYPTED),
            Bag::Plain(list) => list
                .get(index)
                .map(|e| e.kind)
                .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE),
            _ => Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE),
        }
    }

    pub fn data(&self, index: usize) -> Result<&[u8], Code> {
        match self {
            Bag::Encrypted { der, .. } if index == 0 => Ok(der),
            Bag::Plain(list) => list
                .get(index)
                .map(|e| e.data.as_slice())
                .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE),
            _ => Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE),
        }
    }

    pub fn element(&self, index: usize) -> Result<&BagElement, Code> {
        match self {
            Bag::Plain(list) => list
                .get(index)
                .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE),
            Bag::Encrypted { .. } => Err(errors::GNUTLS_E_INVALID_REQUEST),
        }
    }

    /// gnutls_pkcs12_bag_decrypt: an encrypted bag becomes its elements.
    pub fn decrypt(&self, password: Option<&str>) -> Result<Bag, Code> {
        let Bag::Encrypted { alg, content, .. } = self else {
            return Err(errors::GNUTLS_E_INVALID_REQUEST);
        };
        let plain = pbe::decrypt(alg, content, password)?;
        Ok(Bag::Plain(safe_contents(&plain)?))
    }
}

/// A decoded PKCS#12 structure (or one being written: empty by default).
#[derive(Clone, Debug, Default)]
pub struct Pkcs12 {
    mac_data: Option<pkcs12::mac_data::MacData>,
    /// The authenticated safe's bytes (what the MAC covers); empty until
    /// imported or given a bag.
    auth_safe: Vec<u8>,
    /// The authenticated safe's ContentInfos, one per bag.
    infos: Vec<ContentInfo>,
    bags: Vec<Bag>,
}

impl Pkcs12 {
    /// gnutls_pkcs12_import: DER, or PEM with the "PKCS12" label.
    pub fn import(data: &[u8], format: X509Format) -> Result<Self, Code> {
        match format {
            X509Format::Der => Self::from_der(data),
            X509Format::Pem => {
                let block = crate::encoding::pem_decode(Some("PKCS12"), data)?;
                Self::from_der(&block.data)
            }
        }
    }

    pub fn from_der(der: &[u8]) -> Result<Self, Code> {
        let pfx = Pfx::from_der(der).map_err(|e| load::der_error_code(&e))?;
        if pfx.auth_safe.content_type.to_string() != OID_DATA {
            return Err(errors::GNUTLS_E_UNKNOWN_PKCS_CONTENT_TYPE);
        }
        let auth_safe = pfx
            .auth_safe
            .content
            .decode_as::<OctetString>()
            .map_err(|e| load::der_error_code(&e))?
            .as_bytes()
            .to_vec();
        let infos: Vec<ContentInfo> =
            Vec::<ContentInfo>::from_der(&auth_safe).map_err(|e| load::der_error_code(&e))?;
        let bags = infos.iter().map(bag_of).collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            mac_data: pfx.mac_data,
            auth_safe,
            infos,
            bags,
        })
    }

    pub fn bags(&self) -> &[Bag] {
        &self.bags
    }

    /// gnutls_pkcs12_get_bag
    pub fn bag(&self, index: usize) -> Result<&Bag, Code> {
        self.bags
            .get(index)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
    }

    /// gnutls_pkcs12_verify_mac: the HMAC over the authenticated safe with
    /// a key derived from the password (RFC 7292 appendix B, id 3).
    pub fn verify_mac(&self, password: Option<&str>) -> Result<(), Code> {
        let mac = self
            .mac_data
            .as_ref()
            .ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
        let pass = pbe::bmp_password(password)?;
        let salt = mac.mac_salt.as_bytes();
        let rounds = mac.iterations;
        let expected = mac.mac.digest.as_bytes();
        let ok = match mac.mac.algorithm.oid.to_string().as_str() {
            "1.3.14.3.2.26" => {
                hmac_matches::<sha1::Sha1>(&pass, salt, rounds, &self.auth_safe, expected)
            }
            "2.16.840.1.101.3.4.2.4" => {
                hmac_matches::<sha2::Sha224>(&pass, salt, rounds, &self.auth_safe, expected)
            }
            "2.16.840.1.101.3.4.2.1" => {
                hmac_matches::<sha2::Sha256>(&pass, salt, rounds, &self.auth_safe, expected)
            }
            "2.16.840.1.101.3.4.2.2" => {
                hmac_matches::<sha2::Sha384>(&pass, salt, rounds, &self.auth_safe, expected)
            }
            "2.16.840.1.101.3.4.2.3" => {
                hmac_matches::<sha2::Sha512>(&pass, salt, rounds, &self.auth_safe, expected)
            }
            _ => return Err(errors::GNUTLS_E_UNKNOWN_HASH_ALGORITHM),
        };
        if ok {
            Ok(())
        } else {
            Err(errors::GNUTLS_E_MAC_VERIFY_FAILED)
        }
    }

    /// gnutls_pkcs12_simple_parse: see [`SimpleParse`].
    pub fn simple_parse(
        &self,
        password: Option<&str>,
        include_self_signed: bool,
    ) -> Result<SimpleParse, Code> {
        let mut key: Option<PrivateKey> = None;
        let mut certs: Vec<(Crt, Option<Vec<u8>>)> = Vec::new();
        let mut crl: Option<Crl> = None;
        for bag in &self.bags {
            let plain;
            let bag = match bag {
                Bag::Encrypted { .. } => {
                    plain = bag.decrypt(password)?;
                    &plain
                }
                b => b,
            };
            let Bag::Plain(elements) = bag else { continue };
            for e in elements {
                match e.kind {
                    bag_type::PKCS8_ENCRYPTED_KEY | bag_type::PKCS8_KEY if key.is_none() => {
                        key = Some(decode_key(e, password)?);
                    }
                    bag_type::CERTIFICATE => {
                        certs.push((Crt::from_der(&e.data)?, e.key_id.clone()))
                    }
                    bag_type::CRL if crl.is_none() => crl = Some(Crl::from_der(&e.data)?),
                    _ => {}
                }
            }
        }
        let key = key.ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        // The leaf is the certificate holding the key's public half.
        let key_bits = key.spki().and_then(|s| load::spki_key_bits(&s));
        let leaf_pos = certs
            .iter()
            .position(|(c, _)| key_bits.is_some() && load::spki_key_bits(c.spki()) == key_bits)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let mut rest: Vec<Crt> = certs.into_iter().map(|(c, _)| c).collect();
        let mut chain = vec![rest.remove(leaf_pos)];
        // Then its issuers, in order, as long as they are in the file.
        loop {
            let last = &chain[chain.len() - 1];
            if last.raw_issuer() == last.raw_subject() {
                break;
            }
            let Some(i) = rest.iter().position(|c| last.issued_by(c)) else {
                break;
            };
            let is_self_signed = rest[i].raw_issuer() == rest[i].raw_subject();
            if is_self_signed && !include_self_signed {
                break;
            }
            chain.push(rest.remove(i));
        }
        Ok(SimpleParse {
            key,
            chain,
            extra: rest,
            crl,
        })
    }
}

/// What gnutls_pkcs12_simple_parse finds.
#[derive(Debug)]
pub struct SimpleParse {
    pub key: PrivateKey,
    /// The key's certificate first, then its issuers found in the file.
    pub chain: Vec<Crt>,
    /// The other certificates.
    pub extra: Vec<Crt>,
    pub crl: Option<Crl>,
}

fn decode_key(e: &BagElement, password: Option<&str>) -> Result<PrivateKey, Code> {
    if e.kind == bag_type::PKCS8_KEY {
        return PrivateKey::import(&e.data, X509Format::Der, None);
    }
    // pkcs12's EncryptedPrivateKeyInfo keeps any scheme (pkcs8's knows PBES1/2 only).
    let info = pkcs12::pbe_params::EncryptedPrivateKeyInfo::from_der(&e.data)
        .map_err(|err| load::der_error_code(&err))?;
    let plain = zeroize::Zeroizing::new(pbe::decrypt(
        &info.encryption_algorithm,
        info.encrypted_data.as_bytes(),
        password,
    )?);
    PrivateKey::import(&plain, X509Format::Der, None)
}

fn hmac_matches<D>(pass: &[u8], salt: &[u8], rounds: i32, data: &[u8], expected: &[u8]) -> bool
where
    D: digest::Digest + digest::FixedOutputReset + digest::core_api::BlockSizeUser + Clone,
{
    let len = <D as digest::Digest>::output_size();
    let key = zeroize::Zeroizing::new(pkcs12::kdf::derive_key::<D>(
        pass,
        salt,
        pkcs12::kdf::Pkcs12KeyType::Mac,
        rounds,
        len,
    ));
    let Ok(mut mac) = <SimpleHmac<D> as Mac>::new_from_slice(&key) else {
        return false;
    };
    mac.update(data);
    mac.verify_slice(expected).is_ok()
}

fn bag_of(info: &ContentInfo) -> Result<Bag, Code> {
    let der_err = |e: der::Error| load::der_error_code(&e);
    match info.content_type.to_string().as_str() {
        OID_DATA => {
            let octets = info.content.decode_as::<OctetString>().map_err(der_err)?;
            Ok(Bag::Plain(safe_contents(octets.as_bytes())?))
        }
        // An encrypted bag keeps its EncryptedData as GnuTLS hands it out.
        OID_ENCRYPTED_DATA => {
            let ed: EncryptedData = info.content.decode_as().map_err(der_err)?;
            let content = ed
                .enc_content_info
                .encrypted_content
                .as_ref()
                .map(|o| o.as_bytes().to_vec())
                .unwrap_or_default();
            let der = ed.to_der().map_err(der_err)?;
            Ok(Bag::Encrypted {
                alg: ed.enc_content_info.content_enc_alg,
                content,
                der,
            })
        }
        _ => Err(errors::GNUTLS_E_UNKNOWN_PKCS_CONTENT_TYPE),
    }
}

/// Decodes SafeContents into bag elements.
fn safe_contents(der: &[u8]) -> Result<Vec<BagElement>, Code> {
    let bags: Vec<SafeBag> = Vec::<SafeBag>::from_der(der).map_err(|e| load::der_error_code(&e))?;
    bags.iter().map(element_of).collect()
}

fn element_of(bag: &SafeBag) -> Result<BagElement, Code> {
    let der_err = |e: der::Error| load::der_error_code(&e);
    // bag_value is the [0] EXPLICIT wrapper: its content is the value's TLV.
    let wrapper = AnyRef::from_der(&bag.bag_value).map_err(der_err)?;
    let value = wrapper.value();
    let oid = bag.bag_id;
    let (kind, data) = if oid == pkcs12::PKCS_12_KEY_BAG_OID {
        (bag_type::PKCS8_KEY, value.to_vec())
    } else if oid == pkcs12::PKCS_12_PKCS8_KEY_BAG_OID {
        (bag_type::PKCS8_ENCRYPTED_KEY, value.to_vec())
    } else if oid == pkcs12::PKCS_12_CERT_BAG_OID || oid == pkcs12::PKCS_12_CRL_BAG_OID {
        let cb = pkcs12::cert_type::CertBag::from_der(value).map_err(der_err)?;
        let expected = if oid == pkcs12::PKCS_12_CERT_BAG_OID {
            OID_X509_CERT
        } else {
            OID_X509_CRL
        };
        if cb.cert_id.to_string() != expected {
            return Err(errors::GNUTLS_E_UNKNOWN_PKCS_BAG_TYPE);
        }
        let kind = if oid == pkcs12::PKCS_12_CERT_BAG_OID {
            bag_type::CERTIFICATE
        } else {
            bag_type::CRL
        };
        (kind, cb.cert_value.as_bytes().to_vec())
    } else if oid == pkcs12::PKCS_12_SECRET_BAG_OID {
        // A SecretBag has the CertBag's shape: the secret is its octets.
        let secret = pkcs12::cert_type::CertBag::from_der(value)
            .map(|sb| sb.cert_value.as_bytes().to_vec())
            .unwrap_or_else(|_| value.to_vec());
        (bag_type::SECRET, secret)
    } else {
        (bag_type::UNKNOWN, value.to_vec())
    };
    let mut element = BagElement {
        kind,
        data,
        friendly_name: None,
        key_id: None,
    };
    for attr in bag.bag_attributes.iter().flat_map(|set| set.iter()) {
        let Some(v) = attr.values.iter().next() else {
            continue;
        };
        match attr.oid.to_string().as_str() {
            OID_FRIENDLY_NAME => {
                element.friendly_name = v.decode_as::<BmpString>().ok().map(|s| s.to_string())
            }
            OID_LOCAL_KEY_ID => {
                element.key_id = v
                    .decode_as::<OctetString>()
                    .ok()
                    .map(|o| o.as_bytes().to_vec())
            }
            _ => {}
        }
    }
    Ok(element)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(name: &str) -> Pkcs12 {
        let path = format!("{}/tests/certs/pkcs12/{name}", env!("CARGO_MANIFEST_DIR"));
        Pkcs12::import(&std::fs::read(path).unwrap(), X509Format::Der).unwrap()
    }

    #[test]
    fn every_encoding_parses_with_the_password() {
        for name in ["aes.p12", "legacy.p12", "3des.p12", "clearcerts.p12", "gnutls.p12"] {
            let p12 = load(name);
            assert_eq!(p12.verify_mac(Some("secret")), Ok(()), "{name}");
            assert_eq!(
                p12.verify_mac(Some("wrong")),
                Err(errors::GNUTLS_E_MAC_VERIFY_FAILED),
                "{name}"
            );
            let parsed = p12
                .simple_parse(Some("secret"), false)
                .map_err(|e| format!("{name}: {e}"))
                .unwrap();
            assert_eq!(parsed.chain.len(), 1, "{name}");
            assert_eq!(parsed.extra.len(), 1, "{name}");
            let parsed = p12.simple_parse(Some("secret"), true).unwrap();
            assert_eq!(parsed.chain.len(), 2, "{name}");
            assert!(p12.simple_parse(Some("wrong"), false).is_err(), "{name}");
        }
    }

    #[test]
    fn bags() {
        let p12 = load("aes.p12");
        assert_eq!(p12.bags().len(), 2);
        let certs = p12.bag(0).unwrap();
        assert_eq!(certs.kind(0), Ok(bag_type::ENCRYPTED));
        let plain = certs.decrypt(Some("secret")).unwrap();
        assert_eq!(plain.count(), 2);
        assert_eq!(plain.kind(0), Ok(bag_type::CERTIFICATE));
        assert_eq!(
            plain.element(0).unwrap().friendly_name.as_deref(),
            Some("good server")
        );
        assert_eq!(
            certs.decrypt(Some("wrong")),
            Err(errors::GNUTLS_E_DECRYPTION_FAILED)
        );
        let key = p12.bag(1).unwrap();
        assert_eq!(key.kind(0), Ok(bag_type::PKCS8_ENCRYPTED_KEY));
        assert!(p12.bag(2).is_err());
    }

    #[test]
    fn empty_password() {
        let p12 = load("nopass.p12");
        assert_eq!(p12.verify_mac(Some("")), Ok(()));
        assert!(p12.simple_parse(Some(""), false).is_ok());
    }
}
