//! Types and constants of <gnutls/gnutls.h>, for the C ABI and for cbindgen.
//!
//! Imported from the 3.7.9 reference header by ci/import-abi.py; edit by hand
//! from now on. Enums are declared for the header only: entry points take
//! them as C ints (`*_t` aliases), so an unknown value is never undefined
//! behaviour in Rust.
#![allow(non_camel_case_types, non_upper_case_globals, dead_code, clippy::upper_case_acronyms)]

#[allow(unused_imports)]
use crate::ctypes::*;
#[allow(unused_imports)]
use crate::types::*;

/// Header view of `gnutls_cipher_algorithm_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_cipher_algorithm_t__enum {
    GNUTLS_CIPHER_UNKNOWN = 0,
    GNUTLS_CIPHER_NULL = 1,
    GNUTLS_CIPHER_ARCFOUR_128 = 2,
    GNUTLS_CIPHER_3DES_CBC = 3,
    GNUTLS_CIPHER_AES_128_CBC = 4,
    GNUTLS_CIPHER_AES_256_CBC = 5,
    GNUTLS_CIPHER_ARCFOUR_40 = 6,
    GNUTLS_CIPHER_CAMELLIA_128_CBC = 7,
    GNUTLS_CIPHER_CAMELLIA_256_CBC = 8,
    GNUTLS_CIPHER_AES_192_CBC = 9,
    GNUTLS_CIPHER_AES_128_GCM = 10,
    GNUTLS_CIPHER_AES_256_GCM = 11,
    GNUTLS_CIPHER_CAMELLIA_192_CBC = 12,
    GNUTLS_CIPHER_SALSA20_256 = 13,
    GNUTLS_CIPHER_ESTREAM_SALSA20_256 = 14,
    GNUTLS_CIPHER_CAMELLIA_128_GCM = 15,
    GNUTLS_CIPHER_CAMELLIA_256_GCM = 16,
    GNUTLS_CIPHER_RC2_40_CBC = 17,
    GNUTLS_CIPHER_DES_CBC = 18,
    GNUTLS_CIPHER_AES_128_CCM = 19,
    GNUTLS_CIPHER_AES_256_CCM = 20,
    GNUTLS_CIPHER_AES_128_CCM_8 = 21,
    GNUTLS_CIPHER_AES_256_CCM_8 = 22,
    GNUTLS_CIPHER_CHACHA20_POLY1305 = 23,
    GNUTLS_CIPHER_GOST28147_TC26Z_CFB = 24,
    GNUTLS_CIPHER_GOST28147_CPA_CFB = 25,
    GNUTLS_CIPHER_GOST28147_CPB_CFB = 26,
    GNUTLS_CIPHER_GOST28147_CPC_CFB = 27,
    GNUTLS_CIPHER_GOST28147_CPD_CFB = 28,
    GNUTLS_CIPHER_AES_128_CFB8 = 29,
    GNUTLS_CIPHER_AES_192_CFB8 = 30,
    GNUTLS_CIPHER_AES_256_CFB8 = 31,
    GNUTLS_CIPHER_AES_128_XTS = 32,
    GNUTLS_CIPHER_AES_256_XTS = 33,
    GNUTLS_CIPHER_GOST28147_TC26Z_CNT = 34,
    GNUTLS_CIPHER_CHACHA20_64 = 35,
    GNUTLS_CIPHER_CHACHA20_32 = 36,
    GNUTLS_CIPHER_AES_128_SIV = 37,
    GNUTLS_CIPHER_AES_256_SIV = 38,
    GNUTLS_CIPHER_AES_192_GCM = 39,
    GNUTLS_CIPHER_MAGMA_CTR_ACPKM = 40,
    GNUTLS_CIPHER_KUZNYECHIK_CTR_ACPKM = 41,
    GNUTLS_CIPHER_IDEA_PGP_CFB = 200,
    GNUTLS_CIPHER_3DES_PGP_CFB = 201,
    GNUTLS_CIPHER_CAST5_PGP_CFB = 202,
    GNUTLS_CIPHER_BLOWFISH_PGP_CFB = 203,
    GNUTLS_CIPHER_SAFER_SK128_PGP_CFB = 204,
    GNUTLS_CIPHER_AES128_PGP_CFB = 205,
    GNUTLS_CIPHER_AES192_PGP_CFB = 206,
    GNUTLS_CIPHER_AES256_PGP_CFB = 207,
    GNUTLS_CIPHER_TWOFISH_PGP_CFB = 208,
}
pub type gnutls_cipher_algorithm_t = c_int;
pub const GNUTLS_CIPHER_UNKNOWN: c_int = 0;
pub const GNUTLS_CIPHER_NULL: c_int = 1;
pub const GNUTLS_CIPHER_ARCFOUR_128: c_int = 2;
pub const GNUTLS_CIPHER_3DES_CBC: c_int = 3;
pub const GNUTLS_CIPHER_AES_128_CBC: c_int = 4;
pub const GNUTLS_CIPHER_AES_256_CBC: c_int = 5;
pub const GNUTLS_CIPHER_ARCFOUR_40: c_int = 6;
pub const GNUTLS_CIPHER_CAMELLIA_128_CBC: c_int = 7;
pub const GNUTLS_CIPHER_CAMELLIA_256_CBC: c_int = 8;
pub const GNUTLS_CIPHER_AES_192_CBC: c_int = 9;
pub const GNUTLS_CIPHER_AES_128_GCM: c_int = 10;
pub const GNUTLS_CIPHER_AES_256_GCM: c_int = 11;
pub const GNUTLS_CIPHER_CAMELLIA_192_CBC: c_int = 12;
pub const GNUTLS_CIPHER_SALSA20_256: c_int = 13;
pub const GNUTLS_CIPHER_ESTREAM_SALSA20_256: c_int = 14;
pub const GNUTLS_CIPHER_CAMELLIA_128_GCM: c_int = 15;
pub const GNUTLS_CIPHER_CAMELLIA_256_GCM: c_int = 16;
pub const GNUTLS_CIPHER_RC2_40_CBC: c_int = 17;
pub const GNUTLS_CIPHER_DES_CBC: c_int = 18;
pub const GNUTLS_CIPHER_AES_128_CCM: c_int = 19;
pub const GNUTLS_CIPHER_AES_256_CCM: c_int = 20;
pub const GNUTLS_CIPHER_AES_128_CCM_8: c_int = 21;
pub const GNUTLS_CIPHER_AES_256_CCM_8: c_int = 22;
pub const GNUTLS_CIPHER_CHACHA20_POLY1305: c_int = 23;
pub const GNUTLS_CIPHER_GOST28147_TC26Z_CFB: c_int = 24;
pub const GNUTLS_CIPHER_GOST28147_CPA_CFB: c_int = 25;
pub const GNUTLS_CIPHER_GOST28147_CPB_CFB: c_int = 26;
pub const GNUTLS_CIPHER_GOST28147_CPC_CFB: c_int = 27;
pub const GNUTLS_CIPHER_GOST28147_CPD_CFB: c_int = 28;
pub const GNUTLS_CIPHER_AES_128_CFB8: c_int = 29;
pub const GNUTLS_CIPHER_AES_192_CFB8: c_int = 30;
pub const GNUTLS_CIPHER_AES_256_CFB8: c_int = 31;
pub const GNUTLS_CIPHER_AES_128_XTS: c_int = 32;
pub const GNUTLS_CIPHER_AES_256_XTS: c_int = 33;
pub const GNUTLS_CIPHER_GOST28147_TC26Z_CNT: c_int = 34;
pub const GNUTLS_CIPHER_CHACHA20_64: c_int = 35;
pub const GNUTLS_CIPHER_CHACHA20_32: c_int = 36;
pub const GNUTLS_CIPHER_AES_128_SIV: c_int = 37;
pub const GNUTLS_CIPHER_AES_256_SIV: c_int = 38;
pub const GNUTLS_CIPHER_AES_192_GCM: c_int = 39;
pub const GNUTLS_CIPHER_MAGMA_CTR_ACPKM: c_int = 40;
pub const GNUTLS_CIPHER_KUZNYECHIK_CTR_ACPKM: c_int = 41;
pub const GNUTLS_CIPHER_IDEA_PGP_CFB: c_int = 200;
pub const GNUTLS_CIPHER_3DES_PGP_CFB: c_int = 201;
pub const GNUTLS_CIPHER_CAST5_PGP_CFB: c_int = 202;
pub const GNUTLS_CIPHER_BLOWFISH_PGP_CFB: c_int = 203;
pub const GNUTLS_CIPHER_SAFER_SK128_PGP_CFB: c_int = 204;
pub const GNUTLS_CIPHER_AES128_PGP_CFB: c_int = 205;
pub const GNUTLS_CIPHER_AES192_PGP_CFB: c_int = 206;
pub const GNUTLS_CIPHER_AES256_PGP_CFB: c_int = 207;
pub const GNUTLS_CIPHER_TWOFISH_PGP_CFB: c_int = 208;

/// Header view of `gnutls_kx_algorithm_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_kx_algorithm_t__enum {
    GNUTLS_KX_UNKNOWN = 0,
    GNUTLS_KX_RSA = 1,
    GNUTLS_KX_DHE_DSS = 2,
    GNUTLS_KX_DHE_RSA = 3,
    GNUTLS_KX_ANON_DH = 4,
    GNUTLS_KX_SRP = 5,
    GNUTLS_KX_RSA_EXPORT = 6,
    GNUTLS_KX_SRP_RSA = 7,
    GNUTLS_KX_SRP_DSS = 8,
    GNUTLS_KX_PSK = 9,
    GNUTLS_KX_DHE_PSK = 10,
    GNUTLS_KX_ANON_ECDH = 11,
    GNUTLS_KX_ECDHE_RSA = 12,
    GNUTLS_KX_ECDHE_ECDSA = 13,
    GNUTLS_KX_ECDHE_PSK = 14,
    GNUTLS_KX_RSA_PSK = 15,
    GNUTLS_KX_VKO_GOST_12 = 16,
}
pub type gnutls_kx_algorithm_t = c_int;
pub const GNUTLS_KX_UNKNOWN: c_int = 0;
pub const GNUTLS_KX_RSA: c_int = 1;
pub const GNUTLS_KX_DHE_DSS: c_int = 2;
pub const GNUTLS_KX_DHE_RSA: c_int = 3;
pub const GNUTLS_KX_ANON_DH: c_int = 4;
pub const GNUTLS_KX_SRP: c_int = 5;
pub const GNUTLS_KX_RSA_EXPORT: c_int = 6;
pub const GNUTLS_KX_SRP_RSA: c_int = 7;
pub const GNUTLS_KX_SRP_DSS: c_int = 8;
pub const GNUTLS_KX_PSK: c_int = 9;
pub const GNUTLS_KX_DHE_PSK: c_int = 10;
pub const GNUTLS_KX_ANON_ECDH: c_int = 11;
pub const GNUTLS_KX_ECDHE_RSA: c_int = 12;
pub const GNUTLS_KX_ECDHE_ECDSA: c_int = 13;
pub const GNUTLS_KX_ECDHE_PSK: c_int = 14;
pub const GNUTLS_KX_RSA_PSK: c_int = 15;
pub const GNUTLS_KX_VKO_GOST_12: c_int = 16;

/// Header view of `gnutls_params_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_params_type_t__enum {
    GNUTLS_PARAMS_RSA_EXPORT = 1,
    GNUTLS_PARAMS_DH = 2,
    GNUTLS_PARAMS_ECDH = 3,
}
pub type gnutls_params_type_t = c_int;
pub const GNUTLS_PARAMS_RSA_EXPORT: c_int = 1;
pub const GNUTLS_PARAMS_DH: c_int = 2;
pub const GNUTLS_PARAMS_ECDH: c_int = 3;

/// Header view of `gnutls_credentials_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_credentials_type_t__enum {
    GNUTLS_CRD_CERTIFICATE = 1,
    GNUTLS_CRD_ANON = 2,
    GNUTLS_CRD_SRP = 3,
    GNUTLS_CRD_PSK = 4,
    GNUTLS_CRD_IA = 5,
}
pub type gnutls_credentials_type_t = c_int;
pub const GNUTLS_CRD_CERTIFICATE: c_int = 1;
pub const GNUTLS_CRD_ANON: c_int = 2;
pub const GNUTLS_CRD_SRP: c_int = 3;
pub const GNUTLS_CRD_PSK: c_int = 4;
pub const GNUTLS_CRD_IA: c_int = 5;

