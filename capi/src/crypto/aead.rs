//! `gnutls_aead_cipher_*`: one-shot AEAD over `rgnutls::crypto::aead`.
//! The scattered-buffer forms gather the `giovec_t` pieces into one
//! contiguous buffer, run the one-shot operation and scatter the result back.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Failure, Handle};
use crate::types::*;
use rgnutls::crypto::aead::Aead;
use rgnutls::errors::{GNUTLS_E_DECRYPTION_FAILED, GNUTLS_E_INVALID_REQUEST, GNUTLS_E_SHORT_MEMORY_BUFFER};
use std::sync::RwLock;

/// `gnutls_aead_cipher_hd_t`: the key; operations read it, set_key replaces it.
impl Handle for api_aead_cipher_hd_st {
    type Rust = RwLock<Aead>;
}

fn read(h: &RwLock<Aead>) -> std::sync::RwLockReadGuard<'_, Aead> {
    h.read().unwrap_or_else(|e| e.into_inner())
}

/// The pieces of an iovec array; NULL with a zero count is empty.
///
/// # Safety
/// `iov` is NULL or points to `cnt` iovecs, each NULL/empty or valid for its length.
unsafe fn pieces<'a>(iov: *const giovec_t, cnt: c_int) -> Option<Vec<&'a mut [u8]>> {
    let cnt = usize::try_from(cnt).ok()?;
    if cnt == 0 {
        return Some(Vec::new());
    }
    if iov.is_null() {
        return None;
    }
    // SAFETY: per the caller's contract.
    let vecs = unsafe { core::slice::from_raw_parts(iov, cnt) };
    vecs.iter()
        // SAFETY: each iovec describes a valid buffer, per the caller's contract.
        .map(|v| unsafe { ffi::bytes_mut(v.iov_base, v.iov_len) })
        .collect()
}

fn gather(p: &[&mut [u8]]) -> Vec<u8> {
    p.iter().flat_map(|s| s.iter().copied()).collect()
}

