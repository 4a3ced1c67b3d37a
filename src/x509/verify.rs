//! Post-handshake verification of a peer chain with GnuTLS's semantics
//! (gnutls_certificate_verify_peers3 / gnutls_x509_trust_list_verify_crt2):
//! the result is a `gnutls_certificate_status_t` bitmask where every problem
//! found sets its bit, plus GNUTLS_CERT_INVALID.
//!
//! GnuTLS reports several problems at once (e.g. expired AND untrusted)
//! where webpki stops at the first, so the per-link checks are ours; the
//! cryptography is rustls's provider algorithms, and webpki is consulted for
//! the constraints we do not evaluate ourselves (name and path-length
//! constraints).

use der::Decode;
use rustls::pki_types::{CertificateDer, UnixTime};
use x509_cert::crl::CertificateList;

use super::cert::{signed_parts, CertInfo};
use super::hostname;
use super::status::*;
use super::trust::TrustList;
use crate::errors::{self, Code};

/// Key purpose OIDs (GNUTLS_KP_TLS_WWW_SERVER / _CLIENT).
pub const PURPOSE_SERVER_AUTH: &str = "1.3.6.1.5.5.7.3.1";
pub const PURPOSE_CLIENT_AUTH: &str = "1.3.6.1.5.5.7.3.2";
const PURPOSE_ANY: &str = "2.5.29.37.0";

/// What to verify besides the path itself.
#[derive(Clone, Copy, Debug)]
pub struct VerifyOptions<'a> {
    /// Expected peer name (DNS name or IP address text).
    pub hostname: Option<&'a str>,
    /// Required extended key usage OID, if any.
    pub purpose: Option<&'a str>,
    /// gnutls_certificate_verify_flags.
    pub flags: u32,
    pub now: UnixTime,
}