/// Header view of `gnutls_mac_algorithm_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_mac_algorithm_t__enum {
    GNUTLS_MAC_UNKNOWN = 0,
    GNUTLS_MAC_NULL = 1,
    GNUTLS_MAC_MD5 = 2,
    GNUTLS_MAC_SHA1 = 3,
    GNUTLS_MAC_RMD160 = 4,
    GNUTLS_MAC_MD2 = 5,
    GNUTLS_MAC_SHA256 = 6,
    GNUTLS_MAC_SHA384 = 7,
    GNUTLS_MAC_SHA512 = 8,
    GNUTLS_MAC_SHA224 = 9,
    GNUTLS_MAC_SHA3_224 = 10,
    GNUTLS_MAC_SHA3_256 = 11,
    GNUTLS_MAC_SHA3_384 = 12,
    GNUTLS_MAC_SHA3_512 = 13,
    GNUTLS_MAC_MD5_SHA1 = 14,
    GNUTLS_MAC_GOSTR_94 = 15,
    GNUTLS_MAC_STREEBOG_256 = 16,
    GNUTLS_MAC_STREEBOG_512 = 17,
    GNUTLS_MAC_AEAD = 200,
    GNUTLS_MAC_UMAC_96 = 201,
    GNUTLS_MAC_UMAC_128 = 202,
    GNUTLS_MAC_AES_CMAC_128 = 203,
    GNUTLS_MAC_AES_CMAC_256 = 204,
    GNUTLS_MAC_AES_GMAC_128 = 205,
    GNUTLS_MAC_AES_GMAC_192 = 206,
    GNUTLS_MAC_AES_GMAC_256 = 207,
    GNUTLS_MAC_GOST28147_TC26Z_IMIT = 208,
    GNUTLS_MAC_SHAKE_128 = 209,
    GNUTLS_MAC_SHAKE_256 = 210,
    GNUTLS_MAC_MAGMA_OMAC = 211,
    GNUTLS_MAC_KUZNYECHIK_OMAC = 212,
}
pub type gnutls_mac_algorithm_t = c_int;
pub const GNUTLS_MAC_UNKNOWN: c_int = 0;
pub const GNUTLS_MAC_NULL: c_int = 1;
pub const GNUTLS_MAC_MD5: c_int = 2;
pub const GNUTLS_MAC_SHA1: c_int = 3;
pub const GNUTLS_MAC_RMD160: c_int = 4;
pub const GNUTLS_MAC_MD2: c_int = 5;
pub const GNUTLS_MAC_SHA256: c_int = 6;
pub const GNUTLS_MAC_SHA384: c_int = 7;
pub const GNUTLS_MAC_SHA512: c_int = 8;
pub const GNUTLS_MAC_SHA224: c_int = 9;
pub const GNUTLS_MAC_SHA3_224: c_int = 10;
pub const GNUTLS_MAC_SHA3_256: c_int = 11;
pub const GNUTLS_MAC_SHA3_384: c_int = 12;
pub const GNUTLS_MAC_SHA3_512: c_int = 13;
pub const GNUTLS_MAC_MD5_SHA1: c_int = 14;
pub const GNUTLS_MAC_GOSTR_94: c_int = 15;
pub const GNUTLS_MAC_STREEBOG_256: c_int = 16;
pub const GNUTLS_MAC_STREEBOG_512: c_int = 17;
pub const GNUTLS_MAC_AEAD: c_int = 200;
pub const GNUTLS_MAC_UMAC_96: c_int = 201;
pub const GNUTLS_MAC_UMAC_128: c_int = 202;
pub const GNUTLS_MAC_AES_CMAC_128: c_int = 203;
pub const GNUTLS_MAC_AES_CMAC_256: c_int = 204;
pub const GNUTLS_MAC_AES_GMAC_128: c_int = 205;
pub const GNUTLS_MAC_AES_GMAC_192: c_int = 206;
pub const GNUTLS_MAC_AES_GMAC_256: c_int = 207;
pub const GNUTLS_MAC_GOST28147_TC26Z_IMIT: c_int = 208;
pub const GNUTLS_MAC_SHAKE_128: c_int = 209;
pub const GNUTLS_MAC_SHAKE_256: c_int = 210;
pub const GNUTLS_MAC_MAGMA_OMAC: c_int = 211;
pub const GNUTLS_MAC_KUZNYECHIK_OMAC: c_int = 212;

/// Header view of `gnutls_digest_algorithm_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_digest_algorithm_t__enum {
    GNUTLS_DIG_UNKNOWN = 0,
    GNUTLS_DIG_NULL = 1,
    GNUTLS_DIG_MD5 = 2,
    GNUTLS_DIG_SHA1 = 3,
    GNUTLS_DIG_RMD160 = 4,
    GNUTLS_DIG_MD2 = 5,
    GNUTLS_DIG_SHA256 = 6,
    GNUTLS_DIG_SHA384 = 7,
    GNUTLS_DIG_SHA512 = 8,
    GNUTLS_DIG_SHA224 = 9,
    GNUTLS_DIG_SHA3_224 = 10,
    GNUTLS_DIG_SHA3_256 = 11,
    GNUTLS_DIG_SHA3_384 = 12,
    GNUTLS_DIG_SHA3_512 = 13,
    GNUTLS_DIG_MD5_SHA1 = 14,
    GNUTLS_DIG_GOSTR_94 = 15,
    GNUTLS_DIG_STREEBOG_256 = 16,
    GNUTLS_DIG_STREEBOG_512 = 17,
    GNUTLS_DIG_SHAKE_128 = 209,
    GNUTLS_DIG_SHAKE_256 = 210,
}
pub type gnutls_digest_algorithm_t = c_int;
pub const GNUTLS_DIG_UNKNOWN: c_int = 0;
pub const GNUTLS_DIG_NULL: c_int = 1;
pub const GNUTLS_DIG_MD5: c_int = 2;
pub const GNUTLS_DIG_SHA1: c_int = 3;
pub const GNUTLS_DIG_RMD160: c_int = 4;
pub const GNUTLS_DIG_MD2: c_int = 5;
pub const GNUTLS_DIG_SHA256: c_int = 6;
pub const GNUTLS_DIG_SHA384: c_int = 7;
pub const GNUTLS_DIG_SHA512: c_int = 8;
pub const GNUTLS_DIG_SHA224: c_int = 9;
pub const GNUTLS_DIG_SHA3_224: c_int = 10;
pub const GNUTLS_DIG_SHA3_256: c_int = 11;
pub const GNUTLS_DIG_SHA3_384: c_int = 12;
pub const GNUTLS_DIG_SHA3_512: c_int = 13;
pub const GNUTLS_DIG_MD5_SHA1: c_int = 14;
pub const GNUTLS_DIG_GOSTR_94: c_int = 15;
pub const GNUTLS_DIG_STREEBOG_256: c_int = 16;
pub const GNUTLS_DIG_STREEBOG_512: c_int = 17;
pub const GNUTLS_DIG_SHAKE_128: c_int = 209;
pub const GNUTLS_DIG_SHAKE_256: c_int = 210;

/// Header view of `gnutls_compression_method_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_compression_method_t__enum {
    GNUTLS_COMP_UNKNOWN = 0,
    GNUTLS_COMP_NULL = 1,
    GNUTLS_COMP_DEFLATE = 2,
    GNUTLS_COMP_BROTLI = 3,
    GNUTLS_COMP_ZSTD = 4,
}
pub type gnutls_compression_method_t = c_int;
pub const GNUTLS_COMP_UNKNOWN: c_int = 0;
pub const GNUTLS_COMP_NULL: c_int = 1;
pub const GNUTLS_COMP_DEFLATE: c_int = 2;
pub const GNUTLS_COMP_ZLIB: c_int = 2;
pub const GNUTLS_COMP_BROTLI: c_int = 3;
pub const GNUTLS_COMP_ZSTD: c_int = 4;

/// Header view of `gnutls_init_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_init_flags_t__enum {
    GNUTLS_SERVER = 1,
    GNUTLS_CLIENT = 2,
    GNUTLS_DATAGRAM = 4,
    GNUTLS_NONBLOCK = 8,
    GNUTLS_NO_EXTENSIONS = 16,
    GNUTLS_NO_REPLAY_PROTECTION = 32,
    GNUTLS_NO_SIGNAL = 64,
    GNUTLS_ALLOW_ID_CHANGE = 128,
    GNUTLS_ENABLE_FALSE_START = 256,
    GNUTLS_FORCE_CLIENT_CERT = 512,
    GNUTLS_NO_TICKETS = 1024,
    GNUTLS_KEY_SHARE_TOP = 2048,
    GNUTLS_KEY_SHARE_TOP2 = 4096,
    GNUTLS_KEY_SHARE_TOP3 = 8192,
    GNUTLS_POST_HANDSHAKE_AUTH = 16384,
    GNUTLS_NO_AUTO_REKEY = 32768,
    GNUTLS_SAFE_PADDING_CHECK = 65536,
    GNUTLS_ENABLE_EARLY_START = 131072,
    GNUTLS_ENABLE_RAWPK = 262144,
    GNUTLS_AUTO_REAUTH = 524288,
    GNUTLS_ENABLE_EARLY_DATA = 1048576,
    GNUTLS_NO_AUTO_SEND_TICKET = 2097152,
    GNUTLS_NO_END_OF_EARLY_DATA = 4194304,
    GNUTLS_NO_TICKETS_TLS12 = 8388608,
}
pub type gnutls_init_flags_t = c_int;
pub const GNUTLS_SERVER: c_int = 1;
pub const GNUTLS_CLIENT: c_int = 2;
pub const GNUTLS_DATAGRAM: c_int = 4;
pub const GNUTLS_NONBLOCK: c_int = 8;
pub const GNUTLS_NO_EXTENSIONS: c_int = 16;
pub const GNUTLS_NO_REPLAY_PROTECTION: c_int = 32;
pub const GNUTLS_NO_SIGNAL: c_int = 64;
pub const GNUTLS_ALLOW_ID_CHANGE: c_int = 128;
pub const GNUTLS_ENABLE_FALSE_START: c_int = 256;
pub const GNUTLS_FORCE_CLIENT_CERT: c_int = 512;
pub const GNUTLS_NO_TICKETS: c_int = 1024;
pub const GNUTLS_KEY_SHARE_TOP: c_int = 2048;
pub const GNUTLS_KEY_SHARE_TOP2: c_int = 4096;
pub const GNUTLS_KEY_SHARE_TOP3: c_int = 8192;
pub const GNUTLS_POST_HANDSHAKE_AUTH: c_int = 16384;
pub const GNUTLS_NO_AUTO_REKEY: c_int = 32768;
pub const GNUTLS_SAFE_PADDING_CHECK: c_int = 65536;
pub const GNUTLS_ENABLE_EARLY_START: c_int = 131072;
pub const GNUTLS_ENABLE_RAWPK: c_int = 262144;
pub const GNUTLS_AUTO_REAUTH: c_int = 524288;
pub const GNUTLS_ENABLE_EARLY_DATA: c_int = 1048576;
pub const GNUTLS_NO_AUTO_SEND_TICKET: c_int = 2097152;
pub const GNUTLS_NO_END_OF_EARLY_DATA: c_int = 4194304;
pub const GNUTLS_NO_TICKETS_TLS12: c_int = 8388608;

/// Header view of `gnutls_alert_level_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_alert_level_t__enum {
    GNUTLS_AL_WARNING = 1,
    GNUTLS_AL_FATAL = 2,
}
pub type gnutls_alert_level_t = c_int;
pub const GNUTLS_AL_WARNING: c_int = 1;
pub const GNUTLS_AL_FATAL: c_int = 2;

/// Header view of `gnutls_alert_description_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_alert_description_t__enum {
    GNUTLS_A_CLOSE_NOTIFY = 0,
    GNUTLS_A_UNEXPECTED_MESSAGE = 10,
    GNUTLS_A_BAD_RECORD_MAC = 20,
    GNUTLS_A_DECRYPTION_FAILED = 21,
    GNUTLS_A_RECORD_OVERFLOW = 22,
    GNUTLS_A_DECOMPRESSION_FAILURE = 30,
    GNUTLS_A_HANDSHAKE_FAILURE = 40,
    GNUTLS_A_SSL3_NO_CERTIFICATE = 41,
    GNUTLS_A_BAD_CERTIFICATE = 42,
    GNUTLS_A_UNSUPPORTED_CERTIFICATE = 43,
    GNUTLS_A_CERTIFICATE_REVOKED = 44,
    GNUTLS_A_CERTIFICATE_EXPIRED = 45,
    GNUTLS_A_CERTIFICATE_UNKNOWN = 46,
    GNUTLS_A_ILLEGAL_PARAMETER = 47,
    GNUTLS_A_UNKNOWN_CA = 48,
    GNUTLS_A_ACCESS_DENIED = 49,
    GNUTLS_A_DECODE_ERROR = 50,
    GNUTLS_A_DECRYPT_ERROR = 51,
    GNUTLS_A_EXPORT_RESTRICTION = 60,
    GNUTLS_A_PROTOCOL_VERSION = 70,
    GNUTLS_A_INSUFFICIENT_SECURITY = 71,
    GNUTLS_A_INTERNAL_ERROR = 80,
    GNUTLS_A_INAPPROPRIATE_FALLBACK = 86,
    GNUTLS_A_USER_CANCELED = 90,
    GNUTLS_A_NO_RENEGOTIATION = 100,
    GNUTLS_A_MISSING_EXTENSION = 109,
    GNUTLS_A_UNSUPPORTED_EXTENSION = 110,
    GNUTLS_A_CERTIFICATE_UNOBTAINABLE = 111,
    GNUTLS_A_UNRECOGNIZED_NAME = 112,
    GNUTLS_A_UNKNOWN_PSK_IDENTITY = 115,
    GNUTLS_A_CERTIFICATE_REQUIRED = 116,
    GNUTLS_A_NO_APPLICATION_PROTOCOL = 120,
}
pub type gnutls_alert_description_t = c_int;
pub const GNUTLS_A_CLOSE_NOTIFY: c_int = 0;
pub const GNUTLS_A_UNEXPECTED_MESSAGE: c_int = 10;
pub const GNUTLS_A_BAD_RECORD_MAC: c_int = 20;
pub const GNUTLS_A_DECRYPTION_FAILED: c_int = 21;
pub const GNUTLS_A_RECORD_OVERFLOW: c_int = 22;
pub const GNUTLS_A_DECOMPRESSION_FAILURE: c_int = 30;
pub const GNUTLS_A_HANDSHAKE_FAILURE: c_int = 40;
pub const GNUTLS_A_SSL3_NO_CERTIFICATE: c_int = 41;
pub const GNUTLS_A_BAD_CERTIFICATE: c_int = 42;
pub const GNUTLS_A_UNSUPPORTED_CERTIFICATE: c_int = 43;
pub const GNUTLS_A_CERTIFICATE_REVOKED: c_int = 44;
pub const GNUTLS_A_CERTIFICATE_EXPIRED: c_int = 45;
pub const GNUTLS_A_CERTIFICATE_UNKNOWN: c_int = 46;
pub const GNUTLS_A_ILLEGAL_PARAMETER: c_int = 47;
pub const GNUTLS_A_UNKNOWN_CA: c_int = 48;
pub const GNUTLS_A_ACCESS_DENIED: c_int = 49;
pub const GNUTLS_A_DECODE_ERROR: c_int = 50;
pub const GNUTLS_A_DECRYPT_ERROR: c_int = 51;
pub const GNUTLS_A_EXPORT_RESTRICTION: c_int = 60;
pub const GNUTLS_A_PROTOCOL_VERSION: c_int = 70;
pub const GNUTLS_A_INSUFFICIENT_SECURITY: c_int = 71;
pub const GNUTLS_A_INTERNAL_ERROR: c_int = 80;
pub const GNUTLS_A_INAPPROPRIATE_FALLBACK: c_int = 86;
pub const GNUTLS_A_USER_CANCELED: c_int = 90;
pub const GNUTLS_A_NO_RENEGOTIATION: c_int = 100;
pub const GNUTLS_A_MISSING_EXTENSION: c_int = 109;
pub const GNUTLS_A_UNSUPPORTED_EXTENSION: c_int = 110;
pub const GNUTLS_A_CERTIFICATE_UNOBTAINABLE: c_int = 111;
pub const GNUTLS_A_UNRECOGNIZED_NAME: c_int = 112;
pub const GNUTLS_A_UNKNOWN_PSK_IDENTITY: c_int = 115;
pub const GNUTLS_A_CERTIFICATE_REQUIRED: c_int = 116;
pub const GNUTLS_A_NO_APPLICATION_PROTOCOL: c_int = 120;
pub const GNUTLS_A_MAX: c_int = 120;

