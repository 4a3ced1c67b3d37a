//! The library's clock: the system's, or the application's after
//! `gnutls_global_set_time_function` (chronyd's NTS keeps its own time and
//! has certificates checked against it).
//!
//! Everything that asks "what time is it" goes through here: certificate,
//! CRL and OCSP checks, session lifetimes, TOFU, certificate generation, and
//! rustls (through [`TimeProvider`]), so one setting moves them all.

use std::sync::{Arc, OnceLock, RwLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rustls::pki_types::UnixTime;
use rustls::time_provider::TimeProvider;

/// A replacement clock: seconds since the Unix epoch.
pub type Source = fn() -> i64;

static SOURCE: RwLock<Option<Source>> = RwLock::new(None);

/// Installs `source` (None: back to the system clock).
pub fn set_source(source: Option<Source>) {
    *SOURCE.write().unwrap_or_else(|e| e.into_inner()) = source;
}

/// Seconds since the Unix epoch (negative before it).
pub fn now_secs() -> i64 {
    // Copied out so the application's function runs without the lock held.
    let source = *SOURCE.read().unwrap_or_else(|e| e.into_inner());
    match source {
        Some(f) => f(),
        None => match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
        },
    }
}

/// [`now_secs`] as a `SystemTime`.
pub fn system_now() -> SystemTime {
    let secs = now_secs();
    if secs >= 0 {
        UNIX_EPOCH + Duration::from_secs(secs.unsigned_abs())
    } else {
        UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs())
    }
}

/// [`now_secs`] for rustls and webpki (which cannot go before 1970).
pub fn unix_now() -> UnixTime {
    UnixTime::since_unix_epoch(Duration::from_secs(u64::try_from(now_secs()).unwrap_or(0)))
}

/// Gives rustls this clock (ticket lifetimes, certificate checks).
#[derive(Debug)]
pub struct LibraryClock;

impl TimeProvider for LibraryClock {
    fn current_time(&self) -> Option<UnixTime> {
        Some(unix_now())
    }
}

/// The [`LibraryClock`] for rustls configs, one shared allocation.
pub fn time_provider() -> Arc<dyn TimeProvider> {
    static SHARED: OnceLock<Arc<dyn TimeProvider>> = OnceLock::new();
    Arc::clone(SHARED.get_or_init(|| Arc::new(LibraryClock)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_installed_source_is_used_then_removed() {
        fn fixed() -> i64 {
            1_000_000_000
        }
        set_source(Some(fixed));
        assert_eq!(now_secs(), 1_000_000_000);
        assert_eq!(unix_now().as_secs(), 1_000_000_000);
        assert_eq!(LibraryClock.current_time().map(|t| t.as_secs()), Some(1_000_000_000));
        set_source(None);
        assert!(now_secs() > 1_700_000_000);
    }
}