/// Verifies `chain` (leaf first, possibly unsorted) against `trust`, the way
/// gnutls_certificate_verify_peers3 does, and returns the status bitmask.
/// Errors: no certificate, or a certificate that does not decode.
pub fn verify_peer(
    chain: &[CertificateDer<'_>],
    trust: &TrustList,
    hostname: Option<&str>,
    flags: u32,
    now: UnixTime,
) -> Result<u32, Code> {
    verify_peer_with(
        chain,
        trust,
        &VerifyOptions {
            hostname,
            purpose: None,
            flags,
            now,
        },
    )
}

/// As [`verify_peer`], with every option (key purpose included).
pub fn verify_peer_with(
    chain: &[CertificateDer<'_>],
    trust: &TrustList,
    opts: &VerifyOptions<'_>,
) -> Result<u32, Code> {
    if chain.is_empty() {
        return Err(errors::GNUTLS_E_NO_CERTIFICATE_FOUND);
    }
    let certs = chain
        .iter()
        .map(|c| CertInfo::parse(c))
        .collect::<Result<Vec<_>, _>>()?;
    let leaf = &certs[0];
    let mut status = path_status(&certs, trust, opts);
    if let Some(purpose) = opts.purpose {
        if !purpose_allowed(leaf, purpose) {
            status |= CERT_INVALID | CERT_PURPOSE_MISMATCH;
        }
    }
    if let Some(host) = opts.hostname {
        if !hostname::matches(leaf, host, opts.flags) {
            status |= CERT_INVALID | CERT_UNEXPECTED_OWNER;
        }
    }
    Ok(status)
}

/// Verifies DER certificates (leaf first) now, as
/// gnutls_x509_trust_list_verify_crt2 does with its typed data.
pub fn verify_now(
    chain: &[&[u8]],
    trust: &TrustList,
    hostname: Option<&str>,
    purpose: Option<&str>,
    flags: u32,
) -> Result<u32, Code> {
    let certs: Vec<CertificateDer<'_>> = chain.iter().map(|d| CertificateDer::from(*d)).collect();
    verify_peer_with(
        &certs,
        trust,
        &VerifyOptions {
            hostname,
            purpose,
            flags,
            now: UnixTime::now(),
        },
    )
}

fn purpose_allowed(cert: &CertInfo, purpose: &str) -> bool {
    match &cert.ext_key_usage {
        None => true,
        Some(list) => list.iter().any(|oid| oid == purpose || oid == PURPOSE_ANY),
    }
}

/// Puts the chain in issuing order starting from the leaf; certificates that
/// are not part of that path are dropped (GnuTLS sorts peer chains too).
fn sort_chain(certs: &[CertInfo]) -> Vec<&CertInfo> {
    let mut path = vec![&certs[0]];
    let mut used = vec![false; certs.len()];
    used[0] = true;
    while let Some(last) = path.last().copied() {
        if last.is_self_issued() {
            break;
        }
        let next = (0..certs.len()).find(|&i| !used[i] && certs[i].subject == last.issuer);
        match next {
            Some(i) => {
                used[i] = true;
                path.push(&certs[i]);
            }
            None => break,
        }
    }
    path
}

fn path_status(certs: &[CertInfo], trust: &TrustList, opts: &VerifyOptions<'_>) -> u32 {
    let flags = opts.flags;
    let now = opts.now.as_secs();
    // A leaf that is itself trusted is accepted as is.
    if trust.contains(&certs[0].der) {
        return 0;
    }
    let mut path: Vec<&CertInfo> = if flags & VERIFY_DO_NOT_ALLOW_UNSORTED_CHAIN != 0 {
        certs.iter().collect()
    } else {
        sort_chain(certs)
    };

    // The path ends at the first certificate the trust list holds; else at
    // a trusted issuer of its last certificate (a self-signed root the peer
    // sent is not evidence of anything, so it is dropped first).
    let anchor: Option<&CertInfo> = match path.iter().position(|c| trust.contains(&c.der)) {
        Some(i) => {
            let found = path[i];
            path.truncate(i);
            Some(found)
        }
        None => {
            if path.len() > 1 && path.last().is_some_and(|c| c.is_self_issued()) {
                path.pop();
            }
            path.last().and_then(|last| find_issuer(last, trust, flags))
        }
    };

    let mut status = 0;
    let check_time = flags & VERIFY_DISABLE_TIME_CHECKS == 0;
    for (i, subject) in path.iter().enumerate() {
        if check_time {
            status |= time_status(subject, now);
        }
        if subject.unknown_critical && flags & VERIFY_IGNORE_UNKNOWN_CRIT_EXTENSIONS == 0 {
            status |= CERT_INVALID | CERT_UNKNOWN_CRIT_EXTENSIONS;
        }
        let issuer_is_anchor = i + 1 == path.len();
        let issuer = if issuer_is_anchor {
            anchor
        } else {
            path.get(i + 1).copied()
        };
        let Some(issuer) = issuer else { continue };
        status |= issuer_status(issuer, issuer_is_anchor, flags);
        status |= signature_status(
            &subject.tbs,
            &subject.signature_alg,
            &subject.signature_oid,
            &subject.signature,
            issuer,
            flags,
        );
        if flags & VERIFY_DISABLE_CRL_CHECKS == 0 {
            status |= crl_status(subject, trust);
        }
    }
    status |= path_len_status(&path, anchor);
    match anchor {
        None => status |= CERT_INVALID | CERT_SIGNER_NOT_FOUND,
        Some(anchor) => {
            if check_time && flags & VERIFY_DISABLE_TRUSTED_TIME_CHECKS == 0 {
                status |= time_status(anchor, now);
            }
            if status == 0 {
                status |= webpki_constraints(&path, anchor, opts.now);
            }
        }
    }
    status
}

/// A trusted certificate named as `cert`'s issuer; one whose key verifies
/// the signature is preferred, so a wrong key is reported as a bad signature
/// only when nothing better exists.
fn find_issuer<'t>(cert: &CertInfo, trust: &'t TrustList, flags: u32) -> Option<&'t CertInfo> {
    let mut candidates = trust.anchors().iter().filter(|a| a.subject == cert.issuer);
    let first = candidates.clone().next()?;
    Some(
        candidates
            .find(|a| {
                signature_status(
                    &cert.tbs,
                    &cert.signature_alg,
                    &cert.signature_oid,
                    &cert.signature,
                    a,
                    flags,
                ) == 0
            })
            .unwrap_or(first),
    )
}

