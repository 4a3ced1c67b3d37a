//! Certificate credentials (`gnutls_certificate_credentials_t`): the key
//! pairs a peer presents and the trust list (CAs and CRLs) used to verify
//! the other side, with GnuTLS's loading semantics.
//!
//! The rustls objects a session needs are made from here:
//! [`CertificateCredentials::server_cert_resolver`],
//! [`CertificateCredentials::client_cert_resolver`], and the recording
//! verifiers of [`verifier`].

pub mod resolve;
pub mod tofu;
pub mod verifier;

use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::{CertificateDer, UnixTime};
use rustls::sign::CertifiedKey;

use crate::errors::{self, Code};
use crate::x509::cert::CertInfo;
use crate::x509::privkey::PrivateKey;
use crate::x509::trust::{read_file, TrustList};
use crate::x509::{load, verify, X509Format};

/// GNUTLS_CERTIFICATE_SKIP_KEY_CERT_MATCH
pub const FLAG_SKIP_KEY_CERT_MATCH: u32 = 1;
/// GNUTLS_CERTIFICATE_API_V2: key-adding functions return the pair's index.
pub const FLAG_API_V2: u32 = 1 << 1;
/// GNUTLS_CERTIFICATE_SKIP_OCSP_RESPONSE_CHECK
pub const FLAG_SKIP_OCSP_RESPONSE_CHECK: u32 = 1 << 2;
/// GNUTLS_CERTIFICATE_VERIFY_CRLS
pub const FLAG_VERIFY_CRLS: u32 = 1 << 3;

/// GnuTLS's default limits for gnutls_certificate_set_verify_limits: the
/// longest peer chain accepted, and the largest key (16384 bits, which
/// GnuTLS 3.7 records but does not check).
pub const DEFAULT_MAX_VERIFY_DEPTH: u32 = 16;
pub const DEFAULT_MAX_VERIFY_BITS: u32 = 16384;

