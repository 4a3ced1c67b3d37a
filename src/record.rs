//! The record layer of a [`Session`]: send, receive, cork, close.
//!
//! GnuTLS contracts kept here:
//! - after `GNUTLS_E_AGAIN`/`INTERRUPTED` from `send`, the application calls
//!   `send` again with the same data (or empty data); the bytes rustls already
//!   accepted are remembered in [`SendState::pending`] and reported then, so
//!   nothing is lost or sent twice;
//! - `recv` returns 0 on close_notify and `GNUTLS_E_PREMATURE_TERMINATION` on
//!   EOF without it;
//! - TLS goes straight from rustls to the transport (`write_tls`/`read_tls` on
//!   the [`TlsIo`] adapter): no intermediate buffer and no allocation of ours.
//!
//! None of these methods is callback-safe (they take `&mut Session`).

use std::io::{self, BufRead, Read, Write};

use crate::errors::{self, Code};
use crate::session::{flush, process, pull, Session};
use crate::transport::{Direction, TlsIo, Transport};

/// `gnutls_close_request_t`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseHow {
    /// `GNUTLS_SHUT_RDWR`: send close_notify and wait for the peer's.
    ReadWrite,
    /// `GNUTLS_SHUT_WR`: send close_notify only.
    Write,
}

/// TLS alert number of close_notify.
pub const ALERT_CLOSE_NOTIFY: u8 = 0;

/// Bookkeeping for sends that blocked part-way.
#[derive(Debug, Default)]
pub(crate) struct SendState {
    /// Plaintext bytes of the last `send` already inside rustls but whose
    /// records did not reach the transport yet.
    pending: usize,
    corked: bool,
    /// Data collected while corked; its capacity is kept for the next cork.
    cork_buf: Vec<u8>,
    /// How much of `cork_buf` rustls has accepted during an interrupted uncork.
    cork_accepted: usize,
}

/// Shutdown progress.
#[derive(Debug, Default)]
pub(crate) struct CloseState {
    close_notify_queued: bool,
}

fn is_retry(code: Code) -> bool {
    code == errors::GNUTLS_E_AGAIN || code == errors::GNUTLS_E_INTERRUPTED
}

impl Session {
    /// `gnutls_record_send`: returns how many bytes of `data` were sent.
    ///
    /// After `GNUTLS_E_AGAIN` / `GNUTLS_E_INTERRUPTED` call again with the same
    /// `data` (or an empty slice); the call then finishes the earlier write and
    /// returns its length.
    pub fn send(&mut self, transport: &mut dyn Transport, data: &[u8]) -> Result<usize, Code> {
        if self.close.close_notify_queued {
            return Err(errors::GNUTLS_E_INVALID_SESSION);
        }
        if self.send.corked {
            self.send.cork_buf.extend_from_slice(data);
            return Ok(data.len());
        }
        let pending = self.send.pending;
        let (conn, shared) = self.parts()?;
        if conn.is_handshaking() {
            return Err(errors::GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE);
        }
        let mut io = TlsIo::new(transport);
        if pending > 0 {
            flush(conn, &mut io, shared)?;
            self.send.pending = 0;
            return Ok(pending);
        }
        // Records queued earlier (tickets, key updates) go first.
        flush(conn, &mut io, shared)?;
        if data.is_empty() {
            return Ok(0);
        }
        let accepted = conn.writer().write(data).map_err(|_| errors::GNUTLS_E_INVALID_SESSION)?;
        match flush(conn, &mut io, shared) {
            Ok(()) => Ok(accepted),
            Err(code) => {
                self.send.pending = accepted;
                Err(code)
            }
        }
    }

    /// `gnutls_record_check_corked`: bytes collected while corked, not yet sent.
    pub fn corked_len(&self) -> usize {
        if self.send.corked {
            self.send.cork_buf.len() - self.send.cork_accepted
        } else {
            0
        }
    }

    /// `gnutls_record_cork`: collect sends until [`Session::uncork`].
    pub fn cork(&mut self) {
        self.send.corked = true;
    }

