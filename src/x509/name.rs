//! A Distinguished Name as a value of its own (GnuTLS's gnutls_x509_dn_t):
//! imported from DER or taken from a certificate, read back RDN by RDN
//! and attribute by attribute, printed and exported.

use der::asn1::AnyRef;
use der::Decode;
use x509_cert::name::Name;

use super::dn::{self, DnOrder};
use super::X509Format;
use crate::errors::{self, Code};

/// One attribute (type and value) of an RDN, in the form
/// gnutls_x509_dn_get_rdn_ava lends it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ava {
    /// The dotted OID text followed by a NUL (GnuTLS counts the NUL in
    /// the size it reports).
    pub oid: Vec<u8>,
    /// The value's content octets (no tag, no length).
    pub value: Vec<u8>,
    /// The value's ASN.1 tag number (12 for UTF8String, 19 Printable...).
    pub tag: u32,
}

/// A decoded Name: its DER and its attributes, RDN by RDN in encoded order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnValue {
    der: Vec<u8>,
    rdns: Vec<Vec<Ava>>,
}

impl DnValue {
    /// Decodes a DER Name. Errors: GNUTLS_E_ASN1_DER_ERROR.
    pub fn from_der(der: &[u8]) -> Result<Self, Code> {
        let name = Name::from_der(der).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        let mut rdns = Vec::with_capacity(name.0.len());
        for rdn in name.0.iter() {
            let mut avas = Vec::with_capacity(rdn.0.len());
            for atv in rdn.0.iter() {
                let value = AnyRef::from(&atv.value);
                let mut oid = atv.oid.to_string().into_bytes();
                oid.push(0);
                avas.push(Ava {
                    oid,
                    value: value.value().to_vec(),
                    tag: u32::from(der::Tagged::tag(&value).number().value()),
                });
            }
            rdns.push(avas);
        }
        // The bytes as given: a certificate's multi-valued RDNs are not
        // always in DER order, and exports must not reorder them.
        Ok(Self {
            der: der.to_vec(),
            rdns,
        })
    }

    /// The empty Name (a fresh gnutls_x509_dn_init).
    pub fn empty() -> Self {
        Self {
            der: vec![0x30, 0x00],
            rdns: Vec::new(),
        }
    }

    pub fn der(&self) -> &[u8] {
        &self.der
    }

    /// The `iava`th attribute of the `irdn`th RDN. Errors:
    /// GNUTLS_E_ASN1_ELEMENT_NOT_FOUND when either index is out of range.
    pub fn ava(&self, irdn: usize, iava: usize) -> Result<&Ava, Code> {
        self.rdns
            .get(irdn)
            .and_then(|r| r.get(iava))
            .ok_or(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND)
    }

    /// The Name as text (see [`dn::format`]). Errors: an empty Name has
    /// no text (GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE).
    pub fn text(&self, order: DnOrder) -> Result<String, Code> {
        if self.rdns.is_empty() {
            return Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
        }
        dn::format(&self.der, order)
    }

    /// DER, or PEM under the label "NAME".
    pub fn export(&self, format: X509Format) -> Vec<u8> {
        match format {
            X509Format::Der => self.der.clone(),
            X509Format::Pem => crate::encoding::pem_encode("NAME", &self.der).into_bytes(),
        }
    }
}

