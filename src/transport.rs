//! The byte pipe under a TLS session: GnuTLS's push/pull callbacks or a socket.
//!
//! The C layer implements [`Transport`] over `gnutls_transport_set_push_function`,
//! `_vec_push_function`, `_pull_function`, `_pull_timeout_function` or a plain fd.
//! A session borrows the transport for one call only, so it never owns C state.
//!
//! rustls reads and writes through `std::io`; [`TlsIo`] adapts a `Transport` to
//! `io::Read` + `io::Write` and remembers the exact errno class and the direction
//! of the last block, which `gnutls_record_get_direction` reports.

use std::io;

use crate::errors::{self, Code};

/// How a push or pull failed, in errno terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoError {
    /// EAGAIN / EWOULDBLOCK: try again later (non-blocking transport).
    Again,
    /// EINTR: interrupted by a signal.
    Interrupted,
    /// Any other errno (0 when the callback gave none).
    Other(i32),
}

impl IoError {
    /// Classifies an errno value as GnuTLS does.
    pub fn from_errno(errno: i32) -> Self {
        if errno == libc::EAGAIN || errno == libc::EWOULDBLOCK {
            IoError::Again
        } else if errno == libc::EINTR {
            IoError::Interrupted
        } else {
            IoError::Other(errno)
        }
    }

    /// The GnuTLS code for this failure; `pushing` picks PUSH_ERROR over PULL_ERROR.
    pub fn to_code(self, pushing: bool) -> Code {
        match self {
            IoError::Again => errors::GNUTLS_E_AGAIN,
            IoError::Interrupted => errors::GNUTLS_E_INTERRUPTED,
            IoError::Other(_) if pushing => errors::GNUTLS_E_PUSH_ERROR,
            IoError::Other(_) => errors::GNUTLS_E_PULL_ERROR,
        }
    }

    fn to_io(self) -> io::Error {
        // None of these allocate: simple kinds and raw OS codes.
        match self {
            IoError::Again => io::ErrorKind::WouldBlock.into(),
            IoError::Interrupted => io::ErrorKind::Interrupted.into(),
            IoError::Other(e) => io::Error::from_raw_os_error(e),
        }
    }
}

/// `pull_timeout` outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    /// Data (or EOF) can be pulled now.
    Ready,
    /// Nothing arrived within the timeout.
    TimedOut,
}

/// The pipe a session reads and writes TLS records through.
///
/// Implementations must not call back into the same session's `&mut` methods
/// (handshake/send/recv/bye); reading [`crate::session::SessionShared`] is fine.
pub trait Transport {
    /// Sends some bytes; returns how many were taken (at least 1 on success for non-empty input).
    fn push(&mut self, data: &[u8]) -> Result<usize, IoError>;

    /// Sends several buffers at once (GnuTLS's vec_push). Defaults to pushing the first non-empty one.
    fn push_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> Result<usize, IoError> {
        match bufs.iter().find(|b| !b.is_empty()) {
            Some(b) => self.push(b),
            None => Ok(0),
        }
    }

    /// Receives some bytes; `Ok(0)` means end of stream.
    fn pull(&mut self, buf: &mut [u8]) -> Result<usize, IoError>;

    /// Waits up to `ms` milliseconds (`None` = forever) for data to pull.
    /// Only called when the session has a timeout set. The default says "ready",
    /// which turns the following pull into a plain blocking or non-blocking read.
    fn pull_timeout(&mut self, ms: Option<u32>) -> Result<Readiness, IoError> {
        let _ = ms;
        Ok(Readiness::Ready)
    }

    /// True while the bytes pulled so far end inside a TLS record (a
    /// transport that reads along record boundaries knows this). The record
    /// layer then pulls on before asking rustls to look: nothing can be
    /// decrypted from a partial record. The default (false) always looks.
    fn mid_record(&self) -> bool {
        false
    }
}

/// Which way the last transport call blocked (`gnutls_record_get_direction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// Blocked reading (GnuTLS value 0).
    #[default]
    Read = 0,
    /// Blocked writing (GnuTLS value 1).
    Write = 1,
}