    /// `gnutls_record_uncork`: sends the collected data in as few records as
    /// possible. With `wait` (`GNUTLS_RECORD_WAIT`) it retries until everything
    /// is written; without, it may return `GNUTLS_E_AGAIN` and must be called again.
    /// Returns the number of corked bytes sent.
    pub fn uncork(&mut self, transport: &mut dyn Transport, wait: bool) -> Result<usize, Code> {
        if !self.send.corked {
            return Ok(0);
        }
        let mut io = TlsIo::new(transport);
        loop {
            let (conn, shared, send) = self.parts_with_send()?;
            let result = flush(conn, &mut io, shared).and_then(|()| {
                let rest = &send.cork_buf[send.cork_accepted..];
                if rest.is_empty() {
                    return Ok(true);
                }
                let n = conn.writer().write(rest).map_err(|_| errors::GNUTLS_E_INVALID_SESSION)?;
                send.cork_accepted += n;
                Ok(false)
            });
            match result {
                Ok(true) => break,
                Ok(false) => continue,
                Err(code) if wait && is_retry(code) => continue,
                Err(code) => return Err(code),
            }
        }
        let total = self.send.cork_buf.len();
        self.send.cork_buf.clear();
        self.send.cork_accepted = 0;
        self.send.corked = false;
        Ok(total)
    }

    /// `gnutls_record_recv`: plaintext into `buf`; 0 when the peer sent close_notify.
    pub fn recv(&mut self, transport: &mut dyn Transport, buf: &mut [u8]) -> Result<usize, Code> {
        let timeout = self.settings().record_timeout_ms;
        let (conn, shared) = self.parts()?;
        if conn.is_handshaking() {
            return Err(errors::GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE);
        }
        let mut io = TlsIo::new(transport);
        loop {
            match read_plaintext(conn, buf) {
                ReadOutcome::Data(n) => return Ok(n),
                ReadOutcome::Closed => return Ok(0),
                ReadOutcome::Truncated => return Err(errors::GNUTLS_E_PREMATURE_TERMINATION),
                ReadOutcome::NeedMore => {}
            }
            // Replies rustls queued while reading (key update, alerts) go out
            // when the transport takes them; a full pipe must not stall reading.
            match flush(conn, &mut io, shared) {
                Err(code) if !is_retry(code) => return Err(code),
                _ => {}
            }
            // A record arrives in several pulls (rustls reads at most 4 KiB
            // at a time); it is processed once, when complete.
            while pull(conn, &mut io, shared, timeout, None)? > 0 && io.mid_record() {}
            if let Err(code) = process(conn, &mut io, shared) {
                return Err(self.fail(code));
            }
        }
    }

    /// Feeds TLS bytes the caller pulled itself (for C layers that read the
    /// socket without holding the session lock). Returns how many were taken.
    pub fn feed_tls(&mut self, mut data: &[u8]) -> Result<usize, Code> {
        let (conn, shared) = self.parts()?;
        let taken = conn.read_tls(&mut data).map_err(|_| errors::GNUTLS_E_RECORD_OVERFLOW)?;
        let mut sink = NullTransport;
        let mut io = TlsIo::new(&mut sink);
        match process(conn, &mut io, shared) {
            Ok(_) => Ok(taken),
            Err(code) => Err(self.fail(code)),
        }
    }

    /// `recv` without touching the transport: `GNUTLS_E_AGAIN` when nothing is buffered.
    pub fn recv_buffered(&mut self, buf: &mut [u8]) -> Result<usize, Code> {
        let conn = self.conn_mut()?;
        match read_plaintext(conn, buf) {
            ReadOutcome::Data(n) => Ok(n),
            ReadOutcome::Closed => Ok(0),
            ReadOutcome::Truncated => Err(errors::GNUTLS_E_PREMATURE_TERMINATION),
            ReadOutcome::NeedMore => Err(errors::GNUTLS_E_AGAIN),
        }
    }

    /// `gnutls_record_check_pending`: decrypted bytes ready for `recv`.
    pub fn check_pending(&mut self) -> usize {
        match self.conn_mut() {
            Ok(conn) => conn
                .process_new_packets()
                .map(|s| s.plaintext_bytes_to_read())
                .unwrap_or(0),
            Err(_) => 0,
        }
    }

    /// `gnutls_record_get_direction` (also readable from callbacks via `SessionShared`).
    pub fn direction(&self) -> Direction {
        self.shared().direction()
    }

    /// `gnutls_record_discard_queued`: drops TLS data not yet written; returns its size.
    pub fn discard_queued(&mut self) -> usize {
        self.send.pending = 0;
        let Ok(conn) = self.conn_mut() else { return 0 };
        let mut dropped = 0;
        while conn.wants_write() {
            match conn.write_tls(&mut io::sink()) {
                Ok(n) if n > 0 => dropped += n,
                _ => break,
            }
        }
        dropped
    }

