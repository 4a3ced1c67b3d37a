//! gnutls_pubkey_{import,export}_{rsa,ecc}_raw* and gnutls_pubkey_print:
//! a public key from and to its numbers, and as text. The logic is in
//! rgnutls::x509::pubkey_raw.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::pubkey_raw;

/// The SPKI behind a pubkey handle.
unsafe fn spki(key: gnutls_pubkey_t) -> Option<std::sync::Arc<Vec<u8>>> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(key) }?.get()
}

/// Fills each requested (non-NULL) datum with an integer in GnuTLS's
/// export form (see `pubkey_raw::export_int`); a GnuTLS code.
///
/// # Safety
/// Each pointer is NULL or a writable datum.
pub(crate) unsafe fn fill_ints(outs: &[(*mut gnutls_datum_t, &[u8])], no_lz: bool) -> c_int {
    for &(out, value) in outs {
        if out.is_null() {
            continue;
        }
        // SAFETY: non-NULL and writable per the caller's contract.
        let rc = unsafe { ffi::set_datum(out, &pubkey_raw::export_int(value, no_lz)) };
        if rc < 0 {
            return rc;
        }
    }
    0
}

fn no_lz(flags: c_uint) -> bool {
    flags & GNUTLS_EXPORT_FLAG_NO_LZ as c_uint != 0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_export_rsa_raw(key: gnutls_pubkey_t, m: *mut gnutls_datum_t, e: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_pubkey_export_rsa_raw2(key, m, e, 0) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_export_rsa_raw2(key: gnutls_pubkey_t, m: *mut gnutls_datum_t, e: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(s) = (unsafe { spki(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match pubkey_raw::rsa_public(&s) {
            // SAFETY: the outputs are NULL or writable datums.
            Ok((modulus, exponent)) => unsafe { fill_ints(&[(m, &modulus), (e, &exponent)], no_lz(flags)) },
            Err(err) => err,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_export_ecc_raw(key: gnutls_pubkey_t, curve: *mut gnutls_ecc_curve_t, x: *mut gnutls_datum_t, y: *mut gnutls_datum_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_pubkey_export_ecc_raw2(key, curve, x, y, 0) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_export_ecc_raw2(key: gnutls_pubkey_t, curve: *mut gnutls_ecc_curve_t, x: *mut gnutls_datum_t, y: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(s) = (unsafe { spki(key) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: the outputs are NULL or writable, per the API contract.
        unsafe { ecc_raw_out(&s, curve, x, y, flags) }
    }
}

/// The EC (or EdDSA) public key of an SPKI into the caller's curve and
/// coordinate outputs, as gnutls_pubkey_export_ecc_raw2 gives them.
///
/// # Safety
/// `curve`, `x` and `y` are NULL or writable.
pub(crate) unsafe fn ecc_raw_out(spki_der: &[u8], curve: *mut gnutls_ecc_curve_t, x: *mut gnutls_datum_t, y: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    let k = match pubkey_raw::ecc_public(spki_der) { Ok(k) => k, Err(e) => return e };
    // SAFETY: NULL or writable.
    if let Some(c) = unsafe { curve.as_mut() } {
        *c = k.curve as gnutls_ecc_curve_t;
    }
    match &k.y {
        // ECDSA: two integers.
        // SAFETY: the outputs are NULL or writable datums.
        Some(yv) => unsafe { fill_ints(&[(x, &k.x), (y, yv)], no_lz(flags)) },
        // EdDSA: the encoded key as is in x; y is left alone.
        None if x.is_null() => 0,
        // SAFETY: non-NULL, a writable datum.
        None => unsafe { ffi::set_datum(x, &k.x) },
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_import_rsa_raw(key: gnutls_pubkey_t, m: *const gnutls_datum_t, e: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(m), Some(e)) = (unsafe { ffi::handle(key) }, unsafe { ffi::datum(m) }, unsafe { ffi::datum(e) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        match pubkey_raw::rsa_spki(m, e) {
            Ok(s) => { h.set(s); 0 }
            Err(err) => err,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_import_ecc_raw(key: gnutls_pubkey_t, curve: gnutls_ecc_curve_t, x: *const gnutls_datum_t, y: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(h), Some(xv)) = (unsafe { ffi::handle(key) }, unsafe { ffi::datum(x) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: NULL or a datum per the API contract.
        let yv = unsafe { ffi::datum(y) };
        match pubkey_raw::ecc_spki(curve, xv, yv) {
            Ok(s) => { h.set(s); 0 }
            Err(err) => err,
        }
    }
}

// rgnutls: partial: RSA, RSA-PSS, ECDSA and EdDSA keys print as GnuTLS does; other key types print only the header and IDs
#[no_mangle]
pub unsafe extern "C" fn gnutls_pubkey_print(pubkey: gnutls_pubkey_t, format: gnutls_certificate_print_formats_t, out: *mut gnutls_datum_t) -> c_int {
    // GnuTLS prints the same text whatever the format.
    let _ = format;
    entry! {
        // SAFETY: per the API contract.
        let Some(s) = (unsafe { spki(pubkey) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: `out` is NULL or a writable datum.
        unsafe { ffi::set_datum(out, pubkey_raw::print(&s).as_bytes()) }
    }
}
