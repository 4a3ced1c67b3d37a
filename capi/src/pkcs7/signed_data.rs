//! gnutls_pkcs7_*: PKCS#7 SignedData handles (import/export, certificate
//! and CRL lists, signer information, attributes, verification, signing).
//! The logic is in rgnutls::x509::pkcs7.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use crate::x509::common;
use rgnutls::errors;
use rgnutls::x509::crt::Crt;
use rgnutls::x509::pkcs7::{self as p7, Attr, Pkcs7};
use std::ffi::CString;
use std::sync::Mutex;

/// `gnutls_pkcs7_t`: one structure, changed in place by the setters.
impl ffi::Handle for gnutls_pkcs7_int {
    type Rust = Mutex<Pkcs7>;
}

/// One attribute with its OID kept as a C string: gnutls_pkcs7_get_attr
/// lends the application a pointer to it.
pub struct CAttr {
    oid: CString,
    attr: Attr,
}

/// `gnutls_pkcs7_attrs_t`: a list of attributes, most recently added first.
impl ffi::Handle for gnutls_pkcs7_attrs_st {
    type Rust = Mutex<Vec<CAttr>>;
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `f` on the structure behind a handle; NULL gives GNUTLS_E_INVALID_REQUEST.
unsafe fn with<R>(p: gnutls_pkcs7_t, f: impl FnOnce(&mut Pkcs7) -> R) -> Result<R, c_int> {
    // SAFETY: per the caller's contract.
    let h = unsafe { ffi::handle(p) }.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    let mut guard = lock(h);
    Ok(f(&mut guard))
}

/// GnuTLS reads any format value but PEM as DER here.
fn fmt_of(value: gnutls_x509_crt_fmt_t) -> rgnutls::x509::X509Format {
    if value == GNUTLS_X509_FMT_PEM {
        rgnutls::x509::X509Format::Pem
    } else {
        rgnutls::x509::X509Format::Der
    }
}


fn code(r: Result<(), c_int>) -> c_int {
    r.err().unwrap_or(0)
}

/// A new attribute-list handle holding `attrs` (NULL for none, as GnuTLS's empty list).
fn attrs_handle(attrs: &[Attr]) -> gnutls_pkcs7_attrs_t {
    if attrs.is_empty() {
        return core::ptr::null_mut();
    }
    let list: Vec<CAttr> = attrs
        .iter()
        .filter_map(|a| Some(CAttr { oid: CString::new(a.oid.clone()).ok()?, attr: a.clone() }))
        .collect();
    ffi::new_handle::<gnutls_pkcs7_attrs_st>(Mutex::new(list))
}

/// The attributes of a list handle (NULL is the empty list).
unsafe fn attrs_of(list: gnutls_pkcs7_attrs_t) -> Vec<Attr> {
    // SAFETY: per the caller's contract.
    match unsafe { ffi::handle(list) } {
        Some(h) => lock(h).iter().map(|a| a.attr.clone()).collect(),
        None => Vec::new(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_init(pkcs7: *mut gnutls_pkcs7_t) -> c_int {
    entry! {
        if pkcs7.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: checked non-NULL; the caller passes a writable pointer.
        unsafe { *pkcs7 = ffi::new_handle::<gnutls_pkcs7_int>(Mutex::new(Pkcs7::new())) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_deinit(pkcs7: gnutls_pkcs7_t) {
    // SAFETY: made by gnutls_pkcs7_init; the caller stops using it.
    entry! { unsafe { ffi::free_handle(pkcs7) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_import(pkcs7: gnutls_pkcs7_t, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t) -> c_int {
    entry! {
        // SAFETY: a live datum per the API contract.
        let Some(bytes) = (unsafe { ffi::datum(data) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let fmt = fmt_of(format);
        // SAFETY: live handle per the API contract.
        let r = unsafe { with(pkcs7, |p| Pkcs7::import(bytes, fmt).map(|n| *p = n)) };
        code(r.and_then(|r| r))
    }
}

/// The encoding of a structure in `format`.
unsafe fn exported(pkcs7: gnutls_pkcs7_t, fmt: gnutls_x509_crt_fmt_t) -> Result<(Vec<u8>, bool), c_int> {
    let fmt = fmt_of(fmt);
    // SAFETY: per the caller's contract.
    let out = unsafe { with(pkcs7, |p| p.export(fmt)) }??;
    Ok((out, fmt == rgnutls::x509::X509Format::Pem))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_export(pkcs7: gnutls_pkcs7_t, format: gnutls_x509_crt_fmt_t, output_data: *mut c_void, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { exported(pkcs7, format) } {
            // PEM is text: the size asked for counts the NUL written after it.
            // SAFETY: caller buffer of *output_data_size bytes.
            Ok((out, true)) => unsafe { crate::x509::crt::text_out(output_data, output_data_size, &out) },
            // SAFETY: as above.
            Ok((out, false)) => unsafe { ffi::copy_out(output_data, output_data_size, &out, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_export2(pkcs7: gnutls_pkcs7_t, format: gnutls_x509_crt_fmt_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        if out.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: per the API contract.
        match unsafe { exported(pkcs7, format) } {
            // SAFETY: checked non-NULL.
            Ok((data, _)) => unsafe { ffi::set_datum(out, &data) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_signature_count(pkcs7: gnutls_pkcs7_t) -> c_int {
    // SAFETY: live handle per the API contract.
    entry! { unsafe { with(pkcs7, |p| p.signature_count() as c_int) }.unwrap_or_else(|e| e) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_crt_count(pkcs7: gnutls_pkcs7_t) -> c_int {
    // SAFETY: live handle per the API contract.
    entry! { unsafe { with(pkcs7, |p| p.crt_count() as c_int) }.unwrap_or_else(|e| e) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_crl_count(pkcs7: gnutls_pkcs7_t) -> c_int {
    // SAFETY: live handle per the API contract.
    entry! { unsafe { with(pkcs7, |p| p.crl_count() as c_int) }.unwrap_or_else(|e| e) }
}

/// Element `indx` of the certificate (or CRL) list.
unsafe fn element(pkcs7: gnutls_pkcs7_t, indx: c_uint, crl: bool) -> Result<Vec<u8>, c_int> {
    // SAFETY: per the caller's contract.
    unsafe { with(pkcs7, |p| if crl { p.crl_raw(indx as usize) } else { p.crt_raw(indx as usize) }) }?
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_crt_raw(pkcs7: gnutls_pkcs7_t, indx: c_uint, certificate: *mut c_void, certificate_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { element(pkcs7, indx, false) } {
            // SAFETY: caller buffer of *certificate_size bytes.
            Ok(d) => unsafe { ffi::copy_out(certificate, certificate_size, &d, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_crt_raw2(pkcs7: gnutls_pkcs7_t, indx: c_uint, cert: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { element(pkcs7, indx, false) } {
            // SAFETY: a writable datum (set_datum checks NULL).
            Ok(d) => unsafe { ffi::set_datum(cert, &d) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_crl_raw(pkcs7: gnutls_pkcs7_t, indx: c_uint, crl: *mut c_void, crl_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { element(pkcs7, indx, true) } {
            // SAFETY: caller buffer of *crl_size bytes.
            Ok(d) => unsafe { ffi::copy_out(crl, crl_size, &d, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_crl_raw2(pkcs7: gnutls_pkcs7_t, indx: c_uint, crl: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { element(pkcs7, indx, true) } {
            // SAFETY: a writable datum (set_datum checks NULL).
            Ok(d) => unsafe { ffi::set_datum(crl, &d) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_set_crt_raw(pkcs7: gnutls_pkcs7_t, crt: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: a live datum per the API contract.
        let Some(der) = (unsafe { ffi::datum(crt) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: live handle per the API contract.
        code(unsafe { with(pkcs7, |p| p.add_crt_raw(der)) }.and_then(|r| r))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_set_crt(pkcs7: gnutls_pkcs7_t, crt: gnutls_x509_crt_t) -> c_int {
    entry! {
        // SAFETY: NULL or a live handle per the API contract.
        if unsafe { ffi::handle(crt) }.is_none() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // An empty certificate handle has nothing to encode.
        // SAFETY: as above.
        let Some(c) = (unsafe { common::crt(crt) }) else { return errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND };
        // SAFETY: live handle per the API contract.
        code(unsafe { with(pkcs7, |p| p.add_crt_raw(c.der())) }.and_then(|r| r))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_set_crl_raw(pkcs7: gnutls_pkcs7_t, crl: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: a live datum per the API contract.
        let Some(der) = (unsafe { ffi::datum(crl) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: live handle per the API contract.
        code(unsafe { with(pkcs7, |p| p.add_crl_raw(der)) }.and_then(|r| r))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_set_crl(pkcs7: gnutls_pkcs7_t, crl: gnutls_x509_crl_t) -> c_int {
    entry! {
        // SAFETY: NULL or a live handle per the API contract.
        if unsafe { ffi::handle(crl) }.is_none() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: as above.
        let Some(c) = (unsafe { crate::x509::crl::crl(crl) }) else { return errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND };
        // SAFETY: live handle per the API contract.
        code(unsafe { with(pkcs7, |p| p.add_crl_raw(c.der())) }.and_then(|r| r))
    }
}

// rgnutls: partial: like GnuTLS 3.7.9, an index in range fails with GNUTLS_E_ASN1_VALUE_NOT_VALID and nothing is deleted
#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_delete_crt(pkcs7: gnutls_pkcs7_t, indx: c_int) -> c_int {
    // SAFETY: live handle per the API contract.
    entry! { code(unsafe { with(pkcs7, |p| p.delete(indx, false)) }.and_then(|r| r)) }
}

// rgnutls: partial: like GnuTLS 3.7.9, an index in range fails with GNUTLS_E_ASN1_VALUE_NOT_VALID and nothing is deleted
#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_delete_crl(pkcs7: gnutls_pkcs7_t, indx: c_int) -> c_int {
    // SAFETY: live handle per the API contract.
    entry! { code(unsafe { with(pkcs7, |p| p.delete(indx, true)) }.and_then(|r| r)) }
}

const GNUTLS_PKCS7_EDATA_GET_RAW: c_uint = 1 << 24;
const GNUTLS_VERIFY_DISABLE_TIME_CHECKS: c_uint = 1 << 6;

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_embedded_data(pkcs7: gnutls_pkcs7_t, flags: c_uint, data: *mut gnutls_datum_t) -> c_int {
    entry! {
        let raw = flags & GNUTLS_PKCS7_EDATA_GET_RAW != 0;
        // SAFETY: live handle per the API contract.
        match unsafe { with(pkcs7, |p| p.embedded_data(raw)) }.and_then(|r| r) {
            // SAFETY: a writable datum (set_datum checks NULL).
            Ok(d) => unsafe { ffi::set_datum(data, &d) },
            Err(e) => e,
        }
    }
}

/// The OID strings handed out by gnutls_pkcs7_get_embedded_data_oid: GnuTLS
/// returns a pointer into the structure; ours stay valid for the process
/// (one per distinct OID, so the set stays small).
fn static_oid(oid: &str) -> *const c_char {
    static OIDS: Mutex<Vec<&'static std::ffi::CStr>> = Mutex::new(Vec::new());
    let mut list = lock(&OIDS);
    if let Some(s) = list.iter().find(|s| s.to_bytes() == oid.as_bytes()) {
        return s.as_ptr();
    }
    let Ok(c) = CString::new(oid) else { return core::ptr::null() };
    let leaked: &'static std::ffi::CStr = Box::leak(c.into_boxed_c_str());
    list.push(leaked);
    leaked.as_ptr()
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_embedded_data_oid(pkcs7: gnutls_pkcs7_t) -> *const c_char {
    entry! {
        // SAFETY: live handle per the API contract.
        match unsafe { with(pkcs7, |p| p.embedded_data_oid().map(str::to_owned)) } {
            Ok(Some(oid)) => static_oid(&oid),
            _ => core::ptr::null(),
        }
    }
}

/// Frees what gnutls_pkcs7_get_signature_info allocated and zeroes the struct.
unsafe fn clear_info(info: &mut gnutls_pkcs7_signature_info_st) {
    for d in [&mut info.sig, &mut info.issuer_dn, &mut info.signer_serial, &mut info.issuer_keyid] {
        // SAFETY: NULL or our libc malloc block.
        unsafe { libc::free(d.data as *mut c_void) };
        d.data = core::ptr::null_mut();
        d.size = 0;
    }
    for a in [info.signed_attrs, info.unsigned_attrs] {
        // SAFETY: NULL or a list made by attrs_handle.
        unsafe { ffi::free_handle(a) };
    }
    info.signed_attrs = core::ptr::null_mut();
    info.unsigned_attrs = core::ptr::null_mut();
    info.algo = 0;
    info.signing_time = 0;
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_signature_info(pkcs7: gnutls_pkcs7_t, idx: c_uint, info: *mut gnutls_pkcs7_signature_info_st) -> c_int {
    entry! {
        // SAFETY: a writable struct per the API contract.
        let Some(out) = (unsafe { info.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: live handle per the API contract.
        let si = match unsafe { with(pkcs7, |p| p.signature_info(idx as usize)) }.and_then(|r| r) {
            Ok(si) => si,
            Err(e) => return e,
        };
        // SAFETY: the struct may hold garbage: overwrite without freeing.
        unsafe { core::ptr::write_bytes(out as *mut gnutls_pkcs7_signature_info_st, 0, 1) };
        out.algo = si.algo;
        out.signing_time = si.signing_time as time_t;
        let mut failed = 0;
        let datums = [(&mut out.sig, &si.sig), (&mut out.issuer_dn, &si.issuer_dn), (&mut out.signer_serial, &si.signer_serial), (&mut out.issuer_keyid, &si.issuer_keyid)];
        for (d, v) in datums {
            if v.is_empty() || failed < 0 {
                continue;
            }
            // SAFETY: a field of the struct.
            failed = unsafe { ffi::set_datum(d, v) };
        }
        if failed < 0 {
            // SAFETY: what we set so far.
            unsafe { clear_info(out) };
            return failed;
        }
        out.signed_attrs = attrs_handle(&si.signed_attrs);
        out.unsigned_attrs = attrs_handle(&si.unsigned_attrs);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_signature_info_deinit(info: *mut gnutls_pkcs7_signature_info_st) {
    entry! {
        // SAFETY: NULL or a struct filled by gnutls_pkcs7_get_signature_info.
        if let Some(i) = unsafe { info.as_mut() } {
            // SAFETY: as above.
            unsafe { clear_info(i) };
        }
    }
}

const GNUTLS_PKCS7_ATTR_ENCODE_OCTET_STRING: c_uint = 1;

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_add_attr(list: *mut gnutls_pkcs7_attrs_t, oid: *const c_char, data: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(head), Some(oid), Some(bytes)) = (unsafe { list.as_mut() }, unsafe { ffi::cstr(oid) }, unsafe { ffi::datum(data) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let attr = match p7::make_attr(oid, bytes, flags & GNUTLS_PKCS7_ATTR_ENCODE_OCTET_STRING != 0) {
            Ok(a) => a,
            Err(e) => return e,
        };
        let Ok(c) = CString::new(oid) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let entry = CAttr { oid: c, attr };
        if head.is_null() {
            *head = ffi::new_handle::<gnutls_pkcs7_attrs_st>(Mutex::new(vec![entry]));
            return 0;
        }
        // SAFETY: a live list per the API contract.
        let Some(h) = (unsafe { ffi::handle(*head) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // GnuTLS adds at the head of its list.
        lock(h).insert(0, entry);
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_attrs_deinit(list: gnutls_pkcs7_attrs_t) {
    // SAFETY: NULL or a list from gnutls_pkcs7_add_attr; the caller stops using it.
    entry! { unsafe { ffi::free_handle(list) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_get_attr(list: gnutls_pkcs7_attrs_t, idx: c_uint, oid: *mut *mut c_char, data: *mut gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: NULL (the empty list) or a live list.
        let Some(h) = (unsafe { ffi::handle(list) }) else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
        let guard = lock(h);
        let Some(a) = guard.get(idx as usize) else { return errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE };
        let value = match p7::attr_data(&a.attr, flags & GNUTLS_PKCS7_ATTR_ENCODE_OCTET_STRING != 0) {
            Ok(v) => v,
            Err(e) => return e,
        };
        // The OID is lent: it lives as long as the list, as in GnuTLS.
        // SAFETY: a writable pointer when non-NULL.
        if let Some(o) = unsafe { oid.as_mut() } {
            *o = a.oid.as_ptr() as *mut c_char;
        }
        // SAFETY: a writable datum (set_datum checks NULL).
        unsafe { ffi::set_datum(data, &value) }
    }
}

// Like GnuTLS 3.7.9, a signer whose key usage forbids signatures gives the
// positive status GNUTLS_CERT_SIGNER_CONSTRAINTS_FAILURE, not an error.
#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_verify_direct(pkcs7: gnutls_pkcs7_t, signer: gnutls_x509_crt_t, idx: c_uint, data: *const gnutls_datum_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: NULL or a live datum.
        let detached = unsafe { ffi::datum(data) };
        // SAFETY: live handle per the API contract; the signer is looked at
        // after the index, as GnuTLS does.
        let r = unsafe {
            with(pkcs7, |p| {
                p.signature_info(idx as usize)?;
                let s = common::crt(signer).ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
                p.verify_signature(idx as usize, s.spki(), detached)?;
                p7::check_signer(&s, rgnutls::clock::now_secs())
            })
        };
        match r.and_then(|r| r) {
            Ok(v) => v,
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_verify(pkcs7: gnutls_pkcs7_t, tl: gnutls_x509_trust_list_t, vdata: *mut gnutls_typed_vdata_st, vdata_size: c_uint, idx: c_uint, data: *const gnutls_datum_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(list) = (unsafe { ffi::handle(tl) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: `vdata` holds `vdata_size` entries.
        let purpose = match unsafe { crate::x509::trust_list::typed_vdata(vdata, vdata_size as usize) } {
            Ok((_, purpose)) => purpose,
            Err(e) => return e,
        };
        // SAFETY: NULL or a live datum.
        let detached = unsafe { ffi::datum(data) };
        // A signer named by key identifier may also be a trusted certificate.
        let trusted = |p: &Pkcs7| -> Vec<Crt> {
            if !p.signer_uses_key_id(idx as usize) {
                return Vec::new();
            }
            list.read().anchors().iter().filter_map(|a| Crt::from_der(&a.der).ok()).collect()
        };
        // SAFETY: live handle per the API contract.
        let found = unsafe {
            with(pkcs7, |p| -> Result<(Crt, Vec<Crt>, Pkcs7), c_int> {
                p.check_content(idx as usize, detached)?;
                let signer = p
                    .find_signer(idx as usize, &[])
                    .or_else(|| p.find_signer(idx as usize, &trusted(p)))
                    .ok_or(errors::GNUTLS_E_PK_SIG_VERIFY_FAILED)?;
                Ok((signer, p.certificates(), p.clone()))
            })
        };
        let (signer, others, p) = match found.and_then(|r| r) {
            Ok(v) => v,
            Err(e) => return e,
        };
        // The signer's chain: it first, then the other embedded certificates.
        let mut chain: Vec<&[u8]> = vec![signer.der()];
        chain.extend(others.iter().map(|c| c.der()).filter(|d| *d != signer.der()));
        let status = {
            let trust = list.read();
            rgnutls::x509::verify::verify_now(&chain, &trust, None, purpose.as_deref(), flags)
        };
        match status {
            Ok(0) => {}
            Ok(_) => return errors::GNUTLS_E_PK_SIG_VERIFY_FAILED,
            Err(e) => return e,
        }
        // GnuTLS checks the signer's validity period even when the signer
        // itself is in the trust list (our path check trusts it as is).
        let now = rgnutls::clock::now_secs();
        let expired = now > signer.expiration_time() || now < signer.activation_time();
        if expired && flags & GNUTLS_VERIFY_DISABLE_TIME_CHECKS == 0 {
            return errors::GNUTLS_E_PK_SIG_VERIFY_FAILED;
        }
        if let Err(e) = p.verify_signature(idx as usize, signer.spki(), detached) {
            return e;
        }
        p7::check_signer(&signer, now).unwrap_or_else(|e| e)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_sign(pkcs7: gnutls_pkcs7_t, signer: gnutls_x509_crt_t, signer_key: gnutls_privkey_t, data: *const gnutls_datum_t, signed_attrs: gnutls_pkcs7_attrs_t, unsigned_attrs: gnutls_pkcs7_attrs_t, dig: gnutls_digest_algorithm_t, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(s), Some(k)) = (unsafe { common::crt(signer) }, unsafe { ffi::handle(signer_key) }.and_then(|h| h.get())) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // NULL data signs the content already embedded (not with a time or
        // a request to embed, which GnuTLS refuses or cannot do).
        // SAFETY: NULL or a live datum.
        let given = unsafe { ffi::datum(data) };
        if given.is_none() && flags & (p7::INCLUDE_TIME | p7::EMBED_DATA) != 0 {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: NULL or live lists.
        let (sa, ua) = unsafe { (attrs_of(signed_attrs), attrs_of(unsigned_attrs)) };
        let now = rgnutls::clock::unix_now().as_secs();
        // SAFETY: live handle per the API contract.
        let r = unsafe {
            with(pkcs7, |p| {
                let content = match given {
                    Some(d) => d.to_vec(),
                    None => p.embedded_data(false).map_err(|_| errors::GNUTLS_E_INVALID_REQUEST)?,
                };
                p.sign(&s, &k, &content, &sa, &ua, dig, flags, now)
            })
        };
        code(r.and_then(|r| r))
    }
}

/// The bytes of a datum field (NULL data reads as empty).
///
/// # Safety
/// `d.data` is NULL or valid for `d.size` bytes.
unsafe fn field(d: &gnutls_datum_t) -> Vec<u8> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::bytes(d.data as *const c_void, d.size as usize) }.map(<[u8]>::to_vec).unwrap_or_default()
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_print_signature_info(info: *mut gnutls_pkcs7_signature_info_st, format: gnutls_certificate_print_formats_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: a filled struct per the API contract.
        let Some(i) = (unsafe { info.as_ref() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: the struct's datums and lists are the application's, valid per the contract.
        let si = unsafe {
            p7::SignatureInfo {
                algo: i.algo,
                sig: field(&i.sig),
                issuer_dn: field(&i.issuer_dn),
                signer_serial: field(&i.signer_serial),
                issuer_keyid: field(&i.issuer_keyid),
                signing_time: i.signing_time,
                signed_attrs: attrs_of(i.signed_attrs),
                unsigned_attrs: attrs_of(i.unsigned_attrs),
            }
        };
        let text = p7::print_signature_info(&si, format == GNUTLS_CRT_PRINT_FULL);
        // SAFETY: a writable datum (set_datum checks NULL).
        unsafe { ffi::set_datum(out, text.as_bytes()) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs7_print(pkcs7: gnutls_pkcs7_t, format: gnutls_certificate_print_formats_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        let full = format == GNUTLS_CRT_PRINT_FULL;
        // GnuTLS prints an empty list of signers for a NULL structure.
        let text = if pkcs7.is_null() {
            Ok(Pkcs7::new().print(full))
        } else {
            // SAFETY: live handle per the API contract.
            unsafe { with(pkcs7, |p| p.print(full)) }
        };
        match text {
            // SAFETY: a writable datum (set_datum checks NULL).
            Ok(text) => unsafe { ffi::set_datum(out, text.as_bytes()) },
            Err(e) => e,
        }
    }
}
