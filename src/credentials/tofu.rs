//! Trust on first use: GnuTLS's known-hosts file of public keys and key
//! commitments (`gnutls_store_pubkey`, `gnutls_store_commitment`,
//! `gnutls_verify_stored_pubkey`). The file format is GnuTLS's, so a file
//! written by either library is read by the other:
//!
//! ```text
//! |g0|host|service|expiration|base64(SubjectPublicKeyInfo DER)
//! |c0|host|service|expiration|digest id|hex(digest of the SPKI DER)
//! ```
//!
//! A service of `*` matches any; an expiration of 0 never expires.

use std::io::Write;
use std::path::PathBuf;

use crate::errors::{self, Code};

/// `gnutls_certificate_type_t` values a stored key may come from.
pub const CERT_X509: i32 = 1;
pub const CERT_RAWPK: i32 = 3;

/// `GNUTLS_SCOMMIT_FLAG_ALLOW_BROKEN`: accept commitments with broken digests.
pub const SCOMMIT_FLAG_ALLOW_BROKEN: u32 = 1;

/// The public key a peer presented, as SubjectPublicKeyInfo DER: from an
/// X.509 certificate, or given directly (a raw public key, taken as is and
/// compared byte for byte, as GnuTLS does).
pub fn peer_spki(cert_type: i32, data: &[u8]) -> Result<Vec<u8>, Code> {
    match cert_type {
        CERT_X509 => Ok(crate::x509::crt::Crt::from_der(data)?.spki().to_vec()),
        CERT_RAWPK => Ok(data.to_vec()),
        _ => Err(errors::GNUTLS_E_UNSUPPORTED_CERTIFICATE_TYPE),
    }
}

/// GnuTLS's default database: `$HOME/.gnutls/known_hosts`.
pub fn default_db() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".gnutls").join("known_hosts"))
}

/// The line that stores `spki` for `host` and `service` (`None` = any).
pub fn key_line(host: &str, service: Option<&str>, expiration: i64, spki: &[u8]) -> String {
    format!("|g0|{host}|{}|{expiration}|{}\n", service.unwrap_or("*"), crate::encoding::base64_encode(spki))
}

/// The line that stores a commitment (a digest of the SPKI DER).
pub fn commitment_line(host: &str, service: Option<&str>, expiration: i64, digest: i32, hash: &[u8]) -> String {
    format!("|c0|{host}|{}|{expiration}|{digest}|{}\n", service.unwrap_or("*"), crate::encoding::hex_encode(hash))
}

/// Checks a commitment before it is stored: the digest must be known and
/// the hash its size; broken digests (MD5, MD2, MD5+SHA1) need `ALLOW_BROKEN`.
pub fn check_commitment(digest: i32, hash: &[u8], flags: u32) -> Result<(), Code> {
    let info = crate::algorithms::digest::info(digest).ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    if info.output_len != hash.len() {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    }
    let broken = matches!(info.name, "MD5" | "MD2" | "MD5+SHA1");
    if broken && flags & SCOMMIT_FLAG_ALLOW_BROKEN == 0 {
        return Err(errors::GNUTLS_E_INSUFFICIENT_SECURITY);
    }
    Ok(())
}

/// Appends a line to the database file, creating it (and, for the default
/// database, its directory).
pub fn append(db: &std::path::Path, line: &str) -> Result<(), Code> {
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        if Some(db) == default_db().as_deref() {
            let _ = std::fs::create_dir_all(dir);
        }
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(db)
        .map_err(|_| errors::GNUTLS_E_DB_ERROR)?;
    file.write_all(line.as_bytes()).map_err(|_| errors::GNUTLS_E_DB_ERROR)
}

/// What a database says about a host's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// A live entry for the host and service holds this key.
    Match,
    /// There are live entries for the host and service, none with this key.
    Mismatch,
    /// Nothing live is stored for the host and service.
    NotFound,
}

impl Lookup {
    /// The result `gnutls_verify_stored_pubkey` returns.
    pub fn code(self) -> Code {
        match self {
            Lookup::Match => 0,
            Lookup::Mismatch => errors::GNUTLS_E_CERTIFICATE_KEY_MISMATCH,
            Lookup::NotFound => errors::GNUTLS_E_NO_CERTIFICATE_FOUND,
        }
    }
}

