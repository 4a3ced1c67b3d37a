//! The certificate getters of rgnutls::x509::crt over the corpus
//! (tests/certs/x509, made by make-x509.sh). Expected values are what
//! GnuTLS 3.7.9 returns (tests/c/diff/x509_crt.c compares every getter
//! with the real library; these pin the interesting cases in Rust).

use std::path::PathBuf;

use rgnutls::x509::crt::{san_type, Crt};
use rgnutls::x509::dn::DnOrder;
use rgnutls::x509::privkey::PrivateKey;
use rgnutls::x509::X509Format;

fn load(name: &str) -> Crt {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/certs")
        .join(name);
    Crt::import(&std::fs::read(path).unwrap(), X509Format::Pem).unwrap()
}

#[test]
fn dn_text_in_both_orders() {
    let c = load("x509/dn-rdnplus.pem");
    assert_eq!(
        c.subject_dn(DnOrder::Encoded).unwrap(),
        "O=Plus Org,OU=A+CN=plus.example.com"
    );
    assert_eq!(
        c.subject_dn(DnOrder::Rfc4514).unwrap(),
        "OU=A+CN=plus.example.com,O=Plus Org"
    );
    let e = load("x509/dn-escape.pem");
    assert_eq!(
        e.subject_dn(DnOrder::Rfc4514).unwrap(),
        "CN=a\\,b\\+c\\\"d\\\\e\\<f\\>g\\;h=i/j,OU=\\#hash,O=\\ lead and trail\\ "
    );
    let m = load("x509/dn-multi.pem");
    let text = m.subject_dn(DnOrder::Encoded).unwrap();
    assert!(text.starts_with("C=US,ST=California,L=San Francisco,O=Org\\, Inc.,OU=Dev,OU=Ops,"));
    assert!(text.contains(",EMAIL=admin@example.com,DC=example,DC=com,UID=jdoe,"));
    assert!(text.contains(",0.9.2342.19200300.100.1.5=#0c03746561,"));
    assert_eq!(
        m.subject_value_by_oid("2.5.4.11", 1, false).unwrap(),
        b"Ops"
    );
    assert_eq!(
        m.subject_value_by_oid("2.5.4.6", 0, true).unwrap(),
        b"\x13\x02US"
    );
}

#[test]
fn alt_names_of_every_kind() {
    let c = load("x509/san-all.pem");
    let (names, critical) = c.alt_names().unwrap();
    assert!(!critical);
    let kinds: Vec<u32> = names.iter().map(|n| n.kind).collect();
    use san_type::*;
    assert_eq!(
        kinds,
        [
            DNSNAME,
            DNSNAME,
            DNSNAME,
            DNSNAME,
            DNSNAME,
            RFC822NAME,
            URI,
            IPADDRESS,
            IPADDRESS,
            REGISTERED_ID,
            OTHERNAME_MSUSERPRINCIPAL,
            DN
        ]
    );
    assert_eq!(names[7].value, [10, 0, 0, 1]);
    assert_eq!(names[10].value, b"user@example.com");
    assert_eq!(names[11].value, b"CN=dir.example.com,O=Dir Org,C=DE");
    assert_eq!(c.key_usage().unwrap(), (0x8079, false));
}

#[test]
fn hostname_rules() {
    let san = load("x509/san-all.pem");
    assert!(san.check_hostname("foo.example.com", 0));
    assert!(!san.check_hostname("a.b.example.com", 0));
    assert!(san.check_hostname("2001:DB8:0::1", 0));
    assert!(!san.check_hostname("10.0.0.1", 2), "IP matches disabled");
    assert!(san.check_hostname("bücher.example", 0), "IDNA");
    assert!(
        !san.check_hostname("w.test.org", 0),
        "wildcard only at the start"
    );
    // CN fallback: not when an IP SAN exists; yes with an email SAN only.
    assert!(!load("x509/ip-san-cn.pem").check_hostname("ipcn.example.com", 0));
    assert!(load("x509/email-san-cn.pem").check_hostname("mail.example.com", 0));
    // An IP address in the CN counts only when IP matching is off.
    let cn_ip = load("x509/cn-ip.pem");
    assert!(!cn_ip.check_hostname("127.0.0.1", 0));
    assert!(cn_ip.check_hostname("127.0.0.1", 2));
    assert!(load("x509/cn-wild.pem").check_hostname("x.cnwild.example.com", 0));
}

#[test]
fn keys_and_serials() {
    assert_eq!(
        load("x509/serial.pem").serial(),
        [0x00, 0x80, 0xa1, 0xb2, 0xc3, 0xd4, 0xe5, 0xf6, 0x07, 0x18]
    );
    assert_eq!(load("keys/rsa.pem").pk_algorithm(), (1, 2048));
    assert_eq!(load("keys/rsa-pss.pem").pk_algorithm(), (6, 2048));
    assert_eq!(load("keys/ec384.pem").pk_algorithm(), (4, 384));
    assert_eq!(load("keys/ed25519.pem").pk_algorithm(), (7, 256));
    assert_eq!(load("keys/rsa-pss.pem").signature_algorithm(), 32);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/certs/keys");
    for (file, pk) in [
        ("rsa-pkcs1.pem", 1),
        ("rsa-pss.key", 6),
        ("ec256-sec1.pem", 4),
        ("ed25519.key", 7),
    ] {
        let key = PrivateKey::import(
            &std::fs::read(dir.join(file)).unwrap(),
            X509Format::Pem,
            None,
        )
        .unwrap();
        assert_eq!(key.pk_algorithm(), pk, "{file}");
    }
}
