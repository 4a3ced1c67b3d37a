//! `gnutls_protocol_t`: TLS and DTLS versions.

/// One protocol version of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProtocolInfo {
    pub id: i32,
    /// Name as `gnutls_protocol_get_name` returns it.
    pub name: &'static str,
    /// Wire version (major << 8 | minor).
    pub codepoint: u16,
    pub dtls: bool,
    pub implemented: bool,
}

pub const SSL3: i32 = 1;
pub const TLS1_0: i32 = 2;
pub const TLS1_1: i32 = 3;
pub const TLS1_2: i32 = 4;
pub const TLS1_3: i32 = 5;
pub const DTLS0_9: i32 = 200;
pub const DTLS1_0: i32 = 201;
pub const DTLS1_2: i32 = 202;
/// `GNUTLS_VERSION_UNKNOWN`, which `gnutls_protocol_get_id` returns for unknown names.
pub const VERSION_UNKNOWN: i32 = 0xff;

const fn v(
    id: i32,
    name: &'static str,
    codepoint: u16,
    dtls: bool,
    implemented: bool,
) -> ProtocolInfo {
    ProtocolInfo {
        id,
        name,
        codepoint,
        dtls,
        implemented,
    }
}

/// In the order of GnuTLS's `gnutls_protocol_list()`; SSL 3.0 is named but not listed.
#[rustfmt::skip]
pub static PROTOCOLS: &[ProtocolInfo] = &[
    v(TLS1_0, "TLS1.0", 0x0301, false, false),
    v(TLS1_1, "TLS1.1", 0x0302, false, false),
    v(TLS1_2, "TLS1.2", 0x0303, false, true),
    v(TLS1_3, "TLS1.3", 0x0304, false, true),
    // DTLS 0.9 is the pre-standard OpenSSL version 1.0 on the wire.
    v(DTLS0_9, "DTLS0.9", 0x0100, true, false),
    v(DTLS1_0, "DTLS1.0", 0xfeff, true, false),
    v(DTLS1_2, "DTLS1.2", 0xfefd, true, false),
    v(SSL3, "SSL3.0", 0x0300, false, false),
];

pub fn info(id: i32) -> Option<&'static ProtocolInfo> {
    PROTOCOLS.iter().find(|e| e.id == id)
}

/// Case-insensitive name lookup over the whole table.
pub fn by_name(name: &str) -> Option<&'static ProtocolInfo> {
    PROTOCOLS.iter().find(|e| super::name_eq(e.name, name))
}

pub fn by_codepoint(codepoint: u16) -> Option<&'static ProtocolInfo> {
    PROTOCOLS.iter().find(|e| e.codepoint == codepoint)
}

pub fn implemented() -> impl Iterator<Item = &'static ProtocolInfo> {
    PROTOCOLS.iter().filter(|e| e.implemented)
}
