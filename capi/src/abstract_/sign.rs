//! gnutls_privkey_* generation, signing and decryption, gnutls_pubkey_*
//! import and verification, and certificate signing with an abstract key.
//! The logic is in rgnutls::x509::{keygen, pksign}.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::Slot;
use crate::types::*;
use crate::x509::common;
use rgnutls::errors;
use rgnutls::x509::privkey::PrivateKey;
use rgnutls::x509::{crt::Crt, keygen, pksign};

const SIGN_FLAG_TLS1_RSA: c_uint = 1 << 4;
const SIGN_FLAG_RSA_PSS: c_uint = 1 << 7;

/// The key behind an abstract private key handle.
unsafe fn privkey(key: gnutls_privkey_t) -> Option<std::sync::Arc<PrivateKey>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get()
}

unsafe fn pubkey_spki(key: gnutls_pubkey_t) -> Option<std::sync::Arc<Vec<u8>>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get()
}

// rgnutls: partial: RSA, ECDSA (P-256, P-384) and Ed25519 only; flags are ignored
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_generate(key: gnutls_privkey_t, algo: gnutls_pk_algorithm_t, bits: c_uint, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match keygen::generate(algo, bits) {
            Ok(k) => { h.set(k); 0 }
            Err(e) => e,
        }
    }
}

