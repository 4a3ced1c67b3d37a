//! The record layer: send, receive, close, alerts.
use super::session::{session, SessionHandle};
use super::transport::CTransport;
use crate::ctypes::*;
use crate::entry;
use crate::ffi;
use crate::types::*;
use rgnutls::errors;
use rgnutls::record::CloseHow;

/// Runs a record operation on the engine with the session's transport.
fn run<R>(
    h: &SessionHandle,
    f: impl FnOnce(&mut rgnutls::session::Session, &mut CTransport<'_>) -> Result<R, c_int>,
) -> Result<R, c_int> {
    h.with_core(|s| f(s, &mut CTransport::new(h)))
}

fn ssize(r: Result<usize, c_int>) -> ssize_t {
    match r {
        Ok(n) => n as ssize_t,
        Err(e) => e as ssize_t,
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_send(session: gnutls_session_t, data: *const c_void, data_size: size_t) -> ssize_t {
    entry! {
        let h = session!(session);
        // SAFETY: `data_size` readable bytes at `data`, per the API.
        let Some(buf) = (unsafe { ffi::bytes(data, data_size) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST as ssize_t;
        };
        // Like GnuTLS, one call sends at most one record; the application
        // loops over partial sends.
        ssize(run(h, |s, t| {
            let max = s.max_record_size();
            s.send(t, &buf[..buf.len().min(max)])
        }))
    }
}

// rgnutls: partial: padding is not applied (rustls sends no record padding)
#[no_mangle]
pub unsafe extern "C" fn gnutls_record_send2(
    session: gnutls_session_t,
    data: *const c_void,
    data_size: size_t,
    pad: size_t,
    flags: c_uint,
) -> ssize_t {
    let _ = (pad, flags);
    // SAFETY: forwarding the caller's arguments.
    unsafe { gnutls_record_send(session, data, data_size) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_recv(session: gnutls_session_t, data: *mut c_void, data_size: size_t) -> ssize_t {
    entry! {
        let h = session!(session);
        // SAFETY: `data_size` writable bytes at `data`, per the API.
        let Some(buf) = (unsafe { ffi::bytes_mut(data, data_size) }) else {
            return errors::GNUTLS_E_INVALID_REQUEST as ssize_t;
        };
        loop {
            let mut t = CTransport::receiving(h);
            let r = h.with_core(|s| Ok((s.recv(&mut t, &mut *buf), s.settings().record_timeout_ms)));
            match r {
                // A blocking socket with nothing yet: wait for it unlocked.
                Ok((Err(errors::GNUTLS_E_AGAIN), timeout)) if t.would_block() => {
                    if let Err(e) = super::transport::wait_readable_unlocked(h, timeout) {
                        return e as ssize_t;
                    }
                }
                Ok((r, _)) => return ssize(r),
                Err(e) => return e as ssize_t,
            }
        }
    }
}

// rgnutls: partial: the sequence number is not exposed by rustls; it is reported as zero
#[no_mangle]
pub unsafe extern "C" fn gnutls_record_recv_seq(
    session: gnutls_session_t,
    data: *mut c_void,
    data_size: size_t,
    seq: *mut c_uchar,
) -> ssize_t {
    if !seq.is_null() {
        // SAFETY: an 8-byte sequence buffer, per the API.
        unsafe { core::ptr::write_bytes(seq, 0, 8) };
    }
    // SAFETY: forwarding the caller's arguments.
    unsafe { gnutls_record_recv(session, data, data_size) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_check_pending(session: gnutls_session_t) -> size_t {
    entry! {
        let h = session!(session);
        h.with_core(|s| Ok(s.check_pending())).unwrap_or(0)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_get_direction(session: gnutls_session_t) -> c_int {
    entry! { session!(session).shared.direction() as c_int }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_cork(session: gnutls_session_t) {
    entry! {
        let h = session!(session);
        let _ = h.with_core(|s| {
            s.cork();
            Ok(())
        });
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_uncork(session: gnutls_session_t, flags: c_uint) -> c_int {
    entry! {
        let h = session!(session);
        let wait = flags & GNUTLS_RECORD_WAIT as c_uint != 0;
        match run(h, |s, t| s.uncork(t, wait)) {
            Ok(n) => n as c_int,
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_discard_queued(session: gnutls_session_t) -> size_t {
    entry! {
        let h = session!(session);
        h.with_core(|s| Ok(s.discard_queued())).unwrap_or(0)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_get_max_size(session: gnutls_session_t) -> size_t {
    entry! {
        let h = session!(session);
        h.with_core(|s| Ok(s.max_record_size())).unwrap_or(16384)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_set_max_size(session: gnutls_session_t, size: size_t) -> ssize_t {
    entry! {
        let h = session!(session);
        match h.with_core(|s| s.set_max_record_size(size)) {
            Ok(()) => 0,
            Err(e) => e as ssize_t,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_set_max_recv_size(session: gnutls_session_t, size: size_t) -> ssize_t {
    // SAFETY: forwarding the caller's arguments.
    unsafe { gnutls_record_set_max_size(session, size) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_bye(session: gnutls_session_t, how: gnutls_close_request_t) -> c_int {
    entry! {
        let h = session!(session);
        let how = match how {
            GNUTLS_SHUT_RDWR => CloseHow::ReadWrite,
            GNUTLS_SHUT_WR => CloseHow::Write,
            _ => return errors::GNUTLS_E_INVALID_REQUEST,
        };
        match run(h, |s, t| s.bye(t, how)) {
            Ok(()) => 0,
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_alert_get(session: gnutls_session_t) -> gnutls_alert_description_t {
    entry! { session!(session).shared.last_alert().map_or(0, c_int::from) }
}

// rgnutls: partial: rustls can send only close_notify on demand: a fatal alert goes out as close_notify, other warnings fail with GNUTLS_E_UNIMPLEMENTED_FEATURE
#[no_mangle]
pub unsafe extern "C" fn gnutls_alert_send(
    session: gnutls_session_t,
    level: gnutls_alert_level_t,
    desc: gnutls_alert_description_t,
) -> c_int {
    entry! {
        let h = session!(session);
        let fatal = level == GNUTLS_AL_FATAL;
        let Ok(d) = u8::try_from(desc) else { return errors::GNUTLS_E_INVALID_REQUEST };
        match run(h, |s, t| s.alert_send(t, fatal, d)) {
            Ok(()) => 0,
            Err(e) => e,
        }
    }
}

// rgnutls: partial: sends nothing: rustls sends its own alert when it fails, and none after a refused peer certificate (GnuTLS's handshake sends none either, but this function would then send bad_certificate)
#[no_mangle]
pub unsafe extern "C" fn gnutls_alert_send_appropriate(session: gnutls_session_t, err: c_int) -> c_int {
    entry! {
        let _ = session!(session);
        // The engine already sent the alert that goes with its own failures;
        // GnuTLS returns 0 when there is nothing (more) to send.
        let _ = err;
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_key_update(session: gnutls_session_t, flags: c_uint) -> c_int {
    entry! {
        let h = session!(session);
        let _ = flags;
        match run(h, |s, t| s.key_update(t)) {
            Ok(()) => 0,
            Err(e) => e,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_record_check_corked(session: gnutls_session_t) -> size_t {
    entry! {
        let h = session!(session);
        h.with_core(|s| Ok(s.corked_len())).unwrap_or(0)
    }
}

/// Padding concerns CBC records of SSL 3.0/TLS 1.0, which rustls never uses.
#[no_mangle]
pub unsafe extern "C" fn gnutls_record_disable_padding(session: gnutls_session_t) {
    entry! {
        let _ = session!(session);
    }
}

/// Sends up to `count` bytes read from `fd`: from `*offset` (which then
/// advances; the file position stays) or from the file position. Returns
/// the bytes sent, or an error if none were. Plain reads and record sends
/// (no kernel TLS).
#[no_mangle]
pub unsafe extern "C" fn gnutls_record_send_file(
    session: gnutls_session_t,
    fd: c_int,
    offset: *mut off_t,
    count: size_t,
) -> ssize_t {
    entry! {
        let h = session!(session);
        let mut buf = vec![0u8; count.min(16384)];
        // SAFETY: NULL or a writable offset, per the API.
        let start = unsafe { offset.as_ref() }.copied();
        let mut sent: usize = 0;
        let mut failure = None;
        'file: while sent < count {
            let want = (count - sent).min(buf.len());
            // SAFETY: reads into our buffer of at least `want` bytes.
            let n = unsafe {
                match start {
                    Some(p) => libc::pread(fd, buf.as_mut_ptr() as *mut c_void, want, p + sent as off_t),
                    None => libc::read(fd, buf.as_mut_ptr() as *mut c_void, want),
                }
            };
            if n <= 0 {
                if n < 0 {
                    failure = Some(errors::GNUTLS_E_FILE_ERROR);
                }
                break;
            }
            let chunk = &buf[..n as usize];
            let mut done = 0;
            while done < chunk.len() {
                match run(h, |s, t| {
                    let max = s.max_record_size();
                    s.send(t, &chunk[done..chunk.len().min(done + max)])
                }) {
                    Ok(k) => done += k,
                    Err(e) => {
                        if start.is_none() {
                            // What was read but not sent goes back to the file.
                            // SAFETY: moves the file position back.
                            unsafe { libc::lseek(fd, -((chunk.len() - done) as off_t), libc::SEEK_CUR) };
                        }
                        sent += done;
                        failure = Some(e);
                        break 'file;
                    }
                }
            }
            sent += done;
        }
        if let Some(p) = start {
            // SAFETY: a writable offset, per the API.
            unsafe { *offset = p + sent as off_t };
        }
        match failure {
            Some(e) if sent == 0 => e as ssize_t,
            _ => sent as ssize_t,
        }
    }
}
