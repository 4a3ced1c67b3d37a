//! Our verification status bits against the real GnuTLS's, case by case.
//! Cases: tests/certs/cases.txt; GnuTLS's answers: tests/certs/expected-status.txt
//! (made by tests/c/verify_dump.c against libgnutls 3.7.9 at the same fixed time).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use rgnutls::x509::trust::TrustList;
use rgnutls::x509::verify::{verify_peer_with, VerifyOptions, PURPOSE_SERVER_AUTH};
use rgnutls::x509::{load, X509Format};
use rustls_pki_types::UnixTime;

/// 2030-01-01T00:00:00Z, the time verify_dump.c fixes.
const FIXED_NOW: u64 = 1_893_456_000;

fn certs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/certs")
}

fn expected() -> HashMap<String, u32> {
    let text = fs::read_to_string(certs_dir().join("expected-status.txt")).expect("fixture");
    text.lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(name, hex)| {
            (
                name.to_string(),
                u32::from_str_radix(hex.trim_start_matches("0x"), 16).expect("hex"),
            )
        })
        .collect()
}

#[test]
fn status_bits_match_gnutls() {
    let dir = certs_dir();
    let expected = expected();
    let cases = fs::read_to_string(dir.join("cases.txt")).expect("cases");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split_whitespace().collect();
        let [name, chain, host, trusts, crl, flags] = f[..] else {
            panic!("bad case line {line}")
        };
        let mut trust = TrustList::new();
        for t in trusts.split(',') {
            trust
                .add_trust_file(&dir.join(t), X509Format::Pem)
                .expect("trust");
        }
        if crl != "-" {
            trust
                .add_crl_file(&dir.join(crl), X509Format::Pem)
                .expect("crl");
        }
        let chain = load::certificates(&fs::read(dir.join(chain)).expect("chain"), X509Format::Pem)
            .expect("certs");
        let opts = VerifyOptions {
            hostname: (host != "-").then_some(host),
            purpose: Some(PURPOSE_SERVER_AUTH),
            flags: flags.parse().expect("flags"),
            now: UnixTime::since_unix_epoch(std::time::Duration::from_secs(FIXED_NOW)),
        };
        let ours = verify_peer_with(&chain, &trust, &opts).expect("verify");
        let theirs = expected[name];
        if ours != theirs {
            failures.push(format!("{name}: ours 0x{ours:x}, gnutls 0x{theirs:x}"));
        }
        count += 1;
    }
    assert!(count >= 30, "too few cases ran: {count}");
    assert!(
        failures.is_empty(),
        "status mismatches:\n{}",
        failures.join("\n")
    );
}

#[test]
fn damaged_input_gives_errors_not_panics() {
    let dir = certs_dir();
    let chain = load::certificates(
        &fs::read(dir.join("chains/valid.pem")).expect("chain"),
        X509Format::Pem,
    )
    .expect("certs");
    let mut trust = TrustList::new();
    trust
        .add_trust_file(&dir.join("chains/root.pem"), X509Format::Pem)
        .expect("trust");
    let now = UnixTime::now();
    assert!(rgnutls::x509::verify::verify_peer(&[], &trust, None, 0, now).is_err());
    let leaf: &[u8] = chain[0].as_ref();
    for len in (0..leaf.len()).step_by(7) {
        let cut = rustls_pki_types::CertificateDer::from(&leaf[..len]);
        assert!(rgnutls::x509::verify::verify_peer(&[cut], &trust, Some("x"), 0, now).is_err());
        assert!(load::certificates(&leaf[..len], X509Format::Der).is_err());
        let _ = trust.clone().add_crl_mem(&leaf[..len], X509Format::Der);
    }
}
