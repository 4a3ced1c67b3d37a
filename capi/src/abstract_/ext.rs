//! gnutls_privkey_import_ext{,2,3,4}: private keys whose signing and
//! decryption the application does in callbacks. The callbacks are wrapped
//! as rgnutls::x509::extkey::ExternalOps; the core decides what each
//! callback is given (a DigestInfo for RSA PKCS#1 v1.5, a digest for ECDSA
//! and RSA-PSS, the message for EdDSA), as GnuTLS does.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::algorithms::{pk, sign};
use rgnutls::errors::{self, Code};
use rgnutls::x509::extkey::{self, ExternalOps};
use rgnutls::x509::privkey::PrivateKey;
use std::sync::Arc;

const INFO_PK_ALGO: c_uint = 1;
const INFO_HAVE_SIGN_ALGO: c_uint = 1 << 2;
const INFO_PK_ALGO_BITS: c_uint = 1 << 3;
/// GNUTLS_SIGN_ALGO_TO_FLAGS: the algorithm asked about sits above bit 20.
const SIGN_ALGO_SHIFT: u32 = 20;

/// The application's callbacks and their opaque pointer.
#[derive(Debug)]
struct Callbacks {
    /// The handle the key was imported into: the callbacks' first argument.
    handle: gnutls_privkey_t,
    userdata: *mut c_void,
    /// ext, ext2, ext3: "raw" signing (a DigestInfo or a digest).
    sign_raw: gnutls_privkey_sign_func,
    /// ext4.
    sign_hash: gnutls_privkey_sign_hash_func,
    sign_data: gnutls_privkey_sign_data_func,
    decrypt: gnutls_privkey_decrypt_func,
    deinit: gnutls_privkey_deinit_func,
    info: gnutls_privkey_info_func,
    pk: c_int,
    /// Imported with gnutls_privkey_import_ext4.
    ext4: bool,
}

// SAFETY: the pointers are the application's, only handed back to its own
// callbacks; GnuTLS calls them from whichever thread uses the key too.
unsafe impl Send for Callbacks {}
// SAFETY: as above; the wrapper itself is immutable.
unsafe impl Sync for Callbacks {}

impl Drop for Callbacks {
    fn drop(&mut self) {
        if let Some(deinit) = self.deinit {
            // SAFETY: the application's deinit callback with its own pointer,
            // once, when the last user of the key lets it go.
            unsafe { deinit(self.handle, self.userdata) };
        }
    }
}

/// Runs a callback that fills a datum and takes its (malloc'd) contents.
fn call_filling(f: impl FnOnce(*mut gnutls_datum_t) -> c_int) -> Result<Vec<u8>, Code> {
    let mut out = gnutls_datum_t { data: core::ptr::null_mut(), size: 0 };
    let rc = f(&mut out);
    // SAFETY: the callback filled the datum with gnutls_malloc'd memory, or left it empty.
    let bytes = unsafe { ffi::bytes(out.data as *const c_void, out.size as usize) }.map(<[u8]>::to_vec);
    if !out.data.is_null() {
        // SAFETY: allocated with gnutls_malloc (= libc malloc) by the callback, now ours.
        unsafe { libc::free(out.data as *mut c_void) };
    }
    if rc < 0 {
        return Err(rc);
    }
    bytes.ok_or(errors::GNUTLS_E_INTERNAL_ERROR)
}

fn input(bytes: &[u8]) -> gnutls_datum_t {
    gnutls_datum_t { data: bytes.as_ptr() as *mut c_uchar, size: bytes.len() as c_uint }
}

impl Callbacks {
    /// info_func(flags), or None without one or when it does not know.
    fn ask(&self, flags: c_uint) -> Option<c_int> {
        let info = self.info?;
        // SAFETY: the application's info callback with its own pointer.
        let rc = unsafe { info(self.handle, flags, self.userdata) };
        (rc >= 0).then_some(rc)
    }
}

impl ExternalOps for Callbacks {
    fn sign_hash(&self, sign_algo: i32, hash: &[u8]) -> Result<Vec<u8>, Code> {
        let data = input(hash);
        if let Some(f) = self.sign_hash {
            // SAFETY: the application's callback; `data` lives through the call.
            return call_filling(|out| unsafe { f(self.handle, sign_algo, self.userdata, 0, &data, out) });
        }
        // The raw callback has no algorithm argument: RSA-PSS cannot go through it.
        let pss = sign::info(sign_algo).is_some_and(|i| i.pk == pk::RSA_PSS);
        match self.sign_raw {
            // SAFETY: as above.
            Some(f) if !pss => call_filling(|out| unsafe { f(self.handle, self.userdata, &data, out) }),
            _ => Err(errors::GNUTLS_E_INVALID_REQUEST),
        }
    }

    fn sign_data(&self, sign_algo: i32, data: &[u8]) -> Result<Vec<u8>, Code> {
        let Some(f) = self.sign_data else { return Err(errors::GNUTLS_E_INVALID_REQUEST) };
        let data = input(data);
        // SAFETY: the application's callback; `data` lives through the call.
        call_filling(|out| unsafe { f(self.handle, sign_algo, self.userdata, 0, &data, out) })
    }