/// basicConstraints pathLenConstraint of every CA in the path, the trusted
/// one included (webpki does not apply a trust anchor's): a CA allows at most
/// that many intermediates below it, self-issued ones not counted (RFC 5280
/// 4.2.1.9). GnuTLS reports a violation as a signer constraints failure.
fn path_len_status(path: &[&CertInfo], anchor: Option<&CertInfo>) -> u32 {
    let issuers = path.iter().copied().skip(1).chain(anchor);
    let mut below = 0usize;
    for (i, ca) in issuers.enumerate() {
        if ca.path_len.is_some_and(|max| below > usize::from(max)) {
            return CERT_INVALID | CERT_SIGNER_CONSTRAINTS_FAILURE;
        }
        // path[i + 1] is this CA; it counts for the CAs above it
        if path.get(i + 1).is_some_and(|c| !c.is_self_issued()) {
            below += 1;
        }
    }
    0
}

fn time_status(cert: &CertInfo, now: u64) -> u32 {
    let mut status = 0;
    if now < cert.not_before {
        status |= CERT_INVALID | CERT_NOT_ACTIVATED;
    }
    if now > cert.not_after {
        status |= CERT_INVALID | CERT_EXPIRED;
    }
    status
}

fn issuer_status(issuer: &CertInfo, is_anchor: bool, flags: u32) -> u32 {
    let mut status = 0;
    if flags & VERIFY_DISABLE_CA_SIGN == 0 {
        // X.509 v1 certificates have no extensions: GnuTLS accepts them as
        // CAs when they are trusted, unless told not to.
        let v1_ok = issuer.version == 0
            && ((is_anchor && flags & VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT == 0)
                || flags & VERIFY_ALLOW_ANY_X509_V1_CA_CRT != 0);
        if issuer.basic_ca != Some(true) && !v1_ok {
            status |= CERT_INVALID | CERT_SIGNER_NOT_CA;
        }
    }
    if issuer.key_usage_cert_sign == Some(false) {
        status |= CERT_INVALID | CERT_SIGNER_CONSTRAINTS_FAILURE;
    }
    status
}

/// Signature algorithms GnuTLS treats as insecure, with the flag allowing each.
const INSECURE_SIGNATURES: &[(&str, u32)] = &[
    ("1.2.840.113549.1.1.2", VERIFY_ALLOW_SIGN_RSA_MD2),
    ("1.2.840.113549.1.1.4", VERIFY_ALLOW_SIGN_RSA_MD5),
    ("1.2.840.113549.1.1.5", VERIFY_ALLOW_SIGN_WITH_SHA1),
    ("1.3.14.3.2.29", VERIFY_ALLOW_SIGN_WITH_SHA1),
    ("1.2.840.10045.4.1", VERIFY_ALLOW_SIGN_WITH_SHA1),
    ("1.2.840.10040.4.3", VERIFY_ALLOW_SIGN_WITH_SHA1),
];

fn signature_status(
    tbs: &[u8],
    alg: &[u8],
    alg_oid: &str,
    sig: &[u8],
    issuer: &CertInfo,
    flags: u32,
) -> u32 {
    if let Some((_, allow)) = INSECURE_SIGNATURES.iter().find(|(oid, _)| *oid == alg_oid) {
        if flags & allow == 0 {
            return CERT_INVALID | CERT_INSECURE_ALGORITHM;
        }
    }
    if signature_valid(tbs, alg, alg_oid, sig, issuer) {
        0
    } else {
        CERT_INVALID | CERT_SIGNATURE_FAILURE
    }
}

/// Checks a signature with the provider's verification algorithms that
/// match both the issuer's key type and the signature algorithm.
pub(crate) fn signature_valid(
    message: &[u8],
    alg: &[u8],
    alg_oid: &str,
    sig: &[u8],
    issuer: &CertInfo,
) -> bool {
    let provider = rustls::crypto::ring::default_provider();
    let algs = provider.signature_verification_algorithms.all;
    let matched = algs.iter().any(|a| {
        a.public_key_alg_id().as_ref() == issuer.spki_alg.as_slice()
            && a.signature_alg_id().as_ref() == alg
            && a.verify_signature(&issuer.public_key, message, sig).is_ok()
    });
    matched || super::legacy_sig::verify(message, alg_oid, sig, issuer)
}