/// Header view of `gnutls_handshake_description_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_handshake_description_t__enum {
    GNUTLS_HANDSHAKE_HELLO_REQUEST = 0,
    GNUTLS_HANDSHAKE_CLIENT_HELLO = 1,
    GNUTLS_HANDSHAKE_SERVER_HELLO = 2,
    GNUTLS_HANDSHAKE_HELLO_VERIFY_REQUEST = 3,
    GNUTLS_HANDSHAKE_NEW_SESSION_TICKET = 4,
    GNUTLS_HANDSHAKE_END_OF_EARLY_DATA = 5,
    GNUTLS_HANDSHAKE_ENCRYPTED_EXTENSIONS = 8,
    GNUTLS_HANDSHAKE_CERTIFICATE_PKT = 11,
    GNUTLS_HANDSHAKE_SERVER_KEY_EXCHANGE = 12,
    GNUTLS_HANDSHAKE_CERTIFICATE_REQUEST = 13,
    GNUTLS_HANDSHAKE_SERVER_HELLO_DONE = 14,
    GNUTLS_HANDSHAKE_CERTIFICATE_VERIFY = 15,
    GNUTLS_HANDSHAKE_CLIENT_KEY_EXCHANGE = 16,
    GNUTLS_HANDSHAKE_FINISHED = 20,
    GNUTLS_HANDSHAKE_CERTIFICATE_STATUS = 22,
    GNUTLS_HANDSHAKE_SUPPLEMENTAL = 23,
    GNUTLS_HANDSHAKE_KEY_UPDATE = 24,
    GNUTLS_HANDSHAKE_COMPRESSED_CERTIFICATE_PKT = 25,
    GNUTLS_HANDSHAKE_CHANGE_CIPHER_SPEC = 254,
    GNUTLS_HANDSHAKE_CLIENT_HELLO_V2 = 1024,
    GNUTLS_HANDSHAKE_HELLO_RETRY_REQUEST = 1025,
}
pub type gnutls_handshake_description_t = c_int;
pub const GNUTLS_HANDSHAKE_HELLO_REQUEST: c_int = 0;
pub const GNUTLS_HANDSHAKE_CLIENT_HELLO: c_int = 1;
pub const GNUTLS_HANDSHAKE_SERVER_HELLO: c_int = 2;
pub const GNUTLS_HANDSHAKE_HELLO_VERIFY_REQUEST: c_int = 3;
pub const GNUTLS_HANDSHAKE_NEW_SESSION_TICKET: c_int = 4;
pub const GNUTLS_HANDSHAKE_END_OF_EARLY_DATA: c_int = 5;
pub const GNUTLS_HANDSHAKE_ENCRYPTED_EXTENSIONS: c_int = 8;
pub const GNUTLS_HANDSHAKE_CERTIFICATE_PKT: c_int = 11;
pub const GNUTLS_HANDSHAKE_SERVER_KEY_EXCHANGE: c_int = 12;
pub const GNUTLS_HANDSHAKE_CERTIFICATE_REQUEST: c_int = 13;
pub const GNUTLS_HANDSHAKE_SERVER_HELLO_DONE: c_int = 14;
pub const GNUTLS_HANDSHAKE_CERTIFICATE_VERIFY: c_int = 15;
pub const GNUTLS_HANDSHAKE_CLIENT_KEY_EXCHANGE: c_int = 16;
pub const GNUTLS_HANDSHAKE_FINISHED: c_int = 20;
pub const GNUTLS_HANDSHAKE_CERTIFICATE_STATUS: c_int = 22;
pub const GNUTLS_HANDSHAKE_SUPPLEMENTAL: c_int = 23;
pub const GNUTLS_HANDSHAKE_KEY_UPDATE: c_int = 24;
pub const GNUTLS_HANDSHAKE_COMPRESSED_CERTIFICATE_PKT: c_int = 25;
pub const GNUTLS_HANDSHAKE_CHANGE_CIPHER_SPEC: c_int = 254;
pub const GNUTLS_HANDSHAKE_CLIENT_HELLO_V2: c_int = 1024;
pub const GNUTLS_HANDSHAKE_HELLO_RETRY_REQUEST: c_int = 1025;

/// Header view of `gnutls_certificate_status_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_certificate_status_t__enum {
    GNUTLS_CERT_INVALID = 2,
    GNUTLS_CERT_REVOKED = 32,
    GNUTLS_CERT_SIGNER_NOT_FOUND = 64,
    GNUTLS_CERT_SIGNER_NOT_CA = 128,
    GNUTLS_CERT_INSECURE_ALGORITHM = 256,
    GNUTLS_CERT_NOT_ACTIVATED = 512,
    GNUTLS_CERT_EXPIRED = 1024,
    GNUTLS_CERT_SIGNATURE_FAILURE = 2048,
    GNUTLS_CERT_REVOCATION_DATA_SUPERSEDED = 4096,
    GNUTLS_CERT_UNEXPECTED_OWNER = 16384,
    GNUTLS_CERT_REVOCATION_DATA_ISSUED_IN_FUTURE = 32768,
    GNUTLS_CERT_SIGNER_CONSTRAINTS_FAILURE = 65536,
    GNUTLS_CERT_MISMATCH = 131072,
    GNUTLS_CERT_PURPOSE_MISMATCH = 262144,
    GNUTLS_CERT_MISSING_OCSP_STATUS = 524288,
    GNUTLS_CERT_INVALID_OCSP_STATUS = 1048576,
    GNUTLS_CERT_UNKNOWN_CRIT_EXTENSIONS = 2097152,
}
pub type gnutls_certificate_status_t = c_int;
pub const GNUTLS_CERT_INVALID: c_int = 2;
pub const GNUTLS_CERT_REVOKED: c_int = 32;
pub const GNUTLS_CERT_SIGNER_NOT_FOUND: c_int = 64;
pub const GNUTLS_CERT_SIGNER_NOT_CA: c_int = 128;
pub const GNUTLS_CERT_INSECURE_ALGORITHM: c_int = 256;
pub const GNUTLS_CERT_NOT_ACTIVATED: c_int = 512;
pub const GNUTLS_CERT_EXPIRED: c_int = 1024;
pub const GNUTLS_CERT_SIGNATURE_FAILURE: c_int = 2048;
pub const GNUTLS_CERT_REVOCATION_DATA_SUPERSEDED: c_int = 4096;
pub const GNUTLS_CERT_UNEXPECTED_OWNER: c_int = 16384;
pub const GNUTLS_CERT_REVOCATION_DATA_ISSUED_IN_FUTURE: c_int = 32768;
pub const GNUTLS_CERT_SIGNER_CONSTRAINTS_FAILURE: c_int = 65536;
pub const GNUTLS_CERT_MISMATCH: c_int = 131072;
pub const GNUTLS_CERT_PURPOSE_MISMATCH: c_int = 262144;
pub const GNUTLS_CERT_MISSING_OCSP_STATUS: c_int = 524288;
pub const GNUTLS_CERT_INVALID_OCSP_STATUS: c_int = 1048576;
pub const GNUTLS_CERT_UNKNOWN_CRIT_EXTENSIONS: c_int = 2097152;

/// Header view of `gnutls_certificate_request_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_certificate_request_t__enum {
    GNUTLS_CERT_IGNORE = 0,
    GNUTLS_CERT_REQUEST = 1,
    GNUTLS_CERT_REQUIRE = 2,
}
pub type gnutls_certificate_request_t = c_int;
pub const GNUTLS_CERT_IGNORE: c_int = 0;
pub const GNUTLS_CERT_REQUEST: c_int = 1;
pub const GNUTLS_CERT_REQUIRE: c_int = 2;

/// Header view of `gnutls_openpgp_crt_status_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_openpgp_crt_status_t__enum {
    GNUTLS_OPENPGP_CERT = 0,
    GNUTLS_OPENPGP_CERT_FINGERPRINT = 1,
}
pub type gnutls_openpgp_crt_status_t = c_int;
pub const GNUTLS_OPENPGP_CERT: c_int = 0;
pub const GNUTLS_OPENPGP_CERT_FINGERPRINT: c_int = 1;

/// Header view of `gnutls_close_request_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_close_request_t__enum {
    GNUTLS_SHUT_RDWR = 0,
    GNUTLS_SHUT_WR = 1,
}
pub type gnutls_close_request_t = c_int;
pub const GNUTLS_SHUT_RDWR: c_int = 0;
pub const GNUTLS_SHUT_WR: c_int = 1;

/// Header view of `gnutls_protocol_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_protocol_t__enum {
    GNUTLS_SSL3 = 1,
    GNUTLS_TLS1_0 = 2,
    GNUTLS_TLS1_1 = 3,
    GNUTLS_TLS1_2 = 4,
    GNUTLS_TLS1_3 = 5,
    GNUTLS_DTLS0_9 = 200,
    GNUTLS_DTLS1_0 = 201,
    GNUTLS_DTLS1_2 = 202,
    GNUTLS_VERSION_UNKNOWN = 255,
}
pub type gnutls_protocol_t = c_int;
pub const GNUTLS_SSL3: c_int = 1;
pub const GNUTLS_TLS1_0: c_int = 2;
pub const GNUTLS_TLS1: c_int = 2;
pub const GNUTLS_TLS1_1: c_int = 3;
pub const GNUTLS_TLS1_2: c_int = 4;
pub const GNUTLS_TLS1_3: c_int = 5;
pub const GNUTLS_DTLS0_9: c_int = 200;
pub const GNUTLS_DTLS1_0: c_int = 201;
pub const GNUTLS_DTLS1_2: c_int = 202;
pub const GNUTLS_DTLS_VERSION_MIN: c_int = 200;
pub const GNUTLS_DTLS_VERSION_MAX: c_int = 202;
pub const GNUTLS_TLS_VERSION_MAX: c_int = 5;
pub const GNUTLS_VERSION_UNKNOWN: c_int = 255;

/// Header view of `gnutls_certificate_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_certificate_type_t__enum {
    GNUTLS_CRT_UNKNOWN = 0,
    GNUTLS_CRT_X509 = 1,
    GNUTLS_CRT_OPENPGP = 2,
    GNUTLS_CRT_RAWPK = 3,
}
pub type gnutls_certificate_type_t = c_int;
pub const GNUTLS_CRT_UNKNOWN: c_int = 0;
pub const GNUTLS_CRT_X509: c_int = 1;
pub const GNUTLS_CRT_OPENPGP: c_int = 2;
pub const GNUTLS_CRT_RAWPK: c_int = 3;
pub const GNUTLS_CRT_MAX: c_int = 3;

/// Header view of `gnutls_x509_crt_fmt_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_x509_crt_fmt_t__enum {
    GNUTLS_X509_FMT_DER = 0,
    GNUTLS_X509_FMT_PEM = 1,
}
pub type gnutls_x509_crt_fmt_t = c_int;
pub const GNUTLS_X509_FMT_DER: c_int = 0;
pub const GNUTLS_X509_FMT_PEM: c_int = 1;

/// Header view of `gnutls_certificate_print_formats_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_certificate_print_formats_t__enum {
    GNUTLS_CRT_PRINT_FULL = 0,
    GNUTLS_CRT_PRINT_ONELINE = 1,
    GNUTLS_CRT_PRINT_UNSIGNED_FULL = 2,
    GNUTLS_CRT_PRINT_COMPACT = 3,
    GNUTLS_CRT_PRINT_FULL_NUMBERS = 4,
}
pub type gnutls_certificate_print_formats_t = c_int;
pub const GNUTLS_CRT_PRINT_FULL: c_int = 0;
pub const GNUTLS_CRT_PRINT_ONELINE: c_int = 1;
pub const GNUTLS_CRT_PRINT_UNSIGNED_FULL: c_int = 2;
pub const GNUTLS_CRT_PRINT_COMPACT: c_int = 3;
pub const GNUTLS_CRT_PRINT_FULL_NUMBERS: c_int = 4;

/// Header view of `gnutls_pk_algorithm_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pk_algorithm_t__enum {
    GNUTLS_PK_UNKNOWN = 0,
    GNUTLS_PK_RSA = 1,
    GNUTLS_PK_DSA = 2,
    GNUTLS_PK_DH = 3,
    GNUTLS_PK_ECDSA = 4,
    GNUTLS_PK_ECDH_X25519 = 5,
    GNUTLS_PK_RSA_PSS = 6,
    GNUTLS_PK_EDDSA_ED25519 = 7,
    GNUTLS_PK_GOST_01 = 8,
    GNUTLS_PK_GOST_12_256 = 9,
    GNUTLS_PK_GOST_12_512 = 10,
    GNUTLS_PK_ECDH_X448 = 11,
    GNUTLS_PK_EDDSA_ED448 = 12,
}
pub type gnutls_pk_algorithm_t = c_int;
pub const GNUTLS_PK_UNKNOWN: c_int = 0;
pub const GNUTLS_PK_RSA: c_int = 1;
pub const GNUTLS_PK_DSA: c_int = 2;
pub const GNUTLS_PK_DH: c_int = 3;
pub const GNUTLS_PK_ECDSA: c_int = 4;
pub const GNUTLS_PK_ECDH_X25519: c_int = 5;
pub const GNUTLS_PK_RSA_PSS: c_int = 6;
pub const GNUTLS_PK_EDDSA_ED25519: c_int = 7;
pub const GNUTLS_PK_GOST_01: c_int = 8;
pub const GNUTLS_PK_GOST_12_256: c_int = 9;
pub const GNUTLS_PK_GOST_12_512: c_int = 10;
pub const GNUTLS_PK_ECDH_X448: c_int = 11;
pub const GNUTLS_PK_EDDSA_ED448: c_int = 12;
pub const GNUTLS_PK_MAX: c_int = 12;

