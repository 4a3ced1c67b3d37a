//! The priority-string grammar of GnuTLS 3.7.9: tokens separated by ':',
//! a leading level keyword or NONE, then +/-/! algorithm items, further
//! levels and %OPTIONS. Produces the raw lists before `finalize` applies the
//! consistency rules.

use super::ids::*;
use super::tables::{self, Level};
use super::{names, Flags, Renegotiation};

/// GnuTLS keeps at most this many tokens and this many entries per list.
pub const MAX_ELEMENTS: usize = 128;

/// The lists as the string builds them, before consistency checks.
#[derive(Debug, Clone, Default)]
pub struct RawLists {
    pub protocols: Vec<u32>,
    pub ciphers: Vec<u32>,
    pub macs: Vec<u32>,
    pub kx: Vec<u32>,
    pub signs: Vec<u32>,
    pub groups: Vec<u32>,
    pub client_ctypes: Vec<u32>,
    pub server_ctypes: Vec<u32>,
}

/// A failed parse: the index of the offending token (None = whole string).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadToken(pub usize);

/// Splits like GnuTLS: on ':', skipping spaces (only ' ') after each ':'.
/// Tokens past the 128th are dropped, as GnuTLS does.
pub fn split_tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        match rest.find(':') {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i + 1..].trim_start_matches(' ');
                if out.len() >= MAX_ELEMENTS {
                    break;
                }
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Byte offset GnuTLS reports for token `index`: the token lengths plus one
/// separator each, *not* counting the spaces it skipped after separators.
pub fn token_offset(tokens: &[&str], index: usize) -> usize {
    tokens[..index].iter().map(|t| t.len() + 1).sum()
}

fn set(list: &mut Vec<u32>, items: &[u32]) {
    list.clear();
    list.extend(items.iter().take(MAX_ELEMENTS));
}

/// Appends the items not already in the list as it was before the call.
fn add_all(list: &mut Vec<u32>, items: &[u32]) {
    let before = list.len();
    for &it in items {
        if list.len() >= MAX_ELEMENTS {
            return;
        }
        if !list[..before].contains(&it) {
            list.push(it);
        }
    }
}

fn add_one(list: &mut Vec<u32>, item: u32) {
    if list.len() < MAX_ELEMENTS && !list.contains(&item) {
        list.push(item);
    }
}

fn remove_one(list: &mut Vec<u32>, item: u32) {
    if let Some(i) = list.iter().position(|&x| x == item) {
        list.remove(i);
    }
}

fn remove_all(list: &mut Vec<u32>, items: &[u32]) {
    for &it in items {
        remove_one(list, it);
    }
}

/// Case-insensitive ASCII prefix test; returns the remainder on a match.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Parser state: the lists and flags being built.
pub struct Builder {
    pub lists: RawLists,
    pub flags: Flags,
    keyword_set: bool,
}

impl Builder {
    fn apply_level(&mut self, level: &Level, add: bool) {
        let f = if add { add_all } else { set };
        let l = &mut self.lists;
        if let Some(p) = level.protocols {
            f(&mut l.protocols, p);
        }
        f(&mut l.ciphers, level.ciphers);
        f(&mut l.kx, level.kx);
        f(&mut l.macs, level.macs);
        f(&mut l.signs, level.signs);
        f(&mut l.groups, level.groups);
        if level.profile != 0 {
            let current = self.flags.verify_flags >> 24;
            if current == 0 || current > level.profile {
                self.flags.verify_flags =
                    (self.flags.verify_flags & !VFLAGS_PROFILE_MASK) | (level.profile << 24);
            }
        }
        if self.flags.sec_param == 0 || self.flags.sec_param > level.sec_param {
            self.flags.sec_param = level.sec_param;
        }
        // Each level overwrites the ticket switches, as GnuTLS does.
        self.flags.no_tickets = false;
        self.flags.no_tickets_tls12 = level.no_tickets_tls12;
    }

    fn enable_profile(&mut self, profile: u32) {
        self.flags.verify_flags = (self.flags.verify_flags & 0x00ff_ffff) | (profile << 24);
        self.flags.sec_param = profile_to_sec_param(profile);
    }

