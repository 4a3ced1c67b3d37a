//! OCSP responses through the C API: import (DER and PEM) and every getter
//! and verification on whatever imported.
use rgnutls_capi::ocsp::resp::*;
use rgnutls_capi::types::*;

pub fn ocsp_import(data: &[u8]) {
    // SAFETY: a handle we make and free here; datums point into `data`.
    unsafe {
        let mut r: gnutls_ocsp_resp_t = core::ptr::null_mut();
        if gnutls_ocsp_resp_init(&mut r) != 0 {
            return;
        }
        let d = gnutls_datum_t { data: data.as_ptr() as *mut u8, size: data.len() as u32 };
        for fmt in [GNUTLS_X509_FMT_DER, GNUTLS_X509_FMT_PEM] {
            if gnutls_ocsp_resp_import2(r, &d, fmt) != 0 {
                continue;
            }
            let _ = gnutls_ocsp_resp_get_status(r);
            let _ = gnutls_ocsp_resp_get_version(r);
            let _ = gnutls_ocsp_resp_get_produced(r);
            let mut a = gnutls_datum_t { data: core::ptr::null_mut(), size: 0 };
            let mut b = gnutls_datum_t { data: core::ptr::null_mut(), size: 0 };
            if gnutls_ocsp_resp_get_response(r, &mut a, &mut b) == 0 {
                libc::free(a.data.cast());
                libc::free(b.data.cast());
            }
            if gnutls_ocsp_resp_get_responder(r, &mut a) == 0 {
                libc::free(a.data.cast());
            }
            for i in 0..3 {
                let mut st = 0u32;
                let mut tu = 0;
                if gnutls_ocsp_resp_get_single(r, i, core::ptr::null_mut(), &mut a, core::ptr::null_mut(), core::ptr::null_mut(), &mut st, &mut tu, core::ptr::null_mut(), core::ptr::null_mut(), core::ptr::null_mut()) == 0 {
                    libc::free(a.data.cast());
                }
            }
            let mut crit = 0u32;
            if gnutls_ocsp_resp_get_nonce(r, &mut crit, &mut a) == 0 {
                libc::free(a.data.cast());
            }
            let mut v = 0u32;
            let mut tl: gnutls_x509_trust_list_t = core::ptr::null_mut();
            if rgnutls_capi::x509::trust_list::gnutls_x509_trust_list_init(&mut tl, 0) == 0 {
                let _ = gnutls_ocsp_resp_verify(r, tl, &mut v, 0);
                rgnutls_capi::x509::trust_list::gnutls_x509_trust_list_deinit(tl, 1);
            }
            let mut certs: *mut gnutls_x509_crt_t = core::ptr::null_mut();
            let mut n: usize = 0;
            if gnutls_ocsp_resp_get_certs(r, &mut certs, &mut n) == 0 && !certs.is_null() {
                for i in 0..n {
                    rgnutls_capi::x509::crt::gnutls_x509_crt_deinit(*certs.add(i));
                }
                libc::free(certs.cast());
            }
        }
        gnutls_ocsp_resp_deinit(r);
    }
}
