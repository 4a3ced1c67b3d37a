//! Compares the algorithm registry with the real libgnutls 3.7.9, as dumped by
//! tests/c/registry_dump.c into tests/fixtures/gnutls_registry.txt.

use rgnutls::algorithms::{
    certtype, cipher, curve, digest, group, kx, mac, pk, protocol, secparam, sign,
};
use std::collections::HashMap;

struct Rec {
    family: String,
    id: i32,
    f: HashMap<String, String>,
}

impl Rec {
    fn s(&self, k: &str) -> &str {
        self.f
            .get(k)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("{} {} lacks {k}", self.family, self.id))
    }
    fn n(&self, k: &str) -> i64 {
        self.s(k).parse().unwrap()
    }
    fn name(&self) -> Option<&str> {
        Some(self.s("name")).filter(|n| *n != "(null)")
    }
    fn opt(&self, k: &str) -> Option<&str> {
        Some(self.s(k)).filter(|n| *n != "(null)")
    }
    fn ctx(&self) -> String {
        format!("{} {}", self.family, self.id)
    }
}

fn fixture() -> Vec<Rec> {
    include_str!("fixtures/gnutls_registry.txt")
        .lines()
        .map(|l| {
            let mut it = l.split('\t');
            let family = it.next().unwrap().to_string();
            let id = it.next().unwrap().parse().unwrap();
            let f = it
                .filter_map(|kv| kv.split_once('='))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            Rec { family, id, f }
        })
        .collect()
}

fn records(family: &str) -> Vec<Rec> {
    fixture()
        .into_iter()
        .filter(|r| r.family == family)
        .collect()
}

fn list(family: &str) -> Vec<i32> {
    let r = fixture()
        .into_iter()
        .find(|r| r.family == "list" && r.s("family") == family)
        .unwrap();
    r.s("ids")
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect()
}

/// Our implemented ids keep GnuTLS's list order (a subsequence of it, after dedup).
fn assert_subsequence(ours: &[i32], theirs: &[i32], family: &str) {
    let mut it = theirs.iter();
    for id in ours {
        assert!(
            it.any(|t| t == id),
            "{family}: {id} out of GnuTLS's list order ({ours:?} vs {theirs:?})"
        );
    }
}

/// GnuTLS's `*_get_id` only answers for algorithms it can run; we never claim
/// one that the real library cannot run either, unless listed in `extra`.
fn check_get_id(r: &Rec, ours_id: Option<i32>, implemented: bool, extra: &[i32]) {
    let name = r.name().unwrap();
    assert_eq!(ours_id, Some(r.id), "{}: by_name({name})", r.ctx());
    let gnutls_has = r.n("get_id") != 0;
    if implemented && !gnutls_has {
        assert!(
            extra.contains(&r.id),
            "{}: we implement {name}, GnuTLS does not",
            r.ctx()
        );
    }
}

#[test]
fn ciphers_match() {
    for r in records("cipher") {
        let info = cipher::info(r.id);
        let Some(name) = r.name() else {
            assert!(info.is_none(), "{}", r.ctx());
            continue;
        };
        let e = info.unwrap_or_else(|| panic!("{} missing", r.ctx()));
        assert_eq!(e.name, name);
        assert_eq!(e.key_size as i64, r.n("key"), "{name}");
        assert_eq!(e.iv_size as i64, r.n("iv"), "{name}");
        assert_eq!(e.block_size as i64, r.n("block"), "{name}");
        assert_eq!(e.tag_size as i64, r.n("tag"), "{name}");
        assert_eq!(e.aead, e.tag_size > 0, "{name}");
        check_get_id(
            &r,
            cipher::by_name(&name.to_lowercase()).map(|e| e.id),
            e.implemented,
            &[],
        );
    }
    let ours: Vec<i32> = cipher::implemented().map(|e| e.id).collect();
    assert_subsequence(&ours, &list("cipher"), "cipher");
    assert_eq!(
        cipher::CIPHERS.len(),
        records("cipher")
            .iter()
            .filter(|r| r.name().is_some())
            .count()
    );
}

