//! GnuTLS error codes: the numbers of gnutls.h, as the safe core uses them.
//!
//! Beside the numbers lives the table behind GnuTLS's error API: each code's
//! symbolic name (`gnutls_strerror_name`), a message in our own words
//! (`gnutls_strerror`), whether it is fatal (`gnutls_error_is_fatal`) and the
//! alert it maps to (`gnutls_error_to_alert`). tests/errors_table.rs checks
//! names, fatal-ness and alerts against the output of the real library
//! (tests/fixtures/errors_real.txt, made by tests/c/errors_dump.c).

use std::ffi::CStr;

use crate::alerts::{AlertDescription, AlertLevel};

/// A GnuTLS error code (negative) or success (0).
pub type Code = i32;

pub const GNUTLS_E_SUCCESS: Code = 0;
pub const GNUTLS_E_UNKNOWN_COMPRESSION_ALGORITHM: Code = -3;
pub const GNUTLS_E_UNKNOWN_CIPHER_TYPE: Code = -6;
pub const GNUTLS_E_LARGE_PACKET: Code = -7;
pub const GNUTLS_E_UNKNOWN_CIPHER_SUITE: Code = -21;
pub const GNUTLS_E_UNWANTED_ALGORITHM: Code = -22;
pub const GNUTLS_E_MPI_SCAN_FAILED: Code = -23;
pub const GNUTLS_E_MPI_PRINT_FAILED: Code = -35;
pub const GNUTLS_E_UNSUPPORTED_VERSION_PACKET: Code = -8;
pub const GNUTLS_E_TLS_PACKET_DECODING_ERROR: Code = GNUTLS_E_UNEXPECTED_PACKET_LENGTH;
pub const GNUTLS_E_UNEXPECTED_PACKET_LENGTH: Code = -9;
pub const GNUTLS_E_INVALID_SESSION: Code = -10;
pub const GNUTLS_E_FATAL_ALERT_RECEIVED: Code = -12;
pub const GNUTLS_E_UNEXPECTED_PACKET: Code = -15;
pub const GNUTLS_E_WARNING_ALERT_RECEIVED: Code = -16;
pub const GNUTLS_E_ERROR_IN_FINISHED_PACKET: Code = -18;
pub const GNUTLS_E_UNEXPECTED_HANDSHAKE_PACKET: Code = -19;
pub const GNUTLS_E_DECRYPTION_FAILED: Code = -24;
pub const GNUTLS_E_MEMORY_ERROR: Code = -25;
pub const GNUTLS_E_DECOMPRESSION_FAILED: Code = -26;
pub const GNUTLS_E_COMPRESSION_FAILED: Code = -27;
pub const GNUTLS_E_AGAIN: Code = -28;
pub const GNUTLS_E_EXPIRED: Code = -29;
pub const GNUTLS_E_DB_ERROR: Code = -30;
pub const GNUTLS_E_SRP_PWD_ERROR: Code = GNUTLS_E_KEYFILE_ERROR;
pub const GNUTLS_E_KEYFILE_ERROR: Code = -31;
pub const GNUTLS_E_INSUFFICIENT_CREDENTIALS: Code = -32;
pub const GNUTLS_E_INSUFICIENT_CREDENTIALS: Code = GNUTLS_E_INSUFFICIENT_CREDENTIALS;
pub const GNUTLS_E_INSUFFICIENT_CRED: Code = GNUTLS_E_INSUFFICIENT_CREDENTIALS;
pub const GNUTLS_E_INSUFICIENT_CRED: Code = GNUTLS_E_INSUFFICIENT_CREDENTIALS;
pub const GNUTLS_E_HASH_FAILED: Code = -33;
pub const GNUTLS_E_BASE64_DECODING_ERROR: Code = -34;
pub const GNUTLS_E_REHANDSHAKE: Code = -37;
pub const GNUTLS_E_GOT_APPLICATION_DATA: Code = -38;
pub const GNUTLS_E_RECORD_LIMIT_REACHED: Code = -39;
pub const GNUTLS_E_ENCRYPTION_FAILED: Code = -40;
pub const GNUTLS_E_PK_ENCRYPTION_FAILED: Code = -44;
pub const GNUTLS_E_PK_DECRYPTION_FAILED: Code = -45;
pub const GNUTLS_E_PK_SIGN_FAILED: Code = -46;
pub const GNUTLS_E_X509_UNSUPPORTED_CRITICAL_EXTENSION: Code = -47;
pub const GNUTLS_E_KEY_USAGE_VIOLATION: Code = -48;
pub const GNUTLS_E_NO_CERTIFICATE_FOUND: Code = -49;
pub const GNUTLS_E_INVALID_REQUEST: Code = -50;
pub const GNUTLS_E_SHORT_MEMORY_BUFFER: Code = -51;
pub const GNUTLS_E_INTERRUPTED: Code = -52;
pub const GNUTLS_E_PUSH_ERROR: Code = -53;
pub const GNUTLS_E_PULL_ERROR: Code = -54;
pub const GNUTLS_E_RECEIVED_ILLEGAL_PARAMETER: Code = -55;
pub const GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE: Code = -56;
pub const GNUTLS_E_PKCS1_WRONG_PAD: Code = -57;
pub const GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION: Code = -58;
pub const GNUTLS_E_INTERNAL_ERROR: Code = -59;
pub const GNUTLS_E_DH_PRIME_UNACCEPTABLE: Code = -63;
pub const GNUTLS_E_FILE_ERROR: Code = -64;
pub const GNUTLS_E_TOO_MANY_EMPTY_PACKETS: Code = -78;
pub const GNUTLS_E_UNKNOWN_PK_ALGORITHM: Code = -80;
pub const GNUTLS_E_TOO_MANY_HANDSHAKE_PACKETS: Code = -81;
pub const GNUTLS_E_RECEIVED_DISALLOWED_NAME: Code = -82;
pub const GNUTLS_E_CERTIFICATE_REQUIRED: Code = -112;
pub const GNUTLS_E_NO_TEMPORARY_RSA_PARAMS: Code = -84;
pub const GNUTLS_E_NO_COMPRESSION_ALGORITHMS: Code = -86;
pub const GNUTLS_E_NO_CIPHER_SUITES: Code = -87;
pub const GNUTLS_E_OPENPGP_GETKEY_FAILED: Code = -88;
pub const GNUTLS_E_PK_SIG_VERIFY_FAILED: Code = -89;
pub const GNUTLS_E_ILLEGAL_SRP_USERNAME: Code = -90;
pub const GNUTLS_E_SRP_PWD_PARSING_ERROR: Code = GNUTLS_E_KEYFILE_PARSING_ERROR;
pub const GNUTLS_E_KEYFILE_PARSING_ERROR: Code = -91;
pub const GNUTLS_E_NO_TEMPORARY_DH_PARAMS: Code = -93;
pub const GNUTLS_E_ASN1_ELEMENT_NOT_FOUND: Code = -67;
pub const GNUTLS_E_ASN1_IDENTIFIER_NOT_FOUND: Code = -68;
pub const GNUTLS_E_ASN1_DER_ERROR: Code = -69;
pub const GNUTLS_E_ASN1_VALUE_NOT_FOUND: Code = -70;
pub const GNUTLS_E_ASN1_GENERIC_ERROR: Code = -71;
pub const GNUTLS_E_ASN1_VALUE_NOT_VALID: Code = -72;
pub const GNUTLS_E_ASN1_TAG_ERROR: Code = -73;
pub const GNUTLS_E_ASN1_TAG_IMPLICIT: Code = -74;
pub const GNUTLS_E_ASN1_TYPE_ANY_ERROR: Code = -75;
pub const GNUTLS_E_ASN1_SYNTAX_ERROR: Code = -76;
pub const GNUTLS_E_ASN1_DER_OVERFLOW: Code = -77;
pub const GNUTLS_E_OPENPGP_UID_REVOKED: Code = -79;
pub const GNUTLS_E_CERTIFICATE_ERROR: Code = -43;
pub const GNUTLS_E_X509_CERTIFICATE_ERROR: Code = GNUTLS_E_CERTIFICATE_ERROR;
pub const GNUTLS_E_CERTIFICATE_KEY_MISMATCH: Code = -60;
pub const GNUTLS_E_UNSUPPORTED_CERTIFICATE_TYPE: Code = -61;
pub const GNUTLS_E_X509_UNKNOWN_SAN: Code = -62;
pub const GNUTLS_E_OPENPGP_FINGERPRINT_UNSUPPORTED: Code = -94;
pub const GNUTLS_E_X509_UNSUPPORTED_ATTRIBUTE: Code = -95;
pub const GNUTLS_E_UNKNOWN_HASH_ALGORITHM: Code = -96;
pub const GNUTLS_E_UNKNOWN_PKCS_CONTENT_TYPE: Code = -97;
pub const GNUTLS_E_UNKNOWN_PKCS_BAG_TYPE: Code = -98;
pub const GNUTLS_E_INVALID_PASSWORD: Code = -99;
pub const GNUTLS_E_MAC_VERIFY_FAILED: Code = -100;
pub const GNUTLS_E_CONSTRAINT_ERROR: Code = -101;
pub const GNUTLS_E_WARNING_IA_IPHF_RECEIVED: Code = -102;
pub const GNUTLS_E_WARNING_IA_FPHF_RECEIVED: Code = -103;
pub const GNUTLS_E_IA_VERIFY_FAILED: Code = -104;
pub const GNUTLS_E_UNKNOWN_ALGORITHM: Code = -105;
pub const GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM: Code = -106;
pub const GNUTLS_E_SAFE_RENEGOTIATION_FAILED: Code = -107;
pub const GNUTLS_E_UNSAFE_RENEGOTIATION_DENIED: Code = -108;
pub const GNUTLS_E_UNKNOWN_SRP_USERNAME: Code = -109;
pub const GNUTLS_E_PREMATURE_TERMINATION: Code = -110;
pub const GNUTLS_E_MALFORMED_CIDR: Code = -111;
pub const GNUTLS_E_BASE64_ENCODING_ERROR: Code = -201;
pub const GNUTLS_E_INCOMPATIBLE_GCRYPT_LIBRARY: Code = -202;
pub const GNUTLS_E_INCOMPATIBLE_CRYPTO_LIBRARY: Code = -202;
pub const GNUTLS_E_INCOMPATIBLE_LIBTASN1_LIBRARY: Code = -203;
pub const GNUTLS_E_OPENPGP_KEYRING_ERROR: Code = -204;
pub const GNUTLS_E_X509_UNSUPPORTED_OID: Code = -205;
pub const GNUTLS_E_RANDOM_FAILED: Code = -206;
pub const GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR: Code = -207;
pub const GNUTLS_E_OPENPGP_SUBKEY_ERROR: Code = -208;
pub const GNUTLS_E_CRYPTO_ALREADY_REGISTERED: Code = GNUTLS_E_ALREADY_REGISTERED;
pub const GNUTLS_E_ALREADY_REGISTERED: Code = -209;
pub const GNUTLS_E_HANDSHAKE_TOO_LARGE: Code = -210;
pub const GNUTLS_E_CRYPTODEV_IOCTL_ERROR: Code = -211;
pub const GNUTLS_E_CRYPTODEV_DEVICE_ERROR: Code = -212;
pub const GNUTLS_E_CHANNEL_BINDING_NOT_AVAILABLE: Code = -213;
pub const GNUTLS_E_BAD_COOKIE: Code = -214;
pub const GNUTLS_E_OPENPGP_PREFERRED_KEY_ERROR: Code = -215;
pub const GNUTLS_E_INCOMPAT_DSA_KEY_WITH_TLS_PROTOCOL: Code = -216;
pub const GNUTLS_E_INSUFFICIENT_SECURITY: Code = -217;
pub const GNUTLS_E_HEARTBEAT_PONG_RECEIVED: Code = -292;
pub const GNUTLS_E_HEARTBEAT_PING_RECEIVED: Code = -293;
pub const GNUTLS_E_UNRECOGNIZED_NAME: Code = -294;
pub const GNUTLS_E_PKCS11_ERROR: Code = -300;
pub const GNUTLS_E_PKCS11_LOAD_ERROR: Code = -301;
pub const GNUTLS_E_PARSING_ERROR: Code = -302;
pub const GNUTLS_E_PKCS11_PIN_ERROR: Code = -303;
pub const GNUTLS_E_PKCS11_SLOT_ERROR: Code = -305;
pub const GNUTLS_E_LOCKING_ERROR: Code = -306;
pub const GNUTLS_E_PKCS11_ATTRIBUTE_ERROR: Code = -307;
pub const GNUTLS_E_PKCS11_DEVICE_ERROR: Code = -308;
pub const GNUTLS_E_PKCS11_DATA_ERROR: Code = -309;
pub const GNUTLS_E_PKCS11_UNSUPPORTED_FEATURE_ERROR: Code = -310;
pub const GNUTLS_E_PKCS11_KEY_ERROR: Code = -311;
pub const GNUTLS_E_PKCS11_PIN_EXPIRED: Code = -312;
pub const GNUTLS_E_PKCS11_PIN_LOCKED: Code = -313;
pub const GNUTLS_E_PKCS11_SESSION_ERROR: Code = -314;
pub const GNUTLS_E_PKCS11_SIGNATURE_ERROR: Code = -315;
pub const GNUTLS_E_PKCS11_TOKEN_ERROR: Code = -316;
pub const GNUTLS_E_PKCS11_USER_ERROR: Code = -317;
pub const GNUTLS_E_CRYPTO_INIT_FAILED: Code = -318;
pub const GNUTLS_E_TIMEDOUT: Code = -319;
pub const GNUTLS_E_USER_ERROR: Code = -320;
pub const GNUTLS_E_ECC_NO_SUPPORTED_CURVES: Code = -321;
pub const GNUTLS_E_ECC_UNSUPPORTED_CURVE: Code = -322;
pub const GNUTLS_E_PKCS11_REQUESTED_OBJECT_NOT_AVAILBLE: Code = -323;
pub const GNUTLS_E_CERTIFICATE_LIST_UNSORTED: Code = -324;
pub const GNUTLS_E_ILLEGAL_PARAMETER: Code = -325;
pub const GNUTLS_E_NO_PRIORITIES_WERE_SET: Code = -326;
pub const GNUTLS_E_X509_UNSUPPORTED_EXTENSION: Code = -327;
pub const GNUTLS_E_SESSION_EOF: Code = -328;
pub const GNUTLS_E_TPM_ERROR: Code = -329;
pub const GNUTLS_E_TPM_KEY_PASSWORD_ERROR: Code = -330;
pub const GNUTLS_E_TPM_SRK_PASSWORD_ERROR: Code = -331;
pub const GNUTLS_E_TPM_SESSION_ERROR: Code = -332;
pub const GNUTLS_E_TPM_KEY_NOT_FOUND: Code = -333;
pub const GNUTLS_E_TPM_UNINITIALIZED: Code = -334;
pub const GNUTLS_E_TPM_NO_LIB: Code = -335;
pub const GNUTLS_E_NO_CERTIFICATE_STATUS: Code = -340;
pub const GNUTLS_E_OCSP_RESPONSE_ERROR: Code = -341;
pub const GNUTLS_E_RANDOM_DEVICE_ERROR: Code = -342;
pub const GNUTLS_E_AUTH_ERROR: Code = -343;
pub const GNUTLS_E_NO_APPLICATION_PROTOCOL: Code = -344;
pub const GNUTLS_E_SOCKETS_INIT_ERROR: Code = -345;
pub const GNUTLS_E_KEY_IMPORT_FAILED: Code = -346;
pub const GNUTLS_E_INAPPROPRIATE_FALLBACK: Code = -347;
pub const GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR: Code = -348;
pub const GNUTLS_E_PRIVKEY_VERIFICATION_ERROR: Code = -349;
pub const GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH: Code = -350;
pub const GNUTLS_E_ASN1_EMBEDDED_NULL_IN_STRING: Code = -351;
pub const GNUTLS_E_SELF_TEST_ERROR: Code = -400;
pub const GNUTLS_E_NO_SELF_TEST: Code = -401;
pub const GNUTLS_E_LIB_IN_ERROR_STATE: Code = -402;
pub const GNUTLS_E_PK_GENERATION_ERROR: Code = -403;
pub const GNUTLS_E_IDNA_ERROR: Code = -404;
pub const GNUTLS_E_NEED_FALLBACK: Code = -405;
pub const GNUTLS_E_SESSION_USER_ID_CHANGED: Code = -406;
pub const GNUTLS_E_HANDSHAKE_DURING_FALSE_START: Code = -407;
pub const GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE: Code = -408;
pub const GNUTLS_E_PK_INVALID_PUBKEY: Code = -409;
pub const GNUTLS_E_PK_INVALID_PRIVKEY: Code = -410;
pub const GNUTLS_E_NOT_YET_ACTIVATED: Code = -411;
pub const GNUTLS_E_INVALID_UTF8_STRING: Code = -412;
pub const GNUTLS_E_NO_EMBEDDED_DATA: Code = -413;
pub const GNUTLS_E_INVALID_UTF8_EMAIL: Code = -414;
pub const GNUTLS_E_INVALID_PASSWORD_STRING: Code = -415;
pub const GNUTLS_E_CERTIFICATE_TIME_ERROR: Code = -416;
pub const GNUTLS_E_RECORD_OVERFLOW: Code = -417;
pub const GNUTLS_E_ASN1_TIME_ERROR: Code = -418;
pub const GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY: Code = -419;
pub const GNUTLS_E_PK_INVALID_PUBKEY_PARAMS: Code = -420;
pub const GNUTLS_E_PK_NO_VALIDATION_PARAMS: Code = -421;
pub const GNUTLS_E_OCSP_MISMATCH_WITH_CERTS: Code = -422;
pub const GNUTLS_E_NO_COMMON_KEY_SHARE: Code = -423;
pub const GNUTLS_E_REAUTH_REQUEST: Code = -424;
pub const GNUTLS_E_TOO_MANY_MATCHES: Code = -425;
pub const GNUTLS_E_CRL_VERIFICATION_ERROR: Code = -426;
pub const GNUTLS_E_MISSING_EXTENSION: Code = -427;
pub const GNUTLS_E_DB_ENTRY_EXISTS: Code = -428;
pub const GNUTLS_E_EARLY_DATA_REJECTED: Code = -429;
pub const GNUTLS_E_X509_DUPLICATE_EXTENSION: Code = -430;
pub const GNUTLS_E_UNIMPLEMENTED_FEATURE: Code = -1250;
pub const GNUTLS_E_INT_RET_0: Code = -1251;
pub const GNUTLS_E_INT_CHECK_AGAIN: Code = -1252;
pub const GNUTLS_E_APPLICATION_ERROR_MAX: Code = -65000;
pub const GNUTLS_E_APPLICATION_ERROR_MIN: Code = -65500;

