//! Fuzz harnesses: each takes arbitrary bytes and drives a parser that sees
//! peer or file input, through the same entry points real programs use. A
//! harness must never panic or crash; errors are the expected outcome.
pub mod pkix;
pub mod crq;
pub mod ocsp;
pub mod session_data;
pub mod small;
pub mod x509;
pub use ocsp::ocsp_import;
pub use session_data::session_data;
pub use small::small_parsers;
pub use x509::x509_import;
pub use pkix::{crl_import, pkcs12_import, pkcs7_import};
pub use crq::crq_import;

use rgnutls_capi::gnutls::handshake::gnutls_handshake;
use rgnutls_capi::gnutls::record::{gnutls_record_recv, gnutls_record_send};
use rgnutls_capi::gnutls::session::{gnutls_deinit, gnutls_init, gnutls_credentials_set};
use rgnutls_capi::gnutls::certificate::{gnutls_certificate_allocate_credentials, gnutls_certificate_free_credentials, gnutls_certificate_set_x509_key_file};
use rgnutls_capi::gnutls::priority::gnutls_set_default_priority;
use rgnutls_capi::gnutls::transport::{gnutls_transport_set_ptr, gnutls_transport_set_pull_function, gnutls_transport_set_push_function, gnutls_transport_set_errno};
use rgnutls_capi::types::*;
use std::ffi::{c_void, CString};

struct Feed {
    data: Vec<u8>,
    at: usize,
    session: gnutls_session_t,
}

unsafe extern "C" fn pull(p: gnutls_transport_ptr_t, buf: *mut c_void, n: usize) -> isize {
    // SAFETY: p is the Feed set as transport pointer below.
    let f = unsafe { &mut *(p as *mut Feed) };
    let left = f.data.len() - f.at;
    if left == 0 {
        return 0; // EOF
    }
    // Deliver in small, input-dependent pieces to exercise record reassembly.
    let take = n.min(left).min(1 + (f.data[f.at] as usize % 64));
    // SAFETY: `buf` has room for `n` >= `take` bytes.
    unsafe { std::ptr::copy_nonoverlapping(f.data[f.at..].as_ptr(), buf as *mut u8, take) };
    f.at += take;
    take as isize
}

unsafe extern "C" fn push(p: gnutls_transport_ptr_t, _buf: *const c_void, n: usize) -> isize {
    let _ = p;
    n as isize // the peer swallows everything we send
}

unsafe extern "C" fn push_eagain(p: gnutls_transport_ptr_t, _buf: *const c_void, _n: usize) -> isize {
    // SAFETY: p is the Feed.
    let f = unsafe { &mut *(p as *mut Feed) };
    // SAFETY: the session is live.
    unsafe { gnutls_transport_set_errno(f.session, libc_eagain()) };
    -1
}

fn libc_eagain() -> i32 {
    11
}

/// Feeds `data` as everything the peer sends to a client session (`server
/// == false`) or a server session, through the C API: handshake, then
/// receive. Certificates for the server come from tests/certs.
pub fn peer_bytes(data: &[u8], server: bool) {
    let certs = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/certs/");
    let cert = CString::new(format!("{certs}chains/valid.pem")).unwrap();
    let key = CString::new(format!("{certs}keys/leaf-ec.key")).unwrap();
    // SAFETY: the C API used as a C program would.
    unsafe {
        let mut cred: gnutls_certificate_credentials_t = std::ptr::null_mut();
        gnutls_certificate_allocate_credentials(&mut cred);
        if server {
            gnutls_certificate_set_x509_key_file(cred, cert.as_ptr(), key.as_ptr(), GNUTLS_X509_FMT_PEM);
        }
        let mut s: gnutls_session_t = std::ptr::null_mut();
        gnutls_init(&mut s, if server { GNUTLS_SERVER as u32 } else { GNUTLS_CLIENT as u32 });
        gnutls_set_default_priority(s);
        gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred as *mut c_void);
        let mut feed = Feed { data: data.to_vec(), at: 0, session: s };
        gnutls_transport_set_ptr(s, &mut feed as *mut Feed as *mut c_void);
        gnutls_transport_set_pull_function(s, Some(pull));
        // An odd first byte makes every write block, exercising EAGAIN paths.
        if data.first().is_some_and(|b| b & 1 == 1) {
            gnutls_transport_set_push_function(s, Some(push_eagain));
        } else {
            gnutls_transport_set_push_function(s, Some(push));
        }
        for _ in 0..64 {
            let r = gnutls_handshake(s);
            if r != GNUTLS_E_AGAIN && r != GNUTLS_E_INTERRUPTED {
                break;
            }
        }
        let mut buf = [0u8; 4096];
        for _ in 0..64 {
            let n = gnutls_record_recv(s, buf.as_mut_ptr() as *mut c_void, buf.len());
            if n <= 0 && n != GNUTLS_E_AGAIN as isize {
                break;
            }
        }
        let _ = gnutls_record_send(s, b"x".as_ptr() as *const c_void, 1);
        gnutls_deinit(s);
        gnutls_certificate_free_credentials(cred);
    }
}
