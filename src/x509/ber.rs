//! BER to DER re-encoding, for structures other implementations write in
//! BER (OpenSSL's streamed CMS: indefinite lengths, OCTET STRINGs in
//! chunks) that GnuTLS reads. The TLV structure is read by yasna's BER
//! reader and written back by its DER writer; this module only decides
//! what the DER form of each element is.

use yasna::models::TaggedDerValue;
use yasna::tags::{TAG_OCTETSTRING, TAG_SEQUENCE};
use yasna::{BERMode, PCBit};

/// Nesting beyond this is refused (hostile input, not a real structure).
const MAX_DEPTH: usize = 48;

/// The DER form of one BER element (with definite lengths, and constructed
/// OCTET STRINGs joined into one); `None` when `data` is not one BER element.
pub fn to_der(data: &[u8]) -> Option<Vec<u8>> {
    let value = yasna::parse_ber_general(data, BERMode::Ber, |r| r.read_tagged_der()).ok()?;
    let value = normalize(value, 0)?;
    Some(yasna::construct_der(|w| w.write_tagged_der(&value)))
}

/// The elements in the contents of a constructed value. The contents of
/// an indefinite-length value end with the end-of-contents marker (two
/// zero bytes), which yasna's reader does not take as an element: when the
/// contents do not read as they are, they are read without it.
fn children(contents: &[u8]) -> Option<Vec<TaggedDerValue>> {
    read_elements(contents).or_else(|| read_elements(contents.strip_suffix(&[0, 0])?))
}

fn read_elements(contents: &[u8]) -> Option<Vec<TaggedDerValue>> {
    // Read them as the elements of a SEQUENCE around the contents.
    let wrapped = TaggedDerValue::from_tag_pc_and_bytes(TAG_SEQUENCE, PCBit::Constructed, contents.to_vec());
    let seq = yasna::construct_der(|w| w.write_tagged_der(&wrapped));
    yasna::parse_ber_general(&seq, BERMode::Ber, |r| r.collect_sequence_of(|r| r.read_tagged_der())).ok()
}

fn normalize(value: TaggedDerValue, depth: usize) -> Option<TaggedDerValue> {
    if value.pcbit() == PCBit::Primitive {
        return Some(value);
    }
    if depth >= MAX_DEPTH {
        return None;
    }
    let parts = children(value.value())?
        .into_iter()
        .map(|c| normalize(c, depth + 1))
        .collect::<Option<Vec<_>>>()?;
    if value.tag() == TAG_OCTETSTRING {
        // A chunked OCTET STRING: DER has the bytes in one primitive value.
        let mut bytes = Vec::new();
        for p in &parts {
            if p.tag() != TAG_OCTETSTRING || p.pcbit() != PCBit::Primitive {
                return None;
            }
            bytes.extend_from_slice(p.value());
        }
        return Some(TaggedDerValue::from_tag_pc_and_bytes(TAG_OCTETSTRING, PCBit::Primitive, bytes));
    }
    let mut contents = Vec::new();
    for p in &parts {
        contents.extend(yasna::construct_der(|w| w.write_tagged_der(p)));
    }
    Some(TaggedDerValue::from_tag_pc_and_bytes(value.tag(), PCBit::Constructed, contents))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indefinite_lengths_and_chunks() {
        // SEQUENCE (indefinite) { OCTET STRING (constructed, indefinite) { "ab", "c" }, INTEGER 5 }
        let ber = [
            0x30, 0x80, 0x24, 0x80, 0x04, 0x02, b'a', b'b', 0x04, 0x01, b'c', 0x00, 0x00, 0x02, 0x01, 0x05,
            0x00, 0x00,
        ];
        let der = to_der(&ber).unwrap();
        assert_eq!(der, [0x30, 0x08, 0x04, 0x03, b'a', b'b', b'c', 0x02, 0x01, 0x05]);
        assert_eq!(to_der(&der).unwrap(), der);
    }

    #[test]
    fn garbage_is_refused() {
        assert!(to_der(&[0x30, 0x80, 0x04]).is_none());
        assert!(to_der(&[]).is_none());
        let deep: Vec<u8> = std::iter::repeat_n([0x30u8, 0x80], 200).flatten().collect();
        assert!(to_der(&deep).is_none());
    }
}