/// What the error API knows about one code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorInfo {
    pub code: Code,
    /// The macro name, as `gnutls_strerror_name` returns it. NUL-terminated
    /// so the C layer can hand it out without copying.
    pub name: &'static CStr,
    /// A one-line explanation in our own words (NUL-terminated, as `name`).
    pub message: &'static CStr,
    /// Whether a session that returned this code can no longer be used.
    pub fatal: bool,
}

const FATAL: bool = true;
const NOT_FATAL: bool = false;

const fn info(code: Code, name: &'static CStr, fatal: bool, message: &'static CStr) -> ErrorInfo {
    ErrorInfo {
        code,
        name,
        message,
        fatal,
    }
}

/// Every code the real library names, in decreasing numeric order. Where
/// gnutls.h has aliases for one number, the name is the one GnuTLS 3.7.9
/// reports. Codes in gnutls.h that the real library does not name
/// (-102, -103, -405, -1251, -1252, the application range) are absent
/// and behave like unknown codes.
#[rustfmt::skip]
pub const TABLE: &[ErrorInfo] = &[
    info(GNUTLS_E_SUCCESS, c"GNUTLS_E_SUCCESS", NOT_FATAL,
         c"The operation completed without error."),
    info(GNUTLS_E_UNKNOWN_COMPRESSION_ALGORITHM, c"GNUTLS_E_UNKNOWN_COMPRESSION_ALGORITHM", FATAL,
         c"No compression method both sides support was found."),
    info(GNUTLS_E_UNKNOWN_CIPHER_TYPE, c"GNUTLS_E_UNKNOWN_CIPHER_TYPE", FATAL,
         c"This cipher is not supported."),
    info(GNUTLS_E_LARGE_PACKET, c"GNUTLS_E_LARGE_PACKET", NOT_FATAL,
         c"The data to send is larger than the transport takes at once (EMSGSIZE)."),
    info(GNUTLS_E_UNSUPPORTED_VERSION_PACKET, c"GNUTLS_E_UNSUPPORTED_VERSION_PACKET", FATAL,
         c"The peer offered a protocol version this library does not speak."),
    info(GNUTLS_E_UNEXPECTED_PACKET_LENGTH, c"GNUTLS_E_UNEXPECTED_PACKET_LENGTH", FATAL,
         c"A TLS record or message had a length that does not fit its type."),
    info(GNUTLS_E_INVALID_SESSION, c"GNUTLS_E_INVALID_SESSION", FATAL,
         c"The session is unusable: it was closed or never set up properly."),
    info(GNUTLS_E_FATAL_ALERT_RECEIVED, c"GNUTLS_E_FATAL_ALERT_RECEIVED", FATAL,
         c"The peer sent a fatal alert and the connection is over."),
    info(GNUTLS_E_UNEXPECTED_PACKET, c"GNUTLS_E_UNEXPECTED_PACKET", FATAL,
         c"A record arrived whose type was not expected at this point."),
    info(GNUTLS_E_WARNING_ALERT_RECEIVED, c"GNUTLS_E_WARNING_ALERT_RECEIVED", NOT_FATAL,
         c"The peer sent an alert of warning level."),
    info(GNUTLS_E_ERROR_IN_FINISHED_PACKET, c"GNUTLS_E_ERROR_IN_FINISHED_PACKET", FATAL,
         c"The Finished message did not match the handshake transcript."),
    info(GNUTLS_E_UNEXPECTED_HANDSHAKE_PACKET, c"GNUTLS_E_UNEXPECTED_HANDSHAKE_PACKET", FATAL,
         c"A handshake message arrived out of order."),
    info(GNUTLS_E_UNKNOWN_CIPHER_SUITE, c"GNUTLS_E_UNKNOWN_CIPHER_SUITE", FATAL,
         c"No cipher suite both sides support was found."),
    info(GNUTLS_E_UNWANTED_ALGORITHM, c"GNUTLS_E_UNWANTED_ALGORITHM", FATAL,
         c"The peer chose an algorithm that is not enabled."),
    info(GNUTLS_E_MPI_SCAN_FAILED, c"GNUTLS_E_MPI_SCAN_FAILED", FATAL,
         c"A big integer could not be read."),
    info(GNUTLS_E_DECRYPTION_FAILED, c"GNUTLS_E_DECRYPTION_FAILED", FATAL,
         c"A record could not be decrypted or its integrity check failed."),
    info(GNUTLS_E_MEMORY_ERROR, c"GNUTLS_E_MEMORY_ERROR", FATAL,
         c"Memory could not be allocated."),
    info(GNUTLS_E_DECOMPRESSION_FAILED, c"GNUTLS_E_DECOMPRESSION_FAILED", FATAL,
         c"Record decompression did not succeed."),
    info(GNUTLS_E_COMPRESSION_FAILED, c"GNUTLS_E_COMPRESSION_FAILED", FATAL,
         c"Record compression did not succeed."),
    info(GNUTLS_E_AGAIN, c"GNUTLS_E_AGAIN", NOT_FATAL,
         c"The operation would block; call it again when the transport is ready."),
    info(GNUTLS_E_EXPIRED, c"GNUTLS_E_EXPIRED", FATAL,
         c"The session or credential has passed its lifetime."),
    info(GNUTLS_E_DB_ERROR, c"GNUTLS_E_DB_ERROR", FATAL,
         c"The session cache storage reported a failure."),
    info(GNUTLS_E_SRP_PWD_ERROR, c"GNUTLS_E_SRP_PWD_ERROR", FATAL,
         c"The key or password file could not be used."),
    info(GNUTLS_E_INSUFFICIENT_CREDENTIALS, c"GNUTLS_E_INSUFFICIENT_CREDENTIALS", FATAL,
         c"No credentials suitable for this exchange were provided."),
    info(GNUTLS_E_HASH_FAILED, c"GNUTLS_E_HASH_FAILED", FATAL,
         c"A hash computation did not succeed."),
    info(GNUTLS_E_BASE64_DECODING_ERROR, c"GNUTLS_E_BASE64_DECODING_ERROR", FATAL,
         c"The Base64 (PEM) input could not be decoded."),
    info(GNUTLS_E_MPI_PRINT_FAILED, c"GNUTLS_E_MPI_PRINT_FAILED", FATAL,
         c"A big integer could not be written out."),
    info(GNUTLS_E_REHANDSHAKE, c"GNUTLS_E_REHANDSHAKE", NOT_FATAL,
         c"The peer asked for a new handshake on this connection."),
    info(GNUTLS_E_GOT_APPLICATION_DATA, c"GNUTLS_E_GOT_APPLICATION_DATA", FATAL,
         c"Application data arrived while a handshake was in progress."),
    info(GNUTLS_E_RECORD_LIMIT_REACHED, c"GNUTLS_E_RECORD_LIMIT_REACHED", FATAL,
         c"The record sequence number limit has been hit."),
    info(GNUTLS_E_ENCRYPTION_FAILED, c"GNUTLS_E_ENCRYPTION_FAILED", FATAL,
         c"A record could not be encrypted."),
    info(GNUTLS_E_CERTIFICATE_ERROR, c"GNUTLS_E_CERTIFICATE_ERROR", FATAL,
         c"The certificate could not be processed."),
    info(GNUTLS_E_PK_ENCRYPTION_FAILED, c"GNUTLS_E_PK_ENCRYPTION_FAILED", FATAL,
         c"Public-key encryption did not succeed."),
    info(GNUTLS_E_PK_DECRYPTION_FAILED, c"GNUTLS_E_PK_DECRYPTION_FAILED", FATAL,
         c"Public-key decryption did not succeed."),
    info(GNUTLS_E_PK_SIGN_FAILED, c"GNUTLS_E_PK_SIGN_FAILED", FATAL,
         c"Producing the public-key signature did not succeed."),
    info(GNUTLS_E_X509_UNSUPPORTED_CRITICAL_EXTENSION, c"GNUTLS_E_X509_UNSUPPORTED_CRITICAL_EXTENSION", FATAL,
         c"The certificate carries a critical extension this library does not understand."),
    info(GNUTLS_E_KEY_USAGE_VIOLATION, c"GNUTLS_E_KEY_USAGE_VIOLATION", FATAL,
         c"The key is being used for a purpose its key usage forbids."),
    info(GNUTLS_E_NO_CERTIFICATE_FOUND, c"GNUTLS_E_NO_CERTIFICATE_FOUND", FATAL,
         c"The peer presented no certificate, or none could be located."),
    info(GNUTLS_E_INVALID_REQUEST, c"GNUTLS_E_INVALID_REQUEST", FATAL,
         c"The arguments to the call were not valid."),
    info(GNUTLS_E_SHORT_MEMORY_BUFFER, c"GNUTLS_E_SHORT_MEMORY_BUFFER", FATAL,
         c"The output buffer is too small for the result."),
    info(GNUTLS_E_INTERRUPTED, c"GNUTLS_E_INTERRUPTED", NOT_FATAL,
         c"A signal interrupted the call; call it again."),
    info(GNUTLS_E_PUSH_ERROR, c"GNUTLS_E_PUSH_ERROR", FATAL,
         c"Sending data on the transport failed."),
    info(GNUTLS_E_PULL_ERROR, c"GNUTLS_E_PULL_ERROR", FATAL,
         c"Receiving data from the transport failed."),
    info(GNUTLS_E_RECEIVED_ILLEGAL_PARAMETER, c"GNUTLS_E_RECEIVED_ILLEGAL_PARAMETER", FATAL,
         c"The peer sent a parameter with a value that is not allowed."),
    info(GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE, c"GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE", FATAL,
         c"The asked-for item is not present."),
    info(GNUTLS_E_PKCS1_WRONG_PAD, c"GNUTLS_E_PKCS1_WRONG_PAD", FATAL,
         c"The PKCS #1 padding is malformed."),
    info(GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION, c"GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION", FATAL,
         c"The peer sent an extension that is not permitted here."),
    info(GNUTLS_E_INTERNAL_ERROR, c"GNUTLS_E_INTERNAL_ERROR", FATAL,
         c"An internal consistency check failed inside the library."),
    info(GNUTLS_E_CERTIFICATE_KEY_MISMATCH, c"GNUTLS_E_CERTIFICATE_KEY_MISMATCH", FATAL,
         c"The private key does not belong to the certificate."),
    info(GNUTLS_E_UNSUPPORTED_CERTIFICATE_TYPE, c"GNUTLS_E_UNSUPPORTED_CERTIFICATE_TYPE", FATAL,
         c"This certificate type is not supported."),
    info(GNUTLS_E_X509_UNKNOWN_SAN, c"GNUTLS_E_X509_UNKNOWN_SAN", FATAL,
         c"The subject alternative name is of an unrecognised kind."),
    info(GNUTLS_E_DH_PRIME_UNACCEPTABLE, c"GNUTLS_E_DH_PRIME_UNACCEPTABLE", FATAL,
         c"The peer's Diffie-Hellman prime is too weak or otherwise unacceptable."),
    info(GNUTLS_E_FILE_ERROR, c"GNUTLS_E_FILE_ERROR", FATAL,
         c"A file could not be opened or read."),
    info(GNUTLS_E_ASN1_ELEMENT_NOT_FOUND, c"GNUTLS_E_ASN1_ELEMENT_NOT_FOUND", FATAL,
         c"ASN.1: the requested element is missing from the structure."),
    info(GNUTLS_E_ASN1_IDENTIFIER_NOT_FOUND, c"GNUTLS_E_ASN1_IDENTIFIER_NOT_FOUND", FATAL,
         c"ASN.1: the identifier could not be resolved."),
    info(GNUTLS_E_ASN1_DER_ERROR, c"GNUTLS_E_ASN1_DER_ERROR", FATAL,
         c"ASN.1: the DER encoding is malformed."),
    info(GNUTLS_E_ASN1_VALUE_NOT_FOUND, c"GNUTLS_E_ASN1_VALUE_NOT_FOUND", FATAL,
         c"ASN.1: the element has no value."),
    info(GNUTLS_E_ASN1_GENERIC_ERROR, c"GNUTLS_E_ASN1_GENERIC_ERROR", FATAL,
         c"ASN.1: an unspecified failure occurred."),
    info(GNUTLS_E_ASN1_VALUE_NOT_VALID, c"GNUTLS_E_ASN1_VALUE_NOT_VALID", FATAL,
         c"ASN.1: the value is not acceptable for its type."),
    info(GNUTLS_E_ASN1_TAG_ERROR, c"GNUTLS_E_ASN1_TAG_ERROR", FATAL,
         c"ASN.1: an unexpected tag was met."),
    info(GNUTLS_E_ASN1_TAG_IMPLICIT, c"GNUTLS_E_ASN1_TAG_IMPLICIT", FATAL,
         c"ASN.1: an implicit tag could not be handled."),
    info(GNUTLS_E_ASN1_TYPE_ANY_ERROR, c"GNUTLS_E_ASN1_TYPE_ANY_ERROR", FATAL,
         c"ASN.1: an ANY-typed element could not be handled."),
    info(GNUTLS_E_ASN1_SYNTAX_ERROR, c"GNUTLS_E_ASN1_SYNTAX_ERROR", FATAL,
         c"ASN.1: the definition has a syntax problem."),
    info(GNUTLS_E_ASN1_DER_OVERFLOW, c"GNUTLS_E_ASN1_DER_OVERFLOW", FATAL,
         c"ASN.1: the DER data runs past its end."),
    info(GNUTLS_E_TOO_MANY_EMPTY_PACKETS, c"GNUTLS_E_TOO_MANY_EMPTY_PACKETS", FATAL,
         c"The peer sent too many empty records in a row."),
    info(GNUTLS_E_OPENPGP_UID_REVOKED, c"GNUTLS_E_OPENPGP_UID_REVOKED", FATAL,
         c"The OpenPGP user ID has been revoked."),
    info(GNUTLS_E_UNKNOWN_PK_ALGORITHM, c"GNUTLS_E_UNKNOWN_PK_ALGORITHM", FATAL,
         c"The public-key algorithm is not recognised."),
    info(GNUTLS_E_TOO_MANY_HANDSHAKE_PACKETS, c"GNUTLS_E_TOO_MANY_HANDSHAKE_PACKETS", FATAL,
         c"The handshake involved more messages than allowed."),
    info(GNUTLS_E_RECEIVED_DISALLOWED_NAME, c"GNUTLS_E_RECEIVED_DISALLOWED_NAME", FATAL,
         c"The peer sent a server name that is not permitted."),
    info(GNUTLS_E_NO_TEMPORARY_RSA_PARAMS, c"GNUTLS_E_NO_TEMPORARY_RSA_PARAMS", FATAL,
         c"Temporary RSA parameters are needed but were not set."),
    info(GNUTLS_E_NO_COMPRESSION_ALGORITHMS, c"GNUTLS_E_NO_COMPRESSION_ALGORITHMS", FATAL,
         c"No compression method is available to negotiate."),
    info(GNUTLS_E_NO_CIPHER_SUITES, c"GNUTLS_E_NO_CIPHER_SUITES", FATAL,
         c"No cipher suite is shared with the peer or enabled."),
    info(GNUTLS_E_OPENPGP_GETKEY_FAILED, c"GNUTLS_E_OPENPGP_GETKEY_FAILED", FATAL,
         c"Fetching the OpenPGP key did not succeed."),
    info(GNUTLS_E_PK_SIG_VERIFY_FAILED, c"GNUTLS_E_PK_SIG_VERIFY_FAILED", FATAL,
         c"The public-key signature does not verify."),
    info(GNUTLS_E_ILLEGAL_SRP_USERNAME, c"GNUTLS_E_ILLEGAL_SRP_USERNAME", FATAL,
         c"The SRP user name is not acceptable."),
    info(GNUTLS_E_SRP_PWD_PARSING_ERROR, c"GNUTLS_E_SRP_PWD_PARSING_ERROR", FATAL,
         c"The key or password file has a format problem."),
    info(GNUTLS_E_NO_TEMPORARY_DH_PARAMS, c"GNUTLS_E_NO_TEMPORARY_DH_PARAMS", FATAL,
         c"Diffie-Hellman parameters are needed but were not set."),
    info(GNUTLS_E_OPENPGP_FINGERPRINT_UNSUPPORTED, c"GNUTLS_E_OPENPGP_FINGERPRINT_UNSUPPORTED", FATAL,
         c"This OpenPGP fingerprint kind is not supported."),
    info(GNUTLS_E_X509_UNSUPPORTED_ATTRIBUTE, c"GNUTLS_E_X509_UNSUPPORTED_ATTRIBUTE", FATAL,
         c"This certificate attribute is not supported."),
    info(GNUTLS_E_UNKNOWN_HASH_ALGORITHM, c"GNUTLS_E_UNKNOWN_HASH_ALGORITHM", FATAL,
         c"The hash algorithm is unknown or not supported."),
    info(GNUTLS_E_UNKNOWN_PKCS_CONTENT_TYPE, c"GNUTLS_E_UNKNOWN_PKCS_CONTENT_TYPE", FATAL,
         c"The PKCS content type is not recognised."),
    info(GNUTLS_E_UNKNOWN_PKCS_BAG_TYPE, c"GNUTLS_E_UNKNOWN_PKCS_BAG_TYPE", FATAL,
         c"The PKCS #12 bag type is not recognised."),
    info(GNUTLS_E_INVALID_PASSWORD, c"GNUTLS_E_INVALID_PASSWORD", FATAL,
         c"The password is wrong or could not be used."),
    info(GNUTLS_E_MAC_VERIFY_FAILED, c"GNUTLS_E_MAC_VERIFY_FAILED", FATAL,
         c"The MAC check failed, possibly because of a wrong password."),
    info(GNUTLS_E_CONSTRAINT_ERROR, c"GNUTLS_E_CONSTRAINT_ERROR", FATAL,
         c"A certificate constraint was not satisfied."),
    info(GNUTLS_E_IA_VERIFY_FAILED, c"GNUTLS_E_IA_VERIFY_FAILED", FATAL,
         c"Inner application verification did not succeed."),
    info(GNUTLS_E_UNKNOWN_ALGORITHM, c"GNUTLS_E_UNKNOWN_ALGORITHM", FATAL,
         c"The algorithm is not recognised."),
    info(GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM, c"GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM", FATAL,
         c"The signature algorithm is not supported or not enabled."),
    info(GNUTLS_E_SAFE_RENEGOTIATION_FAILED, c"GNUTLS_E_SAFE_RENEGOTIATION_FAILED", FATAL,
         c"The secure renegotiation check did not pass."),
    info(GNUTLS_E_UNSAFE_RENEGOTIATION_DENIED, c"GNUTLS_E_UNSAFE_RENEGOTIATION_DENIED", FATAL,
         c"Renegotiation without the secure-renegotiation extension was refused."),
    info(GNUTLS_E_UNKNOWN_SRP_USERNAME, c"GNUTLS_E_UNKNOWN_SRP_USERNAME", FATAL,
         c"No SRP user by this name exists."),
    info(GNUTLS_E_PREMATURE_TERMINATION, c"GNUTLS_E_PREMATURE_TERMINATION", FATAL,
         c"The peer closed the connection without a proper TLS shutdown."),
    info(GNUTLS_E_MALFORMED_CIDR, c"GNUTLS_E_MALFORMED_CIDR", FATAL,
         c"The CIDR address range is badly formed."),
    info(GNUTLS_E_CERTIFICATE_REQUIRED, c"GNUTLS_E_CERTIFICATE_REQUIRED", FATAL,
         c"The peer demands a certificate and none was given."),
    info(GNUTLS_E_BASE64_ENCODING_ERROR, c"GNUTLS_E_BASE64_ENCODING_ERROR", FATAL,
         c"Base64 (PEM) encoding did not succeed."),
    info(GNUTLS_E_INCOMPATIBLE_GCRYPT_LIBRARY, c"GNUTLS_E_INCOMPATIBLE_GCRYPT_LIBRARY", FATAL,
         c"The crypto backend in use is not a compatible version."),
    info(GNUTLS_E_INCOMPATIBLE_LIBTASN1_LIBRARY, c"GNUTLS_E_INCOMPATIBLE_LIBTASN1_LIBRARY", FATAL,
         c"The ASN.1 support library is not a compatible version."),
    info(GNUTLS_E_OPENPGP_KEYRING_ERROR, c"GNUTLS_E_OPENPGP_KEYRING_ERROR", FATAL,
         c"The OpenPGP keyring could not be used."),
    info(GNUTLS_E_X509_UNSUPPORTED_OID, c"GNUTLS_E_X509_UNSUPPORTED_OID", FATAL,
         c"The object identifier is not supported."),
    info(GNUTLS_E_RANDOM_FAILED, c"GNUTLS_E_RANDOM_FAILED", FATAL,
         c"Random number generation did not succeed."),
    info(GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR, c"GNUTLS_E_BASE64_UNEXPECTED_HEADER_ERROR", FATAL,
         c"The PEM header line is not the one expected."),
    info(GNUTLS_E_OPENPGP_SUBKEY_ERROR, c"GNUTLS_E_OPENPGP_SUBKEY_ERROR", FATAL,
         c"The OpenPGP subkey could not be used."),
    info(GNUTLS_E_CRYPTO_ALREADY_REGISTERED, c"GNUTLS_E_CRYPTO_ALREADY_REGISTERED", FATAL,
         c"An implementation for this algorithm is registered already."),
    info(GNUTLS_E_HANDSHAKE_TOO_LARGE, c"GNUTLS_E_HANDSHAKE_TOO_LARGE", FATAL,
         c"A handshake message exceeds the permitted size."),
    info(GNUTLS_E_CRYPTODEV_IOCTL_ERROR, c"GNUTLS_E_CRYPTODEV_IOCTL_ERROR", FATAL,
         c"A crypto device ioctl did not succeed."),
    info(GNUTLS_E_CRYPTODEV_DEVICE_ERROR, c"GNUTLS_E_CRYPTODEV_DEVICE_ERROR", FATAL,
         c"The crypto device could not be opened."),
    info(GNUTLS_E_CHANNEL_BINDING_NOT_AVAILABLE, c"GNUTLS_E_CHANNEL_BINDING_NOT_AVAILABLE", FATAL,
         c"The requested channel binding cannot be provided."),
    info(GNUTLS_E_BAD_COOKIE, c"GNUTLS_E_BAD_COOKIE", FATAL,
         c"The DTLS cookie is wrong."),
    info(GNUTLS_E_OPENPGP_PREFERRED_KEY_ERROR, c"GNUTLS_E_OPENPGP_PREFERRED_KEY_ERROR", FATAL,
         c"The preferred OpenPGP key could not be used."),
    info(GNUTLS_E_INCOMPAT_DSA_KEY_WITH_TLS_PROTOCOL, c"GNUTLS_E_INCOMPAT_DSA_KEY_WITH_TLS_PROTOCOL", FATAL,
         c"This DSA key cannot be used with the negotiated protocol version."),
    info(GNUTLS_E_INSUFFICIENT_SECURITY, c"GNUTLS_E_INSUFFICIENT_SECURITY", FATAL,
         c"The negotiated parameters are weaker than the configured minimum."),
    info(GNUTLS_E_HEARTBEAT_PONG_RECEIVED, c"GNUTLS_E_HEARTBEAT_PONG_RECEIVED", NOT_FATAL,
         c"A heartbeat response arrived."),
    info(GNUTLS_E_HEARTBEAT_PING_RECEIVED, c"GNUTLS_E_HEARTBEAT_PING_RECEIVED", NOT_FATAL,
         c"A heartbeat request arrived."),
    info(GNUTLS_E_UNRECOGNIZED_NAME, c"GNUTLS_E_UNRECOGNIZED_NAME", FATAL,
         c"The requested server name is not served here."),
    info(GNUTLS_E_PKCS11_ERROR, c"GNUTLS_E_PKCS11_ERROR", FATAL,
         c"PKCS #11: the module reported a failure."),
    info(GNUTLS_E_PKCS11_LOAD_ERROR, c"GNUTLS_E_PKCS11_LOAD_ERROR", FATAL,
         c"PKCS #11: the module could not be loaded."),
    info(GNUTLS_E_PARSING_ERROR, c"GNUTLS_E_PARSING_ERROR", FATAL,
         c"The input could not be parsed."),
    info(GNUTLS_E_PKCS11_PIN_ERROR, c"GNUTLS_E_PKCS11_PIN_ERROR", FATAL,
         c"PKCS #11: the PIN is wrong or could not be read."),
    info(GNUTLS_E_PKCS11_SLOT_ERROR, c"GNUTLS_E_PKCS11_SLOT_ERROR", FATAL,
         c"PKCS #11: the slot could not be used."),
    info(GNUTLS_E_LOCKING_ERROR, c"GNUTLS_E_LOCKING_ERROR", FATAL,
         c"A mutex could not be created or taken."),
    info(GNUTLS_E_PKCS11_ATTRIBUTE_ERROR, c"GNUTLS_E_PKCS11_ATTRIBUTE_ERROR", FATAL,
         c"PKCS #11: an object attribute could not be used."),
    info(GNUTLS_E_PKCS11_DEVICE_ERROR, c"GNUTLS_E_PKCS11_DEVICE_ERROR", FATAL,
         c"PKCS #11: the device reported a failure."),
    info(GNUTLS_E_PKCS11_DATA_ERROR, c"GNUTLS_E_PKCS11_DATA_ERROR", FATAL,
         c"PKCS #11: the data was rejected."),
    info(GNUTLS_E_PKCS11_UNSUPPORTED_FEATURE_ERROR, c"GNUTLS_E_PKCS11_UNSUPPORTED_FEATURE_ERROR", FATAL,
         c"PKCS #11: the module lacks a needed feature."),
    info(GNUTLS_E_PKCS11_KEY_ERROR, c"GNUTLS_E_PKCS11_KEY_ERROR", FATAL,
         c"PKCS #11: the key could not be used."),
    info(GNUTLS_E_PKCS11_PIN_EXPIRED, c"GNUTLS_E_PKCS11_PIN_EXPIRED", FATAL,
         c"PKCS #11: the PIN has expired."),
    info(GNUTLS_E_PKCS11_PIN_LOCKED, c"GNUTLS_E_PKCS11_PIN_LOCKED", FATAL,
         c"PKCS #11: the PIN is locked."),
    info(GNUTLS_E_PKCS11_SESSION_ERROR, c"GNUTLS_E_PKCS11_SESSION_ERROR", FATAL,
         c"PKCS #11: the session could not be used."),
    info(GNUTLS_E_PKCS11_SIGNATURE_ERROR, c"GNUTLS_E_PKCS11_SIGNATURE_ERROR", FATAL,
         c"PKCS #11: the signature operation did not succeed."),
    info(GNUTLS_E_PKCS11_TOKEN_ERROR, c"GNUTLS_E_PKCS11_TOKEN_ERROR", FATAL,
         c"PKCS #11: the token reported a failure."),
    info(GNUTLS_E_PKCS11_USER_ERROR, c"GNUTLS_E_PKCS11_USER_ERROR", FATAL,
         c"PKCS #11: the user could not be logged in."),
    info(GNUTLS_E_CRYPTO_INIT_FAILED, c"GNUTLS_E_CRYPTO_INIT_FAILED", FATAL,
         c"Setting up the cryptographic backend did not succeed."),
    info(GNUTLS_E_TIMEDOUT, c"GNUTLS_E_TIMEDOUT", FATAL,
         c"The operation ran out of time."),
    info(GNUTLS_E_USER_ERROR, c"GNUTLS_E_USER_ERROR", FATAL,
         c"The application's callback reported a failure."),
    info(GNUTLS_E_ECC_NO_SUPPORTED_CURVES, c"GNUTLS_E_ECC_NO_SUPPORTED_CURVES", FATAL,
         c"No elliptic curve is shared with the peer."),
    info(GNUTLS_E_ECC_UNSUPPORTED_CURVE, c"GNUTLS_E_ECC_UNSUPPORTED_CURVE", FATAL,
         c"This elliptic curve is not supported."),
    info(GNUTLS_E_PKCS11_REQUESTED_OBJECT_NOT_AVAILBLE, c"GNUTLS_E_PKCS11_REQUESTED_OBJECT_NOT_AVAILBLE", FATAL,
         c"PKCS #11: the requested object is not present."),
    info(GNUTLS_E_CERTIFICATE_LIST_UNSORTED, c"GNUTLS_E_CERTIFICATE_LIST_UNSORTED", FATAL,
         c"The certificate chain is not in issuer order."),
    info(GNUTLS_E_ILLEGAL_PARAMETER, c"GNUTLS_E_ILLEGAL_PARAMETER", FATAL,
         c"A parameter has a value that is not allowed."),
    info(GNUTLS_E_NO_PRIORITIES_WERE_SET, c"GNUTLS_E_NO_PRIORITIES_WERE_SET", FATAL,
         c"No priorities have been configured on the session."),
    info(GNUTLS_E_X509_UNSUPPORTED_EXTENSION, c"GNUTLS_E_X509_UNSUPPORTED_EXTENSION", FATAL,
         c"This certificate extension is not supported."),
    info(GNUTLS_E_SESSION_EOF, c"GNUTLS_E_SESSION_EOF", FATAL,
         c"The peer reached end of stream."),
    info(GNUTLS_E_TPM_ERROR, c"GNUTLS_E_TPM_ERROR", FATAL,
         c"TPM: the module reported a failure."),
    info(GNUTLS_E_TPM_KEY_PASSWORD_ERROR, c"GNUTLS_E_TPM_KEY_PASSWORD_ERROR", FATAL,
         c"TPM: the key password is wrong."),
    info(GNUTLS_E_TPM_SRK_PASSWORD_ERROR, c"GNUTLS_E_TPM_SRK_PASSWORD_ERROR", FATAL,
         c"TPM: the storage root key password is wrong."),
    info(GNUTLS_E_TPM_SESSION_ERROR, c"GNUTLS_E_TPM_SESSION_ERROR", FATAL,
         c"TPM: a session could not be opened."),
    info(GNUTLS_E_TPM_KEY_NOT_FOUND, c"GNUTLS_E_TPM_KEY_NOT_FOUND", FATAL,
         c"TPM: no such key."),
    info(GNUTLS_E_TPM_UNINITIALIZED, c"GNUTLS_E_TPM_UNINITIALIZED", FATAL,
         c"TPM: the module has not been set up."),
    info(GNUTLS_E_TPM_NO_LIB, c"GNUTLS_E_TPM_NO_LIB", FATAL,
         c"TPM: the support library could not be found."),
    info(GNUTLS_E_NO_CERTIFICATE_STATUS, c"GNUTLS_E_NO_CERTIFICATE_STATUS", FATAL,
         c"No certificate status (OCSP) response was supplied."),
    info(GNUTLS_E_OCSP_RESPONSE_ERROR, c"GNUTLS_E_OCSP_RESPONSE_ERROR", FATAL,
         c"The OCSP response could not be used."),
    info(GNUTLS_E_RANDOM_DEVICE_ERROR, c"GNUTLS_E_RANDOM_DEVICE_ERROR", FATAL,
         c"The system randomness source could not be read."),
    info(GNUTLS_E_AUTH_ERROR, c"GNUTLS_E_AUTH_ERROR", FATAL,
         c"Authentication did not succeed."),
    info(GNUTLS_E_NO_APPLICATION_PROTOCOL, c"GNUTLS_E_NO_APPLICATION_PROTOCOL", FATAL,
         c"No application protocol (ALPN) is shared with the peer."),
    info(GNUTLS_E_SOCKETS_INIT_ERROR, c"GNUTLS_E_SOCKETS_INIT_ERROR", FATAL,
         c"The socket layer could not be set up."),
    info(GNUTLS_E_KEY_IMPORT_FAILED, c"GNUTLS_E_KEY_IMPORT_FAILED", FATAL,
         c"The key could not be imported."),
    info(GNUTLS_E_INAPPROPRIATE_FALLBACK, c"GNUTLS_E_INAPPROPRIATE_FALLBACK", FATAL,
         c"A protocol downgrade was detected and refused."),
    info(GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR, c"GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR", FATAL,
         c"The certificate did not pass verification."),
    info(GNUTLS_E_PRIVKEY_VERIFICATION_ERROR, c"GNUTLS_E_PRIVKEY_VERIFICATION_ERROR", FATAL,
         c"The private key did not pass its consistency check."),
    info(GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH, c"GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH", FATAL,
         c"The extensions block has a length that does not add up."),
    info(GNUTLS_E_ASN1_EMBEDDED_NULL_IN_STRING, c"GNUTLS_E_ASN1_EMBEDDED_NULL_IN_STRING", FATAL,
         c"An ASN.1 string contains a NUL byte."),
    info(GNUTLS_E_SELF_TEST_ERROR, c"GNUTLS_E_SELF_TEST_ERROR", FATAL,
         c"A self-test of the library did not pass."),
    info(GNUTLS_E_NO_SELF_TEST, c"GNUTLS_E_NO_SELF_TEST", FATAL,
         c"No self-test exists for this algorithm."),
    info(GNUTLS_E_LIB_IN_ERROR_STATE, c"GNUTLS_E_LIB_IN_ERROR_STATE", FATAL,
         c"The library is in an error state and refuses further work."),
    info(GNUTLS_E_PK_GENERATION_ERROR, c"GNUTLS_E_PK_GENERATION_ERROR", FATAL,
         c"Key pair generation did not succeed."),
    info(GNUTLS_E_IDNA_ERROR, c"GNUTLS_E_IDNA_ERROR", FATAL,
         c"The internationalised domain name could not be converted."),
    info(GNUTLS_E_SESSION_USER_ID_CHANGED, c"GNUTLS_E_SESSION_USER_ID_CHANGED", FATAL,
         c"The peer's identity changed during renegotiation."),
    info(GNUTLS_E_HANDSHAKE_DURING_FALSE_START, c"GNUTLS_E_HANDSHAKE_DURING_FALSE_START", FATAL,
         c"A handshake cannot be started while false start is in effect."),
    info(GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE, c"GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE", FATAL,
         c"This cannot be done while a handshake is running."),
    info(GNUTLS_E_PK_INVALID_PUBKEY, c"GNUTLS_E_PK_INVALID_PUBKEY", FATAL,
         c"The public key is not valid."),
    info(GNUTLS_E_PK_INVALID_PRIVKEY, c"GNUTLS_E_PK_INVALID_PRIVKEY", FATAL,
         c"The private key is not valid."),
    info(GNUTLS_E_NOT_YET_ACTIVATED, c"GNUTLS_E_NOT_YET_ACTIVATED", FATAL,
         c"The item is not valid yet."),
    info(GNUTLS_E_INVALID_UTF8_STRING, c"GNUTLS_E_INVALID_UTF8_STRING", FATAL,
         c"The string is not valid UTF-8."),
    info(GNUTLS_E_NO_EMBEDDED_DATA, c"GNUTLS_E_NO_EMBEDDED_DATA", FATAL,
         c"The structure holds no embedded data."),
    info(GNUTLS_E_INVALID_UTF8_EMAIL, c"GNUTLS_E_INVALID_UTF8_EMAIL", FATAL,
         c"The e-mail address is not valid UTF-8."),
    info(GNUTLS_E_INVALID_PASSWORD_STRING, c"GNUTLS_E_INVALID_PASSWORD_STRING", FATAL,
         c"The password contains characters that are not allowed."),
    info(GNUTLS_E_CERTIFICATE_TIME_ERROR, c"GNUTLS_E_CERTIFICATE_TIME_ERROR", FATAL,
         c"The certificate's validity dates could not be used."),
    info(GNUTLS_E_RECORD_OVERFLOW, c"GNUTLS_E_RECORD_OVERFLOW", FATAL,
         c"A record exceeds the negotiated maximum size."),
    info(GNUTLS_E_ASN1_TIME_ERROR, c"GNUTLS_E_ASN1_TIME_ERROR", FATAL,
         c"An ASN.1 time value is malformed."),
    info(GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY, c"GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY", FATAL,
         c"The signature algorithm does not fit the key."),
    info(GNUTLS_E_PK_INVALID_PUBKEY_PARAMS, c"GNUTLS_E_PK_INVALID_PUBKEY_PARAMS", FATAL,
         c"The public key's parameters are not valid."),
    info(GNUTLS_E_PK_NO_VALIDATION_PARAMS, c"GNUTLS_E_PK_NO_VALIDATION_PARAMS", FATAL,
         c"There are no parameters to validate the key with."),
    info(GNUTLS_E_OCSP_MISMATCH_WITH_CERTS, c"GNUTLS_E_OCSP_MISMATCH_WITH_CERTS", FATAL,
         c"The OCSP response is about a different certificate."),
    info(GNUTLS_E_NO_COMMON_KEY_SHARE, c"GNUTLS_E_NO_COMMON_KEY_SHARE", FATAL,
         c"No key share group is shared with the peer."),
    info(GNUTLS_E_REAUTH_REQUEST, c"GNUTLS_E_REAUTH_REQUEST", NOT_FATAL,
         c"The peer asks to authenticate again (post-handshake)."),
    info(GNUTLS_E_TOO_MANY_MATCHES, c"GNUTLS_E_TOO_MANY_MATCHES", FATAL,
         c"More than one item matched where one was expected."),
    info(GNUTLS_E_CRL_VERIFICATION_ERROR, c"GNUTLS_E_CRL_VERIFICATION_ERROR", FATAL,
         c"The certificate revocation list did not pass verification."),
    info(GNUTLS_E_MISSING_EXTENSION, c"GNUTLS_E_MISSING_EXTENSION", FATAL,
         c"A required extension is absent."),
    info(GNUTLS_E_DB_ENTRY_EXISTS, c"GNUTLS_E_DB_ENTRY_EXISTS", FATAL,
         c"The storage already holds an entry for this key."),
    info(GNUTLS_E_EARLY_DATA_REJECTED, c"GNUTLS_E_EARLY_DATA_REJECTED", FATAL,
         c"The peer did not accept the early data."),
    info(GNUTLS_E_X509_DUPLICATE_EXTENSION, c"GNUTLS_E_X509_DUPLICATE_EXTENSION", FATAL,
         c"The certificate carries the same extension twice."),
    info(GNUTLS_E_UNIMPLEMENTED_FEATURE, c"GNUTLS_E_UNIMPLEMENTED_FEATURE", FATAL,
         c"This feature is not implemented."),
];

