//! `gnutls_certificate_status_t` bits, the verification flags we honour, and
//! a human-readable description of a status (our own wording).

pub const CERT_INVALID: u32 = 1 << 1;
pub const CERT_REVOKED: u32 = 1 << 5;
pub const CERT_SIGNER_NOT_FOUND: u32 = 1 << 6;
pub const CERT_SIGNER_NOT_CA: u32 = 1 << 7;
pub const CERT_INSECURE_ALGORITHM: u32 = 1 << 8;
pub const CERT_NOT_ACTIVATED: u32 = 1 << 9;
pub const CERT_EXPIRED: u32 = 1 << 10;
pub const CERT_SIGNATURE_FAILURE: u32 = 1 << 11;
pub const CERT_REVOCATION_DATA_SUPERSEDED: u32 = 1 << 12;
pub const CERT_UNEXPECTED_OWNER: u32 = 1 << 14;
pub const CERT_REVOCATION_DATA_ISSUED_IN_FUTURE: u32 = 1 << 15;
pub const CERT_SIGNER_CONSTRAINTS_FAILURE: u32 = 1 << 16;
pub const CERT_MISMATCH: u32 = 1 << 17;
pub const CERT_PURPOSE_MISMATCH: u32 = 1 << 18;
pub const CERT_MISSING_OCSP_STATUS: u32 = 1 << 19;
pub const CERT_INVALID_OCSP_STATUS: u32 = 1 << 20;
pub const CERT_UNKNOWN_CRIT_EXTENSIONS: u32 = 1 << 21;

// gnutls_certificate_verify_flags
pub const VERIFY_DISABLE_CA_SIGN: u32 = 1 << 0;
pub const VERIFY_DO_NOT_ALLOW_IP_MATCHES: u32 = 1 << 1;
pub const VERIFY_DO_NOT_ALLOW_SAME: u32 = 1 << 2;
pub const VERIFY_ALLOW_ANY_X509_V1_CA_CRT: u32 = 1 << 3;
pub const VERIFY_ALLOW_SIGN_RSA_MD2: u32 = 1 << 4;
pub const VERIFY_ALLOW_SIGN_RSA_MD5: u32 = 1 << 5;
pub const VERIFY_DISABLE_TIME_CHECKS: u32 = 1 << 6;
pub const VERIFY_DISABLE_TRUSTED_TIME_CHECKS: u32 = 1 << 7;
pub const VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT: u32 = 1 << 8;
pub const VERIFY_DISABLE_CRL_CHECKS: u32 = 1 << 9;
pub const VERIFY_ALLOW_UNSORTED_CHAIN: u32 = 1 << 10;
pub const VERIFY_DO_NOT_ALLOW_UNSORTED_CHAIN: u32 = 1 << 11;
pub const VERIFY_DO_NOT_ALLOW_WILDCARDS: u32 = 1 << 12;
pub const VERIFY_IGNORE_UNKNOWN_CRIT_EXTENSIONS: u32 = 1 << 14;
pub const VERIFY_ALLOW_SIGN_WITH_SHA1: u32 = 1 << 15;

/// Reasons in the order they are printed.
const REASONS: &[(u32, &str)] = &[
    (CERT_SIGNER_NOT_FOUND, "No trusted authority issued it."),
    (
        CERT_SIGNER_NOT_CA,
        "Its issuer is not allowed to act as a CA.",
    ),
    (
        CERT_SIGNER_CONSTRAINTS_FAILURE,
        "An issuer's constraints forbid it.",
    ),
    (
        CERT_INSECURE_ALGORITHM,
        "A signature in the chain uses an algorithm considered insecure.",
    ),
    (
        CERT_NOT_ACTIVATED,
        "A certificate in the chain is not valid yet.",
    ),
    (CERT_EXPIRED, "A certificate in the chain has expired."),
    (
        CERT_SIGNATURE_FAILURE,
        "A signature in the chain does not verify.",
    ),
    (CERT_REVOKED, "A certificate in the chain has been revoked."),
    (
        CERT_REVOCATION_DATA_SUPERSEDED,
        "The revocation data is out of date.",
    ),
    (
        CERT_REVOCATION_DATA_ISSUED_IN_FUTURE,
        "The revocation data is dated in the future.",
    ),
    (
        CERT_UNEXPECTED_OWNER,
        "It was not issued for the expected name.",
    ),
    (
        CERT_MISMATCH,
        "It differs from the certificate expected for this peer.",
    ),
    (
        CERT_PURPOSE_MISMATCH,
        "It may not be used for this purpose.",
    ),
    (
        CERT_MISSING_OCSP_STATUS,
        "The peer did not send the required OCSP status.",
    ),
    (
        CERT_INVALID_OCSP_STATUS,
        "The OCSP status the peer sent is not valid.",
    ),
    (
        CERT_UNKNOWN_CRIT_EXTENSIONS,
        "It has a critical extension we cannot process.",
    ),
];

/// Describes a verification status for people, in the spirit of
/// gnutls_certificate_verification_status_print (wording is ours).
pub fn describe(status: u32) -> String {
    if status == 0 {
        return "The certificate is trusted.".to_string();
    }
    let mut out = String::from("The certificate is NOT trusted.");
    for (bit, text) in REASONS {
        if status & bit != 0 {
            out.push(' ');
            out.push_str(text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_bits() {
        assert_eq!(describe(0), "The certificate is trusted.");
        let text = describe(CERT_INVALID | CERT_EXPIRED | CERT_SIGNER_NOT_FOUND);
        assert!(text.starts_with("The certificate is NOT trusted."));
        assert!(text.contains("expired") && text.contains("trusted authority"));
    }
}