/// Header view of `gnutls_sign_algorithm_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_sign_algorithm_t__enum {
    GNUTLS_SIGN_UNKNOWN = 0,
    GNUTLS_SIGN_RSA_SHA1 = 1,
    GNUTLS_SIGN_DSA_SHA1 = 2,
    GNUTLS_SIGN_RSA_MD5 = 3,
    GNUTLS_SIGN_RSA_MD2 = 4,
    GNUTLS_SIGN_RSA_RMD160 = 5,
    GNUTLS_SIGN_RSA_SHA256 = 6,
    GNUTLS_SIGN_RSA_SHA384 = 7,
    GNUTLS_SIGN_RSA_SHA512 = 8,
    GNUTLS_SIGN_RSA_SHA224 = 9,
    GNUTLS_SIGN_DSA_SHA224 = 10,
    GNUTLS_SIGN_DSA_SHA256 = 11,
    GNUTLS_SIGN_ECDSA_SHA1 = 12,
    GNUTLS_SIGN_ECDSA_SHA224 = 13,
    GNUTLS_SIGN_ECDSA_SHA256 = 14,
    GNUTLS_SIGN_ECDSA_SHA384 = 15,
    GNUTLS_SIGN_ECDSA_SHA512 = 16,
    GNUTLS_SIGN_DSA_SHA384 = 17,
    GNUTLS_SIGN_DSA_SHA512 = 18,
    GNUTLS_SIGN_ECDSA_SHA3_224 = 20,
    GNUTLS_SIGN_ECDSA_SHA3_256 = 21,
    GNUTLS_SIGN_ECDSA_SHA3_384 = 22,
    GNUTLS_SIGN_ECDSA_SHA3_512 = 23,
    GNUTLS_SIGN_DSA_SHA3_224 = 24,
    GNUTLS_SIGN_DSA_SHA3_256 = 25,
    GNUTLS_SIGN_DSA_SHA3_384 = 26,
    GNUTLS_SIGN_DSA_SHA3_512 = 27,
    GNUTLS_SIGN_RSA_SHA3_224 = 28,
    GNUTLS_SIGN_RSA_SHA3_256 = 29,
    GNUTLS_SIGN_RSA_SHA3_384 = 30,
    GNUTLS_SIGN_RSA_SHA3_512 = 31,
    GNUTLS_SIGN_RSA_PSS_SHA256 = 32,
    GNUTLS_SIGN_RSA_PSS_SHA384 = 33,
    GNUTLS_SIGN_RSA_PSS_SHA512 = 34,
    GNUTLS_SIGN_EDDSA_ED25519 = 35,
    GNUTLS_SIGN_RSA_RAW = 36,
    GNUTLS_SIGN_ECDSA_SECP256R1_SHA256 = 37,
    GNUTLS_SIGN_ECDSA_SECP384R1_SHA384 = 38,
    GNUTLS_SIGN_ECDSA_SECP521R1_SHA512 = 39,
    GNUTLS_SIGN_RSA_PSS_RSAE_SHA256 = 40,
    GNUTLS_SIGN_RSA_PSS_RSAE_SHA384 = 41,
    GNUTLS_SIGN_RSA_PSS_RSAE_SHA512 = 42,
    GNUTLS_SIGN_GOST_94 = 43,
    GNUTLS_SIGN_GOST_256 = 44,
    GNUTLS_SIGN_GOST_512 = 45,
    GNUTLS_SIGN_EDDSA_ED448 = 46,
}
pub type gnutls_sign_algorithm_t = c_int;
pub const GNUTLS_SIGN_UNKNOWN: c_int = 0;
pub const GNUTLS_SIGN_RSA_SHA1: c_int = 1;
pub const GNUTLS_SIGN_RSA_SHA: c_int = 1;
pub const GNUTLS_SIGN_DSA_SHA1: c_int = 2;
pub const GNUTLS_SIGN_DSA_SHA: c_int = 2;
pub const GNUTLS_SIGN_RSA_MD5: c_int = 3;
pub const GNUTLS_SIGN_RSA_MD2: c_int = 4;
pub const GNUTLS_SIGN_RSA_RMD160: c_int = 5;
pub const GNUTLS_SIGN_RSA_SHA256: c_int = 6;
pub const GNUTLS_SIGN_RSA_SHA384: c_int = 7;
pub const GNUTLS_SIGN_RSA_SHA512: c_int = 8;
pub const GNUTLS_SIGN_RSA_SHA224: c_int = 9;
pub const GNUTLS_SIGN_DSA_SHA224: c_int = 10;
pub const GNUTLS_SIGN_DSA_SHA256: c_int = 11;
pub const GNUTLS_SIGN_ECDSA_SHA1: c_int = 12;
pub const GNUTLS_SIGN_ECDSA_SHA224: c_int = 13;
pub const GNUTLS_SIGN_ECDSA_SHA256: c_int = 14;
pub const GNUTLS_SIGN_ECDSA_SHA384: c_int = 15;
pub const GNUTLS_SIGN_ECDSA_SHA512: c_int = 16;
pub const GNUTLS_SIGN_DSA_SHA384: c_int = 17;
pub const GNUTLS_SIGN_DSA_SHA512: c_int = 18;
pub const GNUTLS_SIGN_ECDSA_SHA3_224: c_int = 20;
pub const GNUTLS_SIGN_ECDSA_SHA3_256: c_int = 21;
pub const GNUTLS_SIGN_ECDSA_SHA3_384: c_int = 22;
pub const GNUTLS_SIGN_ECDSA_SHA3_512: c_int = 23;
pub const GNUTLS_SIGN_DSA_SHA3_224: c_int = 24;
pub const GNUTLS_SIGN_DSA_SHA3_256: c_int = 25;
pub const GNUTLS_SIGN_DSA_SHA3_384: c_int = 26;
pub const GNUTLS_SIGN_DSA_SHA3_512: c_int = 27;
pub const GNUTLS_SIGN_RSA_SHA3_224: c_int = 28;
pub const GNUTLS_SIGN_RSA_SHA3_256: c_int = 29;
pub const GNUTLS_SIGN_RSA_SHA3_384: c_int = 30;
pub const GNUTLS_SIGN_RSA_SHA3_512: c_int = 31;
pub const GNUTLS_SIGN_RSA_PSS_SHA256: c_int = 32;
pub const GNUTLS_SIGN_RSA_PSS_SHA384: c_int = 33;
pub const GNUTLS_SIGN_RSA_PSS_SHA512: c_int = 34;
pub const GNUTLS_SIGN_EDDSA_ED25519: c_int = 35;
pub const GNUTLS_SIGN_RSA_RAW: c_int = 36;
pub const GNUTLS_SIGN_ECDSA_SECP256R1_SHA256: c_int = 37;
pub const GNUTLS_SIGN_ECDSA_SECP384R1_SHA384: c_int = 38;
pub const GNUTLS_SIGN_ECDSA_SECP521R1_SHA512: c_int = 39;
pub const GNUTLS_SIGN_RSA_PSS_RSAE_SHA256: c_int = 40;
pub const GNUTLS_SIGN_RSA_PSS_RSAE_SHA384: c_int = 41;
pub const GNUTLS_SIGN_RSA_PSS_RSAE_SHA512: c_int = 42;
pub const GNUTLS_SIGN_GOST_94: c_int = 43;
pub const GNUTLS_SIGN_GOST_256: c_int = 44;
pub const GNUTLS_SIGN_GOST_512: c_int = 45;
pub const GNUTLS_SIGN_EDDSA_ED448: c_int = 46;
pub const GNUTLS_SIGN_MAX: c_int = 46;

/// Header view of `gnutls_ecc_curve_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_ecc_curve_t__enum {
    GNUTLS_ECC_CURVE_INVALID = 0,
    GNUTLS_ECC_CURVE_SECP224R1 = 1,
    GNUTLS_ECC_CURVE_SECP256R1 = 2,
    GNUTLS_ECC_CURVE_SECP384R1 = 3,
    GNUTLS_ECC_CURVE_SECP521R1 = 4,
    GNUTLS_ECC_CURVE_SECP192R1 = 5,
    GNUTLS_ECC_CURVE_X25519 = 6,
    GNUTLS_ECC_CURVE_ED25519 = 7,
    GNUTLS_ECC_CURVE_GOST256CPA = 8,
    GNUTLS_ECC_CURVE_GOST256CPB = 9,
    GNUTLS_ECC_CURVE_GOST256CPC = 10,
    GNUTLS_ECC_CURVE_GOST256CPXA = 11,
    GNUTLS_ECC_CURVE_GOST256CPXB = 12,
    GNUTLS_ECC_CURVE_GOST512A = 13,
    GNUTLS_ECC_CURVE_GOST512B = 14,
    GNUTLS_ECC_CURVE_GOST512C = 15,
    GNUTLS_ECC_CURVE_GOST256A = 16,
    GNUTLS_ECC_CURVE_GOST256B = 17,
    GNUTLS_ECC_CURVE_GOST256C = 18,
    GNUTLS_ECC_CURVE_GOST256D = 19,
    GNUTLS_ECC_CURVE_X448 = 20,
    GNUTLS_ECC_CURVE_ED448 = 21,
}
pub type gnutls_ecc_curve_t = c_int;
pub const GNUTLS_ECC_CURVE_INVALID: c_int = 0;
pub const GNUTLS_ECC_CURVE_SECP224R1: c_int = 1;
pub const GNUTLS_ECC_CURVE_SECP256R1: c_int = 2;
pub const GNUTLS_ECC_CURVE_SECP384R1: c_int = 3;
pub const GNUTLS_ECC_CURVE_SECP521R1: c_int = 4;
pub const GNUTLS_ECC_CURVE_SECP192R1: c_int = 5;
pub const GNUTLS_ECC_CURVE_X25519: c_int = 6;
pub const GNUTLS_ECC_CURVE_ED25519: c_int = 7;
pub const GNUTLS_ECC_CURVE_GOST256CPA: c_int = 8;
pub const GNUTLS_ECC_CURVE_GOST256CPB: c_int = 9;
pub const GNUTLS_ECC_CURVE_GOST256CPC: c_int = 10;
pub const GNUTLS_ECC_CURVE_GOST256CPXA: c_int = 11;
pub const GNUTLS_ECC_CURVE_GOST256CPXB: c_int = 12;
pub const GNUTLS_ECC_CURVE_GOST512A: c_int = 13;
pub const GNUTLS_ECC_CURVE_GOST512B: c_int = 14;
pub const GNUTLS_ECC_CURVE_GOST512C: c_int = 15;
pub const GNUTLS_ECC_CURVE_GOST256A: c_int = 16;
pub const GNUTLS_ECC_CURVE_GOST256B: c_int = 17;
pub const GNUTLS_ECC_CURVE_GOST256C: c_int = 18;
pub const GNUTLS_ECC_CURVE_GOST256D: c_int = 19;
pub const GNUTLS_ECC_CURVE_X448: c_int = 20;
pub const GNUTLS_ECC_CURVE_ED448: c_int = 21;
pub const GNUTLS_ECC_CURVE_MAX: c_int = 21;

/// Header view of `gnutls_group_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_group_t__enum {
    GNUTLS_GROUP_INVALID = 0,
    GNUTLS_GROUP_SECP192R1 = 5,
    GNUTLS_GROUP_SECP224R1 = 1,
    GNUTLS_GROUP_SECP256R1 = 2,
    GNUTLS_GROUP_SECP384R1 = 3,
    GNUTLS_GROUP_SECP521R1 = 4,
    GNUTLS_GROUP_X25519 = 6,
    GNUTLS_GROUP_X448 = 20,
    GNUTLS_GROUP_GC256A = 16,
    GNUTLS_GROUP_GC256B = 17,
    GNUTLS_GROUP_GC256C = 18,
    GNUTLS_GROUP_GC256D = 19,
    GNUTLS_GROUP_GC512A = 13,
    GNUTLS_GROUP_GC512B = 14,
    GNUTLS_GROUP_GC512C = 15,
    GNUTLS_GROUP_FFDHE2048 = 256,
    GNUTLS_GROUP_FFDHE3072 = 257,
    GNUTLS_GROUP_FFDHE4096 = 258,
    GNUTLS_GROUP_FFDHE8192 = 259,
    GNUTLS_GROUP_FFDHE6144 = 260,
}
pub type gnutls_group_t = c_int;
pub const GNUTLS_GROUP_INVALID: c_int = 0;
pub const GNUTLS_GROUP_SECP192R1: c_int = 5;
pub const GNUTLS_GROUP_SECP224R1: c_int = 1;
pub const GNUTLS_GROUP_SECP256R1: c_int = 2;
pub const GNUTLS_GROUP_SECP384R1: c_int = 3;
pub const GNUTLS_GROUP_SECP521R1: c_int = 4;
pub const GNUTLS_GROUP_X25519: c_int = 6;
pub const GNUTLS_GROUP_X448: c_int = 20;
pub const GNUTLS_GROUP_GC256A: c_int = 16;
pub const GNUTLS_GROUP_GC256B: c_int = 17;
pub const GNUTLS_GROUP_GC256C: c_int = 18;
pub const GNUTLS_GROUP_GC256D: c_int = 19;
pub const GNUTLS_GROUP_GC512A: c_int = 13;
pub const GNUTLS_GROUP_GC512B: c_int = 14;
pub const GNUTLS_GROUP_GC512C: c_int = 15;
pub const GNUTLS_GROUP_FFDHE2048: c_int = 256;
pub const GNUTLS_GROUP_FFDHE3072: c_int = 257;
pub const GNUTLS_GROUP_FFDHE4096: c_int = 258;
pub const GNUTLS_GROUP_FFDHE8192: c_int = 259;
pub const GNUTLS_GROUP_FFDHE6144: c_int = 260;
pub const GNUTLS_GROUP_MAX: c_int = 260;

/// Header view of `gnutls_sec_param_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_sec_param_t__enum {
    GNUTLS_SEC_PARAM_UNKNOWN = 0,
    GNUTLS_SEC_PARAM_INSECURE = 5,
    GNUTLS_SEC_PARAM_EXPORT = 10,
    GNUTLS_SEC_PARAM_VERY_WEAK = 15,
    GNUTLS_SEC_PARAM_WEAK = 20,
    GNUTLS_SEC_PARAM_LOW = 25,
    GNUTLS_SEC_PARAM_LEGACY = 30,
    GNUTLS_SEC_PARAM_MEDIUM = 35,
    GNUTLS_SEC_PARAM_HIGH = 40,
    GNUTLS_SEC_PARAM_ULTRA = 45,
    GNUTLS_SEC_PARAM_FUTURE = 50,
}
pub type gnutls_sec_param_t = c_int;
pub const GNUTLS_SEC_PARAM_UNKNOWN: c_int = 0;
pub const GNUTLS_SEC_PARAM_INSECURE: c_int = 5;
pub const GNUTLS_SEC_PARAM_EXPORT: c_int = 10;
pub const GNUTLS_SEC_PARAM_VERY_WEAK: c_int = 15;
pub const GNUTLS_SEC_PARAM_WEAK: c_int = 20;
pub const GNUTLS_SEC_PARAM_LOW: c_int = 25;
pub const GNUTLS_SEC_PARAM_LEGACY: c_int = 30;
pub const GNUTLS_SEC_PARAM_MEDIUM: c_int = 35;
pub const GNUTLS_SEC_PARAM_HIGH: c_int = 40;
pub const GNUTLS_SEC_PARAM_ULTRA: c_int = 45;
pub const GNUTLS_SEC_PARAM_FUTURE: c_int = 50;
pub const GNUTLS_SEC_PARAM_MAX: c_int = 50;