    /// Applies one %OPTION; false if the word is unknown (case-sensitive).
    fn option(&mut self, word: &str) -> bool {
        let f = &mut self.flags;
        match word {
            "COMPAT" => {
                f.compat = true;
                f.allow_small_records = true;
                f.no_etm = true;
                f.no_session_hash = true;
                f.dumbfw = true;
            }
            "DUMBFW" => f.dumbfw = true,
            "NO_EXTENSIONS" => f.no_extensions = true,
            "NO_TICKETS" => f.no_tickets = true,
            "NO_TICKETS_TLS12" => f.no_tickets_tls12 = true,
            "NO_ETM" => f.no_etm = true,
            "FORCE_ETM" => f.force_etm = true,
            "NO_SESSION_HASH" => f.no_session_hash = true,
            "STATELESS_COMPRESSION" | "VERIFY_ALLOW_X509_V1_CA_CRT" | "NEW_PADDING" => {}
            "VERIFY_ALLOW_BROKEN" => {
                f.verify_flags |= VERIFY_ALLOW_SIGN_RSA_MD2 | VERIFY_ALLOW_SIGN_RSA_MD5
            }
            "VERIFY_ALLOW_SIGN_RSA_MD5" => f.verify_flags |= VERIFY_ALLOW_SIGN_RSA_MD5,
            "VERIFY_ALLOW_SIGN_WITH_SHA1" => f.verify_flags |= VERIFY_ALLOW_SIGN_WITH_SHA1,
            "VERIFY_DISABLE_CRL_CHECKS" => f.verify_flags |= VERIFY_DISABLE_CRL_CHECKS,
            "DISABLE_WILDCARDS" => f.verify_flags |= VERIFY_DO_NOT_ALLOW_WILDCARDS,
            "SSL3_RECORD_VERSION" => f.ssl3_record_version = true,
            "LATEST_RECORD_VERSION" => f.ssl3_record_version = false,
            "UNSAFE_RENEGOTIATION" => f.renegotiation = Renegotiation::Unsafe,
            "SAFE_RENEGOTIATION" => f.renegotiation = Renegotiation::Safe,
            "PARTIAL_RENEGOTIATION" => f.renegotiation = Renegotiation::Partial,
            "DISABLE_SAFE_RENEGOTIATION" => f.renegotiation = Renegotiation::Disabled,
            "FALLBACK_SCSV" => f.fallback_scsv = true,
            "SERVER_PRECEDENCE" => f.server_precedence = true,
            "DEBUG_ALLOW_KEY_USAGE_VIOLATIONS" => f.allow_server_key_usage_violation = true,
            "ALLOW_SMALL_RECORDS" => f.allow_small_records = true,
            "DISABLE_TLS13_COMPAT_MODE" => f.tls13_compat_mode = false,
            "PROFILE_VERY_WEAK" => self.enable_profile(PROFILE_VERY_WEAK),
            "PROFILE_LOW" => self.enable_profile(PROFILE_LOW),
            "PROFILE_LEGACY" => self.enable_profile(PROFILE_LEGACY),
            "PROFILE_MEDIUM" => self.enable_profile(PROFILE_MEDIUM),
            "PROFILE_HIGH" => self.enable_profile(PROFILE_HIGH),
            "PROFILE_ULTRA" => self.enable_profile(PROFILE_ULTRA),
            "PROFILE_FUTURE" => self.enable_profile(PROFILE_FUTURE),
            // GnuTLS 3.7.9 maps both Suite B options to the 128-bit profile.
            "PROFILE_SUITEB128" | "PROFILE_SUITEB192" => self.enable_profile(PROFILE_SUITEB128),
            _ => return false,
        }
        true
    }

