//! gnutls_x509_crl_print: a CRL as text, in GnuTLS's layout. Every format
//! but UNSIGNED_FULL prints the same full text; UNSIGNED_FULL leaves out
//! the issuer and the signature.

use std::fmt::Write;

use der::asn1::Any;
use der::Decode;

use super::crl::Crl;
use super::dn::DnOrder;
use super::print::{long_time, PrintFormat};
use crate::algorithms::sign;
use crate::encoding::hex_encode;

const OID_CRL_NUMBER: &str = "2.5.29.20";

/// The CRL's extensions: the CRL number on one line, the others as a
/// certificate's are printed.
fn extensions(crl: &Crl, out: &mut String) {
    let Some(exts) = crl.certificate_list().tbs_cert_list.crl_extensions.as_ref().filter(|e| !e.is_empty()) else {
        return;
    };
    out.push_str("\tExtensions:\n");
    for e in exts {
        let oid = e.extn_id.to_string();
        let critical = if e.critical { "critical" } else { "not critical" };
        let value = e.extn_value.as_bytes();
        if oid == OID_CRL_NUMBER {
            // The INTEGER's content octets, as they are encoded.
            let digits = Any::from_der(value).map(|a| hex_encode(a.value())).unwrap_or_default();
            let _ = writeln!(out, "\t\tCRL Number ({critical}): {digits}");
            continue;
        }
        super::print_ext::extension_list(&[(oid, e.critical, value)], "", out);
    }
}

/// The text gnutls_x509_crl_print gives for `format`.
pub fn print(crl: &Crl, format: PrintFormat) -> String {
    let signed = format != PrintFormat::UnsignedFull;
    let mut out = String::from("X.509 Certificate Revocation List Information:\n");
    let _ = writeln!(out, "\tVersion: {}", crl.version());
    if signed {
        let _ = writeln!(out, "\tIssuer: {}", crl.issuer_dn(DnOrder::Rfc4514).unwrap_or_default());
    }
    out.push_str("\tUpdate dates:\n");
    let _ = writeln!(out, "\t\tIssued: {}", long_time(crl.this_update()));
    match crl.next_update() {
        -1 => out.push_str("\t\tNo next update time.\n"),
        t => {
            let _ = writeln!(out, "\t\tNext at: {}", long_time(t));
        }
    }
    extensions(crl, &mut out);
    match crl.crt_count() {
        0 => out.push_str("\tNo revoked certificates.\n"),
        n => {
            let _ = writeln!(out, "\tRevoked certificates ({n}):");
            for (serial, when) in (0..n).filter_map(|i| crl.crt_serial(i).ok()) {
                let _ = writeln!(out, "\t\tSerial Number (hex): {}", hex_encode(&serial));
                let _ = writeln!(out, "\t\tRevoked at: {}", long_time(when));
            }
        }
    }
    if signed {
        match sign::info(crl.signature_algorithm()) {
            Some(s) => {
                let _ = writeln!(out, "\tSignature Algorithm: {}", s.name);
                if !s.secure_for_certs {
                    out.push_str("warning: signed using a broken signature algorithm that can be forged.\n");
                }
            }
            None => out.push_str("\tSignature Algorithm: unknown\n"),
        }
        out.push_str("\tSignature:\n");
        super::print_ext::hex_block(crl.certificate_list().signature.raw_bytes(), "\t\t", &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::X509Format;

    #[test]
    fn crl_in_gnutls_layout() {
        let pem = std::fs::read(format!("{}/tests/certs/crl/ca.crl", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let crl = Crl::import(&pem, X509Format::Pem).unwrap();
        let text = print(&crl, PrintFormat::Full);
        assert!(text.starts_with("X.509 Certificate Revocation List Information:\n\tVersion: 2\n\tIssuer: CN=CRL Test CA,O=rgnutls tests\n"));
        assert!(text.contains("\t\tCRL Number (not critical): 0101\n"));
        assert!(text.contains("\tRevoked certificates (2):\n\t\tSerial Number (hex): 2001\n"));
        assert!(text.contains("\tSignature Algorithm: RSA-SHA256\n\tSignature:\n\t\t"));
        let unsigned = print(&crl, PrintFormat::UnsignedFull);
        assert!(!unsigned.contains("Issuer:") && !unsigned.contains("Signature"));
    }
}