/// Attribute types gnutls_x509_dn_oid_known recognises, with the short
/// name gnutls_x509_dn_oid_name gives (None: known, but nameless).
/// Measured against GnuTLS 3.7.9.
const KNOWN_ATTRIBUTES: &[(&str, Option<&str>)] = &[
    ("2.5.4.6", Some("C")),
    ("2.5.4.10", Some("O")),
    ("2.5.4.11", Some("OU")),
    ("2.5.4.3", Some("CN")),
    ("2.5.4.7", Some("L")),
    ("2.5.4.8", Some("ST")),
    ("2.5.4.9", Some("street")),
    ("2.5.4.17", Some("postalCode")),
    ("2.5.4.12", Some("title")),
    ("2.5.4.41", Some("name")),
    ("2.5.4.5", Some("serialNumber")),
    ("2.5.4.4", Some("surName")),
    ("2.5.4.42", Some("givenName")),
    ("2.5.4.43", Some("initials")),
    ("2.5.4.44", Some("generationQualifier")),
    ("2.5.4.46", Some("dnQualifier")),
    ("2.5.4.65", Some("pseudonym")),
    ("2.5.4.13", Some("description")),
    ("2.5.4.15", Some("businessCategory")),
    ("2.5.4.20", Some("telephoneNumber")),
    ("0.9.2342.19200300.100.1.1", Some("UID")),
    ("0.9.2342.19200300.100.1.25", Some("DC")),
    ("1.2.840.113549.1.9.1", Some("EMAIL")),
    ("1.2.840.113549.1.9.4", None),
    ("1.2.840.113549.1.9.7", None),
    ("1.2.840.113549.1.9.20", None),
    ("1.2.840.113549.1.9.21", None),
    ("1.2.840.113556.1.4.656", Some("userPrincipalName")),
    ("1.3.6.1.4.1.311.60.2.1.1", Some("jurisdictionOfIncorporationLocalityName")),
    ("1.3.6.1.4.1.311.60.2.1.2", Some("jurisdictionOfIncorporationStateOrProvinceName")),
    ("1.3.6.1.4.1.311.60.2.1.3", Some("jurisdictionOfIncorporationCountryName")),
    ("1.3.6.1.5.5.7.9.2", Some("placeOfBirth")),
    ("1.3.6.1.5.5.7.9.3", Some("gender")),
    ("1.3.6.1.5.5.7.9.4", Some("countryOfCitizenship")),
    ("1.3.6.1.5.5.7.9.5", Some("countryOfResidence")),
    ("1.3.6.1.5.5.7.8.5", Some("XmppAddr")),
    ("1.2.643.100.1", Some("OGRN")),
    ("1.2.643.100.5", Some("OGRNIP")),
    ("1.2.643.100.3", Some("SNILS")),
    ("1.2.643.3.131.1.1", Some("INN")),
];

fn known(oid: &str) -> Option<Option<&'static str>> {
    KNOWN_ATTRIBUTES.iter().find(|(o, _)| *o == oid).map(|(_, n)| *n)
}

/// gnutls_x509_dn_oid_name: the short name of an attribute type, if it
/// has one.
pub fn oid_name(oid: &str) -> Option<&'static str> {
    known(oid).flatten()
}

/// Every short name [`oid_name`] can return.
pub fn known_names() -> impl Iterator<Item = &'static str> {
    KNOWN_ATTRIBUTES.iter().filter_map(|(_, n)| *n)
}

/// gnutls_x509_dn_oid_known.
pub fn oid_known(oid: &str) -> bool {
    known(oid).is_some()
}

/// One attribute of a DN string, ready for gnutls_x509_*_set_dn_by_oid:
/// the OID, and the value as text, or as DER when `raw` (the `#hex` form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnStringAttribute {
    pub oid: String,
    pub raw: bool,
    pub value: Vec<u8>,
}

/// Splits `text` at the separator `sep` where it is not escaped.
fn split_unescaped(text: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            parts.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&text[start..]);
    parts
}

fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The OID an attribute name stands for: a short name GnuTLS knows (any
/// case), or a dotted OID.
fn attribute_oid(name: &str) -> Option<String> {
    if let Some((oid, _)) = KNOWN_ATTRIBUTES
        .iter()
        .find(|(_, n)| n.is_some_and(|n| n.eq_ignore_ascii_case(name)))
    {
        return Some((*oid).to_string());
    }
    let dotted = !name.is_empty()
        && name.split('.').count() >= 2
        && name.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    dotted.then(|| name.to_string())
}

/// gnutls_x509_dn_set_str's (and crt_set_dn's) reading of a DN string
/// ("CN=host,O=Org,C=US", most significant last), as measured against GnuTLS
/// 3.7.9: attributes split at unescaped commas, spaces around names and
/// values dropped, names in any case, `#hex` values taken as DER, and the
/// result in encoding order (the string's last attribute first).
/// Multi-valued RDNs ('+'), empty values and unknown names are
/// GNUTLS_E_PARSING_ERROR. An empty string is the empty Name.
pub fn parse_dn_string(text: &str) -> Result<Vec<DnStringAttribute>, Code> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut attrs = Vec::new();
    for part in split_unescaped(text, ',') {
        if split_unescaped(part, '+').len() > 1 {
            return Err(errors::GNUTLS_E_PARSING_ERROR);
        }
        let (name, value) = part.split_once('=').ok_or(errors::GNUTLS_E_PARSING_ERROR)?;
        let oid = attribute_oid(name.trim()).ok_or(errors::GNUTLS_E_PARSING_ERROR)?;
        let value = value.trim_start();
        // A trailing space is dropped unless escaped.
        let value = match value.strip_suffix(' ') {
            Some(v) if !v.ends_with('\\') => v.trim_end(),
            _ => value,
        };
        if value.is_empty() {
            return Err(errors::GNUTLS_E_PARSING_ERROR);
        }
        let attr = match value.strip_prefix('#') {
            Some(hex) => DnStringAttribute {
                oid,
                raw: true,
                value: crate::encoding::hex_decode(hex).map_err(|_| errors::GNUTLS_E_PARSING_ERROR)?,
            },
            None => DnStringAttribute { oid, raw: false, value: unescape(value).into_bytes() },
        };
        attrs.push(attr);
    }
    attrs.reverse();
    Ok(attrs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use der::Encode;
    use std::str::FromStr;

    #[test]
    fn avas_in_encoded_order() {
        let der = Name::from_str("CN=host,O=Org+OU=Unit,C=US").unwrap().to_der().unwrap();
        let dn = DnValue::from_der(&der).unwrap();
        assert_eq!(dn.ava(0, 0).unwrap().oid, b"2.5.4.6\0");
        assert_eq!(dn.ava(1, 1).unwrap().value.len(), 4);
        assert_eq!(dn.ava(2, 0).unwrap().value, b"host");
        assert_eq!(dn.ava(2, 0).unwrap().tag, 12);
        assert_eq!(dn.ava(3, 0), Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND));
        assert_eq!(dn.ava(0, 1), Err(errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND));
        assert_eq!(dn.text(DnOrder::Encoded).unwrap().split(',').next(), Some("C=US"));
    }

    #[test]
    fn empty_and_bad() {
        let dn = DnValue::empty();
        assert_eq!(dn.text(DnOrder::Encoded), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
        assert_eq!(dn.export(X509Format::Der), vec![0x30, 0]);
        assert_eq!(DnValue::from_der(b"\x30\x03\x01"), Err(errors::GNUTLS_E_ASN1_DER_ERROR));
        assert!(String::from_utf8(dn.export(X509Format::Pem)).unwrap().starts_with("-----BEGIN NAME-----\n"));
    }

    #[test]
    fn dn_strings() {
        let a = parse_dn_string("cn = foo ,O=a\\,b,2.5.4.6=#130247520").unwrap_err();
        assert_eq!(a, errors::GNUTLS_E_PARSING_ERROR); // odd hex
        let a = parse_dn_string("cn = foo ,O=a\\,b,2.5.4.6=#13024752").unwrap();
        assert_eq!(a.len(), 3);
        assert_eq!(a[0], DnStringAttribute { oid: "2.5.4.6".into(), raw: true, value: vec![0x13, 2, b'G', b'R'] });
        assert_eq!(a[1].value, b"a,b");
        assert_eq!(a[2], DnStringAttribute { oid: "2.5.4.3".into(), raw: false, value: b"foo".to_vec() });
        for bad in ["CN=foo,XX=1", "CN=a+OU=b", "CN=", "CN"] {
            assert_eq!(parse_dn_string(bad), Err(errors::GNUTLS_E_PARSING_ERROR), "{bad}");
        }
        assert_eq!(parse_dn_string("").unwrap(), vec![]);
    }

    #[test]
    fn oid_names() {
        assert_eq!(oid_name("2.5.4.3"), Some("CN"));
        assert_eq!(oid_name("1.2.840.113549.1.9.7"), None);
        assert!(oid_known("1.2.840.113549.1.9.7"));
        assert!(!oid_known("2.5.4.16"));
    }
}