/// Revocation by the trust list's CRLs. GnuTLS checks a CRL's signature
/// and dates only when it is added with GNUTLS_TL_VERIFY_CRL (see
/// `TrustList::add_crls`); here a CRL naming the certificate's issuer
/// and listing its serial revokes it (measured against 3.7.9).
fn crl_status(cert: &CertInfo, trust: &TrustList) -> u32 {
    let revoked = trust.crls().iter().any(|crl_der| {
        let Ok(crl) = CertificateList::from_der(crl_der) else {
            return false;
        };
        let Ok(crl_issuer) = der::Encode::to_der(&crl.tbs_cert_list.issuer) else {
            return false;
        };
        crl_issuer == cert.issuer
            && crl
                .tbs_cert_list
                .revoked_certificates
                .iter()
                .flatten()
                .any(|entry| entry.serial_number.as_bytes() == cert.serial.as_slice())
    });
    if revoked {
        CERT_INVALID | CERT_REVOKED
    } else {
        0
    }
}

/// Runs webpki over a path we found valid, to catch the constraints we do
/// not evaluate (name constraints, path length); only those errors count.
fn webpki_constraints(path: &[&CertInfo], anchor: &CertInfo, now: UnixTime) -> u32 {
    let Some(leaf) = path.first() else { return 0 };
    let anchor_der = anchor.to_cert_der();
    let Ok(ta) = webpki::anchor_from_trusted_cert(&anchor_der) else {
        return 0;
    };
    let leaf_der = leaf.to_cert_der();
    let Ok(ee) = webpki::EndEntityCert::try_from(&leaf_der) else {
        return 0;
    };
    let intermediates: Vec<CertificateDer<'static>> =
        path[1..].iter().map(|c| c.to_cert_der()).collect();
    let algs = rustls::crypto::ring::default_provider()
        .signature_verification_algorithms
        .all;
    let anchors = [ta];
    let result = ee.verify_for_usage(
        algs,
        &anchors,
        &intermediates,
        now,
        webpki::KeyUsage::server_auth(),
        None,
        None,
    );
    match result {
        Err(
            webpki::Error::NameConstraintViolation
            | webpki::Error::PathLenConstraintViolated
            | webpki::Error::InvalidNetworkMaskConstraint
            | webpki::Error::MalformedNameConstraint,
        ) => CERT_INVALID | CERT_SIGNER_CONSTRAINTS_FAILURE,
        _ => 0,
    }
}

/// gnutls_x509_crl_verify: finds the CRL's issuer among `cas` (by name,
/// preferring one whose key verifies the signature) and reports problems
/// with the issuer, the signature and the CRL's validity period.
pub(crate) fn crl_signer_status(
    crl_der: &[u8],
    crl: &CertificateList,
    cas: &[&CertInfo],
    flags: u32,
    now: u64,
) -> u32 {
    let Ok(crl_issuer) = der::Encode::to_der(&crl.tbs_cert_list.issuer) else {
        return CERT_INVALID | CERT_SIGNER_NOT_FOUND;
    };
    let Some(parts) = signed_parts(crl_der) else {
        return CERT_INVALID | CERT_SIGNATURE_FAILURE;
    };
    let Ok(tbs) = der::Encode::to_der(&parts.tbs) else {
        return CERT_INVALID | CERT_SIGNATURE_FAILURE;
    };
    let oid = crl.signature_algorithm.oid.to_string();
    let sig = crl.signature.raw_bytes();
    let check = |ca: &CertInfo| signature_status(&tbs, parts.alg.value(), &oid, sig, ca, flags);
    let named: Vec<&CertInfo> = cas
        .iter()
        .copied()
        .filter(|c| c.subject == crl_issuer)
        .collect();
    let Some(issuer) = named
        .iter()
        .copied()
        .find(|c| check(c) == 0)
        .or(named.first().copied())
    else {
        return CERT_INVALID | CERT_SIGNER_NOT_FOUND;
    };
    let mut status = 0;
    if flags & VERIFY_DISABLE_CA_SIGN == 0 && issuer.basic_ca != Some(true) {
        status |= CERT_INVALID | CERT_SIGNER_NOT_CA;
    }
    status |= check(issuer);
    // GnuTLS checks the CRL's dates whatever the time flags say.
    if crl.tbs_cert_list.this_update.to_unix_duration().as_secs() > now {
        status |= CERT_INVALID | CERT_REVOCATION_DATA_ISSUED_IN_FUTURE;
    }
    if let Some(next) = crl.tbs_cert_list.next_update {
        if next.to_unix_duration().as_secs() < now {
            status |= CERT_INVALID | CERT_REVOCATION_DATA_SUPERSEDED;
        }
    }
    status
}
