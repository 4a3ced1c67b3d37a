//! CRL and PKCS#12 import, with every getter of what decodes.
use rgnutls::pkcs12::Pkcs12;
use rgnutls::x509::crl::Crl;
use rgnutls::x509::dn::DnOrder;
use rgnutls::x509::X509Format;

/// Arbitrary bytes into CRL import (single and list) and the CRL getters.
pub fn crl_import(data: &[u8]) {
    for format in [X509Format::Der, X509Format::Pem] {
        if let Ok(crl) = Crl::import(data, format) {
            exercise(&crl);
        }
        if let Ok(list) = Crl::import_list(data, format) {
            list.iter().for_each(exercise);
        }
    }
}

fn exercise(crl: &Crl) {
    let _ = crl.issuer_dn(DnOrder::Encoded);
    let _ = crl.issuer_dn(DnOrder::Rfc4514);
    let _ = crl.issuer_value_by_oid("2.5.4.3", 0, false);
    let _ = (crl.this_update(), crl.next_update(), crl.version());
    for i in 0..=crl.crt_count().min(64) {
        let _ = crl.crt_serial(i);
    }
    let _ = crl.signature_algorithm();
    let _ = crl.number();
    let _ = crl.authority_key_id();
    let _ = crl.export(X509Format::Pem);
    let _ = crl.verify(&[], 0, 0);
}

/// Arbitrary bytes into PKCS#12 import, MAC check, bag decryption and
/// simple_parse (passwords "secret" and none).
pub fn pkcs12_import(data: &[u8]) {
    for format in [X509Format::Der, X509Format::Pem] {
        let Ok(p12) = Pkcs12::import(data, format) else { continue };
        for pass in [Some("secret"), None] {
            let _ = p12.verify_mac(pass);
            for bag in p12.bags() {
                let _ = bag.decrypt(pass);
                let _ = (bag.count(), bag.kind(0), bag.data(0));
            }
            let _ = p12.simple_parse(pass, true);
        }
    }
}

/// Arbitrary bytes into PKCS#7 import, every getter, printing, export and
/// the signature check against each embedded certificate.
pub fn pkcs7_import(data: &[u8]) {
    use rgnutls::x509::pkcs7::{attr_data, print_signature_info, Pkcs7};
    for format in [X509Format::Der, X509Format::Pem] {
        let Ok(p7) = Pkcs7::import(data, format) else { continue };
        for i in 0..=p7.crt_count().min(64) {
            let _ = p7.crt_raw(i);
        }
        for i in 0..=p7.crl_count().min(64) {
            let _ = p7.crl_raw(i);
        }
        let _ = (p7.embedded_data(false), p7.embedded_data(true), p7.embedded_data_oid());
        let certs = p7.certificates();
        for i in 0..=p7.signature_count().min(16) {
            if let Ok(info) = p7.signature_info(i) {
                let _ = print_signature_info(&info, true);
                for a in info.signed_attrs.iter().chain(&info.unsigned_attrs) {
                    let _ = attr_data(a, true);
                }
            }
            for c in &certs {
                let _ = p7.verify_signature(i, c.spki(), None);
                let _ = p7.verify_signature(i, c.spki(), Some(b"data"));
            }
            let _ = p7.find_signer(i, &certs);
        }
        let _ = p7.print(true);
        let _ = p7.export(X509Format::Der);
        let _ = p7.export(X509Format::Pem);
    }
}
