//! Certificate, key, CRL and PEM import.
use rgnutls::x509::cert::CertInfo;
use rgnutls::x509::crt::Crt;
use rgnutls::x509::dn::DnOrder;
use rgnutls::x509::privkey::PrivateKey;
use rgnutls::x509::{load, X509Format};

/// Arbitrary bytes into certificate, key, CRL and PEM import, and every
/// getter of a certificate that decodes.
pub fn x509_import(data: &[u8]) {
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

