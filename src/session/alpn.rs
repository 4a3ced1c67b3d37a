//! ALPN with GnuTLS's rules, decided by the server before rustls sees the config.
//!
//! rustls's server picks by its own preference and fails when nothing matches.
//! GnuTLS picks by the client's preference unless `GNUTLS_ALPN_SERVER_PRECEDENCE`,
//! and only fails (no_application_protocol) with `GNUTLS_ALPN_MANDATORY`.

/// `GNUTLS_ALPN_MANDATORY`.
pub const ALPN_MANDATORY: u32 = 1;
/// `GNUTLS_ALPN_SERVER_PRECEDENCE`.
pub const ALPN_SERVER_PRECEDENCE: u32 = 2;

/// The protocol list to hand rustls's `ServerConfig::alpn_protocols` for one connection.
///
/// - a match: just that protocol, so rustls selects exactly it;
/// - no match and mandatory: our full list, so rustls refuses with no_application_protocol;
/// - no match otherwise, or the client sent no ALPN: nothing, the handshake goes on without ALPN.
pub fn server_protocols(ours: &[Vec<u8>], client: Option<&[Vec<u8>]>, flags: u32) -> Vec<Vec<u8>> {
    let Some(client) = client else {
        return Vec::new();
    };
    if ours.is_empty() {
        return Vec::new();
    }
    let chosen = if flags & ALPN_SERVER_PRECEDENCE != 0 {
        ours.iter().find(|p| client.contains(p))
    } else {
        client.iter().find(|p| ours.contains(p))
    };
    match chosen {
        Some(p) => vec![p.clone()],
        None if flags & ALPN_MANDATORY != 0 => ours.to_vec(),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(list: &[&str]) -> Vec<Vec<u8>> {
        list.iter().map(|s| s.as_bytes().to_vec()).collect()
    }

    #[test]
    fn client_order_wins_by_default() {
        let got = server_protocols(&v(&["http/1.1", "h2"]), Some(&v(&["h2", "http/1.1"])), 0);
        assert_eq!(got, v(&["h2"]));
    }

    #[test]
    fn server_order_wins_with_precedence() {
        let got = server_protocols(&v(&["http/1.1", "h2"]), Some(&v(&["h2", "http/1.1"])), ALPN_SERVER_PRECEDENCE);
        assert_eq!(got, v(&["http/1.1"]));
    }

    #[test]
    fn no_overlap_is_ignored_unless_mandatory() {
        let ours = v(&["h2"]);
        let theirs = v(&["spdy/3"]);
        assert!(server_protocols(&ours, Some(&theirs), 0).is_empty());
        assert_eq!(server_protocols(&ours, Some(&theirs), ALPN_MANDATORY), ours);
        assert!(server_protocols(&ours, None, ALPN_MANDATORY).is_empty());
    }
}
