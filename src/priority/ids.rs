//! GnuTLS numeric ids the priority code refers to by name (values of gnutls.h).

pub const TLS1_0: u32 = 2;
pub const TLS1_1: u32 = 3;
pub const TLS1_2: u32 = 4;
pub const TLS1_3: u32 = 5;
pub const DTLS0_9: u32 = 200;
pub const DTLS1_0: u32 = 201;
pub const DTLS1_2: u32 = 202;
/// Protocol ids below this are TLS, from it on DTLS.
pub const DTLS_MIN: u32 = 200;

pub const CIPHER_NULL: u32 = 1;
pub const CIPHER_AES_128_GCM: u32 = 10;
pub const CIPHER_AES_256_GCM: u32 = 11;
pub const CIPHER_CHACHA20_POLY1305: u32 = 23;

pub const MAC_AEAD: u32 = 200;

pub const KX_RSA: u32 = 1;
pub const KX_DHE_PSK: u32 = 10;
pub const KX_SRP: u32 = 5;
pub const KX_SRP_RSA: u32 = 7;
pub const KX_SRP_DSS: u32 = 8;
pub const KX_PSK: u32 = 9;
pub const KX_ECDHE_RSA: u32 = 12;
pub const KX_ECDHE_ECDSA: u32 = 13;
pub const KX_ECDHE_PSK: u32 = 14;
pub const KX_RSA_PSK: u32 = 15;

pub const GROUP_SECP256R1: u32 = 2;
pub const GROUP_SECP384R1: u32 = 3;
pub const GROUP_X25519: u32 = 6;
/// Group ids from here on are finite-field (FFDHE) groups.
pub const GROUP_FFDHE_MIN: u32 = 256;

pub const CRT_X509: u32 = 1;
pub const CRT_RAWPK: u32 = 3;

pub const COMP_NULL: u32 = 1;

pub const SIGN_RSA_SHA256: u32 = 6;
pub const SIGN_RSA_SHA384: u32 = 7;
pub const SIGN_RSA_SHA512: u32 = 8;
pub const SIGN_ECDSA_SHA256: u32 = 14;
pub const SIGN_ECDSA_SHA384: u32 = 15;
pub const SIGN_EDDSA_ED25519: u32 = 35;
pub const SIGN_ECDSA_SECP256R1_SHA256: u32 = 37;
pub const SIGN_ECDSA_SECP384R1_SHA384: u32 = 38;
pub const SIGN_RSA_PSS_RSAE_SHA256: u32 = 40;
pub const SIGN_RSA_PSS_RSAE_SHA384: u32 = 41;
pub const SIGN_RSA_PSS_RSAE_SHA512: u32 = 42;

/// Certificate verification profiles (x509.h) and their flag encoding.
pub const PROFILE_VERY_WEAK: u32 = 1;
pub const PROFILE_LOW: u32 = 2;
pub const PROFILE_LEGACY: u32 = 4;
pub const PROFILE_MEDIUM: u32 = 5;
pub const PROFILE_HIGH: u32 = 6;
pub const PROFILE_ULTRA: u32 = 7;
pub const PROFILE_FUTURE: u32 = 8;
pub const PROFILE_SUITEB128: u32 = 32;
pub const PROFILE_SUITEB192: u32 = 33;
pub const VFLAGS_PROFILE_MASK: u32 = 0xff00_0000;

pub const VERIFY_ALLOW_SIGN_RSA_MD2: u32 = 1 << 4;
pub const VERIFY_ALLOW_SIGN_RSA_MD5: u32 = 1 << 5;
pub const VERIFY_DISABLE_CRL_CHECKS: u32 = 1 << 9;
pub const VERIFY_DO_NOT_ALLOW_WILDCARDS: u32 = 1 << 12;
pub const VERIFY_ALLOW_SIGN_WITH_SHA1: u32 = 1 << 15;

/// Security parameters (gnutls_sec_param_t).
pub const SEC_PARAM_VERY_WEAK: u32 = 15;
pub const SEC_PARAM_WEAK: u32 = 20;
pub const SEC_PARAM_LOW: u32 = 25;
pub const SEC_PARAM_LEGACY: u32 = 30;
pub const SEC_PARAM_MEDIUM: u32 = 35;
pub const SEC_PARAM_HIGH: u32 = 40;
pub const SEC_PARAM_ULTRA: u32 = 45;
pub const SEC_PARAM_FUTURE: u32 = 50;

/// The security parameter a verification profile implies.
pub fn profile_to_sec_param(profile: u32) -> u32 {
    match profile {
        PROFILE_VERY_WEAK => SEC_PARAM_VERY_WEAK,
        PROFILE_LOW => SEC_PARAM_LOW,
        PROFILE_LEGACY => SEC_PARAM_LEGACY,
        PROFILE_MEDIUM => SEC_PARAM_MEDIUM,
        PROFILE_HIGH | PROFILE_SUITEB128 => SEC_PARAM_HIGH,
        PROFILE_ULTRA | PROFILE_SUITEB192 => SEC_PARAM_ULTRA,
        PROFILE_FUTURE => SEC_PARAM_FUTURE,
        _ => 0,
    }
}
