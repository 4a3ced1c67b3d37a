//! The transport: how a session reaches its peer. Either the application's
//! push/pull callbacks, or, by default, send/recv on the socket whose
//! descriptor is the transport pointer (91 real programs pass an int fd
//! cast to a pointer).
use super::session::{session, SessionHandle};
use crate::ctypes::*;
use crate::entry;
use crate::ffi::{load_fn, store_fn};
use crate::types::*;
use rgnutls::transport::{IoError, Readiness, Transport};
use std::io::IoSlice;
use std::sync::atomic::{AtomicI32, AtomicPtr, AtomicU64, AtomicUsize, Ordering};

/// The transport settings of a session. Atomics, because callbacks may set
/// them (gnutls_transport_set_errno) while the engine runs.
#[derive(Default)]
pub struct TransportConfig {
    recv_ptr: AtomicPtr<c_void>,
    send_ptr: AtomicPtr<c_void>,
    push: AtomicUsize,
    vec_push: AtomicUsize,
    pull: AtomicUsize,
    pull_timeout: AtomicUsize,
    errno_func: AtomicUsize,
    /// gnutls_transport_set_errno, consumed by the next failed callback.
    errno: AtomicI32,
    /// Where the incoming byte stream is in its TLS record framing
    /// (`RecordFraming`, packed). Only touched under the engine lock, so
    /// plain loads and stores suffice; no lock on the record path.
    framing: AtomicU64,
    /// Default transport: the rest of a record taken off the socket in one
    /// recv, handed to rustls (which reads 4 KiB at a time) from here.
    staged: std::sync::Mutex<Staged>,
}

/// Bytes of the current record read ahead of rustls (never past its end).
#[derive(Default)]
struct Staged {
    buf: Vec<u8>,
    start: usize,
}

impl Staged {
    fn pending(&self) -> &[u8] {
        self.buf.get(self.start..).unwrap_or(&[])
    }

    /// Hands out up to `out.len()` staged bytes.
    fn take_into(&mut self, out: &mut [u8]) -> usize {
        let pending = self.pending();
        let n = pending.len().min(out.len());
        out[..n].copy_from_slice(&pending[..n]);
        self.start += n;
        n
    }
}

/// Reads stop at TLS record boundaries, as GnuTLS's do: a receive never
/// takes bytes of a later record off the socket. Event-loop programs rely on
/// this: after gnutls_record_recv they poll the socket (plus
/// gnutls_record_check_pending), so a record read ahead into our buffers
/// would sit unseen until more data came.
#[derive(Default, Clone, Copy)]
struct RecordFraming {
    header: [u8; 5],
    header_len: usize,
    body_left: usize,
}

impl RecordFraming {
    /// Packs into 64 bits: header bytes (40), header length (8), body left (16).
    fn pack(self) -> u64 {
        let mut h = [0u8; 8];
        h[..5].copy_from_slice(&self.header);
        (u64::from_le_bytes(h) & 0xff_ffff_ffff) | (self.header_len as u64) << 40 | (self.body_left as u64) << 48
    }

    fn unpack(v: u64) -> Self {
        let h = v.to_le_bytes();
        RecordFraming {
            header: [h[0], h[1], h[2], h[3], h[4]],
            header_len: ((v >> 40) & 0xff) as usize,
            body_left: (v >> 48) as usize,
        }
    }

    /// Inside a record whose length TLS allows (2^14 + 2048 at most). A
    /// longer one is left for rustls to refuse as soon as its header is in.
    fn mid_record(&self) -> bool {
        const LONGEST_RECORD: usize = (1 << 14) + 2048;
        let declared = usize::from(u16::from_be_bytes([self.header[3], self.header[4]]));
        self.header_len > 0 || (self.body_left > 0 && declared <= LONGEST_RECORD)
    }

    /// At most this many bytes may be read next.
    fn limit(&self) -> usize {
        if self.body_left > 0 {
            self.body_left
        } else {
            self.header.len() - self.header_len
        }
    }

