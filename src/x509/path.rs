//! Turning the certificates a peer sent into the path GnuTLS verifies:
//! sorted from the end certificate up, duplicates dropped, a missing
//! issuer asked for (gnutls_x509_trust_list_set_getissuer_function), then
//! shortened. The order matters beyond the status: the application's
//! output function sees the checks in this order.

use super::cert::CertInfo;
use super::trust::TrustList;
use super::verify::VerifyObserver;
use crate::errors::Code;

/// GnuTLS sorts and completes chains of at most this many certificates
/// (DEFAULT_MAX_VERIFY_DEPTH); a longer one is verified as given.
pub const MAX_SORTED_CHAIN: usize = 16;

/// Sorts `certs` (end certificate first) into issuing order, the way
/// gnutls_x509_trust_list_verify_crt2 does: segment by segment, each
/// followed as far as the chain allows, dropping repeated certificates, and
/// asking `observer` for the issuers of a segment's last certificate when
/// neither the trust list nor the chain has one. `sort` is false with
/// GNUTLS_VERIFY_DO_NOT_ALLOW_UNSORTED_CHAIN (the order is kept).
pub fn build(
    mut certs: Vec<CertInfo>,
    trust: &TrustList,
    sort: bool,
    observer: &mut dyn VerifyObserver,
) -> Vec<CertInfo> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut retrieved = 0usize;
    let mut i = 0;
    while i < certs.len() && certs.len() <= MAX_SORTED_CHAIN {
        let sorted = if sort { sort_segment(&mut certs[i..]) } else { 1 };
        // A certificate seen before (after the segment's head, which may be
        // re-examined after a retrieval) is dropped and the segment redone.
        if let Some(dup) = (1..sorted).find(|&j| seen.contains(&certs[i + j].der)) {
            certs.remove(i + dup);
            continue;
        }
        seen.extend(certs[i..i + sorted].iter().map(|c| c.der.clone()));
        i += sorted;
        let tail = &certs[i - 1];
        // A trusted issuer ends the path; what follows is not needed.
        if trust.issuer_of(tail).is_some() {
            certs.truncate(i);
            break;
        }
        // The next certificate continues the path.
        if i < certs.len() && tail.is_issued_by(&certs[i]) {
            continue;
        }
        let room = MAX_SORTED_CHAIN.saturating_sub(retrieved.max(certs.len()));
        match retrieve(tail, room, observer) {
            // A failing callback ends the search; the path is verified as it is.
            Err(_) => break,
            Ok(found) if found.is_empty() => {}
            Ok(found) => {
                retrieved += found.len();
                certs.splice(i..i, found);
                // Sort again from the end of the previous segment.
                i -= 1;
            }
        }
    }
    certs
}

/// Orders `seg` so that it starts with the longest issuing path from its
/// first certificate (a self-signed certificate ends it); the others follow
/// in their original order. Returns the path's length.
fn sort_segment(seg: &mut [CertInfo]) -> usize {
    let n = seg.len();
    let mut order = issuing_path(seg);
    let path_len = order.len();
    let mut used = vec![false; n];
    for &k in &order {
        used[k] = true;
    }
    order.extend((1..n).filter(|&j| !used[j]));
    let sorted: Vec<CertInfo> = order.iter().map(|&k| seg[k].clone()).collect();
    seg.clone_from_slice(&sorted);
    path_len
}

/// The indices of the issuing path that starts at `certs[0]`, following
/// issuers found among the others (GnuTLS's chain sort); a self-signed
/// certificate ends it.
pub fn issuing_path(certs: &[CertInfo]) -> Vec<usize> {
    let n = certs.len();
    let issuer = |i: usize| -> Option<usize> {
        if certs[i].is_self_signed() {
            None
        } else {
            (1..n).find(|&j| j != i && certs[i].is_issued_by(&certs[j]))
        }
    };
    let mut order = Vec::with_capacity(n);
    if n == 0 {
        return order;
    }
    order.push(0);
    let mut prev = 0;
    while order.len() < n {
        match issuer(prev) {
            Some(next) if !order.contains(&next) => {
                order.push(next);
                prev = next;
            }
            _ => break,
        }
    }
    order
}

