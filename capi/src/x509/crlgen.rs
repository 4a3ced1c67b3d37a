//! gnutls_x509_crl_set_* and gnutls_x509_crl_sign*: CRL generation. The
//! setters fill the handle's draft (rgnutls::x509::crlgen::CrlDraft);
//! signing makes the CRL.
use super::common::crt;
use super::crl::CrlHandle;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::crlgen::CrlDraft;
use rgnutls::x509::privkey::PrivateKey;

/// Runs `f` on the CRL's draft, starting one (from the imported CRL, if
/// any) on first use.
unsafe fn with_draft(crl: gnutls_x509_crl_t, f: impl FnOnce(&mut CrlDraft) -> Result<(), c_int>) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(h) = (unsafe { ffi::handle::<gnutls_x509_crl_int>(crl) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let mut guard = h.draft.lock().unwrap_or_else(|e| e.into_inner());
    let draft = guard.get_or_insert_with(|| h.get().map(|c| CrlDraft::from_crl(&c)).unwrap_or_default());
    match f(draft) {
        Ok(()) => 0,
        Err(e) => e,
    }
}

/// The draft's answer for a CRL handle not signed (nor imported) yet.
///
/// # Safety
/// `crl` is NULL or a live handle.
pub(crate) unsafe fn draft_value<T>(crl: gnutls_x509_crl_t, f: impl FnOnce(&CrlDraft) -> T) -> Option<T> {
    // SAFETY: per the caller's contract.
    let h: &CrlHandle = unsafe { ffi::handle::<gnutls_x509_crl_int>(crl) }?;
    if h.get().is_some() {
        return None;
    }
    let guard = h.draft.lock().unwrap_or_else(|e| e.into_inner());
    guard.as_ref().map(f)
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_set_version(crl: gnutls_x509_crl_t, version: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(crl, |d| d.set_version(version)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_set_this_update(crl: gnutls_x509_crl_t, act_time: time_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(crl, |d| d.set_this_update(act_time)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_set_next_update(crl: gnutls_x509_crl_t, exp_time: time_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(crl, |d| d.set_next_update(exp_time)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_set_number(crl: gnutls_x509_crl_t, nr: *const c_void, nr_size: size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(nr) = (unsafe { ffi::bytes(nr, nr_size) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crl, |d| d.set_number(nr)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_set_authority_key_id(crl: gnutls_x509_crl_t, id: *const c_void, id_size: size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(id) = (unsafe { ffi::bytes(id, id_size) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crl, |d| d.set_authority_key_id(id)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_set_crt_serial(crl: gnutls_x509_crl_t, serial: *const c_void, serial_size: size_t, revocation_time: time_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(serial) = (unsafe { ffi::bytes(serial, serial_size) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crl, |d| d.add_revoked(serial, revocation_time)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_set_crt(crl: gnutls_x509_crl_t, crt_: gnutls_x509_crt_t, revocation_time: time_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crt(crt_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crl, |d| d.add_revoked(c.serial(), revocation_time)) }
    }
}

/// Signs the draft of `crl` as `issuer` (a signed or imported certificate)
/// with `key`.
pub(crate) unsafe fn sign_with(crl: gnutls_x509_crl_t, issuer: gnutls_x509_crt_t, key: &PrivateKey, dig: c_int) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(h), Some(issuer)) = (unsafe { ffi::handle::<gnutls_x509_crl_int>(crl) }, unsafe { crt(issuer) }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    let signed = {
        let guard = h.draft.lock().unwrap_or_else(|e| e.into_inner());
        match guard.as_ref() {
            Some(d) => d.sign(issuer.raw_subject(), key, dig),
            // Nothing set: GnuTLS finds no version to encode.
            None => Err(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND),
        }
    };
    match signed {
        Ok(c) => {
            h.set(c);
            0
        }
        Err(e) => e,
    }
}

// rgnutls: partial: RSA-PSS signatures use a salt as long as the hash
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_sign2(crl: gnutls_x509_crl_t, issuer: gnutls_x509_crt_t, issuer_key: gnutls_x509_privkey_t, dig: gnutls_digest_algorithm_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = unsafe { ffi::handle(issuer_key) }.and_then(|h| h.get()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { sign_with(crl, issuer, &k, dig) }
    }
}

// rgnutls: partial: as gnutls_x509_crl_sign2
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_sign(crl: gnutls_x509_crl_t, issuer: gnutls_x509_crt_t, issuer_key: gnutls_x509_privkey_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_crl_sign2(crl, issuer, issuer_key, 0, 0) } }
}

// rgnutls: partial: a CRL not imported nor signed is refused (GnuTLS prints its empty fields and errors)
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_print(crl_: gnutls_x509_crl_t, format: gnutls_certificate_print_formats_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { super::crl::crl(crl_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let Some(f) = rgnutls::x509::print::PrintFormat::from_raw(format) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: `out` is NULL or a writable datum.
        unsafe { ffi::set_datum(out, rgnutls::x509::crl_print::print(&c, f).as_bytes()) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_signature(crl_: gnutls_x509_crl_t, sig: *mut c_char, sizeof_sig: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { super::crl::crl(crl_) }) else { return unsafe { unsigned(crl_) } };
        let v = match c.signature_value() { Ok(v) => v, Err(e) => return e };
        // SAFETY: per the API contract.
        let Some(size) = (unsafe { sizeof_sig.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // GnuTLS reports the size only when the buffer is too small.
        if *size < v.len() {
            *size = v.len();
            return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        if !sig.is_null() {
            // SAFETY: `sig` holds at least `*size` >= len bytes.
            unsafe { core::ptr::copy_nonoverlapping(v.as_ptr(), sig as *mut u8, v.len()) };
        }
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_signature_oid(crl_: gnutls_x509_crl_t, oid: *mut c_char, oid_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { super::crl::crl(crl_) }) else { return unsafe { unsigned(crl_) } };
        // As for certificates, GnuTLS's copy counts the OID's NUL.
        let mut text = c.signature_oid().into_bytes();
        text.push(0);
        // SAFETY: caller buffer of *oid_size bytes.
        unsafe { super::crt_fields::copy_string(oid as *mut c_void, oid_size, &text) }
    }
}

/// A field getter's answer on a handle holding no CRL yet.
///
/// # Safety
/// `crl` is NULL or a live handle.
unsafe fn unsigned(crl: gnutls_x509_crl_t) -> c_int {
    // SAFETY: per the caller's contract.
    match unsafe { ffi::handle::<gnutls_x509_crl_int>(crl) } {
        Some(_) => errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND,
        None => errors::GNUTLS_E_INVALID_REQUEST,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_dn_oid(crl_: gnutls_x509_crl_t, indx: c_uint, oid: *mut c_void, sizeof_oid: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { super::crl::crl(crl_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match c.issuer_oid(indx as usize) {
            // SAFETY: caller buffer of *sizeof_oid bytes; the NUL must fit too.
            Ok(o) => unsafe { super::crq::str_out(oid, sizeof_oid, o.as_bytes()) },
            Err(e) => e,
        }
    }
}

/// The `indx`th CRL extension: OID, criticality and value.
unsafe fn crl_extension_at(crl_: gnutls_x509_crl_t, indx: c_uint) -> Result<(String, bool, Vec<u8>), c_int> {
    // SAFETY: per the caller's contract.
    let c = unsafe { super::crl::crl(crl_) }.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    let exts = c.extensions();
    let (oid, critical, value) = exts.get(indx as usize).ok_or(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)?;
    Ok((oid.clone(), *critical, value.to_vec()))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_extension_oid(crl_: gnutls_x509_crl_t, indx: c_uint, oid: *mut c_void, sizeof_oid: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { crl_extension_at(crl_, indx) } {
            // SAFETY: caller buffer of *sizeof_oid bytes.
            Ok((o, _, _)) => unsafe { super::crt_ext::text_out_nul(oid, sizeof_oid, o.as_bytes()) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_extension_info(crl_: gnutls_x509_crl_t, indx: c_uint, oid: *mut c_void, sizeof_oid: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { crl_extension_at(crl_, indx) } {
            Ok((o, crit, _)) => {
                // SAFETY: caller buffer of *sizeof_oid bytes.
                let rc = unsafe { super::crt_ext::text_out_nul(oid, sizeof_oid, o.as_bytes()) };
                if rc == 0 {
                    // GnuTLS reports the size with the NUL here.
                    // SAFETY: non-NULL after the successful copy.
                    unsafe { *sizeof_oid = o.len() + 1 };
                    // SAFETY: NULL or writable.
                    if let Some(cr) = unsafe { critical.as_mut() } {
                        *cr = c_uint::from(crit);
                    }
                }
                rc
            }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_extension_data(crl_: gnutls_x509_crl_t, indx: c_uint, data: *mut c_void, sizeof_data: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let value = match unsafe { crl_extension_at(crl_, indx) } { Ok((_, _, v)) => v, Err(e) => return e };
        // SAFETY: NULL or writable.
        let Some(size) = (unsafe { sizeof_data.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // A size query (NULL buffer) succeeds; so does, in GnuTLS 3.7.9, a
        // buffer too small (the size is reported, nothing is written).
        if data.is_null() || *size < value.len() {
            *size = value.len();
            return 0;
        }
        // SAFETY: caller buffer of *sizeof_data bytes.
        unsafe { ffi::copy_out(data, size, &value, false) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_extension_data2(crl_: gnutls_x509_crl_t, indx: c_uint, data: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { crl_extension_at(crl_, indx) } {
            // SAFETY: `data` is NULL or a writable datum.
            Ok((_, _, v)) => unsafe { ffi::set_datum(data, &v) },
            Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) => errors::GNUTLS_E_ASN1_ELEMENT_NOT_FOUND,
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crl_get_authority_key_gn_serial(crl_: gnutls_x509_crl_t, seq: c_uint, alt: *mut c_void, alt_size: *mut size_t, alt_type: *mut c_uint, serial: *mut c_void, serial_size: *mut size_t, critical: *mut c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { super::crl::crl(crl_) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let exts = c.extensions();
        let aki = exts.iter().find(|(oid, _, _)| oid == "2.5.29.35").map(|(_, crit, v)| (*crit, *v));
        // SAFETY: per the API contract.
        unsafe { super::crt_fields::aki_gn_serial_out(aki, seq, alt, alt_size, alt_type, serial, serial_size, critical) }
    }
}