    fn consume(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            if self.body_left > 0 {
                let n = self.body_left.min(data.len());
                self.body_left -= n;
                data = &data[n..];
            } else {
                let n = (self.header.len() - self.header_len).min(data.len());
                self.header[self.header_len..self.header_len + n].copy_from_slice(&data[..n]);
                self.header_len += n;
                data = &data[n..];
                if self.header_len == self.header.len() {
                    self.header_len = 0;
                    self.body_left = usize::from(u16::from_be_bytes([self.header[3], self.header[4]]));
                }
            }
        }
    }
}

type PushFn = unsafe extern "C" fn(gnutls_transport_ptr_t, *const c_void, size_t) -> ssize_t;
type VecPushFn = unsafe extern "C" fn(gnutls_transport_ptr_t, *const giovec_t, c_int) -> ssize_t;
type PullFn = unsafe extern "C" fn(gnutls_transport_ptr_t, *mut c_void, size_t) -> ssize_t;
type PullTimeoutFn = unsafe extern "C" fn(gnutls_transport_ptr_t, c_uint) -> c_int;
type ErrnoFn = unsafe extern "C" fn(gnutls_transport_ptr_t) -> c_int;

impl TransportConfig {
    /// A read can be waited for with a timeout: the fd transport, or a
    /// custom pull with a pull_timeout function (session resumption waits
    /// briefly for TLS 1.3 tickets).
    pub fn can_wait(&self) -> bool {
        load_fn::<PullFn>(&self.pull).is_none() || load_fn::<PullTimeoutFn>(&self.pull_timeout).is_some()
    }
}

/// The fd behind a transport pointer (GnuTLS's default transport).
fn fd_of(ptr: *mut c_void) -> c_int {
    ptr as isize as c_int
}

fn errno() -> c_int {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// A session's transport for one engine call.
pub struct CTransport<'a> {
    h: &'a SessionHandle,
    /// gnutls_record_recv on a blocking socket: never block with the engine
    /// held (another thread may be sending); a read that would block sets
    /// `would_block` instead, and the caller waits without the engine.
    wait_unlocked: bool,
    would_block: bool,
}

impl<'a> CTransport<'a> {
    pub fn new(h: &'a SessionHandle) -> Self {
        CTransport { h, wait_unlocked: false, would_block: false }
    }

    /// For gnutls_record_recv; see [`wait_unlocked`].
    pub fn receiving(h: &'a SessionHandle) -> Self {
        CTransport { h, wait_unlocked: true, would_block: false }
    }

    /// A read found nothing on a blocking descriptor (only in receiving mode).
    pub fn would_block(&self) -> bool {
        self.would_block
    }
}

