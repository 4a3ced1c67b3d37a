//! Names GnuTLS gives to numbers rgnutls only names: handshake message
//! types, TLS extensions, GOST parameter sets, certificate verification
//! profiles and PKCS#8/#12 encryption schemas. Each lookup answers what
//! GnuTLS 3.7.9's does, unknown values included.

/// `gnutls_handshake_description_get_name`: every value has a name.
pub fn handshake_message(kind: i32) -> &'static str {
    match kind {
        0 => "HELLO REQUEST",
        1 => "CLIENT HELLO",
        2 => "SERVER HELLO",
        3 => "HELLO VERIFY REQUEST",
        4 => "NEW SESSION TICKET",
        5 => "END OF EARLY DATA",
        8 => "ENCRYPTED EXTENSIONS",
        11 => "CERTIFICATE",
        12 => "SERVER KEY EXCHANGE",
        13 => "CERTIFICATE REQUEST",
        14 => "SERVER HELLO DONE",
        15 => "CERTIFICATE VERIFY",
        16 => "CLIENT KEY EXCHANGE",
        20 => "FINISHED",
        22 => "CERTIFICATE STATUS",
        23 => "SUPPLEMENTAL",
        24 => "KEY_UPDATE",
        25 => "COMPRESSED CERTIFICATE",
        254 => "CHANGE CIPHER SPEC",
        1024 => "SSL2 CLIENT HELLO",
        1025 => "HELLO RETRY REQUEST",
        _ => "Unknown Handshake packet",
    }
}

/// `gnutls_ext_get_name`: the extensions GnuTLS implements, by TLS number.
pub fn extension(id: u32) -> Option<&'static str> {
    Some(match id {
        0 => "Server Name Indication",
        1 => "Maximum Record Size",
        5 => "OCSP Status Request",
        10 => "Supported Groups",
        11 => "Supported EC Point Formats",
        12 => "SRP",
        13 => "Signature Algorithms",
        14 => "SRTP",
        15 => "Heartbeat",
        16 => "ALPN",
        19 => "Client Certificate Type",
        20 => "Server Certificate Type",
        21 => "ClientHello Padding",
        22 => "Encrypt-then-MAC",
        23 => "Extended Master Secret",
        27 => "Compress Certificate",
        28 => "Record Size Limit",
        35 => "Session Ticket",
        41 => "Pre Shared Key",
        42 => "Early Data",
        43 => "Supported Versions",
        44 => "Cookie",
        45 => "PSK Key Exchange Modes",
        49 => "Post Handshake Auth",
        51 => "Key Share",
        65281 => "Safe Renegotiation",
        _ => return None,
    })
}

/// GOST R 34.10 parameter sets (`gnutls_gost_paramset_t`): name and OID.
const GOST_PARAMSETS: [(i32, &str, &str); 5] = [
    (1, "TC26-Z", "1.2.643.7.1.2.5.1.1"),
    (2, "CryptoPro-A", "1.2.643.2.2.31.1"),
    (3, "CryptoPro-B", "1.2.643.2.2.31.2"),
    (4, "CryptoPro-C", "1.2.643.2.2.31.3"),
    (5, "CryptoPro-D", "1.2.643.2.2.31.4"),
];

/// `gnutls_gost_paramset_get_name`: "Unknown" for any other value.
pub fn gost_paramset_name(id: i32) -> &'static str {
    GOST_PARAMSETS.iter().find(|p| p.0 == id).map_or("Unknown", |p| p.1)
}

/// `gnutls_gost_paramset_get_oid`.
pub fn gost_paramset_oid(id: i32) -> Option<&'static str> {
    GOST_PARAMSETS.iter().find(|p| p.0 == id).map(|p| p.2)
}

/// Certificate verification profiles (`gnutls_certificate_verification_profiles_t`).
const PROFILES: [(i32, &str); 9] = [
    (1, "Very weak"),
    (2, "Low"),
    (4, "Legacy"),
    (5, "Medium"),
    (6, "High"),
    (7, "Ultra"),
    (8, "Future"),
    (32, "SuiteB128"),
    (33, "SuiteB192"),
];

/// `gnutls_certificate_verification_profile_get_name`.
pub fn verification_profile_name(id: i32) -> Option<&'static str> {
    PROFILES.iter().find(|p| p.0 == id).map(|p| p.1)
}

/// `gnutls_certificate_verification_profile_get_id`: case-insensitive; 0
/// (unknown) otherwise.
pub fn verification_profile_id(name: &str) -> i32 {
    PROFILES.iter().find(|p| p.1.eq_ignore_ascii_case(name)).map_or(0, |p| p.0)
}

/// PKCS#8/#12 encryption schemas (`gnutls_pkcs_encrypt_flags_t` bits):
/// name and the OID GnuTLS reports for each.
const SCHEMAS: [(u32, &str, &str); 14] = [
    (2, "PKCS12-3DES-SHA1", "1.2.840.113549.1.12.1.3"),
    (4, "PKCS12-ARCFOUR-SHA1", "1.2.840.113549.1.12.1.1"),
    (8, "PKCS12-RC2-40-SHA1", "1.2.840.113549.1.12.1.6"),
    (16, "PBES2-3DES-CBC", "1.2.840.113549.3.7"),
    (32, "PBES2-AES128-CBC", "2.16.840.1.101.3.4.1.2"),
    (64, "PBES2-AES192-CBC", "2.16.840.1.101.3.4.1.22"),
    (128, "PBES2-AES256-CBC", "2.16.840.1.101.3.4.1.42"),
    (512, "PBES2-DES-CBC", "1.3.14.3.2.7"),
    (1024, "PBES1-DES-CBC-MD5", "1.2.840.113549.1.5.3"),
    (2048, "PBES2-GOST28147-89-TC26Z", "1.2.643.7.1.2.5.1.1"),
    (4096, "PBES2-GOST28147-89-CPA", "1.2.643.2.2.31.1"),
    (8192, "PBES2-GOST28147-89-CPB", "1.2.643.2.2.31.2"),
    (16384, "PBES2-GOST28147-89-CPC", "1.2.643.2.2.31.3"),
    (32768, "PBES2-GOST28147-89-CPD", "1.2.643.2.2.31.4"),
];

/// `gnutls_pkcs_schema_get_name`.
pub fn pkcs_schema_name(schema: u32) -> Option<&'static str> {
    SCHEMAS.iter().find(|s| s.0 == schema).map(|s| s.1)
}

/// `gnutls_pkcs_schema_get_oid`.
pub fn pkcs_schema_oid(schema: u32) -> Option<&'static str> {
    SCHEMAS.iter().find(|s| s.0 == schema).map(|s| s.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_cover_unknown_values() {
        assert_eq!(handshake_message(2), "SERVER HELLO");
        assert_eq!(handshake_message(-1), "Unknown Handshake packet");
        assert_eq!(extension(51), Some("Key Share"));
        assert_eq!(extension(2), None);
        assert_eq!(gost_paramset_name(0), "Unknown");
        assert_eq!(gost_paramset_oid(2), Some("1.2.643.2.2.31.1"));
        assert_eq!(verification_profile_id("suiteb128"), 32);
        assert_eq!(verification_profile_id("none"), 0);
        assert_eq!(pkcs_schema_name(1), None);
        assert_eq!(pkcs_schema_oid(128), Some("2.16.840.1.101.3.4.1.42"));
    }
}
