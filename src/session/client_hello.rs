//! The ClientHello as it came off the wire, for GnuTLS's handshake hook
//! (which hands the message to the application) and `gnutls_ext_raw_parse`
//! (which walks an extension list for it).
//!
//! rustls's `Acceptor` parses the ClientHello but does not give its bytes
//! out, so a server session keeps a copy of what it fed the Acceptor (the
//! transport's `Capture`) and takes the first handshake message out of
//! those plaintext records ([`first_handshake_message`]). The ServerHello's
//! random and session ID come out of such a copy the same way
//! ([`server_hello`]). Only framing is read here; rustls has already
//! validated the messages themselves.

use crate::errors::{self, Code};

const CONTENT_HANDSHAKE: u8 = 22;
const HANDSHAKE_CLIENT_HELLO: u8 = 1;

/// The handshake bytes of the whole plaintext handshake records at the
/// start of `records` (a stream of TLS records as they crossed the wire);
/// records of other types are passed over, and a record cut short ends it.
fn handshake_stream(records: &[u8]) -> Vec<u8> {
    let mut handshake = Vec::new();
    let mut rest = records;
    while rest.len() >= 5 {
        let len = usize::from(u16::from_be_bytes([rest[3], rest[4]]));
        let Some(body) = rest.get(5..5 + len) else { break };
        if rest[0] == CONTENT_HANDSHAKE {
            handshake.extend_from_slice(body);
        }
        rest = &rest[5 + len..];
    }
    handshake
}

/// The whole handshake messages of a handshake stream, as (type, body).
fn handshake_messages(mut stream: &[u8]) -> impl Iterator<Item = (u8, &[u8])> {
    std::iter::from_fn(move || {
        let header = stream.get(..4)?;
        let len = usize::from(header[1]) << 16 | usize::from(header[2]) << 8 | usize::from(header[3]);
        let body = stream.get(4..4 + len)?;
        let kind = header[0];
        stream = &stream[4 + len..];
        Some((kind, body))
    })
}

/// The body (after the 4-byte handshake header) of the ClientHello at the
/// start of `records`, a stream of plaintext TLS records; `None` if the
/// records do not start with a whole ClientHello.
pub fn first_handshake_message(records: &[u8]) -> Option<Vec<u8>> {
    let stream = handshake_stream(records);
    let first = handshake_messages(&stream).next();
    match first {
        Some((HANDSHAKE_CLIENT_HELLO, body)) => Some(body.to_vec()),
        _ => None,
    }
}

/// What the bytes given to `gnutls_ext_raw_parse` are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawLayout {
    /// An extension list with its 2-byte length.
    Extensions,
    /// A TLS ClientHello body, extensions last.
    TlsClientHello,
    /// A DTLS ClientHello body (with a cookie after the session id).
    DtlsClientHello,
}

/// A cursor over a message; running short is `short`.
struct Cursor<'a> {
    rest: &'a [u8],
    short: Code,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Code> {
        if self.rest.len() < n {
            return Err(self.short);
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }
    fn u8_prefixed(&mut self) -> Result<&'a [u8], Code> {
        let n = self.take(1)?[0];
        self.take(usize::from(n))
    }
    fn u16(&mut self) -> Result<u16, Code> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }
}

/// Walks the extensions in `data` in order, calling `visit(type, body)` for
/// each; stops at the first error `visit` returns. As GnuTLS: no bytes at
/// all is an empty list; the list's length must match what follows it
/// exactly (GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH, as for an extension
/// that overruns it, found only when the walk gets there); a ClientHello
/// cut before its extensions is GNUTLS_E_UNEXPECTED_PACKET_LENGTH, and one
/// with no extensions GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE.
pub fn walk_extensions<'a>(
    data: &'a [u8],
    layout: RawLayout,
    mut visit: impl FnMut(u16, &'a [u8]) -> Result<(), Code>,
) -> Result<(), Code> {
    let mut list = match layout {
        RawLayout::Extensions => data,
        RawLayout::TlsClientHello | RawLayout::DtlsClientHello => {
            let mut hello = Cursor { rest: data, short: errors::GNUTLS_E_UNEXPECTED_PACKET_LENGTH };
            hello.take(2 + 32)?; // legacy version, random
            hello.u8_prefixed()?; // session id
            if layout == RawLayout::DtlsClientHello {
                hello.u8_prefixed()?; // cookie
            }
            let suites = hello.u16()?;
            hello.take(usize::from(suites))?;
            hello.u8_prefixed()?; // compression methods
            if hello.rest.is_empty() {
                return Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE);
            }
            hello.rest
        }
    };
    if list.is_empty() {
        return Ok(());
    }
    let mut cursor = Cursor { rest: list, short: errors::GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH };
    let len = cursor.u16()?;
    if usize::from(len) != cursor.rest.len() {
        return Err(errors::GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH);
    }
    list = cursor.rest;
    let mut exts = Cursor { rest: list, short: errors::GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH };
    while !exts.rest.is_empty() {
        let kind = exts.u16()?;
        let size = exts.u16()?;
        let body = exts.take(usize::from(size))?;
        visit(kind, body)?;
    }
    Ok(())
}

