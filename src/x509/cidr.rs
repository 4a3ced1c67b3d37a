//! `gnutls_x509_cidr_to_rfc5280`: an address range in CIDR notation as the
//! address-and-mask octets of an X.509 name constraint (RFC 5280 4.2.1.10).

use std::net::IpAddr;

use crate::errors::{self, Code};

/// `"10.0.0.0/8"` → `0a000000 ff000000` (8 octets; 32 for IPv6). The
/// address is masked; a prefix longer than the address is malformed.
pub fn to_rfc5280(cidr: &str) -> Result<Vec<u8>, Code> {
    let malformed = errors::GNUTLS_E_MALFORMED_CIDR;
    let (addr, prefix) = cidr.split_once('/').ok_or(malformed)?;
    let addr: IpAddr = addr.parse().map_err(|_| malformed)?;
    let prefix: u32 = prefix.parse().map_err(|_| malformed)?;
    let mut bytes = match addr {
        IpAddr::V4(a) => a.octets().to_vec(),
        IpAddr::V6(a) => a.octets().to_vec(),
    };
    let bits = 8 * bytes.len() as u32;
    if prefix > bits {
        return Err(malformed);
    }
    let mask: Vec<u8> = (0..bytes.len() as u32)
        .map(|i| {
            let ones = prefix.saturating_sub(8 * i).min(8);
            (0xff00u16 >> ones) as u8
        })
        .collect();
    for (b, m) in bytes.iter_mut().zip(&mask) {
        *b &= m;
    }
    bytes.extend(mask);
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_and_lengths() {
        assert_eq!(to_rfc5280("192.168.1.7/24").unwrap(), [192, 168, 1, 0, 255, 255, 255, 0]);
        assert_eq!(to_rfc5280("0.0.0.0/0").unwrap(), [0; 8]);
        let v6 = to_rfc5280("fe80::1/64").unwrap();
        assert_eq!(v6.len(), 32);
        assert_eq!(&v6[16..24], &[0xff; 8]);
        assert_eq!(&v6[24..], &[0; 8]);
        assert_eq!(to_rfc5280("1.2.3.4/33"), Err(errors::GNUTLS_E_MALFORMED_CIDR));
        assert_eq!(to_rfc5280("1.2.3.4"), Err(errors::GNUTLS_E_MALFORMED_CIDR));
        assert_eq!(to_rfc5280(""), Err(errors::GNUTLS_E_MALFORMED_CIDR));
    }
}
