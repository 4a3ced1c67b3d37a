//! Writing PKCS#12 files as GnuTLS does: bags filled element by element
//! (gnutls_pkcs12_bag_set_*), encrypted as a whole (bag_encrypt), added to
//! the authenticated safe (set_bag), then the MAC (generate_mac) and the
//! export. Also the read-side descriptions of the MAC and of an encrypted
//! bag (mac_info, bag_enc_info).

use cms::content_info::{CmsVersion, ContentInfo};
use cms::encrypted_data::EncryptedData;
use cms::enveloped_data::EncryptedContentInfo;
use der::asn1::{Any, BmpString, ObjectIdentifier, OctetString, SetOfVec};
use der::{Decode, Encode};
use hmac::{Mac, SimpleHmac};
use pkcs12::cert_type::CertBag;
use pkcs12::digest_info::DigestInfo;
use pkcs12::mac_data::MacData;
use pkcs12::pfx::{Pfx, Version};
use pkcs12::safe_bag::SafeBag;
use spki::AlgorithmIdentifierOwned;
use x509_cert::attr::Attribute;

use super::scheme::{self, EncInfo, Scheme};
use super::{bag_of, bag_type, pbe, Bag, BagElement, Pkcs12};
use super::{OID_DATA, OID_ENCRYPTED_DATA, OID_FRIENDLY_NAME, OID_LOCAL_KEY_ID, OID_X509_CERT, OID_X509_CRL};
use crate::crypto::rnd;
use crate::errors::{self, Code};
use crate::x509::X509Format;

/// GnuTLS keeps up to 32 element slots and refuses to fill the last one.
const MAX_ELEMENTS: usize = 31;
/// The secret type GnuTLS gives secret bags.
const OID_RANDOM_NONCE: &str = "1.2.840.113549.1.9.25.3";

/// gnutls_mac_algorithm_t values the MAC may use.
pub mod mac_id {
    pub const SHA1: i32 = 3;
    pub const SHA256: i32 = 6;
    pub const SHA384: i32 = 7;
    pub const SHA512: i32 = 8;
    pub const SHA224: i32 = 9;
}

const MAC_DIGESTS: [(i32, &str); 5] = [
    (mac_id::SHA1, "1.3.14.3.2.26"),
    (mac_id::SHA224, "2.16.840.1.101.3.4.2.4"),
    (mac_id::SHA256, "2.16.840.1.101.3.4.2.1"),
    (mac_id::SHA384, "2.16.840.1.101.3.4.2.2"),
    (mac_id::SHA512, "2.16.840.1.101.3.4.2.3"),
];

/// The largest gnutls_mac_algorithm_t GnuTLS 3.7.9 names (MAGMA-OMAC is
/// 211, KUZNYECHIK-OMAC 212); the plain hash MACs are 1..=17.
fn is_known_mac(mac: i32) -> bool {
    (1..=17).contains(&mac) || (200..=212).contains(&mac)
}

fn der_err(_: der::Error) -> Code {
    errors::GNUTLS_E_ASN1_DER_ERROR
}

fn oid(s: &str) -> Result<ObjectIdentifier, Code> {
    ObjectIdentifier::new(s).map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)
}

impl Bag {
    /// gnutls_pkcs12_bag_set_data: appends an element of `kind` holding
    /// `data`; returns its index. As GnuTLS, a bag holding just a key (or
    /// an encrypted bag) takes nothing more.
    pub fn set_data(&mut self, kind: i32, data: &[u8]) -> Result<usize, Code> {
        let Bag::Plain(list) = self else {
            return Err(errors::GNUTLS_E_INVALID_REQUEST);
        };
        if list.len() == 1
            && matches!(list[0].kind, bag_type::PKCS8_KEY | bag_type::PKCS8_ENCRYPTED_KEY)
        {
            return Err(errors::GNUTLS_E_INVALID_REQUEST);
        }
        if list.len() >= MAX_ELEMENTS {
            return Err(errors::GNUTLS_E_MEMORY_ERROR);
        }
        list.push(BagElement {
            kind,
            data: data.to_vec(),
            friendly_name: None,
            key_id: None,
        });
        Ok(list.len() - 1)
    }

    fn element_mut(&mut self, index: usize) -> Result<&mut BagElement, Code> {
        match self {
            Bag::Plain(list) => list.get_mut(index).ok_or(errors::GNUTLS_E_INVALID_REQUEST),
            Bag::Encrypted { .. } => Err(errors::GNUTLS_E_INVALID_REQUEST),
        }
    }

