//! The parts of gnutls_x509_crt_print's FULL form that describe the subject
//! key's parameters and the extensions, in GnuTLS's layout.

use std::fmt::Write;

use der::Decode;
use der::Encode;
use x509_cert::ext::pkix::{AuthorityKeyIdentifier, BasicConstraints, ExtendedKeyUsage, SubjectAltName, SubjectKeyIdentifier};

use super::crt::{san_type, AltName, Crt};
use super::rawkey::positive_int;
use crate::algorithms::{curve, pk};
use crate::encoding::hex_encode;

/// Hex bytes, 16 per line, each line indented with `indent`.
pub fn hex_block(data: &[u8], indent: &str, out: &mut String) {
    for chunk in data.chunks(16) {
        let line: Vec<String> = chunk.iter().map(|b| format!("{b:02x}")).collect();
        let _ = writeln!(out, "{indent}{}", line.join(":"));
    }
}

/// The size GnuTLS prints for a key number: its significant bytes, in bits.
fn int_bits(n: &[u8]) -> usize {
    n.iter().position(|&b| b != 0).map_or(0, |i| (n.len() - i) * 8)
}

/// The public key's numbers under "Subject Public Key Algorithm".
pub fn key_params(crt: &Crt, out: &mut String) {
    key_params_spki(crt.spki(), out);
}

/// The numbers of the key in a SubjectPublicKeyInfo (DER).
pub fn key_params_spki(spki_der: &[u8], out: &mut String) {
    let Ok(info) = spki::SubjectPublicKeyInfoRef::from_der(spki_der) else { return };
    let key = info.subject_public_key.raw_bytes();
    let pk_id = super::crt::spki_algorithm(spki_der).map_or(0, |(id, _)| id);
    match pk_id {
        pk::RSA | pk::RSA_PSS => {
            let Ok(rsa) = pkcs1::RsaPublicKey::from_der(key) else { return };
            let (n, e) = (rsa.modulus.as_bytes(), rsa.public_exponent.as_bytes());
            let _ = writeln!(out, "\t\tModulus (bits {}):", int_bits(n));
            hex_block(&positive_int(n), "\t\t\t", out);
            let _ = writeln!(out, "\t\tExponent (bits {}):", int_bits(e));
            hex_block(&positive_int(e), "\t\t\t", out);
        }
        pk::ECDSA => {
            let curve_oid = info.algorithm.parameters.and_then(|p| p.decode_as::<der::asn1::ObjectIdentifier>().ok());
            let name = curve_oid.and_then(|o| curve::by_oid(&o.to_string())).map_or("unknown", |c| c.name);
            let _ = writeln!(out, "\t\tCurve:\t{name}");
            if let Some(coords) = key.strip_prefix(&[4u8]).filter(|c| c.len() % 2 == 0) {
                let (x, y) = coords.split_at(coords.len() / 2);
                out.push_str("\t\tX:\n");
                hex_block(&positive_int(x), "\t\t\t", out);
                out.push_str("\t\tY:\n");
                hex_block(&positive_int(y), "\t\t\t", out);
            }
        }
        pk::EDDSA_ED25519 => {
            out.push_str("\t\tCurve:\tEd25519\n\t\tX:\n");
            hex_block(key, "\t\t\t", out);
        }
        _ => {}
    }
}

fn critical_text(critical: bool) -> &'static str {
    if critical { "critical" } else { "not critical" }
}

/// GnuTLS's key usage bits and their names, in its order.
const KEY_USAGE_NAMES: [(u32, &str); 9] = [
    (128, "Digital signature"),
    (64, "Non repudiation"),
    (32, "Key encipherment"),
    (16, "Data encipherment"),
    (8, "Key agreement"),
    (4, "Certificate signing"),
    (2, "CRL signing"),
    (1, "Key encipher only"),
    (32768, "Key decipher only"),
];

fn purpose_name(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "1.3.6.1.5.5.7.3.1" => "TLS WWW Server",
        "1.3.6.1.5.5.7.3.2" => "TLS WWW Client",
        "1.3.6.1.5.5.7.3.3" => "Code signing",
        "1.3.6.1.5.5.7.3.4" => "Email protection",
        "1.3.6.1.5.5.7.3.8" => "Time stamping",
        "1.3.6.1.5.5.7.3.9" => "OCSP signing",
        "2.5.29.37.0" => "Any purpose",
        _ => return None,
    })
}

