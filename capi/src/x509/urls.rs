//! gnutls_x509_crt_import_url / gnutls_x509_crt_list_import_url: through a
//! scheme the application registered, else the error GnuTLS gives for a
//! back end it does not have (see rgnutls::urls).
use super::crt::{gnutls_x509_crt_deinit, gnutls_x509_crt_equals, gnutls_x509_crt_import, gnutls_x509_crt_init};
use crate::abstract_::urls::{refuse, url_bytes};
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use crate::urls::registry::{self, CustomUrl};
use rgnutls::errors;
use rgnutls::urls::Object;

/// Longest chain list_import_url follows through a get_issuer callback.
const MAX_CHAIN: usize = 16;

// rgnutls: partial: only application-registered URL schemes; pkcs11:, tpmkey: and system: URLs fail as in a GnuTLS without those back ends
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_import_url(crt: gnutls_x509_crt_t, url: *const c_char, flags: c_uint) -> c_int {
    entry! {
        // SAFETY: NULL or a C string, per the API.
        let Some(bytes) = (unsafe { url_bytes(url) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if crt.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        match registry::find(bytes, false) {
            // SAFETY: the application's callback, with its own handle and URL.
            Some(custom) => match custom.import_crt {
                Some(f) => unsafe { f(crt, url, flags) },
                None => errors::GNUTLS_E_INVALID_REQUEST,
            },
            None => refuse(bytes, Object::Certificate),
        }
    }
}

/// The chain behind a custom URL: the certificate the scheme imports, then
/// the issuers its get_issuer callback gives, until it fails or gives back
/// the certificate it was asked about (a self-signed root), as GnuTLS does.
///
/// # Safety
/// `url` is the NUL-terminated string `custom` matched.
unsafe fn custom_chain(custom: &CustomUrl, url: *const c_char, flags: c_uint) -> Result<Vec<gnutls_x509_crt_t>, c_int> {
    let import = custom.import_crt.ok_or(errors::GNUTLS_E_INVALID_REQUEST)?;
    let mut chain: Vec<gnutls_x509_crt_t> = Vec::new();
    let fail = |chain: Vec<gnutls_x509_crt_t>, code: c_int| {
        for c in chain {
            // SAFETY: handles made here and not handed out.
            unsafe { gnutls_x509_crt_deinit(c) };
        }
        code
    };
    let mut leaf: gnutls_x509_crt_t = core::ptr::null_mut();
    // SAFETY: a fresh handle, filled by the application's callback.
    let r = unsafe { gnutls_x509_crt_init(&mut leaf) };
    if r < 0 {
        return Err(r);
    }
    chain.push(leaf);
    // SAFETY: as above.
    let r = unsafe { import(leaf, url, flags) };
    if r < 0 {
        return Err(fail(chain, r));
    }
    let Some(get_issuer) = custom.get_issuer else { return Ok(chain) };
    while chain.len() < MAX_CHAIN {
        let last = chain[chain.len() - 1];
        let mut der = gnutls_datum_t { data: core::ptr::null_mut(), size: 0 };
        // SAFETY: the application's callback fills a datum it allocates.
        if unsafe { get_issuer(url, last, &mut der, flags) } < 0 || der.data.is_null() {
            break;
        }
        let mut issuer: gnutls_x509_crt_t = core::ptr::null_mut();
        // SAFETY: a fresh handle; the datum is the callback's DER.
        let r = unsafe {
            let r = gnutls_x509_crt_init(&mut issuer);
            let r = if r < 0 { r } else { gnutls_x509_crt_import(issuer, &der, GNUTLS_X509_FMT_DER) };
            // The callback's memory is the application's malloc (gnutls_free).
            libc::free(der.data as *mut c_void);
            r
        };
        if !issuer.is_null() {
            chain.push(issuer);
        }
        if r < 0 {
            return Err(fail(chain, r));
        }
        // SAFETY: two live handles made here.
        if unsafe { gnutls_x509_crt_equals(issuer, last) } == 1 {
            chain.pop();
            // SAFETY: made here, never handed out.
            unsafe { gnutls_x509_crt_deinit(issuer) };
            break;
        }
    }
    Ok(chain)
}

// rgnutls: partial: only application-registered URL schemes; pkcs11:, tpmkey: and system: URLs fail as in a GnuTLS without those back ends
#[no_mangle]
pub unsafe extern "C" fn gnutls_x509_crt_list_import_url(
    certs: *mut *mut gnutls_x509_crt_t,
    size: *mut c_uint,
    url: *const c_char,
    pin_fn: gnutls_pin_callback_t,
    pin_fn_userdata: *mut c_void,
    flags: c_uint,
) -> c_int {
    let _ = (pin_fn, pin_fn_userdata);
    entry! {
        // SAFETY: NULL or a C string, per the API.
        let Some(bytes) = (unsafe { url_bytes(url) }) else { return errors::GNUTLS_E_INVALID_REQUEST };
        if certs.is_null() || size.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        let Some(custom) = registry::find(bytes, false) else { return refuse(bytes, Object::Certificate) };
        // SAFETY: `url` is the string the scheme matched.
        let chain = match unsafe { custom_chain(&custom, url, flags) } {
            Ok(chain) => chain,
            Err(code) => return code,
        };
        let len = chain.len();
        // SAFETY: a malloc block the application frees with gnutls_free.
        let array = unsafe { libc::malloc(core::mem::size_of::<gnutls_x509_crt_t>() * len) } as *mut gnutls_x509_crt_t;
        if array.is_null() {
            for c in chain {
                // SAFETY: handles made here and not handed out.
                unsafe { gnutls_x509_crt_deinit(c) };
            }
            return errors::GNUTLS_E_MEMORY_ERROR;
        }
        // SAFETY: the block holds `len` pointers; the out parameters are writable.
        unsafe {
            core::ptr::copy_nonoverlapping(chain.as_ptr(), array, len);
            *certs = array;
            *size = len as c_uint;
        }
        0
    }
}
