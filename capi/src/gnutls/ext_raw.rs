//! gnutls_ext_raw_parse: walks a raw extension list (or the one at the end
//! of a ClientHello, as a handshake hook receives it) for the application.
use crate::ctypes::*;
use crate::entry;
use crate::types::*;
use rgnutls::errors;
use rgnutls::session::client_hello::{walk_extensions, RawLayout};

#[no_mangle]
pub unsafe extern "C" fn gnutls_ext_raw_parse(
    ctx: *mut c_void,
    cb: gnutls_ext_raw_process_func,
    data: *const gnutls_datum_t,
    flags: c_uint,
) -> c_int {
    entry! {
        let Some(cb) = cb else { return errors::GNUTLS_E_INVALID_REQUEST };
        if data.is_null() {
            return errors::GNUTLS_E_INVALID_REQUEST;
        }
        // SAFETY: the caller passes a datum describing `size` readable bytes.
        let d = unsafe { &*data };
        let bytes: &[u8] = if d.data.is_null() || d.size == 0 {
            &[]
        } else {
            // SAFETY: as above.
            unsafe { core::slice::from_raw_parts(d.data, d.size as usize) }
        };
        let layout = if flags & GNUTLS_EXT_RAW_FLAG_DTLS_CLIENT_HELLO as c_uint != 0 {
            RawLayout::DtlsClientHello
        } else if flags & GNUTLS_EXT_RAW_FLAG_TLS_CLIENT_HELLO as c_uint != 0 {
            RawLayout::TlsClientHello
        } else {
            RawLayout::Extensions
        };
        let visit = |kind: u16, body: &[u8]| {
            // SAFETY: the application's callback with its own context; `body`
            // is within `bytes`, alive for the call.
            let r = unsafe { cb(ctx, c_uint::from(kind), body.as_ptr(), body.len() as c_uint) };
            if r < 0 { Err(r) } else { Ok(()) }
        };
        match walk_extensions(bytes, layout, visit) {
            Ok(()) => 0,
            Err(e) => e,
        }
    }
}