/// Header view of `gnutls_channel_binding_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_channel_binding_t__enum {
    GNUTLS_CB_TLS_UNIQUE = 0,
    GNUTLS_CB_TLS_SERVER_END_POINT = 1,
    GNUTLS_CB_TLS_EXPORTER = 2,
}
pub type gnutls_channel_binding_t = c_int;
pub const GNUTLS_CB_TLS_UNIQUE: c_int = 0;
pub const GNUTLS_CB_TLS_SERVER_END_POINT: c_int = 1;
pub const GNUTLS_CB_TLS_EXPORTER: c_int = 2;

/// Header view of `gnutls_gost_paramset_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_gost_paramset_t__enum {
    GNUTLS_GOST_PARAMSET_UNKNOWN = 0,
    GNUTLS_GOST_PARAMSET_TC26_Z = 1,
    GNUTLS_GOST_PARAMSET_CP_A = 2,
    GNUTLS_GOST_PARAMSET_CP_B = 3,
    GNUTLS_GOST_PARAMSET_CP_C = 4,
    GNUTLS_GOST_PARAMSET_CP_D = 5,
}
pub type gnutls_gost_paramset_t = c_int;
pub const GNUTLS_GOST_PARAMSET_UNKNOWN: c_int = 0;
pub const GNUTLS_GOST_PARAMSET_TC26_Z: c_int = 1;
pub const GNUTLS_GOST_PARAMSET_CP_A: c_int = 2;
pub const GNUTLS_GOST_PARAMSET_CP_B: c_int = 3;
pub const GNUTLS_GOST_PARAMSET_CP_C: c_int = 4;
pub const GNUTLS_GOST_PARAMSET_CP_D: c_int = 5;

/// Header view of `gnutls_ctype_target_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_ctype_target_t__enum {
    GNUTLS_CTYPE_CLIENT = 0,
    GNUTLS_CTYPE_SERVER = 1,
    GNUTLS_CTYPE_OURS = 2,
    GNUTLS_CTYPE_PEERS = 3,
}
pub type gnutls_ctype_target_t = c_int;
pub const GNUTLS_CTYPE_CLIENT: c_int = 0;
pub const GNUTLS_CTYPE_SERVER: c_int = 1;
pub const GNUTLS_CTYPE_OURS: c_int = 2;
pub const GNUTLS_CTYPE_PEERS: c_int = 3;

pub type gnutls_transport_ptr_t = *mut c_void;
pub struct gnutls_session_int {
    _private: [u8; 0],
}
pub type gnutls_session_t = *mut gnutls_session_int;
pub struct gnutls_dh_params_int {
    _private: [u8; 0],
}
pub type gnutls_dh_params_t = *mut gnutls_dh_params_int;
pub struct gnutls_x509_privkey_int {
    _private: [u8; 0],
}
pub type gnutls_rsa_params_t = *mut gnutls_x509_privkey_int;
pub struct gnutls_priority_st {
    _private: [u8; 0],
}
pub type gnutls_priority_t = *mut gnutls_priority_st;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_datum_t {
    pub data: *mut c_uchar,
    pub size: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_library_config_st {
    pub name: *const c_char,
    pub value: *const c_char,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union params {
    pub dh: gnutls_dh_params_t,
    pub rsa_export: gnutls_rsa_params_t,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_params_st {
    pub r#type: gnutls_params_type_t,
    pub params: params,
    pub deinit: c_int,
}

pub type gnutls_params_function = Option<unsafe extern "C" fn(arg0: gnutls_session_t, arg1: gnutls_params_type_t, arg2: *mut gnutls_params_st) -> c_int>;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_range_st {
    pub low: size_t,
    pub high: size_t,
}

pub struct mbuffer_st {
    _private: [u8; 0],
}
pub type gnutls_packet_t = *mut mbuffer_st;
/// Header view of `gnutls_server_name_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_server_name_type_t__enum {
    GNUTLS_NAME_DNS = 1,
}
pub type gnutls_server_name_type_t = c_int;
pub const GNUTLS_NAME_DNS: c_int = 1;

/// Header view of `gnutls_session_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_session_flags_t__enum {
    GNUTLS_SFLAGS_SAFE_RENEGOTIATION = 1,
    GNUTLS_SFLAGS_EXT_MASTER_SECRET = 2,
    GNUTLS_SFLAGS_ETM = 4,
    GNUTLS_SFLAGS_HB_LOCAL_SEND = 8,
    GNUTLS_SFLAGS_HB_PEER_SEND = 16,
    GNUTLS_SFLAGS_FALSE_START = 32,
    GNUTLS_SFLAGS_RFC7919 = 64,
    GNUTLS_SFLAGS_SESSION_TICKET = 128,
    GNUTLS_SFLAGS_POST_HANDSHAKE_AUTH = 256,
    GNUTLS_SFLAGS_EARLY_START = 512,
    GNUTLS_SFLAGS_EARLY_DATA = 1024,
    GNUTLS_SFLAGS_CLI_REQUESTED_OCSP = 2048,
    GNUTLS_SFLAGS_SERV_REQUESTED_OCSP = 4096,
}
pub type gnutls_session_flags_t = c_int;
pub const GNUTLS_SFLAGS_SAFE_RENEGOTIATION: c_int = 1;
pub const GNUTLS_SFLAGS_EXT_MASTER_SECRET: c_int = 2;
pub const GNUTLS_SFLAGS_ETM: c_int = 4;
pub const GNUTLS_SFLAGS_HB_LOCAL_SEND: c_int = 8;
pub const GNUTLS_SFLAGS_HB_PEER_SEND: c_int = 16;
pub const GNUTLS_SFLAGS_FALSE_START: c_int = 32;
pub const GNUTLS_SFLAGS_RFC7919: c_int = 64;
pub const GNUTLS_SFLAGS_SESSION_TICKET: c_int = 128;
pub const GNUTLS_SFLAGS_POST_HANDSHAKE_AUTH: c_int = 256;
pub const GNUTLS_SFLAGS_EARLY_START: c_int = 512;
pub const GNUTLS_SFLAGS_EARLY_DATA: c_int = 1024;
pub const GNUTLS_SFLAGS_CLI_REQUESTED_OCSP: c_int = 2048;
pub const GNUTLS_SFLAGS_SERV_REQUESTED_OCSP: c_int = 4096;

/// Header view of `gnutls_supplemental_data_format_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_supplemental_data_format_type_t__enum {
    GNUTLS_SUPPLEMENTAL_UNKNOWN = 0,
}
pub type gnutls_supplemental_data_format_type_t = c_int;
pub const GNUTLS_SUPPLEMENTAL_UNKNOWN: c_int = 0;

/// Header view of `gnutls_srtp_profile_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_srtp_profile_t__enum {
    GNUTLS_SRTP_AES128_CM_HMAC_SHA1_80 = 1,
    GNUTLS_SRTP_AES128_CM_HMAC_SHA1_32 = 2,
    GNUTLS_SRTP_NULL_HMAC_SHA1_80 = 5,
    GNUTLS_SRTP_NULL_HMAC_SHA1_32 = 6,
}
pub type gnutls_srtp_profile_t = c_int;
pub const GNUTLS_SRTP_AES128_CM_HMAC_SHA1_80: c_int = 1;
pub const GNUTLS_SRTP_AES128_CM_HMAC_SHA1_32: c_int = 2;
pub const GNUTLS_SRTP_NULL_HMAC_SHA1_80: c_int = 5;
pub const GNUTLS_SRTP_NULL_HMAC_SHA1_32: c_int = 6;

/// Header view of `gnutls_alpn_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_alpn_flags_t__enum {
    GNUTLS_ALPN_MANDATORY = 1,
    GNUTLS_ALPN_SERVER_PRECEDENCE = 2,
}
pub type gnutls_alpn_flags_t = c_int;
pub const GNUTLS_ALPN_MANDATORY: c_int = 1;
pub const GNUTLS_ALPN_SERVER_PRECEDENCE: c_int = 2;

pub type gnutls_certificate_verify_function = Option<unsafe extern "C" fn(arg0: gnutls_session_t) -> c_int>;
/// Header view of `gnutls_vdata_types_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_vdata_types_t__enum {
    GNUTLS_DT_UNKNOWN = 0,
    GNUTLS_DT_DNS_HOSTNAME = 1,
    GNUTLS_DT_KEY_PURPOSE_OID = 2,
    GNUTLS_DT_RFC822NAME = 3,
    GNUTLS_DT_IP_ADDRESS = 4,
}
pub type gnutls_vdata_types_t = c_int;
pub const GNUTLS_DT_UNKNOWN: c_int = 0;
pub const GNUTLS_DT_DNS_HOSTNAME: c_int = 1;
pub const GNUTLS_DT_KEY_PURPOSE_OID: c_int = 2;
pub const GNUTLS_DT_RFC822NAME: c_int = 3;
pub const GNUTLS_DT_IP_ADDRESS: c_int = 4;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_typed_vdata_st {
    pub r#type: gnutls_vdata_types_t,
    pub data: *mut c_uchar,
    pub size: c_uint,
}

pub type gnutls_db_store_func = Option<unsafe extern "C" fn(arg0: *mut c_void, key: gnutls_datum_t, data: gnutls_datum_t) -> c_int>;
pub type gnutls_db_remove_func = Option<unsafe extern "C" fn(arg0: *mut c_void, key: gnutls_datum_t) -> c_int>;
pub type gnutls_db_retr_func = Option<unsafe extern "C" fn(arg0: *mut c_void, key: gnutls_datum_t) -> gnutls_datum_t>;
pub type gnutls_handshake_hook_func = Option<unsafe extern "C" fn(arg0: gnutls_session_t, htype: c_uint, when: c_uint, incoming: c_uint, msg: *const gnutls_datum_t) -> c_int>;
pub type gnutls_handshake_simple_hook_func = Option<unsafe extern "C" fn(arg0: gnutls_session_t) -> c_int>;
pub struct gnutls_pubkey_st {
    _private: [u8; 0],
}
pub type gnutls_pubkey_t = *mut gnutls_pubkey_st;
pub struct gnutls_privkey_st {
    _private: [u8; 0],
}
pub type gnutls_privkey_t = *mut gnutls_privkey_st;
pub type gnutls_x509_privkey_t = *mut gnutls_x509_privkey_int;
pub struct gnutls_x509_crl_int {
    _private: [u8; 0],
}
pub type gnutls_x509_crl_t = *mut gnutls_x509_crl_int;
pub struct gnutls_x509_crt_int {
    _private: [u8; 0],
}
pub type gnutls_x509_crt_t = *mut gnutls_x509_crt_int;
pub struct gnutls_x509_crq_int {
    _private: [u8; 0],
}
pub type gnutls_x509_crq_t = *mut gnutls_x509_crq_int;
pub struct gnutls_openpgp_keyring_int {
    _private: [u8; 0],
}
pub type gnutls_openpgp_keyring_t = *mut gnutls_openpgp_keyring_int;
pub struct gnutls_certificate_credentials_st {
    _private: [u8; 0],
}
pub type gnutls_certificate_credentials_t = *mut gnutls_certificate_credentials_st;
pub type gnutls_certificate_server_credentials = gnutls_certificate_credentials_t;
pub type gnutls_certificate_client_credentials = gnutls_certificate_credentials_t;
pub struct gnutls_anon_server_credentials_st {
    _private: [u8; 0],
}
pub type gnutls_anon_server_credentials_t = *mut gnutls_anon_server_credentials_st;
pub struct gnutls_anon_client_credentials_st {
    _private: [u8; 0],
}
pub type gnutls_anon_client_credentials_t = *mut gnutls_anon_client_credentials_st;
/// Header view of `gnutls_certificate_flags`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_certificate_flags__enum {
    GNUTLS_CERTIFICATE_SKIP_KEY_CERT_MATCH = 1,
    GNUTLS_CERTIFICATE_API_V2 = 2,
    GNUTLS_CERTIFICATE_SKIP_OCSP_RESPONSE_CHECK = 4,
    GNUTLS_CERTIFICATE_VERIFY_CRLS = 8,
}
pub type gnutls_certificate_flags = c_int;
pub const GNUTLS_CERTIFICATE_SKIP_KEY_CERT_MATCH: c_int = 1;
pub const GNUTLS_CERTIFICATE_API_V2: c_int = 2;
pub const GNUTLS_CERTIFICATE_SKIP_OCSP_RESPONSE_CHECK: c_int = 4;
pub const GNUTLS_CERTIFICATE_VERIFY_CRLS: c_int = 8;

pub type gnutls_status_request_ocsp_func = Option<unsafe extern "C" fn(session: gnutls_session_t, ptr: *mut c_void, ocsp_response: *mut gnutls_datum_t) -> c_int>;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_ocsp_data_st {
    pub version: c_uint,
    pub response: gnutls_datum_t,
    pub exptime: time_t,
    pub padding: [c_uchar; 32],
}