fn scatter(p: &mut [&mut [u8]], mut data: &[u8]) {
    for s in p.iter_mut() {
        let n = s.len().min(data.len());
        s[..n].copy_from_slice(&data[..n]);
        data = &data[n..];
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_aead_cipher_init(handle: *mut gnutls_aead_cipher_hd_t, cipher: gnutls_cipher_algorithm_t, key: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: key datum per the API.
        let Some(k) = (unsafe { ffi::datum(key) }) else { return Failure::invalid() };
        if handle.is_null() {
            return Failure::invalid();
        }
        match Aead::new(cipher, k) {
            Ok(a) => {
                // SAFETY: `handle` is a writable handle slot per the API.
                unsafe { *handle = ffi::new_handle::<api_aead_cipher_hd_st>(RwLock::new(a)) };
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_aead_cipher_set_key(handle: gnutls_aead_cipher_hd_t, key: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: a live handle and a key datum, per the API.
        let (Some(h), Some(k)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::datum(key) }) else {
            return Failure::invalid();
        };
        let mut a = h.write().unwrap_or_else(|e| e.into_inner());
        a.set_key(k).err().unwrap_or(0)
    }
}

/// Encrypts into `ctext` (ciphertext then tag). A short buffer is refused
/// without reporting the size, as in GnuTLS.
#[no_mangle]
pub unsafe extern "C" fn gnutls_aead_cipher_encrypt(handle: gnutls_aead_cipher_hd_t, nonce: *const c_void, nonce_len: size_t, auth: *const c_void, auth_len: size_t, tag_size: size_t, ptext: *const c_void, ptext_len: size_t, ctext: *mut c_void, ctext_len: *mut size_t) -> c_int {
    entry! {
        // SAFETY: a live handle, buffers of the given sizes and a size pointer, per the API.
        let (Some(h), Some(n), Some(a), Some(p), Some(size)) = (unsafe {
            (ffi::handle(handle), ffi::bytes(nonce, nonce_len), ffi::bytes(auth, auth_len), ffi::bytes(ptext, ptext_len), ctext_len.as_mut())
        }) else {
            return Failure::invalid();
        };
        let aead = read(h);
        let need = match aead.ciphertext_len(p.len(), tag_size) {
            Ok(n) => n,
            Err(e) => return e,
        };
        if ctext.is_null() || *size < need {
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        match aead.encrypt(n, a, tag_size, p) {
            Ok(out) => {
                // SAFETY: `ctext` holds `*size >= need == out.len()` bytes.
                unsafe { core::ptr::copy_nonoverlapping(out.as_ptr(), ctext as *mut u8, out.len()) };
                *size = out.len();
                0
            }
            Err(e) => e,
        }
    }
}

/// Decrypts `ctext` (ciphertext then tag) into `ptext`.
#[no_mangle]
pub unsafe extern "C" fn gnutls_aead_cipher_decrypt(handle: gnutls_aead_cipher_hd_t, nonce: *const c_void, nonce_len: size_t, auth: *const c_void, auth_len: size_t, tag_size: size_t, ctext: *const c_void, ctext_len: size_t, ptext: *mut c_void, ptext_len: *mut size_t) -> c_int {
    entry! {
        // SAFETY: a live handle, buffers of the given sizes and a size pointer, per the API.
        let (Some(h), Some(n), Some(a), Some(c), Some(size)) = (unsafe {
            (ffi::handle(handle), ffi::bytes(nonce, nonce_len), ffi::bytes(auth, auth_len), ffi::bytes(ctext, ctext_len), ptext_len.as_mut())
        }) else {
            return Failure::invalid();
        };
        let aead = read(h);
        let tag = if tag_size == 0 { aead.info().tag_size } else { tag_size };
        if tag > aead.info().tag_size {
            return GNUTLS_E_INVALID_REQUEST;
        }
        if c.len() < tag {
            return GNUTLS_E_DECRYPTION_FAILED;
        }
        if ptext.is_null() || *size < c.len() - tag {
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        match aead.decrypt(n, a, tag_size, c) {
            Ok(out) => {
                // SAFETY: `ptext` holds `*size >= out.len()` bytes.
                unsafe { core::ptr::copy_nonoverlapping(out.as_ptr(), ptext as *mut u8, out.len()) };
                *size = out.len();
                0
            }
            Err(e) => e,
        }
    }
}

/// Scattered plaintext and associated data in, contiguous ciphertext + tag out.
#[no_mangle]
pub unsafe extern "C" fn gnutls_aead_cipher_encryptv(handle: gnutls_aead_cipher_hd_t, nonce: *const c_void, nonce_len: size_t, auth_iov: *const giovec_t, auth_iovcnt: c_int, tag_size: size_t, iov: *const giovec_t, iovcnt: c_int, ctext: *mut c_void, ctext_len: *mut size_t) -> c_int {
    entry! {
        // SAFETY: a live handle, a nonce, iovec arrays and a size pointer, per the API.
        let (Some(h), Some(n), Some(a), Some(p), Some(size)) = (unsafe {
            (ffi::handle(handle), ffi::bytes(nonce, nonce_len), pieces(auth_iov, auth_iovcnt), pieces(iov, iovcnt), ctext_len.as_mut())
        }) else {
            return Failure::invalid();
        };
        let aead = read(h);
        let plain = gather(&p);
        let need = match aead.ciphertext_len(plain.len(), tag_size) {
            Ok(n) => n,
            Err(e) => return e,
        };
        if ctext.is_null() || *size < need {
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        match aead.encrypt(n, &gather(&a), tag_size, &plain) {
            Ok(out) => {
                // SAFETY: `ctext` holds `*size >= need == out.len()` bytes.
                unsafe { core::ptr::copy_nonoverlapping(out.as_ptr(), ctext as *mut u8, out.len()) };
                *size = out.len();
                0
            }
            Err(e) => e,
        }
    }
}

/// Encrypts scattered buffers in place and writes the tag separately.
/// `*tag_size` 0 (or a NULL pointer) means the algorithm's full tag.
#[no_mangle]
pub unsafe extern "C" fn gnutls_aead_cipher_encryptv2(handle: gnutls_aead_cipher_hd_t, nonce: *const c_void, nonce_len: size_t, auth_iov: *const giovec_t, auth_iovcnt: c_int, iov: *const giovec_t, iovcnt: c_int, tag: *mut c_void, tag_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: a live handle, a nonce and iovec arrays, per the API.
        let (Some(h), Some(n), Some(a), Some(mut p)) = (unsafe {
            (ffi::handle(handle), ffi::bytes(nonce, nonce_len), pieces(auth_iov, auth_iovcnt), pieces(iov, iovcnt))
        }) else {
            return Failure::invalid();
        };
        let aead = read(h);
        // SAFETY: `tag_size` is NULL or valid, per the API.
        let want = unsafe { tag_size.as_ref() }.copied().unwrap_or(0);
        let t = if want == 0 { aead.info().tag_size } else { want };
        if t > aead.info().tag_size {
            return GNUTLS_E_INVALID_REQUEST;
        }
        let plain = gather(&p);
        let out = match aead.encrypt(n, &gather(&a), t, &plain) {
            Ok(o) => o,
            Err(e) => return e,
        };
        let (ct, tg) = out.split_at(plain.len());
        // SAFETY: `tag` holds the tag size asked for, per the API.
        match unsafe { ffi::bytes_mut(tag, t) } {
            Some(dst) if !tag.is_null() => dst.copy_from_slice(tg),
            _ => return GNUTLS_E_INVALID_REQUEST,
        }
        scatter(&mut p, ct);
        // SAFETY: as above.
        if let Some(ts) = unsafe { tag_size.as_mut() } {
            *ts = t;
        }
        0
    }
}

/// Decrypts scattered buffers in place after checking the separate tag.
#[no_mangle]
pub unsafe extern "C" fn gnutls_aead_cipher_decryptv2(handle: gnutls_aead_cipher_hd_t, nonce: *const c_void, nonce_len: size_t, auth_iov: *const giovec_t, auth_iovcnt: c_int, iov: *const giovec_t, iovcnt: c_int, tag: *mut c_void, tag_size: size_t) -> c_int {
    entry! {
        // SAFETY: a live handle, a nonce, iovec arrays and the tag, per the API.
        let (Some(h), Some(n), Some(a), Some(mut p), Some(tg)) = (unsafe {
            (ffi::handle(handle), ffi::bytes(nonce, nonce_len), pieces(auth_iov, auth_iovcnt), pieces(iov, iovcnt), ffi::bytes(tag, tag_size))
        }) else {
            return Failure::invalid();
        };
        let aead = read(h);
        let t = if tag_size == 0 { aead.info().tag_size } else { tag_size };
        if t > aead.info().tag_size || tg.len() != t {
            return GNUTLS_E_INVALID_REQUEST;
        }
        let mut input = gather(&p);
        input.extend_from_slice(tg);
        match aead.decrypt(n, &gather(&a), t, &input) {
            Ok(out) => {
                scatter(&mut p, &out);
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_aead_cipher_deinit(handle: gnutls_aead_cipher_hd_t) {
    entry! {
        // SAFETY: the application gives the handle up here.
        unsafe { ffi::free_handle(handle) };
    }
}
