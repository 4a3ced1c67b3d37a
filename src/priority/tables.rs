//! The fixed lists behind GnuTLS 3.7.9's priority keywords: what each level
//! enables, the "-ALL" sets, and the %OPTION words. Values are GnuTLS ids
//! (see `names.rs`); the orders matter because they become preference orders.

use super::ids::*;

// Protocols.
pub const PROTOCOLS_ALL: &[u32] = &[TLS1_3, TLS1_2, TLS1_1, TLS1_0, DTLS1_2, DTLS1_0];
pub const PROTOCOLS_TLS: &[u32] = &[TLS1_3, TLS1_2, TLS1_1, TLS1_0];
/// What "-VERS-DTLS-ALL" removes (includes the pre-standard DTLS 0.9).
pub const PROTOCOLS_DTLS_REMOVE: &[u32] = &[DTLS1_2, DTLS1_0, DTLS0_9];
/// What "+VERS-DTLS-ALL" adds.
pub const PROTOCOLS_DTLS_ADD: &[u32] = &[DTLS1_2, DTLS1_0];
pub const PROTOCOLS_SUITEB: &[u32] = &[TLS1_2];
/// Versions the library can negotiate at all; others are dropped silently.
pub const PROTOCOLS_SUPPORTED: &[u32] =
    &[TLS1_0, TLS1_1, TLS1_2, TLS1_3, DTLS0_9, DTLS1_0, DTLS1_2];

// Groups.
pub const GROUPS_DH: &[u32] = &[256, 257, 258, 260, 259];
pub const GROUPS_EC: &[u32] = &[2, 3, 4, 6, 20];
pub const GROUPS_GOST: &[u32] = &[16, 17, 18, 19, 13, 14, 15];
pub const GROUPS_NORMAL: &[u32] = &[2, 3, 4, 6, 20, 256, 257, 258, 260, 259];
pub const GROUPS_SECURE128: &[u32] = GROUPS_NORMAL;
pub const GROUPS_SECURE192: &[u32] = &[3, 4, 259];
pub const GROUPS_SUITEB128: &[u32] = &[2, 3];
pub const GROUPS_SUITEB192: &[u32] = &[3];

// Key exchanges.
pub const KX_PERFORMANCE: &[u32] = &[KX_RSA, KX_ECDHE_ECDSA, KX_ECDHE_RSA, 3];
pub const KX_PFS: &[u32] = &[KX_ECDHE_ECDSA, KX_ECDHE_RSA, 3];
pub const KX_SUITEB: &[u32] = &[KX_ECDHE_ECDSA];
pub const KX_SECURE: &[u32] = &[KX_ECDHE_ECDSA, KX_ECDHE_RSA, KX_RSA, 3];
pub const KX_GOST: &[u32] = &[16];

// Ciphers. PERFORMANCE assumes AES acceleration, as on this machine.
pub const CIPHERS_PERFORMANCE: &[u32] = &[10, 11, 23, 19, 20, 4, 5];
pub const CIPHERS_NORMAL: &[u32] = &[11, 23, 20, 5, 10, 19, 4];
pub const CIPHERS_SUITEB128: &[u32] = &[11, 10];
pub const CIPHERS_SUITEB192: &[u32] = &[11];
pub const CIPHERS_SECURE128: &[u32] = &[11, 23, 5, 20, 10, 4, 19];
pub const CIPHERS_SECURE192: &[u32] = &[11, 23, 5, 20];
pub const CIPHERS_GOST: &[u32] = &[34];

// Signature algorithms.
pub const SIGNS_DEFAULT: &[u32] = &[
    6, 32, 40, 14, 37, 35, 7, 33, 41, 15, 38, 46, 8, 34, 42, 16, 39, 1, 12,
];
pub const SIGNS_SUITEB128: &[u32] = &[14, 37, 15, 38];
pub const SIGNS_SUITEB192: &[u32] = &[15, 38];
pub const SIGNS_SECURE128: &[u32] = &[
    6, 32, 40, 14, 37, 35, 7, 33, 41, 15, 38, 46, 8, 34, 42, 16, 39,
];
pub const SIGNS_SECURE192: &[u32] = &[7, 33, 41, 15, 38, 46, 8, 34, 42, 16, 39];
pub const SIGNS_GOST: &[u32] = &[44, 45];

// MACs.
pub const MACS_NORMAL: &[u32] = &[3, MAC_AEAD];
pub const MACS_SECURE128: &[u32] = &[3, MAC_AEAD];
pub const MACS_SECURE192: &[u32] = &[MAC_AEAD];
pub const MACS_SUITEB: &[u32] = &[MAC_AEAD];
pub const MACS_GOST: &[u32] = &[208];

// Certificate types.
pub const CTYPES_DEFAULT: &[u32] = &[CRT_X509];
pub const CTYPES_ALL: &[u32] = &[CRT_X509, CRT_RAWPK];

/// One level keyword (NORMAL, SECURE128, ...).
pub struct Level {
    pub name: &'static str,
    pub alias: Option<&'static str>,
    pub protocols: Option<&'static [u32]>,
    pub ciphers: &'static [u32],
    pub macs: &'static [u32],
    pub kx: &'static [u32],
    pub signs: &'static [u32],
    pub groups: &'static [u32],
    /// Certificate verification profile the level asks for (0 = none).
    pub profile: u32,
    pub sec_param: u32,
    pub no_tickets_tls12: bool,
}

