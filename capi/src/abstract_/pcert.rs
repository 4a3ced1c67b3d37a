//! gnutls_pcert_*: a certificate with its public key, the form retrieve
//! callbacks and gnutls_certificate_set_key work with. The structure is
//! public, so its fields are filled directly: `cert` is a gnutls_malloc'd
//! DER copy, `pubkey` a pubkey handle, both released by gnutls_pcert_deinit.
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::gnutls::handles::Slot;
use crate::types::*;
use crate::x509::common;
use rgnutls::errors;
use rgnutls::x509::crt::Crt;
use rgnutls::x509::privkey::PrivateKey;

/// Fills `pcert` from a decoded certificate.
///
/// # Safety
/// `pcert` is writable.
unsafe fn fill(pcert: &mut gnutls_pcert_st, crt: &Crt) -> c_int {
    let pubkey = Slot::default();
    pubkey.set(crt.spki().to_vec());
    // SAFETY: `pcert.cert` is a plain datum we own from here on.
    let r = unsafe { ffi::set_datum(&mut pcert.cert, crt.der()) };
    if r < 0 {
        return r;
    }
    pcert.pubkey = ffi::new_handle::<gnutls_pubkey_st>(pubkey);
    pcert.r#type = GNUTLS_CRT_X509;
    0
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pcert_import_x509(pcert: *mut gnutls_pcert_st, crt: gnutls_x509_crt_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(p), Some(c)) = (unsafe { pcert.as_mut() }, unsafe { common::crt(crt) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: `p` is writable.
        unsafe { fill(p, &c) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pcert_import_x509_raw(pcert: *mut gnutls_pcert_st, cert: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(p), Some(data)) = (unsafe { pcert.as_mut() }, unsafe { ffi::datum(cert) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        match Crt::import(data, fmt) {
            // SAFETY: `p` is writable.
            Ok(c) => unsafe { fill(p, &c) },
            Err(e) => e,
        }
    }
}

/// Fills `pcert` as a raw public key (RFC 7250): the SubjectPublicKeyInfo
/// DER is its "certificate", and `pubkey` (a handle the pcert owns from
/// here on) its key.
///
/// # Safety
/// `pcert` is writable; `pubkey` is a live pubkey handle.
unsafe fn fill_rawpk(pcert: &mut gnutls_pcert_st, spki: &[u8], pubkey: gnutls_pubkey_t) -> c_int {
    // SAFETY: `pcert.cert` is a plain datum we own from here on.
    let r = unsafe { ffi::set_datum(&mut pcert.cert, spki) };
    if r < 0 {
        return r;
    }
    pcert.pubkey = pubkey;
    pcert.r#type = GNUTLS_CRT_RAWPK;
    0
}

// rgnutls: partial: key_usage is not recorded on the key
#[no_mangle]
pub unsafe extern "C" fn gnutls_pcert_import_rawpk_raw(pcert: *mut gnutls_pcert_st, rawpubkey: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, key_usage: c_uint, flags: c_uint) -> c_int {
    let _ = (key_usage, flags);
    entry! {
        // SAFETY: per the API contract.
        let (Some(p), Some(data)) = (unsafe { pcert.as_mut() }, unsafe { ffi::datum(rawpubkey) }) else {
            // GnuTLS's answer to a missing key.
            return errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        let spki = match rgnutls::x509::pksign::import_spki(data, fmt) { Ok(s) => s, Err(e) => return e };
        let pubkey = Slot::default();
        pubkey.set(spki.clone());
        let handle = ffi::new_handle::<gnutls_pubkey_st>(pubkey);
        // SAFETY: `p` is writable; `handle` is fresh.
        let r = unsafe { fill_rawpk(p, &spki, handle) };
        if r < 0 {
            // SAFETY: the handle made above, not handed out.
            unsafe { ffi::free_handle(handle) };
        }
        r
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pcert_import_rawpk(pcert: *mut gnutls_pcert_st, key: gnutls_pubkey_t, flags: c_uint) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: per the API contract.
        let (Some(p), Some(spki)) = (unsafe { pcert.as_mut() }, unsafe { ffi::handle(key) }.and_then(|k| k.get())) else {
            return errors::GNUTLS_E_INSUFFICIENT_CREDENTIALS;
        };
        // SAFETY: `p` is writable; the key is the caller's, given to the pcert.
        unsafe { fill_rawpk(p, &spki, key) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pcert_list_import_x509_raw(pcerts: *mut gnutls_pcert_st, pcert_max: *mut c_uint, data: *const gnutls_datum_t, format: gnutls_x509_crt_fmt_t, flags: c_uint) -> c_int {
    const FAIL_IF_EXCEED: c_uint = 1;
    entry! {
        // SAFETY: per the API contract.
        let (Some(max), Some(bytes), false) = (unsafe { pcert_max.as_mut() }, unsafe { ffi::datum(data) }, pcerts.is_null()) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        let mut list = match Crt::import_list(bytes, fmt) { Ok(l) => l, Err(e) => return e };
        // As GnuTLS: SORT puts the chain in issuing order from the first
        // certificate (leaving out those off that path); without it,
        // FAIL_IF_UNSORTED refuses a list that is not in that order.
        let order = rgnutls::x509::crt::chain_order(&list);
        let in_order = order.len() == list.len() && order.iter().enumerate().all(|(i, &j)| i == j);
        if flags & GNUTLS_X509_CRT_LIST_SORT as c_uint != 0 {
            if !in_order {
                let mut taken: Vec<Option<Crt>> = list.into_iter().map(Some).collect();
                list = order.iter().filter_map(|&j| taken.get_mut(j).and_then(Option::take)).collect();
            }
        } else if flags & GNUTLS_X509_CRT_LIST_FAIL_IF_UNSORTED as c_uint != 0 && !in_order {
            return errors::GNUTLS_E_CERTIFICATE_LIST_UNSORTED;
        }
        if list.len() > *max as usize {
            if flags & FAIL_IF_EXCEED != 0 {
                *max = list.len() as c_uint;
                return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
            }
            list.truncate(*max as usize);
        }
        for (i, c) in list.iter().enumerate() {
            // SAFETY: `pcerts` holds `*max` entries and i < *max.
            let r = unsafe { fill(&mut *pcerts.add(i), c) };
            if r < 0 {
                for j in 0..i {
                    // SAFETY: filled above.
                    unsafe { gnutls_pcert_deinit(pcerts.add(j)) };
                }
                return r;
            }
        }
        *max = list.len() as c_uint;
        0
    }
}

/// Fills `pcerts[k]` from `list[order[k]]`; on failure the ones filled
/// are released again.
///
/// # Safety
/// `pcerts` holds at least `order.len()` writable entries.
unsafe fn fill_all<C: AsRef<Crt>>(pcerts: *mut gnutls_pcert_st, list: &[C], order: &[usize]) -> c_int {
    for (k, &i) in order.iter().enumerate() {
        let Some(c) = list.get(i) else { return errors::GNUTLS_E_INTERNAL_ERROR };
        // SAFETY: k < order.len() entries, per the caller's contract.
        let r = unsafe { fill(&mut *pcerts.add(k), c.as_ref()) };
        if r < 0 {
            for j in 0..k {
                // SAFETY: filled above.
                unsafe { gnutls_pcert_deinit(pcerts.add(j)) };
            }
            return r;
        }
    }
    0
}

/// With GNUTLS_X509_CRT_LIST_SORT the certificates are put in issuing order
/// and those off the path from the first are left out (`*ncrt` says how
/// many remain); GNUTLS_X509_CRT_LIST_FAIL_IF_UNSORTED has no effect here,
/// as in GnuTLS.
#[no_mangle]
pub unsafe extern "C" fn gnutls_pcert_import_x509_list(pcert: *mut gnutls_pcert_st, crt: *mut gnutls_x509_crt_t, ncrt: *mut c_uint, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(n), false) = (unsafe { ncrt.as_mut() }, pcert.is_null()) else { return errors::GNUTLS_E_INVALID_REQUEST };
        // SAFETY: `crt` holds *ncrt handles per the API contract.
        let Some(list) = (unsafe { common::crt_list(crt, *n as usize) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let order: Vec<usize> = if flags & GNUTLS_X509_CRT_LIST_SORT as c_uint != 0 && list.len() > 1 {
            rgnutls::x509::crt::chain_order(&list)
        } else {
            (0..list.len()).collect()
        };
        // SAFETY: `pcert` holds *ncrt entries and order.len() <= *ncrt.
        let r = unsafe { fill_all(pcert, &list, &order) };
        if r == 0 {
            *n = order.len() as c_uint;
        }
        r
    }
}

/// The certificates of a file, always in issuing order from the first
/// (others left out, as GnuTLS sorts here whatever the flags); more than
/// `*pcert_list_size` of them is GNUTLS_E_SHORT_MEMORY_BUFFER, the size
/// left as it was.
// rgnutls: partial: PKCS #11 URLs are not accepted (only files); pin_fn is not used
#[no_mangle]
pub unsafe extern "C" fn gnutls_pcert_list_import_x509_file(pcert_list: *mut gnutls_pcert_st, pcert_list_size: *mut c_uint, file: *const c_char, format: gnutls_x509_crt_fmt_t, pin_fn: gnutls_pin_callback_t, pin_fn_userdata: *mut c_void, flags: c_uint) -> c_int {
    let _ = (pin_fn, pin_fn_userdata, flags);
    entry! {
        // SAFETY: per the API contract.
        let (Some(max), Some(path), false) = (unsafe { pcert_list_size.as_mut() }, unsafe { ffi::cstr(file) }, pcert_list.is_null()) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        let fmt = match common::format(format) { Ok(f) => f, Err(e) => return e };
        let data = match rgnutls::x509::trust::read_file(std::path::Path::new(path)) { Ok(d) => d, Err(e) => return e };
        let list = match Crt::import_list(&data, fmt) { Ok(l) => l, Err(e) => return e };
        let order = rgnutls::x509::crt::chain_order(&list);
        if order.len() > *max as usize {
            return errors::GNUTLS_E_SHORT_MEMORY_BUFFER;
        }
        // SAFETY: `pcert_list` holds *max entries and order.len() <= *max.
        let r = unsafe { fill_all(pcert_list, &list, &order) };
        if r == 0 {
            *max = order.len() as c_uint;
        }
        r
    }
}

/// A new certificate handle (the caller frees it) from the pcert's DER.
#[no_mangle]
pub unsafe extern "C" fn gnutls_pcert_export_x509(pcert: *mut gnutls_pcert_st, crt: *mut gnutls_x509_crt_t) -> c_int {
    entry! {
        // SAFETY: per the API contract.
        let (Some(p), Some(out)) = (unsafe { pcert.as_ref() }, unsafe { crt.as_mut() }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if p.r#type != GNUTLS_CRT_X509 {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: the pcert's datum, per the API contract.
        let der = unsafe { ffi::datum(&p.cert) }.unwrap_or(&[]);
        match crate::x509::trust_list::new_crt_handle(der) {
            Ok(h) => { *out = h; 0 }
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_pcert_deinit(pcert: *mut gnutls_pcert_st) {
    entry! {
        // SAFETY: NULL or a pcert filled by an import function.
        let Some(p) = (unsafe { pcert.as_mut() }) else { return };
        // SAFETY: the pubkey handle and the datum were made by `fill`.
        unsafe {
            ffi::free_handle(p.pubkey);
            libc::free(p.cert.data as *mut c_void);
        }
        p.pubkey = core::ptr::null_mut();
        p.cert.data = core::ptr::null_mut();
        p.cert.size = 0;
    }
}

// rgnutls: partial: the names argument serves raw public keys only (certificates are selected by their own names); the pcerts and key are copied, and since the application hands them over (GnuTLS frees them with the credentials) they leak rather than dangle
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_key(res: gnutls_certificate_credentials_t, names: *mut *const c_char, names_size: c_int, pcert_list: *mut gnutls_pcert_st, pcert_list_size: c_int, key: gnutls_privkey_t) -> c_int {
    entry! {
        let n = usize::try_from(pcert_list_size).unwrap_or(0);
        // SAFETY: per the API contract.
        let (Some(h), Some(k), false) = (unsafe { ffi::handle(res) }, unsafe { ffi::handle(key) }.and_then(|s| s.get()), pcert_list.is_null() || n == 0) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: `pcert_list` holds `n` entries.
        let pcerts = unsafe { core::slice::from_raw_parts(pcert_list, n) };
        let mut chain = Vec::with_capacity(n);
        for p in pcerts {
            // SAFETY: each cert datum is valid per the API contract.
            match unsafe { ffi::datum(&p.cert) } {
                Some(d) => chain.push(d.to_vec()),
                None => return errors::GNUTLS_E_INVALID_REQUEST,
            }
        }
        // A raw public key (gnutls_pcert_import_rawpk*) is a pair of its own kind.
        let raw_key = pcerts[0].r#type == GNUTLS_CRT_RAWPK;
        // Not under the lock: it may call the application's key callbacks.
        let flags = h.read().flags();
        let check = if raw_key { Ok(()) } else { rgnutls::credentials::external_key_check(&chain, &k, flags) };
        let mut c = h.write();
        let r = match check {
            Err(e) => c.reject_key(e),
            Ok(()) if raw_key && chain.len() == 1 => {
                // SAFETY: `names` holds `names_size` C strings per the API contract.
                let names = unsafe { ffi::cstr_list(names, usize::try_from(names_size).unwrap_or(0)) };
                c.add_rawpk(chain.remove(0), PrivateKey::clone(&k), names)
            }
            Ok(()) if raw_key => Err(errors::GNUTLS_E_INVALID_REQUEST),
            Ok(()) => c.add_key_ders(&chain, PrivateKey::clone(&k)),
        };
        c.key_result_code(r)
    }
}