#[test]
fn macs_match() {
    for r in records("mac") {
        let info = mac::info(r.id);
        let Some(name) = r.name() else {
            assert!(info.is_none(), "{}", r.ctx());
            continue;
        };
        let e = info.unwrap_or_else(|| panic!("{} missing", r.ctx()));
        assert_eq!(e.name, name);
        assert_eq!(e.output_len as i64, r.n("len"), "{name}");
        assert_eq!(e.key_size as i64, r.n("key"), "{name}");
        assert_eq!(e.nonce_size as i64, r.n("nonce"), "{name}");
        check_get_id(
            &r,
            mac::by_name(&name.to_lowercase()).map(|e| e.id),
            e.implemented,
            &[],
        );
    }
    for r in records("oid_to_mac") {
        let want = r.n("mac") as i32;
        assert_eq!(
            mac::by_oid(r.s("oid")).map_or(0, |e| e.id),
            want,
            "{}",
            r.s("oid")
        );
    }
    let ours: Vec<i32> = mac::implemented().map(|e| e.id).collect();
    assert_subsequence(&ours, &list("mac"), "mac");
}

#[test]
fn digests_match() {
    for r in records("digest") {
        let info = digest::info(r.id);
        let Some(name) = r.name() else {
            assert!(info.is_none(), "{}", r.ctx());
            continue;
        };
        let e = info.unwrap_or_else(|| panic!("{} missing", r.ctx()));
        assert_eq!(e.name, name);
        assert_eq!(e.output_len as i64, r.n("len"), "{name}");
        assert_eq!(e.oid, r.opt("oid"), "{name}");
        check_get_id(
            &r,
            digest::by_name(&name.to_lowercase()).map(|e| e.id),
            e.implemented,
            &[],
        );
        if let Some(oid) = e.oid {
            assert_eq!(
                digest::by_oid(oid).map(|e| e.id as i64),
                Some(r.n("oid_to_digest"))
            );
        }
    }
    // SHA3/SHAKE work in GnuTLS too, but are left out of its list: ours lists them.
    let ours: Vec<i32> = digest::implemented()
        .map(|e| e.id)
        .filter(|id| ![10, 11, 12, 13, 209, 210].contains(id))
        .collect();
    assert_subsequence(&ours, &list("digest"), "digest");
}

#[test]
fn kx_match() {
    for r in records("kx") {
        let info = kx::info(r.id);
        let Some(name) = r.name() else {
            assert!(info.is_none(), "{}", r.ctx());
            continue;
        };
        let e = info.unwrap();
        assert_eq!(e.name, name);
        check_get_id(
            &r,
            kx::by_name(&name.to_lowercase()).map(|e| e.id),
            e.implemented,
            &[],
        );
    }
    let ours: Vec<i32> = kx::implemented().map(|e| e.id).collect();
    assert_subsequence(&ours, &list("kx"), "kx");
}

#[test]
fn pk_match() {
    for r in records("pk") {
        assert_eq!(pk::get_name(r.id), r.s("name"), "{}", r.ctx());
        assert_eq!(
            pk::algorithm_get_name(r.id),
            r.opt("algname"),
            "{}",
            r.ctx()
        );
        let Some(e) = pk::info(r.id) else { continue };
        assert_eq!(e.oid, r.opt("oid"), "{}", r.ctx());
        // Case-sensitive in GnuTLS.
        assert_eq!(
            pk::by_name(e.name).map(|e| e.id as i64),
            Some(r.n("get_id"))
        );
        assert_eq!(
            pk::by_name(&e.name.to_lowercase()).map_or(0, |e| e.id as i64),
            r.n("get_id_lc")
        );
        if let Some(oid) = e.oid {
            assert_eq!(pk::by_oid(oid).map(|e| e.id as i64), Some(r.n("oid_to_pk")));
        }
    }
    assert_eq!(pk::by_oid("2.5.8.1.1").map(|e| e.id), Some(pk::RSA));
    let mut theirs = list("pk");
    theirs.dedup();
    let ours: Vec<i32> = pk::implemented().map(|e| e.id).collect();
    assert_subsequence(&ours, &theirs, "pk");
}

