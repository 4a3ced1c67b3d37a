//! gnutls_x509_crt_print: a certificate as text, in GnuTLS's layouts.
//! ONELINE and COMPACT carry structured data and are byte-identical to
//! GnuTLS; FULL gives the main fields, key parameters and common
//! extensions in the same layout (print_ext).

use std::fmt::Write;

use super::crt::Crt;
use super::dn::DnOrder;
use crate::algorithms::{digest, pk, sign};
use crate::encoding::{base64_encode, hex_encode};

/// gnutls_certificate_print_formats_t
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintFormat {
    Full,
    OneLine,
    UnsignedFull,
    Compact,
    FullNumbers,
}

impl PrintFormat {
    pub fn from_raw(v: i32) -> Option<Self> {
        Some(match v {
            0 => Self::Full,
            1 => Self::OneLine,
            2 => Self::UnsignedFull,
            3 => Self::Compact,
            4 => Self::FullNumbers,
            _ => return None,
        })
    }
}

/// (year, month, day, hour, minute, second, weekday 0=Sunday) of a Unix time, UTC.
fn civil(t: i64) -> (i64, u32, u32, u32, u32, u32, u32) {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400) as u32;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    let wd = (days + 4).rem_euclid(7) as u32;
    (y, m, d, secs / 3600, secs / 60 % 60, secs % 60, wd)
}

/// "2020-01-01 00:00:00 UTC"
fn iso_time(t: i64) -> String {
    let (y, mo, d, h, mi, s, _) = civil(t);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02} UTC")
}

/// "Wed Jan 01 00:00:00 UTC 2020"
pub(crate) fn long_time(t: i64) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let (y, mo, d, h, mi, s, wd) = civil(t);
    let month = MONTHS.get(mo as usize - 1).copied().unwrap_or("???");
    let day = DAYS.get(wd as usize).copied().unwrap_or("???");
    format!("{day} {month} {d:02} {h:02}:{mi:02}:{s:02} UTC {y}")
}

fn pin(crt: &Crt) -> String {
    crate::crypto::hash::hash(digest::SHA256, crt.spki()).map(|h| base64_encode(&h)).unwrap_or_default()
}

fn sign_name(crt: &Crt) -> String {
    match sign::info(crt.signature_algorithm()) {
        // GnuTLS flags algorithms it no longer trusts for certificates.
        Some(s) if !s.secure_for_certs => format!("{} (broken!)", s.name),
        Some(s) => s.name.to_string(),
        None => "unknown".to_string(),
    }
}

/// The ONELINE form.
pub fn oneline(crt: &Crt) -> String {
    let (pk_id, bits) = crt.pk_algorithm();
    let mut out = String::new();
    let _ = write!(out, "subject `{}', ", crt.subject_dn(DnOrder::Rfc4514).unwrap_or_default());
    let _ = write!(out, "issuer `{}', ", crt.issuer_dn(DnOrder::Rfc4514).unwrap_or_default());
    let _ = write!(out, "serial 0x{}, ", hex_encode(crt.serial()));
    let _ = write!(out, "{} key {bits} bits, ", pk::get_name(pk_id));
    let _ = write!(out, "signed using {}, ", sign_name(crt));
    let _ = write!(out, "activated `{}', ", iso_time(crt.activation_time()));
    let _ = write!(out, "expires `{}', ", iso_time(crt.expiration_time()));
    let _ = write!(out, "pin-sha256=\"{}\"", pin(crt));
    out
}

/// The "Public Key ID / PIN" block (COMPACT and the end of FULL).
fn key_ids(crt: &Crt, out: &mut String) {
    out.push_str("\tPublic Key ID:\n");
    for (name, flags) in [("sha1", 0), ("sha256", 1)] {
        if let Ok(id) = crt.key_id(flags) {
            let _ = writeln!(out, "\t\t{name}:{}", hex_encode(&id));
        }
    }
    let _ = writeln!(out, "\tPublic Key PIN:\n\t\tpin-sha256:{}", pin(crt));
}

