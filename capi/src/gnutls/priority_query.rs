//! Asking a priority what it enables (gnutls_priority_*_list,
//! gnutls_priority_get_cipher_suite_index), the cipher-suite table
//! (gnutls_cipher_suite_info, gnutls_cipher_suite_get_name), the priority
//! keywords, and where the configuration comes from.
//!
//! The lists are the core's engine view: what rgnutls really offers and
//! accepts, which is a subset of what GnuTLS 3.7.9 reports for the same
//! string (gnutls-cli --priority X --list then shows what can actually be
//! negotiated). The cipher-suite table itself is GnuTLS's whole table, with
//! its indices, because programs translate names and ids through it.
//!
//! Each list points into the priority handle's own (immutable) data, so it
//! stays valid until gnutls_priority_deinit, as in GnuTLS.
use super::handles::PriorityHandle;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::priority::{self, CertTypeTarget, CIPHER_SUITES};
use std::ffi::CString;
use std::sync::OnceLock;

/// Borrows the priority behind a handle; NULL gives `None`.
///
/// # Safety
/// `pcache` is NULL or a live handle from gnutls_priority_init.
unsafe fn priority_of<'a>(pcache: gnutls_priority_t) -> Option<&'a PriorityHandle> {
    // SAFETY: per the caller's contract.
    unsafe { ffi::handle(pcache) }.map(|arc| &**arc)
}

/// Points `*list` at `items` and returns their count, GnuTLS style: an
/// empty list returns 0 and leaves `*list` untouched.
///
/// # Safety
/// `list` is NULL or writable; `items` outlives every use of the pointer
/// (it lives in the priority handle or is static).
unsafe fn hand_out(list: *mut *const c_uint, items: &[u32]) -> c_int {
    if list.is_null() {
        return errors::GNUTLS_E_INVALID_REQUEST;
    }
    if items.is_empty() {
        return 0;
    }
    // SAFETY: non-NULL out parameter.
    unsafe { *list = items.as_ptr() };
    c_int::try_from(items.len()).unwrap_or(c_int::MAX)
}