    /// gnutls_pkcs12_bag_set_friendly_name
    pub fn set_friendly_name(&mut self, index: usize, name: &str) -> Result<(), Code> {
        // Written as a BMPString: refuse what it cannot hold now.
        BmpString::from_utf8(name).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
        self.element_mut(index)?.friendly_name = Some(name.to_owned());
        Ok(())
    }

    /// gnutls_pkcs12_bag_set_key_id
    pub fn set_key_id(&mut self, index: usize, id: &[u8]) -> Result<(), Code> {
        self.element_mut(index)?.key_id = Some(id.to_vec());
        Ok(())
    }

    /// gnutls_pkcs12_bag_encrypt: the elements become one encrypted
    /// element under the scheme `flags` select ([`Scheme::from_flags`]).
    pub fn encrypt(&mut self, password: Option<&str>, flags: u32) -> Result<(), Code> {
        let Bag::Plain(list) = self else {
            return Err(errors::GNUTLS_E_INVALID_REQUEST);
        };
        let scheme = Scheme::from_flags(flags)?;
        let plain = zeroize::Zeroizing::new(safe_contents_der(list)?);
        let (alg, content) = scheme::encrypt(scheme, &plain, password)?;
        let ed = EncryptedData {
            version: CmsVersion::V0,
            enc_content_info: EncryptedContentInfo {
                content_type: oid(OID_DATA)?,
                content_enc_alg: alg.clone(),
                encrypted_content: Some(OctetString::new(content.clone()).map_err(der_err)?),
            },
            unprotected_attrs: None,
        };
        let der = ed.to_der().map_err(der_err)?;
        *self = Bag::Encrypted { alg, content, der };
        Ok(())
    }

    /// gnutls_pkcs12_bag_enc_info: the scheme of an encrypted bag.
    pub fn enc_info(&self) -> Result<EncInfo, Code> {
        match self {
            Bag::Encrypted { alg, .. } => scheme::info(alg),
            Bag::Plain(_) => Err(errors::GNUTLS_E_INVALID_REQUEST),
        }
    }
}

/// The SafeContents DER of `list`. Elements of a type GnuTLS cannot
/// write (empty, unknown) are left out, as GnuTLS does.
fn safe_contents_der(list: &[BagElement]) -> Result<Vec<u8>, Code> {
    let mut bags = Vec::new();
    for e in list {
        let (bag_id, wrapped) = match e.kind {
            bag_type::PKCS8_KEY => (pkcs12::PKCS_12_KEY_BAG_OID, None),
            bag_type::PKCS8_ENCRYPTED_KEY => (pkcs12::PKCS_12_PKCS8_KEY_BAG_OID, None),
            bag_type::CERTIFICATE => (pkcs12::PKCS_12_CERT_BAG_OID, Some(OID_X509_CERT)),
            bag_type::CRL => (pkcs12::PKCS_12_CRL_BAG_OID, Some(OID_X509_CRL)),
            bag_type::SECRET => (pkcs12::PKCS_12_SECRET_BAG_OID, Some(OID_RANDOM_NONCE)),
            _ => continue,
        };
        // Certificate, CRL and secret bags share one shape: a type OID
        // and the octets.
        let bag_value = match wrapped {
            Some(type_oid) => CertBag {
                cert_id: oid(type_oid)?,
                cert_value: OctetString::new(e.data.clone()).map_err(der_err)?,
            }
            .to_der()
            .map_err(der_err)?,
            None => e.data.clone(),
        };
        let mut attrs = Vec::new();
        if let Some(name) = &e.friendly_name {
            let bmp = BmpString::from_utf8(name).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
            attrs.push(attribute(OID_FRIENDLY_NAME, Any::encode_from(&bmp).map_err(der_err)?)?);
        }
        if let Some(id) = &e.key_id {
            let octets = OctetString::new(id.clone()).map_err(der_err)?;
            attrs.push(attribute(OID_LOCAL_KEY_ID, Any::encode_from(&octets).map_err(der_err)?)?);
        }
        let bag_attributes = if attrs.is_empty() {
            None
        } else {
            Some(SetOfVec::try_from(attrs).map_err(der_err)?)
        };
        bags.push(SafeBag {
            bag_id,
            bag_value,
            bag_attributes,
        });
    }
    bags.to_der().map_err(der_err)
}

