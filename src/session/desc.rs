//! GnuTLS names for negotiated parameters and `gnutls_session_get_desc`'s string.
//!
//! Formats were checked against GnuTLS 3.7.9's gnutls-cli: for example
//! `(TLS1.3-X.509)-(ECDHE-SECP256R1)-(RSA-PSS-RSAE-SHA256)-(AES-256-GCM)`.
//! A resumed session has no signature part; a resumed TLS 1.3 session also
//! has an empty key exchange part, giving `(TLS1.3-X.509)--(AES-256-GCM)`.

use rustls::{CipherSuite, NamedGroup, ProtocolVersion, SignatureScheme};

/// GnuTLS protocol ids (`gnutls_protocol_t`).
pub const GNUTLS_TLS1_2: u32 = 4;
/// GnuTLS protocol id of TLS 1.3.
pub const GNUTLS_TLS1_3: u32 = 5;

/// `gnutls_protocol_t` value of a rustls protocol version (0 = unknown).
pub fn protocol_id(v: ProtocolVersion) -> u32 {
    match v {
        ProtocolVersion::TLSv1_2 => GNUTLS_TLS1_2,
        ProtocolVersion::TLSv1_3 => GNUTLS_TLS1_3,
        _ => 0,
    }
}

/// GnuTLS's protocol name (`gnutls_protocol_get_name`).
pub fn protocol_name(v: ProtocolVersion) -> &'static str {
    match v {
        ProtocolVersion::TLSv1_2 => "TLS1.2",
        ProtocolVersion::TLSv1_3 => "TLS1.3",
        ProtocolVersion::TLSv1_1 => "TLS1.1",
        ProtocolVersion::TLSv1_0 => "TLS1.0",
        _ => "UNKNOWN",
    }
}

/// GnuTLS's name of a key-exchange group (`gnutls_group_get_name`).
pub fn group_name(g: NamedGroup) -> Option<&'static str> {
    Some(match g {
        NamedGroup::secp256r1 => "SECP256R1",
        NamedGroup::secp384r1 => "SECP384R1",
        NamedGroup::secp521r1 => "SECP521R1",
        NamedGroup::X25519 => "X25519",
        NamedGroup::X448 => "X448",
        NamedGroup::FFDHE2048 => "FFDHE2048",
        NamedGroup::FFDHE3072 => "FFDHE3072",
        NamedGroup::FFDHE4096 => "FFDHE4096",
        NamedGroup::FFDHE6144 => "FFDHE6144",
        NamedGroup::FFDHE8192 => "FFDHE8192",
        _ => return None,
    })
}

fn is_ffdhe(g: NamedGroup) -> bool {
    matches!(
        g,
        NamedGroup::FFDHE2048
            | NamedGroup::FFDHE3072
            | NamedGroup::FFDHE4096
            | NamedGroup::FFDHE6144
            | NamedGroup::FFDHE8192
    )
}

/// GnuTLS's name of a cipher (`gnutls_cipher_get_name`) for an AEAD suite.
pub fn cipher_name(s: CipherSuite) -> Option<&'static str> {
    Some(match u16::from(s) {
        0x1301 | 0xC02B | 0xC02F | 0x009E | 0x00A8 | 0x00AA => "AES-128-GCM",
        0x1302 | 0xC02C | 0xC030 | 0x009F | 0x00A9 | 0x00AB => "AES-256-GCM",
        0x1303 | 0xCCA8 | 0xCCA9 | 0xCCAA | 0xCCAB | 0xCCAD => "CHACHA20-POLY1305",
        0x1304 | 0xC0AC | 0xC09C | 0xC09E => "AES-128-CCM",
        0xC0AD | 0xC09D | 0xC09F => "AES-256-CCM",
        0x1305 | 0xC0AE | 0xC0A0 | 0xC0A2 => "AES-128-CCM-8",
        0xC0AF | 0xC0A1 | 0xC0A3 => "AES-256-CCM-8",
        _ => return None,
    })
}

/// GnuTLS's name of a signature algorithm (`gnutls_sign_get_name`).
///
/// TLS 1.2 ECDSA code points are curve-free in GnuTLS (`ECDSA-SHA256`); in
/// TLS 1.3 they name the curve (`ECDSA-SECP256R1-SHA256`).
pub fn sign_name(s: SignatureScheme, version: ProtocolVersion) -> Option<&'static str> {
    let tls13 = version == ProtocolVersion::TLSv1_3;
    Some(match s {
        SignatureScheme::RSA_PKCS1_SHA1 => "RSA-SHA1",
        SignatureScheme::RSA_PKCS1_SHA256 => "RSA-SHA256",
        SignatureScheme::RSA_PKCS1_SHA384 => "RSA-SHA384",
        SignatureScheme::RSA_PKCS1_SHA512 => "RSA-SHA512",
        SignatureScheme::ECDSA_SHA1_Legacy => "ECDSA-SHA1",
        SignatureScheme::ECDSA_NISTP256_SHA256 if tls13 => "ECDSA-SECP256R1-SHA256",
        SignatureScheme::ECDSA_NISTP384_SHA384 if tls13 => "ECDSA-SECP384R1-SHA384",
        SignatureScheme::ECDSA_NISTP521_SHA512 if tls13 => "ECDSA-SECP521R1-SHA512",
        SignatureScheme::ECDSA_NISTP256_SHA256 => "ECDSA-SHA256",
        SignatureScheme::ECDSA_NISTP384_SHA384 => "ECDSA-SHA384",
        SignatureScheme::ECDSA_NISTP521_SHA512 => "ECDSA-SHA512",
        SignatureScheme::RSA_PSS_SHA256 => "RSA-PSS-RSAE-SHA256",
        SignatureScheme::RSA_PSS_SHA384 => "RSA-PSS-RSAE-SHA384",
        SignatureScheme::RSA_PSS_SHA512 => "RSA-PSS-RSAE-SHA512",
        SignatureScheme::ED25519 => "EdDSA-Ed25519",
        SignatureScheme::ED448 => "EdDSA-Ed448",
        _ => return None,
    })
}

