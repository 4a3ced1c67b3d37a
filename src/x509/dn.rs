//! Distinguished names as GnuTLS prints them (gnutls_x509_crt_get_dn and
//! friends): RFC 4514 text with GnuTLS's attribute names, values escaped,
//! attributes it does not know as `OID=#hex` of the DER value.
//!
//! GnuTLS 3.7.9 offers two orders: `get_dn`/`get_dn2` (and `get_dn3` with
//! GNUTLS_X509_DN_FLAG_COMPAT) list the RDNs as encoded; `get_dn3` without
//! flags lists them reversed, as RFC 4514 says ("CN=host,O=Org,C=US").

use der::asn1::{AnyRef, BmpString};
use der::{Decode, Encode, Tag};
use x509_cert::name::Name;

use crate::errors::{self, Code};

/// GnuTLS's names for the attribute types it knows; other types print as
/// their dotted OID with a hex value.
const ATTRIBUTE_NAMES: &[(&str, &str)] = &[
    ("2.5.4.6", "C"),
    ("2.5.4.10", "O"),
    ("2.5.4.11", "OU"),
    ("2.5.4.3", "CN"),
    ("2.5.4.7", "L"),
    ("2.5.4.8", "ST"),
    ("2.5.4.9", "street"),
    ("2.5.4.17", "postalCode"),
    ("2.5.4.12", "title"),
    ("2.5.4.41", "name"),
    ("2.5.4.5", "serialNumber"),
    ("2.5.4.4", "surName"),
    ("2.5.4.42", "givenName"),
    ("2.5.4.43", "initials"),
    ("2.5.4.44", "generationQualifier"),
    ("2.5.4.46", "dnQualifier"),
    ("2.5.4.65", "pseudonym"),
    ("2.5.4.13", "description"),
    ("2.5.4.15", "businessCategory"),
    ("2.5.4.16", "postalAddress"),
    ("2.5.4.20", "telephoneNumber"),
    ("0.9.2342.19200300.100.1.1", "UID"),
    ("0.9.2342.19200300.100.1.25", "DC"),
    ("1.2.840.113549.1.9.1", "EMAIL"),
    ("1.2.840.113549.1.9.2", "unstructuredName"),
    ("1.2.840.113549.1.9.8", "unstructuredAddress"),
    ("1.2.840.113549.1.9.7", "challengePassword"),
    (
        "1.3.6.1.4.1.311.60.2.1.1",
        "jurisdictionOfIncorporationLocalityName",
    ),
    (
        "1.3.6.1.4.1.311.60.2.1.2",
        "jurisdictionOfIncorporationStateOrProvinceName",
    ),
    (
        "1.3.6.1.4.1.311.60.2.1.3",
        "jurisdictionOfIncorporationCountryName",
    ),
    ("1.3.6.1.5.5.7.9.1", "dateOfBirth"),
    ("1.3.6.1.5.5.7.9.2", "placeOfBirth"),
    ("1.3.6.1.5.5.7.9.3", "gender"),
    ("1.3.6.1.5.5.7.9.4", "countryOfCitizenship"),
    ("1.3.6.1.5.5.7.9.5", "countryOfResidence"),
];

/// Order of the RDNs in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DnOrder {
    /// As encoded (GnuTLS's get_dn, get_dn2, get_dn3 with the COMPAT flag).
    Encoded,
    /// Reversed, as RFC 4514 prints (get_dn3 without flags).
    Rfc4514,
}

fn attribute_name(oid: &str) -> Option<&'static str> {
    ATTRIBUTE_NAMES
        .iter()
        .find(|(o, _)| *o == oid)
        .map(|(_, n)| *n)
}

/// Whether GnuTLS knows the attribute type (it can encode text for it).
pub fn is_known_attribute(oid: &str) -> bool {
    attribute_name(oid).is_some()
}

/// Formats a DER-encoded Name. Errors: the Name does not decode.
pub fn format(name_der: &[u8], order: DnOrder) -> Result<String, Code> {
    let name = Name::from_der(name_der).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let mut rdns: Vec<String> = Vec::with_capacity(name.0.len());
    for rdn in name.0.iter() {
        let mut parts = Vec::with_capacity(rdn.0.len());
        for atv in rdn.0.iter() {
            let oid = atv.oid.to_string();
            let value = AnyRef::from(&atv.value);
            parts.push(match attribute_name(&oid) {
                Some(label) => format!("{label}={}", value_text(value)?),
                None => format!(
                    "{oid}=#{}",
                    hex(&atv
                        .value
                        .to_der()
                        .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?)
                ),
            });
        }
        rdns.push(parts.join("+"));
    }
    if order == DnOrder::Rfc4514 {
        rdns.reverse();
    }
    Ok(rdns.join(","))
}

