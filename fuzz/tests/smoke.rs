//! Runs every fuzz harness on stable over generated inputs: valid-looking
//! TLS record headers with random bodies, truncations and plain noise. A
//! crash or panic fails the test; CI runs this (the libFuzzer targets need
//! nightly).

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn inputs() -> Vec<Vec<u8>> {
    let mut out = vec![Vec::new(), vec![0x16], vec![0x16, 3, 1, 0, 5, 1, 0, 0, 1, 0]];
    let mut st = 0x9e3779b97f4a7c15u64;
    for i in 0..300 {
        let len = (xorshift(&mut st) % 600) as usize;
        let mut v: Vec<u8> = (0..len).map(|_| xorshift(&mut st) as u8).collect();
        if i % 3 == 0 && v.len() > 5 {
            // a plausible record header: handshake/alert/appdata, TLS 1.2
            v[0] = [0x16, 0x15, 0x17, 0x14][i % 4];
            v[1] = 3;
            v[2] = 3;
        }
        out.push(v);
    }
    out
}

#[test]
fn peer_bytes_never_crash() {
    for v in inputs() {
        rgnutls_fuzz::peer_bytes(&v, false);
        rgnutls_fuzz::peer_bytes(&v, true);
    }
}

/// The x509 corpus (real certificates and keys), each also truncated and
/// with a flipped byte, plus the generated inputs.
#[test]
fn x509_import_never_crash() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/x509_import");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .map(|d| d.flatten().filter_map(|e| std::fs::read(e.path()).ok()).collect())
        .unwrap_or_default();
    assert!(!seeds.is_empty(), "corpus missing");
    seeds.extend(inputs());
    for data in seeds {
        rgnutls_fuzz::x509_import(&data);
        for cut in [1, data.len() / 2, data.len().saturating_sub(1)] {
            rgnutls_fuzz::x509_import(&data[..cut.min(data.len())]);
        }
        let mut flipped = data.clone();
        if let Some(b) = flipped.get_mut(data.len() / 3) {
            *b ^= 0x55;
        }
        rgnutls_fuzz::x509_import(&flipped);
    }
}

/// Session data and db values: generated inputs, plus well-formed headers
/// of ours with random bodies.
#[test]
fn session_data_never_crash() {
    for mut v in inputs() {
        rgnutls_fuzz::session_data(&v);
        if v.len() > 5 {
            v[..5].copy_from_slice(b"RGcs\x01");
            rgnutls_fuzz::session_data(&v);
            v[..5].copy_from_slice(b"RGse\x01");
            rgnutls_fuzz::session_data(&v);
        }
    }
}

/// OCSP responses: the openssl-made corpus, each truncated and with flipped
/// bytes, plus the generated inputs.
#[test]
fn ocsp_import_never_crash() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/ocsp_import");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .map(|d| d.flatten().filter_map(|e| std::fs::read(e.path()).ok()).collect())
        .unwrap_or_default();
    assert!(!seeds.is_empty(), "corpus missing");
    seeds.extend(inputs());
    for data in seeds {
        rgnutls_fuzz::ocsp_import(&data);
        for cut in [1, data.len() / 2, data.len().saturating_sub(1)] {
            rgnutls_fuzz::ocsp_import(&data[..cut.min(data.len())]);
        }
        for at in [data.len() / 5, data.len() / 3, data.len() / 2] {
            let mut flipped = data.clone();
            if let Some(b) = flipped.get_mut(at) {
                *b ^= 0x55;
            }
            rgnutls_fuzz::ocsp_import(&flipped);
        }
    }
}

/// Seeds from tests/certs (CRLs, PKCS#12 files), each truncated and with
/// flipped bytes, plus the generated inputs.
fn pkix_seeds(dir: &str) -> Vec<Vec<u8>> {
    let dir = format!("{}/../tests/certs/{dir}", env!("CARGO_MANIFEST_DIR"));
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .map(|d| d.flatten().filter_map(|e| std::fs::read(e.path()).ok()).collect())
        .unwrap_or_default();
    assert!(!seeds.is_empty(), "corpus missing");
    let mut out = inputs();
    for data in seeds.drain(..) {
        for cut in [1, data.len() / 2, data.len().saturating_sub(1)] {
            out.push(data[..cut.min(data.len())].to_vec());
        }
        for at in [data.len() / 3, data.len() / 2, data.len() * 9 / 10] {
            let mut flipped = data.clone();
            if let Some(b) = flipped.get_mut(at) {
                *b ^= 0x55;
            }
            out.push(flipped);
        }
        out.push(data);
    }
    out
}

#[test]
fn crl_import_never_crash() {
    for data in pkix_seeds("crl") {
        rgnutls_fuzz::crl_import(&data);
    }
}

#[test]
fn pkcs7_import_never_crash() {
    for data in pkix_seeds("pkcs7") {
        rgnutls_fuzz::pkcs7_import(&data);
    }
}

#[test]
fn pkcs12_import_never_crash() {
    for data in pkix_seeds("pkcs12") {
        rgnutls_fuzz::pkcs12_import(&data);
    }
}

/// Known-hosts lines, CIDR text, signature values and DN strings: valid
/// seeds, their truncations and flipped bytes, plus the generated inputs.
#[test]
fn small_parsers_never_crash() {
    let seeds: [&[u8]; 6] = [
        b"|g0|h|443|0|MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n|c0|h|*|0|6|00ff\n",
        b"10.0.0.0/8",
        b"2001:db8::/32",
        &[0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01],
        b"CN=www.example.com,O=Example\\, Inc.,C=US",
        b"a%41%zz%",
    ];
    let mut all = inputs();
    for seed in seeds {
        for cut in 0..seed.len() {
            all.push(seed[..cut].to_vec());
            let mut flipped = seed.to_vec();
            flipped[cut] ^= 0x20;
            all.push(flipped);
        }
        all.push(seed.to_vec());
    }
    for data in all {
        rgnutls_fuzz::small_parsers(&data);
    }
}

#[test]
fn crq_import_never_crash() {
    for data in pkix_seeds("crq") {
        rgnutls_fuzz::crq_import(&data);
    }
}
