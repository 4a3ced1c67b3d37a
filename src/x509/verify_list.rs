//! gnutls_x509_crt_list_verify: a chain checked against a plain list of CA
//! certificates and CRLs, without a trust list.
//!
//! Measured against GnuTLS 3.7.9, it walks the chain as given (never
//! sorted) from the top down, one link at a time, and stops at the first
//! link that fails: the status holds that link's problems only (an expired
//! leaf under an unknown issuer reports just the missing signer). The CRLs
//! revoke any certificate of the chain whatever the flags say. Each link is
//! checked by the shared verification core ([`verify_now`]) with the issuer
//! as the only trusted certificate.

use super::crl::{is_revoked, Crl};
use super::crt::Crt;
use super::status::*;
use super::trust::TrustList;
use super::verify::verify_now;
use crate::errors::{self, Code};

/// The status bitmask of `chain` (leaf first) against `cas` and `crls`.
/// Errors: an empty chain (GNUTLS_E_NO_CERTIFICATE_FOUND), or a CA or
/// chain certificate that does not decode.
pub fn list_verify(chain: &[&Crt], cas: &[&Crt], crls: &[&Crl], flags: u32) -> Result<u32, Code> {
    list_verify_at(chain, cas, crls, flags, crate::clock::now_secs())
}


fn list_verify_at(chain: &[&Crt], cas: &[&Crt], crls: &[&Crl], flags: u32, now: i64) -> Result<u32, Code> {
    if chain.is_empty() {
        return Err(errors::GNUTLS_E_NO_CERTIFICATE_FOUND);
    }
    let mut status = path_status(chain, cas, flags, now)?;
    if chain.iter().any(|c| is_revoked(c, crls)) {
        status |= CERT_INVALID | CERT_REVOKED;
    }
    Ok(status)
}

fn path_status(chain: &[&Crt], cas: &[&Crt], flags: u32, now: i64) -> Result<u32, Code> {
    let mut len = chain.len();
    // A self-issued certificate at the end proves nothing: it is dropped.
    if len > 1 && chain[len - 1].info().is_self_issued() {
        len -= 1;
    }
    // The chain ends at the first certificate the CA list holds (the leaf
    // only when identical; a CA when its name and key match). That CA is
    // checked for its dates and nothing else.
    let first = usize::from(flags & VERIFY_DO_NOT_ALLOW_SAME != 0);
    for (i, cert) in chain.iter().enumerate().take(len).skip(first) {
        let trusted = cas.iter().find(|ca| {
            if i == 0 {
                ca.der() == cert.der()
            } else {
                ca.raw_subject() == cert.raw_subject() && ca.spki() == cert.spki()
            }
        });
        if let Some(ca) = trusted {
            if flags & (VERIFY_DISABLE_TIME_CHECKS | VERIFY_DISABLE_TRUSTED_TIME_CHECKS) == 0 {
                let status = time_status(ca, now);
                if status != 0 {
                    return Ok(status);
                }
            }
            len = i;
            break;
        }
    }
    if len == 0 {
        return Ok(0);
    }
    let path = &chain[..len];
    let link_flags = flags | VERIFY_DISABLE_CRL_CHECKS;
    // The top of the path against the CA list.
    let status = link_status(path[len - 1], cas, link_flags, now)?;
    if status != 0 {
        return Ok(status);
    }
    // Then each certificate against the one above it; within the chain a
    // version 1 certificate is a CA only when explicitly allowed.
    let inner_flags = if flags & VERIFY_ALLOW_ANY_X509_V1_CA_CRT == 0 {
        link_flags | VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT
    } else {
        link_flags
    };
    for i in (1..len).rev() {
        let status = link_status(path[i - 1], &[path[i]], inner_flags, now)?;
        if status != 0 {
            return Ok(status);
        }
    }
    // Every link holds: the constraints that span the path (path length,
    // name constraints) from the core's view of the whole chain.
    let ders: Vec<&[u8]> = chain.iter().map(|c| c.der()).collect();
    let mut trust = TrustList::new();
    trust.add_der_certificates(&cas.iter().map(|c| c.der().to_vec()).collect::<Vec<_>>())?;
    let whole = verify_now(&ders, &trust, None, None, link_flags | VERIFY_DO_NOT_ALLOW_UNSORTED_CHAIN)?;
    if whole & CERT_SIGNER_CONSTRAINTS_FAILURE != 0 {
        Ok(CERT_INVALID | CERT_SIGNER_CONSTRAINTS_FAILURE)
    } else {
        Ok(0)
    }
}

