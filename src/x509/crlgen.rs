//! CRL generation (gnutls_x509_crl_set_* then gnutls_x509_crl_sign2 or
//! gnutls_x509_crl_privkey_sign): a [`CrlDraft`] collects the fields as
//! x509-cert types, then is encoded and signed by the issuer's key, with
//! GnuTLS's encoding choices so that an RSA PKCS#1 v1.5 CRL made from the
//! same inputs is byte-identical: the version always written, an empty
//! revoked list written as an empty SEQUENCE, extensions in the order set.

use der::asn1::{BitString, Int, ObjectIdentifier, OctetString};
use der::{Decode, Encode};
use x509_cert::certificate::Version;
use x509_cert::crl::{CertificateList, RevokedCert, TbsCertList};
use x509_cert::ext::pkix::AuthorityKeyIdentifier;
use x509_cert::ext::Extension;
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::Time;

use super::certgen::{signature_algorithm, signing_hash, time};
use super::crl::Crl;
use super::pksign;
use super::privkey::PrivateKey;
use crate::errors::{self, Code};

const OID_CRL_NUMBER: &str = "2.5.29.20";
const OID_AKI: &str = "2.5.29.35";

fn der_err<E>(_: E) -> Code {
    errors::GNUTLS_E_ASN1_DER_ERROR
}

/// The fields of a CRL being made (or of an imported one being changed).
#[derive(Clone, Debug, Default)]
pub struct CrlDraft {
    version: Option<Version>,
    this_update: Option<Time>,
    next_update: Option<Time>,
    revoked: Vec<RevokedCert>,
    extensions: Vec<Extension>,
    /// Started from an imported CRL: GnuTLS 3.7.9 cannot add extensions
    /// to one that has none (it reports GNUTLS_E_ASN1_ELEMENT_NOT_FOUND).
    imported: bool,
}

/// A two's complement big-endian integer without its redundant leading
/// bytes, as GnuTLS's ASN.1 writer stores it.
fn minimal_int(bytes: &[u8]) -> &[u8] {
    let mut b = bytes;
    while b.len() > 1 && ((b[0] == 0 && b[1] & 0x80 == 0) || (b[0] == 0xff && b[1] & 0x80 != 0)) {
        b = &b[1..];
    }
    b
}

impl CrlDraft {
    /// A draft holding the fields of an imported CRL, so that setters add
    /// to it and re-signing keeps the rest.
    pub fn from_crl(crl: &Crl) -> Self {
        let tbs = &crl.certificate_list().tbs_cert_list;
        Self {
            version: Some(tbs.version),
            this_update: Some(tbs.this_update),
            next_update: tbs.next_update,
            revoked: tbs.revoked_certificates.clone().unwrap_or_default(),
            extensions: tbs.crl_extensions.clone().unwrap_or_default(),
            imported: true,
        }
    }

    /// gnutls_x509_crl_set_version: 1 or 2 (0 counts as 1, as in GnuTLS).
    pub fn set_version(&mut self, version: u32) -> Result<(), Code> {
        self.version = Some(match version {
            0 | 1 => Version::V1,
            2 => Version::V2,
            3 => Version::V3,
            _ => return Err(errors::GNUTLS_E_INVALID_REQUEST),
        });
        Ok(())
    }

    /// The version set so far (1-based), if any.
    pub fn version(&self) -> Option<i32> {
        self.version.map(|v| v as i32 + 1)
    }

    /// This update set so far, in seconds since the epoch.
    pub fn this_update(&self) -> Option<i64> {
        self.this_update.map(|t| t.to_unix_duration().as_secs() as i64)
    }

    /// Next update set so far, in seconds since the epoch.
    pub fn next_update(&self) -> Option<i64> {
        self.next_update.map(|t| t.to_unix_duration().as_secs() as i64)
    }

    pub fn set_this_update(&mut self, t: i64) -> Result<(), Code> {
        self.this_update = Some(time(t)?);
        Ok(())
    }

    pub fn set_next_update(&mut self, t: i64) -> Result<(), Code> {
        self.next_update = Some(time(t)?);
        Ok(())
    }

    /// gnutls_x509_crl_set_crt_serial / set_crt: one more revoked serial.
    pub fn add_revoked(&mut self, serial: &[u8], revoked_at: i64) -> Result<(), Code> {
        self.revoked.push(RevokedCert {
            serial_number: SerialNumber::new(serial).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?,
            revocation_date: time(revoked_at)?,
            crl_entry_extensions: None,
        });
        Ok(())
    }

    /// How many certificates the draft revokes.
    pub fn revoked_count(&self) -> usize {
        self.revoked.len()
    }

