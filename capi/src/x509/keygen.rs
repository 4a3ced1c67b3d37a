//! gnutls_x509_privkey_* beyond import: generation, PKCS#8 export and
//! import, key ids and the deprecated direct signing call. The logic is in
//! rgnutls::x509::{keygen, privkey, pksign}.
use super::common;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::privkey::PrivateKey;
use rgnutls::x509::{keygen, pksign};

/// The key behind an X.509 private key handle.
unsafe fn key_of(key: gnutls_x509_privkey_t) -> Option<std::sync::Arc<PrivateKey>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get()
}

// rgnutls: partial: RSA, ECDSA (P-256, P-384) and Ed25519 only; flags (provable keys) are ignored
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_generate(key: gnutls_x509_privkey_t, algo: gnutls_pk_algorithm_t, bits: c_uint, flags: c_uint) -> c_int {
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

// rgnutls: partial: as gnutls_x509_privkey_generate; the generation data (seeds, SPKI parameters) is ignored
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_generate2(key: gnutls_x509_privkey_t, algo: gnutls_pk_algorithm_t, bits: c_uint, flags: c_uint, data: *const gnutls_keygen_data_st, data_size: c_uint) -> c_int {
    let _ = (data, data_size);
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_privkey_generate(key, algo, bits, flags) } }
}

/// The PKCS#8 form for the export functions.
unsafe fn pkcs8_bytes(key: gnutls_x509_privkey_t, format: gnutls_x509_crt_fmt_t, password: *const c_char, flags: c_uint) -> Result<Vec<u8>, c_int> {
    // SAFETY: per the caller's contract.
    let k = unsafe { key_of(key) }.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    let fmt = common::format(format)?;
    // SAFETY: NULL or a C string.
    let pass = unsafe { ffi::cstr(password) };
    k.export_pkcs8(fmt, pass, flags)
}

// rgnutls: partial: the GOST schemes are refused
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_export_pkcs8(key: gnutls_x509_privkey_t, format: gnutls_x509_crt_fmt_t, password: *const c_char, flags: c_uint, output_data: *mut c_void, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { pkcs8_bytes(key, format, password, flags) } {
            // SAFETY: caller buffer of *output_data_size bytes.
            Ok(out) => unsafe { ffi::copy_out(output_data, output_data_size, &out, false) },
            Err(e) => e,
        }
    }
}

// rgnutls: partial: the GOST schemes are refused
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_export2_pkcs8(key: gnutls_x509_privkey_t, format: gnutls_x509_crt_fmt_t, password: *const c_char, flags: c_uint, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { pkcs8_bytes(key, format, password, flags) } {
            // SAFETY: a writable datum.
            Ok(bytes) => unsafe { ffi::set_datum(out, &bytes) },
            Err(e) => e,
        }
    }
}

// rgnutls: partial: also accepts PKCS#1 and SEC1 keys, which GnuTLS refuses here
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_import_pkcs8(key: gnutls_x509_privkey_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, password: *const c_char, flags: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { super::privkey::gnutls_x509_privkey_import2(key, data, format, password, flags) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_get_key_id(key: gnutls_x509_privkey_t, flags: c_uint, output_data: *mut c_uchar, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { key_of(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match k.key_id(flags) {
            // SAFETY: caller buffer of *output_data_size bytes.
            Ok(id) => unsafe { ffi::copy_out(output_data as *mut c_void, output_data_size, &id, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_get_pk_algorithm2(key: gnutls_x509_privkey_t, bits: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { key_of(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: NULL or writable.
        if let Some(b) = unsafe { bits.as_mut() } {
            *b = k.bits();
        }
        k.pk_algorithm()
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_sign_data(key: gnutls_x509_privkey_t, digest: gnutls_digest_algorithm_t, flags: c_uint, data: *const gnutls_datum_t, signature: *mut c_void, signature_size: *mut size_t) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(k), Some(bytes)) = (unsafe { key_of(key) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let sig = pksign::sign_algorithm_for(k.pk_algorithm(), digest, false)
            .and_then(|alg| pksign::sign_data(&k, alg, bytes));
        match sig {
            // SAFETY: caller buffer of *signature_size bytes.
            Ok(sig) => unsafe { ffi::copy_out(signature, signature_size, &sig, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_verify_params(key: gnutls_x509_privkey_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { key_of(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match k.verify_params() {
            Ok(()) => 0,
            Err(e) => e,
        }
    }
}

// rgnutls: partial: keys are never generated from a seed (no provable keys), so there is never one to report
#[no_mangle]
pub extern "C" fn gnutls_x509_privkey_get_seed(key: gnutls_x509_privkey_t, digest: *mut gnutls_digest_algorithm_t, seed: *mut c_void, seed_size: *mut size_t) -> c_int {
    let _ = (key, digest, seed, seed_size);
    errors::GNUTLS_E_INVALID_REQUEST
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs8_info(data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, schema: *mut c_uint, cipher: *mut c_uint, salt: *mut c_void, salt_size: *mut c_uint, iter_count: *mut c_uint, oid: *mut *mut c_char) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(bytes) = (unsafe { ffi::datum(data) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        match rgnutls::pkcs12::scheme::pkcs8_info(bytes, fmt) {
            // SAFETY: the outputs are NULL or writable per the API contract.
            Ok(info) => unsafe { crate::pkcs12::write::put_enc_info(&info, schema, cipher, salt, salt_size, iter_count, oid) },
            Err(e) => e,
        }
    }
}
