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
use super::path;
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

/// What verification reports as it goes, and what it may ask for: the
/// application's gnutls_verify_output_function and the trust list's
/// gnutls_x509_trust_list_set_getissuer_function, in GnuTLS's order.
pub trait VerifyObserver {
    /// One check: `cert` against its `issuer` (None when none was found),
    /// or against a `crl` (DER) naming its issuer, with the status found.
    fn checked(&mut self, _cert: &CertInfo, _issuer: Option<&CertInfo>, _crl: Option<&[u8]>, _status: u32) {}

    /// Certificates (DER, nearest issuer first) that may complete a chain
    /// ending at `cert`; an error (the callback's) stops looking.
    fn missing_issuer(&mut self, _cert: &CertInfo) -> Result<Vec<Vec<u8>>, Code> {
        Ok(Vec::new())
    }
}

/// Reports nothing, asks for nothing.
struct Silent;

impl VerifyObserver for Silent {}

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
    verify_peer_observed(chain, trust, opts, &mut Silent)
}

/// As [`verify_peer_with`], telling `observer` about every check.
pub fn verify_peer_observed(
    chain: &[CertificateDer<'_>],
    trust: &TrustList,
    opts: &VerifyOptions<'_>,
    observer: &mut dyn VerifyObserver,
) -> Result<u32, Code> {
    if chain.is_empty() {
        return Err(errors::GNUTLS_E_NO_CERTIFICATE_FOUND);
    }
    let certs = chain
        .iter()
        .map(|c| CertInfo::parse(c))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(status) = distrusted_status(&certs, trust) {
        return Ok(status);
    }
    let sort = opts.flags & VERIFY_DO_NOT_ALLOW_UNSORTED_CHAIN == 0;
    let built = path::build(certs, trust, sort, observer);
    Ok(chain_status(&built, trust, opts, observer))
}

/// A chain holding a certificate removed from the trust list is revoked,
/// before any other check. A self-issued last certificate (of a longer
/// chain) is left out: GnuTLS never relies on the peer's root.
fn distrusted_status(certs: &[CertInfo], trust: &TrustList) -> Option<u32> {
    let checked = match certs {
        [rest @ .., last] if !rest.is_empty() && last.subject == last.issuer => rest,
        all => all,
    };
    checked
        .iter()
        .any(|c| trust.is_distrusted(&c.der))
        .then_some(CERT_INVALID | CERT_REVOKED)
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
    verify_now_observed(chain, trust, hostname, purpose, flags, &mut Silent)
}

/// As [`verify_now`], telling `observer` about every check.
pub fn verify_now_observed(
    chain: &[&[u8]],
    trust: &TrustList,
    hostname: Option<&str>,
    purpose: Option<&str>,
    flags: u32,
    observer: &mut dyn VerifyObserver,
) -> Result<u32, Code> {
    let certs: Vec<CertificateDer<'_>> = chain.iter().map(|d| CertificateDer::from(*d)).collect();
    let opts = VerifyOptions {
        hostname,
        purpose,
        flags,
        now: crate::clock::unix_now(),
    };
    verify_peer_observed(&certs, trust, &opts, observer)
}

fn purpose_allowed(cert: &CertInfo, purpose: &str) -> bool {
    match &cert.ext_key_usage {
        None => true,
        Some(list) => list.iter().any(|oid| oid == purpose || oid == PURPOSE_ANY),
    }
}

/// Netscape and VeriSign server gated crypto: old CA certificates use them
/// for TLS servers.
const PURPOSE_SERVER_GATED: &[&str] = &["2.16.840.1.113730.4.1", "2.16.840.1.113733.1.8.1"];

/// The key purpose of a CA in the path: it must name the purpose itself
/// ("any purpose" does not count), when it restricts purposes at all.
fn ca_purpose_allowed(ca: &CertInfo, purpose: &str) -> bool {
    let gated = purpose == PURPOSE_SERVER_AUTH && ca.basic_ca == Some(true);
    match &ca.ext_key_usage {
        None => true,
        Some(list) if list.is_empty() => true,
        Some(list) => list
            .iter()
            .any(|oid| oid == purpose || (gated && PURPOSE_SERVER_GATED.contains(&oid.as_str()))),
    }
}

/// A failure that says the path may end at a different trusted
/// certificate (GnuTLS then tries the trusted certificates named as the
/// last certificate itself).
fn signer_old_or_unknown(status: u32) -> bool {
    status & (CERT_SIGNER_NOT_FOUND | CERT_EXPIRED | CERT_INSECURE_ALGORITHM) != 0
}

/// The status of a built path: the chain against the trusted certificates
/// named as its last certificate's issuer, or failing that as the last
/// certificate itself; then the end certificate's purpose and name; then,
/// for a path found good, revocation by the trust list's CRLs.
fn chain_status(
    built: &[CertInfo],
    trust: &TrustList,
    opts: &VerifyOptions<'_>,
    observer: &mut dyn VerifyObserver,
) -> u32 {
    let path = path::shorten(built, trust);
    let (Some(&leaf), Some(&last)) = (path.first(), path.last()) else {
        return CERT_INVALID;
    };
    let named = |name: &[u8]| -> Vec<&CertInfo> { trust.anchors().iter().filter(|a| a.subject == name).collect() };
    let mut status = verify_path(&path, &named(&last.issuer), opts, observer);
    let mut issuers_crls = true;
    if signer_old_or_unknown(status) && !last.is_self_signed() {
        let first = status;
        status = verify_path(&path, &named(&last.subject), opts, observer);
        issuers_crls = false;
        if status != 0 && first & CERT_SIGNER_NOT_FOUND == 0 {
            status = first;
        }
    }
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
    if status != 0 || opts.flags & VERIFY_DISABLE_CRL_CHECKS != 0 {
        return status;
    }
    // GnuTLS looks up the last certificate's CRLs with the trusted
    // certificates it used: after the second try it finds none.
    let checked_last = issuers_crls.then_some(last);
    let others = path[..path.len() - 1].iter().copied();
    for cert in checked_last.into_iter().chain(others) {
        if revoked(cert, trust, observer) {
            return status | CERT_INVALID | CERT_REVOKED;
        }
    }
    status
}

/// GnuTLS's MAX_VERIFY_DEPTH: the path length allowed before any CA's
/// pathLenConstraint narrows it.
const MAX_PATH: usize = 4096;

/// One verification of `path` against the trusted certificates `anchors`:
/// a certificate of the path that is itself trusted ends it there;
/// otherwise the last certificate is checked against its trusted issuer,
/// then each certificate against the next, down to the end certificate.
/// Stops at the first failing link.
fn verify_path(
    path: &[&CertInfo],
    anchors: &[&CertInfo],
    opts: &VerifyOptions<'_>,
    observer: &mut dyn VerifyObserver,
) -> u32 {
    let mut flags = opts.flags;
    let now = opts.now.as_secs();
    let mut n = path.len();
    if n > 1 && path[n - 1].is_self_signed() {
        n -= 1;
    }
    let mut status = 0;
    let first = usize::from(flags & VERIFY_DO_NOT_ALLOW_SAME != 0);
    if let Some((i, anchor)) = (first..n).find_map(|i| anchors.iter().find(|a| same_key(path[i], a, i > 0)).map(|a| (i, *a))) {
        status |= trusted_ca_status(anchor, now, flags);
        observer.checked(path[i], Some(anchor), None, status);
        if status != 0 {
            return status;
        }
        n = i;
    }
    if n == 0 {
        return status;
    }
    let top = find_issuer(path[n - 1], anchors, now);
    let mut link = Link {
        max_path: MAX_PATH,
        path: &path[..n],
        anchor: top,
        flags,
        now: opts.now,
    };
    let out = link.check(path[n - 1], top, n == 1, observer);
    if out != 0 {
        return status | out | CERT_INVALID;
    }
    for i in (1..n).rev() {
        if let Some(purpose) = opts.purpose {
            if !ca_purpose_allowed(path[i], purpose) {
                status |= CERT_INVALID | CERT_PURPOSE_MISMATCH;
                observer.checked(path[i - 1], Some(path[i]), None, status);
                return status;
            }
        }
        // Below the trusted certificate, X.509 v1 CAs need an explicit flag.
        if flags & VERIFY_ALLOW_ANY_X509_V1_CA_CRT == 0 {
            flags |= VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT;
        }
        link.flags = flags;
        let issuer = path[i - 1].is_issued_by(path[i]).then_some(path[i]);
        let out = link.check(path[i - 1], issuer, i == 1, observer);
        if out != 0 {
            return status | out | CERT_INVALID;
        }
    }
    status
}

/// The same certificate as a trusted one: for the end certificate the
/// same bytes; for a CA the same name and key (a CA may be reissued, e.g.
/// from intermediate to root, keeping both).
fn same_key(cert: &CertInfo, trusted: &CertInfo, is_ca: bool) -> bool {
    if is_ca {
        cert.subject == trusted.subject && cert.spki == trusted.spki
    } else {
        cert.der == trusted.der
    }
}

/// What GnuTLS checks of a trusted certificate found in the path: its dates.
fn trusted_ca_status(ca: &CertInfo, now: u64, flags: u32) -> u32 {
    if flags & (VERIFY_DISABLE_TRUSTED_TIME_CHECKS | VERIFY_DISABLE_TIME_CHECKS) == 0 {
        time_status(ca, now)
    } else {
        0
    }
}

/// An issuer of `cert` among `candidates`: the last one valid now, else
/// the first.
fn find_issuer<'a>(cert: &CertInfo, candidates: &[&'a CertInfo], now: u64) -> Option<&'a CertInfo> {
    let mut issuer: Option<&CertInfo> = None;
    for ca in candidates.iter().copied().filter(|ca| cert.is_issued_by(ca)) {
        if issuer.is_none() || time_status(ca, now) == 0 {
            issuer = Some(ca);
        }
    }
    issuer
}