#[test]
fn sign_match() {
    for r in records("sign") {
        let info = sign::info(r.id);
        let Some(name) = r.name() else {
            assert!(info.is_none(), "{}", r.ctx());
            continue;
        };
        let e = info.unwrap_or_else(|| panic!("{} missing", r.ctx()));
        assert_eq!(e.name, name);
        assert_eq!(e.oid, r.opt("oid"), "{name}");
        assert_eq!(e.hash as i64, r.n("hash"), "{name}");
        assert_eq!(e.pk as i64, r.n("pk"), "{name}");
        assert_eq!(e.secure as i64, r.n("secure"), "{name}");
        assert_eq!(e.secure_for_certs as i64, r.n("secure_certs"), "{name}");
        let supports: Vec<String> = (1..=12)
            .filter(|p| sign::supports_pk(e, *p))
            .map(|p| format!("{p},"))
            .collect();
        assert_eq!(supports.concat(), r.s("supports_pk"), "{name}");
        check_get_id(
            &r,
            sign::by_name(&name.to_lowercase()).map(|e| e.id),
            e.implemented,
            &[],
        );
        if let Some(oid) = e.oid {
            assert_eq!(
                sign::by_oid(oid).map(|e| e.id as i64),
                Some(r.n("oid_to_sign")),
                "{name}"
            );
        }
    }
    for r in records("pk_to_sign") {
        let got =
            sign::from_pk_and_hash(r.n("pk") as i32, r.n("hash") as i32).map_or(0, |e| e.id as i64);
        assert_eq!(
            got,
            r.n("sign"),
            "pk_to_sign({}, {})",
            r.n("pk"),
            r.n("hash")
        );
    }
    // Nothing else maps: every (pk, hash) pair not in the fixture gives none.
    for p in 1..=12 {
        for h in 0..=20 {
            let listed = records("pk_to_sign")
                .iter()
                .any(|r| r.n("pk") == p && r.n("hash") == h);
            if !listed {
                assert!(
                    sign::from_pk_and_hash(p as i32, h as i32).is_none(),
                    "pk_to_sign({p}, {h})"
                );
            }
        }
    }
    assert_eq!(
        sign::by_oid("1.3.14.3.2.29").map(|e| e.id),
        Some(sign::RSA_SHA1)
    );
    let mut theirs = list("sign");
    theirs.dedup();
    let ours: Vec<i32> = sign::implemented().map(|e| e.id).collect();
    assert_subsequence(&ours, &theirs, "sign");
}

#[test]
fn curves_match() {
    for r in records("curve") {
        let info = curve::info(r.id);
        let Some(name) = r.name() else {
            assert!(info.is_none(), "{}", r.ctx());
            continue;
        };
        let e = info.unwrap_or_else(|| panic!("{} missing", r.ctx()));
        assert_eq!(e.name, name);
        assert_eq!(Some(e.oid), r.opt("oid"), "{name}");
        assert_eq!(e.size as i64, r.n("size"), "{name}");
        assert_eq!(e.pk as i64, r.n("pk"), "{name}");
        check_get_id(
            &r,
            curve::by_name(&name.to_lowercase()).map(|e| e.id),
            e.implemented,
            &[],
        );
        assert_eq!(curve::by_oid(e.oid).map(|e| e.id), Some(e.id));
    }
    let ours: Vec<i32> = curve::implemented().map(|e| e.id).collect();
    assert_subsequence(&ours, &list("curve"), "curve");
}

