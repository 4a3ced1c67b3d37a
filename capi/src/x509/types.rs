//! Types and constants of <gnutls/x509.h>, for the C ABI and for cbindgen.
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

/// Header view of `gnutls_certificate_import_flags`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_certificate_import_flags__enum {
    GNUTLS_X509_CRT_LIST_IMPORT_FAIL_IF_EXCEED = 1,
    GNUTLS_X509_CRT_LIST_FAIL_IF_UNSORTED = 2,
    GNUTLS_X509_CRT_LIST_SORT = 4,
}
pub type gnutls_certificate_import_flags = c_int;
pub const GNUTLS_X509_CRT_LIST_IMPORT_FAIL_IF_EXCEED: c_int = 1;
pub const GNUTLS_X509_CRT_LIST_FAIL_IF_UNSORTED: c_int = 2;
pub const GNUTLS_X509_CRT_LIST_SORT: c_int = 4;

/// Header view of `gnutls_x509_crt_flags`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_x509_crt_flags__enum {
    GNUTLS_X509_CRT_FLAG_IGNORE_SANITY = 1,
}
pub type gnutls_x509_crt_flags = c_int;
pub const GNUTLS_X509_CRT_FLAG_IGNORE_SANITY: c_int = 1;

/// Header view of `gnutls_keyid_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_keyid_flags_t__enum {
    GNUTLS_KEYID_USE_SHA1 = 0,
    GNUTLS_KEYID_USE_SHA256 = 1,
    GNUTLS_KEYID_USE_SHA512 = 2,
    GNUTLS_KEYID_USE_BEST_KNOWN = 1073741824,
}
pub type gnutls_keyid_flags_t = c_int;
pub const GNUTLS_KEYID_USE_SHA1: c_int = 0;
pub const GNUTLS_KEYID_USE_SHA256: c_int = 1;
pub const GNUTLS_KEYID_USE_SHA512: c_int = 2;
pub const GNUTLS_KEYID_USE_BEST_KNOWN: c_int = 1073741824;

/// Header view of `gnutls_info_access_what_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_info_access_what_t__enum {
    GNUTLS_IA_ACCESSMETHOD_OID = 1,
    GNUTLS_IA_ACCESSLOCATION_GENERALNAME_TYPE = 2,
    GNUTLS_IA_URI = 106,
    GNUTLS_IA_UNKNOWN = 10000,
    GNUTLS_IA_OCSP_URI = 10006,
    GNUTLS_IA_CAISSUERS_URI = 10106,
}
pub type gnutls_info_access_what_t = c_int;
pub const GNUTLS_IA_ACCESSMETHOD_OID: c_int = 1;
pub const GNUTLS_IA_ACCESSLOCATION_GENERALNAME_TYPE: c_int = 2;
pub const GNUTLS_IA_URI: c_int = 106;
pub const GNUTLS_IA_UNKNOWN: c_int = 10000;
pub const GNUTLS_IA_OCSP_URI: c_int = 10006;
pub const GNUTLS_IA_CAISSUERS_URI: c_int = 10106;

pub struct gnutls_name_constraints_st {
    _private: [u8; 0],
}
pub type gnutls_x509_name_constraints_t = *mut gnutls_name_constraints_st;
/// Header view of `gnutls_x509_crl_reason_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_x509_crl_reason_flags_t__enum {
    GNUTLS_CRL_REASON_UNSPECIFIED = 0,
    GNUTLS_CRL_REASON_PRIVILEGE_WITHDRAWN = 1,
    GNUTLS_CRL_REASON_CERTIFICATE_HOLD = 2,
    GNUTLS_CRL_REASON_CESSATION_OF_OPERATION = 4,
    GNUTLS_CRL_REASON_SUPERSEDED = 8,
    GNUTLS_CRL_REASON_AFFILIATION_CHANGED = 16,
    GNUTLS_CRL_REASON_CA_COMPROMISE = 32,
    GNUTLS_CRL_REASON_KEY_COMPROMISE = 64,
    GNUTLS_CRL_REASON_UNUSED = 128,
    GNUTLS_CRL_REASON_AA_COMPROMISE = 32768,
}
pub type gnutls_x509_crl_reason_flags_t = c_int;
pub const GNUTLS_CRL_REASON_UNSPECIFIED: c_int = 0;
pub const GNUTLS_CRL_REASON_PRIVILEGE_WITHDRAWN: c_int = 1;
pub const GNUTLS_CRL_REASON_CERTIFICATE_HOLD: c_int = 2;
pub const GNUTLS_CRL_REASON_CESSATION_OF_OPERATION: c_int = 4;
pub const GNUTLS_CRL_REASON_SUPERSEDED: c_int = 8;
pub const GNUTLS_CRL_REASON_AFFILIATION_CHANGED: c_int = 16;
pub const GNUTLS_CRL_REASON_CA_COMPROMISE: c_int = 32;
pub const GNUTLS_CRL_REASON_KEY_COMPROMISE: c_int = 64;
pub const GNUTLS_CRL_REASON_UNUSED: c_int = 128;
pub const GNUTLS_CRL_REASON_AA_COMPROMISE: c_int = 32768;

