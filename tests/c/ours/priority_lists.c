/* The priority query lists report only what rgnutls can negotiate: TLS 1.2
 * and 1.3, AES-GCM and ChaCha20-Poly1305 (AEAD), ECDHE key exchange over
 * X25519/P-256/P-384, the signature schemes ring verifies, X.509
 * certificates. (GnuTLS reports more for the same strings, so this test
 * is only meaningful on rgnutls.) */
#include <gnutls/gnutls.h>
#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(cond, ...) do { if (!(cond)) { fails++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
	printf(__VA_ARGS__); printf("\n"); } } while (0)

static const unsigned PROTOCOLS[] = { GNUTLS_TLS1_2, GNUTLS_TLS1_3 };
static const unsigned CIPHERS[] = { GNUTLS_CIPHER_AES_128_GCM, GNUTLS_CIPHER_AES_256_GCM,
	GNUTLS_CIPHER_CHACHA20_POLY1305 };
static const unsigned MACS[] = { GNUTLS_MAC_AEAD };
static const unsigned KX[] = { GNUTLS_KX_ECDHE_RSA, GNUTLS_KX_ECDHE_ECDSA };
static const unsigned GROUPS[] = { GNUTLS_GROUP_SECP256R1, GNUTLS_GROUP_SECP384R1, GNUTLS_GROUP_X25519 };
static const unsigned SIGNS[] = { GNUTLS_SIGN_RSA_SHA256, GNUTLS_SIGN_RSA_SHA384, GNUTLS_SIGN_RSA_SHA512,
	GNUTLS_SIGN_RSA_PSS_RSAE_SHA256, GNUTLS_SIGN_RSA_PSS_RSAE_SHA384, GNUTLS_SIGN_RSA_PSS_RSAE_SHA512,
	GNUTLS_SIGN_ECDSA_SHA256, GNUTLS_SIGN_ECDSA_SHA384, GNUTLS_SIGN_ECDSA_SECP256R1_SHA256,
	GNUTLS_SIGN_ECDSA_SECP384R1_SHA384, GNUTLS_SIGN_EDDSA_ED25519 };
/* Raw public keys: servers present them in TLS 1.3 (rustls). */
static const unsigned CTYPES[] = { GNUTLS_CRT_X509, GNUTLS_CRT_RAWPK };
#define N(a) (sizeof(a) / sizeof((a)[0]))

static int in(unsigned v, const unsigned *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (set[i] == v)
			return 1;
	return 0;
}

typedef int (*list_fn)(gnutls_priority_t, const unsigned int **);

/* Fetches a list, checks it against the allowed set and that asking again
 * gives the same (handle-owned) array. */
static int get(const char *prio, const char *what, gnutls_priority_t p, list_fn fn,
	       const unsigned *allowed, size_t n_allowed, const unsigned **out)
{
	const unsigned *l = NULL, *again = NULL;
	int n = fn(p, &l);
	CHECK(n >= 0, "%s: %s list: %d", prio, what, n);
	CHECK(n == 0 || l != NULL, "%s: %s list: no pointer", prio, what);
	CHECK(fn(p, &again) == n && (n == 0 || again == l), "%s: %s list not stable", prio, what);
	for (int i = 0; i < n && l; i++)
		CHECK(in(l[i], allowed, n_allowed), "%s: %s list has %u, not negotiable", prio, what, l[i]);
	*out = l;
	return n;
}

