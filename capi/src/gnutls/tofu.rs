//! Trust on first use (gnutls_store_pubkey, gnutls_store_commitment,
//! gnutls_verify_stored_pubkey) over GnuTLS's known-hosts file
//! (rgnutls::credentials::tofu), or over the application's own database
//! functions (gnutls_tdb_t).
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::credentials::tofu;
use rgnutls::errors;
use std::path::PathBuf;

/// `gnutls_tdb_t`: the application's store, commitment and verify functions.
#[derive(Default)]
pub struct Tdb {
    store: std::sync::atomic::AtomicUsize,
    cstore: std::sync::atomic::AtomicUsize,
    verify: std::sync::atomic::AtomicUsize,
}

impl ffi::Handle for gnutls_tdb_int {
    type Rust = Tdb;
}

type StoreFn = unsafe extern "C" fn(*const c_char, *const c_char, *const c_char, time_t, *const gnutls_datum_t) -> c_int;
type CStoreFn =
    unsafe extern "C" fn(*const c_char, *const c_char, *const c_char, time_t, gnutls_digest_algorithm_t, *const gnutls_datum_t) -> c_int;
type VerifyFn = unsafe extern "C" fn(*const c_char, *const c_char, *const c_char, *const gnutls_datum_t) -> c_int;

/// The database file: `db_name`, or GnuTLS's default under $HOME.
///
/// # Safety
/// `db_name` is NULL or a C string.
unsafe fn db_path(db_name: *const c_char) -> Result<PathBuf, c_int> {
    if db_name.is_null() {
        return tofu::default_db().ok_or(errors::GNUTLS_E_DB_ERROR);
    }
    // SAFETY: per the function's contract.
    let bytes = unsafe { core::ffi::CStr::from_ptr(db_name) }.to_bytes();
    Ok(PathBuf::from(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(bytes)))
}

/// A C string argument as text (`None` for NULL); invalid UTF-8 is refused.
///
/// # Safety
/// `p` is NULL or a C string.
unsafe fn text<'a>(p: *const c_char) -> Result<Option<&'a str>, c_int> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: per the function's contract.
    unsafe { ffi::cstr(p) }.map(Some).ok_or(errors::GNUTLS_E_INVALID_REQUEST)
}