/// Whether a ClientHello body carries the extension `kind` (for instance
/// 5, status_request: the client asks for an OCSP staple).
pub fn offers_extension(hello: &[u8], kind: u16) -> bool {
    let mut found = false;
    let _ = walk_extensions(hello, RawLayout::TlsClientHello, |k, _| {
        found |= k == kind;
        Ok(())
    });
    found
}

/// The highest protocol version a ClientHello body offers, as its wire
/// code (0x0303 is TLS 1.2): the largest entry of its supported_versions
/// extension when present, else its legacy version field. `None` if the
/// body is too short to say.
pub fn highest_offered_version(hello: &[u8]) -> Option<u16> {
    let legacy = u16::from_be_bytes([*hello.first()?, *hello.get(1)?]);
    let mut best: Option<u16> = None;
    let _ = walk_extensions(hello, RawLayout::TlsClientHello, |kind, body| {
        const SUPPORTED_VERSIONS: u16 = 43;
        if kind == SUPPORTED_VERSIONS {
            // A one-byte length, then two-byte versions.
            for v in body.get(1..).unwrap_or_default().chunks_exact(2) {
                let v = u16::from_be_bytes([v[0], v[1]]);
                best = Some(best.map_or(v, |b| b.max(v)));
            }
        }
        Ok(())
    });
    Some(best.unwrap_or(legacy))
}

