//! Certificate extensions read around verification, in the forms
//! gnutls_x509_crt_get_key_purpose_oid, _get_authority_info_access and
//! _get_tlsfeatures hand out, and GnuTLS's TLS feature sets
//! (gnutls_x509_tlsfeatures_t, RFC 7633).

use der::{Decode, Encode};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{AuthorityInfoAccessSyntax, ExtendedKeyUsage};

use super::crt::Crt;
use crate::errors::{self, Code};

const OID_EKU: &str = "2.5.29.37";
const OID_AIA: &str = "1.3.6.1.5.5.7.1.1";
/// The TLS feature extension (RFC 7633).
pub const OID_TLS_FEATURES: &str = "1.3.6.1.5.5.7.1.24";
/// id-ad-ocsp and id-ad-caIssuers.
pub const OID_AD_OCSP: &str = "1.3.6.1.5.5.7.48.1";
pub const OID_AD_CA_ISSUERS: &str = "1.3.6.1.5.5.7.48.2";

fn der_err<E>(_: E) -> Code {
    errors::GNUTLS_E_ASN1_DER_ERROR
}

/// An extension's (criticality, value); GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE
/// when the certificate does not have it.
fn extension<'a>(crt: &'a Crt, oid: &str) -> Result<(bool, &'a [u8]), Code> {
    crt.extensions()
        .into_iter()
        .find(|(o, _, _)| o == oid)
        .map(|(_, critical, value)| (critical, value))
        .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
}

/// The extended key usage OIDs in order, and the extension's criticality.
pub fn key_purposes(crt: &Crt) -> Result<(Vec<String>, bool), Code> {
    let (critical, value) = extension(crt, OID_EKU)?;
    let eku = ExtendedKeyUsage::from_der(value).map_err(der_err)?;
    Ok((eku.0.iter().map(|o| o.to_string()).collect(), critical))
}

/// One AccessDescription of the authority information access extension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessEntry {
    /// The access method OID (id-ad-ocsp, id-ad-caIssuers, ...).
    pub method: String,
    /// The location's GeneralName choice, as the ASN.1 module names it
    /// ("uniformResourceIdentifier", "dNSName", ...).
    pub location_kind: &'static str,
    /// The location when it is a URI.
    pub uri: Option<String>,
}

fn general_name_kind(name: &GeneralName) -> &'static str {
    match name {
        GeneralName::OtherName(_) => "otherName",
        GeneralName::Rfc822Name(_) => "rfc822Name",
        GeneralName::DnsName(_) => "dNSName",
        GeneralName::DirectoryName(_) => "directoryName",
        GeneralName::EdiPartyName(_) => "ediPartyName",
        GeneralName::UniformResourceIdentifier(_) => "uniformResourceIdentifier",
        GeneralName::IpAddress(_) => "iPAddress",
        GeneralName::RegisteredId(_) => "registeredID",
    }
}

/// The authority information access entries and the extension's
/// criticality. GnuTLS refuses a critical one (RFC 5280 requires it not
/// to be): that is GNUTLS_E_CONSTRAINT_ERROR, with the criticality still
/// reported by the C layer.
pub fn authority_info_access(crt: &Crt) -> Result<(Vec<AccessEntry>, bool), Code> {
    let (critical, value) = extension(crt, OID_AIA)?;
    let aia = AuthorityInfoAccessSyntax::from_der(value).map_err(der_err)?;
    let entries = aia
        .0
        .iter()
        .map(|d| AccessEntry {
            method: d.access_method.to_string(),
            location_kind: general_name_kind(&d.access_location),
            uri: match &d.access_location {
                GeneralName::UniformResourceIdentifier(u) => Some(u.to_string()),
                _ => None,
            },
        })
        .collect();
    Ok((entries, critical))
}

/// What gnutls_x509_crt_get_authority_info_access can be asked for
/// (gnutls_info_access_what_t).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessWhat {
    /// GNUTLS_IA_ACCESSMETHOD_OID
    MethodOid,
    /// GNUTLS_IA_ACCESSLOCATION_GENERALNAME_TYPE
    LocationKind,
    /// GNUTLS_IA_URI
    Uri,
    /// GNUTLS_IA_OCSP_URI
    OcspUri,
    /// GNUTLS_IA_CAISSUERS_URI
    CaIssuersUri,
}

impl AccessWhat {
    pub fn from_raw(value: i32) -> Option<Self> {
        match value {
            1 => Some(Self::MethodOid),
            2 => Some(Self::LocationKind),
            106 => Some(Self::Uri),
            10006 => Some(Self::OcspUri),
            10106 => Some(Self::CaIssuersUri),
            _ => None,
        }
    }
}