pub type gnutls_time_func = Option<unsafe extern "C" fn(t: *mut time_t) -> time_t>;
pub type mutex_init_func = Option<unsafe extern "C" fn(mutex: *mut *mut c_void) -> c_int>;
pub type mutex_lock_func = Option<unsafe extern "C" fn(mutex: *mut *mut c_void) -> c_int>;
pub type mutex_unlock_func = Option<unsafe extern "C" fn(mutex: *mut *mut c_void) -> c_int>;
pub type mutex_deinit_func = Option<unsafe extern "C" fn(mutex: *mut *mut c_void) -> c_int>;
pub type gnutls_alloc_function = Option<unsafe extern "C" fn(arg0: size_t) -> *mut c_void>;
pub type gnutls_calloc_function = Option<unsafe extern "C" fn(arg0: size_t, arg1: size_t) -> *mut c_void>;
pub type gnutls_is_secure_function = Option<unsafe extern "C" fn(arg0: *const c_void) -> c_int>;
pub type gnutls_free_function = Option<unsafe extern "C" fn(arg0: *mut c_void)>;
pub type gnutls_realloc_function = Option<unsafe extern "C" fn(arg0: *mut c_void, arg1: size_t) -> *mut c_void>;
// extern variable gnutls_malloc: gnutls_alloc_function (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_realloc: gnutls_realloc_function (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_calloc: gnutls_calloc_function (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_free: gnutls_free_function (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_strdup: Option<unsafe extern "C" fn(arg0: *const c_char) -> *mut c_char> (defined in capi/src/gnutls/vars.rs)
pub type gnutls_log_func = Option<unsafe extern "C" fn(arg0: c_int, arg1: *const c_char)>;
pub type gnutls_audit_log_func = Option<unsafe extern "C" fn(arg0: gnutls_session_t, arg1: *const c_char)>;
pub type gnutls_keylog_func = Option<unsafe extern "C" fn(session: gnutls_session_t, label: *const c_char, secret: *const gnutls_datum_t) -> c_int>;
pub type giovec_t = iovec;
pub type gnutls_pull_func = Option<unsafe extern "C" fn(arg0: gnutls_transport_ptr_t, arg1: *mut c_void, arg2: size_t) -> ssize_t>;
pub type gnutls_push_func = Option<unsafe extern "C" fn(arg0: gnutls_transport_ptr_t, arg1: *const c_void, arg2: size_t) -> ssize_t>;
pub type gnutls_pull_timeout_func = Option<unsafe extern "C" fn(arg0: gnutls_transport_ptr_t, ms: c_uint) -> c_int>;
pub type gnutls_vec_push_func = Option<unsafe extern "C" fn(arg0: gnutls_transport_ptr_t, iov: *const giovec_t, iovcnt: c_int) -> ssize_t>;
pub type gnutls_errno_func = Option<unsafe extern "C" fn(arg0: gnutls_transport_ptr_t) -> c_int>;
/// Header view of `gnutls_random_art_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_random_art_t__enum {
    GNUTLS_RANDOM_ART_OPENSSH = 1,
}
pub type gnutls_random_art_t = c_int;
pub const GNUTLS_RANDOM_ART_OPENSSH: c_int = 1;

pub struct gnutls_srp_server_credentials_st {
    _private: [u8; 0],
}
pub type gnutls_srp_server_credentials_t = *mut gnutls_srp_server_credentials_st;
pub struct gnutls_srp_client_credentials_st {
    _private: [u8; 0],
}
pub type gnutls_srp_client_credentials_t = *mut gnutls_srp_client_credentials_st;
// extern variable gnutls_srp_8192_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_8192_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_4096_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_4096_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_3072_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_3072_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_2048_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_2048_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_1536_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_1536_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_1024_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_srp_1024_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_8192_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_8192_group_q: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_8192_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_8192_key_bits: c_uint (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_6144_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_6144_group_q: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_6144_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_6144_key_bits: c_uint (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_4096_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_4096_group_q: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_4096_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_4096_key_bits: c_uint (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_3072_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_3072_group_q: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_3072_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_3072_key_bits: c_uint (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_2048_group_prime: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_2048_group_q: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_2048_group_generator: gnutls_datum_t (defined in capi/src/gnutls/vars.rs)
// extern variable gnutls_ffdhe_2048_key_bits: c_uint (defined in capi/src/gnutls/vars.rs)
pub type gnutls_srp_server_credentials_function = Option<unsafe extern "C" fn(arg0: gnutls_session_t, username: *const c_char, salt: *mut gnutls_datum_t, verifier: *mut gnutls_datum_t, generator: *mut gnutls_datum_t, prime: *mut gnutls_datum_t) -> c_int>;
pub type gnutls_srp_client_credentials_function = Option<unsafe extern "C" fn(arg0: gnutls_session_t, arg1: *mut *mut c_char, arg2: *mut *mut c_char) -> c_int>;
pub struct gnutls_psk_server_credentials_st {
    _private: [u8; 0],
}
pub type gnutls_psk_server_credentials_t = *mut gnutls_psk_server_credentials_st;
pub struct gnutls_psk_client_credentials_st {
    _private: [u8; 0],
}
pub type gnutls_psk_client_credentials_t = *mut gnutls_psk_client_credentials_st;
/// Header view of `gnutls_psk_key_flags`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_psk_key_flags__enum {
    GNUTLS_PSK_KEY_RAW = 0,
    GNUTLS_PSK_KEY_HEX = 1,
}
pub type gnutls_psk_key_flags = c_int;
pub const GNUTLS_PSK_KEY_RAW: c_int = 0;
pub const GNUTLS_PSK_KEY_HEX: c_int = 1;

pub type gnutls_psk_server_credentials_function = Option<unsafe extern "C" fn(arg0: gnutls_session_t, username: *const c_char, key: *mut gnutls_datum_t) -> c_int>;
pub type gnutls_psk_server_credentials_function2 = Option<unsafe extern "C" fn(arg0: gnutls_session_t, username: *const gnutls_datum_t, key: *mut gnutls_datum_t) -> c_int>;
pub type gnutls_psk_client_credentials_function = Option<unsafe extern "C" fn(arg0: gnutls_session_t, username: *mut *mut c_char, key: *mut gnutls_datum_t) -> c_int>;
pub type gnutls_psk_client_credentials_function2 = Option<unsafe extern "C" fn(arg0: gnutls_session_t, username: *mut gnutls_datum_t, key: *mut gnutls_datum_t) -> c_int>;
/// Header view of `gnutls_x509_subject_alt_name_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_x509_subject_alt_name_t__enum {
    GNUTLS_SAN_DNSNAME = 1,
    GNUTLS_SAN_RFC822NAME = 2,
    GNUTLS_SAN_URI = 3,
    GNUTLS_SAN_IPADDRESS = 4,
    GNUTLS_SAN_OTHERNAME = 5,
    GNUTLS_SAN_DN = 6,
    GNUTLS_SAN_REGISTERED_ID = 7,
    GNUTLS_SAN_OTHERNAME_XMPP = 1000,
    GNUTLS_SAN_OTHERNAME_KRB5PRINCIPAL = 1001,
    GNUTLS_SAN_OTHERNAME_MSUSERPRINCIPAL = 1002,
    GNUTLS_SAN_OTHERNAME_SRV = 1003,
}
pub type gnutls_x509_subject_alt_name_t = c_int;
pub const GNUTLS_SAN_DNSNAME: c_int = 1;
pub const GNUTLS_SAN_RFC822NAME: c_int = 2;
pub const GNUTLS_SAN_URI: c_int = 3;
pub const GNUTLS_SAN_IPADDRESS: c_int = 4;
pub const GNUTLS_SAN_OTHERNAME: c_int = 5;
pub const GNUTLS_SAN_DN: c_int = 6;
pub const GNUTLS_SAN_REGISTERED_ID: c_int = 7;
pub const GNUTLS_SAN_MAX: c_int = 7;
pub const GNUTLS_SAN_OTHERNAME_XMPP: c_int = 1000;
pub const GNUTLS_SAN_OTHERNAME_KRB5PRINCIPAL: c_int = 1001;
pub const GNUTLS_SAN_OTHERNAME_MSUSERPRINCIPAL: c_int = 1002;
pub const GNUTLS_SAN_OTHERNAME_SRV: c_int = 1003;

pub struct gnutls_openpgp_crt_int {
    _private: [u8; 0],
}
pub type gnutls_openpgp_crt_t = *mut gnutls_openpgp_crt_int;
pub struct gnutls_openpgp_privkey_int {
    _private: [u8; 0],
}
pub type gnutls_openpgp_privkey_t = *mut gnutls_openpgp_privkey_int;
pub struct gnutls_pkcs11_privkey_st {
    _private: [u8; 0],
}
pub type gnutls_pkcs11_privkey_t = *mut gnutls_pkcs11_privkey_st;
/// Header view of `gnutls_privkey_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_privkey_type_t__enum {
    GNUTLS_PRIVKEY_X509 = 0,
    GNUTLS_PRIVKEY_OPENPGP = 1,
    GNUTLS_PRIVKEY_PKCS11 = 2,
    GNUTLS_PRIVKEY_EXT = 3,
}
pub type gnutls_privkey_type_t = c_int;
pub const GNUTLS_PRIVKEY_X509: c_int = 0;
pub const GNUTLS_PRIVKEY_OPENPGP: c_int = 1;
pub const GNUTLS_PRIVKEY_PKCS11: c_int = 2;
pub const GNUTLS_PRIVKEY_EXT: c_int = 3;

#[repr(C)]
#[derive(Clone, Copy)]
pub union cert_union {
    pub x509: *mut gnutls_x509_crt_t,
    pub pgp: gnutls_openpgp_crt_t,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union key_union {
    pub x509: gnutls_x509_privkey_t,
    pub pgp: gnutls_openpgp_privkey_t,
    pub pkcs11: gnutls_pkcs11_privkey_t,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_retr2_st {
    pub cert_type: gnutls_certificate_type_t,
    pub key_type: gnutls_privkey_type_t,
    pub cert: cert_union,
    pub ncerts: c_uint,
    pub key: key_union,
    pub deinit_all: c_uint,
}

pub type gnutls_certificate_retrieve_function = Option<unsafe extern "C" fn(arg0: gnutls_session_t, req_ca_rdn: *const gnutls_datum_t, nreqs: c_int, pk_algos: *const gnutls_pk_algorithm_t, pk_algos_length: c_int, arg5: *mut gnutls_retr2_st) -> c_int>;
pub type gnutls_tdb_store_func = Option<unsafe extern "C" fn(db_name: *const c_char, host: *const c_char, service: *const c_char, expiration: time_t, pubkey: *const gnutls_datum_t) -> c_int>;
pub type gnutls_tdb_store_commitment_func = Option<unsafe extern "C" fn(db_name: *const c_char, host: *const c_char, service: *const c_char, expiration: time_t, hash_algo: gnutls_digest_algorithm_t, hash: *const gnutls_datum_t) -> c_int>;
pub type gnutls_tdb_verify_func = Option<unsafe extern "C" fn(db_name: *const c_char, host: *const c_char, service: *const c_char, pubkey: *const gnutls_datum_t) -> c_int>;
pub struct gnutls_tdb_int {
    _private: [u8; 0],
}
pub type gnutls_tdb_t = *mut gnutls_tdb_int;
/// Header view of `gnutls_pin_flag_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pin_flag_t__enum {
    GNUTLS_PIN_USER = 1,
    GNUTLS_PIN_SO = 2,
    GNUTLS_PIN_FINAL_TRY = 4,
    GNUTLS_PIN_COUNT_LOW = 8,
    GNUTLS_PIN_CONTEXT_SPECIFIC = 16,
    GNUTLS_PIN_WRONG = 32,
}
pub type gnutls_pin_flag_t = c_int;
pub const GNUTLS_PIN_USER: c_int = 1;
pub const GNUTLS_PIN_SO: c_int = 2;
pub const GNUTLS_PIN_FINAL_TRY: c_int = 4;
pub const GNUTLS_PIN_COUNT_LOW: c_int = 8;
pub const GNUTLS_PIN_CONTEXT_SPECIFIC: c_int = 16;
pub const GNUTLS_PIN_WRONG: c_int = 32;

pub type gnutls_pin_callback_t = Option<unsafe extern "C" fn(userdata: *mut c_void, attempt: c_int, token_url: *const c_char, token_label: *const c_char, flags: c_uint, pin: *mut c_char, pin_max: size_t) -> c_int>;
pub struct gnutls_buffer_st {
    _private: [u8; 0],
}
pub type gnutls_buffer_t = *mut gnutls_buffer_st;
pub type gnutls_ext_priv_data_t = *mut c_void;
pub type gnutls_ext_recv_func = Option<unsafe extern "C" fn(session: gnutls_session_t, data: *const c_uchar, len: size_t) -> c_int>;
pub type gnutls_ext_send_func = Option<unsafe extern "C" fn(session: gnutls_session_t, extdata: gnutls_buffer_t) -> c_int>;
pub type gnutls_ext_deinit_data_func = Option<unsafe extern "C" fn(data: gnutls_ext_priv_data_t)>;
pub type gnutls_ext_pack_func = Option<unsafe extern "C" fn(data: gnutls_ext_priv_data_t, packed_data: gnutls_buffer_t) -> c_int>;
pub type gnutls_ext_unpack_func = Option<unsafe extern "C" fn(packed_data: gnutls_buffer_t, data: *mut gnutls_ext_priv_data_t) -> c_int>;
pub type gnutls_ext_raw_process_func = Option<unsafe extern "C" fn(ctx: *mut c_void, tls_id: c_uint, data: *const c_uchar, data_size: c_uint) -> c_int>;
/// Header view of `gnutls_ext_parse_type_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_ext_parse_type_t__enum {
    GNUTLS_EXT_ANY = 0,
    GNUTLS_EXT_APPLICATION = 1,
    GNUTLS_EXT_TLS = 2,
    GNUTLS_EXT_MANDATORY = 3,
    GNUTLS_EXT_NONE = 4,
    GNUTLS_EXT_VERSION_NEG = 5,
}
pub type gnutls_ext_parse_type_t = c_int;
pub const GNUTLS_EXT_ANY: c_int = 0;
pub const GNUTLS_EXT_APPLICATION: c_int = 1;
pub const GNUTLS_EXT_TLS: c_int = 2;
pub const GNUTLS_EXT_MANDATORY: c_int = 3;
pub const GNUTLS_EXT_NONE: c_int = 4;
pub const GNUTLS_EXT_VERSION_NEG: c_int = 5;

/// Header view of `gnutls_ext_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_ext_flags_t__enum {
    GNUTLS_EXT_FLAG_OVERRIDE_INTERNAL = 1,
    GNUTLS_EXT_FLAG_CLIENT_HELLO = 2,
    GNUTLS_EXT_FLAG_TLS12_SERVER_HELLO = 4,
    GNUTLS_EXT_FLAG_TLS13_SERVER_HELLO = 8,
    GNUTLS_EXT_FLAG_EE = 16,
    GNUTLS_EXT_FLAG_HRR = 32,
    GNUTLS_EXT_FLAG_IGNORE_CLIENT_REQUEST = 64,
    GNUTLS_EXT_FLAG_TLS = 128,
    GNUTLS_EXT_FLAG_DTLS = 256,
}
pub type gnutls_ext_flags_t = c_int;
pub const GNUTLS_EXT_FLAG_OVERRIDE_INTERNAL: c_int = 1;
pub const GNUTLS_EXT_FLAG_CLIENT_HELLO: c_int = 2;
pub const GNUTLS_EXT_FLAG_TLS12_SERVER_HELLO: c_int = 4;
pub const GNUTLS_EXT_FLAG_TLS13_SERVER_HELLO: c_int = 8;
pub const GNUTLS_EXT_FLAG_EE: c_int = 16;
pub const GNUTLS_EXT_FLAG_HRR: c_int = 32;
pub const GNUTLS_EXT_FLAG_IGNORE_CLIENT_REQUEST: c_int = 64;
pub const GNUTLS_EXT_FLAG_TLS: c_int = 128;
pub const GNUTLS_EXT_FLAG_DTLS: c_int = 256;