fn attribute(type_oid: &str, value: Any) -> Result<Attribute, Code> {
    Ok(Attribute {
        oid: oid(type_oid)?,
        values: SetOfVec::try_from(vec![value]).map_err(der_err)?,
    })
}

/// What gnutls_pkcs12_mac_info reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MacInfo {
    /// gnutls_mac_algorithm_t (0 for a digest GnuTLS does not know).
    pub mac: i32,
    pub salt: Vec<u8>,
    pub iterations: u32,
    /// The digest's OID.
    pub oid: String,
}

impl Pkcs12 {
    /// gnutls_pkcs12_set_bag: appends the bag to the authenticated safe,
    /// as Data (in the clear) or EncryptedData.
    pub fn add_bag(&mut self, bag: &Bag) -> Result<(), Code> {
        let info = match bag {
            Bag::Encrypted { der, .. } => ContentInfo {
                content_type: oid(OID_ENCRYPTED_DATA)?,
                content: Any::from_der(der).map_err(der_err)?,
            },
            Bag::Plain(list) => {
                let octets = OctetString::new(safe_contents_der(list)?).map_err(der_err)?;
                ContentInfo {
                    content_type: oid(OID_DATA)?,
                    content: Any::encode_from(&octets).map_err(der_err)?,
                }
            }
        };
        let read_back = bag_of(&info)?;
        let mut infos = self.infos.clone();
        infos.push(info);
        self.auth_safe = infos.to_der().map_err(der_err)?;
        self.infos = infos;
        self.bags.push(read_back);
        Ok(())
    }

    /// gnutls_pkcs12_generate_mac2: an HMAC with `mac` (a
    /// gnutls_mac_algorithm_t) over the authenticated safe, keyed by the
    /// PKCS#12 derivation of the password over a fresh 8-byte salt.
    pub fn generate_mac(&mut self, mac: i32, password: Option<&str>) -> Result<(), Code> {
        let Some(&(_, digest_oid)) = MAC_DIGESTS.iter().find(|(id, _)| *id == mac) else {
            return Err(if is_known_mac(mac) {
                errors::GNUTLS_E_UNIMPLEMENTED_FEATURE
            } else {
                errors::GNUTLS_E_INVALID_REQUEST
            });
        };
        if self.auth_safe.is_empty() {
            return Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND);
        }
        let mut salt = vec![0u8; 8];
        rnd::fill(rnd::RND_NONCE, &mut salt)?;
        let pass = pbe::bmp_password(password)?;
        let rounds = scheme::ITERATIONS as i32;
        let data = &self.auth_safe;
        let digest = match mac {
            mac_id::SHA1 => hmac_of::<sha1::Sha1>(&pass, &salt, rounds, data),
            mac_id::SHA224 => hmac_of::<sha2::Sha224>(&pass, &salt, rounds, data),
            mac_id::SHA256 => hmac_of::<sha2::Sha256>(&pass, &salt, rounds, data),
            mac_id::SHA384 => hmac_of::<sha2::Sha384>(&pass, &salt, rounds, data),
            _ => hmac_of::<sha2::Sha512>(&pass, &salt, rounds, data),
        }?;
        self.mac_data = Some(MacData {
            mac: DigestInfo {
                algorithm: AlgorithmIdentifierOwned {
                    oid: oid(digest_oid)?,
                    parameters: None,
                },
                digest: OctetString::new(digest).map_err(der_err)?,
            },
            mac_salt: OctetString::new(salt).map_err(der_err)?,
            iterations: rounds,
        });
        Ok(())
    }

    /// gnutls_pkcs12_mac_info
    pub fn mac_info(&self) -> Result<MacInfo, Code> {
        let m = self.mac_data.as_ref().ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
        let oid = m.mac.algorithm.oid.to_string();
        let mac = MAC_DIGESTS
            .iter()
            .find(|(_, o)| *o == oid)
            .map_or(0, |(id, _)| *id);
        Ok(MacInfo {
            mac,
            salt: m.mac_salt.as_bytes().to_vec(),
            iterations: u32::try_from(m.iterations).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?,
            oid,
        })
    }

    /// The PFX DER. As GnuTLS, a structure without bags or without a MAC
    /// cannot be written (GNUTLS_E_ASN1_VALUE_NOT_FOUND).
    pub fn to_der(&self) -> Result<Vec<u8>, Code> {
        let mac_data = self
            .mac_data
            .clone()
            .ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        if self.auth_safe.is_empty() {
            return Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND);
        }
        let octets = OctetString::new(self.auth_safe.clone()).map_err(der_err)?;
        Pfx {
            version: Version::V3,
            auth_safe: ContentInfo {
                content_type: oid(OID_DATA)?,
                content: Any::encode_from(&octets).map_err(der_err)?,
            },
            mac_data: Some(mac_data),
        }
        .to_der()
        .map_err(der_err)
    }

    /// gnutls_pkcs12_export: DER, or PEM with the "PKCS12" label.
    pub fn export(&self, format: X509Format) -> Result<Vec<u8>, Code> {
        let der = self.to_der()?;
        Ok(match format {
            X509Format::Der => der,
            X509Format::Pem => crate::encoding::pem_encode("PKCS12", &der).into_bytes(),
        })
    }
}