fn ip_text(bytes: &[u8]) -> String {
    match bytes.len() {
        4 => std::net::Ipv4Addr::new(bytes[0], bytes[1], bytes[2], bytes[3]).to_string(),
        16 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(bytes);
            std::net::Ipv6Addr::from(a).to_string()
        }
        _ => hex_encode(bytes),
    }
}

/// An otherName GnuTLS does not decode: its OID, DER and ASCII view.
fn other_name_lines(other: &x509_cert::ext::pkix::name::OtherName, lines: &mut Vec<String>) {
    let oid = other.type_id.to_string();
    let der = der::Encode::to_der(&other.value).unwrap_or_default();
    match super::crt::othername_kind(&oid) {
        san_type::OTHERNAME_XMPP | san_type::OTHERNAME_MSUSERPRINCIPAL => {
            let label = if oid == "1.3.6.1.5.5.7.8.5" { "XMPP Address" } else { "Microsoft Principal Name" };
            let text = other.value.value();
            lines.push(format!("{label}: {}", String::from_utf8_lossy(text)));
        }
        _ => {
            lines.push(format!("otherName OID: {oid}"));
            lines.push(format!("otherName DER: {}", hex_encode(&der)));
            lines.push(format!("otherName ASCII: {}", ascii(&der)));
        }
    }
}

/// Bytes as text, non-printable ones as '.'.
fn ascii(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' }).collect()
}

/// The lines of a SubjectAltName value, one per name.
fn alt_name_lines(value: &[u8]) -> Option<Vec<String>> {
    let san = SubjectAltName::from_der(value).ok()?;
    let mut lines = Vec::new();
    for name in &san.0 {
        match name {
            x509_cert::ext::pkix::name::GeneralName::OtherName(other) => other_name_lines(other, &mut lines),
            other => {
                let names = super::crt::alt_names_from_der(&SubjectAltName(vec![other.clone()]).to_der().ok()?).ok()?;
                lines.extend(names.iter().map(alt_name_line));
            }
        }
    }
    Some(lines)
}

fn alt_name_line(name: &AltName) -> String {
    let text = String::from_utf8_lossy(&name.value);
    match name.kind {
        san_type::DNSNAME => format!("DNSname: {text}"),
        san_type::RFC822NAME => format!("RFC822Name: {text}"),
        san_type::URI => format!("URI: {text}"),
        san_type::IPADDRESS => format!("IPAddress: {}", ip_text(&name.value)),
        san_type::DN => format!("directoryName: {text}"),
        _ => format!("otherName: {text}"),
    }
}

/// GnuTLS's names for TLS features (RFC 7633).
fn tls_feature_line(feature: u16) -> String {
    match feature {
        5 => "OCSP Status Request(5)".to_string(),
        n => n.to_string(),
    }
}

/// The body lines of a known extension, or `None` to dump it raw.
fn known_extension(oid: &str, value: &[u8]) -> Option<(&'static str, Vec<String>)> {
    Some(match oid {
        "2.5.29.19" => {
            let bc = BasicConstraints::from_der(value).ok()?;
            let mut lines = vec![format!("Certificate Authority (CA): {}", if bc.ca { "TRUE" } else { "FALSE" })];
            if let Some(n) = bc.path_len_constraint {
                lines.push(format!("Path Length Constraint: {n}"));
            }
            ("Basic Constraints", lines)
        }
        "2.5.29.15" => {
            let bits = super::crt::key_usage_from_der(value).ok()?;
            let lines = KEY_USAGE_NAMES.iter().filter(|(b, _)| bits & b != 0).map(|(_, n)| format!("{n}.")).collect();
            ("Key Usage", lines)
        }
        "2.5.29.37" => {
            let eku = ExtendedKeyUsage::from_der(value).ok()?;
            let lines = eku
                .0
                .iter()
                .map(|o| {
                    let o = o.to_string();
                    purpose_name(&o).map_or(o, |n| format!("{n}."))
                })
                .collect();
            ("Key Purpose", lines)
        }
        "2.5.29.14" => {
            let ski = SubjectKeyIdentifier::from_der(value).ok()?;
            ("Subject Key Identifier", vec![hex_encode(ski.0.as_bytes())])
        }
        "2.5.29.35" => {
            let aki = AuthorityKeyIdentifier::from_der(value).ok()?;
            ("Authority Key Identifier", vec![hex_encode(aki.key_identifier?.as_bytes())])
        }
        "2.5.29.17" => ("Subject Alternative Name", alt_name_lines(value)?),
        "1.3.6.1.5.5.7.1.24" => {
            let features = Vec::<u16>::from_der(value).ok()?;
            ("TLS Features", features.into_iter().map(tls_feature_line).collect())
        }
        _ => return None,
    })
}

