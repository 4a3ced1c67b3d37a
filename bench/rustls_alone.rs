//! rustls with ring used directly, in bench/tls.c's bulk pattern: one
//! process, a client and a server joined by memory pipes that copy in and
//! out like tls.c's push/pull callbacks, TLS 1.3, 16 KiB records, one
//! record sent then received, CPU time. It shows what the engine alone
//! reaches, so that bench/run-tls.sh can tell the C layer's cost from
//! the engine's. Not part of the library.
//!
//!   cargo run --release --example rustls_alone -- CERTDIR [SECONDS]

use std::io::{Read, Write};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, ServerConfig, ServerConnection, SignatureScheme};

/// The benchmark verifies nothing, as tls.c does.
#[derive(Debug)]
struct NoVerify;

impl ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        _: &[u8],
        _: &CertificateDer<'_>,
        _: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }
    fn verify_tls13_signature(
        &self,
        _: &[u8],
        _: &CertificateDer<'_>,
        _: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        rustls::crypto::ring::default_provider().signature_verification_algorithms.supported_schemes()
    }
}

/// A byte pipe: writes append (a copy in), reads copy out.
#[derive(Default)]
struct Pipe {
    data: Vec<u8>,
    off: usize,
}

impl Write for Pipe {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        if self.off == self.data.len() {
            self.data.clear();
            self.off = 0;
        }
        self.data.extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Read for Pipe {
    fn read(&mut self, b: &mut [u8]) -> std::io::Result<usize> {
        let n = b.len().min(self.data.len() - self.off);
        if n == 0 {
            return Err(std::io::ErrorKind::WouldBlock.into());
        }
        b[..n].copy_from_slice(&self.data[self.off..self.off + n]);
        self.off += n;
        Ok(n)
    }
}

fn cpu_seconds() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime fills the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9
}

fn bulk(dir: &str, seconds: f64, name: &str, suite: rustls::CipherSuite) {
    let certs: Vec<_> = CertificateDer::pem_file_iter(format!("{dir}/ecdsa-chain.pem"))
        .expect("certificate file")
        .map(|c| c.expect("certificate"))
        .collect();
    let key = PrivateKeyDer::from_pem_file(format!("{dir}/ecdsa.key")).expect("key file");
    let mut provider = rustls::crypto::ring::default_provider();
    provider.cipher_suites.retain(|s| s.suite() == suite);
    let provider = Arc::new(provider);
    let server = ServerConfig::builder_with_provider(Arc::clone(&provider))
        .with_protocol_versions(&[&rustls::version::TLS13])
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("server key");
    let client = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13])
        .expect("versions")
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(NoVerify))
        .with_no_client_auth();
    let mut c = ClientConnection::new(Arc::new(client), "localhost".try_into().expect("name")).expect("client");
    let mut s = ServerConnection::new(Arc::new(server)).expect("server");
    let (mut c2s, mut s2c) = (Pipe::default(), Pipe::default());
    while c.is_handshaking() || s.is_handshaking() {
        while c.wants_write() {
            c.write_tls(&mut c2s).expect("client write");
        }
        while s.read_tls(&mut c2s).is_ok() {}
        s.process_new_packets().expect("server handshake");
        while s.wants_write() {
            s.write_tls(&mut s2c).expect("server write");
        }
        while c.read_tls(&mut s2c).is_ok() {}
        c.process_new_packets().expect("client handshake");
    }
    let data = vec![0x5au8; 16384];
    let mut sink = vec![0u8; 16384];
    let start = cpu_seconds();
    let mut bytes = 0u64;
    while cpu_seconds() - start < seconds {
        for _ in 0..16 {
            c.writer().write_all(&data).expect("send");
            while c.wants_write() {
                c.write_tls(&mut c2s).expect("client write");
            }
            let mut got = 0;
            while got < data.len() {
                match s.reader().read(&mut sink) {
                    // black_box: the copy into `sink` is otherwise dead, and
                    // the optimiser drops it (measured: one memcpy per record
                    // fewer than a real reader does).
                    Ok(n) => got += std::hint::black_box(&sink[..n]).len(),
                    Err(_) => {
                        let _ = s.read_tls(&mut c2s);
                        s.process_new_packets().expect("server read");
                    }
                }
            }
            bytes += data.len() as u64;
        }
    }
    println!("{name} {:.1} MB/s", bytes as f64 / 1e6 / (cpu_seconds() - start));
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: rustls_alone CERTDIR [SECONDS]");
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1.2);
    // BENCH_ONLY=substring runs only the matching measurements, as in tls.c.
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    for (name, suite) in [
        ("bulk-aes-128-gcm", rustls::CipherSuite::TLS13_AES_128_GCM_SHA256),
        ("bulk-aes-256-gcm", rustls::CipherSuite::TLS13_AES_256_GCM_SHA384),
        ("bulk-chacha20-poly1305", rustls::CipherSuite::TLS13_CHACHA20_POLY1305_SHA256),
    ] {
        if name.contains(&only) {
            bulk(&dir, seconds, name, suite);
        }
    }
}
