//! Checks the parser against the real GnuTLS 3.7.9, recorded by
//! tests/c/priority_dump.c into tests/fixtures/priority_dump.txt.

use super::*;

const DUMP: &str = include_str!("../../tests/fixtures/priority_dump.txt");

fn ids(field: &str) -> Vec<u32> {
    field
        .split(',')
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// GnuTLS indexes a listed suite only if an enabled version can use it
/// (DTLS 1.2 counts as TLS 1.2, DTLS 1.0 as TLS 1.1; no DTLS for TLS 1.3).
fn indexable(protocols: &[u32], cs: &CipherSuite) -> bool {
    let max_tls = protocols
        .iter()
        .copied()
        .filter(|&p| p < ids::DTLS_MIN)
        .max()
        .unwrap_or(0);
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
    let (input, code, pos) = (
        fields[0],
        fields[1].parse::<i32>().ok()?,
        fields[2].parse::<i64>().ok()?,
    );
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
                Some(format!(
                    "{input:?}: want ({code},{pos}) got ({},{got_pos})",
                    e.code
                ))
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
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn parse(s: &str) -> Priority {
    match Priority::init_with_config(Some(s), false, &SystemConfig::default()) {
        Ok(p) => p,
        Err(e) => panic!("{s:?} rejected: {e:?}"),
    }
}

#[test]
fn engine_view_of_normal() {
    let p = parse("NORMAL");
    assert_eq!(p.protocol_list(), &[ids::TLS1_3, ids::TLS1_2]);
    assert_eq!(p.cipher_list(), &[11, 23, 10]);
    assert_eq!(p.mac_list(), &[ids::MAC_AEAD]);
    assert_eq!(p.kx_list(), &[ids::KX_ECDHE_ECDSA, ids::KX_ECDHE_RSA]);
    assert_eq!(p.group_list(), &[2, 3, 6]);
    assert_eq!(p.ecc_curve_list(), &[2, 3, 6]);
    assert_eq!(p.sign_list(), &[6, 40, 14, 37, 35, 7, 41, 15, 38, 8, 42]);
    assert_eq!(
        p.certificate_type_list(CertTypeTarget::Client),
        &[ids::CRT_X509]
    );
    let names: Vec<&str> = p
        .cipher_suites()
        .iter()
        .map(|&i| CIPHER_SUITES[i].name)
        .collect();
    assert_eq!(
        names,
        [
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_CHACHA20_POLY1305",
            "TLS_ECDHE_ECDSA_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_CHACHA20_POLY1305",
            "TLS_ECDHE_RSA_AES_128_GCM_SHA256",
        ]
    );
    assert_eq!(p.cipher_suite_index(0), Ok(1));
    assert_eq!(
        p.cipher_suite_index(9),
        Err(crate::errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
    );
    assert!(p.check_negotiable().is_ok());
    assert_eq!(p.protocol_versions().len(), 2);
}

#[test]
fn crypto_provider_follows_priority() {
    let p = parse("NORMAL:-VERS-TLS1.3:-CIPHER-ALL:+CHACHA20-POLY1305:-GROUP-ALL:+GROUP-X25519:%SERVER_PRECEDENCE");
    let cp = p.crypto_provider();
    let suites: Vec<u16> = cp
        .cipher_suites
        .iter()
        .map(|s| u16::from(s.suite()))
        .collect();
    assert_eq!(suites, [0xCCA9, 0xCCA8]);
    assert_eq!(cp.kx_groups.len(), 1);
    assert_eq!(cp.kx_groups[0].name(), rustls::NamedGroup::X25519);
    assert_eq!(p.protocol_versions(), vec![&rustls::version::TLS12]);
    assert!(p.server_precedence());

    let p =
        parse("NORMAL:-SIGN-ALL:+SIGN-ECDSA-SECP256R1-SHA256:+SIGN-EDDSA-ED25519:+SIGN-RSA-SHA1");
    let schemes = p
        .crypto_provider()
        .signature_verification_algorithms
        .supported_schemes();
    assert_eq!(
        schemes,
        [
            rustls::SignatureScheme::ECDSA_NISTP256_SHA256,
            rustls::SignatureScheme::ED25519
        ]
    );
    // Cached mapping is reused for an identical list.
    let again = p
        .crypto_provider()
        .signature_verification_algorithms
        .mapping
        .as_ptr();
    assert_eq!(
        again,
        p.crypto_provider()
            .signature_verification_algorithms
            .mapping
            .as_ptr()
    );
}

#[test]
fn valid_for_gnutls_but_not_for_engine() {
    // GnuTLS accepts this (TLS 1.0 + CBC); rgnutls cannot negotiate it.
    let p = parse("NONE:+VERS-TLS1.0:+AES-128-CBC:+RSA:+SHA1:+SIGN-ALL");
    assert_eq!(p.gnutls_view().protocols, [ids::TLS1_0]);
    assert!(p.protocol_list().is_empty());
    assert_eq!(
        p.check_negotiable(),
        Err(crate::errors::GNUTLS_E_NO_PRIORITIES_WERE_SET)
    );
    // GnuTLS itself accepts this one at init but leaves no protocol.
    let p = parse("NONE:+VERS-TLS1.3:+AES-256-GCM:+AEAD:+SIGN-ALL");
    assert_eq!(
        p.check_negotiable(),
        Err(crate::errors::GNUTLS_E_NO_PRIORITIES_WERE_SET)
    );
}

#[test]
fn flags_and_levels() {
    let f = parse("PFS").flags().clone();
    assert!(f.no_tickets_tls12 && !f.no_tickets);
    // A later level resets %NO_TICKETS, as in GnuTLS.
    assert!(!parse("NORMAL:%NO_TICKETS:+SECURE128").no_tickets());
    let f = parse("NORMAL:%COMPAT:%DISABLE_TLS13_COMPAT_MODE:%UNSAFE_RENEGOTIATION")
        .flags()
        .clone();
    assert!(f.compat && f.no_etm && f.dumbfw && f.allow_small_records && f.no_session_hash);
    assert!(!f.tls13_compat_mode);
    assert_eq!(f.renegotiation, Renegotiation::Unsafe);
    assert_eq!(
        parse("NORMAL").flags().verification_profile(),
        ids::PROFILE_LOW
    );
    assert_eq!(
        parse("SECURE192").flags().verification_profile(),
        ids::PROFILE_HIGH
    );
    let f = parse("NORMAL:%PROFILE_ULTRA:%VERIFY_DISABLE_CRL_CHECKS")
        .flags()
        .clone();
    assert_eq!(f.verification_profile(), ids::PROFILE_ULTRA);
    assert_eq!(
        f.verify_flags & ids::VERIFY_DISABLE_CRL_CHECKS,
        ids::VERIFY_DISABLE_CRL_CHECKS
    );
    assert_eq!(f.sec_param, ids::SEC_PARAM_ULTRA);
    assert!(parse("NORMAL:%NO_EXTENSIONS").no_extensions());
}

#[test]
fn system_config_keywords() {
    let cfg = SystemConfig::parse(
        "# comment\n[priorities]\nSYSTEM = NORMAL:-VERS-TLS1.3\nWEB=SECURE192 ; note\n\
         [overrides]\ndefault-priority-string = PFS\ntls-disabled-cipher = CHACHA20-POLY1305\n",
    );
    assert_eq!(cfg.lookup("SYSTEM"), Some("NORMAL:-VERS-TLS1.3"));
    assert_eq!(cfg.lookup("WEB"), Some("SECURE192"));
    let p = Priority::init_with_config(Some("@MISSING,SYSTEM:%SERVER_PRECEDENCE"), false, &cfg)
        .unwrap();
    assert_eq!(p.protocol_list(), &[ids::TLS1_2]);
    assert!(p.server_precedence());
    assert!(!p.cipher_list().contains(&ids::CIPHER_CHACHA20_POLY1305));
    // The default string comes from the file.
    let d = Priority::init_with_config(None, false, &cfg).unwrap();
    assert!(d.flags().no_tickets_tls12);
    // Errors in a resolved string point at the start.
    let e = Priority::init_with_config(Some("@WEB:+BOGUS"), false, &cfg).unwrap_err();
    assert_eq!(
        e,
        PriorityError {
            code: crate::errors::GNUTLS_E_INVALID_REQUEST,
            err_pos: Some(0)
        }
    );
    // Without a file @SYSTEM is an error, as on stock Debian.
    assert!(Priority::init_with_config(Some("@SYSTEM"), false, &SystemConfig::default()).is_err());
}

#[test]
fn table_queries() {
    let cs = cipher_suite_info(78).unwrap();
    assert_eq!(
        (cs.name, cs.id, cs.kx, cs.cipher, cs.mac, cs.min_version),
        (
            "TLS_ECDHE_ECDSA_AES_128_GCM_SHA256",
            [0xC0, 0x2B],
            13,
            10,
            200,
            4
        )
    );
    assert_eq!(CIPHER_SUITES.len(), 188);
    assert!(cipher_suite_info(188).is_none());
    assert_eq!(
        cipher_suite_get_name(0, 23, 200),
        Some("CHACHA20_POLY1305_SHA256")
    );
    assert_eq!(
        cipher_suite_get_name(12, 10, 200),
        Some("ECDHE_RSA_AES_128_GCM_SHA256")
    );
    assert_eq!(cipher_suite_get_name(12, 23, 3), None);
    assert_eq!(
        priority_string_list(0, PRIORITY_LIST_INIT_KEYWORDS),
        Some("NORMAL")
    );
    assert_eq!(
        priority_string_list(7, PRIORITY_LIST_INIT_KEYWORDS),
        Some("PERFORMANCE")
    );
    assert_eq!(priority_string_list(8, PRIORITY_LIST_INIT_KEYWORDS), None);
    assert_eq!(
        priority_string_list(6, PRIORITY_LIST_SPECIAL),
        Some("NO_ETM")
    );
    assert_eq!(priority_string_list(56, PRIORITY_LIST_SPECIAL), Some(""));
    assert_eq!(priority_string_list(57, PRIORITY_LIST_SPECIAL), None);
    assert_eq!(priority_string_list(0, 0), None);
}

#[test]
fn clones_share_data() {
    let p = parse("NORMAL");
    let q = p.clone();
    assert!(std::ptr::eq(p.lists(), q.lists()));
}