static void check(const char *prio, int expect_tls13, int expect_tls12)
{
	gnutls_priority_t p;
	const char *err = NULL;
	const unsigned *protos, *ciphers, *macs, *kx, *groups, *curves, *signs, *ct;
	int r = gnutls_priority_init(&p, prio, &err);

	CHECK(r == 0, "%s: init %d", prio, r);
	if (r < 0)
		return;
	int np = get(prio, "protocol", p, gnutls_priority_protocol_list, PROTOCOLS, N(PROTOCOLS), &protos);
	int nc = get(prio, "cipher", p, gnutls_priority_cipher_list, CIPHERS, N(CIPHERS), &ciphers);
	int nm = get(prio, "mac", p, gnutls_priority_mac_list, MACS, N(MACS), &macs);
	int nk = get(prio, "kx", p, gnutls_priority_kx_list, KX, N(KX), &kx);
	get(prio, "group", p, gnutls_priority_group_list, GROUPS, N(GROUPS), &groups);
	get(prio, "curve", p, gnutls_priority_ecc_curve_list, GROUPS, N(GROUPS), &curves);
	get(prio, "sign", p, gnutls_priority_sign_list, SIGNS, N(SIGNS), &signs);
	get(prio, "ctype", p, gnutls_priority_certificate_type_list, CTYPES, N(CTYPES), &ct);
	CHECK(in(GNUTLS_TLS1_3, protos, np) == expect_tls13, "%s: TLS 1.3 %s expected", prio, expect_tls13 ? "" : "not");
	CHECK(in(GNUTLS_TLS1_2, protos, np) == expect_tls12, "%s: TLS 1.2 %s expected", prio, expect_tls12 ? "" : "not");

	/* Every suite is usable with an enabled protocol and enabled algorithms. */
	unsigned idx, count = 0, seen13 = 0, seen12 = 0;
	for (unsigned i = 0;; i++) {
		unsigned char id[2];
		gnutls_kx_algorithm_t skx;
		gnutls_cipher_algorithm_t sc;
		gnutls_mac_algorithm_t sm;
		gnutls_protocol_t minv;
		r = gnutls_priority_get_cipher_suite_index(p, i, &idx);
		if (r == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
			break;
		CHECK(r == 0, "%s: suite index %u: %d", prio, i, r);
		if (r < 0 || i > 500)
			break;
		const char *name = gnutls_cipher_suite_info(idx, id, &skx, &sc, &sm, &minv);
		CHECK(name != NULL, "%s: suite %u: index %u has no table row", prio, i, idx);
		if (!name)
			continue;
		count++;
		CHECK(in(sc, ciphers, nc) && in(sm, macs, nm), "%s: suite %s: cipher/mac not enabled", prio, name);
		if (skx == 0) {
			seen13++;
			CHECK(in(GNUTLS_TLS1_3, protos, np), "%s: TLS 1.3 suite %s without TLS 1.3", prio, name);
		} else {
			seen12++;
			CHECK(in(skx, kx, nk), "%s: suite %s: kx not enabled", prio, name);
			CHECK(in(GNUTLS_TLS1_2, protos, np), "%s: TLS 1.2 suite %s without TLS 1.2", prio, name);
		}
	}
	/* And an enabled protocol has suites. */
	CHECK(!in(GNUTLS_TLS1_3, protos, np) || seen13, "%s: TLS 1.3 enabled but no suite", prio);
	CHECK(!in(GNUTLS_TLS1_2, protos, np) || seen12, "%s: TLS 1.2 enabled but no suite", prio);
	printf("ok %s: %d protocols, %u suites\n", prio, np, count);
	gnutls_priority_deinit(p);
}

/* Valid for GnuTLS but with nothing rgnutls can negotiate: init accepts,
 * the lists are empty, and putting it on a session is refused. */
static void unusable(const char *prio)
{
	gnutls_priority_t p;
	gnutls_session_t s;
	const unsigned *l;
	unsigned idx;
	int r = gnutls_priority_init(&p, prio, NULL);

	CHECK(r == 0, "%s: init %d", prio, r);
	if (r < 0)
		return;
	CHECK(gnutls_priority_protocol_list(p, &l) == 0, "%s: protocols listed", prio);
	CHECK(gnutls_priority_get_cipher_suite_index(p, 0, &idx) == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE,
	      "%s: a suite listed", prio);
	if (gnutls_init(&s, GNUTLS_CLIENT) == 0) {
		r = gnutls_priority_set(s, p);
		CHECK(r == GNUTLS_E_NO_PRIORITIES_WERE_SET, "%s: priority_set %d", prio, r);
		gnutls_deinit(s);
	}
	gnutls_priority_deinit(p);
	printf("ok %s: nothing negotiable\n", prio);
}

int main(void)
{
	const unsigned *l = NULL;
	unsigned idx;
	gnutls_priority_t p;

	check("NORMAL", 1, 1);
	check("PERFORMANCE", 1, 1);
	check("SECURE256", 1, 1);
	check("LEGACY", 1, 1);
	check("NORMAL:+CTYPE-ALL:+DHE-DSS:+ANON-ECDH:+PSK:+GOST:+3DES-CBC", 1, 1);
	check("NORMAL:+SRP", 0, 1);	/* GnuTLS too drops TLS 1.3 with SRP */
	check("NORMAL:-VERS-TLS1.3", 0, 1);
	check("NORMAL:-VERS-TLS-ALL:+VERS-TLS1.3", 1, 0);
	check("NORMAL:-CIPHER-ALL:+CHACHA20-POLY1305", 1, 1);
	check("NORMAL:-KX-ALL:+ECDHE-ECDSA", 1, 1);
	check("NORMAL:-GROUP-ALL:+GROUP-X25519:+GROUP-FFDHE2048", 1, 1);
	check("NORMAL:-SIGN-ALL:+SIGN-RSA-SHA256", 1, 1);
	check("NONE:+VERS-TLS1.2:+VERS-TLS1.3:+CHACHA20-POLY1305:+AEAD:+ECDHE-ECDSA:+GROUP-SECP256R1:+SIGN-ECDSA-SECP256R1-SHA256", 1, 1);
	unusable("NONE:+VERS-TLS1.2:+NULL:+RSA:+SHA1:+SIGN-ALL");
	unusable("LEGACY:-VERS-TLS1.3:-VERS-TLS1.2:-VERS-TLS1.1:+VERS-TLS1.0");
	unusable("NORMAL:-GROUP-EC-ALL");

	/* Compression: NULL only. */
	if (gnutls_priority_init(&p, "NORMAL", NULL) == 0) {
		CHECK(gnutls_priority_compression_list(p, &l) == 1 && l && l[0] == GNUTLS_COMP_NULL, "compression");
		/* A target with no list: 0, *list untouched. */
		l = NULL;
		CHECK(gnutls_priority_certificate_type_list2(p, &l, GNUTLS_CTYPE_PEERS) == 0 && l == NULL, "ctype target");
		/* NULL out parameters are refused, not crashes. */
		CHECK(gnutls_priority_protocol_list(p, NULL) == GNUTLS_E_INVALID_REQUEST, "NULL list");
		CHECK(gnutls_priority_get_cipher_suite_index(p, 0, NULL) == GNUTLS_E_INVALID_REQUEST, "NULL sidx");
		gnutls_priority_deinit(p);
	}
	/* NULL handles too. */
	CHECK(gnutls_priority_cipher_list(NULL, &l) == GNUTLS_E_INVALID_REQUEST, "NULL handle");
	CHECK(gnutls_priority_compression_list(NULL, &l) == GNUTLS_E_INVALID_REQUEST, "NULL handle (compression)");
	CHECK(gnutls_priority_certificate_type_list2(NULL, &l, GNUTLS_CTYPE_CLIENT) == GNUTLS_E_INVALID_REQUEST,
	      "NULL handle (ctype)");
	CHECK(gnutls_priority_get_cipher_suite_index(NULL, 0, &idx) == GNUTLS_E_INVALID_REQUEST, "NULL handle (index)");

	printf("%s\n", fails ? "FAILED" : "ok all");
	return fails ? 1 : 0;
}
