//! TLS 1.3 early data (0-RTT) on a [`Session`].
//!
//! Client: data given before the handshake (`Settings::early_data`) is
//! written by the engine right after the ClientHello when the resumed
//! ticket allows it. Server: rustls keeps accepted early data until read.
//! rustls accepts early data only on stateful resumption, so the C layer
//! stores TLS 1.3 tickets server-side when early data is enabled.

use std::io::Read;

use rustls::Connection;

use crate::errors::{self, Code};
use crate::session::Session;

impl Session {
    /// Client: the server accepted our early data.
    pub fn early_data_accepted(&self) -> bool {
        match self.conn() {
            Some(Connection::Client(c)) => c.is_early_data_accepted(),
            _ => false,
        }
    }

    /// Server: the client's early data was accepted.
    pub fn early_data_received(&mut self) -> bool {
        match self.conn_mut() {
            Ok(Connection::Server(s)) => s.early_data().is_some(),
            _ => false,
        }
    }

    /// Server: `gnutls_record_recv_early_data`. `GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE`
    /// when none was accepted or all was read.
    pub fn recv_early_data(&mut self, buf: &mut [u8]) -> Result<usize, Code> {
        let Ok(Connection::Server(server)) = self.conn_mut() else {
            return Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
        };
        let Some(mut early) = server.early_data() else {
            return Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
        };
        match early.read(buf) {
            Ok(0) if !buf.is_empty() => Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE),
            Ok(n) => Ok(n),
            Err(_) => Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE),
        }
    }

    /// Client: TLS 1.3 tickets received on this connection.
    pub fn tls13_tickets_received(&self) -> u32 {
        match self.conn() {
            Some(Connection::Client(c)) => c.tls13_tickets_received(),
            _ => 0,
        }
    }

    /// Client, TLS 1.3: waits up to `timeout_ms` for the server's ticket when
    /// none has arrived yet (as GnuTLS's `gnutls_session_get_data2` does).
    /// Application data read meanwhile stays buffered for `recv`.
    pub fn wait_for_ticket(&mut self, transport: &mut dyn crate::transport::Transport, timeout_ms: u32) {
        let Some(Connection::Client(c)) = self.conn() else { return };
        if c.is_handshaking() || c.tls13_tickets_received() > 0 || c.protocol_version() != Some(rustls::ProtocolVersion::TLSv1_3) {
            return;
        }
        // Reads stop at record boundaries, so a ticket takes at least two
        // reads (header, then body): keep reading until it is in or the
        // time is up.
        let deadline = std::time::Instant::now() + std::time::Duration::from_millis(u64::from(timeout_ms));
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return;
            }
            match self.pull_once(transport, left.as_millis().max(1) as u32) {
                Ok(n) if n > 0 => {}
                _ => return,
            }
            if let Some(Connection::Client(c)) = self.conn() {
                if c.tls13_tickets_received() > 0 {
                    return;
                }
            }
        }
    }
}

impl Session {
    /// One transport read (waiting at most `timeout_ms`) handed to rustls;
    /// the number of bytes read (0 on timeout or end of stream).
    fn pull_once(&mut self, transport: &mut dyn crate::transport::Transport, timeout_ms: u32) -> Result<usize, Code> {
        let (conn, shared) = self.parts()?;
        let mut io = crate::transport::TlsIo::new(transport);
        let n = crate::session::pull(conn, &mut io, shared, Some(timeout_ms), None)?;
        if n == 0 {
            return Ok(0);
        }
        match crate::session::process(conn, &mut io, shared) {
            Ok(_) => Ok(n),
            Err(code) => Err(self.fail(code)),
        }
    }
}