pub type gnutls_supp_recv_func = Option<unsafe extern "C" fn(session: gnutls_session_t, data: *const c_uchar, data_size: size_t) -> c_int>;
pub type gnutls_supp_send_func = Option<unsafe extern "C" fn(session: gnutls_session_t, buf: gnutls_buffer_t) -> c_int>;
pub struct gnutls_anti_replay_st {
    _private: [u8; 0],
}
pub type gnutls_anti_replay_t = *mut gnutls_anti_replay_st;
pub type gnutls_db_add_func = Option<unsafe extern "C" fn(arg0: *mut c_void, exp_time: time_t, key: *const gnutls_datum_t, data: *const gnutls_datum_t) -> c_int>;
/// Header view of `gnutls_record_encryption_level_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_record_encryption_level_t__enum {
    GNUTLS_ENCRYPTION_LEVEL_INITIAL = 0,
    GNUTLS_ENCRYPTION_LEVEL_EARLY = 1,
    GNUTLS_ENCRYPTION_LEVEL_HANDSHAKE = 2,
    GNUTLS_ENCRYPTION_LEVEL_APPLICATION = 3,
}
pub type gnutls_record_encryption_level_t = c_int;
pub const GNUTLS_ENCRYPTION_LEVEL_INITIAL: c_int = 0;
pub const GNUTLS_ENCRYPTION_LEVEL_EARLY: c_int = 1;
pub const GNUTLS_ENCRYPTION_LEVEL_HANDSHAKE: c_int = 2;
pub const GNUTLS_ENCRYPTION_LEVEL_APPLICATION: c_int = 3;

pub type gnutls_handshake_read_func = Option<unsafe extern "C" fn(session: gnutls_session_t, level: gnutls_record_encryption_level_t, htype: gnutls_handshake_description_t, data: *const c_void, data_size: size_t) -> c_int>;
pub type gnutls_handshake_secret_func = Option<unsafe extern "C" fn(session: gnutls_session_t, level: gnutls_record_encryption_level_t, secret_read: *const c_void, secret_write: *const c_void, secret_size: size_t) -> c_int>;
pub type gnutls_alert_read_func = Option<unsafe extern "C" fn(session: gnutls_session_t, level: gnutls_record_encryption_level_t, alert_level: gnutls_alert_level_t, alert_desc: gnutls_alert_description_t) -> c_int>;
/// Header view of `gnutls_fips_mode_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_fips_mode_t__enum {
    GNUTLS_FIPS140_DISABLED = 0,
    GNUTLS_FIPS140_STRICT = 1,
    GNUTLS_FIPS140_SELFTESTS = 2,
    GNUTLS_FIPS140_LAX = 3,
    GNUTLS_FIPS140_LOG = 4,
}
pub type gnutls_fips_mode_t = c_int;
pub const GNUTLS_FIPS140_DISABLED: c_int = 0;
pub const GNUTLS_FIPS140_STRICT: c_int = 1;
pub const GNUTLS_FIPS140_SELFTESTS: c_int = 2;
pub const GNUTLS_FIPS140_LAX: c_int = 3;
pub const GNUTLS_FIPS140_LOG: c_int = 4;

pub struct gnutls_fips140_context_st {
    _private: [u8; 0],
}
pub type gnutls_fips140_context_t = *mut gnutls_fips140_context_st;
/// Header view of `gnutls_fips140_operation_state_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_fips140_operation_state_t__enum {
    GNUTLS_FIPS140_OP_INITIAL = 0,
    GNUTLS_FIPS140_OP_APPROVED = 1,
    GNUTLS_FIPS140_OP_NOT_APPROVED = 2,
    GNUTLS_FIPS140_OP_ERROR = 3,
}
pub type gnutls_fips140_operation_state_t = c_int;
pub const GNUTLS_FIPS140_OP_INITIAL: c_int = 0;
pub const GNUTLS_FIPS140_OP_APPROVED: c_int = 1;
pub const GNUTLS_FIPS140_OP_NOT_APPROVED: c_int = 2;
pub const GNUTLS_FIPS140_OP_ERROR: c_int = 3;