/// The common body of the list functions: borrow the handle, pick a list.
///
/// # Safety
/// As for [`priority_of`] and [`hand_out`].
unsafe fn list_of(
    pcache: gnutls_priority_t,
    list: *mut *const c_uint,
    pick: impl FnOnce(&priority::Priority) -> &[u32],
) -> c_int {
    // SAFETY: per the caller's contract.
    let Some(p) = (unsafe { priority_of(pcache) }) else {
        return errors::GNUTLS_E_INVALID_REQUEST;
    };
    // SAFETY: the slice lives in the handle's immutable priority.
    unsafe { hand_out(list, pick(&p.priority)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_protocol_list(pcache: gnutls_priority_t, list: *mut *const c_uint) -> c_int {
    // SAFETY: caller's handle and out parameter.
    entry! { unsafe { list_of(pcache, list, |p| p.protocol_list()) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_cipher_list(pcache: gnutls_priority_t, list: *mut *const c_uint) -> c_int {
    // SAFETY: caller's handle and out parameter.
    entry! { unsafe { list_of(pcache, list, |p| p.cipher_list()) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_mac_list(pcache: gnutls_priority_t, list: *mut *const c_uint) -> c_int {
    // SAFETY: caller's handle and out parameter.
    entry! { unsafe { list_of(pcache, list, |p| p.mac_list()) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_kx_list(pcache: gnutls_priority_t, list: *mut *const c_uint) -> c_int {
    // SAFETY: caller's handle and out parameter.
    entry! { unsafe { list_of(pcache, list, |p| p.kx_list()) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_group_list(pcache: gnutls_priority_t, list: *mut *const c_uint) -> c_int {
    // SAFETY: caller's handle and out parameter.
    entry! { unsafe { list_of(pcache, list, |p| p.group_list()) } }
}

/// The elliptic-curve groups only (curve ids equal group ids for these).
#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_ecc_curve_list(pcache: gnutls_priority_t, list: *mut *const c_uint) -> c_int {
    // SAFETY: caller's handle and out parameter.
    entry! { unsafe { list_of(pcache, list, |p| p.ecc_curve_list()) } }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_sign_list(pcache: gnutls_priority_t, list: *mut *const c_uint) -> c_int {
    // SAFETY: caller's handle and out parameter.
    entry! { unsafe { list_of(pcache, list, |p| p.sign_list()) } }
}

/// The client list, or the server list under %SERVER_PRECEDENCE (as 3.7.9 does).
#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_certificate_type_list(pcache: gnutls_priority_t, list: *mut *const c_uint) -> c_int {
    // SAFETY: caller's handle and out parameter.
    entry! { unsafe { list_of(pcache, list, |p| p.certificate_type_list_default()) } }
}

/// Targets other than CLIENT and SERVER have no list: 0, as in GnuTLS.
#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_certificate_type_list2(
    pcache: gnutls_priority_t,
    list: *mut *const c_uint,
    target: gnutls_ctype_target_t,
) -> c_int {
    entry! {
        let target = match target {
            GNUTLS_CTYPE_CLIENT => CertTypeTarget::Client,
            GNUTLS_CTYPE_SERVER => CertTypeTarget::Server,
            _ => {
                // SAFETY: NULL or a live handle.
                return match unsafe { priority_of(pcache) } {
                    Some(_) if !list.is_null() => 0,
                    _ => errors::GNUTLS_E_INVALID_REQUEST,
                };
            }
        };
        // SAFETY: caller's handle and out parameter.
        unsafe { list_of(pcache, list, |p| p.certificate_type_list(target)) }
    }
}

/// The `idx`-th cipher suite the priority enables, as an index into the
/// table of gnutls_cipher_suite_info. The engine list holds only suites
/// usable with an enabled protocol, so GnuTLS's
/// GNUTLS_E_UNKNOWN_CIPHER_SUITE (skip this one) never comes back.
#[no_mangle]
pub unsafe extern "C" fn gnutls_priority_get_cipher_suite_index(
    pcache: gnutls_priority_t,
    idx: c_uint,
    sidx: *mut c_uint,
) -> c_int {
    entry! {
        // SAFETY: NULL or a live handle.
        let Some(p) = (unsafe { priority_of(pcache) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST;
        };
        if sidx.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        match p.priority.cipher_suite_index(idx as usize) {
            Ok(i) => {
                // SAFETY: non-NULL out parameter.
                unsafe { *sidx = i as c_uint };
                0
            }
            Err(code) => code,
        }
    }
}

/// NUL-terminated copies of static strings, made once and kept for the
/// life of the process (the API hands out `const char *` that never die).
struct CStrings(OnceLock<Vec<CString>>);

impl CStrings {
    const fn new() -> Self {
        Self(OnceLock::new())
    }

    fn get(&self, make: impl FnOnce() -> Vec<&'static str>, i: usize) -> Option<&CString> {
        self.0
            .get_or_init(|| make().into_iter().map(|s| CString::new(s).unwrap_or_default()).collect())
            .get(i)
    }
}

/// The suite names with their "TLS_" prefix, indexed like CIPHER_SUITES.
fn suite_name(i: usize) -> Option<&'static CString> {
    static NAMES: CStrings = CStrings::new();
    NAMES.get(|| CIPHER_SUITES.iter().map(|s| s.name).collect(), i)
}

/// Writes `value` through an optional out parameter.
///
/// # Safety
/// `out` is NULL or writable.
unsafe fn put<T>(out: *mut T, value: T) {
    // SAFETY: per the caller's contract.
    if let Some(o) = unsafe { out.as_mut() } {
        *o = value;
    }
}

/// Row `idx` of GnuTLS 3.7.9's cipher-suite table, whether or not rgnutls
/// can negotiate the suite (the index is what
/// gnutls_priority_get_cipher_suite_index returns).
#[no_mangle]
pub unsafe extern "C" fn gnutls_cipher_suite_info(
    idx: size_t,
    cs_id: *mut c_uchar,
    kx: *mut gnutls_kx_algorithm_t,
    cipher: *mut gnutls_cipher_algorithm_t,
    mac: *mut gnutls_mac_algorithm_t,
    min_version: *mut gnutls_protocol_t,
) -> *const c_char {
    entry! {
        let (Some(cs), Some(name)) = (priority::cipher_suite_info(idx), suite_name(idx)) else {
            return core::ptr::null();
        };
        if !cs_id.is_null() {
            // SAFETY: the API gives cs_id room for the two id bytes.
            unsafe { core::ptr::copy_nonoverlapping(cs.id.as_ptr(), cs_id, 2) };
        }
        // SAFETY: each is NULL or writable, per the API.
        unsafe {
            put(kx, cs.kx as c_int);
            put(cipher, cs.cipher as c_int);
            put(mac, cs.mac as c_int);
            put(min_version, cs.min_version as c_int);
        }
        name.as_ptr()
    }
}

/// The suite's name without "TLS_"; kx 0 with MAC AEAD names a TLS 1.3 suite.
#[no_mangle]
pub extern "C" fn gnutls_cipher_suite_get_name(
    kx_algorithm: gnutls_kx_algorithm_t,
    cipher_algorithm: gnutls_cipher_algorithm_t,
    mac_algorithm: gnutls_mac_algorithm_t,
) -> *const c_char {
    entry! {
        let (Ok(kx), Ok(cipher), Ok(mac)) =
            (u32::try_from(kx_algorithm), u32::try_from(cipher_algorithm), u32::try_from(mac_algorithm))
        else {
            return core::ptr::null();
        };
        let Some(short) = priority::cipher_suite_get_name(kx, cipher, mac) else {
            return core::ptr::null();
        };
        let Some(i) = CIPHER_SUITES.iter().position(|s| s.short_name() == short) else {
            return core::ptr::null();
        };
        match suite_name(i) {
            // The short name is the tail of the full one: point into it.
            // SAFETY: the offset is within the string (a suffix of it).
            Some(full) => unsafe { full.as_ptr().add(full.as_bytes().len() - short.len()) },
            None => core::ptr::null(),
        }
    }
}

/// The level keywords (GNUTLS_PRIORITY_LIST_INIT_KEYWORDS) or the %OPTION
/// words (GNUTLS_PRIORITY_LIST_SPECIAL), one per `iter`, NULL past the end.
/// Like GnuTLS, the special list has empty strings in it.
#[no_mangle]
pub extern "C" fn gnutls_priority_string_list(iter: c_uint, flags: c_uint) -> *const c_char {
    entry! {
        static KEYWORDS: CStrings = CStrings::new();
        static SPECIAL: CStrings = CStrings::new();
        let words = |flag: u32| {
            move || (0..).map_while(|i| priority::priority_string_list(i, flag)).collect()
        };
        let table = if flags & priority::PRIORITY_LIST_INIT_KEYWORDS != 0 {
            KEYWORDS.get(words(priority::PRIORITY_LIST_INIT_KEYWORDS), iter as usize)
        } else if flags & priority::PRIORITY_LIST_SPECIAL != 0 {
            SPECIAL.get(words(priority::PRIORITY_LIST_SPECIAL), iter as usize)
        } else {
            None
        };
        table.map_or(core::ptr::null(), |s| s.as_ptr())
    }
}

/// The system configuration file in use: $GNUTLS_SYSTEM_PRIORITY_FILE or
/// /etc/gnutls/config. Read once, like GnuTLS does when it loads.
#[no_mangle]
pub extern "C" fn gnutls_get_system_config_file() -> *const c_char {
    entry! {
        static PATH: OnceLock<CString> = OnceLock::new();
        PATH.get_or_init(|| {
            use std::os::unix::ffi::OsStrExt;
            CString::new(priority::system_config_file().as_os_str().as_bytes()).unwrap_or_default()
        })
        .as_ptr()
    }
}

/// A `{name, value}` pair of static C strings; the array ends with two NULLs.
struct LibraryConfig([gnutls_library_config_st; 8]);
// SAFETY: only pointers to immutable static string literals (or NULL).
unsafe impl Sync for LibraryConfig {}

const fn pair(name: &'static core::ffi::CStr, value: &'static core::ffi::CStr) -> gnutls_library_config_st {
    gnutls_library_config_st { name: name.as_ptr(), value: value.as_ptr() }
}

/// GnuTLS 3.7.9's keys, in its order. The sonames are those of the build
/// rgnutls stands in for on Debian 12 (rgnutls links none of nettle,
/// hogweed or gmp; the keys stay so that tools printing or matching them
/// see the familiar shape). The feature lists describe rgnutls itself:
/// no padlock or PKCS #11 hardware, and of GnuTLS's TLS features only
/// ALPN, OCSP and ECDHE (no SSLv2-compatible hello, SRTP, SRP, PSK, DHE,
/// anonymous authentication or heartbeat).
static LIBRARY_CONFIG: LibraryConfig = LibraryConfig([
    pair(c"libgnutls-soname", c"libgnutls.so.30"),
    pair(c"libnettle-soname", c"libnettle.so.8"),
    pair(c"libhogweed-soname", c"libhogweed.so.6"),
    pair(c"libgmp-soname", c"libgmp.so.10"),
    pair(c"hardware-features", c""),
    pair(c"tls-features", c"alpn ocsp ecdhe"),
    pair(c"default-system-config", c"/etc/gnutls/config"),
    gnutls_library_config_st { name: core::ptr::null(), value: core::ptr::null() },
]);

#[no_mangle]
pub extern "C" fn gnutls_get_library_config() -> *const gnutls_library_config_st {
    entry! { LIBRARY_CONFIG.0.as_ptr() }
}