    /// `gnutls_bye`. `GNUTLS_E_AGAIN` resumes where it stopped on the next call.
    pub fn bye(&mut self, transport: &mut dyn Transport, how: CloseHow) -> Result<(), Code> {
        let timeout = self.settings().record_timeout_ms;
        let queued = self.close.close_notify_queued;
        let (conn, _) = self.parts()?;
        if !queued {
            conn.send_close_notify();
        }
        self.close.close_notify_queued = true;
        let (conn, shared) = self.parts()?;
        let mut io = TlsIo::new(transport);
        flush(conn, &mut io, shared)?;
        if how == CloseHow::Write {
            return Ok(());
        }
        loop {
            // Application data still arriving is dropped, as GnuTLS does.
            loop {
                let mut reader = conn.reader();
                match reader.fill_buf() {
                    Ok([]) => return Ok(()),
                    Ok(chunk) => {
                        let n = chunk.len();
                        reader.consume(n);
                    }
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                    Err(_) => return Err(errors::GNUTLS_E_PREMATURE_TERMINATION),
                }
            }
            pull(conn, &mut io, shared, timeout, None)?;
            if let Err(code) = process(conn, &mut io, shared) {
                return Err(self.fail(code));
            }
        }
    }

    /// `gnutls_alert_send`. rustls sends no alert on demand but close_notify,
    /// so a fatal alert goes out as close_notify: the peer still learns at
    /// once that the session is over (exim refuses a client certificate
    /// after the handshake with a fatal bad_certificate, then stops using
    /// the session; without an alert its client waited for an answer). A
    /// warning other than close_notify gives `GNUTLS_E_UNIMPLEMENTED_FEATURE`.
    pub fn alert_send(&mut self, transport: &mut dyn Transport, fatal: bool, description: u8) -> Result<(), Code> {
        if description != ALERT_CLOSE_NOTIFY && !fatal {
            return Err(errors::GNUTLS_E_UNIMPLEMENTED_FEATURE);
        }
        if !self.close.close_notify_queued {
            self.conn_mut()?.send_close_notify();
            self.close.close_notify_queued = true;
        }
        let (conn, shared) = self.parts()?;
        flush(conn, &mut TlsIo::new(transport), shared)
    }

    /// `gnutls_alert_get`: the last alert received, if any.
    pub fn alert_get(&self) -> Option<u8> {
        self.shared().last_alert()
    }

    /// `gnutls_session_key_update`: new traffic keys (TLS 1.3), sent at once.
    pub fn key_update(&mut self, transport: &mut dyn Transport) -> Result<(), Code> {
        let (conn, shared) = self.parts()?;
        conn.refresh_traffic_keys().map_err(|e| crate::session::code_for(&e))?;
        flush(conn, &mut TlsIo::new(transport), shared)
    }
}

/// `gnutls_est_record_overhead_size`: the most a record can add to its
/// plaintext (header, explicit IV, MAC or tag, padding, TLS 1.3's content
/// type byte) for a protocol, cipher and MAC, by GnuTLS's reckoning; 0 when
/// any id is unknown.
pub fn estimated_overhead(version: i32, cipher: i32, mac: i32) -> usize {
    use crate::algorithms::{cipher as c, mac as m, protocol as p};
    let (Some(v), Some(ci), Some(mi)) = (p::info(version), c::info(cipher), m::info(mac)) else {
        return 0;
    };
    let tls13 = version == p::TLS1_3;
    let mut total = if v.dtls { 13 } else { 5 };
    if tls13 {
        total += 1;
    }
    if mac == m::AEAD {
        if !tls13 {
            total += c::explicit_iv_size(ci);
        }
        total += ci.tag_size;
    } else {
        total += mi.output_len;
    }
    if c::is_block_type(ci) {
        // An explicit IV and up to a block of padding (the IV is a block).
        total += 2 * c::explicit_iv_size(ci);
    }
    total
}

enum ReadOutcome {
    Data(usize),
    Closed,
    Truncated,
    NeedMore,
}

fn read_plaintext(conn: &mut rustls::Connection, buf: &mut [u8]) -> ReadOutcome {
    match conn.reader().read(buf) {
        Ok(0) if !buf.is_empty() => ReadOutcome::Closed,
        Ok(n) => ReadOutcome::Data(n),
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => ReadOutcome::NeedMore,
        Err(_) => ReadOutcome::Truncated,
    }
}

/// A transport that takes nothing: alerts rustls queues in `feed_tls` stay queued
/// for the next call that has the real transport.
struct NullTransport;

impl Transport for NullTransport {
    fn push(&mut self, _data: &[u8]) -> Result<usize, crate::transport::IoError> {
        Err(crate::transport::IoError::Again)
    }

    fn pull(&mut self, _buf: &mut [u8]) -> Result<usize, crate::transport::IoError> {
        Err(crate::transport::IoError::Again)
    }
}
