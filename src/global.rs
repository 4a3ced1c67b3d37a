//! Library-wide state: the reference count of `gnutls_global_init`.
//!
//! GnuTLS counts initialisations: the implicit one at load time and every
//! explicit `gnutls_global_init` each take a reference, and the state is torn
//! down only when the last `gnutls_global_deinit` drops it.
use std::sync::Mutex;

static REFS: Mutex<u32> = Mutex::new(0);

/// Takes a reference; true when this is the first one and the caller must
/// set the library up.
pub fn acquire() -> bool {
    let mut n = REFS.lock().unwrap_or_else(|e| e.into_inner());
    *n += 1;
    *n == 1
}

/// Drops a reference; true when it was the last one. Extra calls are ignored.
pub fn release() -> bool {
    let mut n = REFS.lock().unwrap_or_else(|e| e.into_inner());
    if *n == 0 {
        return false;
    }
    *n -= 1;
    *n == 0
}

/// The version we implement, as `gnutls_check_version` reports it.
pub const VERSION: &str = "3.7.9";

/// `gnutls_check_version`'s test: is `required` ("3.6.0", "3.7", ...) at most
/// our version? Non-numeric parts compare as 0, as a lenient C parser would.
pub fn version_satisfies(required: &str) -> bool {
    fn parts(v: &str) -> [u32; 3] {
        let mut out = [0; 3];
        for (slot, p) in out.iter_mut().zip(v.trim().split('.')) {
            let digits: String = p.chars().take_while(|c| c.is_ascii_digit()).collect();
            *slot = digits.parse().unwrap_or(0);
        }
        out
    }
    parts(required) <= parts(VERSION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert!(version_satisfies("3.7.9"));
        assert!(version_satisfies("3.4.0"));
        assert!(version_satisfies("2.12.23"));
        assert!(version_satisfies("3.7"));
        assert!(!version_satisfies("3.7.10"));
        assert!(!version_satisfies("3.8.0"));
        assert!(!version_satisfies("4"));
    }

    #[test]
    fn refcount() {
        // Other tests do not touch the count.
        assert!(acquire());
        assert!(!acquire());
        assert!(!release());
        assert!(release());
        assert!(!release());
    }
}