// rgnutls: partial: as gnutls_privkey_generate; the generation data is ignored
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_generate2(pkey: gnutls_privkey_t, algo: gnutls_pk_algorithm_t, bits: c_uint, flags: c_uint, data: *const gnutls_keygen_data_st, data_size: c_uint) -> c_int {
    let _ = (data, data_size);
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_privkey_generate(pkey, algo, bits, flags) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_get_pk_algorithm(key: gnutls_privkey_t, bits: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { privkey(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: NULL or writable.
        if let Some(b) = unsafe { bits.as_mut() } {
            *b = k.bits();
        }
        k.pk_algorithm()
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_export_x509(pkey: gnutls_privkey_t, key: *mut gnutls_x509_privkey_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { privkey(pkey) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // An external key has no numbers to hand out.
        if key.is_null() || k.der().is_none() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let slot = Slot::default();
        slot.set(PrivateKey::clone(&k));
        // SAFETY: checked non-NULL.
        unsafe { *key = ffi::new_handle::<gnutls_x509_privkey_int>(slot) };
        0
    }
}

/// Signs for the sign_data/sign_hash entry points and hands the result out.
unsafe fn sign_out(signer: gnutls_privkey_t, data: *const gnutls_datum_t, signature: *mut gnutls_datum_t, f: impl FnOnce(&PrivateKey, &[u8]) -> Result<Vec<u8>, c_int>) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(k), Some(bytes)) = (unsafe { privkey(signer) }, unsafe { ffi::datum(data) }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    match f(&k, bytes) {
        // SAFETY: a writable datum.
        Ok(sig) => unsafe { ffi::set_datum(signature, &sig) },
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_sign_data(signer: gnutls_privkey_t, hash: gnutls_digest_algorithm_t, flags: c_uint, data: *const gnutls_datum_t, signature: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        unsafe {
            sign_out(signer, data, signature, |k, d| {
                let alg = pksign::sign_algorithm_for(k.pk_algorithm(), hash, flags & SIGN_FLAG_RSA_PSS != 0)?;
                pksign::sign_data(k, alg, d)
            })
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_sign_data2(signer: gnutls_privkey_t, algo: gnutls_sign_algorithm_t, flags: c_uint, data: *const gnutls_datum_t, signature: *mut gnutls_datum_t) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { sign_out(signer, data, signature, |k, d| pksign::sign_data(k, algo, d)) } }
}

// rgnutls: partial: RSA PKCS#1 v1.5 (also TLS1_RSA) and ECDSA; RSA-PSS over a given hash is refused
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_sign_hash(signer: gnutls_privkey_t, hash_algo: gnutls_digest_algorithm_t, flags: c_uint, hash_data: *const gnutls_datum_t, signature: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        unsafe {
            sign_out(signer, hash_data, signature, |k, h| {
                if flags & SIGN_FLAG_TLS1_RSA != 0 {
                    return pksign::sign_raw_rsa(k, h);
                }
                let alg = pksign::sign_algorithm_for(k.pk_algorithm(), hash_algo, flags & SIGN_FLAG_RSA_PSS != 0)?;
                pksign::sign_hash(k, alg, h)
            })
        }
    }
}

// rgnutls: partial: RSA PKCS#1 v1.5 (also TLS1_RSA) and ECDSA; RSA-PSS over a given hash is refused
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_sign_hash2(signer: gnutls_privkey_t, algo: gnutls_sign_algorithm_t, flags: c_uint, hash_data: *const gnutls_datum_t, signature: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        unsafe {
            sign_out(signer, hash_data, signature, |k, h| {
                if flags & SIGN_FLAG_TLS1_RSA != 0 {
                    return pksign::sign_raw_rsa(k, h);
                }
                pksign::sign_hash(k, algo, h)
            })
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_decrypt_data(key: gnutls_privkey_t, flags: c_uint, ciphertext: *const gnutls_datum_t, plaintext: *mut gnutls_datum_t) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(k), Some(ct)) = (unsafe { privkey(key) }, unsafe { ffi::datum(ciphertext) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        match pksign::decrypt_rsa(&k, ct) {
            // SAFETY: a writable datum.
            Ok(pt) => unsafe { ffi::set_datum(plaintext, &pt) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_verify_params(key: gnutls_privkey_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { privkey(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match k.verify_params() {
            Ok(()) => 0,
            Err(e) => e,
        }
    }
}

/// gnutls_pubkey_encrypt_data: RSA PKCS#1 v1.5; the flags have no meaning
/// in GnuTLS 3.7.9 either.
#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_encrypt_data(key: gnutls_pubkey_t, flags: c_uint, plaintext: *const gnutls_datum_t, ciphertext: *mut gnutls_datum_t) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(spki), Some(pt)) = (unsafe { pubkey_spki(key) }, unsafe { ffi::datum(plaintext) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        match pksign::encrypt_rsa(&spki, pt) {
            // SAFETY: a writable datum.
            Ok(ct) => unsafe { ffi::set_datum(ciphertext, &ct) },
            Err(e) => e,
        }
    }
}

/// Runs a verification for the verify_* entry points.
unsafe fn verify(key: gnutls_pubkey_t, data: *const gnutls_datum_t, signature: *const gnutls_datum_t, f: impl FnOnce(&[u8], &[u8], &[u8]) -> Result<(), c_int>) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(spki), Some(d), Some(s)) = (unsafe { pubkey_spki(key) }, unsafe { ffi::datum(data) }, unsafe { ffi::datum(signature) }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    match f(&spki, d, s) {
        Ok(()) => 0,
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_verify_data2(pubkey: gnutls_pubkey_t, algo: gnutls_sign_algorithm_t, flags: c_uint, data: *const gnutls_datum_t, signature: *const gnutls_datum_t) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { verify(pubkey, data, signature, |k, d, s| pksign::verify_data(k, algo, d, s)) } }
}

// rgnutls: partial: RSA PKCS#1 v1.5 and ECDSA
#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_verify_hash2(key: gnutls_pubkey_t, algo: gnutls_sign_algorithm_t, flags: c_uint, hash: *const gnutls_datum_t, signature: *const gnutls_datum_t) -> c_int {
    let _ = flags;
    // SAFETY: per the API contract.
    entry! { unsafe { verify(key, hash, signature, |k, h, s| pksign::verify_hash(k, algo, h, s)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_import(key: gnutls_pubkey_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(bytes)) = (unsafe { ffi::handle(key) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        match pksign::import_spki(bytes, fmt) {
            Ok(spki) => { h.set(spki); 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_import_privkey(key: gnutls_pubkey_t, pkey: gnutls_privkey_t, usage: c_uint, flags: c_uint) -> c_int {
    let _ = (usage, flags);
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(k)) = (unsafe { ffi::handle(key) }, unsafe { privkey(pkey) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        match k.spki() {
            Some(spki) => { h.set(spki); 0 }
            None => errors::GNUTLS_E_INVALID_REQUEST,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_import_x509_raw(pkey: gnutls_pubkey_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(bytes)) = (unsafe { ffi::handle(pkey) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        match Crt::import(bytes, fmt) {
            Ok(c) => { h.set(c.spki().to_vec()); 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_pubkey(crt: gnutls_x509_crt_t, key: gnutls_pubkey_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(spki) = (unsafe { pubkey_spki(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { crate::x509::crtgen::set_spki(crt, &spki) }
    }
}

// rgnutls: partial: as gnutls_x509_crt_sign2
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_privkey_sign(crt: gnutls_x509_crt_t, issuer: gnutls_x509_crt_t, issuer_key: gnutls_privkey_t, dig: gnutls_digest_algorithm_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { privkey(issuer_key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { crate::x509::crtgen::sign_with(crt, issuer, &k, dig) }
    }
}

// rgnutls: partial: RSA-PSS signatures use a salt as long as the hash
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_privkey_sign(crl: gnutls_x509_crl_t, issuer: gnutls_x509_crt_t, issuer_key: gnutls_privkey_t, dig: gnutls_digest_algorithm_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { privkey(issuer_key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { crate::x509::crlgen::sign_with(crl, issuer, &k, dig) }
    }
}