pub struct gnutls_x509_spki_st {
    _private: [u8; 0],
}
pub type gnutls_x509_spki_t = *mut gnutls_x509_spki_st;
pub struct gnutls_x509_tlsfeatures_st {
    _private: [u8; 0],
}
pub type gnutls_x509_tlsfeatures_t = *mut gnutls_x509_tlsfeatures_st;
/// Header view of `gnutls_x509_qualifier_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_x509_qualifier_t__enum {
    GNUTLS_X509_QUALIFIER_UNKNOWN = 0,
    GNUTLS_X509_QUALIFIER_URI = 1,
    GNUTLS_X509_QUALIFIER_NOTICE = 2,
}
pub type gnutls_x509_qualifier_t = c_int;
pub const GNUTLS_X509_QUALIFIER_UNKNOWN: c_int = 0;
pub const GNUTLS_X509_QUALIFIER_URI: c_int = 1;
pub const GNUTLS_X509_QUALIFIER_NOTICE: c_int = 2;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct qualifier_anon_st {
    pub r#type: gnutls_x509_qualifier_t,
    pub data: *mut c_char,
    pub size: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_x509_policy_st {
    pub oid: *mut c_char,
    pub qualifiers: c_uint,
    pub qualifier: [qualifier_anon_st; 8],
}

pub struct gnutls_x509_dn_st {
    _private: [u8; 0],
}
pub type gnutls_x509_dn_t = *mut gnutls_x509_dn_st;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_x509_ava_st {
    pub oid: gnutls_datum_t,
    pub value: gnutls_datum_t,
    pub value_tag: c_ulong,
}

pub struct gnutls_x509_crl_iter {
    _private: [u8; 0],
}
pub type gnutls_x509_crl_iter_t = *mut gnutls_x509_crl_iter;
/// Header view of `gnutls_certificate_verify_flags`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_certificate_verify_flags__enum {
    GNUTLS_VERIFY_DISABLE_CA_SIGN = 1,
    GNUTLS_VERIFY_DO_NOT_ALLOW_IP_MATCHES = 2,
    GNUTLS_VERIFY_DO_NOT_ALLOW_SAME = 4,
    GNUTLS_VERIFY_ALLOW_ANY_X509_V1_CA_CRT = 8,
    GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD2 = 16,
    GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD5 = 32,
    GNUTLS_VERIFY_DISABLE_TIME_CHECKS = 64,
    GNUTLS_VERIFY_DISABLE_TRUSTED_TIME_CHECKS = 128,
    GNUTLS_VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT = 256,
    GNUTLS_VERIFY_DISABLE_CRL_CHECKS = 512,
    GNUTLS_VERIFY_ALLOW_UNSORTED_CHAIN = 1024,
    GNUTLS_VERIFY_DO_NOT_ALLOW_UNSORTED_CHAIN = 2048,
    GNUTLS_VERIFY_DO_NOT_ALLOW_WILDCARDS = 4096,
    GNUTLS_VERIFY_USE_TLS1_RSA = 8192,
    GNUTLS_VERIFY_IGNORE_UNKNOWN_CRIT_EXTENSIONS = 16384,
    GNUTLS_VERIFY_ALLOW_SIGN_WITH_SHA1 = 32768,
    GNUTLS_VERIFY_RSA_PSS_FIXED_SALT_LENGTH = 65536,
}
pub type gnutls_certificate_verify_flags = c_int;
pub const GNUTLS_VERIFY_DISABLE_CA_SIGN: c_int = 1;
pub const GNUTLS_VERIFY_DO_NOT_ALLOW_IP_MATCHES: c_int = 2;
pub const GNUTLS_VERIFY_DO_NOT_ALLOW_SAME: c_int = 4;
pub const GNUTLS_VERIFY_ALLOW_ANY_X509_V1_CA_CRT: c_int = 8;
pub const GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD2: c_int = 16;
pub const GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD5: c_int = 32;
pub const GNUTLS_VERIFY_DISABLE_TIME_CHECKS: c_int = 64;
pub const GNUTLS_VERIFY_DISABLE_TRUSTED_TIME_CHECKS: c_int = 128;
pub const GNUTLS_VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT: c_int = 256;
pub const GNUTLS_VERIFY_DISABLE_CRL_CHECKS: c_int = 512;
pub const GNUTLS_VERIFY_ALLOW_UNSORTED_CHAIN: c_int = 1024;
pub const GNUTLS_VERIFY_DO_NOT_ALLOW_UNSORTED_CHAIN: c_int = 2048;
pub const GNUTLS_VERIFY_DO_NOT_ALLOW_WILDCARDS: c_int = 4096;
pub const GNUTLS_VERIFY_USE_TLS1_RSA: c_int = 8192;
pub const GNUTLS_VERIFY_IGNORE_UNKNOWN_CRIT_EXTENSIONS: c_int = 16384;
pub const GNUTLS_VERIFY_ALLOW_SIGN_WITH_SHA1: c_int = 32768;
pub const GNUTLS_VERIFY_RSA_PSS_FIXED_SALT_LENGTH: c_int = 65536;