/// The per-link checks of one verification, with the state they share.
struct Link<'p> {
    /// How many more links the CAs above allow (pathLenConstraint).
    max_path: usize,
    /// The certificates being verified, end certificate first, and the
    /// trusted issuer of the last one: name constraints are evaluated over
    /// the whole of it when the end certificate is checked.
    path: &'p [&'p CertInfo],
    anchor: Option<&'p CertInfo>,
    flags: u32,
    now: UnixTime,
}

impl Link<'_> {
    /// Checks `cert` against `issuer` and reports the result; returns the
    /// problems found (0 when the link is good).
    fn check(
        &mut self,
        cert: &CertInfo,
        issuer: Option<&CertInfo>,
        end_cert: bool,
        observer: &mut dyn VerifyObserver,
    ) -> u32 {
        if self.max_path == 0 {
            let out = CERT_INVALID | CERT_SIGNER_CONSTRAINTS_FAILURE;
            observer.checked(cert, None, None, out);
            return out;
        }
        self.max_path -= 1;
        let flags = self.flags;
        let now = self.now.as_secs();
        let mut out = 0;
        match issuer {
            None => out |= CERT_INVALID | CERT_SIGNER_NOT_FOUND,
            Some(iss) => {
                if end_cert && self.name_constraints_violated() {
                    out |= CERT_INVALID | CERT_SIGNER_CONSTRAINTS_FAILURE;
                }
                out |= self.issuer_status(cert, iss);
                out |= signature_status(
                    &cert.tbs,
                    &cert.signature_alg,
                    &cert.signature_oid,
                    &cert.signature,
                    iss,
                    flags,
                );
            }
        }
        if flags & VERIFY_IGNORE_UNKNOWN_CRIT_EXTENSIONS == 0
            && (issuer.is_some_and(|i| i.unknown_critical) || (end_cert && cert.unknown_critical))
        {
            out |= CERT_INVALID | CERT_UNKNOWN_CRIT_EXTENSIONS;
        }
        if flags & VERIFY_DISABLE_TIME_CHECKS == 0 {
            if let Some(iss) = issuer.filter(|_| flags & VERIFY_DISABLE_TRUSTED_TIME_CHECKS == 0) {
                out |= time_status(iss, now);
            }
            out |= time_status(cert, now);
        }
        observer.checked(cert, issuer, None, out);
        out
    }

    /// The issuer may sign certificates: a CA (whose pathLenConstraint
    /// narrows what follows), or a self-signed certificate without
    /// basicConstraints when X.509 v1 CAs are allowed; and its keyUsage,
    /// if any, allows certificate signing. X.509 v1 issuers are not
    /// checked unless GNUTLS_VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT applies.
    fn issuer_status(&mut self, cert: &CertInfo, issuer: &CertInfo) -> u32 {
        let flags = self.flags;
        if flags & VERIFY_DISABLE_CA_SIGN != 0
            || (issuer.version == 0 && flags & VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT == 0)
        {
            return 0;
        }
        let mut status = 0;
        let same = flags & VERIFY_DO_NOT_ALLOW_SAME == 0 && cert.tbs == issuer.tbs && cert.signature == issuer.signature;
        let is_ca = same
            || match issuer.basic_ca {
                Some(true) => {
                    if let Some(len) = issuer.path_len {
                        self.max_path = self.max_path.min(usize::from(len));
                    }
                    true
                }
                Some(false) => false,
                None => {
                    flags & VERIFY_ALLOW_ANY_X509_V1_CA_CRT != 0
                        || (flags & VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT == 0 && issuer.is_self_signed())
                }
            };
        if !is_ca {
            status |= CERT_INVALID | CERT_SIGNER_NOT_CA;
        }
        if issuer.key_usage_cert_sign == Some(false) {
            status |= CERT_INVALID | CERT_SIGNER_CONSTRAINTS_FAILURE;
        }
        status
    }

    /// Name constraints of the CAs above the end certificate, evaluated by
    /// webpki over the whole path; only its constraint errors count.
    fn name_constraints_violated(&self) -> bool {
        let Some(anchor) = self.anchor else {
            return false;
        };
        webpki_constraints(self.path, anchor, self.now) != 0
    }
}

