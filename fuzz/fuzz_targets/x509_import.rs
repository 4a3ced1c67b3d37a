//! Arbitrary bytes into the core's certificate, private key, CRL and PEM
//! import, and every getter of a certificate that decodes: nothing may
//! panic. With `--features libfuzzer` it is a cargo-fuzz target; without,
//! a plain program that replays the files (or directories) it is given.
#![cfg_attr(feature = "libfuzzer", no_main)]

use rgnutls::x509::cert::CertInfo;
use rgnutls::x509::crt::Crt;
use rgnutls::x509::dn::DnOrder;
use rgnutls::x509::privkey::PrivateKey;
use rgnutls::x509::{load, X509Format};

fn one(data: &[u8]) {
    for format in [X509Format::Der, X509Format::Pem] {
        if let Ok(crt) = Crt::import(data, format) {
            exercise(&crt);
        }
        if let Ok(list) = Crt::import_list(data, format) {
            list.iter().for_each(exercise);
        }
        let _ = PrivateKey::import(data, format, None);
        let _ = PrivateKey::import(data, format, Some("secret"));
        let _ = load::crls(data, format);
        let _ = load::certificates(data, format);
    }
    let _ = CertInfo::parse(data);
    let _ = rgnutls::encoding::pem_decode(None, data);
}

fn exercise(crt: &Crt) {
    let _ = crt.subject_dn(DnOrder::Encoded);
    let _ = crt.issuer_dn(DnOrder::Rfc4514);
    for oid in ["2.5.4.3", "2.5.4.10", "1.2.3.4"] {
        let _ = crt.subject_value_by_oid(oid, 0, false);
        let _ = crt.issuer_value_by_oid(oid, 1, true);
    }
    let _ = crt.pk_algorithm();
    let _ = crt.signature_algorithm();
    let _ = crt.alt_names();
    let _ = crt.key_usage();
    let _ = crt.basic_constraints();
    let _ = crt.subject_key_id();
    let _ = crt.authority_key_id();
    let _ = crt.key_id(0);
    let _ = crt.export(X509Format::Pem);
    let _ = crt.check_hostname("www.example.com", 0);
    let _ = crt.check_hostname("127.0.0.1", 0);
    let _ = crt.check_hostname("bücher.example", 0);
    let _ = crt.check_email("admin@example.com");
}

#[cfg(feature = "libfuzzer")]
libfuzzer_sys::fuzz_target!(|data: &[u8]| one(data));

#[cfg(not(feature = "libfuzzer"))]
fn main() {
    let mut count = 0;
    for arg in std::env::args().skip(1) {
        let path = std::path::Path::new(&arg);
        let files: Vec<_> = if path.is_dir() {
            std::fs::read_dir(path)
                .map(|d| d.flatten().map(|e| e.path()).collect())
                .unwrap_or_default()
        } else {
            vec![path.to_path_buf()]
        };
        for file in files {
            if let Ok(data) = std::fs::read(&file) {
                one(&data);
                // Truncations and a flipped byte of each input too.
                for cut in [1, data.len() / 2, data.len().saturating_sub(1)] {
                    one(&data[..cut.min(data.len())]);
                }
                let mut flipped = data.clone();
                if let Some(b) = flipped.get_mut(data.len() / 3) {
                    *b ^= 0x55;
                }
                one(&flipped);
                count += 1;
            }
        }
    }
    println!("{count} inputs ran without a panic");
}
