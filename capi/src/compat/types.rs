//! Types and constants of <gnutls/compat.h>, for the C ABI and for cbindgen.
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

pub type gnutls_connection_end_t = c_uint;
pub type gnutls_cipher_algorithm = gnutls_cipher_algorithm_t;
pub type gnutls_kx_algorithm = gnutls_kx_algorithm_t;
pub type gnutls_mac_algorithm = gnutls_mac_algorithm_t;
pub type gnutls_digest_algorithm = gnutls_digest_algorithm_t;
pub type gnutls_compression_method = gnutls_compression_method_t;
pub type gnutls_connection_end = gnutls_connection_end_t;
pub type gnutls_x509_crt_fmt = gnutls_x509_crt_fmt_t;
pub type gnutls_pk_algorithm = gnutls_pk_algorithm_t;
pub type gnutls_sign_algorithm = gnutls_sign_algorithm_t;
pub type gnutls_close_request = gnutls_close_request_t;
pub type gnutls_certificate_request = gnutls_certificate_request_t;
pub type gnutls_certificate_status = gnutls_certificate_status_t;
pub type gnutls_session = gnutls_session_t;
pub type gnutls_alert_level = gnutls_alert_level_t;
pub type gnutls_alert_description = gnutls_alert_description_t;
pub type gnutls_x509_subject_alt_name = gnutls_x509_subject_alt_name_t;
pub type gnutls_openpgp_privkey = gnutls_openpgp_privkey_t;
pub type gnutls_openpgp_keyring = gnutls_openpgp_keyring_t;
pub type gnutls_x509_crt = gnutls_x509_crt_t;
pub type gnutls_x509_privkey = gnutls_x509_privkey_t;
pub type gnutls_x509_crl = gnutls_x509_crl_t;
pub type gnutls_x509_crq = gnutls_x509_crq_t;
pub type gnutls_certificate_credentials = gnutls_certificate_credentials_t;
pub type gnutls_anon_server_credentials = gnutls_anon_server_credentials_t;
pub type gnutls_anon_client_credentials = gnutls_anon_client_credentials_t;
pub type gnutls_srp_client_credentials = gnutls_srp_client_credentials_t;
pub type gnutls_srp_server_credentials = gnutls_srp_server_credentials_t;
pub type gnutls_dh_params = gnutls_dh_params_t;
pub type gnutls_rsa_params = gnutls_rsa_params_t;
pub type gnutls_params_type = gnutls_params_type_t;
pub type gnutls_credentials_type = gnutls_credentials_type_t;
pub type gnutls_certificate_type = gnutls_certificate_type_t;
pub type gnutls_datum = gnutls_datum_t;
pub type gnutls_transport_ptr = gnutls_transport_ptr_t;
pub type gnutls_openpgp_key_status_t = gnutls_openpgp_crt_status_t;
pub type gnutls_openpgp_key_t = gnutls_openpgp_crt_t;

pub const GNUTLS_VERIFY_ALLOW_X509_V1_CA_CRT: c_int = 0;
pub const GNUTLS_A_MISSING_SRP_USERNAME: c_int = GNUTLS_A_UNKNOWN_PSK_IDENTITY;
pub const GNUTLS_A_UNKNOWN_SRP_USERNAME: c_int = GNUTLS_A_UNKNOWN_PSK_IDENTITY;
pub const GNUTLS_OPENPGP_KEY: c_int = GNUTLS_OPENPGP_CERT;
pub const GNUTLS_OPENPGP_KEY_FINGERPRINT: c_int = GNUTLS_OPENPGP_CERT_FINGERPRINT;
pub const GNUTLS_X509_CRT_FULL: c_int = GNUTLS_CRT_PRINT_FULL;
pub const GNUTLS_X509_CRT_ONELINE: c_int = GNUTLS_CRT_PRINT_ONELINE;
pub const GNUTLS_X509_CRT_UNSIGNED_FULL: c_int = GNUTLS_CRT_PRINT_UNSIGNED_FULL;
pub const LIBGNUTLS_VERSION_MAJOR: c_int = GNUTLS_VERSION_MAJOR;
pub const LIBGNUTLS_VERSION_MINOR: c_int = GNUTLS_VERSION_MINOR;
pub const LIBGNUTLS_VERSION_PATCH: c_int = GNUTLS_VERSION_PATCH;
pub const LIBGNUTLS_VERSION_NUMBER: c_int = GNUTLS_VERSION_NUMBER;
pub const GNUTLS_SUPPLEMENTAL_USER_MAPPING_DATA: c_int = 0;