/// The message for codes that are not in the table (positive ones included).
pub const UNKNOWN_MESSAGE: &CStr = c"(unrecognised error code)";

/// The table entry for a code, if the library knows it.
pub fn lookup(code: Code) -> Option<&'static ErrorInfo> {
    TABLE.iter().find(|entry| entry.code == code)
}

/// `gnutls_strerror_name`: the symbolic name of a known code.
pub fn name(code: Code) -> Option<&'static str> {
    name_cstr(code).and_then(|name| name.to_str().ok())
}

/// [`name`] as a NUL-terminated string, for the C layer.
pub fn name_cstr(code: Code) -> Option<&'static CStr> {
    lookup(code).map(|entry| entry.name)
}

/// `gnutls_strerror`: a message for any code; unknown ones get a generic text.
pub fn message(code: Code) -> &'static str {
    message_cstr(code).to_str().unwrap_or("")
}

/// [`message`] as a NUL-terminated string, for the C layer.
pub fn message_cstr(code: Code) -> &'static CStr {
    lookup(code).map_or(UNKNOWN_MESSAGE, |entry| entry.message)
}

/// `gnutls_error_is_fatal`: success and positive values are never fatal;
/// a negative code is fatal unless the table says otherwise, so codes the
/// library does not know are treated as fatal.
pub fn is_fatal(code: Code) -> bool {
    if code >= 0 {
        return false;
    }
    lookup(code).is_none_or(|entry| entry.fatal)
}

