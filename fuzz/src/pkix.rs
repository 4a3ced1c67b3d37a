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
