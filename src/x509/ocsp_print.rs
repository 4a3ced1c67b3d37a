//! gnutls_ocsp_resp_print: an OCSP response as text, in GnuTLS's layout.
//! FULL adds the signature bytes and the certificates the response
//! carries; COMPACT stops after the signature algorithm.
use std::fmt::Write;

use super::crt::Crt;
use super::dn::{self, DnOrder};
use super::ocsp::{OcspResponse, Responder, CERT_GOOD, CERT_REVOKED_STATUS, OID_BASIC};
use super::print::{self as crt_print, long_time, PrintFormat};
use super::print_ext::hex_block;
use super::X509Format;
use crate::algorithms::{digest, sign};
use crate::errors;

const OID_NONCE: &str = "1.3.6.1.5.5.7.48.1.2";

/// OCSPResponseStatus names (RFC 6960 spelling, as GnuTLS prints them).
fn status_name(status: i32) -> Option<&'static str> {
    Some(match status {
        0 => "Successful",
        1 => "malformedRequest",
        2 => "internalError",
        3 => "tryLater",
        5 => "sigRequired",
        6 => "unauthorized",
        _ => return None,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn ascii(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' }).collect()
}

/// The printout; `full` selects GNUTLS_OCSP_PRINT_FULL.
pub fn print(resp: Option<&OcspResponse>, full: bool) -> String {
    let mut out = String::from("OCSP Response Information:\n");
    let Some(resp) = resp else {
        // An empty handle: GnuTLS reports the failing getter in the text.
        let _ = writeln!(out, "error: ocsp_resp_get_status: {}", errors::message(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND));
        return out;
    };
    let status = resp.status();
    match status_name(status) {
        Some(name) => {
            let _ = writeln!(out, "\tResponse Status: {name}");
        }
        None => {
            let _ = writeln!(out, "\tResponse Status: unknown ({status})");
        }
    }
    if !resp.has_basic() {
        return out;
    }
    match resp.response() {
        Ok((oid, _)) if oid == OID_BASIC => out.push_str("\tResponse Type: Basic OCSP Response\n"),
        Ok((oid, _)) => {
            let _ = writeln!(out, "\tResponse Type: {oid}");
        }
        Err(_) => {}
    }
    let _ = writeln!(out, "\tVersion: {}", resp.version());
    match resp.responder() {
        Some(Responder::Name(name)) => {
            let _ = writeln!(out, "\tResponder ID: {}", dn::format(&name, DnOrder::Rfc4514).unwrap_or_default());
        }
        Some(Responder::KeyHash(hash)) => {
            let _ = writeln!(out, "\tResponder Key ID: {}", hex(&hash));
        }
        None => {}
    }
    let _ = writeln!(out, "\tProduced At: {}", long_time(resp.produced()));
    singles(resp, &mut out);
    extensions(resp, &mut out);
    match resp.signature_algorithm().ok().and_then(sign::info) {
        Some(s) => {
            let _ = writeln!(out, "\tSignature Algorithm: {}", s.name);
        }
        None => out.push_str("\tSignature Algorithm: unknown\n"),
    }
    if full {
        out.push_str("\tSignature:\n");
        if let Ok(sig) = resp.signature() {
            hex_block(&sig, "\t\t", &mut out);
        }
        certificates(resp, &mut out);
    }
    out
}

fn singles(resp: &OcspResponse, out: &mut String) {
    out.push_str("\tResponses:\n");
    let mut index = 0;
    while let Ok(s) = resp.single(index) {
        index += 1;
        out.push_str("\t\tCertificate ID:\n");
        let alg = digest::info(s.digest).map_or("unknown", |d| d.name);
        let _ = writeln!(out, "\t\t\tHash Algorithm: {alg}");
        let _ = writeln!(out, "\t\t\tIssuer Name Hash: {}", hex(&s.issuer_name_hash));
        let _ = writeln!(out, "\t\t\tIssuer Key Hash: {}", hex(&s.issuer_key_hash));
        let _ = writeln!(out, "\t\t\tSerial Number: {}", hex(&s.serial));
        let status = match s.status {
            CERT_GOOD => "good",
            CERT_REVOKED_STATUS => "revoked",
            _ => "unknown",
        };
        let _ = writeln!(out, "\t\tCertificate Status: {status}");
        if s.status == CERT_REVOKED_STATUS {
            let _ = writeln!(out, "\t\tRevocation time: {}", long_time(s.revocation_time));
        }
        let _ = writeln!(out, "\t\tThis Update: {}", long_time(s.this_update));
        if s.next_update != -1 {
            let _ = writeln!(out, "\t\tNext Update: {}", long_time(s.next_update));
        }
    }
}

fn extensions(resp: &OcspResponse, out: &mut String) {
    out.push_str("\tExtensions:\n");
    for (oid, critical, value) in resp.extensions() {
        if oid == OID_NONCE {
            if let Ok((_, nonce)) = resp.nonce() {
                let crit = if critical { " (critical)" } else { "" };
                let _ = writeln!(out, "\t\tNonce{crit}: {}", hex(&nonce));
            }
        } else {
            let crit = if critical { "critical" } else { "not critical" };
            let _ = writeln!(out, "\t\tUnknown extension {oid} ({crit}):");
            let _ = writeln!(out, "\t\t\tASCII: {}", ascii(&value));
            let _ = writeln!(out, "\t\t\tHexdump: {}", hex(&value));
        }
    }
}

/// Each certificate: its full printout, then its PEM.
fn certificates(resp: &OcspResponse, out: &mut String) {
    let certs = resp.certs();
    if certs.is_empty() {
        return;
    }
    out.push_str("\tAdditional certificates:\n");
    for info in certs {
        let Ok(crt) = Crt::from_der(&info.der) else { continue };
        out.push_str(&crt_print::print(&crt, PrintFormat::Full));
        out.push_str(&String::from_utf8_lossy(&crt.export(X509Format::Pem)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(name: &str) -> OcspResponse {
        let path = format!("{}/tests/certs/ocsp/{name}", env!("CARGO_MANIFEST_DIR"));
        OcspResponse::from_der(&std::fs::read(path).unwrap()).unwrap()
    }

    #[test]
    fn compact_is_the_head_of_full() {
        let r = load("good-nonce.der");
        let compact = print(Some(&r), false);
        let full = print(Some(&r), true);
        assert!(full.starts_with(&compact));
        assert!(compact.contains("\t\tNonce: "));
        assert!(compact.ends_with("\tSignature Algorithm: RSA-SHA256\n"));
        assert!(full.contains("\tAdditional certificates:\nX.509 Certificate Information:\n"));
        assert!(full.ends_with("-----END CERTIFICATE-----\n"));
    }

    #[test]
    fn unsuccessful_and_empty() {
        let r = load("malformed-status.der");
        assert_eq!(print(Some(&r), true), "OCSP Response Information:\n\tResponse Status: malformedRequest\n");
        assert!(print(None, true).contains("error: ocsp_resp_get_status"));
        assert!(print(Some(&load("keyid.der")), false).contains("\tResponder Key ID: "));
    }
}