fn hmac_of<D>(pass: &[u8], salt: &[u8], rounds: i32, data: &[u8]) -> Result<Vec<u8>, Code>
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
    let mut mac = <SimpleHmac<D> as Mac>::new_from_slice(&key)
        .map_err(|_| errors::GNUTLS_E_INTERNAL_ERROR)?;
    mac.update(data);
    Ok(mac.finalize().into_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cert_der() -> Vec<u8> {
        let path = format!("{}/tests/certs/pkcs7/rsa.pem", env!("CARGO_MANIFEST_DIR"));
        let pem = std::fs::read(path).unwrap();
        crate::encoding::pem_decode(Some("CERTIFICATE"), &pem).unwrap().data
    }

    #[test]
    fn written_file_reads_back() {
        let cert = cert_der();
        let mut bag = Bag::default();
        assert_eq!(bag.set_data(bag_type::CERTIFICATE, &cert), Ok(0));
        assert_eq!(bag.set_data(bag_type::SECRET, b"abc"), Ok(1));
        assert_eq!(bag.set_data(99, b"skipped"), Ok(2));
        bag.set_friendly_name(0, "my cert").unwrap();
        bag.set_key_id(0, &[1, 2, 3]).unwrap();
        assert_eq!(bag.set_key_id(3, &[1]), Err(errors::GNUTLS_E_INVALID_REQUEST));
        let mut enc = bag.clone();
        enc.encrypt(Some("pw"), scheme::flags::PBES2_AES_128).unwrap();
        assert_eq!(enc.enc_info().unwrap().schema, scheme::flags::PBES2_AES_128);
        assert_eq!(enc.encrypt(Some("pw"), 0), Err(errors::GNUTLS_E_INVALID_REQUEST));

        let mut p12 = Pkcs12::default();
        assert_eq!(p12.to_der(), Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND));
        assert_eq!(p12.generate_mac(mac_id::SHA256, Some("pw")), Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND));
        p12.add_bag(&bag).unwrap();
        p12.add_bag(&enc).unwrap();
        assert_eq!(p12.to_der(), Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND));
        assert_eq!(p12.generate_mac(2, Some("pw")), Err(errors::GNUTLS_E_UNIMPLEMENTED_FEATURE));
        assert_eq!(p12.generate_mac(999, Some("pw")), Err(errors::GNUTLS_E_INVALID_REQUEST));
        p12.generate_mac(mac_id::SHA256, Some("pw")).unwrap();
        let back = Pkcs12::from_der(&p12.to_der().unwrap()).unwrap();
        assert_eq!(back.verify_mac(Some("pw")), Ok(()));
        assert_eq!(back.mac_info().unwrap().mac, mac_id::SHA256);
        let plain = back.bag(0).unwrap();
        assert_eq!(plain.count(), 2);
        let e = plain.element(0).unwrap();
        assert_eq!((e.kind, &e.data), (bag_type::CERTIFICATE, &cert));
        assert_eq!(e.friendly_name.as_deref(), Some("my cert"));
        assert_eq!(e.key_id.as_deref(), Some(&[1u8, 2, 3][..]));
        assert_eq!(plain.data(1).unwrap(), b"abc");
        let opened = back.bag(1).unwrap().decrypt(Some("pw")).unwrap();
        assert_eq!(opened.element(0).unwrap().data, cert);
    }

    #[test]
    fn a_key_bag_holds_one_element() {
        let mut bag = Bag::default();
        assert_eq!(bag.set_data(bag_type::PKCS8_KEY, &[0x30, 0]), Ok(0));
        assert_eq!(bag.set_data(bag_type::CERTIFICATE, &[0x30, 0]), Err(errors::GNUTLS_E_INVALID_REQUEST));
    }
}