/// The random and the session ID of the ServerHello in `records`, a
/// stream of TLS records as they crossed the wire (the ServerHello is
/// always plaintext). A HelloRetryRequest is a ServerHello with a fixed
/// random (RFC 8446 4.1.3) and is passed over. `None` until a whole
/// ServerHello has been seen.
pub fn server_hello(records: &[u8]) -> Option<([u8; 32], Vec<u8>)> {
    const SERVER_HELLO: u8 = 2;
    const HELLO_RETRY_RANDOM: [u8; 32] = [
        0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91, 0xc2, 0xa2,
        0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
    ];
    let stream = handshake_stream(records);
    for (kind, body) in handshake_messages(&stream) {
        if kind != SERVER_HELLO {
            continue;
        }
        let random: [u8; 32] = body.get(2..34)?.try_into().ok()?;
        if random != HELLO_RETRY_RANDOM {
            let id_len = usize::from(*body.get(34)?);
            return Some((random, body.get(35..35 + id_len)?.to_vec()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    type Seen = Vec<(u16, Vec<u8>)>;

    fn collect(data: &[u8], layout: RawLayout) -> (Seen, Result<(), Code>) {
        let mut seen = Vec::new();
        let r = walk_extensions(data, layout, |k, b| {
            seen.push((k, b.to_vec()));
            Ok(())
        });
        (seen, r)
    }

    const LIST: &[u8] = &[0, 13, 0, 0, 0, 5, 0, 3, b'a', b'b', b'c', 0, 23, 0, 0];

    fn hello(dtls: bool, ext: &[u8]) -> Vec<u8> {
        let mut h = vec![3, 3];
        h.extend_from_slice(&[7; 32]);
        h.extend_from_slice(&[2, 0xaa, 0xbb]);
        if dtls {
            h.extend_from_slice(&[1, 0xcc]);
        }
        h.extend_from_slice(&[0, 2, 0x13, 0x01, 1, 0]);
        h.extend_from_slice(ext);
        h
    }

    #[test]
    fn server_random_skips_a_retry_request() {
        fn record(ty: u8, body: &[u8]) -> Vec<u8> {
            let mut r = vec![ty, 3, 3];
            r.extend((body.len() as u16).to_be_bytes());
            r.extend(body);
            r
        }
        fn server_hello(random: [u8; 32]) -> Vec<u8> {
            let mut body = vec![3, 3];
            body.extend(random);
            body.extend([0, 0x13, 0x01, 0]);
            let mut m = vec![2, 0, 0, body.len() as u8];
            m.extend(body);
            m
        }
        let mut retry = [0u8; 32];
        retry.copy_from_slice(&[
            0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91, 0xc2, 0xa2,
            0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
        ]);
        let mut wire = record(22, &server_hello(retry));
        wire.extend(record(20, &[1]));
        assert_eq!(super::server_hello(&wire), None);
        let hello = server_hello([7; 32]);
        // Split over two records, the second cut short at first.
        wire.extend(record(22, &hello[..10]));
        let whole = [wire.clone(), record(22, &hello[10..])].concat();
        wire.extend(&record(22, &hello[10..])[..8]);
        assert_eq!(super::server_hello(&wire), None);
        assert_eq!(super::server_hello(&whole), Some(([7; 32], Vec::new())));
    }

    #[test]
    fn highest_version_from_the_extension_or_the_legacy_field() {
        // legacy 3.2, random, no session id, one suite, null compression
        let mut hello = vec![3, 2];
        hello.extend([0; 32]);
        hello.extend([0, 0, 2, 0, 0x2f, 1, 0]);
        assert_eq!(highest_offered_version(&hello), Some(0x0302));
        // supported_versions: 3.4 and 3.3
        hello.extend([0, 9, 0, 43, 0, 5, 4, 3, 4, 3, 3]);
        assert_eq!(highest_offered_version(&hello), Some(0x0304));
        assert!(offers_extension(&hello, 43));
        assert!(!offers_extension(&hello, 5));
        assert_eq!(highest_offered_version(&[3]), None);
    }

    #[test]
    fn walks_a_list_in_order() {
        let (seen, r) = collect(LIST, RawLayout::Extensions);
        assert_eq!(r, Ok(()));
        assert_eq!(seen, vec![(0, b"\0\x03abc".to_vec()), (23, vec![])]);
    }

    #[test]
    fn list_length_must_match() {
        let mut longer = LIST.to_vec();
        longer.push(0);
        assert_eq!(collect(&longer, RawLayout::Extensions).1, Err(errors::GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH));
        assert_eq!(collect(&LIST[..10], RawLayout::Extensions).1, Err(errors::GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH));
        assert_eq!(collect(&[0], RawLayout::Extensions).1, Err(errors::GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH));
        assert_eq!(collect(&[], RawLayout::Extensions), (vec![], Ok(())));
    }

    #[test]
    fn a_short_extension_fails_after_the_ones_before() {
        // declared 14: the two extensions, then one stray byte
        let mut list = vec![0, 14];
        list.extend_from_slice(&LIST[2..]);
        list.push(0);
        let (seen, r) = collect(&list, RawLayout::Extensions);
        assert_eq!(seen.len(), 2);
        assert_eq!(r, Err(errors::GNUTLS_E_UNEXPECTED_EXTENSIONS_LENGTH));
    }

    #[test]
    fn the_visitor_stops_the_walk() {
        let mut n = 0;
        let r = walk_extensions(LIST, RawLayout::Extensions, |_, _| {
            n += 1;
            Err(errors::GNUTLS_E_USER_ERROR)
        });
        assert_eq!((n, r), (1, Err(errors::GNUTLS_E_USER_ERROR)));
    }

    #[test]
    fn client_hellos() {
        let (seen, r) = collect(&hello(false, LIST), RawLayout::TlsClientHello);
        assert_eq!((seen.len(), r), (2, Ok(())));
        let (seen, r) = collect(&hello(true, LIST), RawLayout::DtlsClientHello);
        assert_eq!((seen.len(), r), (2, Ok(())));
        assert_eq!(collect(&hello(false, &[]), RawLayout::TlsClientHello).1, Err(errors::GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE));
        assert_eq!(collect(&hello(false, LIST)[..40], RawLayout::TlsClientHello).1, Err(errors::GNUTLS_E_UNEXPECTED_PACKET_LENGTH));
    }

    #[test]
    fn takes_the_hello_out_of_records() {
        let body = hello(false, LIST);
        let mut msg = vec![1, 0, 0, body.len() as u8];
        msg.extend_from_slice(&body);
        // split over two records
        let (a, b) = msg.split_at(10);
        let mut records = vec![22, 3, 1, 0, a.len() as u8];
        records.extend_from_slice(a);
        records.extend_from_slice(&[22, 3, 3, 0, b.len() as u8]);
        records.extend_from_slice(b);
        assert_eq!(first_handshake_message(&records), Some(body.clone()));
        assert_eq!(first_handshake_message(&records[..records.len() - 1]), None);
        records[0] = 21;
        assert_eq!(first_handshake_message(&records), None);
    }
}
