//! gnutls_x509_privkey_export_{rsa,ecc}_raw* and gnutls_x509_privkey_sec_param:
//! the numbers inside a private key (rgnutls::x509::rawkey).
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::algorithms::secparam;
use rgnutls::errors;
use rgnutls::x509::privkey::PrivateKey;
use rgnutls::x509::{raw_import, rawkey};

unsafe fn key_of(key: gnutls_x509_privkey_t) -> Option<std::sync::Arc<PrivateKey>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get()
}

/// Fills each requested (non-NULL) datum; a GnuTLS code.
unsafe fn fill(outs: &[(*mut gnutls_datum_t, &[u8])]) -> c_int {
    for &(out, data) in outs {
        if out.is_null() {
            continue;
        }
        // SAFETY: non-NULL, a writable datum per the caller's contract.
        let rc = unsafe { ffi::set_datum(out, data) };
        if rc < 0 {
            return rc;
        }
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_export_rsa_raw2(key: gnutls_x509_privkey_t, m: *mut gnutls_datum_t, e: *mut gnutls_datum_t, d: *mut gnutls_datum_t, p: *mut gnutls_datum_t, q: *mut gnutls_datum_t, u: *mut gnutls_datum_t, e1: *mut gnutls_datum_t, e2: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { key_of(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match rawkey::rsa_parts(&k) {
            // SAFETY: the outputs are NULL or writable datums.
            Ok(r) => unsafe {
                fill(&[
                    (m, &r.modulus), (e, &r.public_exponent), (d, &r.private_exponent), (p, &r.prime1),
                    (q, &r.prime2), (u, &r.coefficient), (e1, &r.exponent1), (e2, &r.exponent2),
                ])
            },
            Err(err) => err,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_export_rsa_raw(key: gnutls_x509_privkey_t, m: *mut gnutls_datum_t, e: *mut gnutls_datum_t, d: *mut gnutls_datum_t, p: *mut gnutls_datum_t, q: *mut gnutls_datum_t, u: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_privkey_export_rsa_raw2(key, m, e, d, p, q, u, core::ptr::null_mut(), core::ptr::null_mut()) } }
}

// rgnutls: partial: ECDSA (uncompressed public points) and Ed25519 keys only
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_export_ecc_raw(key: gnutls_x509_privkey_t, curve: *mut gnutls_ecc_curve_t, x: *mut gnutls_datum_t, y: *mut gnutls_datum_t, k: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(key) = (unsafe { key_of(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match rawkey::ec_parts(&key) {
            Ok(p) => {
                // SAFETY: NULL or writable.
                if let Some(c) = unsafe { curve.as_mut() } {
                    *c = p.curve;
                }
                // Edwards keys have no y: GnuTLS leaves that datum alone.
                let y_out = if p.y.is_empty() { core::ptr::null_mut() } else { y };
                // SAFETY: the outputs are NULL or writable datums.
                unsafe { fill(&[(x, &p.x), (y_out, &p.y), (k, &p.k)]) }
            }
            Err(err) => err,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_sec_param(key: gnutls_x509_privkey_t) -> gnutls_sec_param_t {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { key_of(key) }) else { return secparam::UNKNOWN };
        secparam::from_pk_bits(k.pk_algorithm(), k.bits())
    }
}

/// The key behind raw RSA numbers (rgnutls::x509::raw_import): m, e, p and
/// q are required; d is derived when NULL. GnuTLS recomputes the CRT values
/// (u, e1, e2) whatever the caller passes, so they are not read.
///
/// # Safety
/// Each pointer is NULL or a valid datum.
pub(crate) unsafe fn rsa_key_from(m: *const gnutls_datum_t, e: *const gnutls_datum_t, d: *const gnutls_datum_t, p: *const gnutls_datum_t, q: *const gnutls_datum_t) -> Result<PrivateKey, c_int> {
    // SAFETY: per the caller's contract.
    let (m, e, p, q) = unsafe { (ffi::datum(m), ffi::datum(e), ffi::datum(p), ffi::datum(q)) };
    let (Some(modulus), Some(public_exponent), Some(prime1), Some(prime2)) = (m, e, p, q) else {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    };
    // SAFETY: per the caller's contract.
    let private_exponent = unsafe { ffi::datum(d) };
    raw_import::rsa_key(&raw_import::RsaNumbers { modulus, public_exponent, private_exponent, prime1, prime2 })
}

/// The key behind raw curve numbers (rgnutls::x509::raw_import).
///
/// # Safety
/// Each pointer is NULL or a valid datum.
pub(crate) unsafe fn ecc_key_from(curve: gnutls_ecc_curve_t, x: *const gnutls_datum_t, y: *const gnutls_datum_t, k: *const gnutls_datum_t) -> Result<PrivateKey, c_int> {
    // SAFETY: per the caller's contract.
    let (Some(xv), Some(kv)) = (unsafe { ffi::datum(x) }, unsafe { ffi::datum(k) }) else {
        return Err(errors::GNUTLS_E_INVALID_REQUEST);
    };
    // SAFETY: per the caller's contract.
    let yv = unsafe { ffi::datum(y) };
    raw_import::ecc_key(curve, xv, yv, kv)
}

/// Stores an imported key in an X.509 key handle; a GnuTLS code.
unsafe fn store(key: gnutls_x509_privkey_t, made: impl FnOnce() -> Result<PrivateKey, c_int>) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(h) = (unsafe { ffi::handle(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    match made() {
        Ok(k) => {
            h.set(k);
            0
        }
        Err(e) => e,
    }
}

// rgnutls: partial: inconsistent numbers are refused here (GnuTLS takes them and fails in verify_params); u, e1 and e2 are always recomputed, as GnuTLS does
#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_import_rsa_raw2(key: gnutls_x509_privkey_t, m: *const gnutls_datum_t, e: *const gnutls_datum_t, d: *const gnutls_datum_t, p: *const gnutls_datum_t, q: *const gnutls_datum_t, u: *const gnutls_datum_t, e1: *const gnutls_datum_t, e2: *const gnutls_datum_t) -> c_int {
    let _ = (u, e1, e2);
    // SAFETY: per the API contract.
    entry! { unsafe { store(key, || rsa_key_from(m, e, d, p, q)) } }
}

// rgnutls: partial: as gnutls_x509_privkey_import_rsa_raw2
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_import_rsa_raw(key: gnutls_x509_privkey_t, m: *const gnutls_datum_t, e: *const gnutls_datum_t, d: *const gnutls_datum_t, p: *const gnutls_datum_t, q: *const gnutls_datum_t, u: *const gnutls_datum_t) -> c_int {
    let _ = u;
    // SAFETY: per the API contract.
    entry! { unsafe { store(key, || rsa_key_from(m, e, d, p, q)) } }
}

// rgnutls: partial: SECP256R1, SECP384R1 and Ed25519; inconsistent keys are refused here (GnuTLS takes them and fails in verify_params)
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_privkey_import_ecc_raw(key: gnutls_x509_privkey_t, curve: gnutls_ecc_curve_t, x: *const gnutls_datum_t, y: *const gnutls_datum_t, k: *const gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { store(key, || ecc_key_from(curve, x, y, k)) } }
}