/// `gnutls_error_to_alert`: the alert to send for a code. Anything without a
/// specific mapping, success and unknown codes included, is a fatal
/// internal_error alert.
pub fn to_alert(code: Code) -> (AlertDescription, AlertLevel) {
    match code {
        GNUTLS_E_UNEXPECTED_PACKET
        | GNUTLS_E_UNEXPECTED_HANDSHAKE_PACKET
        | GNUTLS_E_PREMATURE_TERMINATION => {
            (AlertDescription::UnexpectedMessage, AlertLevel::Fatal)
        }
        GNUTLS_E_DECRYPTION_FAILED => (AlertDescription::BadRecordMac, AlertLevel::Fatal),
        GNUTLS_E_RECORD_OVERFLOW => (AlertDescription::RecordOverflow, AlertLevel::Fatal),
        GNUTLS_E_DECOMPRESSION_FAILED => {
            (AlertDescription::DecompressionFailure, AlertLevel::Fatal)
        }
        GNUTLS_E_INSUFFICIENT_CREDENTIALS
        | GNUTLS_E_UNKNOWN_PK_ALGORITHM
        | GNUTLS_E_NO_COMPRESSION_ALGORITHMS
        | GNUTLS_E_NO_CIPHER_SUITES
        | GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM
        | GNUTLS_E_SAFE_RENEGOTIATION_FAILED
        | GNUTLS_E_INCOMPAT_DSA_KEY_WITH_TLS_PROTOCOL
        | GNUTLS_E_ECC_NO_SUPPORTED_CURVES
        | GNUTLS_E_ECC_UNSUPPORTED_CURVE
        | GNUTLS_E_NO_COMMON_KEY_SHARE
        | GNUTLS_E_UNKNOWN_CIPHER_SUITE
        | GNUTLS_E_UNWANTED_ALGORITHM => (AlertDescription::HandshakeFailure, AlertLevel::Fatal),
        GNUTLS_E_CERTIFICATE_ERROR
        | GNUTLS_E_ASN1_ELEMENT_NOT_FOUND
        | GNUTLS_E_ASN1_IDENTIFIER_NOT_FOUND
        | GNUTLS_E_ASN1_DER_ERROR
        | GNUTLS_E_ASN1_VALUE_NOT_FOUND
        | GNUTLS_E_ASN1_GENERIC_ERROR
        | GNUTLS_E_ASN1_VALUE_NOT_VALID
        | GNUTLS_E_ASN1_TAG_ERROR
        | GNUTLS_E_ASN1_TAG_IMPLICIT
        | GNUTLS_E_ASN1_TYPE_ANY_ERROR
        | GNUTLS_E_ASN1_SYNTAX_ERROR
        | GNUTLS_E_ASN1_DER_OVERFLOW
        | GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR => {
            (AlertDescription::BadCertificate, AlertLevel::Fatal)
        }
        GNUTLS_E_UNSUPPORTED_CERTIFICATE_TYPE => {
            (AlertDescription::UnsupportedCertificate, AlertLevel::Fatal)
        }
        GNUTLS_E_RECEIVED_ILLEGAL_PARAMETER
        | GNUTLS_E_RECEIVED_DISALLOWED_NAME
        | GNUTLS_E_ILLEGAL_SRP_USERNAME
        | GNUTLS_E_ILLEGAL_PARAMETER
        | GNUTLS_E_PK_INVALID_PUBKEY
        | GNUTLS_E_INCOMPATIBLE_SIG_WITH_KEY
        | GNUTLS_E_UNKNOWN_COMPRESSION_ALGORITHM => {
            (AlertDescription::IllegalParameter, AlertLevel::Fatal)
        }
        GNUTLS_E_UNEXPECTED_PACKET_LENGTH
        | GNUTLS_E_NO_CERTIFICATE_FOUND
        | GNUTLS_E_HANDSHAKE_TOO_LARGE
        | GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH => {
            (AlertDescription::DecodeError, AlertLevel::Fatal)
        }
        GNUTLS_E_ERROR_IN_FINISHED_PACKET | GNUTLS_E_PK_SIG_VERIFY_FAILED => {
            (AlertDescription::DecryptError, AlertLevel::Fatal)
        }
        GNUTLS_E_UNSUPPORTED_VERSION_PACKET => {
            (AlertDescription::ProtocolVersion, AlertLevel::Fatal)
        }
        GNUTLS_E_DH_PRIME_UNACCEPTABLE
        | GNUTLS_E_INSUFFICIENT_SECURITY
        | GNUTLS_E_SESSION_USER_ID_CHANGED => {
            (AlertDescription::InsufficientSecurity, AlertLevel::Fatal)
        }
        GNUTLS_E_INAPPROPRIATE_FALLBACK => {
            (AlertDescription::InappropriateFallback, AlertLevel::Fatal)
        }
        GNUTLS_E_USER_ERROR => (AlertDescription::UserCanceled, AlertLevel::Fatal),
        GNUTLS_E_REHANDSHAKE | GNUTLS_E_UNSAFE_RENEGOTIATION_DENIED => {
            (AlertDescription::NoRenegotiation, AlertLevel::Warning)
        }
        GNUTLS_E_MISSING_EXTENSION => (AlertDescription::MissingExtension, AlertLevel::Fatal),
        GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION => {
            (AlertDescription::UnsupportedExtension, AlertLevel::Fatal)
        }
        GNUTLS_E_OPENPGP_GETKEY_FAILED => {
            (AlertDescription::CertificateUnobtainable, AlertLevel::Fatal)
        }
        GNUTLS_E_UNRECOGNIZED_NAME => (AlertDescription::UnrecognizedName, AlertLevel::Fatal),
        GNUTLS_E_UNKNOWN_SRP_USERNAME => (AlertDescription::UnknownPskIdentity, AlertLevel::Fatal),
        GNUTLS_E_CERTIFICATE_REQUIRED => (AlertDescription::CertificateRequired, AlertLevel::Fatal),
        GNUTLS_E_NO_APPLICATION_PROTOCOL => {
            (AlertDescription::NoApplicationProtocol, AlertLevel::Fatal)
        }
        _ => (AlertDescription::InternalError, AlertLevel::Fatal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        for pair in TABLE.windows(2) {
            assert!(
                pair[0].code > pair[1].code,
                "{:?} before {:?}",
                pair[0].name,
                pair[1].name
            );
        }
    }

    #[test]
    fn names_are_macro_names_and_messages_present() {
        for entry in TABLE {
            let name = entry.name.to_str().unwrap_or_default();
            assert!(name.starts_with("GNUTLS_E_"), "{name}");
            assert!(!entry.message.is_empty(), "{name}");
            assert!(entry.message.to_str().is_ok(), "{name}");
            assert_ne!(entry.message, UNKNOWN_MESSAGE);
        }
    }

    #[test]
    fn known_answers() {
        assert_eq!(name(GNUTLS_E_AGAIN), Some("GNUTLS_E_AGAIN"));
        assert_eq!(
            name(GNUTLS_E_INSUFICIENT_CRED),
            Some("GNUTLS_E_INSUFFICIENT_CREDENTIALS")
        );
        assert_eq!(
            name(GNUTLS_E_TLS_PACKET_DECODING_ERROR),
            Some("GNUTLS_E_UNEXPECTED_PACKET_LENGTH")
        );
        assert_eq!(name(-102), None);
        assert_eq!(name(1), None);
        assert!(!is_fatal(GNUTLS_E_AGAIN));
        assert!(!is_fatal(GNUTLS_E_SUCCESS));
        assert!(!is_fatal(7));
        assert!(is_fatal(-5000));
        assert!(is_fatal(GNUTLS_E_DECRYPTION_FAILED));
        assert_eq!(message_cstr(-5000), UNKNOWN_MESSAGE);
        assert_eq!(message(3), "(unrecognised error code)");
        assert_eq!(name_cstr(GNUTLS_E_AGAIN), Some(c"GNUTLS_E_AGAIN"));
        assert_eq!(
            to_alert(GNUTLS_E_REHANDSHAKE),
            (AlertDescription::NoRenegotiation, AlertLevel::Warning)
        );
        assert_eq!(
            to_alert(-5000),
            (AlertDescription::InternalError, AlertLevel::Fatal)
        );
        assert_eq!(
            to_alert(GNUTLS_E_SUCCESS),
            (AlertDescription::InternalError, AlertLevel::Fatal)
        );
    }
}