impl AccessEntry {
    /// The datum GnuTLS returns for `what`: text values (OID, kind) carry
    /// their NUL in the size, URIs do not. Errors: the method is not the
    /// one asked for (GNUTLS_E_UNKNOWN_ALGORITHM), the location is not a
    /// URI (GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE).
    pub fn value(&self, what: AccessWhat) -> Result<Vec<u8>, Code> {
        let with_nul = |s: &str| [s.as_bytes(), &[0]].concat();
        let uri = || {
            self.uri
                .as_ref()
                .map(|u| u.as_bytes().to_vec())
                .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
        };
        let method_is = |oid: &str| {
            if self.method == oid {
                Ok(())
            } else {
                Err(errors::GNUTLS_E_UNKNOWN_ALGORITHM)
            }
        };
        match what {
            AccessWhat::MethodOid => Ok(with_nul(&self.method)),
            AccessWhat::LocationKind => Ok(with_nul(self.location_kind)),
            AccessWhat::Uri => uri(),
            AccessWhat::OcspUri => method_is(OID_AD_OCSP).and_then(|_| uri()),
            AccessWhat::CaIssuersUri => method_is(OID_AD_CA_ISSUERS).and_then(|_| uri()),
        }
    }
}

/// gnutls_x509_crt_set_authority_info_access: the extension value `existing`
/// (if any) with one more entry, `uri` for access method `method`.
/// Errors: a URI that is not IA5 text (GNUTLS_E_INVALID_REQUEST).
pub fn add_access(existing: Option<&[u8]>, method: &str, uri: &str) -> Result<Vec<u8>, Code> {
    let mut list = match existing {
        Some(der) => AuthorityInfoAccessSyntax::from_der(der).map_err(der_err)?.0,
        None => Vec::new(),
    };
    list.push(x509_cert::ext::pkix::AccessDescription {
        access_method: der::asn1::ObjectIdentifier::new(method).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?,
        access_location: GeneralName::UniformResourceIdentifier(
            der::asn1::Ia5String::new(uri).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?,
        ),
    });
    AuthorityInfoAccessSyntax(list).to_der().map_err(der_err)
}

/// The extension OID of authority information access.
pub const OID_AUTHORITY_INFO_ACCESS: &str = OID_AIA;

/// The TLS features a certificate lists (duplicates dropped) and the
/// extension's criticality; GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE without it.
pub fn tls_features(crt: &Crt) -> Result<(Vec<u16>, bool), Code> {
    let (critical, value) = extension(crt, OID_TLS_FEATURES)?;
    let mut set = TlsFeatures::default();
    set.import(value, false)?;
    Ok((set.list, critical))
}

/// A TLS feature INTEGER as a number: negative or above 65535 is refused.
fn feature_number(v: &der::asn1::Int) -> Result<u16, Code> {
    let bytes = v.as_bytes();
    if bytes.first().is_some_and(|b| b & 0x80 != 0) {
        return Err(errors::GNUTLS_E_CERTIFICATE_ERROR);
    }
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    match &bytes[start..] {
        [] => Ok(0),
        [lo] => Ok(u16::from(*lo)),
        [hi, lo] => Ok(u16::from_be_bytes([*hi, *lo])),
        _ => Err(errors::GNUTLS_E_CERTIFICATE_ERROR),
    }
}

/// A set of TLS feature numbers (gnutls_x509_tlsfeatures_t).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TlsFeatures {
    list: Vec<u16>,
}

/// GnuTLS holds at most this many features.
const MAX_FEATURES: usize = 64;

impl TlsFeatures {
    /// gnutls_x509_tlsfeatures_add: appends (duplicates included). Errors:
    /// a value above 65535 (GNUTLS_E_INVALID_REQUEST), a full set
    /// (GNUTLS_E_INTERNAL_ERROR, as GnuTLS reports it).
    pub fn add(&mut self, feature: u32) -> Result<(), Code> {
        let feature = u16::try_from(feature).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?;
        if self.list.len() >= MAX_FEATURES {
            return Err(errors::GNUTLS_E_INTERNAL_ERROR);
        }
        self.list.push(feature);
        Ok(())
    }

    /// gnutls_x509_tlsfeatures_get. Errors: past the end
    /// (GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE).
    pub fn get(&self, index: usize) -> Result<u16, Code> {
        self.list.get(index).copied().ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
    }

    pub fn as_slice(&self) -> &[u16] {
        &self.list
    }

    /// gnutls_x509_ext_import_tlsfeatures: the features of an extension
    /// value, replacing the set or (with `append`) added to it; a feature
    /// already present is not added twice.
    pub fn import(&mut self, der: &[u8], append: bool) -> Result<(), Code> {
        // Each feature is an INTEGER; one beyond 16 bits is refused as
        // GnuTLS does (GNUTLS_E_CERTIFICATE_ERROR), bad DER as DER.
        let values: Vec<der::asn1::Int> = Vec::from_der(der).map_err(der_err)?;
        let values = values.iter().map(feature_number).collect::<Result<Vec<u16>, Code>>()?;
        self.merge(&values, append)
    }

