//! The application's hooks into chain verification: the output function
//! (gnutls_verify_output_function, given to gnutls_x509_trust_list_verify_crt*
//! or set on a session) that sees every check, and the trust list's
//! issuer callback (gnutls_x509_trust_list_set_getissuer_function) that may
//! supply a missing intermediate. Both run during verification, with
//! temporary handles on the certificates involved.
use super::trust_list::new_crt_handle;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::session::session;
use crate::types::*;
use rgnutls::x509::cert::CertInfo;
use rgnutls::x509::crl::Crl;
use rgnutls::x509::verify::VerifyObserver;
use std::sync::atomic::Ordering;

type OutputFn = unsafe extern "C" fn(gnutls_x509_crt_t, gnutls_x509_crt_t, gnutls_x509_crl_t, c_uint) -> c_int;
type GetIssuerFn =
    unsafe extern "C" fn(gnutls_x509_trust_list_t, gnutls_x509_crt_t, *mut *mut gnutls_x509_crt_t, *mut c_uint) -> c_int;

/// The hooks of one verification. No lock is held while they run: the
/// application may call back into the library.
#[derive(Default)]
pub struct CHooks {
    /// A gnutls_verify_output_function, by address (0: none).
    pub output: usize,
    /// A gnutls_x509_trust_list_getissuer_function (0: none) and the list
    /// it was set on, which it receives.
    pub getissuer: usize,
    pub list: usize,
}

impl CHooks {
    /// The output function and the issuer callback of `list`, if any.
    ///
    /// # Safety
    /// `list` is NULL or a live trust-list handle that outlives the hooks.
    pub unsafe fn new(output: gnutls_verify_output_function, list: gnutls_x509_trust_list_t) -> Self {
        // SAFETY: per the caller's contract.
        let getissuer = unsafe { ffi::handle(list) }.map_or(0, |h| h.getissuer.load(Ordering::Acquire));
        Self { output: output.map_or(0, |f| f as usize), getissuer, list: list as usize }
    }

    /// Neither hook is set.
    pub fn is_empty(&self) -> bool {
        self.output == 0 && self.getissuer == 0
    }
}

/// A temporary certificate handle, freed on drop.
struct TempCrt(gnutls_x509_crt_t);

impl TempCrt {
    fn new(der: &[u8]) -> Option<Self> {
        new_crt_handle(der).ok().map(Self)
    }
}

impl Drop for TempCrt {
    fn drop(&mut self) {
        // SAFETY: made by new_crt_handle; the callback only borrowed it.
        unsafe { ffi::free_handle(self.0) };
    }
}

/// A temporary CRL handle, freed on drop.
struct TempCrl(gnutls_x509_crl_t);

impl TempCrl {
    fn new(der: &[u8]) -> Option<Self> {
        let crl = Crl::from_der(der).ok()?;
        let slot = crate::gnutls::handles::Slot::default();
        slot.set(crl);
        Some(Self(ffi::new_handle::<gnutls_x509_crl_int>(slot)))
    }
}

impl Drop for TempCrl {
    fn drop(&mut self) {
        // SAFETY: made just above; the callback only borrowed it.
        unsafe { ffi::free_handle(self.0) };
    }
}

impl VerifyObserver for CHooks {
    fn checked(&mut self, cert: &CertInfo, issuer: Option<&CertInfo>, crl: Option<&[u8]>, status: u32) {
        if self.output == 0 {
            return;
        }
        // SAFETY: a gnutls_verify_output_function stored by the application.
        let f: OutputFn = unsafe { core::mem::transmute::<usize, OutputFn>(self.output) };
        let Some(c) = TempCrt::new(&cert.der) else { return };
        let i = issuer.and_then(|i| TempCrt::new(&i.der));
        let l = crl.and_then(TempCrl::new);
        let ip = i.as_ref().map_or(core::ptr::null_mut(), |i| i.0);
        let lp = l.as_ref().map_or(core::ptr::null_mut(), |l| l.0);
        // SAFETY: the application's function, with handles valid for the call.
        // Its return value is ignored, as GnuTLS ignores it.
        let _ = unsafe { f(c.0, ip, lp, status) };
    }

    /// Calls the issuer callback. What it returns belongs to us: the
    /// certificates are read, then freed with the array.
    fn missing_issuer(&mut self, cert: &CertInfo) -> Result<Vec<Vec<u8>>, c_int> {
        if self.getissuer == 0 {
            return Ok(Vec::new());
        }
        // SAFETY: a gnutls_x509_trust_list_getissuer_function stored by the application.
        let f: GetIssuerFn = unsafe { core::mem::transmute::<usize, GetIssuerFn>(self.getissuer) };
        let Some(c) = TempCrt::new(&cert.der) else { return Ok(Vec::new()) };
        let mut issuers: *mut gnutls_x509_crt_t = core::ptr::null_mut();
        let mut size: c_uint = 0;
        // SAFETY: the application's callback with the list it was set on and
        // out parameters we own.
        let r = unsafe { f(self.list as gnutls_x509_trust_list_t, c.0, &mut issuers, &mut size) };
        if r < 0 {
            return Err(r);
        }
        let mut ders = Vec::new();
        if !issuers.is_null() {
            for k in 0..size as usize {
                // SAFETY: the callback returned `size` handles in `issuers`.
                let h = unsafe { *issuers.add(k) };
                // SAFETY: a certificate handle from the application, ours now.
                if let Some(crt) = unsafe { super::common::crt(h) } {
                    ders.push(crt.der().to_vec());
                }
                // SAFETY: given to us; nothing else frees it.
                unsafe { ffi::free_handle(h) };
            }
            // SAFETY: the array was allocated with gnutls_malloc (libc).
            unsafe { libc::free(issuers as *mut c_void) };
        }
        Ok(ders)
    }
}

/// Verification of the peer's certificate (verify_peers*, and
/// gnutls_session_set_verify_cert) calls `func` for every check.
#[no_mangle]
pub unsafe extern "C" fn gnutls_session_set_verify_output_function(session: gnutls_session_t, func: gnutls_verify_output_function) {
    entry! {
        let h = session!(session);
        h.verify_output.store(func.map_or(0, |f| f as usize), Ordering::Release);
    }
}