pub const GNUTLS_VERSION: &str = "3.7.9";
pub const GNUTLS_VERSION_MAJOR: c_int = 3;
pub const GNUTLS_VERSION_MINOR: c_int = 7;
pub const GNUTLS_VERSION_PATCH: c_int = 9;
pub const GNUTLS_VERSION_NUMBER: c_int = 0x30709;
pub const GNUTLS_CIPHER_RIJNDAEL_128_CBC: c_int = GNUTLS_CIPHER_AES_128_CBC;
pub const GNUTLS_CIPHER_RIJNDAEL_256_CBC: c_int = GNUTLS_CIPHER_AES_256_CBC;
pub const GNUTLS_CIPHER_RIJNDAEL_CBC: c_int = GNUTLS_CIPHER_AES_128_CBC;
pub const GNUTLS_CIPHER_ARCFOUR: c_int = GNUTLS_CIPHER_ARCFOUR_128;
pub const GNUTLS_MAC_SHA: c_int = GNUTLS_MAC_SHA1;
pub const GNUTLS_DIG_SHA: c_int = GNUTLS_DIG_SHA1;
pub const GNUTLS_MAX_ALGORITHM_NUM: c_int = 128;
pub const GNUTLS_MAX_SESSION_ID_SIZE: c_int = 32;
pub const GNUTLS_ENABLE_CERT_TYPE_NEG: c_int = 0;
pub const GNUTLS_HANDSHAKE_ANY: c_int = -1;
pub const GNUTLS_CRT_RAW: c_int = GNUTLS_CRT_RAWPK;
pub const GNUTLS_PK_ECC: c_int = GNUTLS_PK_ECDSA;
pub const GNUTLS_PK_EC: c_int = GNUTLS_PK_ECDSA;
pub const GNUTLS_PK_ECDHX: c_int = GNUTLS_PK_ECDH_X25519;
pub const GNUTLS_SEC_PARAM_NORMAL: c_int = GNUTLS_SEC_PARAM_MEDIUM;
pub const GNUTLS_DEFAULT_HANDSHAKE_TIMEOUT: c_int = -1;
pub const GNUTLS_INDEFINITE_TIMEOUT: c_int = -2;
pub const GNUTLS_KU_PEER: c_int = 1;
pub const GNUTLS_SIGN_FLAG_SECURE_FOR_CERTS: c_int = 1;
pub const GNUTLS_HEARTBEAT_WAIT: c_int = 1;
pub const GNUTLS_RECORD_WAIT: c_int = 1;
pub const GNUTLS_HB_PEER_ALLOWED_TO_SEND: c_int = 1;
pub const GNUTLS_HB_PEER_NOT_ALLOWED_TO_SEND: c_int = 0x2;
pub const GNUTLS_HB_LOCAL_ALLOWED_TO_SEND: c_int = 0x4;
pub const GNUTLS_ALPN_MAND: c_int = GNUTLS_ALPN_MANDATORY;
pub const GNUTLS_PRIORITY_INIT_DEF_APPEND: c_int = 1;
pub const GNUTLS_PRIORITY_LIST_INIT_KEYWORDS: c_int = 1;
pub const GNUTLS_PRIORITY_LIST_SPECIAL: c_int = 2;
pub const GNUTLS_MAX_SESSION_ID: c_int = 32;
pub const GNUTLS_HOOK_POST: c_int = 1;
pub const GNUTLS_HOOK_PRE: c_int = 0;
pub const GNUTLS_HOOK_BOTH: c_int = -1;
pub const GNUTLS_OCSP_SR_IS_AVAIL: c_int = 1;
pub const GNUTLS_IDNA_FORCE_2008: c_int = 0x2;
pub const GNUTLS_KEY_DIGITAL_SIGNATURE: c_int = 128;
pub const GNUTLS_KEY_NON_REPUDIATION: c_int = 64;
pub const GNUTLS_KEY_KEY_ENCIPHERMENT: c_int = 32;
pub const GNUTLS_KEY_DATA_ENCIPHERMENT: c_int = 16;
pub const GNUTLS_KEY_KEY_AGREEMENT: c_int = 8;
pub const GNUTLS_KEY_KEY_CERT_SIGN: c_int = 4;
pub const GNUTLS_KEY_CRL_SIGN: c_int = 2;
pub const GNUTLS_KEY_ENCIPHER_ONLY: c_int = 1;
pub const GNUTLS_KEY_DECIPHER_ONLY: c_int = 32768;
pub const GNUTLS_SCOMMIT_FLAG_ALLOW_BROKEN: c_int = 1;
pub const GNUTLS_PKCS11_PIN_USER: c_int = GNUTLS_PIN_USER;
pub const GNUTLS_PKCS11_PIN_SO: c_int = GNUTLS_PIN_SO;
pub const GNUTLS_PKCS11_PIN_FINAL_TRY: c_int = GNUTLS_PIN_FINAL_TRY;
pub const GNUTLS_PKCS11_PIN_COUNT_LOW: c_int = GNUTLS_PIN_COUNT_LOW;
pub const GNUTLS_PKCS11_PIN_CONTEXT_SPECIFIC: c_int = GNUTLS_PIN_CONTEXT_SPECIFIC;
pub const GNUTLS_PKCS11_PIN_WRONG: c_int = GNUTLS_PIN_WRONG;
pub const GNUTLS_UTF8_IGNORE_ERRS: c_int = 1;
pub const GNUTLS_EXT_RAW_FLAG_TLS_CLIENT_HELLO: c_int = 1;
pub const GNUTLS_EXT_RAW_FLAG_DTLS_CLIENT_HELLO: c_int = 0x2;
pub const GNUTLS_FIPS140_SET_MODE_THREAD: c_int = 1;
pub const GNUTLS_E_SUCCESS: c_int = 0;
pub const GNUTLS_E_UNKNOWN_COMPRESSION_ALGORITHM: c_int = -3;
pub const GNUTLS_E_UNKNOWN_CIPHER_TYPE: c_int = -6;
pub const GNUTLS_E_LARGE_PACKET: c_int = -7;
pub const GNUTLS_E_UNSUPPORTED_VERSION_PACKET: c_int = -8;
pub const GNUTLS_E_UNEXPECTED_PACKET_LENGTH: c_int = -9;
pub const GNUTLS_E_INVALID_SESSION: c_int = -10;
pub const GNUTLS_E_FATAL_ALERT_RECEIVED: c_int = -12;
pub const GNUTLS_E_UNEXPECTED_PACKET: c_int = -15;
pub const GNUTLS_E_WARNING_ALERT_RECEIVED: c_int = -16;
pub const GNUTLS_E_ERROR_IN_FINISHED_PACKET: c_int = -18;
pub const GNUTLS_E_UNEXPECTED_HANDSHAKE_PACKET: c_int = -19;
pub const GNUTLS_E_UNKNOWN_CIPHER_SUITE: c_int = -21;
pub const GNUTLS_E_UNWANTED_ALGORITHM: c_int = -22;
pub const GNUTLS_E_MPI_SCAN_FAILED: c_int = -23;
pub const GNUTLS_E_DECRYPTION_FAILED: c_int = -24;
pub const GNUTLS_E_MEMORY_ERROR: c_int = -25;
pub const GNUTLS_E_DECOMPRESSION_FAILED: c_int = -26;
pub const GNUTLS_E_COMPRESSION_FAILED: c_int = -27;
pub const GNUTLS_E_AGAIN: c_int = -28;
pub const GNUTLS_E_EXPIRED: c_int = -29;
pub const GNUTLS_E_DB_ERROR: c_int = -30;
pub const GNUTLS_E_KEYFILE_ERROR: c_int = -31;
pub const GNUTLS_E_INSUFFICIENT_CREDENTIALS: c_int = -32;
pub const GNUTLS_E_INSUFICIENT_CREDENTIALS: c_int = GNUTLS_E_INSUFFICIENT_CREDENTIALS;
pub const GNUTLS_E_INSUFFICIENT_CRED: c_int = GNUTLS_E_INSUFFICIENT_CREDENTIALS;
pub const GNUTLS_E_INSUFICIENT_CRED: c_int = GNUTLS_E_INSUFFICIENT_CREDENTIALS;
pub const GNUTLS_E_HASH_FAILED: c_int = -33;
pub const GNUTLS_E_BASE64_DECODING_ERROR: c_int = -34;
pub const GNUTLS_E_MPI_PRINT_FAILED: c_int = -35;
pub const GNUTLS_E_REHANDSHAKE: c_int = -37;
pub const GNUTLS_E_GOT_APPLICATION_DATA: c_int = -38;
pub const GNUTLS_E_RECORD_LIMIT_REACHED: c_int = -39;
pub const GNUTLS_E_ENCRYPTION_FAILED: c_int = -40;
pub const GNUTLS_E_PK_ENCRYPTION_FAILED: c_int = -44;
pub const GNUTLS_E_PK_DECRYPTION_FAILED: c_int = -45;
pub const GNUTLS_E_PK_SIGN_FAILED: c_int = -46;
pub const GNUTLS_E_X509_UNSUPPORTED_CRITICAL_EXTENSION: c_int = -47;
pub const GNUTLS_E_KEY_USAGE_VIOLATION: c_int = -48;
pub const GNUTLS_E_NO_CERTIFICATE_FOUND: c_int = -49;
pub const GNUTLS_E_INVALID_REQUEST: c_int = -50;
pub const GNUTLS_E_SHORT_MEMORY_BUFFER: c_int = -51;
pub const GNUTLS_E_INTERRUPTED: c_int = -52;
pub const GNUTLS_E_PUSH_ERROR: c_int = -53;
pub const GNUTLS_E_PULL_ERROR: c_int = -54;
pub const GNUTLS_E_RECEIVED_ILLEGAL_PARAMETER: c_int = -55;
pub const GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE: c_int = -56;
pub const GNUTLS_E_PKCS1_WRONG_PAD: c_int = -57;
pub const GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION: c_int = -58;
pub const GNUTLS_E_INTERNAL_ERROR: c_int = -59;
pub const GNUTLS_E_DH_PRIME_UNACCEPTABLE: c_int = -63;
pub const GNUTLS_E_FILE_ERROR: c_int = -64;
pub const GNUTLS_E_TOO_MANY_EMPTY_PACKETS: c_int = -78;
pub const GNUTLS_E_UNKNOWN_PK_ALGORITHM: c_int = -80;
pub const GNUTLS_E_TOO_MANY_HANDSHAKE_PACKETS: c_int = -81;
pub const GNUTLS_E_RECEIVED_DISALLOWED_NAME: c_int = -82;
pub const GNUTLS_E_CERTIFICATE_REQUIRED: c_int = -112;
pub const GNUTLS_E_NO_TEMPORARY_RSA_PARAMS: c_int = -84;
pub const GNUTLS_E_NO_COMPRESSION_ALGORITHMS: c_int = -86;
pub const GNUTLS_E_NO_CIPHER_SUITES: c_int = -87;
pub const GNUTLS_E_OPENPGP_GETKEY_FAILED: c_int = -88;
pub const GNUTLS_E_PK_SIG_VERIFY_FAILED: c_int = -89;
pub const GNUTLS_E_ILLEGAL_SRP_USERNAME: c_int = -90;
pub const GNUTLS_E_KEYFILE_PARSING_ERROR: c_int = -91;
pub const GNUTLS_E_NO_TEMPORARY_DH_PARAMS: c_int = -93;
pub const GNUTLS_E_ASN1_ELEMENT_NOT_FOUND: c_int = -67;
pub const GNUTLS_E_ASN1_IDENTIFIER_NOT_FOUND: c_int = -68;
pub const GNUTLS_E_ASN1_DER_ERROR: c_int = -69;
pub const GNUTLS_E_ASN1_VALUE_NOT_FOUND: c_int = -70;
pub const GNUTLS_E_ASN1_GENERIC_ERROR: c_int = -71;
pub const GNUTLS_E_ASN1_VALUE_NOT_VALID: c_int = -72;
pub const GNUTLS_E_ASN1_TAG_ERROR: c_int = -73;
pub const GNUTLS_E_ASN1_TAG_IMPLICIT: c_int = -74;
pub const GNUTLS_E_ASN1_TYPE_ANY_ERROR: c_int = -75;
pub const GNUTLS_E_ASN1_SYNTAX_ERROR: c_int = -76;
pub const GNUTLS_E_ASN1_DER_OVERFLOW: c_int = -77;
pub const GNUTLS_E_OPENPGP_UID_REVOKED: c_int = -79;
pub const GNUTLS_E_CERTIFICATE_ERROR: c_int = -43;
pub const GNUTLS_E_X509_CERTIFICATE_ERROR: c_int = GNUTLS_E_CERTIFICATE_ERROR;
pub const GNUTLS_E_CERTIFICATE_KEY_MISMATCH: c_int = -60;
pub const GNUTLS_E_UNSUPPORTED_CERTIFICATE_TYPE: c_int = -61;
pub const GNUTLS_E_X509_UNKNOWN_SAN: c_int = -62;
pub const GNUTLS_E_OPENPGP_FINGERPRINT_UNSUPPORTED: c_int = -94;
pub const GNUTLS_E_X509_UNSUPPORTED_ATTRIBUTE: c_int = -95;
pub const GNUTLS_E_UNKNOWN_HASH_ALGORITHM: c_int = -96;
pub const GNUTLS_E_UNKNOWN_PKCS_CONTENT_TYPE: c_int = -97;
pub const GNUTLS_E_UNKNOWN_PKCS_BAG_TYPE: c_int = -98;
pub const GNUTLS_E_INVALID_PASSWORD: c_int = -99;
pub const GNUTLS_E_MAC_VERIFY_FAILED: c_int = -100;
pub const GNUTLS_E_CONSTRAINT_ERROR: c_int = -101;
pub const GNUTLS_E_WARNING_IA_IPHF_RECEIVED: c_int = -102;
pub const GNUTLS_E_WARNING_IA_FPHF_RECEIVED: c_int = -103;
pub const GNUTLS_E_IA_VERIFY_FAILED: c_int = -104;
pub const GNUTLS_E_UNKNOWN_ALGORITHM: c_int = -105;
pub const GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM: c_int = -106;
pub const GNUTLS_E_SAFE_RENEGOTIATION_FAILED: c_int = -107;
pub const GNUTLS_E_UNSAFE_RENEGOTIATION_DENIED: c_int = -108;
pub const GNUTLS_E_UNKNOWN_SRP_USERNAME: c_int = -109;
pub const GNUTLS_E_PREMATURE_TERMINATION: c_int = -110;
pub const GNUTLS_E_MALFORMED_CIDR: c_int = -111;
pub const GNUTLS_E_BASE64_ENCODING_ERROR: c_int = -201;
pub const GNUTLS_E_INCOMPATIBLE_GCRYPT_LIBRARY: c_int = -202;
pub const GNUTLS_E_INCOMPATIBLE_CRYPTO_LIBRARY: c_int = -202;
pub const GNUTLS_E_INCOMPATIBLE_LIBTASN1_LIBRARY: c_int = -203;
pub const GNUTLS_E_OPENPGP_KEYRING_ERROR: c_int = -204;
pub const GNUTLS_E_X509_UNSUPPORTED_OID: c_int = -205;
pub const GNUTLS_E_RANDOM_FAILED: c_int = -206;
pub const GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR: c_int = -207;
pub const GNUTLS_E_OPENPGP_SUBKEY_ERROR: c_int = -208;
pub const GNUTLS_E_ALREADY_REGISTERED: c_int = -209;
pub const GNUTLS_E_HANDSHAKE_TOO_LARGE: c_int = -210;
pub const GNUTLS_E_CRYPTODEV_IOCTL_ERROR: c_int = -211;
pub const GNUTLS_E_CRYPTODEV_DEVICE_ERROR: c_int = -212;
pub const GNUTLS_E_CHANNEL_BINDING_NOT_AVAILABLE: c_int = -213;
pub const GNUTLS_E_BAD_COOKIE: c_int = -214;
pub const GNUTLS_E_OPENPGP_PREFERRED_KEY_ERROR: c_int = -215;
pub const GNUTLS_E_INCOMPAT_DSA_KEY_WITH_TLS_PROTOCOL: c_int = -216;
pub const GNUTLS_E_INSUFFICIENT_SECURITY: c_int = -217;
pub const GNUTLS_E_HEARTBEAT_PONG_RECEIVED: c_int = -292;
pub const GNUTLS_E_HEARTBEAT_PING_RECEIVED: c_int = -293;
pub const GNUTLS_E_UNRECOGNIZED_NAME: c_int = -294;
pub const GNUTLS_E_PKCS11_ERROR: c_int = -300;
pub const GNUTLS_E_PKCS11_LOAD_ERROR: c_int = -301;
pub const GNUTLS_E_PARSING_ERROR: c_int = -302;
pub const GNUTLS_E_PKCS11_PIN_ERROR: c_int = -303;
pub const GNUTLS_E_PKCS11_SLOT_ERROR: c_int = -305;
pub const GNUTLS_E_LOCKING_ERROR: c_int = -306;
pub const GNUTLS_E_PKCS11_ATTRIBUTE_ERROR: c_int = -307;
pub const GNUTLS_E_PKCS11_DEVICE_ERROR: c_int = -308;
pub const GNUTLS_E_PKCS11_DATA_ERROR: c_int = -309;
pub const GNUTLS_E_PKCS11_UNSUPPORTED_FEATURE_ERROR: c_int = -310;
pub const GNUTLS_E_PKCS11_KEY_ERROR: c_int = -311;
pub const GNUTLS_E_PKCS11_PIN_EXPIRED: c_int = -312;
pub const GNUTLS_E_PKCS11_PIN_LOCKED: c_int = -313;
pub const GNUTLS_E_PKCS11_SESSION_ERROR: c_int = -314;
pub const GNUTLS_E_PKCS11_SIGNATURE_ERROR: c_int = -315;
pub const GNUTLS_E_PKCS11_TOKEN_ERROR: c_int = -316;
pub const GNUTLS_E_PKCS11_USER_ERROR: c_int = -317;
pub const GNUTLS_E_CRYPTO_INIT_FAILED: c_int = -318;
pub const GNUTLS_E_TIMEDOUT: c_int = -319;
pub const GNUTLS_E_USER_ERROR: c_int = -320;
pub const GNUTLS_E_ECC_NO_SUPPORTED_CURVES: c_int = -321;
pub const GNUTLS_E_ECC_UNSUPPORTED_CURVE: c_int = -322;
pub const GNUTLS_E_PKCS11_REQUESTED_OBJECT_NOT_AVAILBLE: c_int = -323;
pub const GNUTLS_E_CERTIFICATE_LIST_UNSORTED: c_int = -324;
pub const GNUTLS_E_ILLEGAL_PARAMETER: c_int = -325;
pub const GNUTLS_E_NO_PRIORITIES_WERE_SET: c_int = -326;
pub const GNUTLS_E_X509_UNSUPPORTED_EXTENSION: c_int = -327;
pub const GNUTLS_E_SESSION_EOF: c_int = -328;
pub const GNUTLS_E_TPM_ERROR: c_int = -329;
pub const GNUTLS_E_TPM_KEY_PASSWORD_ERROR: c_int = -330;
pub const GNUTLS_E_TPM_SRK_PASSWORD_ERROR: c_int = -331;
pub const GNUTLS_E_TPM_SESSION_ERROR: c_int = -332;
pub const GNUTLS_E_TPM_KEY_NOT_FOUND: c_int = -333;
pub const GNUTLS_E_TPM_UNINITIALIZED: c_int = -334;
pub const GNUTLS_E_TPM_NO_LIB: c_int = -335;
pub const GNUTLS_E_NO_CERTIFICATE_STATUS: c_int = -340;
pub const GNUTLS_E_OCSP_RESPONSE_ERROR: c_int = -341;
pub const GNUTLS_E_RANDOM_DEVICE_ERROR: c_int = -342;
pub const GNUTLS_E_AUTH_ERROR: c_int = -343;
pub const GNUTLS_E_NO_APPLICATION_PROTOCOL: c_int = -344;
pub const GNUTLS_E_SOCKETS_INIT_ERROR: c_int = -345;
pub const GNUTLS_E_KEY_IMPORT_FAILED: c_int = -346;
pub const GNUTLS_E_INAPPROPRIATE_FALLBACK: c_int = -347;
pub const GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR: c_int = -348;
pub const GNUTLS_E_PRIVKEY_VERIFICATION_ERROR: c_int = -349;
pub const GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH: c_int = -350;
pub const GNUTLS_E_ASN1_EMBEDDED_NULL_IN_STRING: c_int = -351;
pub const GNUTLS_E_SELF_TEST_ERROR: c_int = -400;
pub const GNUTLS_E_NO_SELF_TEST: c_int = -401;
pub const GNUTLS_E_LIB_IN_ERROR_STATE: c_int = -402;
pub const GNUTLS_E_PK_GENERATION_ERROR: c_int = -403;
pub const GNUTLS_E_IDNA_ERROR: c_int = -404;
pub const GNUTLS_E_NEED_FALLBACK: c_int = -405;
pub const GNUTLS_E_SESSION_USER_ID_CHANGED: c_int = -406;
pub const GNUTLS_E_HANDSHAKE_DURING_FALSE_START: c_int = -407;
pub const GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE: c_int = -408;
pub const GNUTLS_E_PK_INVALID_PUBKEY: c_int = -409;
pub const GNUTLS_E_PK_INVALID_PRIVKEY: c_int = -410;
pub const GNUTLS_E_NOT_YET_ACTIVATED: c_int = -411;
pub const GNUTLS_E_INVALID_UTF8_STRING: c_int = -412;
pub const GNUTLS_E_NO_EMBEDDED_DATA: c_int = -413;
pub const GNUTLS_E_INVALID_UTF8_EMAIL: c_int = -414;
pub const GNUTLS_E_INVALID_PASSWORD_STRING: c_int = -415;
pub const GNUTLS_E_CERTIFICATE_TIME_ERROR: c_int = -416;
pub const GNUTLS_E_RECORD_OVERFLOW: c_int = -417;
pub const GNUTLS_E_ASN1_TIME_ERROR: c_int = -418;
pub const GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY: c_int = -419;
pub const GNUTLS_E_PK_INVALID_PUBKEY_PARAMS: c_int = -420;
pub const GNUTLS_E_PK_NO_VALIDATION_PARAMS: c_int = -421;
pub const GNUTLS_E_OCSP_MISMATCH_WITH_CERTS: c_int = -422;
pub const GNUTLS_E_NO_COMMON_KEY_SHARE: c_int = -423;
pub const GNUTLS_E_REAUTH_REQUEST: c_int = -424;
pub const GNUTLS_E_TOO_MANY_MATCHES: c_int = -425;
pub const GNUTLS_E_CRL_VERIFICATION_ERROR: c_int = -426;
pub const GNUTLS_E_MISSING_EXTENSION: c_int = -427;
pub const GNUTLS_E_DB_ENTRY_EXISTS: c_int = -428;
pub const GNUTLS_E_EARLY_DATA_REJECTED: c_int = -429;
pub const GNUTLS_E_X509_DUPLICATE_EXTENSION: c_int = -430;
pub const GNUTLS_E_UNIMPLEMENTED_FEATURE: c_int = -1250;
pub const GNUTLS_E_INT_RET_0: c_int = -1251;
pub const GNUTLS_E_INT_CHECK_AGAIN: c_int = -1252;
pub const GNUTLS_E_APPLICATION_ERROR_MAX: c_int = -65000;
pub const GNUTLS_E_APPLICATION_ERROR_MIN: c_int = -65500;
pub const GNUTLS_E_TLS_PACKET_DECODING_ERROR: c_int = GNUTLS_E_UNEXPECTED_PACKET_LENGTH;
pub const GNUTLS_E_SRP_PWD_ERROR: c_int = GNUTLS_E_KEYFILE_ERROR;
pub const GNUTLS_E_SRP_PWD_PARSING_ERROR: c_int = GNUTLS_E_KEYFILE_PARSING_ERROR;
pub const GNUTLS_E_CRYPTO_ALREADY_REGISTERED: c_int = GNUTLS_E_ALREADY_REGISTERED;
