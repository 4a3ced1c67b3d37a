//! gnutls_x509_crq_print: a request as text, in GnuTLS's layout (it has one
//! layout, whatever the format asked for).

use std::fmt::Write;

use super::{Crq, OID_CHALLENGE_PASSWORD, OID_EXTENSION_REQUEST};
use crate::algorithms::{digest, pk, secparam, sign};
use crate::encoding::{base64_encode, hex_encode};
use crate::x509::dn::DnOrder;
use crate::x509::print_ext;

fn ascii(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' }).collect()
}

/// The text of a request.
pub fn print(crq: &Crq) -> String {
    let mut out = String::from("PKCS #10 Certificate Request Information:\n");
    match crq.version() {
        Ok(v) => {
            let _ = writeln!(out, "\tVersion: {v}");
        }
        Err(_) => out.push_str("error: get_version: ASN1 parser: Value was not found.\n"),
    }
    match crq.subject_dn(DnOrder::Rfc4514) {
        Ok(dn) => {
            let _ = writeln!(out, "\tSubject: {dn}");
        }
        // No subject yet (GnuTLS's "error: get_dn" comes from a half-written one).
        Err(_) => out.push_str("\tSubject:\n"),
    }
    let spki = crq.spki_der().ok();
    if let Some(spki) = &spki {
        let (pk_id, bits) = crq.pk_algorithm().unwrap_or((pk::UNKNOWN, 0));
        let _ = writeln!(out, "\tSubject Public Key Algorithm: {}", pk::get_name(pk_id));
        let level = secparam::from_pk_bits(pk_id, bits);
        let _ = writeln!(out, "\tAlgorithm Security Level: {} ({bits} bits)", secparam::get_name(level));
        print_ext::key_params_spki(spki, &mut out);
    }
    let name = sign::info(crq.signature_algorithm()).map_or("unknown", |s| s.name);
    let _ = writeln!(out, "\tSignature Algorithm: {name}");
    attributes(crq, &mut out);
    out.push_str("Other Information:\n");
    if let Some(spki) = &spki {
        out.push_str("\tPublic Key ID:\n");
        for (label, flags) in [("sha1", 0), ("sha256", 1)] {
            if let Ok(id) = crq.key_id(flags) {
                let _ = writeln!(out, "\t\t{label}:{}", hex_encode(&id));
            }
        }
        let pin = crate::crypto::hash::hash(digest::SHA256, spki).map(|h| base64_encode(&h)).unwrap_or_default();
        let _ = writeln!(out, "\tPublic Key PIN:\n\t\tpin-sha256:{pin}");
    }
    out
}

/// The "Attributes:" section: challenge passwords, the extensions asked
/// for, and other attributes dumped.
fn attributes(crq: &Crq, out: &mut String) {
    if crq.attributes.is_empty() {
        return;
    }
    out.push_str("\tAttributes:\n");
    let mut passwords = 0;
    for attr in &crq.attributes {
        let oid = attr.oid.to_string();
        let first = attr.values.first().map(Vec::as_slice).unwrap_or_default();
        match oid.as_str() {
            OID_EXTENSION_REQUEST => {
                out.push_str("\t\tExtensions:\n");
                if let Ok(exts) = crq.extensions() {
                    let list: Vec<(String, bool, &[u8])> =
                        exts.iter().map(|e| (e.extn_id.to_string(), e.critical, e.extn_value.as_bytes())).collect();
                    print_ext::extension_list(&list, "\t", out);
                }
            }
            OID_CHALLENGE_PASSWORD => {
                passwords += 1;
                if passwords > 1 {
                    out.push_str("warning: more than one Challenge password attribute\n");
                }
                // GnuTLS prints the first password each time.
                let _ = writeln!(out, "\t\tChallenge password: {}", crq.challenge_password().unwrap_or_default());
            }
            _ => {
                let _ = writeln!(out, "\t\tUnknown attribute {oid}:");
                let _ = writeln!(out, "\t\t\tASCII: {}", ascii(first));
                let _ = writeln!(out, "\t\t\tHexdump: {}", hex_encode(first));
            }
        }
    }
}
