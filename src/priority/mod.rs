//! GnuTLS priority strings ("NORMAL:-VERS-TLS1.0:%SERVER_PRECEDENCE", ...).
//!
//! [`Priority::init2`] parses a string with GnuTLS 3.7.9's exact grammar and
//! error positions, producing an immutable, cheaply cloned [`Priority`]. It
//! keeps two views:
//!
//! * the **GnuTLS view** ([`Priority::gnutls_view`]): the lists the real
//!   library would report, used to decide accept/reject like GnuTLS does;
//! * the **engine view** (the query methods such as
//!   [`Priority::protocol_list`]): the same lists restricted to what rgnutls
//!   can negotiate on rustls + ring (TLS 1.2/1.3, AES-GCM and ChaCha20
//!   suites, ECDHE, X25519/P-256/P-384).
//!
//! Like GnuTLS, a string whose GnuTLS view has nothing negotiable fails at
//! init with `GNUTLS_E_NO_PRIORITIES_WERE_SET`; one that is valid for GnuTLS
//! but leaves the engine view empty is accepted, and
//! [`Priority::check_negotiable`] (to be called by gnutls_priority_set)
//! reports `GNUTLS_E_NO_PRIORITIES_WERE_SET` — GnuTLS does the same in
//! gnutls_priority_set for strings like `NONE:+VERS-TLS1.3:+AES-256-GCM:+AEAD:+SIGN-ALL`.

mod engine;
mod finalize;
pub mod ids;
mod names;
mod parse;
pub mod suites;
pub mod system;
mod tables;

use crate::errors::{
    Code, GNUTLS_E_INVALID_REQUEST, GNUTLS_E_NO_PRIORITIES_WERE_SET,
    GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
};
use std::sync::Arc;
pub use suites::{CipherSuite, CIPHER_SUITES};
pub use system::SystemConfig;

/// Safe-renegotiation mode (the %..._RENEGOTIATION options).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Renegotiation {
    Safe,
    Unsafe,
    /// GnuTLS's default.
    #[default]
    Partial,
    Disabled,
}

/// Everything the %OPTIONS and levels switch, besides algorithm lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flags {
    pub server_precedence: bool,
    pub no_tickets: bool,
    pub no_tickets_tls12: bool,
    pub no_extensions: bool,
    /// %NO_SESSION_HASH: no extended master secret.
    pub no_session_hash: bool,
    pub no_etm: bool,
    pub force_etm: bool,
    pub dumbfw: bool,
    pub allow_small_records: bool,
    /// %COMPAT was given (also sets several of the flags above).
    pub compat: bool,
    pub renegotiation: Renegotiation,
    pub fallback_scsv: bool,
    /// Send SSL 3.0 as record version in the ClientHello (GnuTLS default: true).
    pub ssl3_record_version: bool,
    /// TLS 1.3 middlebox compatibility mode (default: true).
    pub tls13_compat_mode: bool,
    pub allow_server_key_usage_violation: bool,
    /// Extra certificate-verification flags (GNUTLS_VERIFY_*), with the
    /// verification profile in the top byte (GNUTLS_PROFILE_TO_VFLAGS).
    pub verify_flags: u32,
    /// Security parameter (gnutls_sec_param_t) for DH parameter sizes.
    pub sec_param: u32,
}

impl Default for Flags {
    fn default() -> Self {
        Flags {
            server_precedence: false,
            no_tickets: false,
            no_tickets_tls12: false,
            no_extensions: false,
            no_session_hash: false,
            no_etm: false,
            force_etm: false,
            dumbfw: false,
            allow_small_records: false,
            compat: false,
            renegotiation: Renegotiation::Partial,
            fallback_scsv: false,
            ssl3_record_version: true,
            tls13_compat_mode: true,
            allow_server_key_usage_violation: false,
            verify_flags: 0,
            sec_param: 0,
        }
    }
}

impl Flags {
    /// The verification profile (gnutls_certificate_verification_profiles_t), 0 if none.
    pub fn verification_profile(&self) -> u32 {
        self.verify_flags >> 24
    }
}

/// Ordered lists of GnuTLS numeric ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lists {
    pub protocols: Vec<u32>,
    pub ciphers: Vec<u32>,
    pub macs: Vec<u32>,
    pub kx: Vec<u32>,
    /// Groups (curves and FFDHE), gnutls_group_t ids.
    pub groups: Vec<u32>,
    pub signs: Vec<u32>,
    pub client_ctypes: Vec<u32>,
    pub server_ctypes: Vec<u32>,
}

impl From<parse::RawLists> for Lists {
    fn from(r: parse::RawLists) -> Self {
        Lists {
            protocols: r.protocols,
            ciphers: r.ciphers,
            macs: r.macs,
            kx: r.kx,
            groups: r.groups,
            signs: r.signs,
            client_ctypes: r.client_ctypes,
            server_ctypes: r.server_ctypes,
        }
    }
}

