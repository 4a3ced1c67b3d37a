/* Private keys from their numbers (gnutls_{x509_,}privkey_import_{rsa,ecc}_raw*),
 * gnutls_x509_privkey_{fix,cpy,set_flags}, gnutls_privkey_verify_params and
 * gnutls_pubkey_encrypt_data, compared with the real libgnutls.
 * RSA keys are printed as digests of their PKCS#1 DER and of a PKCS#1 v1.5
 * signature (deterministic); EC keys as their numbers re-exported, their
 * key ID and a sign/verify round trip (ECDSA signatures are random, and
 * GnuTLS re-encodes imported EC keys in its own way). Inconsistent numbers
 * are left out: GnuTLS takes them and fails later, we refuse them. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const gnutls_datum_t msg = { (unsigned char *)"the message", 11 };

static void digest(const char *label, const void *p, size_t n)
{
	unsigned char d[32];
	gnutls_hash_fast(GNUTLS_DIG_SHA256, p, n, d);
	printf("  %s %zu sha256:", label, n);
	for (int i = 0; i < 8; i++)
		printf("%02x", d[i]);
	printf("\n");
}

static void hex(const char *label, const gnutls_datum_t *d)
{
	printf("  %s:", label);
	for (unsigned i = 0; i < d->size; i++)
		printf("%02x", d->data[i]);
	printf("\n");
}

static gnutls_datum_t load(const char *name)
{
	char path[4096];
	const char *dir = getenv("RGNUTLS_CERTS");
	snprintf(path, sizeof path, "%s/keys/%s", dir ? dir : "tests/certs", name);
	gnutls_datum_t d = { NULL, 0 };
	if (gnutls_load_file(path, &d) < 0) {
		printf("cannot load %s\n", name);
		exit(1);
	}
	return d;
}

static gnutls_x509_privkey_t load_key(const char *name)
{
	gnutls_datum_t f = load(name);
	gnutls_x509_privkey_t k;
	gnutls_x509_privkey_init(&k);
	int ret = gnutls_x509_privkey_import(k, &f, GNUTLS_X509_FMT_PEM);
	printf("import %s %d\n", name, ret);
	gnutls_free(f.data);
	return k;
}

/* Facts of an abstract key: type, parameters check, key ID, a signature
 * (digest when deterministic) and its verification by the public half. */
static void privkey_facts(gnutls_privkey_t pk, int deterministic)
{
	unsigned bits = 0;
	int alg = gnutls_privkey_get_pk_algorithm(pk, &bits);
	printf("  pk %s verify_params %d\n", gnutls_pk_get_name(alg), gnutls_privkey_verify_params(pk));
	gnutls_pubkey_t pub;
	gnutls_pubkey_init(&pub);
	printf("  pubkey_import_privkey %d\n", gnutls_pubkey_import_privkey(pub, pk, 0, 0));
	unsigned char id[64];
	size_t id_size = sizeof id;
	if (gnutls_pubkey_get_key_id(pub, GNUTLS_KEYID_USE_SHA256, id, &id_size) == 0) {
		gnutls_datum_t d = { id, id_size };
		hex("key id", &d);
	}
	gnutls_digest_algorithm_t dig = alg == GNUTLS_PK_EDDSA_ED25519 ? GNUTLS_DIG_SHA512 : GNUTLS_DIG_SHA256;
	gnutls_datum_t sig = { NULL, 0 };
	int ret = gnutls_privkey_sign_data(pk, dig, 0, &msg, &sig);
	printf("  sign_data %d\n", ret);
	if (ret == 0) {
		if (deterministic)
			digest("signature", sig.data, sig.size);
		printf("  verify %d\n", gnutls_pubkey_verify_data2(pub, gnutls_pk_to_sign(alg, dig), 0, &msg, &sig));
		gnutls_free(sig.data);
	}
	gnutls_pubkey_deinit(pub);
}