/// Header view of `gnutls_certificate_verification_profiles_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_certificate_verification_profiles_t__enum {
    GNUTLS_PROFILE_UNKNOWN = 0,
    GNUTLS_PROFILE_VERY_WEAK = 1,
    GNUTLS_PROFILE_LOW = 2,
    GNUTLS_PROFILE_LEGACY = 4,
    GNUTLS_PROFILE_MEDIUM = 5,
    GNUTLS_PROFILE_HIGH = 6,
    GNUTLS_PROFILE_ULTRA = 7,
    GNUTLS_PROFILE_FUTURE = 8,
    GNUTLS_PROFILE_SUITEB128 = 32,
    GNUTLS_PROFILE_SUITEB192 = 33,
}
pub type gnutls_certificate_verification_profiles_t = c_int;
pub const GNUTLS_PROFILE_UNKNOWN: c_int = 0;
pub const GNUTLS_PROFILE_VERY_WEAK: c_int = 1;
pub const GNUTLS_PROFILE_LOW: c_int = 2;
pub const GNUTLS_PROFILE_LEGACY: c_int = 4;
pub const GNUTLS_PROFILE_MEDIUM: c_int = 5;
pub const GNUTLS_PROFILE_HIGH: c_int = 6;
pub const GNUTLS_PROFILE_ULTRA: c_int = 7;
pub const GNUTLS_PROFILE_FUTURE: c_int = 8;
pub const GNUTLS_PROFILE_SUITEB128: c_int = 32;
pub const GNUTLS_PROFILE_SUITEB192: c_int = 33;

/// Header view of `gnutls_pkcs_encrypt_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_pkcs_encrypt_flags_t__enum {
    GNUTLS_PKCS_PLAIN = 1,
    GNUTLS_PKCS_PKCS12_3DES = 2,
    GNUTLS_PKCS_PKCS12_ARCFOUR = 4,
    GNUTLS_PKCS_PKCS12_RC2_40 = 8,
    GNUTLS_PKCS_PBES2_3DES = 16,
    GNUTLS_PKCS_PBES2_AES_128 = 32,
    GNUTLS_PKCS_PBES2_AES_192 = 64,
    GNUTLS_PKCS_PBES2_AES_256 = 128,
    GNUTLS_PKCS_NULL_PASSWORD = 256,
    GNUTLS_PKCS_PBES2_DES = 512,
    GNUTLS_PKCS_PBES1_DES_MD5 = 1024,
    GNUTLS_PKCS_PBES2_GOST_TC26Z = 2048,
    GNUTLS_PKCS_PBES2_GOST_CPA = 4096,
    GNUTLS_PKCS_PBES2_GOST_CPB = 8192,
    GNUTLS_PKCS_PBES2_GOST_CPC = 16384,
    GNUTLS_PKCS_PBES2_GOST_CPD = 32768,
}
pub type gnutls_pkcs_encrypt_flags_t = c_int;
pub const GNUTLS_PKCS_PLAIN: c_int = 1;
pub const GNUTLS_PKCS_PKCS12_3DES: c_int = 2;
pub const GNUTLS_PKCS_PKCS12_ARCFOUR: c_int = 4;
pub const GNUTLS_PKCS_PKCS12_RC2_40: c_int = 8;
pub const GNUTLS_PKCS_PBES2_3DES: c_int = 16;
pub const GNUTLS_PKCS_PBES2_AES_128: c_int = 32;
pub const GNUTLS_PKCS_PBES2_AES_192: c_int = 64;
pub const GNUTLS_PKCS_PBES2_AES_256: c_int = 128;
pub const GNUTLS_PKCS_NULL_PASSWORD: c_int = 256;
pub const GNUTLS_PKCS_PBES2_DES: c_int = 512;
pub const GNUTLS_PKCS_PBES1_DES_MD5: c_int = 1024;
pub const GNUTLS_PKCS_PBES2_GOST_TC26Z: c_int = 2048;
pub const GNUTLS_PKCS_PBES2_GOST_CPA: c_int = 4096;
pub const GNUTLS_PKCS_PBES2_GOST_CPB: c_int = 8192;
pub const GNUTLS_PKCS_PBES2_GOST_CPC: c_int = 16384;
pub const GNUTLS_PKCS_PBES2_GOST_CPD: c_int = 32768;

