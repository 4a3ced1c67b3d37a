//! The value our server stores through the application's db callbacks.
//!
//! Layout (all integers big-endian):
//! `"RGse"` | version (1) | created (u64 s) | expires (u64 s) | rustls value.
//! Self-describing so `gnutls_db_check_entry_time`/`_expire_time` can read
//! it and anything else (old versions, another library's entries, garbage)
//! is refused instead of being handed to rustls.

const MAGIC: &[u8; 4] = b"RGse";
const VERSION: u8 = 1;
const HEADER: usize = 4 + 1 + 8 + 8;

/// One stored server session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Creation time, seconds since the epoch.
    pub created: u64,
    /// Expiry time, seconds since the epoch.
    pub expires: u64,
    /// rustls's encoded server session value (opaque to us).
    pub value: Vec<u8>,
}

impl Entry {
    /// A new entry created at `now`, valid for `lifetime` seconds.
    pub fn new(value: Vec<u8>, now: u64, lifetime: u32) -> Self {
        Entry { created: now, expires: now.saturating_add(u64::from(lifetime)), value }
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + self.value.len());
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&self.created.to_be_bytes());
        out.extend_from_slice(&self.expires.to_be_bytes());
        out.extend_from_slice(&self.value);
        out
    }

    /// Parses an entry; `None` for anything we did not write.
    pub fn decode(bytes: &[u8]) -> Option<Entry> {
        let (header, value) = (bytes.get(..HEADER)?, bytes.get(HEADER..)?);
        if &header[..4] != MAGIC || header[4] != VERSION {
            return None;
        }
        let created = u64::from_be_bytes(header[5..13].try_into().ok()?);
        let expires = u64::from_be_bytes(header[13..21].try_into().ok()?);
        if expires < created || value.is_empty() {
            return None;
        }
        Some(Entry { created, expires, value: value.to_vec() })
    }

    /// True when the entry may no longer be used at `now`.
    pub fn is_expired(&self, now: u64) -> bool {
        now >= self.expires || now.saturating_add(60) < self.created
    }
}

/// `gnutls_db_check_entry_time`: creation time of an entry, if it is ours.
pub fn created_time(bytes: &[u8]) -> Option<u64> {
    Entry::decode(bytes).map(|e| e.created)
}

/// `gnutls_db_check_entry_expire_time`.
pub fn expire_time(bytes: &[u8]) -> Option<u64> {
    Entry::decode(bytes).map(|e| e.expires)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_expiry() {
        let e = Entry::new(vec![1, 2, 3], 1000, 60);
        let bytes = e.encode();
        assert_eq!(Entry::decode(&bytes), Some(e.clone()));
        assert_eq!(created_time(&bytes), Some(1000));
        assert_eq!(expire_time(&bytes), Some(1060));
        assert!(!e.is_expired(1059));
        assert!(e.is_expired(1060));
    }

    #[test]
    fn refuses_foreign_bytes() {
        assert_eq!(Entry::decode(b""), None);
        assert_eq!(Entry::decode(b"RGse"), None);
        let mut bytes = Entry::new(vec![9], 5, 5).encode();
        bytes[4] = 2;
        assert_eq!(Entry::decode(&bytes), None);
        // Expiry before creation.
        let mut bad = Entry::new(vec![9], 50, 0).encode();
        bad[20] = 1;
        bad[13..21].copy_from_slice(&1u64.to_be_bytes());
        assert_eq!(Entry::decode(&bad), None);
        for n in 0..64 {
            let garbage: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(Entry::decode(&garbage), None);
        }
    }
}
