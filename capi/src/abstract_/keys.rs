//! gnutls_pubkey_* and gnutls_privkey_* basics: a public key taken from a
//! certificate, and an abstract private key backed by an X.509 key.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::Slot;
use crate::types::*;
use crate::x509::common;
use rgnutls::errors;
use rgnutls::x509::crt;
use rgnutls::x509::privkey::PrivateKey;

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_init(key: *mut gnutls_pubkey_t) -> c_int {
    entry! {
        if key.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *key = ffi::new_handle::<gnutls_pubkey_st>(Slot::default()) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_deinit(key: gnutls_pubkey_t) {
    // SAFETY: made by gnutls_pubkey_init, or NULL.
    entry! { unsafe { ffi::free_handle(key) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_import_x509(key: gnutls_pubkey_t, crt_: gnutls_x509_crt_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(spki)) = (unsafe { ffi::handle(key) }, unsafe { crate::x509::crtgen::subject_spki(crt_) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        h.set(spki);
        0
    }
}

/// The SPKI behind a pubkey handle.
unsafe fn spki(key: gnutls_pubkey_t) -> Option<std::sync::Arc<Vec<u8>>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get()
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_get_pk_algorithm(key: gnutls_pubkey_t, bits: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(s) = (unsafe { spki(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let (id, size) = crt::spki_algorithm(&s).unwrap_or((0, 0));
        // SAFETY: NULL or writable.
        if let Some(b) = unsafe { bits.as_mut() } {
            *b = size;
        }
        id
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_get_key_id(key: gnutls_pubkey_t, flags: c_uint, output_data: *mut c_uchar, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(s) = (unsafe { spki(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match crt::key_id(&s, flags) {
            // SAFETY: caller buffer of *output_data_size bytes.
            Ok(id) => unsafe { ffi::copy_out(output_data as *mut c_void, output_data_size, &id, false) },
            Err(e) => e,
        }
    }
}

fn spki_export(der: &[u8], fmt: rgnutls::x509::X509Format) -> Vec<u8> {
    match fmt {
        rgnutls::x509::X509Format::Der => der.to_vec(),
        rgnutls::x509::X509Format::Pem => rgnutls::encoding::pem_encode("PUBLIC KEY", der).into_bytes(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_export(key: gnutls_pubkey_t, format: gnutls_x509_crt_fmt_t, output_data: *mut c_void, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(s) = (unsafe { spki(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: caller buffer of *output_data_size bytes.
        unsafe { ffi::copy_out(output_data, output_data_size, &spki_export(&s, fmt), false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_export2(key: gnutls_pubkey_t, format: gnutls_x509_crt_fmt_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(s) = (unsafe { spki(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: a writable datum.
        unsafe { ffi::set_datum(out, &spki_export(&s, fmt)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_init(key: *mut gnutls_privkey_t) -> c_int {
    entry! {
        if key.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL.
        unsafe { *key = ffi::new_handle::<gnutls_privkey_st>(Slot::default()) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_deinit(key: gnutls_privkey_t) {
    // SAFETY: made by gnutls_privkey_init, or NULL.
    entry! { unsafe { ffi::free_handle(key) } }
}

// rgnutls: partial: the key is copied; with GNUTLS_PRIVKEY_IMPORT_AUTO_RELEASE the X.509 key is not released (a leak, never a dangling handle)
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_import_x509(pkey: gnutls_privkey_t, key: gnutls_x509_privkey_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(k)) = (unsafe { ffi::handle(pkey) }, unsafe { ffi::handle(key) }.and_then(|s| s.get())) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        h.set(PrivateKey::clone(&k));
        0
    }
}

/// gnutls_privkey_import_x509_raw: an X.509 private key (PKCS#1, SEC1 or
/// PKCS#8, plain or encrypted) straight from memory.
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_import_x509_raw(
    pkey: gnutls_privkey_t,
    data: *const gnutls_datum_t,
    format: gnutls_x509_crt_fmt_t,
    password: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(bytes)) = (unsafe { ffi::handle(pkey) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        // SAFETY: NULL or a C string.
        let password = unsafe { ffi::cstr(password) };
        match PrivateKey::import(bytes, fmt, password) {
            Ok(k) => {
                h.set(k);
                0
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_get_preferred_hash_algorithm(key: gnutls_pubkey_t, hash: *mut gnutls_digest_algorithm_t, mand: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(s) = (unsafe { spki(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let Some((id, bits)) = crt::spki_algorithm(&s) else { return errors::GNUTLS_E_UNKNOWN_PK_ALGORITHM };
        match rgnutls::x509::pksign::preferred_hash(id, bits) {
            Ok(h) => {
                // SAFETY: NULL or writable.
                if let Some(out) = unsafe { hash.as_mut() } {
                    *out = h;
                }
                // SAFETY: NULL or writable.
                if let Some(m) = unsafe { mand.as_mut() } {
                    *m = 0;
                }
                0
            }
            Err(e) => e,
        }
    }
}