/// Asks the observer for `subject`'s issuers; keeps those that continue the
/// path one after the other (none when there are more than `room`).
fn retrieve(
    subject: &CertInfo,
    room: usize,
    observer: &mut dyn VerifyObserver,
) -> Result<Vec<CertInfo>, Code> {
    let ders = observer.missing_issuer(subject)?;
    if ders.len() > room {
        return Ok(Vec::new());
    }
    let mut found: Vec<CertInfo> = Vec::new();
    for der in ders {
        let Ok(cert) = CertInfo::parse(&der) else {
            break;
        };
        if !found.last().unwrap_or(subject).is_issued_by(&cert) {
            break;
        }
        found.push(cert);
    }
    Ok(found)
}

/// The part of a built path that is verified: a trailing self-signed
/// certificate is dropped (the peer's own root proves nothing), and the
/// path ends at a trusted self-signed certificate within it.
pub fn shorten<'a>(path: &'a [CertInfo], trust: &TrustList) -> Vec<&'a CertInfo> {
    let mut n = path.len();
    if n > 1 && path[n - 1].is_self_signed() {
        n -= 1;
    }
    // GnuTLS looks for the certificate among the trusted ones filed under
    // its issuer's name, so only a self-issued one can be found there.
    if let Some(i) = (1..n).find(|&i| path[i].is_self_signed() && trust.contains(&path[i].der)) {
        n = i + 1;
    }
    path[..n].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::{load, X509Format};

    fn certs(file: &str) -> Vec<CertInfo> {
        let path = format!("{}/tests/certs/{file}", env!("CARGO_MANIFEST_DIR"));
        let pem = std::fs::read(path).unwrap_or_default();
        load::certificates(&pem, X509Format::Pem)
            .unwrap_or_default()
            .iter()
            .filter_map(|c| CertInfo::parse(c).ok())
            .collect()
    }

    fn names(list: &[CertInfo]) -> Vec<String> {
        list.iter().map(|c| c.common_names.join(",")).collect()
    }

    struct Giving(Vec<Vec<u8>>, usize);

    impl VerifyObserver for Giving {
        fn missing_issuer(&mut self, _: &CertInfo) -> Result<Vec<Vec<u8>>, Code> {
            self.1 += 1;
            Ok(std::mem::take(&mut self.0))
        }
    }

    #[test]
    fn unsorted_and_duplicated_chains_are_put_in_order() {
        let trust = TrustList::new();
        let mut none = Giving(Vec::new(), 0);
        let built = build(certs("chains/unsorted.pem"), &trust, true, &mut none);
        assert_eq!(names(&built), ["www.example.com", "Test Intermediate CA", "Test Root CA"]);
        // A repeated intermediate is left behind once a trusted issuer is known.
        let mut rooted = TrustList::new();
        rooted.add_der_certificates(&[certs("chains/root.pem")[0].der.clone()]).unwrap_or_default();
        let built = build(certs("more/dup-inter.pem"), &rooted, true, &mut none);
        assert_eq!(names(&built), ["www.example.com", "Test Intermediate CA"]);
        let built = build(certs("more/dup-leaf.pem"), &rooted, true, &mut none);
        assert_eq!(names(&built), ["www.example.com", "Test Intermediate CA"]);
        // Kept as given when sorting is not allowed.
        let built = build(certs("chains/unsorted.pem"), &trust, false, &mut none);
        assert_eq!(names(&built), ["www.example.com", "Test Root CA", "Test Intermediate CA"]);
        // The peer's own root is not part of what is verified.
        let full = build(certs("chains/unsorted.pem"), &trust, true, &mut none);
        assert_eq!(shorten(&full, &trust).len(), 2);
    }

    #[test]
    fn missing_issuers_are_retrieved_and_checked() {
        let mut trust = TrustList::new();
        let root = certs("chains/root.pem");
        trust.add_der_certificates(&[root[0].der.clone()]).unwrap_or_default();
        let inter = certs("chains/inter.pem");
        // The intermediate is asked for once, and fits.
        let mut giving = Giving(vec![inter[0].der.clone()], 0);
        let built = build(certs("chains/leaf-only.pem"), &trust, true, &mut giving);
        assert_eq!(names(&built), ["www.example.com", "Test Intermediate CA"]);
        assert_eq!(giving.1, 1);
        // An unrelated certificate is not used.
        let mut wrong = Giving(vec![root[0].der.clone()], 0);
        let built = build(certs("chains/leaf-only.pem"), &trust, true, &mut wrong);
        assert_eq!(names(&built), ["www.example.com"]);
        // With the issuer trusted, nothing is asked.
        let mut asked = Giving(Vec::new(), 0);
        build(certs("chains/valid.pem"), &trust, true, &mut asked);
        assert_eq!(asked.1, 0);
    }
}
