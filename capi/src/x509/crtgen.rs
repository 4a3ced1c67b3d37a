//! gnutls_x509_crt_set_* and gnutls_x509_crt_sign*: certificate
//! generation. The setters fill the handle's draft
//! (rgnutls::x509::certgen::CertDraft); signing makes the certificate.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::CrtHandle;
use crate::types::*;
use rgnutls::errors;
use rgnutls::x509::certgen::CertDraft;
use rgnutls::x509::privkey::PrivateKey;

/// Runs `f` on the certificate's draft, starting one (from the imported
/// certificate, if any) on first use.
pub(crate) unsafe fn with_draft(crt: gnutls_x509_crt_t, f: impl FnOnce(&mut CertDraft) -> Result<(), c_int>) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(h) = (unsafe { ffi::handle(crt) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let mut guard = h.draft.lock().unwrap_or_else(|e| e.into_inner());
    if guard.is_none() {
        let start = match h.get() {
            Some(c) => match CertDraft::from_crt(&c) {
                Ok(d) => d,
                Err(e) => return e,
            },
            None => CertDraft::default(),
        };
        *guard = Some(start);
    }
    match guard.as_mut().map(f) {
        Some(Ok(())) => 0,
        Some(Err(e)) => e,
        None => errors::GNUTLS_E_INTERNAL_ERROR,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_version(crt: gnutls_x509_crt_t, version: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(crt, |d| d.set_version(version)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_serial(cert: gnutls_x509_crt_t, serial: *const c_void, serial_size: size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(bytes) = (unsafe { ffi::bytes(serial, serial_size) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(cert, |d| d.set_serial(bytes)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_activation_time(cert: gnutls_x509_crt_t, act_time: time_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(cert, |d| d.set_activation_time(act_time)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_expiration_time(cert: gnutls_x509_crt_t, exp_time: time_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(cert, |d| d.set_expiration_time(exp_time)) } }
}

/// The (OID, value) arguments of the set_*_dn_by_oid functions.
unsafe fn oid_and_value<'a>(oid: *const c_char, name: *const c_void, size: c_uint) -> Option<(&'a str, &'a [u8])> {
    // SAFETY: per the caller's contract.
    Some((unsafe { ffi::cstr(oid) }?, unsafe { ffi::bytes(name, size as usize) }?))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_dn_by_oid(crt: gnutls_x509_crt_t, oid: *const c_char, raw_flag: c_uint, name: *const c_void, sizeof_name: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some((oid, value)) = (unsafe { oid_and_value(oid, name, sizeof_name) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt, |d| d.add_subject_attribute(oid, raw_flag != 0, value)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_issuer_dn_by_oid(crt: gnutls_x509_crt_t, oid: *const c_char, raw_flag: c_uint, name: *const c_void, sizeof_name: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some((oid, value)) = (unsafe { oid_and_value(oid, name, sizeof_name) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt, |d| d.add_issuer_attribute(oid, raw_flag != 0, value)) }
    }
}

// rgnutls: partial: on a parse error *err is not pointed at the offending text
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_dn(crt: gnutls_x509_crt_t, dn: *const c_char, err: *mut *const c_char) -> c_int {
    let _ = err;
    entry! {
        // SAFETY: NULL or a C string.
        let Some(text) = (unsafe { ffi::cstr(dn) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt, |d| d.set_subject_dn(text)) }
    }
}

// rgnutls: partial: on a parse error *err is not pointed at the offending text
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_issuer_dn(crt: gnutls_x509_crt_t, dn: *const c_char, err: *mut *const c_char) -> c_int {
    let _ = err;
    entry! {
        // SAFETY: NULL or a C string.
        let Some(text) = (unsafe { ffi::cstr(dn) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt, |d| d.set_issuer_dn(text)) }
    }
}

/// gnutls_x509_crt_set_pubkey's work: the subject key from an SPKI.
pub unsafe fn set_spki(crt: gnutls_x509_crt_t, spki: &[u8]) -> c_int {
    // SAFETY: per the caller's contract.
    unsafe { with_draft(crt, |d| d.set_spki(spki)) }
}

/// The subject key of a certificate handle: the draft's while one is being
/// made (certtool reads it before signing), else the certificate's.
pub unsafe fn subject_spki(crt: gnutls_x509_crt_t) -> Option<Vec<u8>> {
    // SAFETY: per the caller's contract.
    let h = unsafe { ffi::handle(crt) }?;
    let draft = h.draft.lock().unwrap_or_else(|e| e.into_inner()).as_ref().and_then(|d| d.spki_der());
    draft.or_else(|| h.get().map(|c| c.spki().to_vec()))
}

/// The subject (or issuer) Name DER of the certificate being made on this
/// handle; `None` when there is none, or it is signed already.
///
/// # Safety
/// `crt` is NULL or a live handle.
pub unsafe fn draft_name(crt: gnutls_x509_crt_t, issuer: bool) -> Option<Result<Vec<u8>, c_int>> {
    // SAFETY: per the caller's contract.
    let h = unsafe { ffi::handle(crt) }?;
    if h.get().is_some() {
        // Signed (or imported): the certificate itself answers.
        return None;
    }
    let draft = h.draft.lock().unwrap_or_else(|e| e.into_inner());
    let d = draft.as_ref()?;
    Some(if issuer { d.issuer_der() } else { d.subject_der() })
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_key(crt: gnutls_x509_crt_t, key: gnutls_x509_privkey_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(spki) = unsafe { ffi::handle(key) }.and_then(|h| h.get()).and_then(|k| k.spki()) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt, |d| d.set_spki(&spki)) }
    }
}

const GNUTLS_FSAN_APPEND: c_uint = 1;

// rgnutls: partial: the GNUTLS_FSAN_ENCODE_* flags (other names) are not supported
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_subject_alt_name(crt: gnutls_x509_crt_t, type_: gnutls_x509_subject_alt_name_t, data: *const c_void, data_size: c_uint, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(value) = (unsafe { ffi::bytes(data, data_size as usize) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let append = flags & GNUTLS_FSAN_APPEND != 0;
        // SAFETY: per the API contract.
        unsafe { with_draft(crt, |d| d.add_subject_alt_name(type_ as u32, value, append)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_subject_alt_othername(crt: gnutls_x509_crt_t, oid: *const c_char, data: *const c_void, data_size: c_uint, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(oid), Some(value)) = (unsafe { ffi::cstr(oid) }, unsafe { ffi::bytes(data, data_size as usize) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt, |d| d.add_subject_alt_othername(oid, value, flags)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_subject_alternative_name(crt: gnutls_x509_crt_t, type_: gnutls_x509_subject_alt_name_t, data_string: *const c_char) -> c_int {
    entry! {
        // SAFETY: NULL or a C string.
        let Some(text) = (unsafe { ffi::cstr(data_string) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(crt, |d| d.add_subject_alt_name(type_ as u32, text.as_bytes(), false)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_key_usage(crt: gnutls_x509_crt_t, usage: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(crt, |d| d.set_key_usage(usage)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_key_purpose_oid(cert: gnutls_x509_crt_t, oid: *const c_void, critical: c_uint) -> c_int {
    entry! {
        // SAFETY: NULL or a C string.
        let Some(oid) = (unsafe { ffi::cstr(oid as *const c_char) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(cert, |d| d.add_key_purpose(oid, critical != 0)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_basic_constraints(crt: gnutls_x509_crt_t, ca: c_uint, path_len_constraint: c_int) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(crt, |d| d.set_basic_constraints(ca != 0, path_len_constraint)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_ca_status(crt: gnutls_x509_crt_t, ca: c_uint) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { with_draft(crt, |d| d.set_basic_constraints(ca != 0, -1)) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_subject_key_id(cert: gnutls_x509_crt_t, id: *const c_void, id_size: size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(id) = (unsafe { ffi::bytes(id, id_size) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(cert, |d| d.set_subject_key_id(id)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_set_authority_key_id(cert: gnutls_x509_crt_t, id: *const c_void, id_size: size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(id) = (unsafe { ffi::bytes(id, id_size) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { with_draft(cert, |d| d.set_authority_key_id(id)) }
    }
}

/// The issuer's name: its certificate's subject, or (for a certificate
/// signing itself, or an issuer not signed yet) its draft's subject.
fn issuer_name(h: &CrtHandle, issuer: &CrtHandle) -> Result<Vec<u8>, c_int> {
    if !std::ptr::eq(h, issuer) {
        if let Some(c) = issuer.get() {
            return Ok(c.raw_subject().to_vec());
        }
    }
    let guard = issuer.draft.lock().unwrap_or_else(|e| e.into_inner());
    match guard.as_ref() {
        Some(d) => d.subject_der(),
        None => Err(errors::GNUTLS_E_INVALID_REQUEST),
    }
}

/// Signs the draft of `crt` as `issuer` with `key`.
pub unsafe fn sign_with(crt: gnutls_x509_crt_t, issuer: gnutls_x509_crt_t, key: &PrivateKey, dig: c_int) -> c_int {
    // SAFETY: per the caller's contract.
    let (Some(h), Some(ih)) = (unsafe { ffi::handle(crt) }, unsafe { ffi::handle(issuer) }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    let issuer_der = match issuer_name(h, ih) {
        Ok(n) => n,
        Err(e) => return e,
    };
    let ignore_sanity = h.flags.load(std::sync::atomic::Ordering::Relaxed) & rgnutls::x509::crt_fields::FLAG_IGNORE_SANITY != 0;
    let signed = {
        let mut guard = h.draft.lock().unwrap_or_else(|e| e.into_inner());
        match guard.as_mut() {
            Some(d) => {
                d.set_ignore_sanity(ignore_sanity);
                d.sign(&issuer_der, key, dig)
            }
            None => Err(errors::GNUTLS_E_INVALID_REQUEST),
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

// rgnutls: partial: RSA-PSS signatures use a salt as long as the hash; restrictions in an RSA-PSS key's own parameters are not applied
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_sign2(crt: gnutls_x509_crt_t, issuer: gnutls_x509_crt_t, issuer_key: gnutls_x509_privkey_t, dig: gnutls_digest_algorithm_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = unsafe { ffi::handle(issuer_key) }.and_then(|h| h.get()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: per the API contract.
        unsafe { sign_with(crt, issuer, &k, dig) }
    }
}

// rgnutls: partial: as gnutls_x509_crt_sign2
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_sign(crt: gnutls_x509_crt_t, issuer: gnutls_x509_crt_t, issuer_key: gnutls_x509_privkey_t) -> c_int {
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_x509_crt_sign2(crt, issuer, issuer_key, 0, 0) } }
}
