use super::*;
use crate::algorithms::pk;
use crate::x509::crt::san_type;
use crate::x509::keygen;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/certs/crq/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn rsa_key() -> crate::x509::privkey::PrivateKey {
    let pem = std::fs::read(format!("{}/tests/certs/keys/rsa-pkcs1.pem", env!("CARGO_MANIFEST_DIR"))).unwrap();
    crate::x509::privkey::PrivateKey::import(&pem, X509Format::Pem, None).unwrap()
}

fn request(key: &crate::x509::privkey::PrivateKey) -> Crq {
    let mut crq = Crq::new();
    crq.set_subject_dn("O=Org,CN=test.example").unwrap();
    crq.add_subject_attribute("2.5.4.6", false, b"GR").unwrap();
    crq.set_spki(&key.spki().unwrap()).unwrap();
    crq.add_subject_alt_name(san_type::DNSNAME, b"a.example", build::FSAN_APPEND).unwrap();
    crq.add_subject_alt_name(san_type::IPADDRESS, &[10, 0, 0, 1], build::FSAN_APPEND).unwrap();
    crq.set_key_usage(0x80 | 0x20).unwrap();
    crq.set_basic_constraints(true, 1).unwrap();
    crq.add_key_purpose("1.3.6.1.5.5.7.3.1", false).unwrap();
    crq.add_challenge_password("secret").unwrap();
    crq
}

#[test]
fn made_requests_sign_verify_and_round_trip() {
    for key in [rsa_key(), keygen::generate(pk::ECDSA, 256).unwrap(), keygen::generate(pk::EDDSA_ED25519, 0).unwrap()] {
        let mut crq = request(&key);
        assert_eq!(crq.verify(), Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND));
        crq.sign(&key, 0).unwrap();
        assert_eq!(crq.version(), Ok(1));
        crq.verify().unwrap();
        let pem = crq.export(X509Format::Pem).unwrap();
        assert!(pem.starts_with(b"-----BEGIN NEW CERTIFICATE REQUEST-----\n"));
        let back = Crq::import(&pem, X509Format::Pem).unwrap();
        assert_eq!(back.to_der().unwrap(), crq.to_der().unwrap());
        back.verify().unwrap();
        assert_eq!(back.subject_dn(dn::DnOrder::Rfc4514).unwrap(), "C=GR,O=Org,CN=test.example");
        assert_eq!(back.challenge_password().unwrap(), "secret");
        assert_eq!(back.key_usage().unwrap(), (0xa0, true));
        assert_eq!(back.basic_constraints().unwrap().path_len, 1);
        // Asked for as not critical, but GnuTLS's lookup of the purposes
        // leaves the criticality of the last extension it passed (basic
        // constraints, critical).
        assert_eq!(back.key_purpose(0).unwrap(), ("1.3.6.1.5.5.7.3.1".to_string(), true));
        let (names, _) = back.alt_names().unwrap();
        assert_eq!(names[1].value, vec![10, 0, 0, 1]);
        // A change invalidates the signature until signed again.
        let mut changed = back.clone();
        changed.add_subject_attribute("2.5.4.3", false, b"more").unwrap();
        assert_eq!(changed.verify(), Err(errors::GNUTLS_E_PK_SIG_VERIFY_FAILED));
        changed.sign(&key, 0).unwrap();
        changed.verify().unwrap();
    }
}

#[test]
fn rsa_signing_is_deterministic_and_prefers_sha256() {
    let key = rsa_key();
    let (mut a, mut b) = (request(&key), request(&key));
    a.sign(&key, 0).unwrap();
    b.sign(&key, 0).unwrap();
    assert_eq!(a.to_der().unwrap(), b.to_der().unwrap());
    assert_eq!(sign::info(a.signature_algorithm()).unwrap().name, "RSA-SHA256");
}

