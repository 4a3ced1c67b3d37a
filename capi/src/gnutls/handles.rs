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
    /// gnutls_certificate_set_retrieve_function{,2,3}
    pub retrieve: std::sync::Mutex<Option<super::retrieve::RetrieveFn>>,
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

/// A handle whose value is set after creation (gnutls_x509_crt_init, then
/// _import): empty until then. The value is an `Arc` so getters clone it
/// out and never hold the lock while they work.
pub struct Slot<T>(RwLock<Option<std::sync::Arc<T>>>);

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self(RwLock::new(None))
    }
}

impl<T> Slot<T> {
    pub fn get(&self) -> Option<std::sync::Arc<T>> {
        self.0.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn set(&self, value: T) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = Some(std::sync::Arc::new(value));
    }
}

/// `gnutls_x509_crt_t`: one certificate.
impl Handle for gnutls_x509_crt_int {
    type Rust = Slot<rgnutls::x509::crt::Crt>;
}

/// `gnutls_x509_privkey_t`: one decoded private key.
impl Handle for gnutls_x509_privkey_int {
    type Rust = Slot<rgnutls::x509::privkey::PrivateKey>;
}

/// `gnutls_privkey_t`: the abstract private key; only X.509 keys back it.
impl Handle for gnutls_privkey_st {
    type Rust = Slot<rgnutls::x509::privkey::PrivateKey>;
}

/// `gnutls_pubkey_t`: a public key, kept as SubjectPublicKeyInfo DER.
impl Handle for gnutls_pubkey_st {
    type Rust = Slot<Vec<u8>>;
}

/// `gnutls_x509_trust_list_t`: trusted CAs and CRLs. Certificates handed
/// over with gnutls_x509_trust_list_add_cas belong to the list afterwards
/// (GnuTLS frees them in deinit): their addresses are kept for that.
#[derive(Default)]
pub struct TrustListHandle {
    pub list: RwLock<rgnutls::x509::trust::TrustList>,
    pub owned_crts: std::sync::Mutex<Vec<usize>>,
}

impl Handle for gnutls_x509_trust_list_st {
    type Rust = TrustListHandle;
}

impl TrustListHandle {
    pub fn read(&self) -> std::sync::RwLockReadGuard<'_, rgnutls::x509::trust::TrustList> {
        self.list.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn write(&self) -> std::sync::RwLockWriteGuard<'_, rgnutls::x509::trust::TrustList> {
        self.list.write().unwrap_or_else(|e| e.into_inner())
    }
}

/// `gnutls_x509_trust_list_iter_t`: the position of gnutls_x509_trust_list_iter_get_ca.
impl Handle for gnutls_x509_trust_list_iter {
    type Rust = std::cell::Cell<usize>;
}
