//! The Rust values behind GnuTLS's opaque handles that several modules
//! share. Each `impl Handle` ties a C handle type to its Rust type (see
//! `ffi::Handle`); the entry points that create, use and free each handle
//! live in the module of its concept.
use crate::ffi::Handle;
use crate::types::*;
use rgnutls::credentials::CertificateCredentials;
use std::sync::RwLock;

/// `gnutls_priority_t`: a parsed priority string, with the engine
/// configuration it selects built once, here, rather than per session.
/// Immutable once made, so sessions share it freely.
pub struct PriorityHandle {
    pub priority: rgnutls::priority::Priority,
    pub provider: std::sync::Arc<rustls::crypto::CryptoProvider>,
    pub versions: Vec<&'static rustls::SupportedProtocolVersion>,
}

impl PriorityHandle {
    pub fn new(priority: rgnutls::priority::Priority) -> Self {
        let provider = std::sync::Arc::new(priority.crypto_provider());
        let versions = priority.protocol_versions();
        Self { priority, provider, versions }
    }
}

/// Reference counted, as in GnuTLS: a session keeps its priority alive, so
/// the application may deinit the handle once it has set it.
impl Handle for gnutls_priority_st {
    type Rust = std::sync::Arc<PriorityHandle>;
}

/// `gnutls_certificate_credentials_t`: keys, certificates and trust, shared
/// by many sessions and threads. Loading functions take the write lock; a
/// session takes the read lock only while it builds its handshake
/// configuration, never across a call into C.
pub struct CertificateCredentialsHandle {
    pub core: RwLock<CertificateCredentials>,
    /// Application callbacks stored on the credentials (verify function,
    /// retrieve functions, ...), as raw addresses so they can be read
    /// without the lock. 0 means unset.
    pub callbacks: CertificateCallbacks,
}

#[derive(Default)]
pub struct CertificateCallbacks {
    /// gnutls_certificate_set_verify_function
    pub verify: std::sync::atomic::AtomicUsize,
}

impl Handle for gnutls_certificate_credentials_st {
    type Rust = CertificateCredentialsHandle;
}

impl CertificateCredentialsHandle {
    pub fn new() -> Self {
        Self { core: RwLock::new(CertificateCredentials::new()), callbacks: CertificateCallbacks::default() }
    }

    /// Reads the credentials; a poisoned lock (a panic while loading) still
    /// yields the data, which loading functions only change atomically.
    pub fn read(&self) -> std::sync::RwLockReadGuard<'_, CertificateCredentials> {
        self.core.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn write(&self) -> std::sync::RwLockWriteGuard<'_, CertificateCredentials> {
        self.core.write().unwrap_or_else(|e| e.into_inner())
    }
}

impl Default for CertificateCredentialsHandle {
    fn default() -> Self {
        Self::new()
    }
}
