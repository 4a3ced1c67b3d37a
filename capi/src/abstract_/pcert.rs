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

// rgnutls: partial: the names argument is ignored (pairs are selected by the certificate's own names); the pcerts and key are copied, and since the application hands them over (GnuTLS frees them with the credentials) they leak rather than dangle
#[no_mangle]
pub unsafe extern "C" fn gnutls_certificate_set_key(res: gnutls_certificate_credentials_t, names: *mut *const c_char, names_size: c_int, pcert_list: *mut gnutls_pcert_st, pcert_list_size: c_int, key: gnutls_privkey_t) -> c_int {
    let _ = (names, names_size);
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
        let mut c = h.write();
        let r = c.add_key_ders(&chain, PrivateKey::clone(&k));
        c.key_result_code(r)
    }
}
