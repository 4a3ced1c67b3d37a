//! `gnutls_cipher_*`: incremental ciphers over `rgnutls::crypto::cipher`.
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{self, Failure, Handle};
use crate::types::*;
use rgnutls::algorithms::cipher::CipherInfo;
use rgnutls::crypto::cipher::Cipher;
use rgnutls::crypto::padding;
use rgnutls::errors::{GNUTLS_E_INVALID_REQUEST, GNUTLS_E_SHORT_MEMORY_BUFFER};
use std::cell::{RefCell, RefMut};

/// `gnutls_cipher_hd_t`; the state is borrowed only inside one call.
///
/// A RefCell, not a Mutex: a cipher handle, as in GnuTLS, is for one thread
/// at a time (the application serialises its use), and the mutex's two
/// atomic operations per call were measured at about a fifth of the time of
/// AES-XTS on 512-byte sectors (set_iv + encrypt2 per sector; each atomic
/// waits for the sector's stores to drain). A re-entrant use is refused.
impl Handle for api_cipher_hd_st {
    type Rust = RefCell<Cipher>;
}

fn borrow(c: &RefCell<Cipher>) -> Result<RefMut<'_, Cipher>, c_int> {
    c.try_borrow_mut().map_err(|_| GNUTLS_E_INVALID_REQUEST)
}

/// Runs `f` on the borrowed cipher; a GnuTLS code.
fn with(c: &RefCell<Cipher>, f: impl FnOnce(&mut Cipher) -> rgnutls::crypto::Result<()>) -> c_int {
    match borrow(c) {
        Ok(mut c) => code(f(&mut c)),
        Err(e) => e,
    }
}

/// Whether GnuTLS treats the cipher as a block cipher, the only kind that
/// GNUTLS_CIPHER_PADDING_PKCS7 pads: the block modes with a one-block IV
/// (CBC, CFB8 and XTS), not the stream ciphers or AEADs.
fn is_block(info: &CipherInfo) -> bool {
    !info.aead && info.block_size > 1 && info.iv_size == info.block_size
}

