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
    /// The trust list given with gnutls_certificate_set_trust_list (or made
    /// by gnutls_certificate_get_trust_list): the credentials own it and the
    /// application may keep adding to it, so it is read at each use.
    pub trust_list: std::sync::Mutex<Option<OwnedTrustList>>,
    /// Certificate handles lent to the application (gnutls_certificate_get_issuer
    /// without GNUTLS_TL_GET_COPY): valid until the credentials are freed.
    pub lent: LentCertificates,
}

/// `gnutls_x509_crt_t` handles the owner lends out and frees when it goes.
#[derive(Default)]
pub struct LentCertificates(std::sync::Mutex<Vec<(Vec<u8>, usize)>>);

impl LentCertificates {
    /// The lent handle for the certificate `der`, made on first use: a
    /// second request for the same certificate gets the same handle.
    pub fn lend(&self, der: &[u8], make: impl FnOnce() -> Option<*mut gnutls_x509_crt_int>) -> Option<*mut gnutls_x509_crt_int> {
        let mut list = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, h)) = list.iter().find(|(d, _)| d == der) {
            return Some(*h as *mut gnutls_x509_crt_int);
        }
        let h = make()?;
        list.push((der.to_vec(), h as usize));
        Some(h)
    }
}

impl Drop for LentCertificates {
    fn drop(&mut self) {
        for (_, h) in self.0.get_mut().unwrap_or_else(|e| e.into_inner()).drain(..) {
            // SAFETY: handles made by `lend`'s caller with ffi::new_handle
            // and never freed by the application (they are lent).
            unsafe { crate::ffi::free_handle(h as *mut gnutls_x509_crt_int) };
        }
    }
}

/// A `gnutls_x509_trust_list_t` the credentials own: freed with them, with
/// the certificates handed to it (GnuTLS deinits it with `all` set).
pub struct OwnedTrustList(*mut gnutls_x509_trust_list_st);

// SAFETY: the list behind the pointer is a TrustListHandle, which is Sync
// (locks inside); only Drop frees it, once.
unsafe impl Send for OwnedTrustList {}

impl OwnedTrustList {
    /// Takes ownership of a live trust-list handle (non-NULL).
    pub fn new(list: *mut gnutls_x509_trust_list_st) -> Self {
        Self(list)
    }

    pub fn as_ptr(&self) -> *mut gnutls_x509_trust_list_st {
        self.0
    }

    pub fn get(&self) -> Option<&TrustListHandle> {
        // SAFETY: owned and live until Drop.
        unsafe { crate::ffi::handle(self.0) }
    }
}

impl Drop for OwnedTrustList {
    fn drop(&mut self) {
        // SAFETY: we own the list; nothing uses it after the credentials go.
        unsafe { crate::x509::trust_list::free_list(self.0, true) };
    }
}

#[derive(Default)]
pub struct CertificateCallbacks {
    /// gnutls_certificate_set_verify_function
    pub verify: std::sync::atomic::AtomicUsize,
    /// gnutls_certificate_set_retrieve_function{,2,3}
    pub retrieve: std::sync::Mutex<Option<super::retrieve::RetrieveFn>>,
    /// gnutls_certificate_set_ocsp_status_request_function{,2}
    pub ocsp: std::sync::Mutex<super::ocsp_staple::OcspFunctions>,
}

impl Handle for gnutls_certificate_credentials_st {
    type Rust = CertificateCredentialsHandle;
}

impl CertificateCredentialsHandle {
    pub fn new() -> Self {
        Self {
            core: RwLock::new(CertificateCredentials::new()),
            callbacks: CertificateCallbacks::default(),
            trust_list: std::sync::Mutex::new(None),
            lent: LentCertificates::default(),
        }
    }

    /// The trust sessions verify with: what the credentials' own trust
    /// functions added, plus the contents of the trust list set with
    /// gnutls_certificate_set_trust_list as it is now.
    pub fn trust(&self) -> std::sync::Arc<rgnutls::x509::trust::TrustList> {
        let own = self.read().trust();
        let guard = self.trust_list.lock().unwrap_or_else(|e| e.into_inner());
        match guard.as_ref().and_then(OwnedTrustList::get) {
            Some(list) if own.is_empty() && own.crls().is_empty() => std::sync::Arc::new(list.read().clone()),
            Some(list) => {
                let mut merged = list.read().clone();
                merged.extend(&own);
                std::sync::Arc::new(merged)
            }
            None => own,
        }
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

/// `gnutls_x509_crt_t`: one certificate (read through `Deref` as its
/// `Slot`), plus the draft the gnutls_x509_crt_set_* functions fill until
/// gnutls_x509_crt_sign2 turns it into the certificate.
#[derive(Default)]
pub struct CrtHandle {
    pub slot: Slot<rgnutls::x509::crt::Crt>,
    pub draft: std::sync::Mutex<Option<rgnutls::x509::certgen::CertDraft>>,
    /// The subject and issuer names lent out by gnutls_x509_crt_get_subject
    /// and _get_issuer as gnutls_x509_dn_t handles: they live (at a fixed
    /// address) as long as the certificate handle.
    pub names: crate::x509::dn_handle::CrtNames,
    /// gnutls_x509_crt_set_flags (GNUTLS_X509_CRT_FLAG_*).
    pub flags: std::sync::atomic::AtomicU32,
}

impl std::ops::Deref for CrtHandle {
    type Target = Slot<rgnutls::x509::crt::Crt>;
    fn deref(&self) -> &Self::Target {
        &self.slot
    }
}

impl From<Slot<rgnutls::x509::crt::Crt>> for CrtHandle {
    fn from(slot: Slot<rgnutls::x509::crt::Crt>) -> Self {
        Self { slot, draft: Default::default(), names: Default::default(), flags: Default::default() }
    }
}

impl Handle for gnutls_x509_crt_int {
    type Rust = CrtHandle;
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
    /// CRL handles given with gnutls_x509_trust_list_add_crls, freed with the list.
    pub owned_crls: std::sync::Mutex<Vec<usize>>,
    /// gnutls_x509_trust_list_set_getissuer_function (address; 0 unset).
    pub getissuer: std::sync::atomic::AtomicUsize,
    /// Issuers lent by gnutls_x509_trust_list_get_issuer, freed with the list.
    pub lent: LentCertificates,
    /// gnutls_x509_trust_list_set_ptr (address; 0 unset).
    pub user_ptr: std::sync::atomic::AtomicUsize,
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