impl CTransport<'_> {
    fn cfg(&self) -> &TransportConfig {
        &self.h.transport
    }

    /// The errno after a callback failed: gnutls_transport_set_errno's
    /// value if the callback set one, else the errno function's, else errno.
    fn callback_errno(&self, ptr: *mut c_void) -> IoError {
        let set = self.cfg().errno.swap(0, Ordering::AcqRel);
        let e = if set != 0 {
            set
        } else if let Some(f) = load_fn::<ErrnoFn>(&self.cfg().errno_func) {
            // SAFETY: the application's errno function, with its own pointer.
            unsafe { f(ptr) }
        } else {
            errno()
        };
        IoError::from_errno(e)
    }

    /// The default transport (a descriptor), not the application's pull.
    fn reads_descriptor(&self) -> bool {
        load_fn::<PullFn>(&self.cfg().pull).is_none()
    }

    /// One read from the application's pull function or the socket.
    fn pull_raw(&mut self, buf: &mut [u8]) -> Result<usize, IoError> {
        let ptr = self.cfg().recv_ptr.load(Ordering::Acquire);
        if let Some(pull) = load_fn::<PullFn>(&self.cfg().pull) {
            // SAFETY: the application's pull function filling our buffer.
            let n = unsafe { pull(ptr, buf.as_mut_ptr() as *mut c_void, buf.len()) };
            return if n < 0 { Err(self.callback_errno(ptr)) } else { Ok((n as usize).min(buf.len())) };
        }
        let fd = fd_of(ptr);
        let flags = if self.wait_unlocked { libc::MSG_DONTWAIT } else { 0 };
        // SAFETY: recv(2) into our buffer.
        let n = unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut c_void, buf.len(), flags) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = errno();
        if self.wait_unlocked && (e == libc::EAGAIN || e == libc::EWOULDBLOCK) {
            // Nothing yet: on a non-blocking socket that is the answer; on a
            // blocking one the caller waits for data without the engine.
            self.would_block = !is_nonblocking(fd);
            return Err(IoError::from_errno(e));
        }
        if e == libc::ENOTSOCK {
            // A pipe or file cannot be read without waiting: look first.
            if self.wait_unlocked && !is_nonblocking(fd) && !readable_now(fd) {
                self.would_block = true;
                return Err(IoError::from_errno(libc::EAGAIN));
            }
            // SAFETY: read(2) into our buffer.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut c_void, buf.len()) };
            if n >= 0 {
                return Ok(n as usize);
            }
        }
        Err(IoError::from_errno(errno()))
    }

    /// Bytes of the current record are staged (default transport only).
    fn has_staged(&self) -> bool {
        self.reads_descriptor() && !self.h.transport.staged.lock().unwrap_or_else(|e| e.into_inner()).pending().is_empty()
    }

    /// [`Transport::pull`] on the default transport. rustls takes 4 KiB per
    /// read; on a socket, the rest of a record in one recv keeps GnuTLS's
    /// two reads per record from becoming six (a copy of a record body
    /// costs far less than four syscalls). The rest is staged for rustls,
    /// never past the record's end.
    fn pull_descriptor(&mut self, buf: &mut [u8], framing: &mut RecordFraming) -> Result<usize, IoError> {
        let h = self.h;
        let mut staged = h.transport.staged.lock().unwrap_or_else(|e| e.into_inner());
        if !staged.pending().is_empty() {
            return Ok(staged.take_into(buf));
        }
        let want = framing.limit();
        let n = if want > buf.len() {
            // The buffer keeps its capacity from record to record.
            let mut stage = std::mem::take(&mut staged.buf);
            stage.resize(want, 0);
            let got = self.pull_raw(&mut stage);
            stage.truncate(*got.as_ref().unwrap_or(&0));
            staged.buf = stage;
            staged.start = 0;
            got?;
            framing.consume(&staged.buf);
            staged.take_into(buf)
        } else {
            drop(staged);
            let n = self.pull_raw(&mut buf[..want])?;
            framing.consume(&buf[..n]);
            n
        };
        h.transport.framing.store(framing.pack(), Ordering::Relaxed);
        Ok(n)
    }

    fn no_signal(&self) -> c_int {
        if self.h.flags & GNUTLS_NO_SIGNAL as c_uint != 0 {
            libc::MSG_NOSIGNAL
        } else {
            0
        }
    }
}