    /// Puts `list` in the set: replacing it, or with `append` adding the
    /// features it lacks (never twice). Errors: more than GnuTLS holds.
    pub fn merge(&mut self, list: &[u16], append: bool) -> Result<(), Code> {
        let mut merged = if append { self.list.clone() } else { Vec::new() };
        for &v in list {
            if !merged.contains(&v) {
                if merged.len() >= MAX_FEATURES {
                    return Err(errors::GNUTLS_E_INTERNAL_ERROR);
                }
                merged.push(v);
            }
        }
        self.list = merged;
        Ok(())
    }

    /// gnutls_x509_ext_export_tlsfeatures: the extension value (a SEQUENCE
    /// OF INTEGER).
    pub fn export(&self) -> Result<Vec<u8>, Code> {
        self.list.to_der().map_err(der_err)
    }

    /// The same as [`export`](Self::export) (the name requests use).
    pub fn to_der(&self) -> Result<Vec<u8>, Code> {
        self.export()
    }

    /// gnutls_x509_crt_get_tlsfeatures: the certificate's features, into
    /// this set as [`import`](Self::import) does; returns the extension's
    /// criticality.
    pub fn import_crt(&mut self, crt: &Crt, append: bool) -> Result<bool, Code> {
        let (list, critical) = tls_features(crt)?;
        self.merge(&list, append)?;
        Ok(critical)
    }

    /// gnutls_x509_tlsfeatures_check_crt: true when the certificate lists
    /// every feature of this set (always, for an empty set).
    pub fn check_crt(&self, crt: &Crt) -> bool {
        if self.list.is_empty() {
            return true;
        }
        let mut theirs = TlsFeatures::default();
        if theirs.import_crt(crt, false).is_err() {
            return false;
        }
        self.list.iter().all(|f| theirs.list.contains(f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::X509Format;

    fn load(path: &str) -> Crt {
        let data = std::fs::read(format!("{}/tests/certs/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        Crt::import(&data, X509Format::Pem).unwrap()
    }

    #[test]
    fn purposes() {
        let (list, critical) = key_purposes(&load("x509more/aia-feat.pem")).unwrap();
        assert_eq!(list, ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2", "1.3.6.1.5.5.7.3.3", "1.2.3.4.5"]);
        assert!(critical);
        assert_eq!(key_purposes(&load("x509/no-ext.pem")), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
    }

    #[test]
    fn access_entries() {
        let (list, critical) = authority_info_access(&load("x509more/aia-feat.pem")).unwrap();
        assert!(!critical);
        assert_eq!(list.len(), 5);
        assert_eq!(list[0].value(AccessWhat::OcspUri).unwrap(), b"http://ocsp1.example.com/");
        assert_eq!(list[0].value(AccessWhat::CaIssuersUri), Err(errors::GNUTLS_E_UNKNOWN_ALGORITHM));
        assert_eq!(list[3].value(AccessWhat::LocationKind).unwrap(), b"dNSName\0");
        assert_eq!(list[3].value(AccessWhat::Uri), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
        assert_eq!(list[4].value(AccessWhat::MethodOid).unwrap(), b"1.2.3.4\0");
    }

    #[test]
    fn access_added() {
        let one = add_access(None, OID_AD_OCSP, "http://ocsp.example.com/").unwrap();
        let two = add_access(Some(&one), OID_AD_CA_ISSUERS, "http://ca.example.com/ca.crt").unwrap();
        let list = AuthorityInfoAccessSyntax::from_der(&two).unwrap().0;
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].access_method.to_string(), OID_AD_CA_ISSUERS);
        assert!(add_access(None, OID_AD_OCSP, "http://é/").is_err());
    }

    #[test]
    fn features() {
        let mut f = TlsFeatures::default();
        for v in [5, 5, 17] {
            f.add(v).unwrap();
        }
        assert_eq!(f.export().unwrap(), [0x30, 9, 2, 1, 5, 2, 1, 5, 2, 1, 17]);
        assert_eq!(f.add(70000), Err(errors::GNUTLS_E_INVALID_REQUEST));
        let mut g = TlsFeatures::default();
        g.import(&f.export().unwrap(), false).unwrap();
        assert_eq!(g.as_slice(), [5, 17]);
        assert_eq!(g.import(&[0x30, 5, 2, 3, 1, 0, 0], false), Err(errors::GNUTLS_E_CERTIFICATE_ERROR));
        let crt = load("x509more/aia-feat.pem");
        assert!(g.check_crt(&crt));
        g.add(99).unwrap();
        assert!(!g.check_crt(&crt));
        assert!(TlsFeatures::default().check_crt(&load("x509/no-ext.pem")));
        let mut full = TlsFeatures::default();
        for i in 0..64 {
            full.add(i).unwrap();
        }
        assert_eq!(full.add(1), Err(errors::GNUTLS_E_INTERNAL_ERROR));
    }
}