fn time_status(cert: &CertInfo, now: u64) -> u32 {
    if now < cert.not_before {
        CERT_INVALID | CERT_NOT_ACTIVATED
    } else if now > cert.not_after {
        CERT_INVALID | CERT_EXPIRED
    } else {
        0
    }
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

/// Revocation by the trust list's CRLs: every CRL naming `cert`'s issuer
/// is reported; true at the first that lists its serial. GnuTLS checks a
/// CRL's signature and dates only when it is added with
/// GNUTLS_TL_VERIFY_CRL (see `TrustList::add_crls`), not here.
fn revoked(cert: &CertInfo, trust: &TrustList, observer: &mut dyn VerifyObserver) -> bool {
    for crl_der in trust.crls() {
        let Ok(crl) = CertificateList::from_der(crl_der) else {
            continue;
        };
        let Ok(crl_issuer) = der::Encode::to_der(&crl.tbs_cert_list.issuer) else {
            continue;
        };
        if crl_issuer != cert.issuer {
            continue;
        }
        let listed = crl
            .tbs_cert_list
            .revoked_certificates
            .iter()
            .flatten()
            .any(|entry| entry.serial_number.as_bytes() == cert.serial.as_slice());
        if listed {
            observer.checked(cert, None, Some(crl_der), CERT_INVALID | CERT_REVOKED);
            return true;
        }
        observer.checked(cert, None, Some(crl_der), 0);
    }
    false
}

/// Runs webpki over a path, to catch the name constraints we do not
/// evaluate ourselves; only those errors count.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::{load, X509Format};

    fn ders(file: &str) -> Vec<Vec<u8>> {
        let path = format!("{}/tests/certs/{file}", env!("CARGO_MANIFEST_DIR"));
        let pem = std::fs::read(path).unwrap_or_default();
        load::certificates(&pem, X509Format::Pem)
            .unwrap_or_default()
            .iter()
            .map(|c| c.to_vec())
            .collect()
    }

    fn trust(files: &[&str], crl: Option<&str>) -> TrustList {
        let mut t = TrustList::new();
        for f in files {
            t.add_der_certificates(&ders(f)).unwrap_or_default();
        }
        if let Some(c) = crl {
            let path = format!("{}/tests/certs/{c}", env!("CARGO_MANIFEST_DIR"));
            t.add_crl_mem(&std::fs::read(path).unwrap_or_default(), X509Format::Pem)
                .unwrap_or_default();
        }
        t
    }

    /// Records the checks as "cert>issuer status" (CNs, "-" for none, "crl").
    #[derive(Default)]
    struct Log(Vec<String>);

    impl VerifyObserver for Log {
        fn checked(&mut self, cert: &CertInfo, issuer: Option<&CertInfo>, crl: Option<&[u8]>, status: u32) {
            let name = |c: &CertInfo| c.common_names.join(",");
            let by = match (issuer, crl) {
                (Some(i), _) => name(i),
                (None, Some(_)) => "crl".to_string(),
                (None, None) => "-".to_string(),
            };
            self.0.push(format!("{}>{} {:#x}", name(cert), by, status));
        }
    }

    fn run(chain: &str, trusted: &[&str], crl: Option<&str>) -> (u32, Vec<String>) {
        let chain = ders(chain);
        let refs: Vec<&[u8]> = chain.iter().map(Vec::as_slice).collect();
        let mut log = Log::default();
        let status = verify_now_observed(&refs, &trust(trusted, crl), Some("www.example.com"), Some(PURPOSE_SERVER_AUTH), 0, &mut log)
            .unwrap_or(u32::MAX);
        (status, log.0)
    }

    // The sequences below are what GnuTLS 3.7.9 reports for the same calls.
    #[test]
    fn checks_are_reported_in_gnutls_order() {
        let (leaf, inter, root) = ("www.example.com", "Test Intermediate CA", "Test Root CA");
        let (s, log) = run("chains/valid.pem", &["chains/root.pem"], None);
        assert_eq!(s, 0);
        assert_eq!(log, [format!("{inter}>{root} 0x0"), format!("{leaf}>{inter} 0x0")]);

        // Unknown issuer: the second try (trusted certificates named as the
        // last one) reports again.
        let (s, log) = run("chains/untrusted.pem", &["chains/root.pem"], None);
        assert_eq!(s, CERT_INVALID | CERT_SIGNER_NOT_FOUND);
        assert_eq!(log, ["Other Intermediate>- 0x42", "Other Intermediate>- 0x42"]);

        // An expired end certificate makes GnuTLS try again too, keeping
        // the first status.
        let (s, log) = run("chains/expired.pem", &["chains/root.pem"], None);
        assert_eq!(s, CERT_INVALID | CERT_EXPIRED);
        assert_eq!(log, [format!("{inter}>{root} 0x0"), format!("{leaf}>{inter} 0x402"), format!("{inter}>- 0x42")]);

        // A trusted intermediate: not found under its issuer's name, then
        // found as itself.
        let (s, log) = run("chains/valid.pem", &["chains/inter.pem"], None);
        assert_eq!(s, 0);
        assert_eq!(log, [format!("{inter}>- 0x42"), format!("{inter}>{inter} 0x0"), format!("{leaf}>{inter} 0x0")]);

        // CRLs naming the end certificate's issuer are reported, revoking or not.
        let (s, log) = run("chains/revoked.pem", &["chains/root.pem"], Some("chains/inter.crl"));
        assert_eq!(s, CERT_INVALID | CERT_REVOKED);
        assert_eq!(log.last().map(String::as_str), Some("www.example.com>crl 0x22"));
        let (s, log) = run("chains/valid.pem", &["chains/root.pem"], Some("chains/inter.crl"));
        assert_eq!(s, 0);
        assert_eq!(log.last().map(String::as_str), Some("www.example.com>crl 0x0"));

        // A CA with pathLenConstraint 0 above an intermediate: the end
        // certificate's link fails before its issuer is looked at.
        let (s, log) = run("more/pathlen.pem", &["more/pathlen-root.pem"], None);
        assert_eq!(s, CERT_INVALID | CERT_SIGNER_CONSTRAINTS_FAILURE);
        assert_eq!(log.last().map(String::as_str), Some("www.example.com>- 0x10002"));
    }
}