    fn decrypt(&self, ciphertext: &[u8]) -> Result<Vec<u8>, Code> {
        let Some(f) = self.decrypt else { return Err(errors::GNUTLS_E_INVALID_REQUEST) };
        let data = input(ciphertext);
        // SAFETY: the application's callback; `data` lives through the call.
        call_filling(|out| unsafe { f(self.handle, self.userdata, &data, out) })
    }

    fn supports(&self, sign_algo: i32) -> bool {
        let Some(info) = sign::info(sign_algo) else { return false };
        if !extkey::key_makes(self.pk, info) {
            return false;
        }
        let can_sign = match info.pk {
            pk::EDDSA_ED25519 | pk::EDDSA_ED448 => self.sign_data.is_some(),
            pk::RSA_PSS => self.sign_hash.is_some(),
            _ => self.sign_hash.is_some() || self.sign_raw.is_some(),
        };
        let asked = INFO_HAVE_SIGN_ALGO | ((sign_algo as c_uint) << SIGN_ALGO_SHIFT);
        can_sign && self.ask(asked).is_none_or(|yes| yes != 0)
    }
}

/// Makes the key and stores it in `pkey`; a GnuTLS code.
unsafe fn import(pkey: gnutls_privkey_t, mut cb: Callbacks) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(h) = (unsafe { ffi::handle(pkey) }) else {
        // Not ours to deinit: GnuTLS leaves the userdata alone on failure.
        cb.deinit = None;
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    cb.handle = pkey;
    if cb.pk == 0 {
        cb.pk = cb.ask(INFO_PK_ALGO).unwrap_or(0);
    }
    if pk::info(cb.pk).is_none() {
        cb.deinit = None;
        return errors::GNUTLS_E_INVALID_REQUEST;
    }
    // Only ext4 keys are asked their size (GnuTLS 3.7.9 reports 0 for the others).
    let bits = if cb.ext4 { cb.ask(INFO_PK_ALGO_BITS).map_or(0, |b| b as u32) } else { 0 };
    let pk_id = cb.pk;
    h.set(PrivateKey::external(Arc::new(cb), pk_id, bits));
    0
}

fn callbacks(userdata: *mut c_void, pk: c_int) -> Callbacks {
    Callbacks {
        handle: core::ptr::null_mut(),
        userdata,
        sign_raw: None,
        sign_hash: None,
        sign_data: None,
        decrypt: None,
        deinit: None,
        info: None,
        pk,
        ext4: false,
    }
}

// rgnutls: partial: RSA PKCS#1 v1.5 and ECDSA signatures, RSA decryption; no RSA-PSS (as in GnuTLS, the raw callback cannot make it)
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_import_ext(pkey: gnutls_privkey_t, pk: gnutls_pk_algorithm_t, userdata: *mut c_void, sign_func: gnutls_privkey_sign_func, decrypt_func: gnutls_privkey_decrypt_func, flags: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_privkey_import_ext2(pkey, pk, userdata, sign_func, decrypt_func, None, flags) } }
}

// rgnutls: partial: as gnutls_privkey_import_ext
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_import_ext2(pkey: gnutls_privkey_t, pk: gnutls_pk_algorithm_t, userdata: *mut c_void, sign_func: gnutls_privkey_sign_func, decrypt_func: gnutls_privkey_decrypt_func, deinit_func: gnutls_privkey_deinit_func, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        if sign_func.is_none() && decrypt_func.is_none() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let cb = Callbacks { sign_raw: sign_func, decrypt: decrypt_func, deinit: deinit_func, ..callbacks(userdata, pk) };
        // SAFETY: per the API contract.
        unsafe { import(pkey, cb) }
    }
}

// rgnutls: partial: as gnutls_privkey_import_ext; the info callback's answers on signature algorithms are honoured
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_import_ext3(pkey: gnutls_privkey_t, userdata: *mut c_void, sign_func: gnutls_privkey_sign_func, decrypt_func: gnutls_privkey_decrypt_func, deinit_func: gnutls_privkey_deinit_func, info_func: gnutls_privkey_info_func, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        if (sign_func.is_none() && decrypt_func.is_none()) || info_func.is_none() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let cb = Callbacks { sign_raw: sign_func, decrypt: decrypt_func, deinit: deinit_func, info: info_func, ..callbacks(userdata, 0) };
        // SAFETY: per the API contract.
        unsafe { import(pkey, cb) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_import_ext4(pkey: gnutls_privkey_t, userdata: *mut c_void, sign_data_func: gnutls_privkey_sign_data_func, sign_hash_func: gnutls_privkey_sign_hash_func, decrypt_func: gnutls_privkey_decrypt_func, deinit_func: gnutls_privkey_deinit_func, info_func: gnutls_privkey_info_func, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        if (sign_data_func.is_none() && sign_hash_func.is_none() && decrypt_func.is_none()) || info_func.is_none() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let cb = Callbacks {
            sign_data: sign_data_func,
            sign_hash: sign_hash_func,
            decrypt: decrypt_func,
            deinit: deinit_func,
            info: info_func,
            ext4: true,
            ..callbacks(userdata, 0)
        };
        // SAFETY: per the API contract.
        unsafe { import(pkey, cb) }
    }
}
