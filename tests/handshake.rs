//! The rustls objects from credentials in a real (in-memory) handshake:
//! SNI certificate choice, recording verifiers, client certificates, and
//! handshake-time verification.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rgnutls::credentials::verifier::{
    ClientAuthMode, PeerRecord, RecordingClientVerifier, RecordingServerVerifier, VerifyPolicy,
};
use rgnutls::credentials::CertificateCredentials;
use rgnutls::x509::trust::TrustList;
use rgnutls::x509::{load, X509Format};
use rustls::crypto::ring::default_provider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, ServerConfig, ServerConnection};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/certs")
}

fn creds_with(pairs: &[(&str, &str)]) -> CertificateCredentials {
    let mut creds = CertificateCredentials::new();
    for (cert, key) in pairs {
        creds
            .add_key_file(&dir().join(cert), &dir().join(key), X509Format::Pem, None)
            .expect("key pair");
    }
    creds
}

fn server_creds() -> CertificateCredentials {
    creds_with(&[
        ("keys/rsa.pem", "keys/rsa-pkcs1.pem"),
        ("chains/valid.pem", "keys/leaf-ec.key"),
        ("keys/ed25519.pem", "keys/ed25519.key"),
    ])
}

fn root_trust() -> TrustList {
    let mut trust = TrustList::new();
    trust
        .add_trust_file(&dir().join("chains/root.pem"), X509Format::Pem)
        .expect("root");
    trust
}

/// Runs the handshake to completion or to the first error.
fn handshake(
    client: &mut ClientConnection,
    server: &mut ServerConnection,
) -> Result<(), rustls::Error> {
    for _ in 0..20 {
        let mut buf = Vec::new();
        while client.wants_write() {
            client.write_tls(&mut buf).expect("write");
        }
        let mut slice = &buf[..];
        while !slice.is_empty() {
            server.read_tls(&mut slice).expect("read");
            server.process_new_packets()?;
        }
        let mut buf = Vec::new();
        while server.wants_write() {
            server.write_tls(&mut buf).expect("write");
        }
        let mut slice = &buf[..];
        while !slice.is_empty() {
            client.read_tls(&mut slice).expect("read");
            client.process_new_packets()?;
        }
        if !client.is_handshaking() && !server.is_handshaking() {
            return Ok(());
        }
    }
    panic!("handshake did not finish");
}

struct Setup {
    client: ClientConnection,
    server: ServerConnection,
    client_record: PeerRecord,
    server_record: PeerRecord,
}

fn setup(
    sni: &str,
    server_creds: &CertificateCredentials,
    client_creds: Option<&CertificateCredentials>,
    mode: ClientAuthMode,
    policy: Option<VerifyPolicy>,
) -> Setup {
    let provider = Arc::new(default_provider());
    let server_record = PeerRecord::new();
    let client_verifier =
        RecordingClientVerifier::new(server_record.clone(), &provider, mode, &root_trust(), None);
    let server_config = ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_client_cert_verifier(Arc::new(client_verifier))
        .with_cert_resolver(server_creds.server_cert_resolver());
    let client_record = PeerRecord::new();
    let verifier = RecordingServerVerifier::new(client_record.clone(), &provider, policy);
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("versions")
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier));
    let client_config = match client_creds {
        Some(c) => builder.with_client_cert_resolver(c.client_cert_resolver(false)),
        None => builder.with_no_client_auth(),
    };
    let name = ServerName::try_from(sni.to_string()).expect("name");
    Setup {
        client: ClientConnection::new(Arc::new(client_config), name).expect("client"),
        server: ServerConnection::new(Arc::new(server_config)).expect("server"),
        client_record,
        server_record,
    }
}

fn leaf_of(file: &str) -> CertificateDer<'static> {
    let data = std::fs::read(dir().join(file)).expect("file");
    load::certificates(&data, X509Format::Pem)
        .expect("certs")
        .remove(0)
}