#[no_mangle]
pub unsafe extern "C" fn gnutls_verify_stored_pubkey(
    db_name: *const c_char,
    tdb: gnutls_tdb_t,
    host: *const c_char,
    service: *const c_char,
    cert_type: gnutls_certificate_type_t,
    cert: *const gnutls_datum_t,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: NULL or a live datum, per the API.
        let Some(cert) = (unsafe { ffi::datum(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let spki = match tofu::peer_spki(cert_type, cert) {
            Ok(spki) => spki,
            Err(code) => return code,
        };
        // SAFETY: NULL or a live handle from gnutls_tdb_init.
        if let Some(t) = unsafe { ffi::handle(tdb) } {
            let Some(verify) = ffi::load_fn::<VerifyFn>(&t.verify) else { return errors::GNUTLS_E_INVALID_REQUEST };
            let key = gnutls_datum_t { data: spki.as_ptr() as *mut c_uchar, size: spki.len() as c_uint };
            // SAFETY: the application's function, with its own arguments and our datum.
            return unsafe { verify(db_name, host, service, &key) };
        }
        // SAFETY: NULL or C strings, per the API.
        let (host, service) = match unsafe { (text(host), text(service)) } {
            (Ok(h), Ok(s)) => (h, s),
            _ => return errors::GNUTLS_E_INVALID_REQUEST,
        };
        // SAFETY: as above.
        let path = match unsafe { db_path(db_name) } {
            Ok(p) => p,
            Err(code) => return code,
        };
        // A missing or unreadable file stores nothing.
        let db = std::fs::read(&path).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        tofu::lookup(&db, host, service, &spki, rgnutls::clock::now_secs()).code()
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_store_pubkey(
    db_name: *const c_char,
    tdb: gnutls_tdb_t,
    host: *const c_char,
    service: *const c_char,
    cert_type: gnutls_certificate_type_t,
    cert: *const gnutls_datum_t,
    expiration: time_t,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    entry! {
        // SAFETY: NULL or a live datum, per the API.
        let Some(cert) = (unsafe { ffi::datum(cert) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        let spki = match tofu::peer_spki(cert_type, cert) {
            Ok(spki) => spki,
            Err(code) => return code,
        };
        // SAFETY: NULL or a live handle from gnutls_tdb_init.
        if let Some(t) = unsafe { ffi::handle(tdb) } {
            let Some(store) = ffi::load_fn::<StoreFn>(&t.store) else { return errors::GNUTLS_E_INVALID_REQUEST };
            let key = gnutls_datum_t { data: spki.as_ptr() as *mut c_uchar, size: spki.len() as c_uint };
            // SAFETY: the application's function, with its own arguments and our datum.
            return unsafe { store(db_name, host, service, expiration, &key) };
        }
        // SAFETY: NULL or C strings, per the API.
        let (Ok(Some(host)), Ok(service)) = (unsafe { text(host) }, unsafe { text(service) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: as above.
        let path = match unsafe { db_path(db_name) } {
            Ok(p) => p,
            Err(code) => return code,
        };
        match tofu::append(&path, &tofu::key_line(host, service, expiration, &spki)) {
            Ok(()) => 0,
            Err(code) => code,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_store_commitment(
    db_name: *const c_char,
    tdb: gnutls_tdb_t,
    host: *const c_char,
    service: *const c_char,
    hash_algo: gnutls_digest_algorithm_t,
    hash: *const gnutls_datum_t,
    expiration: time_t,
    flags: c_uint,
) -> c_int {
    entry! {
        // SAFETY: NULL or a live datum, per the API.
        let Some(digest) = (unsafe { ffi::datum(hash) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if let Err(code) = tofu::check_commitment(hash_algo, digest, flags) {
            return code;
        }
        // SAFETY: NULL or a live handle from gnutls_tdb_init.
        if let Some(t) = unsafe { ffi::handle(tdb) } {
            let Some(cstore) = ffi::load_fn::<CStoreFn>(&t.cstore) else { return errors::GNUTLS_E_INVALID_REQUEST };
            // SAFETY: the application's function, with its own arguments.
            return unsafe { cstore(db_name, host, service, expiration, hash_algo, hash) };
        }
        // SAFETY: NULL or C strings, per the API.
        let (Ok(Some(host)), Ok(service)) = (unsafe { text(host) }, unsafe { text(service) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        // SAFETY: as above.
        let path = match unsafe { db_path(db_name) } {
            Ok(p) => p,
            Err(code) => return code,
        };
        match tofu::append(&path, &tofu::commitment_line(host, service, expiration, hash_algo, digest)) {
            Ok(()) => 0,
            Err(code) => code,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_tdb_init(tdb: *mut gnutls_tdb_t) -> c_int {
    entry! {
        if tdb.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: a writable handle slot, per the API.
        unsafe { *tdb = ffi::new_handle::<gnutls_tdb_int>(Tdb::default()) };
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_tdb_deinit(tdb: gnutls_tdb_t) {
    entry! {
        // SAFETY: NULL or a handle from gnutls_tdb_init, not used again.
        unsafe { ffi::free_handle(tdb) };
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_tdb_set_store_func(tdb: gnutls_tdb_t, store: gnutls_tdb_store_func) {
    entry! {
        // SAFETY: NULL or a live handle.
        if let Some(t) = unsafe { ffi::handle(tdb) } {
            ffi::store_fn(&t.store, store);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_tdb_set_store_commitment_func(tdb: gnutls_tdb_t, cstore: gnutls_tdb_store_commitment_func) {
    entry! {
        // SAFETY: NULL or a live handle.
        if let Some(t) = unsafe { ffi::handle(tdb) } {
            ffi::store_fn(&t.cstore, cstore);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_tdb_set_verify_func(tdb: gnutls_tdb_t, verify: gnutls_tdb_verify_func) {
    entry! {
        // SAFETY: NULL or a live handle.
        if let Some(t) = unsafe { ffi::handle(tdb) } {
            ffi::store_fn(&t.verify, verify);
        }
    }
}