/// One certificate against the candidate issuers `issuers`.
fn link_status(cert: &Crt, issuers: &[&Crt], flags: u32, now: i64) -> Result<u32, Code> {
    if !issuers.iter().any(|i| i.raw_subject() == cert.raw_issuer()) {
        // No issuer: GnuTLS still reports the certificate's own dates and
        // an insecure signature algorithm.
        let mut status = CERT_INVALID | CERT_SIGNER_NOT_FOUND;
        if flags & VERIFY_DISABLE_TIME_CHECKS == 0 {
            status |= time_status(cert, now);
        }
        if insecure_signature(cert, flags) && !cert.info().is_self_issued() {
            status |= CERT_INVALID | CERT_INSECURE_ALGORITHM;
        }
        return Ok(status);
    }
    let mut trust = TrustList::new();
    trust.add_der_certificates(&issuers.iter().map(|c| c.der().to_vec()).collect::<Vec<_>>())?;
    verify_now(&[cert.der()], &trust, None, None, flags)
}

/// Signature algorithms GnuTLS 3.7.9 treats as insecure for certificates,
/// with the flag allowing each (the same table as the core verifier's).
const INSECURE_SIGNATURES: &[(&str, u32)] = &[
    ("1.2.840.113549.1.1.2", VERIFY_ALLOW_SIGN_RSA_MD2),
    ("1.2.840.113549.1.1.4", VERIFY_ALLOW_SIGN_RSA_MD5),
    ("1.2.840.113549.1.1.5", VERIFY_ALLOW_SIGN_WITH_SHA1),
    ("1.3.14.3.2.29", VERIFY_ALLOW_SIGN_WITH_SHA1),
    ("1.2.840.10045.4.1", VERIFY_ALLOW_SIGN_WITH_SHA1),
    ("1.2.840.10040.4.3", VERIFY_ALLOW_SIGN_WITH_SHA1),
];

fn insecure_signature(cert: &Crt, flags: u32) -> bool {
    let oid = cert.info().signature_oid.as_str();
    INSECURE_SIGNATURES
        .iter()
        .any(|(o, allow)| *o == oid && flags & allow == 0)
}

fn time_status(cert: &Crt, now: i64) -> u32 {
    let mut status = 0;
    if now < cert.activation_time() {
        status |= CERT_INVALID | CERT_NOT_ACTIVATED;
    }
    if now > cert.expiration_time() {
        status |= CERT_INVALID | CERT_EXPIRED;
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::X509Format;

    fn load(path: &str) -> Vec<Crt> {
        let data = std::fs::read(format!("{}/tests/certs/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        Crt::import_list(&data, X509Format::Pem).unwrap()
    }

    fn status(chain: &str, cas: &str, crl: Option<&str>, flags: u32) -> u32 {
        let chain = load(chain);
        let cas = load(cas);
        let crls: Vec<Crl> = crl
            .map(|p| {
                let data = std::fs::read(format!("{}/tests/certs/{p}", env!("CARGO_MANIFEST_DIR"))).unwrap();
                Crl::import_list(&data, X509Format::Pem).unwrap()
            })
            .unwrap_or_default();
        let chain_refs: Vec<&Crt> = chain.iter().collect();
        let ca_refs: Vec<&Crt> = cas.iter().collect();
        let crl_refs: Vec<&Crl> = crls.iter().collect();
        list_verify(&chain_refs, &ca_refs, &crl_refs, flags).unwrap()
    }

    #[test]
    fn statuses_as_gnutls() {
        // Values measured with GnuTLS 3.7.9.
        assert_eq!(status("chains/valid.pem", "chains/root.pem", None, 0), 0);
        assert_eq!(status("chains/expired.pem", "chains/root.pem", None, 0), 0x402);
        assert_eq!(status("chains/unsorted.pem", "chains/root.pem", None, 0), 0x42);
        assert_eq!(status("chains/revoked.pem", "chains/root.pem", Some("chains/inter.crl"), 512), 0x22);
        assert_eq!(status("chains/notca.pem", "chains/root.pem", None, 0), 0x10082);
        assert_eq!(status("more/dup-inter.pem", "chains/root.pem", None, 0), 0x42);
        assert_eq!(status("more/pathlen.pem", "more/pathlen-root.pem", None, 0), 0x10002);
        // the top link fails first: the expired leaf below is not reached
        assert_eq!(status("chains/expired.pem", "more/root.pem", None, 0), 0x42);
    }

    #[test]
    fn empty_chain() {
        assert_eq!(list_verify(&[], &[], &[], 0), Err(errors::GNUTLS_E_NO_CERTIFICATE_FOUND));
    }
}