#[test]
fn attributes_are_encoded_sorted_and_extensions_replace_in_place() {
    let key = rsa_key();
    let mut crq = request(&key);
    crq.set_extension("1.2.3.4", false, &[4, 1, 0]).unwrap();
    crq.set_key_usage(0x04).unwrap();
    let oids: Vec<String> = (0..).map_while(|i| crq.extension(i).ok()).map(|e| e.0).collect();
    assert_eq!(oids, ["2.5.29.17", "2.5.29.15", "2.5.29.19", "2.5.29.37", "1.2.3.4"]);
    crq.sign(&key, 0).unwrap();
    let back = Crq::from_der(&crq.to_der().unwrap()).unwrap();
    // The challenge password (the shorter attribute) encodes first.
    assert_eq!(back.attributes()[0].oid.to_string(), OID_CHALLENGE_PASSWORD);
    assert_eq!(back.attributes()[1].oid.to_string(), OID_EXTENSION_REQUEST);
}

#[test]
fn fixtures_from_certtool_and_openssl() {
    let crq = Crq::import(&fixture("certtool-rsa.pem"), X509Format::Pem).unwrap();
    crq.verify().unwrap();
    assert_eq!(crq.tls_features().unwrap(), (vec![5], false));
    let crq = Crq::import(&fixture("openssl-ec.pem"), X509Format::Pem).unwrap();
    crq.verify().unwrap();
    assert_eq!(crq.pk_algorithm().unwrap(), (pk::ECDSA, 256));
    let der = fixture("openssl-rsa-sha1.der");
    let crq = Crq::import(&der, X509Format::Der).unwrap();
    assert_eq!(crq.to_der().unwrap(), der);
    assert_eq!(crq.extension(0), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
    assert!(print::print(&crq).starts_with("PKCS #10 Certificate Request Information:\n\tVersion: 1\n\tSubject: CN=plain\n"));
}

#[test]
fn bad_input_codes() {
    let der = fixture("openssl-rsa-sha1.der");
    assert_eq!(Crq::from_der(&[]), Err(errors::GNUTLS_E_ASN1_TAG_ERROR));
    assert_eq!(Crq::from_der(&der[..der.len() - 1]), Err(errors::GNUTLS_E_ASN1_DER_ERROR));
    assert_eq!(Crq::from_der(b"garbage"), Err(errors::GNUTLS_E_ASN1_TAG_ERROR));
    assert_eq!(Crq::import(b"garbage", X509Format::Pem), Err(errors::GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR));
}

#[test]
fn unset_fields() {
    let crq = Crq::new();
    assert_eq!(crq.version(), Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND));
    assert_eq!(crq.to_der(), Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND));
    assert_eq!(crq.subject_dn(dn::DnOrder::Encoded), Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
    assert_eq!(crq.signature_algorithm(), 0);
    let mut crq = Crq::new();
    assert_eq!(crq.add_subject_attribute("1.2.3.4", false, b"x"), Err(errors::GNUTLS_E_X509_UNSUPPORTED_OID));
    assert_eq!(crq.set_subject_dn("CN=a,O=b+OU=c"), Err(errors::GNUTLS_E_PARSING_ERROR));
    assert_eq!(crq.add_subject_alt_name(99, b"x", 0), Err(errors::GNUTLS_E_INTERNAL_ERROR));
}

/// certtool writes the request's text (gnutls_x509_crq_print) before the
/// PEM: ours must print the same text. (certtool prints the request it
/// has just made, its attributes in the order they were set; the RSA
/// fixture's are sorted once encoded, so only the EC one, with a single
/// attribute, prints the same after import.)
#[test]
fn print_matches_the_text_certtool_wrote() {
    let file = fixture("certtool-ec.pem");
    let text = String::from_utf8(file.clone()).unwrap();
    let expected = &text[..text.find("\n\n").unwrap() + 1];
    let crq = Crq::import(&file, X509Format::Pem).unwrap();
    assert_eq!(print::print(&crq), expected);
}

#[test]
fn rsa_pss_keys_sign_with_pss_parameters() {
    let pem = std::fs::read(format!("{}/tests/certs/keys/rsa-pss.key", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let key = crate::x509::privkey::PrivateKey::import(&pem, X509Format::Pem, None).unwrap();
    let mut crq = Crq::new();
    crq.set_subject_dn("CN=pss").unwrap();
    crq.set_spki(&key.spki().unwrap()).unwrap();
    crq.sign(&key, 0).unwrap();
    assert_eq!(sign::info(crq.signature_algorithm()).unwrap().name, "RSA-PSS-SHA256");
    Crq::from_der(&crq.to_der().unwrap()).unwrap().verify().unwrap();
}
