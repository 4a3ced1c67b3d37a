//! rgnutls's crypto against libgnutls 3.7.9 on the same inputs
//! (tests/c/crypto_dump.c → tests/fixtures/gnutls_crypto.txt).

use rgnutls::algorithms::{cipher as calg, mac as malg};
use rgnutls::crypto::{aead::Aead, cipher::Cipher, hash::Hash, hmac::Hmac, kdf};
use rgnutls::encoding::hex_encode as hex;

type Inputs = ([u8; 64], [u8; 16], [u8; 100], [u8; 20]);

fn inputs() -> Inputs {
    let key: [u8; 64] = core::array::from_fn(|i| (i as u8).wrapping_mul(7).wrapping_add(1));
    let iv: [u8; 16] = core::array::from_fn(|i| 0xa0 + i as u8);
    let msg: [u8; 100] = core::array::from_fn(|i| i as u8);
    let aad: [u8; 20] = core::array::from_fn(|i| 0x55 ^ i as u8);
    (key, iv, msg, aad)
}

fn lines(kind: &str) -> Vec<(i32, Vec<String>)> {
    include_str!("fixtures/gnutls_crypto.txt")
        .lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            (f.next()? == kind).then(|| {
                (
                    f.next().unwrap().parse().unwrap(),
                    f.map(str::to_string).collect(),
                )
            })
        })
        .collect()
}

#[test]
fn hashes_match() {
    let (_, _, msg, _) = inputs();
    let got = lines("hash");
    assert_eq!(got.len(), 10);
    for (id, want) in got {
        let mut h = Hash::new(id).unwrap();
        h.update(&msg[..37]);
        let mut copy = h.clone();
        h.update(&msg[37..]);
        assert_eq!(hex(&h.finish()), want[0], "hash {id}");
        h.update(&msg[..3]);
        assert_eq!(hex(&h.finish()), want[1], "hash {id} after output");
        assert_eq!(hex(&copy.finish()), want[2], "hash {id} copy");
    }
}

#[test]
fn macs_match() {
    let (key, iv, msg, _) = inputs();
    for (id, want) in lines("hmac") {
        let info = malg::info(id).unwrap();
        let klen = if id < 200 { 13 } else { info.key_size };
        let mut m = Hmac::new(id, &key[..klen]).unwrap();
        if info.nonce_size > 0 {
            m.set_nonce(&iv[..12]).unwrap();
        }
        m.update(&msg[..48]);
        m.update(&msg[48..]);
        assert_eq!(hex(&m.finish().unwrap()), want[0], "mac {id}");
        if let Some(w) = want.get(1) {
            m.update(&msg[..5]);
            assert_eq!(&hex(&m.finish().unwrap()), w, "mac {id} after output");
        }
    }
}

#[test]
fn ciphers_match() {
    let (key, iv, msg, aad) = inputs();
    for (id, want) in lines("cipher") {
        let info = calg::info(id).unwrap();
        if !info.implemented {
            continue;
        }
        let k = &key[..info.key_size];
        let ivo = (info.iv_size > 0).then(|| &iv[..info.iv_size]);
        let Some(w0) = want.first().filter(|w| !w.starts_with("rc=")) else {
            assert_eq!(
                format!("rc={}", Cipher::new(id, k, ivo).unwrap_err()),
                want[0],
                "{}",
                info.name
            );
            continue;
        };
        let mut c = Cipher::new(id, k, ivo).unwrap_or_else(|e| panic!("{}: {e}", info.name));
        if info.aead {
            c.add_auth(&aad[..16]).unwrap();
        }
        let mut out = [0u8; 100];
        c.encrypt_to(&msg[..64], &mut out[..64]).unwrap();
        c.encrypt_to(&msg[64..96], &mut out[64..96]).unwrap();
        assert_eq!(&hex(&out[..96]), w0, "{}", info.name);
        let mut rest = want[1..].iter();
        if info.aead {
            let mut tag = vec![0; info.tag_size];
            c.tag(&mut tag).unwrap();
            assert_eq!(&hex(&tag), rest.next().unwrap(), "{} tag", info.name);
        }
        if let Some(r) = rest.next() {
            if let Some(iv) = ivo {
                c.set_iv(iv).unwrap();
            }
            let mut buf = msg[..17].to_vec();
            c.encrypt(&mut buf).unwrap();
            assert_eq!(
                r,
                &format!("ragged=0:{}", hex(&buf)),
                "{} ragged",
                info.name
            );
        }
        // Round trip with a fresh handle (XTS: the same two data units).
        let mut d = Cipher::new(id, k, ivo).unwrap();
        if info.aead {
            d.add_auth(&aad[..16]).unwrap();
        }
        let mut back = out[..96].to_vec();
        let (a, b) = back.split_at_mut(64);
        d.decrypt(a).unwrap();
        d.decrypt(b).unwrap();
        assert_eq!(back, &msg[..96], "{} decrypt", info.name);
    }
}

#[test]
fn aead_match() {
    let (key, iv, msg, aad) = inputs();
    for (id, want) in lines("aead") {
        let info = calg::info(id).unwrap();
        let a = Aead::new(id, &key[..info.key_size]).unwrap();
        let mut ct = a.encrypt(&iv[..12], &aad, 0, &msg[..77]).unwrap();
        assert_eq!(hex(&ct), want[0], "{}", info.name);
        assert_eq!(a.decrypt(&iv[..12], &aad, 0, &ct).unwrap(), &msg[..77]);
        ct[3] ^= 1;
        assert_eq!(
            format!("bad={}", a.decrypt(&iv[..12], &aad, 0, &ct).unwrap_err()),
            want[1]
        );
        let short = a
            .encrypt(&iv[..12], &aad, 8, &msg[..10])
            .map(|v| hex(&v))
            .unwrap_or_else(|e| format!("rc={e}"));
        assert_eq!(format!("short_tag={short}"), want[2], "{}", info.name);
    }
}

#[test]
fn kdfs_match() {
    let (key, iv, _, aad) = inputs();
    for (id, want) in lines("pbkdf2") {
        let mut out = [0u8; 70];
        kdf::pbkdf2(id, &key[..11], &iv, 1000, &mut out).unwrap();
        assert_eq!(hex(&out), want[0], "pbkdf2 {id}");
        let prk = kdf::hkdf_extract(id, &key[..11], &iv).unwrap();
        assert_eq!(hex(&prk), want[1], "hkdf extract {id}");
        kdf::hkdf_expand(id, &prk, &aad, &mut out).unwrap();
        assert_eq!(hex(&out), want[2], "hkdf expand {id}");
    }
}
