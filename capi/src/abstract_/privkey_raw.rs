//! gnutls_privkey_export_{rsa,ecc}_raw*: the numbers of an abstract private
//! key (one backed by an X.509 key), as rgnutls::x509::rawkey reads them.
use super::pubkey_raw::fill_ints;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::privkey::PrivateKey;
use rgnutls::x509::rawkey;

unsafe fn key_of(key: gnutls_privkey_t) -> Option<std::sync::Arc<PrivateKey>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get()
}

fn no_lz(flags: c_uint) -> bool {
    flags & GNUTLS_EXPORT_FLAG_NO_LZ as c_uint != 0
}

#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_export_rsa_raw(key: gnutls_privkey_t, m: *mut gnutls_datum_t, e: *mut gnutls_datum_t, d: *mut gnutls_datum_t, p: *mut gnutls_datum_t, q: *mut gnutls_datum_t, u: *mut gnutls_datum_t, e1: *mut gnutls_datum_t, e2: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_privkey_export_rsa_raw2(key, m, e, d, p, q, u, e1, e2, 0) } }
}

#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_export_rsa_raw2(key: gnutls_privkey_t, m: *mut gnutls_datum_t, e: *mut gnutls_datum_t, d: *mut gnutls_datum_t, p: *mut gnutls_datum_t, q: *mut gnutls_datum_t, u: *mut gnutls_datum_t, e1: *mut gnutls_datum_t, e2: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { key_of(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match rawkey::rsa_parts(&k) {
            // SAFETY: the outputs are NULL or writable datums.
            Ok(r) => unsafe {
                fill_ints(
                    &[
                        (m, &r.modulus), (e, &r.public_exponent), (d, &r.private_exponent), (p, &r.prime1),
                        (q, &r.prime2), (u, &r.coefficient), (e1, &r.exponent1), (e2, &r.exponent2),
                    ],
                    no_lz(flags),
                )
            },
            Err(err) => err,
        }
    }
}

// rgnutls: partial: ECDSA (uncompressed public points) and Ed25519 keys only
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_export_ecc_raw(key: gnutls_privkey_t, curve: *mut gnutls_ecc_curve_t, x: *mut gnutls_datum_t, y: *mut gnutls_datum_t, k: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_privkey_export_ecc_raw2(key, curve, x, y, k, 0) } }
}

// rgnutls: partial: ECDSA (uncompressed public points) and Ed25519 keys only
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_export_ecc_raw2(key: gnutls_privkey_t, curve: *mut gnutls_ecc_curve_t, x: *mut gnutls_datum_t, y: *mut gnutls_datum_t, k: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(key) = (unsafe { key_of(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // GnuTLS clears the curve before it looks at the key.
        // SAFETY: NULL or writable.
        let curve = unsafe { curve.as_mut() };
        let parts = rawkey::ec_parts(&key);
        if let Some(c) = curve {
            *c = parts.as_ref().map_or(0, |p| p.curve as gnutls_ecc_curve_t);
        }
        let p = match parts { Ok(p) => p, Err(e) => return e };
        if p.y.is_empty() {
            // EdDSA: the encoded public key and seed as they are; y untouched.
            for (out, data) in [(x, &p.x), (k, &p.k)] {
                if !out.is_null() {
                    // SAFETY: non-NULL, a writable datum.
                    let rc = unsafe { ffi::set_datum(out, data) };
                    if rc < 0 {
                        return rc;
                    }
                }
            }
            return 0;
        }
        // SAFETY: the outputs are NULL or writable datums.
        unsafe { fill_ints(&[(x, &p.x), (y, &p.y), (k, &p.k)], no_lz(flags)) }
    }
}

/// Stores an imported key in an abstract key handle; a GnuTLS code.
unsafe fn store(key: gnutls_privkey_t, made: impl FnOnce() -> Result<PrivateKey, c_int>) -> c_int {
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

// rgnutls: partial: as gnutls_x509_privkey_import_rsa_raw2
#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_import_rsa_raw(key: gnutls_privkey_t, m: *const gnutls_datum_t, e: *const gnutls_datum_t, d: *const gnutls_datum_t, p: *const gnutls_datum_t, q: *const gnutls_datum_t, u: *const gnutls_datum_t, e1: *const gnutls_datum_t, e2: *const gnutls_datum_t) -> c_int {
    let _ = (u, e1, e2);
    // SAFETY: per the API contract.
    entry! { unsafe { store(key, || crate::x509::keyparts::rsa_key_from(m, e, d, p, q)) } }
}

// rgnutls: partial: as gnutls_x509_privkey_import_ecc_raw
#[no_mangle]
pub unsafe extern "C" fn gnutls_privkey_import_ecc_raw(key: gnutls_privkey_t, curve: gnutls_ecc_curve_t, x: *const gnutls_datum_t, y: *const gnutls_datum_t, k: *const gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { store(key, || crate::x509::keyparts::ecc_key_from(curve, x, y, k)) } }
}