/// A rejected priority string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PriorityError {
    /// GNUTLS_E_INVALID_REQUEST (syntax) or GNUTLS_E_NO_PRIORITIES_WERE_SET.
    pub code: Code,
    /// Byte offset into the caller's string that GnuTLS would report via
    /// err_pos; None when the caller passed no string.
    pub err_pos: Option<usize>,
}

/// Which certificate-type list (gnutls_ctype_target_t).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertTypeTarget {
    Client,
    Server,
}

#[derive(Debug)]
struct Inner {
    gnutls: Lists,
    gnutls_suites: Vec<usize>,
    engine: Lists,
    engine_suites: Vec<usize>,
    flags: Flags,
}

/// A parsed priority string. Clones share one allocation.
#[derive(Debug, Clone)]
pub struct Priority(Arc<Inner>);

/// gnutls_priority_string_list flag values.
pub const PRIORITY_LIST_INIT_KEYWORDS: u32 = 1;
pub const PRIORITY_LIST_SPECIAL: u32 = 2;

impl Priority {
    /// gnutls_priority_init: parse `s` (None = the default priorities).
    pub fn new(s: Option<&str>) -> Result<Priority, PriorityError> {
        Self::init2(s, false)
    }

    /// gnutls_priority_init2; `append_default` is GNUTLS_PRIORITY_INIT_DEF_APPEND.
    pub fn init2(s: Option<&str>, append_default: bool) -> Result<Priority, PriorityError> {
        Self::init_with_config(s, append_default, &SystemConfig::load())
    }

    /// As [`Priority::init2`], with an explicit system configuration.
    pub fn init_with_config(
        s: Option<&str>,
        append_default: bool,
        cfg: &SystemConfig,
    ) -> Result<Priority, PriorityError> {
        if !append_default {
            return Self::init_inner(s, cfg);
        }
        let Some(s) = s else {
            return Err(PriorityError {
                code: GNUTLS_E_INVALID_REQUEST,
                err_pos: None,
            });
        };
        let head = cfg.default_priority();
        let joined = format!("{head}:{s}");
        Self::init_inner(Some(&joined), cfg).map_err(|e| {
            // Positions inside the appended part are made relative to it;
            // anything else points at the start, as GnuTLS does.
            let hlen = head.len() + 1;
            let pos = match e.err_pos {
                Some(p) if p > hlen => p - hlen,
                _ => 0,
            };
            PriorityError {
                code: e.code,
                err_pos: Some(pos),
            }
        })
    }

    fn init_inner(s: Option<&str>, cfg: &SystemConfig) -> Result<Priority, PriorityError> {
        let (text, exact) = match s {
            Some(t) => (t, true),
            None => (cfg.default_priority(), false),
        };
        let fail = |code, pos: usize| PriorityError {
            code,
            err_pos: s.map(|_| pos),
        };
        let Some(resolved) = system::resolve(text, cfg) else {
            return Err(fail(GNUTLS_E_INVALID_REQUEST, 0));
        };
        // Positions are only meaningful if the string was used as given.
        let exact = exact && resolved == text;
        let tokens = parse::split_tokens(&resolved);
        let builder = parse::parse_tokens(&tokens).map_err(|parse::BadToken(i)| {
            let pos = if exact {
                parse::token_offset(&tokens, i)
            } else {
                0
            };
            fail(GNUTLS_E_INVALID_REQUEST, pos)
        })?;
        let flags = builder.flags;
        let done = finalize::finalize(builder.lists, &flags, cfg).map_err(|code| fail(code, 0))?;
        let gnutls: Lists = done.lists.into();
        let (engine, engine_suites) = engine::restrict(&gnutls, &done.suites);
        Ok(Priority(Arc::new(Inner {
            gnutls,
            gnutls_suites: done.suites,
            engine,
            engine_suites,
            flags,
        })))
    }

    /// The lists exactly as GnuTLS 3.7.9 would report them.
    pub fn gnutls_view(&self) -> &Lists {
        &self.0.gnutls
    }

    /// GnuTLS's cipher-suite list (table indices), before engine filtering.
    pub fn gnutls_suites(&self) -> &[usize] {
        &self.0.gnutls_suites
    }

    /// The engine view: what rgnutls will actually offer/accept.
    pub fn lists(&self) -> &Lists {
        &self.0.engine
    }

    pub fn flags(&self) -> &Flags {
        &self.0.flags
    }