#[test]
fn untrusted_server_is_accepted_and_recorded() {
    let creds = server_creds();
    let mut s = setup(
        "www.example.com",
        &creds,
        None,
        ClientAuthMode::Ignore,
        None,
    );
    handshake(&mut s.client, &mut s.server).expect("handshake");
    let chain = s.client_record.chain().expect("chain recorded");
    assert_eq!(chain.len(), 2);
    assert_eq!(chain[0], leaf_of("chains/valid.pem"));
    // Post-handshake verification, as gnutls_certificate_verify_peers3.
    let mut verifying = CertificateCredentials::new();
    verifying
        .add_trust_file(&dir().join("chains/root.pem"), X509Format::Pem)
        .expect("root");
    let status = verifying
        .verify_peer(&chain, Some("www.example.com"), UnixTime::now())
        .expect("verify");
    assert_eq!(status, 0);
    let status = verifying
        .verify_peer(&chain, Some("other.example.org"), UnixTime::now())
        .expect("verify");
    assert_ne!(status, 0);
}

#[test]
fn sni_selects_the_matching_pair() {
    let creds = server_creds();
    for (sni, expected) in [
        ("rsa.example.com", "keys/rsa.pem"),
        ("foo.wild.example.com", "chains/valid.pem"),
        ("ed25519.example.com", "keys/ed25519.pem"),
        ("unknown.example.net", "keys/rsa.pem"), // falls back to the first pair
    ] {
        let mut s = setup(sni, &creds, None, ClientAuthMode::Ignore, None);
        handshake(&mut s.client, &mut s.server).expect("handshake");
        assert_eq!(
            s.client_record.chain().expect("chain")[0],
            leaf_of(expected),
            "SNI {sni}"
        );
    }
}

#[test]
fn verify_policy_fails_the_handshake() {
    let creds = server_creds();
    let policy = VerifyPolicy {
        trust: Arc::new(TrustList::new()),
        flags: 0,
        hostname: None,
    };
    let mut s = setup(
        "www.example.com",
        &creds,
        None,
        ClientAuthMode::Ignore,
        Some(policy),
    );
    assert!(handshake(&mut s.client, &mut s.server).is_err());
    assert_ne!(s.client_record.handshake_status(), Some(0));

    let policy = VerifyPolicy {
        trust: Arc::new(root_trust()),
        flags: 0,
        hostname: None,
    };
    let mut s = setup(
        "www.example.com",
        &creds,
        None,
        ClientAuthMode::Ignore,
        Some(policy),
    );
    handshake(&mut s.client, &mut s.server).expect("trusted chain passes");
    assert_eq!(s.client_record.handshake_status(), Some(0));
}

#[test]
fn client_certificates_request_and_require() {
    let server = server_creds();
    let client = creds_with(&[
        ("keys/ec384.pem", "keys/ec384-sec1.pem"),
        ("chains/valid.pem", "keys/leaf-ec.key"),
    ]);

    // REQUIRE with a client certificate: the one issued under our CA wins.
    let mut s = setup(
        "www.example.com",
        &server,
        Some(&client),
        ClientAuthMode::Require,
        None,
    );
    handshake(&mut s.client, &mut s.server).expect("handshake");
    assert_eq!(
        s.server_record.chain().expect("client chain")[0],
        leaf_of("chains/valid.pem")
    );

    // REQUEST without one: fine, nothing recorded.
    let mut s = setup(
        "www.example.com",
        &server,
        None,
        ClientAuthMode::Request,
        None,
    );
    handshake(&mut s.client, &mut s.server).expect("handshake");
    assert!(s.server_record.chain().is_none());

    // REQUIRE without one: the handshake fails.
    let mut s = setup(
        "www.example.com",
        &server,
        None,
        ClientAuthMode::Require,
        None,
    );
    assert!(handshake(&mut s.client, &mut s.server).is_err());
}

#[test]
fn rsa_pss_key_signs_a_handshake() {
    let creds = creds_with(&[("keys/rsa-pss.pem", "keys/rsa-pss.key")]);
    let mut s = setup(
        "pss.example.com",
        &creds,
        None,
        ClientAuthMode::Ignore,
        None,
    );
    handshake(&mut s.client, &mut s.server).expect("handshake");
}