/// The levels, in the order gnutls_priority_string_list reports them.
pub static LEVELS: &[Level] = &[
    Level {
        name: "NORMAL",
        alias: None,
        protocols: None,
        ciphers: CIPHERS_NORMAL,
        macs: MACS_NORMAL,
        kx: KX_SECURE,
        signs: SIGNS_DEFAULT,
        groups: GROUPS_NORMAL,
        profile: PROFILE_LOW,
        sec_param: SEC_PARAM_WEAK,
        no_tickets_tls12: false,
    },
    Level {
        name: "PFS",
        alias: None,
        protocols: None,
        ciphers: CIPHERS_NORMAL,
        macs: MACS_SECURE128,
        kx: KX_PFS,
        signs: SIGNS_DEFAULT,
        groups: GROUPS_NORMAL,
        profile: PROFILE_LOW,
        sec_param: SEC_PARAM_WEAK,
        no_tickets_tls12: true,
    },
    Level {
        name: "SECURE128",
        alias: Some("SECURE"),
        protocols: None,
        ciphers: CIPHERS_SECURE128,
        macs: MACS_SECURE128,
        kx: KX_SECURE,
        signs: SIGNS_SECURE128,
        groups: GROUPS_SECURE128,
        profile: PROFILE_LOW,
        sec_param: SEC_PARAM_LOW,
        no_tickets_tls12: false,
    },
    Level {
        name: "SECURE192",
        alias: Some("SECURE256"),
        protocols: None,
        ciphers: CIPHERS_SECURE192,
        macs: MACS_SECURE192,
        kx: KX_SECURE,
        signs: SIGNS_SECURE192,
        groups: GROUPS_SECURE192,
        profile: PROFILE_HIGH,
        sec_param: SEC_PARAM_HIGH,
        no_tickets_tls12: false,
    },
    Level {
        name: "SUITEB128",
        alias: None,
        protocols: Some(PROTOCOLS_SUITEB),
        ciphers: CIPHERS_SUITEB128,
        macs: MACS_SUITEB,
        kx: KX_SUITEB,
        signs: SIGNS_SUITEB128,
        groups: GROUPS_SUITEB128,
        profile: PROFILE_SUITEB128,
        sec_param: SEC_PARAM_HIGH,
        no_tickets_tls12: false,
    },
    Level {
        name: "SUITEB192",
        alias: None,
        protocols: Some(PROTOCOLS_SUITEB),
        ciphers: CIPHERS_SUITEB192,
        macs: MACS_SUITEB,
        kx: KX_SUITEB,
        signs: SIGNS_SUITEB192,
        groups: GROUPS_SUITEB192,
        profile: PROFILE_SUITEB192,
        sec_param: SEC_PARAM_ULTRA,
        no_tickets_tls12: false,
    },
    Level {
        name: "LEGACY",
        alias: None,
        protocols: None,
        ciphers: CIPHERS_NORMAL,
        macs: MACS_NORMAL,
        kx: KX_SECURE,
        signs: SIGNS_DEFAULT,
        groups: GROUPS_NORMAL,
        profile: 0,
        sec_param: SEC_PARAM_VERY_WEAK,
        no_tickets_tls12: false,
    },
    Level {
        name: "PERFORMANCE",
        alias: None,
        protocols: None,
        ciphers: CIPHERS_PERFORMANCE,
        macs: MACS_NORMAL,
        kx: KX_PERFORMANCE,
        signs: SIGNS_DEFAULT,
        groups: GROUPS_NORMAL,
        profile: PROFILE_LOW,
        sec_param: SEC_PARAM_WEAK,
        no_tickets_tls12: false,
    },
];

/// Finds a level keyword (case-insensitive, aliases included).
pub fn level(name: &str) -> Option<&'static Level> {
    LEVELS.iter().find(|l| {
        l.name.eq_ignore_ascii_case(name) || l.alias.is_some_and(|a| a.eq_ignore_ascii_case(name))
    })
}

/// The %OPTION words in the order gnutls_priority_string_list(...,
/// GNUTLS_PRIORITY_LIST_SPECIAL) walks them: GnuTLS walks its perfect-hash
/// table, empty slots included, and never reaches the last slot.
pub static SPECIAL_WORDS: &[&str] = &[
    "",
    "",
    "",
    "",
    "",
    "",
    "NO_ETM",
    "",
    "",
    "FORCE_ETM",
    "NO_TICKETS",
    "NEW_PADDING",
    "",
    "NO_EXTENSIONS",
    "",
    "",
    "COMPAT",
    "DISABLE_WILDCARDS",
    "SAFE_RENEGOTIATION",
    "SSL3_RECORD_VERSION",
    "NO_SESSION_HASH",
    "STATELESS_COMPRESSION",
    "SERVER_PRECEDENCE",
    "",
    "PROFILE_MEDIUM",
    "UNSAFE_RENEGOTIATION",
    "DISABLE_SAFE_RENEGOTIATION",
    "PROFILE_HIGH",
    "FALLBACK_SCSV",
    "PROFILE_FUTURE",
    "DISABLE_TLS13_COMPAT_MODE",
    "PARTIAL_RENEGOTIATION",
    "DEBUG_ALLOW_KEY_USAGE_VIOLATIONS",
    "",
    "VERIFY_ALLOW_BROKEN",
    "",
    "DUMBFW",
    "PROFILE_VERY_WEAK",
    "",
    "ALLOW_SMALL_RECORDS",
    "VERIFY_DISABLE_CRL_CHECKS",
    "NO_TICKETS_TLS12",
    "VERIFY_ALLOW_X509_V1_CA_CRT",
    "PROFILE_ULTRA",
    "PROFILE_LEGACY",
    "VERIFY_ALLOW_SIGN_RSA_MD5",
    "LATEST_RECORD_VERSION",
    "PROFILE_SUITEB128",
    "",
    "",
    "",
    "PROFILE_LOW",
    "PROFILE_SUITEB192",
    "",
    "",
    "",
    "",
];