    /// gnutls_priority_protocol_list.
    pub fn protocol_list(&self) -> &[u32] {
        &self.0.engine.protocols
    }
    /// gnutls_priority_cipher_list.
    pub fn cipher_list(&self) -> &[u32] {
        &self.0.engine.ciphers
    }
    /// gnutls_priority_mac_list.
    pub fn mac_list(&self) -> &[u32] {
        &self.0.engine.macs
    }
    /// gnutls_priority_kx_list.
    pub fn kx_list(&self) -> &[u32] {
        &self.0.engine.kx
    }
    /// gnutls_priority_group_list.
    pub fn group_list(&self) -> &[u32] {
        &self.0.engine.groups
    }
    /// gnutls_priority_ecc_curve_list: the groups up to the first
    /// finite-field one (curve ids equal group ids for these).
    pub fn ecc_curve_list(&self) -> &[u32] {
        let g = &self.0.engine.groups;
        let end = g
            .iter()
            .position(|&x| x >= ids::GROUP_FFDHE_MIN)
            .unwrap_or(g.len());
        &g[..end]
    }
    /// gnutls_priority_sign_list.
    pub fn sign_list(&self) -> &[u32] {
        &self.0.engine.signs
    }
    /// gnutls_priority_certificate_type_list2.
    pub fn certificate_type_list(&self, target: CertTypeTarget) -> &[u32] {
        match target {
            CertTypeTarget::Client => &self.0.engine.client_ctypes,
            CertTypeTarget::Server => &self.0.engine.server_ctypes,
        }
    }
    /// gnutls_priority_certificate_type_list (server list under %SERVER_PRECEDENCE).
    pub fn certificate_type_list_default(&self) -> &[u32] {
        let t = if self.server_precedence() {
            CertTypeTarget::Server
        } else {
            CertTypeTarget::Client
        };
        self.certificate_type_list(t)
    }
    /// gnutls_priority_compression_list: always just NULL.
    pub fn compression_list(&self) -> &'static [u32] {
        &[ids::COMP_NULL]
    }

    /// The engine's cipher suites, in priority order, as table indices.
    pub fn cipher_suites(&self) -> &[usize] {
        &self.0.engine_suites
    }

    /// gnutls_priority_get_cipher_suite_index: the table index of the
    /// `idx`-th suite; REQUESTED_DATA_NOT_AVAILABLE past the end.
    pub fn cipher_suite_index(&self, idx: usize) -> Result<usize, Code> {
        // The engine list only holds suites usable with an enabled version,
        // so GnuTLS's UNKNOWN_CIPHER_SUITE case cannot arise here.
        self.0
            .engine_suites
            .get(idx)
            .copied()
            .ok_or(GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
    }

    /// What gnutls_priority_set checks: something must be negotiable.
    pub fn check_negotiable(&self) -> Result<(), Code> {
        if self.0.engine.protocols.is_empty() || self.0.engine_suites.is_empty() {
            Err(GNUTLS_E_NO_PRIORITIES_WERE_SET)
        } else {
            Ok(())
        }
    }

    pub fn server_precedence(&self) -> bool {
        self.0.flags.server_precedence
    }
    /// %NO_TICKETS: no session tickets at all.
    pub fn no_tickets(&self) -> bool {
        self.0.flags.no_tickets
    }
    /// %NO_TICKETS_TLS12 (also implied by PFS): no TLS 1.2 tickets.
    pub fn no_tickets_tls12(&self) -> bool {
        self.0.flags.no_tickets_tls12
    }
    pub fn no_extensions(&self) -> bool {
        self.0.flags.no_extensions
    }
    pub fn tls13_compat_mode(&self) -> bool {
        self.0.flags.tls13_compat_mode
    }

    /// rustls protocol versions to enable, newest first.
    pub fn protocol_versions(&self) -> Vec<&'static rustls::SupportedProtocolVersion> {
        engine::protocol_versions(&self.0.engine.protocols)
    }

    /// The rustls signature schemes the engine sign list maps to, in order.
    pub fn signature_schemes(&self) -> Vec<rustls::SignatureScheme> {
        engine::signature_schemes(&self.0.engine.signs)
    }

    /// ring's rustls provider with cipher suites, key-exchange groups and
    /// signature-verification schemes filtered and ordered by this priority.
    pub fn crypto_provider(&self) -> rustls::crypto::CryptoProvider {
        engine::crypto_provider(&self.0.engine, &self.0.engine_suites)
    }
}

/// gnutls_cipher_suite_info: the table row at `idx`.
pub fn cipher_suite_info(idx: usize) -> Option<&'static CipherSuite> {
    CIPHER_SUITES.get(idx)
}

/// gnutls_cipher_suite_get_name: the suite name without "TLS_" (kx 0 = TLS 1.3).
pub fn cipher_suite_get_name(kx: u32, cipher: u32, mac: u32) -> Option<&'static str> {
    finalize::suite_index(kx, cipher, mac).map(|i| CIPHER_SUITES[i].short_name())
}

/// gnutls_priority_string_list.
pub fn priority_string_list(iter: usize, flags: u32) -> Option<&'static str> {
    if flags & PRIORITY_LIST_INIT_KEYWORDS != 0 {
        tables::LEVELS.get(iter).map(|l| l.name)
    } else if flags & PRIORITY_LIST_SPECIAL != 0 {
        tables::SPECIAL_WORDS.get(iter).copied()
    } else {
        None
    }
}

/// gnutls_get_system_config_file.
pub fn system_config_file() -> std::path::PathBuf {
    SystemConfig::path()
}

#[cfg(test)]
mod tests;