/// A key pair's chain as GnuTLS keeps it: from the end certificate, the
/// issuing path found among the certificates given (others are dropped).
/// Past 16 certificates GnuTLS does not sort: the chain must already be in
/// order (GNUTLS_E_CERTIFICATE_LIST_UNSORTED otherwise).
pub fn sort_chain(chain: Vec<CertificateDer<'static>>) -> Result<Vec<CertificateDer<'static>>, Code> {
    if chain.len() < 2 {
        return Ok(chain);
    }
    let infos = chain
        .iter()
        .map(|c| CertInfo::parse(c))
        .collect::<Result<Vec<_>, _>>()?;
    if chain.len() > DEFAULT_MAX_VERIFY_DEPTH as usize {
        if infos.windows(2).all(|w| w[0].is_issued_by(&w[1])) {
            return Ok(chain);
        }
        return Err(errors::GNUTLS_E_CERTIFICATE_LIST_UNSORTED);
    }
    Ok(crate::x509::path::issuing_path(&infos)
        .into_iter()
        .map(|i| chain[i].clone())
        .collect())
}

/// One certificate chain with its private key.
#[derive(Clone, Debug)]
pub struct KeyPair {
    /// Chain (leaf first) and signing key, as rustls presents them.
    pub certified: Arc<CertifiedKey>,
    /// Names the leaf is valid for (DNS SANs, else CNs), for SNI selection.
    pub names: Vec<String>,
    /// DER issuer Names of every certificate in the chain, for matching a
    /// server's list of acceptable CAs.
    pub issuers: Vec<Vec<u8>>,
    /// The private key as loaded (gnutls_certificate_get_x509_key).
    pub key: Arc<PrivateKey>,
    /// The index GnuTLS gives this pair (see [`CertificateCredentials::pair`]).
    pub index: usize,
    /// Per chain position: when its stapled OCSP response stops being
    /// usable ([`staple_expiry`]); 0 when none was set.
    pub ocsp_expiry: Vec<i64>,
}

/// How long GnuTLS lets a staple without nextUpdate serve: 15 days.
const STAPLE_WITHOUT_NEXT_UPDATE_SECS: i64 = 15 * 24 * 60 * 60;

/// When a stapled response expires, as GnuTLS reckons it: its nextUpdate;
/// without one, 15 days from now (or -2 when it was produced longer ago
/// than that); -1 when it is unusable (not good or unknown, or a newer
/// response must exist).
fn staple_expiry(response: &crate::x509::ocsp::OcspResponse) -> i64 {
    use crate::x509::ocsp::{CERT_GOOD, CERT_UNKNOWN};
    let Ok(single) = response.single(0) else { return -1 };
    if single.status != CERT_GOOD && single.status != CERT_UNKNOWN {
        return -1;
    }
    let now = crate::clock::now_secs();
    if single.next_update == -1 {
        if now - single.this_update > STAPLE_WITHOUT_NEXT_UPDATE_SECS {
            return -2;
        }
        return now + STAPLE_WITHOUT_NEXT_UPDATE_SECS;
    }
    if single.next_update < now {
        return -1;
    }
    single.next_update
}

/// The credentials object.
#[derive(Clone, Debug, Default)]
pub struct CertificateCredentials {
    key_pairs: Vec<KeyPair>,
    /// Raw public keys (RFC 7250) with their private keys: pairs whose
    /// "chain" is the SubjectPublicKeyInfo alone. Kept apart from the X.509
    /// pairs, which everything certificate-shaped reads; same index space.
    rawpk_pairs: Vec<KeyPair>,
    trust: Arc<TrustList>,
    flags: u32,
    verify_flags: u32,
    /// Key pairs appended so far, the rejected ones included: GnuTLS keeps
    /// a pair whose key does not match (returning the error), so the next
    /// pair's API_V2 index counts it. We drop such a pair but keep the count.
    slots: usize,
    /// gnutls_certificate_set_verify_limits: (max key bits, max chain
    /// depth); None until set, meaning GnuTLS's defaults.
    verify_limits: Option<(u32, u32)>,
}

impl CertificateCredentials {
    pub fn new() -> Self {
        Self::default()
    }

    /// gnutls_certificate_set_flags
    pub fn set_flags(&mut self, flags: u32) {
        self.flags = flags;
    }

    pub fn flags(&self) -> u32 {
        self.flags
    }

    /// gnutls_certificate_set_verify_flags
    pub fn set_verify_flags(&mut self, flags: u32) {
        self.verify_flags = flags;
    }

    pub fn verify_flags(&self) -> u32 {
        self.verify_flags
    }

    /// Adds a key pair from memory (gnutls_certificate_set_x509_key_mem2).
    /// The certificate data may hold a whole chain, leaf first. Returns the
    /// index of the new pair; see [`Self::key_result_code`] for the C value.
    pub fn add_key_mem(
        &mut self,
        cert: &[u8],
        key: &[u8],
        format: X509Format,
        password: Option<&str>,
    ) -> Result<usize, Code> {
        let key = PrivateKey::import(key, format, password)?;
        let mut chain = load::certificates(cert, format)?;
        // GnuTLS reads at most this many certificates of a PEM chain.
        chain.truncate(DEFAULT_MAX_VERIFY_DEPTH as usize);
        self.add_key_parts(sort_chain(chain)?, key)
    }

    /// As [`Self::add_key_ders`], putting the chain in issuing order first
    /// as gnutls_certificate_set_x509_key does (see [`sort_chain`]).
    pub fn add_key_ders_sorted(&mut self, chain: &[Vec<u8>], key: PrivateKey) -> Result<usize, Code> {
        let chain = chain.iter().map(|d| CertificateDer::from(d.clone())).collect();
        self.add_key_parts(sort_chain(chain)?, key)
    }

    /// Adds a key pair from decoded parts (gnutls_certificate_set_x509_key):
    /// the chain leaf first, and its private key. Returns the pair's index.
    pub fn add_key_parts(
        &mut self,
        chain: Vec<CertificateDer<'static>>,
        key: PrivateKey,
    ) -> Result<usize, Code> {
        let infos = chain
            .iter()
            .map(|c| CertInfo::parse(c))
            .collect::<Result<Vec<_>, _>>()?;
        let Some(leaf) = infos.first() else {
            return Err(errors::GNUTLS_E_BASE64_DECODING_ERROR);
        };
        let signing_key = key.signing_key();
        if self.flags & FLAG_SKIP_KEY_CERT_MATCH == 0 {
            let key_bits = signing_key
                .public_key()
                .and_then(|spki| load::spki_key_bits(&spki));
            if let Some(bits) = key_bits {
                if bits != leaf.public_key {
                    self.slots += 1;
                    return Err(errors::GNUTLS_E_CERTIFICATE_KEY_MISMATCH);
                }
            }
        }
        let pair = KeyPair {
            names: leaf.server_names(),
            issuers: infos.iter().map(|c| c.issuer.clone()).collect(),
            certified: Arc::new(CertifiedKey::new(chain, signing_key)),
            ocsp_expiry: vec![0; infos.len()],
            key: Arc::new(key),
            index: self.slots,
        };
        self.key_pairs.push(pair);
        self.slots += 1;
        Ok(self.slots - 1)
    }

    /// gnutls_certificate_set_rawpk_key_mem/_file: a raw public key (the
    /// SubjectPublicKeyInfo DER) and its private key, presented when a
    /// session negotiates raw public keys. `names` are the DNS names it
    /// serves (SNI). A key that does not match takes an index, as for
    /// certificates.
    pub fn add_rawpk(&mut self, spki: Vec<u8>, key: PrivateKey, names: Vec<String>) -> Result<usize, Code> {
        let signing_key = key.signing_key();
        if self.flags & FLAG_SKIP_KEY_CERT_MATCH == 0 && signing_key.public_key().is_some_and(|own| own.as_ref() != spki) {
            self.slots += 1;
            return Err(errors::GNUTLS_E_CERTIFICATE_KEY_MISMATCH);
        }
        self.rawpk_pairs.push(KeyPair {
            names,
            issuers: Vec::new(),
            certified: Arc::new(CertifiedKey::new(vec![CertificateDer::from(spki)], signing_key)),
            ocsp_expiry: vec![0],
            key: Arc::new(key),
            index: self.slots,
        });
        self.slots += 1;
        Ok(self.slots - 1)
    }

    /// [`Self::add_rawpk`] from encoded data: the SubjectPublicKeyInfo and
    /// the private key, both DER or both PEM ("PUBLIC KEY" and a key block).
    pub fn add_rawpk_mem(
        &mut self,
        spki: &[u8],
        key: &[u8],
        format: X509Format,
        password: Option<&str>,
        names: Vec<String>,
    ) -> Result<usize, Code> {
        let spki = crate::x509::pksign::import_spki(spki, format)?;
        let key = PrivateKey::import(key, format, password)?;
        self.add_rawpk(spki, key, names)
    }

    /// [`Self::add_rawpk_mem`] from files.
    pub fn add_rawpk_file(
        &mut self,
        spki_path: &Path,
        key_path: &Path,
        format: X509Format,
        password: Option<&str>,
        names: Vec<String>,
    ) -> Result<usize, Code> {
        let spki = read_file(spki_path)?;
        let key = read_file(key_path)?;
        self.add_rawpk_mem(&spki, &key, format, password, names)
    }

    /// The raw-public-key pairs, in order of addition.
    pub fn rawpk_pairs(&self) -> &[KeyPair] {
        &self.rawpk_pairs
    }

    /// Server side, for sessions that negotiated raw public keys: picks a
    /// raw key by SNI and signature schemes. None without raw keys.
    pub fn server_rawpk_resolver(&self) -> Option<Arc<dyn rustls::server::ResolvesServerCert>> {
        (!self.rawpk_pairs.is_empty())
            .then(|| Arc::new(resolve::ServerCertResolver::raw_public_keys(self.rawpk_pairs.clone())) as _)
    }

    /// Counts a pair refused before [`Self::add_key_parts`] (as by
    /// [`external_key_check`]): it takes an index all the same.
    pub fn reject_key(&mut self, code: Code) -> Result<usize, Code> {
        self.slots += 1;
        Err(code)
    }

    /// As [`Self::add_key_parts`] with the chain as DER byte vectors.
    pub fn add_key_ders(&mut self, chain: &[Vec<u8>], key: PrivateKey) -> Result<usize, Code> {
        let chain = chain
            .iter()
            .map(|d| CertificateDer::from(d.clone()))
            .collect();
        self.add_key_parts(chain, key)
    }

    /// gnutls_certificate_set_x509_trust with DER byte vectors.
    pub fn add_trust_ders(&mut self, ders: &[Vec<u8>]) -> Result<usize, Code> {
        Arc::make_mut(&mut self.trust).add_der_certificates(ders)
    }

    /// gnutls_certificate_free_keys
    pub fn clear_keys(&mut self) {
        self.key_pairs.clear();
        self.slots = 0;
    }

    /// gnutls_certificate_free_cas
    pub fn clear_cas(&mut self) {
        Arc::make_mut(&mut self.trust).clear_anchors();
    }

    /// gnutls_certificate_free_crls
    pub fn clear_crls(&mut self) {
        Arc::make_mut(&mut self.trust).clear_crls();
    }

    /// The GnuTLS index of the key pair whose chain a resolver chose (to
    /// find the pair's per-certificate OCSP callback).
    pub fn pair_index_of(&self, chain: &[CertificateDer<'_>]) -> Option<usize> {
        self.key_pairs.iter().find(|p| p.certified.cert.as_slice() == chain).map(|p| p.index)
    }

    /// Whether a key pair with this GnuTLS index exists.
    pub fn has_pair(&self, index: usize) -> bool {
        self.key_pairs.iter().any(|p| p.index == index)
    }

    /// Staples OCSP responses (DER) to key pair `index`, as
    /// gnutls_certificate_set_ocsp_status_request_mem does, and returns how
    /// many were taken. As GnuTLS: a response that does not decode is
    /// refused with its ASN.1 error, and one about no certificate of the
    /// pair's chain (by serial and issuer) as a mismatch. The leaf's
    /// response is the one stapled; each one's expiry is kept for
    /// [`Self::ocsp_expiration`].
    pub fn set_ocsp_responses(&mut self, index: usize, responses: Vec<Vec<u8>>) -> Result<usize, Code> {
        let parsed = responses
            .iter()
            .map(|r| crate::x509::ocsp::OcspResponse::from_der(r))
            .collect::<Result<Vec<_>, Code>>()?;
        let pair = self
            .key_pairs
            .iter_mut()
            .find(|p| p.index == index)
            .ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
        let chain = pair
            .certified
            .cert
            .iter()
            .map(|c| crate::x509::cert::CertInfo::parse(c.as_ref()))
            .collect::<Result<Vec<_>, Code>>()?;
        // Checked in full before anything changes. As GnuTLS: an expired
        // response (or one not good or unknown) fails the call with
        // GNUTLS_E_EXPIRED; one without nextUpdate produced over 15 days ago
        // is passed over silently.
        let mut updates = Vec::new();
        for (der, response) in responses.into_iter().zip(&parsed) {
            let at = chain
                .iter()
                .position(|c| response.check_crt(0, c).is_ok())
                .ok_or(errors::GNUTLS_E_OCSP_MISMATCH_WITH_CERTS)?;
            match staple_expiry(response) {
                -1 => return Err(errors::GNUTLS_E_EXPIRED),
                -2 => {}
                expiry => updates.push((at, expiry, der)),
            }
        }
        for (at, expiry, der) in updates {
            if let Some(slot) = pair.ocsp_expiry.get_mut(at) {
                *slot = expiry;
            }
            if at == 0 {
                let mut certified = CertifiedKey::clone(&pair.certified);
                certified.ocsp = Some(der);
                pair.certified = Arc::new(certified);
            }
        }
        Ok(parsed.len())
    }

    /// gnutls_certificate_get_ocsp_expiration: when the OCSP response
    /// stapled for chain position `position` of key pair `index` expires;
    /// with `None` (GnuTLS's -1), the earliest over the chain (0 when none
    /// is set). -1 for a position without a response, -2 for no such pair
    /// or position.
    pub fn ocsp_expiration(&self, index: usize, position: Option<usize>) -> i64 {
        let Some(pair) = self.key_pairs.iter().find(|p| p.index == index) else { return -2 };
        match position {
            None => pair.ocsp_expiry.iter().copied().filter(|&t| t != 0).min().unwrap_or(0),
            Some(at) => match pair.ocsp_expiry.get(at) {
                None => -2,
                Some(0) => -1,
                Some(&t) => t,
            },
        }
    }

    /// gnutls_certificate_set_verify_limits. Zero lifts a limit. Only the
    /// depth is enforced ([`Self::check_chain_depth`]): GnuTLS 3.7 keeps
    /// the bit limit without using it.
    pub fn set_verify_limits(&mut self, max_bits: u32, max_depth: u32) {
        self.verify_limits = Some((max_bits, max_depth));
    }

    /// (max key bits, max chain depth), GnuTLS's defaults unless set.
    pub fn verify_limits(&self) -> (u32, u32) {
        self.verify_limits
            .unwrap_or((DEFAULT_MAX_VERIFY_BITS, DEFAULT_MAX_VERIFY_DEPTH))
    }

    /// What gnutls_certificate_verify_peers* does before verifying: a peer
    /// chain longer than the depth limit is GNUTLS_E_CONSTRAINT_ERROR (the
    /// status is not computed at all).
    pub fn check_chain_depth(&self, chain_len: usize) -> Result<(), Code> {
        let (_, depth) = self.verify_limits();
        if depth > 0 && chain_len > depth as usize {
            return Err(errors::GNUTLS_E_CONSTRAINT_ERROR);
        }
        Ok(())
    }

    /// Adds a key pair from files (gnutls_certificate_set_x509_key_file2).
    pub fn add_key_file(
        &mut self,
        cert_path: &Path,
        key_path: &Path,
        format: X509Format,
        password: Option<&str>,
    ) -> Result<usize, Code> {
        let key = read_file(key_path)?;
        let cert = read_file(cert_path)?;
        self.add_key_mem(&cert, &key, format, password)
    }

    /// The value a gnutls_certificate_set_x509_key_* function returns:
    /// the pair's index with GNUTLS_CERTIFICATE_API_V2, else 0; or the error.
    pub fn key_result_code(&self, result: Result<usize, Code>) -> i32 {
        match result {
            Ok(index) if self.flags & FLAG_API_V2 != 0 => i32::try_from(index).unwrap_or(i32::MAX),
            Ok(_) => 0,
            Err(code) => code,
        }
    }

    /// The pair with GnuTLS index `index` (the API_V2 return value): indices
    /// count rejected pairs too, so they can differ from list positions.
    pub fn pair(&self, index: usize) -> Option<&KeyPair> {
        self.key_pairs.iter().find(|p| p.index == index)
    }

    pub fn key_pairs(&self) -> &[KeyPair] {
        &self.key_pairs
    }

    /// gnutls_certificate_set_x509_trust_mem: number of certificates added.
    pub fn add_trust_mem(&mut self, data: &[u8], format: X509Format) -> Result<usize, Code> {
        Arc::make_mut(&mut self.trust).add_trust_mem(data, format)
    }

    /// gnutls_certificate_set_x509_trust_file
    pub fn add_trust_file(&mut self, path: &Path, format: X509Format) -> Result<usize, Code> {
        Arc::make_mut(&mut self.trust).add_trust_file(path, format)
    }

    /// gnutls_certificate_set_x509_trust_dir
    pub fn add_trust_dir(&mut self, dir: &Path, format: X509Format) -> Result<usize, Code> {
        Arc::make_mut(&mut self.trust).add_trust_dir(dir, format)
    }

    /// gnutls_certificate_set_x509_system_trust (Debian's CA bundle).
    pub fn add_system_trust(&mut self) -> Result<usize, Code> {
        Arc::make_mut(&mut self.trust).add_system_trust()
    }

    /// gnutls_certificate_set_x509_trust (already decoded certificates).
    pub fn add_trust_certificates(&mut self, certs: &[CertificateDer<'_>]) -> Result<usize, Code> {
        Arc::make_mut(&mut self.trust).add_certificates(certs)
    }

    /// gnutls_certificate_set_x509_crl_mem: number of CRLs added.
    pub fn add_crl_mem(&mut self, data: &[u8], format: X509Format) -> Result<usize, Code> {
        Arc::make_mut(&mut self.trust).add_crl_mem(data, format)
    }

    /// gnutls_certificate_set_x509_simple_pkcs12_mem: checks the MAC (when
    /// a password is given), then adds the file's key with its chain and
    /// its CRL, if any. Returns the key pair's index.
    pub fn add_pkcs12(
        &mut self,
        data: &[u8],
        format: X509Format,
        password: Option<&str>,
    ) -> Result<usize, Code> {
        let p12 = crate::pkcs12::Pkcs12::import(data, format)?;
        if password.is_some() {
            p12.verify_mac(password)?;
        }
        let parsed = p12.simple_parse(password, false)?;
        let chain: Vec<Vec<u8>> = parsed.chain.iter().map(|c| c.der().to_vec()).collect();
        let index = self.add_key_ders_sorted(&chain, parsed.key)?;
        if let Some(crl) = &parsed.crl {
            self.add_crls(&[crl]);
        }
        Ok(index)
    }

    /// gnutls_certificate_set_x509_crl: already decoded CRLs.
    pub fn add_crls(&mut self, crls: &[&crate::x509::crl::Crl]) -> usize {
        Arc::make_mut(&mut self.trust).add_crls(crls, false, 0, false)
    }

    /// gnutls_certificate_set_x509_crl_file
    pub fn add_crl_file(&mut self, path: &Path, format: X509Format) -> Result<usize, Code> {
        Arc::make_mut(&mut self.trust).add_crl_file(path, format)
    }

    /// A snapshot of the trust list, cheap to share with sessions.
    pub fn trust(&self) -> Arc<TrustList> {
        Arc::clone(&self.trust)
    }

    /// gnutls_certificate_verify_peers3 on a recorded chain, with these
    /// credentials' trust list and verification flags.
    pub fn verify_peer(
        &self,
        chain: &[CertificateDer<'_>],
        hostname: Option<&str>,
        now: UnixTime,
    ) -> Result<u32, Code> {
        self.check_chain_depth(chain.len())?;
        verify::verify_peer(chain, &self.trust, hostname, self.verify_flags, now)
    }

    /// Server side: picks a key pair per ClientHello (SNI, signature schemes).
    pub fn server_cert_resolver(&self) -> Arc<dyn rustls::server::ResolvesServerCert> {
        Arc::new(resolve::ServerCertResolver::new(self.key_pairs.clone()))
    }

    /// Client side: picks a key pair per CertificateRequest; `force` sends
    /// a single pair whatever CAs the server names.
    pub fn client_cert_resolver(&self, force: bool) -> Arc<dyn rustls::client::ResolvesClientCert> {
        Arc::new(resolve::ClientCertResolver::new(self.key_pairs.clone(), force))
    }
}

/// For an external key (gnutls_privkey_import_ext*), which has no public
/// half to compare, the probe signature GnuTLS also makes when the key is
/// paired with `chain` (leaf first): checked with the leaf's public key.
/// Other keys pass. It calls the application's callbacks, so it runs before
/// the credentials are locked.
pub fn external_key_check(chain: &[Vec<u8>], key: &PrivateKey, flags: u32) -> Result<(), Code> {
    let (Some(ops), Some(leaf)) = (key.external_ops(), chain.first()) else { return Ok(()) };
    if flags & FLAG_SKIP_KEY_CERT_MATCH != 0 {
        return Ok(());
    }
    let leaf = CertInfo::parse(leaf)?;
    crate::x509::extkey::check_matches(ops.as_ref(), key.pk_algorithm(), &leaf.spki)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_depth_limit_follows_gnutls() {
        let mut creds = CertificateCredentials::new();
        // GnuTLS's default: 16 certificates.
        assert_eq!(creds.verify_limits(), (DEFAULT_MAX_VERIFY_BITS, DEFAULT_MAX_VERIFY_DEPTH));
        assert_eq!(creds.check_chain_depth(16), Ok(()));
        assert_eq!(creds.check_chain_depth(17), Err(errors::GNUTLS_E_CONSTRAINT_ERROR));
        creds.set_verify_limits(8200, 1);
        assert_eq!(creds.check_chain_depth(1), Ok(()));
        assert_eq!(creds.check_chain_depth(2), Err(errors::GNUTLS_E_CONSTRAINT_ERROR));
        // Zero lifts the limit.
        creds.set_verify_limits(0, 0);
        assert_eq!(creds.check_chain_depth(100), Ok(()));
        // The chain is refused before anything is verified.
        let certs = load::certificates(
            &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/certs/chains/valid.pem")).unwrap_or_default(),
            X509Format::Pem,
        )
        .unwrap_or_default();
        assert_eq!(certs.len(), 2);
        creds.set_verify_limits(0, 1);
        assert_eq!(creds.verify_peer(&certs, None, UnixTime::now()), Err(errors::GNUTLS_E_CONSTRAINT_ERROR));
    }

    fn pem_chain(file: &str) -> Vec<CertificateDer<'static>> {
        let path = format!("{}/tests/certs/{file}", env!("CARGO_MANIFEST_DIR"));
        load::certificates(&std::fs::read(path).unwrap_or_default(), X509Format::Pem).unwrap_or_default()
    }

    #[test]
    fn key_chains_are_kept_in_issuing_order() {
        // leaf, root, intermediate: sent as leaf, intermediate, root.
        let unsorted = pem_chain("chains/unsorted.pem");
        let sorted = sort_chain(unsorted.clone()).unwrap_or_default();
        assert_eq!(sorted, [unsorted[0].clone(), unsorted[2].clone(), unsorted[1].clone()]);
        // A repeated intermediate is dropped.
        let dup = pem_chain("more/dup-inter.pem");
        assert_eq!(sort_chain(dup).map(|c| c.len()), Ok(2));
        // Past 16 certificates only a sorted chain is taken.
        let long = pem_chain("long/chain17.pem");
        assert_eq!(sort_chain(long.clone()).map(|c| c.len()), Ok(17));
        let mut shuffled = long;
        shuffled.swap(1, 2);
        assert_eq!(sort_chain(shuffled), Err(errors::GNUTLS_E_CERTIFICATE_LIST_UNSORTED));
    }
}