    /// One "+ITEM", "-ITEM" or "!ITEM" token (sign already stripped).
    fn item(&mut self, adding: bool, item: &str) -> bool {
        if adding {
            if let Some(level) = tables::level(item) {
                self.apply_level(level, true);
                return true;
            }
        }
        let one: fn(&mut Vec<u32>, u32) = if adding { add_one } else { remove_one };
        // "-X-ALL" empties the list; "+X-ALL" appends the set.
        let bulk: fn(&mut Vec<u32>, &[u32]) = if adding { add_all } else { |l, _| l.clear() };
        // Some sets are removed member by member instead of cleared.
        let given: fn(&mut Vec<u32>, &[u32]) = if adding { add_all } else { remove_all };
        let l = &mut self.lists;

        if let Some(id) = names::mac(item) {
            one(&mut l.macs, id);
        } else if let Some((id, usable)) = names::cipher(item) {
            if usable {
                one(&mut l.ciphers, id);
            }
        } else if let Some(kx) = names::kx(item) {
            if let Some(id) = kx {
                one(&mut l.kx, id);
            }
        } else if strip_prefix_ci(item, "VERS-").is_some() {
            if strip_prefix_ci(item, "VERS-TLS-ALL").is_some() {
                given(&mut l.protocols, tables::PROTOCOLS_TLS);
            } else if strip_prefix_ci(item, "VERS-DTLS-ALL").is_some() {
                let set = if adding {
                    tables::PROTOCOLS_DTLS_ADD
                } else {
                    tables::PROTOCOLS_DTLS_REMOVE
                };
                given(&mut l.protocols, set);
            } else if strip_prefix_ci(item, "VERS-ALL").is_some() {
                bulk(&mut l.protocols, tables::PROTOCOLS_ALL);
            } else {
                match names::protocol(&item[5..]) {
                    Some(id) => one(&mut l.protocols, id),
                    None => return false,
                }
            }
        } else if strip_prefix_ci(item, "COMP-").is_some() {
            // Compression is gone; every COMP- item is accepted and ignored.
        } else if let Some(rest) = strip_prefix_ci(item, "CURVE-") {
            if strip_prefix_ci(item, "CURVE-ALL").is_some() {
                bulk(&mut l.groups, tables::GROUPS_NORMAL);
            } else {
                match names::curve(rest) {
                    Some(id) => one(&mut l.groups, id),
                    None => return false,
                }
            }
        } else if let Some(rest) = strip_prefix_ci(item, "GROUP-") {
            if strip_prefix_ci(item, "GROUP-ALL").is_some() {
                bulk(&mut l.groups, tables::GROUPS_NORMAL);
            } else if strip_prefix_ci(item, "GROUP-DH-ALL").is_some() {
                given(&mut l.groups, tables::GROUPS_DH);
            } else if strip_prefix_ci(item, "GROUP-EC-ALL").is_some() {
                given(&mut l.groups, tables::GROUPS_EC);
            } else if strip_prefix_ci(item, "GROUP-GOST-ALL").is_some() {
                given(&mut l.groups, tables::GROUPS_GOST);
            } else {
                match names::group(rest) {
                    Some(id) => one(&mut l.groups, id),
                    None => return false,
                }
            }
        } else if let Some(rest) = strip_prefix_ci(item, "CTYPE-") {
            if strip_prefix_ci(item, "CTYPE-ALL").is_some() {
                bulk(&mut l.client_ctypes, tables::CTYPES_ALL);
                bulk(&mut l.server_ctypes, tables::CTYPES_ALL);
            } else if let Some(cli) = strip_prefix_ci(item, "CTYPE-CLI-") {
                if strip_prefix_ci(item, "CTYPE-CLI-ALL").is_some() {
                    bulk(&mut l.client_ctypes, tables::CTYPES_ALL);
                } else {
                    match names::cert_type(cli) {
                        Some(id) => one(&mut l.client_ctypes, id),
                        None => return false,
                    }
                }
            } else if let Some(srv) = strip_prefix_ci(item, "CTYPE-SRV-") {
                if strip_prefix_ci(item, "CTYPE-SRV-ALL").is_some() {
                    bulk(&mut l.server_ctypes, tables::CTYPES_ALL);
                } else {
                    match names::cert_type(srv) {
                        Some(id) => one(&mut l.server_ctypes, id),
                        None => return false,
                    }
                }
            } else if let Some(id) = names::cert_type(rest) {
                one(&mut l.client_ctypes, id);
                one(&mut l.server_ctypes, id);
            } else if strip_prefix_ci(item, "CTYPE-OPENPGP").is_none() {
                return false; // OpenPGP is a legacy no-op; anything else is an error
            }
        } else if let Some(rest) = strip_prefix_ci(item, "SIGN-") {
            if strip_prefix_ci(item, "SIGN-ALL").is_some() {
                bulk(&mut l.signs, tables::SIGNS_DEFAULT);
            } else if strip_prefix_ci(item, "SIGN-GOST-ALL").is_some() {
                bulk(&mut l.signs, tables::SIGNS_GOST);
            } else {
                match names::sign(rest) {
                    Some(id) => one(&mut l.signs, id),
                    None => return false,
                }
            }
        } else if strip_prefix_ci(item, "MAC-").is_some() {
            // Unknown MAC-xxx words are silently ignored by GnuTLS.
            if strip_prefix_ci(item, "MAC-ALL").is_some() {
                bulk(&mut l.macs, tables::MACS_NORMAL);
            } else if strip_prefix_ci(item, "MAC-GOST-ALL").is_some() {
                bulk(&mut l.macs, tables::MACS_GOST);
            }
        } else if strip_prefix_ci(item, "CIPHER-").is_some() {
            if strip_prefix_ci(item, "CIPHER-ALL").is_some() {
                bulk(&mut l.ciphers, tables::CIPHERS_NORMAL);
            } else if strip_prefix_ci(item, "CIPHER-GOST-ALL").is_some() {
                bulk(&mut l.ciphers, tables::CIPHERS_GOST);
            }
        } else if strip_prefix_ci(item, "KX-").is_some() {
            if strip_prefix_ci(item, "KX-ALL").is_some() {
                bulk(&mut l.kx, tables::KX_SECURE);
            } else if strip_prefix_ci(item, "KX-GOST-ALL").is_some() {
                bulk(&mut l.kx, tables::KX_GOST);
            }
        } else if strip_prefix_ci(item, "GOST").is_some() {
            given(&mut l.groups, tables::GROUPS_GOST);
            bulk(&mut l.signs, tables::SIGNS_GOST);
            bulk(&mut l.macs, tables::MACS_GOST);
            bulk(&mut l.ciphers, tables::CIPHERS_GOST);
            bulk(&mut l.kx, tables::KX_GOST);
        } else {
            return false;
        }
        true
    }
}