fn code(r: rgnutls::crypto::Result<()>) -> c_int {
    r.err().unwrap_or(0)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_init(handle: *mut gnutls_cipher_hd_t, cipher: gnutls_cipher_algorithm_t, key: *const gnutls_datum_t, iv: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: key datum per the API.
        let Some(k) = (unsafe { ffi::datum(key) }) else { return Failure::invalid() };
        // SAFETY: the IV datum is optional.
        let iv = unsafe { ffi::datum(iv) };
        if handle.is_null() {
            return Failure::invalid();
        }
        match Cipher::new(cipher, k, iv) {
            Ok(c) => {
                // SAFETY: `handle` is a writable handle slot per the API.
                unsafe { *handle = ffi::new_handle::<api_cipher_hd_st>(RefCell::new(c)) };
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_set_iv(handle: gnutls_cipher_hd_t, iv: *mut c_void, ivlen: size_t) {
    entry! {
        // SAFETY: a live handle and `ivlen` readable bytes, per the API.
        let (Some(c), Some(iv)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::bytes(iv, ivlen) }) else {
            return;
        };
        // No way to report a bad IV length from here; the cipher keeps its old IV.
        let _ = with(c, |c| c.set_iv(iv));
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_add_auth(handle: gnutls_cipher_hd_t, text: *const c_void, text_size: size_t) -> c_int {
    entry! {
        // SAFETY: a live handle and `text_size` readable bytes, per the API.
        let (Some(c), Some(t)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::bytes(text, text_size) }) else {
            return Failure::invalid();
        };
        with(c, |c| c.add_auth(t))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_tag(handle: gnutls_cipher_hd_t, tag: *mut c_void, tag_size: size_t) -> c_int {
    entry! {
        // SAFETY: a live handle and `tag_size` writable bytes, per the API.
        let (Some(c), Some(t)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::bytes_mut(tag, tag_size) }) else {
            return Failure::invalid();
        };
        with(c, |c| c.tag(t))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_encrypt(handle: gnutls_cipher_hd_t, text: *mut c_void, textlen: size_t) -> c_int {
    entry! {
        // SAFETY: a live handle and `textlen` writable bytes, per the API.
        let (Some(c), Some(t)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::bytes_mut(text, textlen) }) else {
            return Failure::invalid();
        };
        with(c, |c| c.encrypt(t))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_decrypt(handle: gnutls_cipher_hd_t, ciphertext: *mut c_void, ciphertextlen: size_t) -> c_int {
    entry! {
        // SAFETY: a live handle and `ciphertextlen` writable bytes, per the API.
        let (Some(c), Some(t)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::bytes_mut(ciphertext, ciphertextlen) }) else {
            return Failure::invalid();
        };
        with(c, |c| c.decrypt(t))
    }
}

/// Runs the cipher from `input` into `output`: straight from one buffer to
/// the other when they are apart; when they are the same or overlap (GnuTLS
/// allows both) the input is first moved into the output buffer (memmove)
/// and transformed there.
///
/// # Safety
/// `input` is NULL or valid for `in_len` bytes, `output` NULL or valid for
/// `out_len` bytes.
unsafe fn run_to(
    c: &RefCell<Cipher>,
    input: *const c_void,
    in_len: usize,
    output: *mut c_void,
    out_len: usize,
    encrypt: bool,
) -> c_int {
    if out_len < in_len {
        return GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    if in_len > 0 && (input.is_null() || output.is_null()) {
        return GNUTLS_E_INVALID_REQUEST;
    }
    let (i, o) = (input as usize, output as usize);
    let ends_before = |a: usize, b: usize| a.checked_add(in_len).is_some_and(|end| end <= b);
    let apart = in_len == 0 || ends_before(i, o) || ends_before(o, i);
    if apart {
        // SAFETY: both buffers hold `in_len` bytes and do not overlap.
        let (Some(src), Some(dst)) = (unsafe { ffi::bytes(input, in_len) }, unsafe { ffi::bytes_mut(output, in_len) }) else {
            return GNUTLS_E_INVALID_REQUEST;
        };
        return with(c, |c| if encrypt { c.encrypt_to(src, dst) } else { c.decrypt_to(src, dst) });
    }
    // SAFETY: both buffers hold `in_len` bytes; copy() allows overlap.
    unsafe { core::ptr::copy(input as *const u8, output as *mut u8, in_len) };
    // SAFETY: `output` holds at least `in_len` bytes.
    match unsafe { ffi::bytes_mut(output, in_len) } {
        Some(dst) => with(c, |c| if encrypt { c.encrypt(dst) } else { c.decrypt(dst) }),
        None => GNUTLS_E_INVALID_REQUEST,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_encrypt2(handle: gnutls_cipher_hd_t, text: *const c_void, textlen: size_t, ciphertext: *mut c_void, ciphertextlen: size_t) -> c_int {
    entry! {
        // SAFETY: a live handle per the API.
        let Some(c) = (unsafe { ffi::handle(handle) }) else { return Failure::invalid() };
        // SAFETY: buffers of the given sizes per the API.
        unsafe { run_to(c, text, textlen, ciphertext, ciphertextlen, true) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_decrypt2(handle: gnutls_cipher_hd_t, ciphertext: *const c_void, ciphertextlen: size_t, text: *mut c_void, textlen: size_t) -> c_int {
    entry! {
        // SAFETY: a live handle per the API.
        let Some(c) = (unsafe { ffi::handle(handle) }) else { return Failure::invalid() };
        // SAFETY: buffers of the given sizes per the API.
        unsafe { run_to(c, ciphertext, ciphertextlen, text, textlen, false) }
    }
}

/// Like encrypt2, with optional PKCS#7 padding for block ciphers. A NULL
/// `ctext` asks for the output size; a short buffer is refused without
/// reporting the size (as GnuTLS does).
#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_encrypt3(handle: gnutls_cipher_hd_t, ptext: *const c_void, ptext_len: size_t, ctext: *mut c_void, ctext_len: *mut size_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: a live handle, `ptext_len` readable bytes and a size pointer, per the API.
        let (Some(c), Some(p), Some(size)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::bytes(ptext, ptext_len) }, unsafe { ctext_len.as_mut() }) else {
            return Failure::invalid();
        };
        let mut c = match borrow(c) {
            Ok(c) => c,
            Err(e) => return e,
        };
        let block = c.info().block_size;
        let pad = is_block(c.info()) && flags & GNUTLS_CIPHER_PADDING_PKCS7 as c_uint != 0;
        let need = if pad {
            match padding::padded_len(p.len(), block) {
                Some(n) => n,
                None => return GNUTLS_E_INVALID_REQUEST,
            }
        } else {
            p.len()
        };
        if ctext.is_null() {
            *size = need;
            return 0;
        }
        if *size < need {
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        let mut buf = if pad { padding::pad(p, block) } else { p.to_vec() };
        if let Err(e) = c.encrypt(&mut buf) {
            return e;
        }
        // SAFETY: `ctext` holds `*size >= need` bytes.
        unsafe { core::ptr::copy_nonoverlapping(buf.as_ptr(), ctext as *mut u8, buf.len()) };
        *size = need;
        0
    }
}

/// Like decrypt2, with optional PKCS#7 padding removal for block ciphers.
#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_decrypt3(handle: gnutls_cipher_hd_t, ctext: *const c_void, ctext_len: size_t, ptext: *mut c_void, ptext_len: *mut size_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: a live handle, `ctext_len` readable bytes and a size pointer, per the API.
        let (Some(c), Some(ct), Some(size)) = (unsafe { ffi::handle(handle) }, unsafe { ffi::bytes(ctext, ctext_len) }, unsafe { ptext_len.as_mut() }) else {
            return Failure::invalid();
        };
        if ptext.is_null() || *size < ct.len() {
            return GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        let mut c = match borrow(c) {
            Ok(c) => c,
            Err(e) => return e,
        };
        let mut buf = ct.to_vec();
        if let Err(e) = c.decrypt(&mut buf) {
            return e;
        }
        let pad = is_block(c.info()) && flags & GNUTLS_CIPHER_PADDING_PKCS7 as c_uint != 0;
        // SAFETY: `ptext` holds `*size >= ct.len()` bytes.
        unsafe { core::ptr::copy_nonoverlapping(buf.as_ptr(), ptext as *mut u8, buf.len()) };
        let len = if pad {
            match padding::unpadded_len(&buf, c.info().block_size) {
                Ok(n) => n,
                Err(e) => return e,
            }
        } else {
            buf.len()
        };
        *size = len;
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_deinit(handle: gnutls_cipher_hd_t) {
    entry! {
        // SAFETY: the application gives the handle up here.
        unsafe { ffi::free_handle(handle) };
    }
}