/// The "Extensions:" section (nothing when the certificate has none).
pub fn extensions(crt: &Crt, out: &mut String) {
    let exts = crt.extensions();
    if exts.is_empty() {
        return;
    }
    out.push_str("\tExtensions:\n");
    extension_list(&exts, "", out);
}

/// Each extension, its title indented with `prefix` and two tabs, its body
/// one tab more (a request's extensions sit one level deeper).
pub fn extension_list(exts: &[(String, bool, &[u8])], prefix: &str, out: &mut String) {
    for (oid, critical, value) in exts {
        let critical = critical_text(*critical);
        if oid == "2.5.29.16" {
            // GnuTLS prints these two lines at a fixed depth.
            let _ = writeln!(out, "{prefix}\t\tPrivate Key Usage Period ({critical}):");
            if let Ok(p) = crate::x509::crq::PrivateKeyUsagePeriod::from_der(value) {
                for (label, t) in [("Not Before", p.not_before), ("Not After", p.not_after)] {
                    if let Some(t) = t {
                        let secs = i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(0);
                        let _ = writeln!(out, "\t\t\t{label}: {}", super::print::long_time(secs));
                    }
                }
            }
            continue;
        }
        match known_extension(oid, value) {
            Some((title, lines)) => {
                let _ = writeln!(out, "{prefix}\t\t{title} ({critical}):");
                for line in lines {
                    let _ = writeln!(out, "{prefix}\t\t\t{line}");
                }
            }
            None => {
                let _ = writeln!(out, "{prefix}\t\tUnknown extension {oid} ({critical}):");
                let _ = writeln!(out, "{prefix}\t\t\tASCII: {}", ascii(value));
                let _ = writeln!(out, "{prefix}\t\t\tHexdump: {}", hex_encode(value));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_counts() {
        assert_eq!(int_bits(&[1, 0, 1]), 24);
        assert_eq!(int_bits(&[0, 0x80]), 8);
        assert_eq!(int_bits(&[]), 0);
    }

    #[test]
    fn leaf_extensions_in_gnutls_layout() {
        let pem = std::fs::read(format!("{}/tests/certs/chains/leaf.pem", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let crt = Crt::import(&pem, super::super::X509Format::Pem).unwrap();
        let mut out = String::new();
        extensions(&crt, &mut out);
        let expected = "\tExtensions:\n\
            \t\tBasic Constraints (critical):\n\t\t\tCertificate Authority (CA): FALSE\n\
            \t\tKey Usage (critical):\n\t\t\tDigital signature.\n\t\t\tKey encipherment.\n\
            \t\tKey Purpose (not critical):\n\t\t\tTLS WWW Server.\n\t\t\tTLS WWW Client.\n\
            \t\tSubject Key Identifier (not critical):\n\t\t\ta48981e27457648ca6d7ea1809bee277a0b6acc1\n\
            \t\tAuthority Key Identifier (not critical):\n\t\t\t5daf408f19e9db8d3dceb683610c99c3d6b87e37\n\
            \t\tSubject Alternative Name (not critical):\n\t\t\tDNSname: www.example.com\n\
            \t\t\tDNSname: *.wild.example.com\n\t\t\tIPAddress: 127.0.0.1\n";
        assert_eq!(out, expected);
        let mut params = String::new();
        key_params(&crt, &mut params);
        assert!(params.starts_with("\t\tCurve:\tSECP256R1\n\t\tX:\n"));
    }
}
