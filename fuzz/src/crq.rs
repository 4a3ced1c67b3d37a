//! Certificate request import, with every getter, the printer and a
//! setter on what decodes.
use rgnutls::x509::crq::{print, Crq};
use rgnutls::x509::dn::DnOrder;
use rgnutls::x509::X509Format;

/// Arbitrary bytes into gnutls_x509_crq_import (DER and PEM) and the
/// request getters.
pub fn crq_import(data: &[u8]) {
    for format in [X509Format::Der, X509Format::Pem] {
        if let Ok(crq) = Crq::import(data, format) {
            exercise(crq);
        }
    }
}

fn exercise(mut crq: Crq) {
    let _ = crq.version();
    let _ = crq.subject_dn(DnOrder::Encoded);
    let _ = crq.subject_dn(DnOrder::Rfc4514);
    let _ = crq.subject_value_by_oid("2.5.4.3", 0, false);
    let _ = crq.subject_oid(0);
    let _ = (crq.pk_algorithm(), crq.pk_oid(), crq.key_id(0), crq.rsa_numbers());
    let _ = (crq.signature_algorithm(), crq.signature_oid());
    let _ = crq.verify();
    for i in 0..crq.attributes().len().min(16) {
        let _ = crq.attributes()[i].values.first();
    }
    let _ = crq.challenge_password();
    for i in 0..16 {
        if crq.extension(i).is_err() {
            break;
        }
    }
    let _ = crq.alt_names();
    let _ = crq.alt_othername_oid(0);
    let _ = (crq.key_usage(), crq.basic_constraints(), crq.key_purpose(0));
    let _ = (crq.private_key_usage_period(), crq.tls_features());
    let _ = print::print(&crq);
    let _ = crq.export(X509Format::Pem);
    // Setters rewrite the attributes of what was decoded.
    let _ = crq.set_key_usage(0x80);
    let _ = crq.add_challenge_password("x");
    let _ = crq.to_der();
}