static void x509_facts(gnutls_x509_privkey_t k, int rsa)
{
	printf("  pk %d verify_params %d\n", gnutls_x509_privkey_get_pk_algorithm(k), gnutls_x509_privkey_verify_params(k));
	if (rsa) {
		gnutls_datum_t der = { NULL, 0 };
		int ret = gnutls_x509_privkey_export2(k, GNUTLS_X509_FMT_DER, &der);
		printf("  export2 %d\n", ret);
		if (ret == 0)
			digest("pkcs1", der.data, der.size);
		gnutls_free(der.data);
	} else {
		gnutls_ecc_curve_t curve = 0;
		gnutls_datum_t x = { NULL, 0 }, y = { NULL, 0 }, kk = { NULL, 0 };
		int ret = gnutls_x509_privkey_export_ecc_raw(k, &curve, &x, &y, &kk);
		printf("  export_ecc_raw %d curve %s\n", ret, gnutls_ecc_curve_get_name(curve));
		if (ret == 0) {
			hex("x", &x);
			hex("y", &y);
			hex("k", &kk);
		}
		gnutls_free(x.data);
		gnutls_free(y.data);
		gnutls_free(kk.data);
	}
	gnutls_privkey_t pk;
	gnutls_privkey_init(&pk);
	printf("  privkey_import_x509 %d\n", gnutls_privkey_import_x509(pk, k, 0));
	privkey_facts(pk, rsa);
	gnutls_privkey_deinit(pk);
}

static gnutls_datum_t flipped(const gnutls_datum_t *d)
{
	gnutls_datum_t out = { malloc(d->size), d->size };
	memcpy(out.data, d->data, d->size);
	out.data[d->size - 1] ^= 2;
	return out;
}

