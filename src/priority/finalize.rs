//! The consistency rules GnuTLS applies once a string is parsed: drop
//! versions that cannot work with the chosen algorithms, build the
//! cipher-suite list, and refuse a result with nothing to negotiate.

use super::ids::*;
use super::parse::RawLists;
use super::suites::CIPHER_SUITES;
use super::system::SystemConfig;
use super::{tables, Flags};
use crate::errors::{Code, GNUTLS_E_NO_PRIORITIES_WERE_SET};

/// Which protocol families a signature algorithm can serve in TLS
/// (TLS 1.2-and-earlier semantics, TLS 1.3 semantics).
fn sign_tls_use(id: u32) -> (bool, bool) {
    match id {
        // RSA PKCS#1, RSA-PSS (both key types) and EdDSA work in both.
        6 | 7 | 8 | 32 | 33 | 34 | 35 | 40 | 41 | 42 | 46 => (true, true),
        // ECDSA bound to a curve: TLS 1.3 only.
        37..=39 => (false, true),
        // SHA-1/SHA-224 RSA, DSA, ECDSA and GOST: TLS 1.2 and earlier.
        1 | 2 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 44 | 45 => (true, false),
        _ => (false, false),
    }
}

fn is_tls(p: u32) -> bool {
    p < DTLS_MIN
}

fn is_psk_kx(kx: u32) -> bool {
    matches!(kx, KX_PSK | KX_DHE_PSK | KX_ECDHE_PSK | KX_RSA_PSK)
}

fn is_srp_kx(kx: u32) -> bool {
    matches!(kx, KX_SRP | KX_SRP_RSA | KX_SRP_DSS)
}

/// The cipher-suite table index for (kx, cipher, mac): first match wins.
pub fn suite_index(kx: u32, cipher: u32, mac: u32) -> Option<usize> {
    CIPHER_SUITES
        .iter()
        .position(|s| s.kx == kx && s.cipher == cipher && s.mac == mac)
}

/// The outcome of the rules: final lists and the suite indices.
pub struct Finalized {
    pub lists: RawLists,
    pub suites: Vec<usize>,
}

pub fn finalize(mut l: RawLists, flags: &Flags, sys: &SystemConfig) -> Result<Finalized, Code> {
    // System-wide disablement (blocklist mode of the config file).
    l.kx.retain(|x| !sys.disabled_kx.contains(x));
    l.groups.retain(|x| !sys.disabled_groups.contains(x));
    l.ciphers.retain(|x| !sys.disabled_ciphers.contains(x));
    l.macs.retain(|x| !sys.disabled_macs.contains(x));

    let have_null = l.ciphers.contains(&CIPHER_NULL);
    let have_srp = l.kx.iter().any(|&k| is_srp_kx(k));
    let have_rsa_psk = l.kx.contains(&KX_RSA_PSK);
    let have_psk = l.kx.iter().any(|&k| is_psk_kx(k) && k != KX_RSA_PSK);

    l.protocols
        .retain(|p| tables::PROTOCOLS_SUPPORTED.contains(p) && !sys.disabled_versions.contains(p));
    if have_null || have_srp || have_rsa_psk || flags.no_extensions {
        l.protocols.retain(|&p| p != TLS1_3);
    }

    let tls: Vec<u32> = l.protocols.iter().copied().filter(|&p| is_tls(p)).collect();
    let have_dtls = l.protocols.iter().any(|&p| !is_tls(p));
    let have_tls13 = tls.contains(&TLS1_3);
    let have_tls12 = tls.contains(&TLS1_2);
    let have_pre_tls12 = tls.iter().any(|&p| p < TLS1_2);
    let tls_max = tls.iter().copied().max();
    let tls_min = tls.iter().copied().min();
    if tls.is_empty() && !have_dtls {
        return Err(GNUTLS_E_NO_PRIORITIES_WERE_SET);
    }

    // TLS 1.3 alone needs no key exchange (unless PSK is in use).
    if tls_min == Some(TLS1_3) && !have_psk && !have_dtls {
        l.kx.clear();
    }

    let mut suites = Vec::new();
    for &c in &l.ciphers {
        for &m in &l.macs {
            suites.extend(suite_index(0, c, m));
        }
    }
    for &k in &l.kx {
        for &c in &l.ciphers {
            for &m in &l.macs {
                suites.extend(suite_index(k, c, m));
            }
        }
    }
    suites.truncate(256);

    // Signature algorithms usable by the enabled protocols.
    let pre13 = l.protocols.iter().any(|&p| p != TLS1_3);
    let any_sig = l.signs.iter().any(|&s| {
        let (old, new) = sign_tls_use(s);
        (old && pre13) || (new && have_tls13)
    });
    if !any_sig {
        // Without signatures only versions before (D)TLS 1.2 remain.
        l.protocols
            .retain(|&p| p < TLS1_2 || (DTLS_MIN..DTLS1_2).contains(&p));
    }
    if l.protocols.is_empty() || suites.is_empty() {
        return Err(GNUTLS_E_NO_PRIORITIES_WERE_SET);
    }

    // TLS 1.3 needs a group; and TLS 1.3 next to TLS 1.0/1.1 needs TLS 1.2.
    // GnuTLS drops TLS 1.3 here *after* the emptiness check, so such a string
    // is accepted even if no protocol is left (gnutls_priority_set fails).
    let no_groups = l.groups.is_empty();
    if (!have_psk && tls_max == Some(TLS1_3) && no_groups)
        || (!have_tls12 && have_pre_tls12 && have_tls13)
    {
        l.protocols.retain(|&p| p != TLS1_3);
    }

    Ok(Finalized { lists: l, suites })
}
