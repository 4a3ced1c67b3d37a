//! Writing PKCS#12 files: filling bags (set_data/crt/crl/privkey, names
//! and key ids), encrypting them, adding them to the structure, the MAC
//! and the export; and the descriptions of an encrypted bag and of the
//! MAC. The logic is in rgnutls::pkcs12::{write, scheme}.
use super::bags::password;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use crate::x509::common;
use rgnutls::errors;
use rgnutls::pkcs12::scheme::EncInfo;
use rgnutls::pkcs12::write::mac_id;
use rgnutls::pkcs12::{bag_type, Bag, Pkcs12};
use rgnutls::x509::X509Format;

/// Runs `f` on the bag behind a handle, for writing.
unsafe fn with_bag_mut(bag: gnutls_pkcs12_bag_t, f: impl FnOnce(&mut Bag) -> c_int) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(h) = (unsafe { ffi::handle(bag) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let mut guard = h.write().unwrap_or_else(|e| e.into_inner());
    f(&mut guard)
}

/// An element index as set_data reports it.
fn index_result(r: Result<usize, c_int>) -> c_int {
    match r {
        Ok(i) => c_int::try_from(i).unwrap_or(c_int::MAX),
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_set_data(bag: gnutls_pkcs12_bag_t, type_: gnutls_pkcs12_bag_type_t, data: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(bytes) = (unsafe { ffi::datum(data) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        unsafe { with_bag_mut(bag, |b| index_result(b.set_data(type_, bytes))) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_set_crt(bag: gnutls_pkcs12_bag_t, crt: gnutls_x509_crt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { common::crt(crt) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        unsafe { with_bag_mut(bag, |b| index_result(b.set_data(bag_type::CERTIFICATE, c.der()))) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_set_crl(bag: gnutls_pkcs12_bag_t, crl: gnutls_x509_crl_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(c) = (unsafe { crate::x509::crl::crl(crl) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        unsafe { with_bag_mut(bag, |b| index_result(b.set_data(bag_type::CRL, c.der()))) }
    }
}

// rgnutls: partial: the GOST encryption schemes are refused
#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_set_privkey(bag: gnutls_pkcs12_bag_t, privkey: gnutls_x509_privkey_t, password: *const c_char, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(k) = (unsafe { ffi::handle(privkey) }).and_then(|s| s.get()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        let pass = match unsafe { self::password(password) } { Ok(p) => p, Err(e) => return e };
        let der = match k.export_pkcs8(X509Format::Der, pass, flags) { Ok(d) => d, Err(e) => return e };
        // As GnuTLS, the type follows the password, not the flags.
        let kind = if pass.is_some() { bag_type::PKCS8_ENCRYPTED_KEY } else { bag_type::PKCS8_KEY };
        // SAFETY: as above.
        unsafe { with_bag_mut(bag, |b| index_result(b.set_data(kind, &der))) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_set_friendly_name(bag: gnutls_pkcs12_bag_t, indx: c_uint, name: *const c_char) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(name) = (unsafe { ffi::cstr(name) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        unsafe { with_bag_mut(bag, |b| match b.set_friendly_name(indx as usize, name) { Ok(()) => 0, Err(e) => e }) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_set_key_id(bag: gnutls_pkcs12_bag_t, indx: c_uint, id: *const gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(id) = (unsafe { ffi::datum(id) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: as above.
        unsafe { with_bag_mut(bag, |b| match b.set_key_id(indx as usize, id) { Ok(()) => 0, Err(e) => e }) }
    }
}

// rgnutls: partial: the GOST encryption schemes are refused
#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_encrypt(bag: gnutls_pkcs12_bag_t, pass: *const c_char, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let pass = match unsafe { password(pass) } { Ok(p) => p, Err(e) => return e };
        // SAFETY: as above.
        unsafe { with_bag_mut(bag, |b| match b.encrypt(pass, flags) { Ok(()) => 0, Err(e) => e }) }
    }
}

/// Writes the optional outputs of bag_enc_info and pkcs8_info. A salt
/// buffer too small gets GNUTLS_E_SHORT_MEMORY_BUFFER and the size needed.
///
/// # Safety
/// Every pointer is NULL or writable (`salt` for `*salt_size` bytes).
pub unsafe fn put_enc_info(info: &EncInfo, schema: *mut c_uint, cipher: *mut c_uint, salt: *mut c_void, salt_size: *mut c_uint, iter_count: *mut c_uint, oid: *mut *mut c_char) -> c_int {
    // SAFETY: per the caller's contract.
    unsafe {
        if let Some(s) = schema.as_mut() {
            *s = info.schema;
        }
        if let Some(c) = cipher.as_mut() {
            *c = info.cipher as c_uint;
        }
        if let Some(i) = iter_count.as_mut() {
            *i = info.iterations;
        }
        let r = put_salt(&info.salt, salt, salt_size);
        if r < 0 {
            return r;
        }
        if let Some(o) = oid.as_mut() {
            *o = ffi::malloc_cstring(&info.oid);
        }
    }
    0
}

/// # Safety
/// `size` is NULL or writable; `salt` is NULL or writable for `*size` bytes.
unsafe fn put_salt(bytes: &[u8], salt: *mut c_void, size: *mut c_uint) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(size) = (unsafe { size.as_mut() }) else { return 0 };
    let len = c_uint::try_from(bytes.len()).unwrap_or(c_uint::MAX);
    if (*size as usize) < bytes.len() {
        *size = len;
        return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
    }
    if !salt.is_null() {
        // SAFETY: `salt` holds at least `bytes.len()` bytes.
        unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), salt as *mut u8, bytes.len()) };
    }
    *size = len;
    0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_bag_enc_info(bag: gnutls_pkcs12_bag_t, schema: *mut c_uint, cipher: *mut c_uint, salt: *mut c_void, salt_size: *mut c_uint, iter_count: *mut c_uint, oid: *mut *mut c_char) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(h) = (unsafe { ffi::handle(bag) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let info = h.read().unwrap_or_else(|e| e.into_inner()).enc_info();
        match info {
            // SAFETY: the outputs per the API contract.
            Ok(i) => unsafe { put_enc_info(&i, schema, cipher, salt, salt_size, iter_count, oid) },
            Err(e) => e,
        }
    }
}

/// Changes the structure behind a handle (an empty one if never imported).
unsafe fn with_pkcs12_mut(p12: gnutls_pkcs12_t, f: impl FnOnce(&mut Pkcs12) -> Result<(), c_int>) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(h) = (unsafe { ffi::handle(p12) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
    let mut p = h.get().map(|a| (*a).clone()).unwrap_or_default();
    match f(&mut p) {
        Ok(()) => {
            h.set(p);
            0
        }
        Err(e) => e,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_set_bag(pkcs12: gnutls_pkcs12_t, bag: gnutls_pkcs12_bag_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(b) = (unsafe { ffi::handle(bag) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let bag = b.read().unwrap_or_else(|e| e.into_inner()).clone();
        // SAFETY: as above.
        unsafe { with_pkcs12_mut(pkcs12, |p| p.add_bag(&bag)) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_generate_mac(pkcs12: gnutls_pkcs12_t, pass: *const c_char) -> c_int {
    // GnuTLS 3.7.9's default MAC is HMAC-SHA256.
    // SAFETY: per the API contract.
    entry! { unsafe { gnutls_pkcs12_generate_mac2(pkcs12, mac_id::SHA256, pass) } }
}

// rgnutls: partial: the GOST MACs are refused
#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_generate_mac2(pkcs12: gnutls_pkcs12_t, mac: gnutls_mac_algorithm_t, pass: *const c_char) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let pass = match unsafe { password(pass) } { Ok(p) => p, Err(e) => return e };
        // SAFETY: as above.
        unsafe { with_pkcs12_mut(pkcs12, |p| p.generate_mac(mac, pass)) }
    }
}

/// GnuTLS writes DER only when asked for DER; any other value is PEM.
fn export_format(format: gnutls_x509_crt_fmt_t) -> X509Format {
    if format == GNUTLS_X509_FMT_DER as gnutls_x509_crt_fmt_t { X509Format::Der } else { X509Format::Pem }
}

/// The export of the structure behind a handle; never imported nor given
/// a bag is GNUTLS_E_ASN1_VALUE_NOT_FOUND, as in GnuTLS.
unsafe fn exported(p12: gnutls_pkcs12_t, format: gnutls_x509_crt_fmt_t) -> Result<Vec<u8>, c_int> {
    // SAFETY: per the caller's contract.
    let h = unsafe { ffi::handle(p12) }.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    h.get().ok_or(errors::GNUTLS_E_ASN1_VALUE_NOT_FOUND)?.export(export_format(format))
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_export(pkcs12: gnutls_pkcs12_t, format: gnutls_x509_crt_fmt_t, output_data: *mut c_void, output_data_size: *mut size_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { exported(pkcs12, format) } {
            // SAFETY: a caller buffer of *output_data_size bytes.
            Ok(out) if export_format(format) == X509Format::Pem => unsafe { crate::x509::dn_handle::pem_out(output_data, output_data_size, &out) },
            // SAFETY: as above.
            Ok(out) => unsafe { ffi::copy_out(output_data, output_data_size, &out, false) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_export2(pkcs12: gnutls_pkcs12_t, format: gnutls_x509_crt_fmt_t, out: *mut gnutls_datum_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        match unsafe { exported(pkcs12, format) } {
            // SAFETY: a writable datum.
            Ok(bytes) => unsafe { ffi::set_datum(out, &bytes) },
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pkcs12_mac_info(pkcs12: gnutls_pkcs12_t, mac: *mut c_uint, salt: *mut c_void, salt_size: *mut c_uint, iter_count: *mut c_uint, oid: *mut *mut c_char) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let Some(p) = (unsafe { super::bags::pkcs12(pkcs12) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let info = match p.mac_info() { Ok(i) => i, Err(e) => return e };
        // SAFETY: the outputs are NULL or writable per the API contract.
        unsafe {
            if let Some(m) = mac.as_mut() {
                *m = info.mac as c_uint;
            }
            if let Some(i) = iter_count.as_mut() {
                *i = info.iterations;
            }
            let r = put_salt(&info.salt, salt, salt_size);
            if r < 0 {
                return r;
            }
            if let Some(o) = oid.as_mut() {
                *o = ffi::malloc_cstring(&info.oid);
            }
        }
        0
    }
}