/// Looks `spki` up in a database's text. A `None` host or service matches
/// any entry, as does an entry whose service is `*`; expired entries
/// (expiration before `now`) are ignored, as are lines of other kinds.
pub fn lookup(db_text: &str, host: Option<&str>, service: Option<&str>, spki: &[u8], now: i64) -> Lookup {
    let mut seen = false;
    for line in db_text.lines() {
        let fields: Vec<&str> = line.split('|').collect();
        let (kind, line_host, line_service, expiration) = match fields.as_slice() {
            ["", kind @ ("g0" | "c0"), h, s, e, ..] => (*kind, *h, *s, *e),
            _ => continue,
        };
        if host.is_some_and(|h| h != line_host) {
            continue;
        }
        if line_service != "*" && service.is_some_and(|s| s != line_service) {
            continue;
        }
        let expiration: i64 = expiration.parse().unwrap_or(0);
        if expiration != 0 && expiration < now {
            continue;
        }
        seen = true;
        let matched = match (kind, fields.get(5), fields.get(6)) {
            ("g0", Some(b64), _) => crate::encoding::base64_decode(b64.as_bytes()).is_ok_and(|k| k == spki),
            ("c0", Some(digest), Some(hex)) => {
                let digest: i32 = digest.parse().unwrap_or(0);
                let stored = crate::encoding::hex_decode(hex);
                let actual = crate::crypto::hash::hash(digest, spki);
                matches!((stored, actual), (Ok(s), Ok(a)) if s == a)
            }
            _ => false,
        };
        if matched {
            return Lookup::Match;
        }
    }
    if seen {
        Lookup::Mismatch
    } else {
        Lookup::NotFound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_lookups() {
        let a = b"key-a".as_slice();
        let b = b"key-b".as_slice();
        let mut db = key_line("h", Some("443"), 0, a);
        db += &key_line("any", None, 0, a);
        db += &key_line("old", Some("1"), 1000, a);
        assert!(db.starts_with("|g0|h|443|0|a2V5LWE=\n"));
        assert_eq!(lookup(&db, Some("h"), Some("443"), a, 5000), Lookup::Match);
        assert_eq!(lookup(&db, Some("h"), Some("443"), b, 5000), Lookup::Mismatch);
        assert_eq!(lookup(&db, Some("h"), Some("80"), a, 5000), Lookup::NotFound);
        assert_eq!(lookup(&db, Some("h"), None, a, 5000), Lookup::Match);
        assert_eq!(lookup(&db, Some("any"), Some("25"), a, 5000), Lookup::Match);
        assert_eq!(lookup(&db, Some("old"), Some("1"), a, 5000), Lookup::NotFound);
        assert_eq!(lookup(&db, Some("old"), Some("1"), a, 500), Lookup::Match);
        let sha256 = crate::algorithms::digest::SHA256;
        let commit = commitment_line("c", Some("1"), 0, sha256, &crate::crypto::hash::hash(sha256, a).unwrap());
        assert_eq!(lookup(&commit, Some("c"), Some("1"), a, 0), Lookup::Match);
        assert_eq!(lookup(&commit, Some("c"), Some("1"), b, 0), Lookup::Mismatch);
        assert_eq!(lookup("garbage\n|x|y\n", Some("c"), None, a, 0), Lookup::NotFound);
    }

    #[test]
    fn commitment_checks() {
        let md5 = crate::algorithms::digest::MD5;
        assert_eq!(check_commitment(md5, &[0; 16], 0), Err(errors::GNUTLS_E_INSUFFICIENT_SECURITY));
        assert_eq!(check_commitment(md5, &[0; 16], SCOMMIT_FLAG_ALLOW_BROKEN), Ok(()));
        assert_eq!(check_commitment(crate::algorithms::digest::SHA1, &[0; 16], 0), Err(errors::GNUTLS_E_INVALID_REQUEST));
        assert_eq!(check_commitment(crate::algorithms::digest::SHA1, &[0; 20], 0), Ok(()));
    }
}
