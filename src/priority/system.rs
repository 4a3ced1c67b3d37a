//! The system-wide configuration file GnuTLS 3.7.9 reads
//! (`/etc/gnutls/config`, or `$GNUTLS_SYSTEM_PRIORITY_FILE`).
//!
//! Supported: the `[priorities]` section (named strings for `@KEYWORD`),
//! and from `[overrides]` the default priority string and the blocklist
//! entries (`tls-disabled-cipher`, `-mac`, `-group`, `-kx`,
//! `disabled-version`). The allowlist mode (`[global] override-mode =
//! allowlist`) is recognised but its `enabled-*` lists are not applied.
//! On Debian the file normally does not exist: then `@SYSTEM` fails like
//! any unknown keyword, exactly as the real library does.

use super::names;
use std::path::PathBuf;

/// Where GnuTLS looks when the environment does not say otherwise.
pub const DEFAULT_CONFIG_FILE: &str = "/etc/gnutls/config";

/// The priority string used when the application passes none.
pub const BUILTIN_DEFAULT_PRIORITY: &str = "NORMAL";

/// The parts of the configuration file that affect priority strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SystemConfig {
    /// `name = priority string` pairs, in file order.
    pub priorities: Vec<(String, String)>,
    /// `default-priority-string` from `[overrides]`.
    pub default_priority: Option<String>,
    pub disabled_ciphers: Vec<u32>,
    pub disabled_macs: Vec<u32>,
    pub disabled_groups: Vec<u32>,
    pub disabled_kx: Vec<u32>,
    pub disabled_versions: Vec<u32>,
    /// `[global] override-mode = allowlist` was set.
    pub allowlisting: bool,
}

impl SystemConfig {
    /// The path of the configuration file (what gnutls_get_system_config_file returns).
    pub fn path() -> PathBuf {
        std::env::var_os("GNUTLS_SYSTEM_PRIORITY_FILE")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_CONFIG_FILE))
    }

    /// Reads the file; a missing or unreadable file is an empty configuration.
    pub fn load() -> SystemConfig {
        std::fs::read_to_string(Self::path())
            .map(|text| Self::parse(&text))
            .unwrap_or_default()
    }

    /// Parses INI text the way GnuTLS's ini reader does: `[section]`
    /// headers, `name = value` lines, `#`/`;` comment lines, and `;`
    /// comments after whitespace.
    pub fn parse(text: &str) -> SystemConfig {
        let mut cfg = SystemConfig::default();
        let mut section = String::new();
        for raw in text.lines() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
                continue;
            }
            if let Some(rest) = line.strip_prefix('[') {
                if let Some(end) = rest.find(']') {
                    section = rest[..end].trim().to_string();
                }
                continue;
            }
            let Some((name, value)) = line.split_once(['=', ':']) else {
                continue;
            };
            let name = name.trim();
            let value = strip_inline_comment(value).trim();
            cfg.apply(&section, name, value);
        }
        cfg
    }

    fn apply(&mut self, section: &str, name: &str, value: &str) {
        if section.eq_ignore_ascii_case("global") {
            if name.eq_ignore_ascii_case("override-mode") {
                self.allowlisting = value.eq_ignore_ascii_case("allowlist");
            }
        } else if section.is_empty() || section.eq_ignore_ascii_case("priorities") {
            self.priorities.push((name.to_string(), value.to_string()));
        } else if section.eq_ignore_ascii_case("overrides") {
            let n = name.to_ascii_lowercase();
            match n.as_str() {
                "default-priority-string" => self.default_priority = Some(value.to_string()),
                "tls-disabled-cipher" => self
                    .disabled_ciphers
                    .extend(names::cipher(value).map(|c| c.0)),
                "tls-disabled-mac" => self.disabled_macs.extend(names::mac(value)),
                "tls-disabled-group" => {
                    let g = value.strip_prefix("GROUP-").unwrap_or(value);
                    self.disabled_groups.extend(names::group(g));
                }
                "tls-disabled-kx" => self.disabled_kx.extend(names::kx(value).flatten()),
                "disabled-version" => self.disabled_versions.extend(names::protocol(value)),
                _ => {}
            }
        }
    }

    /// The string a `@KEYWORD` names, if the file defines it.
    pub fn lookup(&self, keyword: &str) -> Option<&str> {
        self.priorities
            .iter()
            .find(|(n, _)| n == keyword)
            .map(|(_, v)| v.as_str())
    }

    /// The string used for a NULL priority.
    pub fn default_priority(&self) -> &str {
        self.default_priority
            .as_deref()
            .unwrap_or(BUILTIN_DEFAULT_PRIORITY)
    }
}

fn strip_inline_comment(v: &str) -> &str {
    let bytes = v.as_bytes();
    for i in 1..bytes.len() {
        if bytes[i] == b';' && bytes[i - 1].is_ascii_whitespace() {
            return &v[..i];
        }
    }
    v
}

/// Resolves a string starting with '@' (after leading whitespace):
/// `@KW1,KW2:extra` becomes the first defined keyword's string plus
/// `:extra`. Strings without '@' come back with leading whitespace removed.
pub fn resolve(priorities: &str, cfg: &SystemConfig) -> Option<String> {
    let p = priorities.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let Some(spec) = p.strip_prefix('@') else {
        return Some(p.to_string());
    };
    let (keywords, additional) = match spec.split_once(':') {
        Some((k, a)) => (k, Some(a)),
        None => (spec, None),
    };
    keywords
        .split(',')
        .find_map(|kw| cfg.lookup(kw))
        .map(|found| match additional {
            Some(a) => format!("{found}:{a}"),
            None => found.to_string(),
        })
}