/// The key-exchange part of the description: `ECDHE-X25519`, `DHE-FFDHE2048`, or
/// empty for a resumed TLS 1.3 session (GnuTLS shows no group there).
fn kx_part(version: ProtocolVersion, group: Option<NamedGroup>, resumed: bool) -> String {
    if resumed && version == ProtocolVersion::TLSv1_3 {
        return String::new();
    }
    match group {
        Some(g) => {
            let name = group_name(g).map(str::to_owned).unwrap_or_else(|| format!("{g:?}"));
            if is_ffdhe(g) {
                format!("(DHE-{name})")
            } else {
                format!("(ECDHE-{name})")
            }
        }
        None => String::new(),
    }
}

/// The parameters the description is built from.
#[derive(Debug, Clone, Copy)]
pub struct DescInput {
    pub version: ProtocolVersion,
    pub suite: CipherSuite,
    pub group: Option<NamedGroup>,
    pub sign: Option<SignatureScheme>,
    pub resumed: bool,
    /// Name the certificate type after the version (`TLS1.3-X.509`), as
    /// GnuTLS does only when alternative certificate types are allowed
    /// (GNUTLS_ENABLE_RAWPK); otherwise it is left out.
    pub cert_type: bool,
    /// The server presented a raw public key: named after the client's
    /// type, as `TLS1.3-X.509-Raw Public Key`.
    pub server_raw_key: bool,
}

/// `gnutls_session_get_desc`'s string.
pub fn describe(d: &DescInput) -> String {
    let mut out = if d.cert_type && d.server_raw_key {
        format!("({}-X.509-Raw Public Key)-", protocol_name(d.version))
    } else if d.cert_type {
        format!("({}-X.509)-", protocol_name(d.version))
    } else {
        format!("({})-", protocol_name(d.version))
    };
    out.push_str(&kx_part(d.version, d.group, d.resumed));
    if !d.resumed {
        if let Some(name) = d.sign.and_then(|s| sign_name(s, d.version)) {
            out.push_str("-(");
            out.push_str(name);
            out.push(')');
        }
    }
    out.push_str("-(");
    out.push_str(cipher_name(d.suite).unwrap_or("UNKNOWN"));
    out.push(')');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desc(v: ProtocolVersion, s: CipherSuite, g: NamedGroup, sig: SignatureScheme, resumed: bool) -> String {
        describe(&DescInput { version: v, suite: s, group: Some(g), sign: Some(sig), resumed, cert_type: true, server_raw_key: false })
    }

    #[test]
    fn matches_gnutls_cli_output() {
        use ProtocolVersion::*;
        assert_eq!(
            desc(TLSv1_3, CipherSuite::TLS13_AES_256_GCM_SHA384, NamedGroup::secp256r1, SignatureScheme::RSA_PSS_SHA256, false),
            "(TLS1.3-X.509)-(ECDHE-SECP256R1)-(RSA-PSS-RSAE-SHA256)-(AES-256-GCM)"
        );
        assert_eq!(
            desc(TLSv1_2, CipherSuite::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, NamedGroup::secp256r1, SignatureScheme::ECDSA_NISTP256_SHA256, false),
            "(TLS1.2-X.509)-(ECDHE-SECP256R1)-(ECDSA-SHA256)-(AES-256-GCM)"
        );
        assert_eq!(
            desc(TLSv1_3, CipherSuite::TLS13_CHACHA20_POLY1305_SHA256, NamedGroup::secp384r1, SignatureScheme::ECDSA_NISTP256_SHA256, false),
            "(TLS1.3-X.509)-(ECDHE-SECP384R1)-(ECDSA-SECP256R1-SHA256)-(CHACHA20-POLY1305)"
        );
        assert_eq!(
            desc(TLSv1_2, CipherSuite::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, NamedGroup::X25519, SignatureScheme::RSA_PKCS1_SHA256, false),
            "(TLS1.2-X.509)-(ECDHE-X25519)-(RSA-SHA256)-(CHACHA20-POLY1305)"
        );
        assert_eq!(
            desc(TLSv1_2, CipherSuite::from(0x009f), NamedGroup::FFDHE2048, SignatureScheme::RSA_PKCS1_SHA256, false),
            "(TLS1.2-X.509)-(DHE-FFDHE2048)-(RSA-SHA256)-(AES-256-GCM)"
        );
        assert_eq!(
            desc(TLSv1_3, CipherSuite::TLS13_AES_256_GCM_SHA384, NamedGroup::X25519, SignatureScheme::ED25519, true),
            "(TLS1.3-X.509)--(AES-256-GCM)"
        );
        assert_eq!(
            desc(TLSv1_2, CipherSuite::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, NamedGroup::secp256r1, SignatureScheme::RSA_PKCS1_SHA256, true),
            "(TLS1.2-X.509)-(ECDHE-SECP256R1)-(AES-256-GCM)"
        );
    }
}