/// Runs the grammar over already-split tokens.
pub fn parse_tokens(tokens: &[&str]) -> Result<Builder, BadToken> {
    let mut b = Builder {
        lists: RawLists::default(),
        flags: Flags::default(),
        keyword_set: false,
    };
    let first_is_none = tokens
        .first()
        .is_some_and(|t| t.eq_ignore_ascii_case("NONE"));
    let start = if first_is_none {
        b.keyword_set = true;
        1
    } else {
        let l = &mut b.lists;
        set(&mut l.protocols, tables::PROTOCOLS_ALL);
        set(&mut l.client_ctypes, tables::CTYPES_DEFAULT);
        set(&mut l.server_ctypes, tables::CTYPES_DEFAULT);
        set(&mut l.signs, tables::SIGNS_DEFAULT);
        set(&mut l.groups, tables::GROUPS_NORMAL);
        0
    };

    for (i, tok) in tokens.iter().enumerate().skip(start) {
        if let Some(level) = tables::level(tok) {
            let add = b.keyword_set;
            b.apply_level(level, add);
            b.keyword_set = true;
            continue;
        }
        let ok = match tok.as_bytes().first() {
            Some(b'+') => b.item(true, &tok[1..]),
            Some(b'-') | Some(b'!') => b.item(false, &tok[1..]),
            Some(b'%') => b.option(&tok[1..]),
            _ => false,
        };
        if !ok {
            return Err(BadToken(i));
        }
    }
    Ok(b)
}