impl Transport for CTransport<'_> {
    fn push(&mut self, data: &[u8]) -> Result<usize, IoError> {
        let ptr = self.cfg().send_ptr.load(Ordering::Acquire);
        if let Some(push) = load_fn::<PushFn>(&self.cfg().push) {
            // SAFETY: the application's push function with its pointer and our buffer.
            let n = unsafe { push(ptr, data.as_ptr() as *const c_void, data.len()) };
            return if n < 0 { Err(self.callback_errno(ptr)) } else { Ok(n as usize) };
        }
        if load_fn::<VecPushFn>(&self.cfg().vec_push).is_some() {
            return self.push_vectored(&[IoSlice::new(data)]);
        }
        let fd = fd_of(ptr);
        // SAFETY: send(2) on the application's descriptor with our buffer.
        let n = unsafe { libc::send(fd, data.as_ptr() as *const c_void, data.len(), self.no_signal()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        if errno() == libc::ENOTSOCK {
            // A pipe or file: GnuTLS's default also works there.
            // SAFETY: write(2), as above.
            let n = unsafe { libc::write(fd, data.as_ptr() as *const c_void, data.len()) };
            if n >= 0 {
                return Ok(n as usize);
            }
        }
        Err(IoError::from_errno(errno()))
    }

    fn push_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize, IoError> {
        let ptr = self.cfg().send_ptr.load(Ordering::Acquire);
        if load_fn::<PushFn>(&self.cfg().push).is_some() {
            // A plain push function takes one buffer at a time.
            return match bufs.iter().find(|b| !b.is_empty()) {
                Some(b) => self.push(b),
                None => Ok(0),
            };
        }
        // rustls hands over a record or two at a time: iovecs on the stack,
        // no allocation per send (more than 16 buffers go out 16 at a time).
        let mut iov_store = [libc::iovec { iov_base: core::ptr::null_mut(), iov_len: 0 }; 16];
        let count = bufs.len().min(iov_store.len());
        for (slot, b) in iov_store.iter_mut().zip(bufs) {
            *slot = libc::iovec { iov_base: b.as_ptr() as *mut c_void, iov_len: b.len() };
        }
        let iov = &iov_store[..count];
        if let Some(vec_push) = load_fn::<VecPushFn>(&self.cfg().vec_push) {
            // SAFETY: the application's vec_push with iovecs over our live buffers.
            let n = unsafe { vec_push(ptr, iov.as_ptr(), iov.len() as c_int) };
            return if n < 0 { Err(self.callback_errno(ptr)) } else { Ok(n as usize) };
        }
        // SAFETY: sendmsg(2) with a message header over our iovecs.
        let n = unsafe {
            let mut msg: libc::msghdr = core::mem::zeroed();
            msg.msg_iov = iov.as_ptr() as *mut libc::iovec;
            msg.msg_iovlen = iov.len();
            libc::sendmsg(fd_of(ptr), &msg, self.no_signal())
        };
        if n >= 0 {
            return Ok(n as usize);
        }
        if errno() == libc::ENOTSOCK {
            // SAFETY: writev(2) over the same iovecs.
            let n = unsafe { libc::writev(fd_of(ptr), iov.as_ptr(), iov.len() as c_int) };
            if n >= 0 {
                return Ok(n as usize);
            }
        }
        Err(IoError::from_errno(errno()))
    }

    fn pull(&mut self, buf: &mut [u8]) -> Result<usize, IoError> {
        let slot = &self.h.transport.framing;
        let mut framing = RecordFraming::unpack(slot.load(Ordering::Relaxed));
        if self.reads_descriptor() {
            return self.pull_descriptor(buf, &mut framing);
        }
        let limit = framing.limit().min(buf.len());
        let n = self.pull_raw(&mut buf[..limit])?;
        framing.consume(&buf[..n]);
        slot.store(framing.pack(), Ordering::Relaxed);
        Ok(n)
    }

    fn mid_record(&self) -> bool {
        RecordFraming::unpack(self.h.transport.framing.load(Ordering::Relaxed)).mid_record() || self.has_staged()
    }

    fn pull_timeout(&mut self, ms: Option<u32>) -> Result<Readiness, IoError> {
        if self.wait_unlocked && self.reads_descriptor() {
            // gnutls_record_recv waits itself, without the engine.
            return Ok(Readiness::Ready);
        }
        if self.has_staged() {
            // The rest of a record is already here.
            return Ok(Readiness::Ready);
        }
        let ptr = self.cfg().recv_ptr.load(Ordering::Acquire);
        let ms_c = ms.unwrap_or(GNUTLS_INDEFINITE_TIMEOUT as u32);
        let ready = if let Some(f) = load_fn::<PullTimeoutFn>(&self.cfg().pull_timeout) {
            // SAFETY: the application's pull_timeout function.
            unsafe { f(ptr, ms_c) }
        } else if load_fn::<PullFn>(&self.cfg().pull).is_some() {
            // A custom pull without a timeout function: assume data may come.
            1
        } else {
            let mut p = libc::pollfd { fd: fd_of(ptr), events: libc::POLLIN, revents: 0 };
            let t = ms.map_or(-1, |m| m.min(i32::MAX as u32) as c_int);
            // SAFETY: poll(2) on one pollfd.
            unsafe { libc::poll(&mut p, 1, t) }
        };
        match ready {
            n if n > 0 => Ok(Readiness::Ready),
            0 => Ok(Readiness::TimedOut),
            _ => Err(self.callback_errno(ptr)),
        }
    }
}

/// Whether `fd` is in non-blocking mode (an error reads as non-blocking:
/// nothing will be waited for).
fn is_nonblocking(fd: c_int) -> bool {
    // SAFETY: fcntl(2) F_GETFL on the application's descriptor.
    let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    fl < 0 || fl & libc::O_NONBLOCK != 0
}

/// Whether `fd` has data (or EOF) to read at once.
fn readable_now(fd: c_int) -> bool {
    let mut p = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
    // SAFETY: poll(2) on one pollfd, no wait.
    unsafe { libc::poll(&mut p, 1, 0) != 0 }
}

/// After gnutls_record_recv found a blocking socket empty: waits for it to
/// become readable *without* holding the engine, so that another thread can
/// send on the same session meanwhile (GnuTLS allows one thread to send
/// while another receives). With a record timeout set, a wait that times
/// out is GNUTLS_E_TIMEDOUT; a signal, GNUTLS_E_INTERRUPTED.
pub fn wait_readable_unlocked(h: &SessionHandle, timeout_ms: Option<u32>) -> Result<(), c_int> {
    let fd = fd_of(h.transport.recv_ptr.load(Ordering::Acquire));
    let mut p = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
    let ms = timeout_ms.map_or(-1, |m| m.min(i32::MAX as u32) as c_int);
    // SAFETY: poll(2) on one pollfd.
    match unsafe { libc::poll(&mut p, 1, ms) } {
        0 => Err(rgnutls::errors::GNUTLS_E_TIMEDOUT),
        n if n < 0 && errno() == libc::EINTR => Err(rgnutls::errors::GNUTLS_E_INTERRUPTED),
        // Errors fall through to the receive, which reports them.
        _ => Ok(()),
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_ptr(session: gnutls_session_t, ptr: gnutls_transport_ptr_t) {
    entry! {
        let t = &session!(session).transport;
        t.recv_ptr.store(ptr, Ordering::Release);
        t.send_ptr.store(ptr, Ordering::Release);
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_ptr2(
    session: gnutls_session_t,
    recv_ptr: gnutls_transport_ptr_t,
    send_ptr: gnutls_transport_ptr_t,
) {
    entry! {
        let t = &session!(session).transport;
        t.recv_ptr.store(recv_ptr, Ordering::Release);
        t.send_ptr.store(send_ptr, Ordering::Release);
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_int2(session: gnutls_session_t, r: c_int, s: c_int) {
    // SAFETY: forwarding the caller's handle.
    unsafe { gnutls_transport_set_ptr2(session, r as isize as *mut c_void, s as isize as *mut c_void) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_get_ptr(session: gnutls_session_t) -> gnutls_transport_ptr_t {
    entry! { session!(session).transport.recv_ptr.load(Ordering::Acquire) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_get_ptr2(
    session: gnutls_session_t,
    recv_ptr: *mut gnutls_transport_ptr_t,
    send_ptr: *mut gnutls_transport_ptr_t,
) {
    entry! {
        let t = &session!(session).transport;
        // SAFETY: non-NULL out parameters.
        unsafe {
            if !recv_ptr.is_null() {
                *recv_ptr = t.recv_ptr.load(Ordering::Acquire);
            }
            if !send_ptr.is_null() {
                *send_ptr = t.send_ptr.load(Ordering::Acquire);
            }
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_get_int(session: gnutls_session_t) -> c_int {
    entry! { fd_of(session!(session).transport.recv_ptr.load(Ordering::Acquire)) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_get_int2(session: gnutls_session_t, r: *mut c_int, s: *mut c_int) {
    entry! {
        let t = &session!(session).transport;
        // SAFETY: non-NULL out parameters.
        unsafe {
            if !r.is_null() {
                *r = fd_of(t.recv_ptr.load(Ordering::Acquire));
            }
            if !s.is_null() {
                *s = fd_of(t.send_ptr.load(Ordering::Acquire));
            }
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_push_function(session: gnutls_session_t, push_func: gnutls_push_func) {
    entry! {
        let t = &session!(session).transport;
        // Whichever of push and vec_push was set last is used.
        t.vec_push.store(0, Ordering::Release);
        store_fn(&t.push, push_func)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_vec_push_function(
    session: gnutls_session_t,
    vec_func: gnutls_vec_push_func,
) {
    entry! {
        let t = &session!(session).transport;
        // The vector function replaces a plain push function.
        t.push.store(0, Ordering::Release);
        store_fn(&t.vec_push, vec_func)
    }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_pull_function(session: gnutls_session_t, pull_func: gnutls_pull_func) {
    entry! { store_fn(&session!(session).transport.pull, pull_func) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_pull_timeout_function(
    session: gnutls_session_t,
    func: gnutls_pull_timeout_func,
) {
    entry! { store_fn(&session!(session).transport.pull_timeout, func) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_errno_function(
    session: gnutls_session_t,
    errno_func: gnutls_errno_func,
) {
    entry! { store_fn(&session!(session).transport.errno_func, errno_func) }
}

#[no_mangle]
pub unsafe extern "C" fn gnutls_transport_set_errno(session: gnutls_session_t, err: c_int) {
    entry! { session!(session).transport.errno.store(err, Ordering::Release) }
}

#[cfg(test)]
mod tests {
    use super::RecordFraming;

    #[test]
    fn framing_packs_and_follows_records() {
        let mut f = RecordFraming::default();
        assert_eq!(f.limit(), 5);
        assert!(!f.mid_record());
        f.consume(&[23, 3, 3]);
        f = RecordFraming::unpack(f.pack());
        assert_eq!(f.limit(), 2);
        assert!(f.mid_record());
        f.consume(&[0x40, 0x11]);
        f = RecordFraming::unpack(f.pack());
        assert_eq!(f.limit(), 0x4011);
        assert!(f.mid_record());
        f.consume(&vec![0; 0x4011]);
        assert_eq!(RecordFraming::unpack(f.pack()).limit(), 5);
        assert!(!f.mid_record());
    }

    #[test]
    fn staged_bytes_are_handed_out_in_order_and_an_emptied_stage_is_empty() {
        let mut st = super::Staged { buf: vec![1, 2, 3, 4, 5], start: 0 };
        let mut out = [0u8; 3];
        assert_eq!(st.take_into(&mut out), 3);
        assert_eq!(out, [1, 2, 3]);
        assert_eq!(st.pending(), &[4, 5]);
        assert_eq!(st.take_into(&mut out), 2);
        assert!(st.pending().is_empty());
        // A stage emptied after a failed read, with a stale start, is empty.
        st.buf.clear();
        assert!(st.pending().is_empty());
        assert_eq!(st.take_into(&mut out), 0);
    }

    #[test]
    fn an_overlong_record_is_not_waited_for() {
        let mut f = RecordFraming::default();
        f.consume(&[23, 3, 3, 0xff, 0xff, 0]);
        assert!(!f.mid_record(), "rustls refuses it from its header");
    }
}