static void rsa_tests(void)
{
	gnutls_x509_privkey_t orig = load_key("rsa-pkcs1.pem");
	gnutls_datum_t m, e, d, p, q, u, e1, e2;
	printf("export_rsa_raw2 %d\n", gnutls_x509_privkey_export_rsa_raw2(orig, &m, &e, &d, &p, &q, &u, &e1, &e2));
	printf("original\n");
	x509_facts(orig, 1);

	gnutls_datum_t m_nolz = { m.data + 1, m.size - 1 };
	gnutls_datum_t bad_u = flipped(&u), bad_e1 = flipped(&e1);
	gnutls_datum_t three = { (unsigned char *)"\x03", 1 }, empty = { (unsigned char *)"", 0 };
	struct {
		const char *label;
		const gnutls_datum_t *m, *e, *d, *p, *q, *u, *e1, *e2;
		int two;
	} cases[] = {
		{ "rsa_raw all", &m, &e, &d, &p, &q, &u, NULL, NULL, 0 },
		{ "rsa_raw u=NULL", &m, &e, &d, &p, &q, NULL, NULL, NULL, 0 },
		{ "rsa_raw d=NULL", &m, &e, NULL, &p, &q, &u, NULL, NULL, 0 },
		{ "rsa_raw m without leading zero", &m_nolz, &e, &d, &p, &q, &u, NULL, NULL, 0 },
		{ "rsa_raw wrong u (recomputed)", &m, &e, &d, &p, &q, &bad_u, NULL, NULL, 0 },
		{ "rsa_raw p and q swapped", &m, &e, &d, &q, &p, NULL, NULL, NULL, 0 },
		{ "rsa_raw2 all", &m, &e, &d, &p, &q, &u, &e1, &e2, 1 },
		{ "rsa_raw2 e1,e2=NULL", &m, &e, &d, &p, &q, &u, NULL, NULL, 1 },
		{ "rsa_raw2 only e1", &m, &e, &d, &p, &q, &u, &e1, NULL, 1 },
		{ "rsa_raw2 wrong e1 (recomputed)", &m, &e, &d, &p, &q, &u, &bad_e1, &e2, 1 },
		{ "rsa_raw2 d,u,e1,e2=NULL", &m, &e, NULL, &p, &q, NULL, NULL, NULL, 1 },
		{ "rsa_raw e=3 without d", &m, &three, NULL, &p, &q, NULL, NULL, NULL, 0 },
		{ "rsa_raw empty e", &m, &empty, &d, &p, &q, &u, NULL, NULL, 0 },
		{ "rsa_raw p=q", &m, &e, &d, &p, &p, &u, NULL, NULL, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		gnutls_x509_privkey_t k;
		gnutls_x509_privkey_init(&k);
		int ret = cases[i].two
			? gnutls_x509_privkey_import_rsa_raw2(k, cases[i].m, cases[i].e, cases[i].d, cases[i].p, cases[i].q, cases[i].u, cases[i].e1, cases[i].e2)
			: gnutls_x509_privkey_import_rsa_raw(k, cases[i].m, cases[i].e, cases[i].d, cases[i].p, cases[i].q, cases[i].u);
		printf("%s: %d\n", cases[i].label, ret);
		if (ret == 0)
			x509_facts(k, 1);
		gnutls_x509_privkey_deinit(k);
	}
	printf("rsa_raw NULL key: %d\n", gnutls_x509_privkey_import_rsa_raw(NULL, &m, &e, &d, &p, &q, &u));

	gnutls_privkey_t pk;
	gnutls_privkey_init(&pk);
	printf("privkey_import_rsa_raw all: %d\n", gnutls_privkey_import_rsa_raw(pk, &m, &e, &d, &p, &q, &u, &e1, &e2));
	privkey_facts(pk, 1);
	gnutls_privkey_deinit(pk);
	gnutls_privkey_init(&pk);
	/* Without d as well: GnuTLS computes it. */
	printf("privkey_import_rsa_raw without d and CRT values: %d\n", gnutls_privkey_import_rsa_raw(pk, &m, &e, NULL, &p, &q, NULL, NULL, NULL));
	privkey_facts(pk, 1);
	gnutls_x509_privkey_t x;
	int ret = gnutls_privkey_export_x509(pk, &x);
	printf("  export_x509 %d\n", ret);
	if (ret == 0) {
		gnutls_datum_t der;
		if (gnutls_x509_privkey_export2(x, GNUTLS_X509_FMT_DER, &der) == 0) {
			digest("pkcs1", der.data, der.size);
			gnutls_free(der.data);
		}
		gnutls_x509_privkey_deinit(x);
	}
	gnutls_privkey_deinit(pk);

	gnutls_datum_t *all[] = { &m, &e, &d, &p, &q, &u, &e1, &e2, &bad_u, &bad_e1 };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		gnutls_free(all[i]->data);
	gnutls_x509_privkey_deinit(orig);
}

static void ecc_tests(const char *file)
{
	gnutls_x509_privkey_t orig = load_key(file);
	gnutls_ecc_curve_t curve = 0;
	gnutls_datum_t x = { NULL, 0 }, y = { NULL, 0 }, k = { NULL, 0 };
	int ret = gnutls_x509_privkey_export_ecc_raw(orig, &curve, &x, &y, &k);
	printf("export_ecc_raw %d %s\n", ret, gnutls_ecc_curve_get_name(curve));
	int eddsa = y.data == NULL;
	gnutls_datum_t *yp = eddsa ? NULL : &y;

	gnutls_x509_privkey_t key;
	gnutls_x509_privkey_init(&key);
	printf("ecc_raw: %d\n", gnutls_x509_privkey_import_ecc_raw(key, curve, &x, yp, &k));
	x509_facts(key, 0);
	gnutls_x509_privkey_deinit(key);

	gnutls_privkey_t pk;
	gnutls_privkey_init(&pk);
	printf("privkey_import_ecc_raw: %d\n", gnutls_privkey_import_ecc_raw(pk, curve, &x, yp, &k));
	privkey_facts(pk, 0);
	gnutls_privkey_deinit(pk);

	gnutls_datum_t empty = { (unsigned char *)"", 0 }, x_short = { x.data + 1, x.size - 1 };
	gnutls_ecc_curve_t others[] = { GNUTLS_ECC_CURVE_X25519, GNUTLS_ECC_CURVE_ED448, GNUTLS_ECC_CURVE_SECP192R1, 999, 0 };
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
		gnutls_x509_privkey_init(&key);
		/* GnuTLS reads y before the curve: give ECDSA numbers a y. */
		printf("ecc_raw curve %d: %d\n", others[i], gnutls_x509_privkey_import_ecc_raw(key, others[i], &x, eddsa ? &x : &y, &k));
		gnutls_x509_privkey_deinit(key);
	}
	gnutls_x509_privkey_init(&key);
	if (eddsa)
		printf("ecc_raw short x: %d\n", gnutls_x509_privkey_import_ecc_raw(key, curve, &x_short, NULL, &k));
	else
		printf("ecc_raw empty y: %d\n", gnutls_x509_privkey_import_ecc_raw(key, curve, &x, &empty, &k));
	gnutls_x509_privkey_deinit(key);
	printf("ecc_raw NULL key: %d\n", gnutls_x509_privkey_import_ecc_raw(NULL, curve, &x, yp, &k));
	gnutls_free(x.data);
	gnutls_free(y.data);
	gnutls_free(k.data);
	gnutls_x509_privkey_deinit(orig);
}

