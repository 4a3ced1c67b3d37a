//! Matching a certificate against the expected host name, with GnuTLS's
//! rules: an IP address is compared with the IP SANs only (unless IP
//! matches are disabled, when it is treated as a name); a DNS name with the
//! DNS SANs, or with the subject CN only when the certificate has neither
//! DNS nor IP SANs and exactly one CN; case-insensitive; a wildcard is
//! honoured only at the start of the leftmost label, never across a dot,
//! and never as "*.tld". Unicode host names are converted to IDNA first.

use std::net::IpAddr;

use super::cert::CertInfo;

/// GNUTLS_VERIFY_DO_NOT_ALLOW_IP_MATCHES
pub const DO_NOT_ALLOW_IP_MATCHES: u32 = 1 << 1;
/// GNUTLS_VERIFY_DO_NOT_ALLOW_WILDCARDS
pub const DO_NOT_ALLOW_WILDCARDS: u32 = 1 << 12;

/// True when `cert` is valid for `hostname` under the verification `flags`.
pub fn matches(cert: &CertInfo, hostname: &str, flags: u32) -> bool {
    if flags & DO_NOT_ALLOW_IP_MATCHES == 0 {
        if let Ok(ip) = hostname.parse::<IpAddr>() {
            return cert.ip_addresses.contains(&ip);
        }
    }
    // A name given in Unicode is compared in its IDNA (xn--) form, as GnuTLS does.
    let ascii;
    let hostname = if hostname.is_ascii() {
        hostname
    } else {
        match idna::domain_to_ascii(hostname) {
            Ok(a) => {
                ascii = a;
                ascii.as_str()
            }
            Err(_) => return false,
        }
    };
    let allow_wildcards = flags & DO_NOT_ALLOW_WILDCARDS == 0;
    if cert.dns_names.is_empty() && cert.ip_addresses.is_empty() {
        // RFC 6125 1.8: the CN is used only when it is unambiguous.
        return match cert.common_names.as_slice() {
            [cn] => name_matches(cn, hostname, allow_wildcards),
            _ => false,
        };
    }
    cert.dns_names
        .iter()
        .any(|pattern| name_matches(pattern, hostname, allow_wildcards))
}

/// Compares one certificate name (possibly a wildcard) with a host name.
pub fn name_matches(pattern: &str, hostname: &str, allow_wildcards: bool) -> bool {
    if hostname.is_empty() || pattern.is_empty() {
        return false;
    }
    let Some(rest) = pattern.strip_prefix('*').filter(|_| allow_wildcards) else {
        return pattern.eq_ignore_ascii_case(hostname);
    };
    // "*.com" would cover a whole top-level domain: require two more labels.
    if rest.matches('.').count() < 2 || rest.contains('*') {
        return false;
    }
    // The rest of the pattern is matched literally against the host's tail.
    let Some(split) = hostname.len().checked_sub(rest.len()) else {
        return false;
    };
    let (head, tail) = match (hostname.get(..split), hostname.get(split..)) {
        (Some(h), Some(t)) => (h, t),
        _ => return false,
    };
    // The wildcard stands for a non-empty part of one label only.
    !head.is_empty() && !head.contains('.') && tail.eq_ignore_ascii_case(rest)
}

#[cfg(test)]
mod tests {
    use super::name_matches;

    #[test]
    fn wildcard_rules() {
        assert!(name_matches("*.example.com", "www.example.com", true));
        assert!(name_matches("*.Example.com", "WWW.example.COM", true));
        assert!(!name_matches("*.example.com", "a.b.example.com", true));
        assert!(!name_matches("*.example.com", "example.com", true));
        assert!(!name_matches("*.example.com", "www.example.com", false));
        assert!(!name_matches("*.com", "example.com", true));
        assert!(name_matches("*w.example.com", "www.example.com", true));
        assert!(!name_matches("www.*.com", "www.example.com", true));
        assert!(!name_matches("www.example.com", "www.example.com.", true));
        assert!(!name_matches("", "", true));
    }
}