/// The `index`th value (in encoding order) of attribute `oid` in a Name:
/// escaped text, or with `raw` the DER of the value. Errors:
/// GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE when there is no such value.
pub fn value_by_oid(name_der: &[u8], oid: &str, index: usize, raw: bool) -> Result<Vec<u8>, Code> {
    let name = Name::from_der(name_der).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    let atv = name
        .0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .filter(|atv| atv.oid.to_string() == oid)
        .nth(index)
        .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
    if raw {
        return atv
            .value
            .to_der()
            .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR);
    }
    if attribute_name(oid).is_none() {
        let der = atv
            .value
            .to_der()
            .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
        return Ok(format!("#{}", hex(&der)).into_bytes());
    }
    Ok(value_text(AnyRef::from(&atv.value))?.into_bytes())
}

/// The OID of the `index`th attribute of a Name, counting every attribute
/// of every RDN in encoding order (gnutls_x509_crt_get_dn_oid). Errors:
/// GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE past the last attribute.
pub fn oid_at(name_der: &[u8], index: usize) -> Result<String, Code> {
    let name = Name::from_der(name_der).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    name.0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .nth(index)
        .map(|atv| atv.oid.to_string())
        .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
}

/// The escaped text of a directory string value.
fn value_text(value: AnyRef<'_>) -> Result<String, Code> {
    let bytes = value.value();
    let text = match der::Tagged::tag(&value) {
        Tag::BmpString => BmpString::from_ucs2(bytes.to_vec())
            .map(|s| s.to_string())
            .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?,
        Tag::Utf8String
        | Tag::PrintableString
        | Tag::Ia5String
        | Tag::TeletexString
        | Tag::VisibleString => String::from_utf8_lossy(bytes).into_owned(),
        // Not a string: GnuTLS falls back to the hex form.
        _ => {
            let der = value
                .to_der()
                .map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
            return Ok(format!("#{}", hex(&der)));
        }
    };
    Ok(escape(&text))
}

/// RFC 4514 escaping: the special characters, a leading space or '#', and
/// a trailing space get a backslash.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 4);
    let last = value.chars().count().saturating_sub(1);
    for (i, c) in value.chars().enumerate() {
        let special = matches!(c, ',' | '+' | '"' | '\\' | '<' | '>' | ';')
            || (i == 0 && (c == ' ' || c == '#'))
            || (i == last && c == ' ');
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use der::Encode;
    use std::str::FromStr;

    fn name(text: &str) -> Vec<u8> {
        Name::from_str(text).unwrap().to_der().unwrap()
    }

    #[test]
    fn orders_and_names() {
        // Name::from_str takes RFC 4514 text, last RDN first.
        let der = name("CN=example.com,O=Org,C=US");
        assert_eq!(
            format(&der, DnOrder::Rfc4514).unwrap(),
            "CN=example.com,O=Org,C=US"
        );
        assert_eq!(
            format(&der, DnOrder::Encoded).unwrap(),
            "C=US,O=Org,CN=example.com"
        );
    }

    #[test]
    fn oids_in_encoding_order() {
        let der = name("CN=example.com+OU=A,O=Org,C=US");
        assert_eq!(oid_at(&der, 0).unwrap(), "2.5.4.6");
        assert_eq!(oid_at(&der, 1).unwrap(), "2.5.4.10");
        // Both attributes of the multi-valued RDN count.
        let last_two = [oid_at(&der, 2).unwrap(), oid_at(&der, 3).unwrap()];
        assert!(last_two.contains(&"2.5.4.3".to_string()));
        assert!(last_two.contains(&"2.5.4.11".to_string()));
        assert_eq!(oid_at(&der, 4), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
    }

    #[test]
    fn escapes() {
        assert_eq!(
            escape("a,b+c\"d\\e<f>g;h=i"),
            "a\\,b\\+c\\\"d\\\\e\\<f\\>g\\;h=i"
        );
        assert_eq!(escape(" x "), "\\ x\\ ");
        assert_eq!(escape("#x#"), "\\#x#");
    }

    #[test]
    fn by_oid() {
        let der = name("CN=b,CN=a,O=Org");
        assert_eq!(value_by_oid(&der, "2.5.4.3", 1, false).unwrap(), b"b");
        assert_eq!(
            value_by_oid(&der, "2.5.4.6", 0, false),
            Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
        );
        assert_eq!(
            value_by_oid(&der, "2.5.4.10", 0, true).unwrap(),
            b"\x0c\x03Org"
        );
    }
}