/// Header view of `gnutls_keygen_types_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_keygen_types_t__enum {
    GNUTLS_KEYGEN_SEED = 1,
    GNUTLS_KEYGEN_DIGEST = 2,
    GNUTLS_KEYGEN_SPKI = 3,
}
pub type gnutls_keygen_types_t = c_int;
pub const GNUTLS_KEYGEN_SEED: c_int = 1;
pub const GNUTLS_KEYGEN_DIGEST: c_int = 2;
pub const GNUTLS_KEYGEN_SPKI: c_int = 3;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_keygen_data_st {
    pub r#type: gnutls_keygen_types_t,
    pub data: *mut c_uchar,
    pub size: c_uint,
}

pub struct gnutls_x509_trust_list_st {
    _private: [u8; 0],
}
pub type gnutls_x509_trust_list_t = *mut gnutls_x509_trust_list_st;
pub struct gnutls_x509_trust_list_iter {
    _private: [u8; 0],
}
pub type gnutls_x509_trust_list_iter_t = *mut gnutls_x509_trust_list_iter;
/// Header view of `gnutls_trust_list_flags_t`; crosses the ABI as `c_int`.
#[repr(C)]
pub enum gnutls_trust_list_flags_t__enum {
    GNUTLS_TL_VERIFY_CRL = 1,
    GNUTLS_TL_USE_IN_TLS = 2,
    GNUTLS_TL_NO_DUPLICATES = 4,
    GNUTLS_TL_NO_DUPLICATE_KEY = 8,
    GNUTLS_TL_GET_COPY = 16,
    GNUTLS_TL_FAIL_ON_INVALID_CRL = 32,
}
pub type gnutls_trust_list_flags_t = c_int;
pub const GNUTLS_TL_VERIFY_CRL: c_int = 1;
pub const GNUTLS_TL_USE_IN_TLS: c_int = 2;
pub const GNUTLS_TL_NO_DUPLICATES: c_int = 4;
pub const GNUTLS_TL_NO_DUPLICATE_KEY: c_int = 8;
pub const GNUTLS_TL_GET_COPY: c_int = 16;
pub const GNUTLS_TL_FAIL_ON_INVALID_CRL: c_int = 32;

pub type gnutls_verify_output_function = Option<unsafe extern "C" fn(cert: gnutls_x509_crt_t, issuer: gnutls_x509_crt_t, crl: gnutls_x509_crl_t, verification_output: c_uint) -> c_int>;
pub type gnutls_x509_trust_list_getissuer_function = Option<unsafe extern "C" fn(list: gnutls_x509_trust_list_t, cert: gnutls_x509_crt_t, issuers: *mut *mut gnutls_x509_crt_t, issuers_size: *mut c_uint) -> c_int>;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnutls_x509_ext_st {
    pub oid: *mut c_char,
    pub critical: c_uint,
    pub data: gnutls_datum_t,
}