/// `io::Read + io::Write` over a borrowed [`Transport`], for rustls's `read_tls`/`write_tls`.
pub(crate) struct TlsIo<'a> {
    transport: &'a mut dyn Transport,
    /// The last failure, with its direction, kept so the caller can map it exactly.
    pub(crate) last_error: Option<(IoError, Direction)>,
    /// A copy of the bytes going one way, while the session needs to see a
    /// plaintext handshake message rustls does not hand out (the ServerHello).
    pub(crate) capture: Option<Capture>,
}

/// Bytes copied from one direction of a [`TlsIo`].
#[derive(Debug, Default)]
pub(crate) struct Capture {
    /// Copy what is read (else what is written).
    pub incoming: bool,
    pub bytes: Vec<u8>,
}

impl Capture {
    /// More than any hello message rustls accepts (a 64 KiB message plus
    /// record headers); only this much is kept.
    const LIMIT: usize = 1 << 18;

    fn keep(&mut self, data: &[u8]) {
        let room = Self::LIMIT.saturating_sub(self.bytes.len());
        self.bytes.extend_from_slice(&data[..data.len().min(room)]);
    }
}

impl<'a> TlsIo<'a> {
    pub(crate) fn new(transport: &'a mut dyn Transport) -> Self {
        TlsIo {
            transport,
            last_error: None,
            capture: None,
        }
    }

    pub(crate) fn pull_timeout(&mut self, ms: Option<u32>) -> Result<Readiness, IoError> {
        self.transport.pull_timeout(ms)
    }

    /// See [`Transport::mid_record`].
    pub(crate) fn mid_record(&self) -> bool {
        self.transport.mid_record()
    }

    /// Takes the recorded failure of the last read/write, mapping it to a GnuTLS code.
    pub(crate) fn take_code(&mut self, fallback_pushing: bool) -> (Code, Direction) {
        match self.last_error.take() {
            Some((e, dir)) => (e.to_code(dir == Direction::Write), dir),
            None if fallback_pushing => (errors::GNUTLS_E_PUSH_ERROR, Direction::Write),
            None => (errors::GNUTLS_E_PULL_ERROR, Direction::Read),
        }
    }
}

impl io::Read for TlsIo<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.transport.pull(buf) {
            Ok(n) => {
                let n = n.min(buf.len());
                if let Some(c) = self.capture.as_mut().filter(|c| c.incoming) {
                    c.keep(&buf[..n]);
                }
                Ok(n)
            }
            Err(e) => {
                self.last_error = Some((e, Direction::Read));
                Err(e.to_io())
            }
        }
    }
}

impl io::Write for TlsIo<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.transport.push(buf) {
            Ok(n) => {
                let n = n.min(buf.len());
                if let Some(c) = self.capture.as_mut().filter(|c| !c.incoming) {
                    c.keep(&buf[..n]);
                }
                Ok(n)
            }
            Err(e) => {
                self.last_error = Some((e, Direction::Write));
                Err(e.to_io())
            }
        }
    }

    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        let total: usize = bufs.iter().map(|b| b.len()).sum();
        match self.transport.push_vectored(bufs) {
            Ok(n) => {
                let n = n.min(total);
                if let Some(c) = self.capture.as_mut().filter(|c| !c.incoming) {
                    let mut left = n;
                    for b in bufs {
                        let take = left.min(b.len());
                        c.keep(&b[..take]);
                        left -= take;
                    }
                }
                Ok(n)
            }
            Err(e) => {
                self.last_error = Some((e, Direction::Write));
                Err(e.to_io())
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errno_classes_map_to_gnutls_codes() {
        assert_eq!(IoError::from_errno(libc::EAGAIN), IoError::Again);
        assert_eq!(IoError::from_errno(libc::EWOULDBLOCK), IoError::Again);
        assert_eq!(IoError::from_errno(libc::EINTR), IoError::Interrupted);
        assert_eq!(IoError::from_errno(libc::ECONNRESET), IoError::Other(libc::ECONNRESET));
        assert_eq!(IoError::Again.to_code(true), errors::GNUTLS_E_AGAIN);
        assert_eq!(IoError::Interrupted.to_code(false), errors::GNUTLS_E_INTERRUPTED);
        assert_eq!(IoError::Other(5).to_code(true), errors::GNUTLS_E_PUSH_ERROR);
        assert_eq!(IoError::Other(5).to_code(false), errors::GNUTLS_E_PULL_ERROR);
    }
}