    /// Sets an extension (not critical), replacing one with the same OID.
    fn set_extension(&mut self, oid_text: &str, value: Vec<u8>) -> Result<(), Code> {
        if self.imported && self.extensions.is_empty() {
            return Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND);
        }
        let ext = Extension {
            extn_id: ObjectIdentifier::new(oid_text).map_err(der_err)?,
            critical: false,
            extn_value: OctetString::new(value).map_err(der_err)?,
        };
        match self.extensions.iter_mut().find(|e| e.extn_id == ext.extn_id) {
            Some(old) => *old = ext,
            None => self.extensions.push(ext),
        }
        Ok(())
    }

    /// gnutls_x509_crl_set_number: the CRL number extension.
    pub fn set_number(&mut self, number: &[u8]) -> Result<(), Code> {
        if number.is_empty() {
            return Err(errors::GNUTLS_E_INVALID_REQUEST);
        }
        let n = Int::new(minimal_int(number)).map_err(der_err)?;
        self.set_extension(OID_CRL_NUMBER, n.to_der().map_err(der_err)?)
    }

    /// gnutls_x509_crl_set_authority_key_id: the key identifier form.
    pub fn set_authority_key_id(&mut self, id: &[u8]) -> Result<(), Code> {
        let aki = AuthorityKeyIdentifier {
            key_identifier: Some(OctetString::new(id).map_err(der_err)?),
            authority_cert_issuer: None,
            authority_cert_serial_number: None,
        };
        self.set_extension(OID_AKI, aki.to_der().map_err(der_err)?)
    }

    /// Signs the draft as `issuer` (its Name DER) with `key` using `hash`
    /// (0: the key's default). GnuTLS needs the version and this update set.
    pub fn sign(&self, issuer: &[u8], key: &PrivateKey, hash: i32) -> Result<Crl, Code> {
        let version = self.version.ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        let this_update = self.this_update.ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?;
        let key_pk = key.pk_algorithm();
        let sign_id = pksign::sign_algorithm_for(key_pk, signing_hash(key_pk, hash)?, false)?;
        let algorithm = signature_algorithm(sign_id)?;
        let tbs = TbsCertList {
            version,
            signature: algorithm.clone(),
            issuer: Name::from_der(issuer).map_err(der_err)?,
            this_update,
            next_update: self.next_update,
            revoked_certificates: Some(self.revoked.clone()),
            crl_extensions: (!self.extensions.is_empty()).then(|| self.extensions.clone()),
        };
        let tbs_der = tbs.to_der().map_err(der_err)?;
        let sig = pksign::sign_data(key, sign_id, &tbs_der)?;
        let crl = CertificateList {
            tbs_cert_list: tbs,
            signature_algorithm: algorithm,
            signature: BitString::from_bytes(&sig).map_err(der_err)?,
        };
        Crl::from_der(&crl.to_der().map_err(der_err)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algorithms::pk;
    use crate::x509::certgen::CertDraft;
    use crate::x509::keygen;

    #[test]
    fn integers_lose_redundant_leading_bytes() {
        assert_eq!(minimal_int(&[0, 7]), [7]);
        assert_eq!(minimal_int(&[0, 0x80]), [0, 0x80]);
        assert_eq!(minimal_int(&[0xff, 0xff, 0x80]), [0x80]);
        assert_eq!(minimal_int(&[0]), [0]);
    }

    #[test]
    fn signed_crls_parse_back_and_verify() {
        let key = keygen::generate(pk::ECDSA, 256).unwrap();
        let mut ca = CertDraft::default();
        ca.add_subject_attribute("2.5.4.3", false, b"CRL CA").unwrap();
        ca.set_spki(&key.spki().unwrap()).unwrap();
        let name = ca.subject_der().unwrap();
        let ca = ca.sign(&name, &key, 0).unwrap();

        let mut d = CrlDraft::default();
        // Version and this update are required.
        assert_eq!(d.sign(&name, &key, 0).unwrap_err(), errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND);
        d.set_version(2).unwrap();
        d.set_this_update(1_700_000_000).unwrap();
        d.set_next_update(1_710_000_000).unwrap();
        d.add_revoked(&[0x20, 0x03], 1_650_000_000).unwrap();
        d.add_revoked(&[0x42], 1_660_000_000).unwrap();
        d.set_number(&[0, 7]).unwrap();
        let crl = d.sign(&name, &key, 0).unwrap();
        assert_eq!(crl.version(), 2);
        assert_eq!(crl.this_update(), 1_700_000_000);
        assert_eq!(crl.next_update(), 1_710_000_000);
        assert_eq!(crl.crt_count(), 2);
        assert_eq!(crl.crt_serial(1).unwrap(), (vec![0x42], 1_660_000_000));
        assert_eq!(crl.number().unwrap().0, [7]);
        assert!(crl.issued_by(&ca));
        // Changing an imported CRL keeps what it had.
        let mut again = CrlDraft::from_crl(&crl);
        again.add_revoked(&[9], 1_670_000_000).unwrap();
        // An imported CRL with extensions takes more.
        again.set_number(&[8]).unwrap();
        // GnuTLS cannot add extensions to an imported CRL without any.
        d.extensions.clear();
        let bare = d.sign(&name, &key, 0).unwrap();
        assert_eq!(CrlDraft::from_crl(&bare).set_number(&[8]), Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND));
        assert_eq!(again.this_update(), Some(1_700_000_000));
        assert_eq!(again.revoked_count(), 3);
        assert_eq!(again.version(), Some(2));
    }
}