pub const GNUTLS_OID_X520_COUNTRY_NAME: &str = "2.5.4.6";
pub const GNUTLS_OID_X520_ORGANIZATION_NAME: &str = "2.5.4.10";
pub const GNUTLS_OID_X520_ORGANIZATIONAL_UNIT_NAME: &str = "2.5.4.11";
pub const GNUTLS_OID_X520_COMMON_NAME: &str = "2.5.4.3";
pub const GNUTLS_OID_X520_LOCALITY_NAME: &str = "2.5.4.7";
pub const GNUTLS_OID_X520_STATE_OR_PROVINCE_NAME: &str = "2.5.4.8";
pub const GNUTLS_OID_X520_INITIALS: &str = "2.5.4.43";
pub const GNUTLS_OID_X520_GENERATION_QUALIFIER: &str = "2.5.4.44";
pub const GNUTLS_OID_X520_SURNAME: &str = "2.5.4.4";
pub const GNUTLS_OID_X520_GIVEN_NAME: &str = "2.5.4.42";
pub const GNUTLS_OID_X520_TITLE: &str = "2.5.4.12";
pub const GNUTLS_OID_X520_DN_QUALIFIER: &str = "2.5.4.46";
pub const GNUTLS_OID_X520_PSEUDONYM: &str = "2.5.4.65";
pub const GNUTLS_OID_X520_POSTALCODE: &str = "2.5.4.17";
pub const GNUTLS_OID_X520_NAME: &str = "2.5.4.41";
pub const GNUTLS_OID_LDAP_DC: &str = "0.9.2342.19200300.100.1.25";
pub const GNUTLS_OID_LDAP_UID: &str = "0.9.2342.19200300.100.1.1";
pub const GNUTLS_OID_PKCS9_EMAIL: &str = "1.2.840.113549.1.9.1";
pub const GNUTLS_OID_PKIX_DATE_OF_BIRTH: &str = "1.3.6.1.5.5.7.9.1";
pub const GNUTLS_OID_PKIX_PLACE_OF_BIRTH: &str = "1.3.6.1.5.5.7.9.2";
pub const GNUTLS_OID_PKIX_GENDER: &str = "1.3.6.1.5.5.7.9.3";
pub const GNUTLS_OID_PKIX_COUNTRY_OF_CITIZENSHIP: &str = "1.3.6.1.5.5.7.9.4";
pub const GNUTLS_OID_PKIX_COUNTRY_OF_RESIDENCE: &str = "1.3.6.1.5.5.7.9.5";
pub const GNUTLS_KP_TLS_WWW_SERVER: &str = "1.3.6.1.5.5.7.3.1";
pub const GNUTLS_KP_TLS_WWW_CLIENT: &str = "1.3.6.1.5.5.7.3.2";
pub const GNUTLS_KP_CODE_SIGNING: &str = "1.3.6.1.5.5.7.3.3";
pub const GNUTLS_KP_MS_SMART_CARD_LOGON: &str = "1.3.6.1.4.1.311.20.2.2";
pub const GNUTLS_KP_EMAIL_PROTECTION: &str = "1.3.6.1.5.5.7.3.4";
pub const GNUTLS_KP_TIME_STAMPING: &str = "1.3.6.1.5.5.7.3.8";
pub const GNUTLS_KP_OCSP_SIGNING: &str = "1.3.6.1.5.5.7.3.9";
pub const GNUTLS_KP_IPSEC_IKE: &str = "1.3.6.1.5.5.7.3.17";
pub const GNUTLS_KP_ANY: &str = "2.5.29.37.0";
pub const GNUTLS_KP_FLAG_DISALLOW_ANY: c_int = 1;
pub const GNUTLS_OID_AIA: &str = "1.3.6.1.5.5.7.1.1";
pub const GNUTLS_OID_AD_OCSP: &str = "1.3.6.1.5.5.7.48.1";
pub const GNUTLS_OID_AD_CAISSUERS: &str = "1.3.6.1.5.5.7.48.2";
pub const GNUTLS_FSAN_SET: c_int = 0;
pub const GNUTLS_FSAN_APPEND: c_int = 1;
pub const GNUTLS_FSAN_ENCODE_OCTET_STRING: c_int = 0x2;
pub const GNUTLS_FSAN_ENCODE_UTF8_STRING: c_int = 0x4;
pub const GNUTLS_X509EXT_OID_SUBJECT_KEY_ID: &str = "2.5.29.14";
pub const GNUTLS_X509EXT_OID_KEY_USAGE: &str = "2.5.29.15";
pub const GNUTLS_X509EXT_OID_PRIVATE_KEY_USAGE_PERIOD: &str = "2.5.29.16";
pub const GNUTLS_X509EXT_OID_SAN: &str = "2.5.29.17";
pub const GNUTLS_X509EXT_OID_IAN: &str = "2.5.29.18";
pub const GNUTLS_X509EXT_OID_BASIC_CONSTRAINTS: &str = "2.5.29.19";
pub const GNUTLS_X509EXT_OID_NAME_CONSTRAINTS: &str = "2.5.29.30";
pub const GNUTLS_X509EXT_OID_CRL_DIST_POINTS: &str = "2.5.29.31";
pub const GNUTLS_X509EXT_OID_CRT_POLICY: &str = "2.5.29.32";
pub const GNUTLS_X509EXT_OID_AUTHORITY_KEY_ID: &str = "2.5.29.35";
pub const GNUTLS_X509EXT_OID_EXTENDED_KEY_USAGE: &str = "2.5.29.37";
pub const GNUTLS_X509EXT_OID_INHIBIT_ANYPOLICY: &str = "2.5.29.52";
pub const GNUTLS_X509EXT_OID_AUTHORITY_INFO_ACCESS: &str = "1.3.6.1.5.5.7.1.1";
pub const GNUTLS_X509EXT_OID_PROXY_CRT_INFO: &str = "1.3.6.1.5.5.7.1.14";
pub const GNUTLS_X509EXT_OID_TLSFEATURES: &str = "1.3.6.1.5.5.7.1.24";
pub const GNUTLS_X509EXT_OID_CT_SCT_V1: &str = "1.3.6.1.4.1.11129.2.4.2";
pub const GNUTLS_X509_OID_POLICY_ANY: &str = "2.5.29.54";
pub const GNUTLS_EXT_FLAG_APPEND: c_int = 1;
pub const GNUTLS_NAME_CONSTRAINTS_FLAG_APPEND: c_int = GNUTLS_EXT_FLAG_APPEND;
pub const GNUTLS_MAX_QUALIFIERS: c_int = 8;
pub const GNUTLS_X509_DN_OID_RETURN_OID: c_int = 1;
pub const GNUTLS_X509_DN_FLAG_COMPAT: c_int = 1;
pub const GNUTLS_VERIFY_ALLOW_BROKEN: c_int = 48;
pub const GNUTLS_VFLAGS_PROFILE_MASK: c_uint = 0xff000000;
pub const GNUTLS_PKCS8_PLAIN: c_int = GNUTLS_PKCS_PLAIN;
pub const GNUTLS_PKCS8_USE_PKCS12_3DES: c_int = GNUTLS_PKCS_PKCS12_3DES;
pub const GNUTLS_PKCS8_USE_PKCS12_ARCFOUR: c_int = GNUTLS_PKCS_PKCS12_ARCFOUR;
pub const GNUTLS_PKCS8_USE_PKCS12_RC2_40: c_int = GNUTLS_PKCS_PKCS12_RC2_40;
pub const GNUTLS_PKCS_USE_PKCS12_3DES: c_int = GNUTLS_PKCS_PKCS12_3DES;
pub const GNUTLS_PKCS_USE_PKCS12_ARCFOUR: c_int = GNUTLS_PKCS_PKCS12_ARCFOUR;
pub const GNUTLS_PKCS_USE_PKCS12_RC2_40: c_int = GNUTLS_PKCS_PKCS12_RC2_40;
pub const GNUTLS_PKCS_USE_PBES2_3DES: c_int = GNUTLS_PKCS_PBES2_3DES;
pub const GNUTLS_PKCS_USE_PBES2_AES_128: c_int = GNUTLS_PKCS_PBES2_AES_128;
pub const GNUTLS_PKCS_USE_PBES2_AES_192: c_int = GNUTLS_PKCS_PBES2_AES_192;
pub const GNUTLS_PKCS_USE_PBES2_AES_256: c_int = GNUTLS_PKCS_PBES2_AES_256;
pub const GNUTLS_PKCS_USE_PBES2_GOST_TC26Z: c_int = GNUTLS_PKCS_PBES2_GOST_TC26Z;
pub const GNUTLS_PKCS_USE_PBES2_GOST_CPA: c_int = GNUTLS_PKCS_PBES2_GOST_CPA;
pub const GNUTLS_PKCS_USE_PBES2_GOST_CPB: c_int = GNUTLS_PKCS_PBES2_GOST_CPB;
pub const GNUTLS_PKCS_USE_PBES2_GOST_CPC: c_int = GNUTLS_PKCS_PBES2_GOST_CPC;
pub const GNUTLS_PKCS_USE_PBES2_GOST_CPD: c_int = GNUTLS_PKCS_PBES2_GOST_CPD;
