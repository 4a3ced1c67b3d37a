//! The DSA/ECDSA signature value, `SEQUENCE { r INTEGER, s INTEGER }`
//! (RFC 3279's Dss-Sig-Value), for `gnutls_encode_rs_value` and
//! `gnutls_decode_rs_value`.

use der::asn1::{AnyRef, IntRef, UintRef};
use der::{Decode, Encode, Sequence, Tag, Tagged};

use crate::errors::{self, Code};

#[derive(Sequence)]
struct SigValue<'a> {
    r: IntRef<'a>,
    s: IntRef<'a>,
}

#[derive(Sequence)]
struct SigValueOut<'a> {
    r: UintRef<'a>,
    s: UintRef<'a>,
}

/// Encodes `r` and `s`, given as unsigned big-endian numbers (leading
/// zeros are dropped, a zero is added where the top bit is set). An empty
/// number is not a value.
pub fn encode(r: &[u8], s: &[u8]) -> Result<Vec<u8>, Code> {
    if r.is_empty() || s.is_empty() {
        return Err(errors::GNUTLS_E_ASN1_VALUE_NOT_VALID);
    }
    let value = SigValueOut {
        r: UintRef::new(r).map_err(|_| errors::GNUTLS_E_ASN1_VALUE_NOT_VALID)?,
        s: UintRef::new(s).map_err(|_| errors::GNUTLS_E_ASN1_VALUE_NOT_VALID)?,
    };
    value.to_der().map_err(|_| errors::GNUTLS_E_ASN1_VALUE_NOT_VALID)
}

/// Decodes a signature value into the INTEGERs' content octets as encoded
/// (a leading zero stays), as GnuTLS returns them. A broken outer TLV is
/// a DER error; a wrong tag or missing element inside is a tag error.
pub fn decode(der: &[u8]) -> Result<(Vec<u8>, Vec<u8>), Code> {
    let outer = AnyRef::from_der(der).map_err(|_| errors::GNUTLS_E_ASN1_DER_ERROR)?;
    if outer.tag() != Tag::Sequence {
        return Err(errors::GNUTLS_E_ASN1_TAG_ERROR);
    }
    let value = SigValue::from_der(der).map_err(|_| errors::GNUTLS_E_ASN1_TAG_ERROR)?;
    Ok((value.r.as_bytes().to_vec(), value.s.as_bytes().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_sign_octets() {
        let sig = encode(&[0, 0, 5], &[0x80, 1]).unwrap();
        assert_eq!(sig, [0x30, 0x08, 0x02, 0x01, 0x05, 0x02, 0x03, 0x00, 0x80, 0x01]);
        assert_eq!(decode(&sig).unwrap(), (vec![5], vec![0, 0x80, 1]));
    }

    #[test]
    fn bad_input_codes() {
        assert_eq!(encode(&[], &[1]), Err(errors::GNUTLS_E_ASN1_VALUE_NOT_VALID));
        assert_eq!(decode(&[0x30, 0x03, 0x02, 0x01, 0x01]), Err(errors::GNUTLS_E_ASN1_TAG_ERROR));
        assert_eq!(decode(&[0x31, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01]), Err(errors::GNUTLS_E_ASN1_TAG_ERROR));
        assert_eq!(decode(&[0x30, 0x07, 0x02, 0x01, 0x01]), Err(errors::GNUTLS_E_ASN1_DER_ERROR));
    }
}
