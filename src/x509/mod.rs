//! X.509 certificates, keys and CRLs: loading, inspection, hostname matching
//! and GnuTLS-style verification (status bitmask).

pub mod ber;
pub mod cert;
pub mod cidr;
pub mod crl;
pub mod crlgen;
pub mod crl_print;
pub mod crq;
pub mod crt;
pub mod crt_ext;
pub mod crt_fields;
pub mod dn;
pub mod name;
pub mod hostname;
pub mod certgen;
pub mod extkey;
pub mod keygen;
pub mod pksign;
pub mod pkcs7;
pub mod legacy_sig;
pub mod ocsp;
pub mod ocsp_req;
pub mod ocsp_print;
pub mod path;
pub mod print;
pub mod print_ext;
pub mod load;
pub mod privkey;
pub mod pubkey_raw;
pub mod raw_import;
pub mod rawkey;
pub mod spki;
pub mod status;
pub mod trust;
pub mod verify;
pub mod verify_list;

use crate::errors::{self, Code};

/// The error code GnuTLS's ASN.1 layer (libtasn1) gives for a decoding
/// failure: a length that does not fit is a DER error, anything else (an
/// unexpected tag...) a tag error.
pub(crate) fn der_error_code(e: der::Error) -> Code {
    match e.kind() {
        der::ErrorKind::Incomplete { .. }
        | der::ErrorKind::Length { .. }
        | der::ErrorKind::Overlength
        | der::ErrorKind::Overflow => errors::GNUTLS_E_ASN1_DER_ERROR,
        _ => errors::GNUTLS_E_ASN1_TAG_ERROR,
    }
}

/// [`der_error_code`] for a failure to decode `input`: nothing at all is a
/// tag error in libtasn1, not a short read.
pub(crate) fn asn1_error_code(input: &[u8], e: der::Error) -> Code {
    if input.is_empty() {
        errors::GNUTLS_E_ASN1_TAG_ERROR
    } else {
        der_error_code(e)
    }
}

/// Encoding of certificate/key data (`gnutls_x509_crt_fmt_t`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum X509Format {
    /// GNUTLS_X509_FMT_DER = 0
    Der,
    /// GNUTLS_X509_FMT_PEM = 1
    Pem,
}

impl X509Format {
    /// Converts the C enum value; anything else is an invalid request.
    pub fn from_raw(value: u32) -> Result<Self, Code> {
        match value {
            0 => Ok(Self::Der),
            1 => Ok(Self::Pem),
            _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
        }
    }
}
