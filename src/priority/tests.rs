//! Checks the parser against the real GnuTLS 3.7.9, recorded by
//! tests/c/priority_dump.c into tests/fixtures/priority_dump.txt.

use super::*;

const DUMP: &str = include_str!("../../tests/fixtures/priority_dump.txt");

fn ids(field: &str) -> Vec<u32> {
    field.split(',').filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect()
}

/// GnuTLS indexes a listed suite only if an enabled version can use it
/// (DTLS 1.2 counts as TLS 1.2, DTLS 1.0 as TLS 1.1; no DTLS for TLS 1.3).
fn indexable(protocols: &[u32], cs: &CipherSuite) -> bool {
    let max_tls = protocols.iter().copied().filter(|&p| p < ids::DTLS_MIN).max().unwrap_or(0);
    let max_dtls_as_tls = if protocols.contains(&ids::DTLS1_2) {
        ids::TLS1_2
    } else if protocols.contains(&ids::DTLS1_0) {
        ids::TLS1_1
    } else {
        0
    };
    max_tls >= cs.min_version || (cs.min_version < ids::TLS1_3 && max_dtls_as_tls >= cs.min_version)
}

/// Runs one recorded case; returns a description of the mismatch, if any.
fn check_case(line: &str) -> Option<String> {
    let fields: Vec<&str> = line.split('\t').collect();
    let (input, code, pos) = (fields[0], fields[1].parse::<i32>().ok()?, fields[2].parse::<i64>().ok()?);
    let cfg = SystemConfig::default();
    let result = if input == "#NULL" {
        Priority::init_with_config(None, false, &cfg)
    } else if let Some(s) = input.strip_prefix("#APPEND ") {
        Priority::init_with_config(Some(s), true, &cfg)
    } else {
        Priority::init_with_config(Some(input), false, &cfg)
    };
    match result {
        Err(e) => {
            let got_pos = e.err_pos.map_or(-1, |p| p as i64);
            if code == e.code && pos == got_pos {
                None
            } else {
                Some(format!("{input:?}: want ({code},{pos}) got ({},{got_pos})", e.code))
            }
        }
        Ok(p) if code == 0 => {
            let v = p.gnutls_view();
            for f in &fields[3..] {
                let (key, val) = f.split_once('=')?;
                let want = ids(val);
                let got: Vec<u32> = match key {
                    "proto" => v.protocols.clone(),
                    "cipher" => v.ciphers.clone(),
                    "mac" => v.macs.clone(),
                    "kx" => v.kx.clone(),
                    "group" => v.groups.clone(),
                    "ecc" => {
                        let end = v.groups.iter().position(|&g| g >= ids::GROUP_FFDHE_MIN);
                        v.groups[..end.unwrap_or(v.groups.len())].to_vec()
                    }
                    "sign" => v.signs.clone(),
                    "ctcli" => v.client_ctypes.clone(),
                    "ctsrv" => v.server_ctypes.clone(),
                    // 9999 marks suites GnuTLS lists but will not index.
                    "cs" => {
                        let want: Vec<u32> = want.iter().copied().filter(|&x| x != 9999).collect();
                        let got: Vec<u32> = p
                            .gnutls_suites()
                            .iter()
                            .filter(|&&i| indexable(&v.protocols, &CIPHER_SUITES[i]))
                            .map(|&i| i as u32)
                            .collect();
                        if want != got {
                            return Some(format!("{input:?}: cs want {want:?} got {got:?}"));
                        }
                        continue;
                    }
                    _ => continue,
                };
                if want != got {
                    return Some(format!("{input:?}: {key} want {want:?} got {got:?}"));
                }
            }
            None
        }
        Ok(_) => Some(format!("{input:?}: want ({code},{pos}) got success")),
    }
}

#[test]
fn matches_real_gnutls() {
    let cases: Vec<&str> = DUMP.lines().collect();
    assert!(cases.len() >= 40);
    let failures: Vec<String> = cases.iter().filter_map(|l| check_case(l)).collect();
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}