/// The FULL / UNSIGNED_FULL / FULL_NUMBERS forms: the main fields in
/// GnuTLS's layout, with the key parameters and the common extensions.
pub fn full(crt: &Crt, format: PrintFormat) -> String {
    let signed = format != PrintFormat::UnsignedFull;
    let (pk_id, bits) = crt.pk_algorithm();
    let mut out = String::from("X.509 Certificate Information:\n");
    let _ = writeln!(out, "\tVersion: {}", crt.version());
    let _ = writeln!(out, "\tSerial Number (hex): {}", hex_encode(crt.serial()));
    if signed {
        let _ = writeln!(out, "\tIssuer: {}", crt.issuer_dn(DnOrder::Rfc4514).unwrap_or_default());
    }
    let _ = writeln!(out, "\tValidity:\n\t\tNot Before: {}\n\t\tNot After: {}", long_time(crt.activation_time()), long_time(crt.expiration_time()));
    let _ = writeln!(out, "\tSubject: {}", crt.subject_dn(DnOrder::Rfc4514).unwrap_or_default());
    let _ = writeln!(out, "\tSubject Public Key Algorithm: {}", pk::get_name(pk_id));
    let level = crate::algorithms::secparam::from_pk_bits(pk_id, bits);
    let _ = writeln!(out, "\tAlgorithm Security Level: {} ({bits} bits)", crate::algorithms::secparam::get_name(level));
    super::print_ext::key_params(crt, &mut out);
    super::print_ext::extensions(crt, &mut out);
    if signed {
        // FULL names the algorithm plainly and warns on a line of its own.
        match sign::info(crt.signature_algorithm()) {
            Some(s) => {
                let _ = writeln!(out, "\tSignature Algorithm: {}", s.name);
                if !s.secure_for_certs {
                    out.push_str("warning: signed using a broken signature algorithm that can be forged.\n");
                }
            }
            None => out.push_str("\tSignature Algorithm: unknown\n"),
        }
        out.push_str("\tSignature:\n");
        super::print_ext::hex_block(&crt.info().signature, "\t\t", &mut out);
    }
    out.push_str("Other Information:\n");
    if signed {
        out.push_str("\tFingerprint:\n");
        for (name, id) in [("sha1", digest::SHA1), ("sha256", digest::SHA256)] {
            if let Ok(fp) = crt.fingerprint(id) {
                let _ = writeln!(out, "\t\t{name}:{}", hex_encode(&fp));
            }
        }
    }
    key_ids(crt, &mut out);
    out
}

/// gnutls_x509_crt_print
pub fn print(crt: &Crt, format: PrintFormat) -> String {
    match format {
        PrintFormat::OneLine => oneline(crt),
        PrintFormat::Compact => {
            let mut out = oneline(crt);
            out.push('\n');
            key_ids(crt, &mut out);
            out
        }
        other => full(crt, other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert_eq!(iso_time(1_577_836_800), "2020-01-01 00:00:00 UTC");
        assert_eq!(long_time(1_577_836_800), "Wed Jan 01 00:00:00 UTC 2020");
        assert_eq!(long_time(2227777117), "Sun Aug 05 10:58:37 UTC 2040");
    }

    #[test]
    fn oneline_leaf() {
        let pem = std::fs::read(format!("{}/tests/certs/chains/leaf.pem", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let crt = Crt::import(&pem, super::super::X509Format::Pem).unwrap();
        assert_eq!(
            oneline(&crt),
            "subject `CN=www.example.com', issuer `CN=Test Intermediate CA', serial 0x1004, EC/ECDSA key 256 bits, \
             signed using ECDSA-SHA256, activated `2020-01-01 00:00:00 UTC', expires `2040-01-01 00:00:00 UTC', \
             pin-sha256=\"iqZyZfW+nGXvj2bY7S+1b6+/kLblP+6dD09ENPcFPYY=\""
        );
    }
}