#[test]
fn groups_match() {
    for r in records("group") {
        let info = group::info(r.id);
        let Some(name) = r.name() else {
            assert!(info.is_none(), "{}", r.ctx());
            continue;
        };
        let e = info.unwrap_or_else(|| panic!("{} missing", r.ctx()));
        assert_eq!(e.name, name);
        check_get_id(
            &r,
            group::by_name(&name.to_lowercase()).map(|e| e.id),
            e.implemented,
            &[],
        );
        if let Some(c) = e.curve {
            assert_eq!(
                curve::info(c).and_then(|c| c.tls_group),
                Some(e.tls_id),
                "{name}"
            );
        }
        assert_eq!(group::by_tls_id(e.tls_id).map(|g| g.id), Some(e.id));
    }
    let ours: Vec<i32> = group::implemented().map(|e| e.id).collect();
    assert_subsequence(&ours, &list("group"), "group");
}

#[test]
fn protocols_match() {
    for r in records("protocol") {
        let info = protocol::info(r.id);
        let Some(name) = r.name() else {
            assert!(info.is_none(), "{}", r.ctx());
            continue;
        };
        let e = info.unwrap();
        assert_eq!(e.name, name);
        check_get_id(
            &r,
            protocol::by_name(&name.to_lowercase()).map(|e| e.id),
            e.implemented,
            &[],
        );
    }
    let ours: Vec<i32> = protocol::implemented().map(|e| e.id).collect();
    assert_subsequence(&ours, &list("protocol"), "protocol");
    assert_eq!(
        protocol::by_codepoint(0x0304).map(|e| e.id),
        Some(protocol::TLS1_3)
    );
}

#[test]
fn cert_types_match() {
    for r in records("certtype") {
        let info = certtype::info(r.id);
        let Some(name) = r.name() else {
            assert!(info.is_none(), "{}", r.ctx());
            continue;
        };
        assert_eq!(info.unwrap().name, name);
        assert_eq!(
            certtype::by_name(name).map_or(0, |e| e.id as i64),
            r.n("get_id"),
            "{name}"
        );
    }
    assert_eq!(
        certtype::by_name("rawpk").map(|e| e.id),
        Some(certtype::RAWPK)
    );
    assert_eq!(
        certtype::by_name("x509").map(|e| e.id),
        Some(certtype::X509)
    );
}

#[test]
fn sec_params_match() {
    for r in records("secparam") {
        assert_eq!(secparam::get_name(r.id), r.s("name"), "{}", r.ctx());
        assert_eq!(
            secparam::to_symmetric_bits(r.id) as i64,
            r.n("symbits"),
            "{}",
            r.ctx()
        );
        let bits: Vec<String> = (1..=12)
            .map(|p| format!("{},", secparam::to_pk_bits(p, r.id)))
            .collect();
        assert_eq!(bits.concat(), r.s("pkbits"), "{}", r.ctx());
    }
    // Each threshold: the answer at `bits` and just below it.
    for r in records("bits_to_secparam") {
        let bits = r.n("bits") as u32;
        assert_eq!(
            secparam::from_pk_bits(r.id, bits) as i64,
            r.n("sec"),
            "pk {} bits {bits}",
            r.id
        );
    }
    for p in 1..=12 {
        let th: Vec<Rec> = fixture()
            .into_iter()
            .filter(|r| r.family == "bits_to_secparam" && r.id == p)
            .collect();
        for w in th.windows(2) {
            let below = w[1].n("bits") as u32 - 1;
            assert_eq!(
                secparam::from_pk_bits(p, below) as i64,
                w[0].n("sec"),
                "pk {p} bits {below}"
            );
        }
        assert_eq!(
            secparam::from_pk_bits(p, 20000) as i64,
            th.last().unwrap().n("sec")
        );
    }
}

#[test]
fn unknown_names() {
    assert!(cipher::by_name("NOPE").is_none());
    assert!(mac::by_name("NOPE").is_none());
    assert!(sign::by_name("RSA-SHA").is_none());
    assert!(group::by_name("P-256").is_none());
    assert!(cipher::by_name("aes-128-gcm").is_some());
}