static void misc_tests(void)
{
	gnutls_x509_privkey_t rsa = load_key("rsa-pkcs1.pem"), ec = load_key("ec256-sec1.pem"), empty, dst;
	gnutls_x509_privkey_init(&empty);
	gnutls_x509_privkey_init(&dst);
	printf("fix %d %d empty %d NULL %d\n", gnutls_x509_privkey_fix(rsa), gnutls_x509_privkey_fix(ec),
	       gnutls_x509_privkey_fix(empty), gnutls_x509_privkey_fix(NULL));
	gnutls_x509_privkey_set_flags(rsa, GNUTLS_PRIVKEY_FLAG_EXPORT_COMPAT);
	printf("cpy %d\n", gnutls_x509_privkey_cpy(dst, rsa));
	x509_facts(dst, 1);
	printf("cpy over %d\n", gnutls_x509_privkey_cpy(dst, ec));
	printf("  pk %d\n", gnutls_x509_privkey_get_pk_algorithm(dst));
	printf("cpy from empty %d\n", gnutls_x509_privkey_cpy(dst, empty));
	printf("  pk %d\n", gnutls_x509_privkey_get_pk_algorithm(dst));
	printf("cpy NULL %d %d\n", gnutls_x509_privkey_cpy(NULL, rsa), gnutls_x509_privkey_cpy(dst, NULL));
	printf("verify_params empty %d\n", gnutls_x509_privkey_verify_params(empty));

	gnutls_privkey_t pk, pk_empty, pk_ec;
	gnutls_privkey_init(&pk);
	gnutls_privkey_init(&pk_empty);
	gnutls_privkey_init(&pk_ec);
	gnutls_privkey_import_x509(pk, rsa, 0);
	gnutls_privkey_import_x509(pk_ec, ec, 0);
	printf("privkey_verify_params %d empty %d\n", gnutls_privkey_verify_params(pk), gnutls_privkey_verify_params(pk_empty));

	gnutls_pubkey_t pub, pub_ec, pub_empty;
	gnutls_pubkey_init(&pub);
	gnutls_pubkey_init(&pub_ec);
	gnutls_pubkey_init(&pub_empty);
	gnutls_pubkey_import_privkey(pub, pk, 0, 0);
	gnutls_pubkey_import_privkey(pub_ec, pk_ec, 0, 0);
	unsigned char big[300];
	memset(big, 0x5a, sizeof big);
	const size_t sizes[] = { 11, 0, 1, 245, 246 };
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		gnutls_datum_t pt = { i == 0 ? msg.data : big, sizes[i] }, ct = { NULL, 0 }, back = { NULL, 0 };
		int ret = gnutls_pubkey_encrypt_data(pub, 0, &pt, &ct);
		printf("encrypt %zu: %d", sizes[i], ret);
		if (ret == 0) {
			int dec = gnutls_privkey_decrypt_data(pk, 0, &ct, &back);
			printf(" size %u decrypt %d equal %d", ct.size, dec,
			       dec == 0 && back.size == pt.size && (pt.size == 0 || memcmp(back.data, pt.data, pt.size) == 0));
		}
		printf("\n");
		gnutls_free(ct.data);
		gnutls_free(back.data);
	}
	gnutls_datum_t ct = { NULL, 0 };
	printf("encrypt with EC key %d, empty key %d, NULL key %d\n", gnutls_pubkey_encrypt_data(pub_ec, 0, &msg, &ct),
	       gnutls_pubkey_encrypt_data(pub_empty, 0, &msg, &ct), gnutls_pubkey_encrypt_data(NULL, 0, &msg, &ct));

	gnutls_pubkey_deinit(pub);
	gnutls_pubkey_deinit(pub_ec);
	gnutls_pubkey_deinit(pub_empty);
	gnutls_privkey_deinit(pk);
	gnutls_privkey_deinit(pk_ec);
	gnutls_privkey_deinit(pk_empty);
	gnutls_x509_privkey_deinit(rsa);
	gnutls_x509_privkey_deinit(ec);
	gnutls_x509_privkey_deinit(empty);
	gnutls_x509_privkey_deinit(dst);
}

int main(void)
{
	rsa_tests();
	ecc_tests("ec256-sec1.pem");
	ecc_tests("ec384-sec1.pem");
	ecc_tests("ed25519.key");
	misc_tests();
	return 0;
}
