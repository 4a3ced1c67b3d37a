/* The algorithm registry: every name/id/size/OID function for every id of
 * the headers (plus unknown ones), name lookups in both cases, the lists,
 * the security parameters and the cipher-suite table, printed for
 * comparison with the real libgnutls.
 *
 * rgnutls answers name and OID lookups (and lists) only for algorithms it
 * can run, as GnuTLS does for what its crypto backend has: lines about the
 * algorithms rgnutls lacks (GOST, Salsa20, SIV, UMAC, DSA, ...) start with
 * '~', and lists are compared with those entries (and the SHA-3
 * digests, which rgnutls lists and GnuTLS 3.7.9 does not) left out. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>

static const char *s(const char *p) { return p ? p : "(null)"; }

static void lower(char *dst, const char *src, size_t n)
{
	size_t i;
	for (i = 0; i + 1 < n && src[i]; i++)
		dst[i] = tolower((unsigned char)src[i]);
	dst[i] = 0;
}

static int in(const int *set, int id)
{
	for (; *set != -999; set++)
		if (*set == id)
			return 1;
	return 0;
}

/* What rgnutls does not implement, per family (-999 ends a set). */
static const int gap_cipher[] = { 13, 14, 17, 24, 25, 26, 27, 28, 34, 35, 37, 38, 40, 41, -999 };
static const int gap_mac[] = { 15, 16, 17, 201, 202, 208, 211, 212, -999 };
static const int gap_digest[] = { 4, 5, 15, 16, 17, -999 };
static const int gap_curve[] = { 1, 4, 5, 8, 11, 13, 17, 20, 21, -999 };
static const int gap_group[] = { 1, 4, 5, 13, 17, 20, -999 };
/* Only in lists: */
static const int gap_list_kx[] = { 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 14, 15, 16, -1, -999 };
static const int gap_list_pk[] = { 2, 3, 6, 8, 9, 10, 11, 12, -999 };
static const int gap_list_sign[] = { 2, 3, 4, 5, 9, 10, 11, 12, 13, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26, 27,
	28, 29, 30, 31, 32, 33, 34, 36, 39, 43, 44, 45, 46, -999 };
static const int gap_list_group[] = { 1, 4, 5, 13, 17, 20, 256, 257, 258, 259, 260, -999 };
static const int gap_list_protocol[] = { 2, 3, 200, 201, 202, -999 };
static const int gap_list_certtype[] = { 3, -999 };
static const int extra_digest[] = { 10, 11, 12, 13, -999 };
static const int none[] = { -999 };

#define GAP(set, id) (in(set, id) ? "~" : "")

static const int pks[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
#define NPKS (sizeof(pks) / sizeof(pks[0]))

int main(void)
{
	char lc[128];
	int id;
	unsigned i;

	gnutls_global_init();

	for (id = 0; id <= 260; id++) {
		const char *n = gnutls_cipher_get_name(id);
		if (!n && id != 0 && id != 42 && id != 250)
			continue;
		printf("%scipher\t%d\tname=%s\tkey=%u\tiv=%u\tblock=%u\ttag=%u", GAP(gap_cipher, id), id, s(n),
		       (unsigned)gnutls_cipher_get_key_size(id), gnutls_cipher_get_iv_size(id),
		       gnutls_cipher_get_block_size(id), gnutls_cipher_get_tag_size(id));
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_cipher_get_id(n), gnutls_cipher_get_id(lc));
		}
		printf("\n");
	}
	for (id = 0; id <= 260; id++) {
		const char *n = gnutls_mac_get_name(id);
		if (!n && id != 0 && id != 99 && id != 250)
			continue;
		printf("%smac\t%d\tname=%s\tlen=%u\tkey=%u\tnonce=%u", GAP(gap_mac, id), id, s(n), gnutls_hmac_get_len(id),
		       gnutls_hmac_get_key_size(id), (unsigned)gnutls_mac_get_nonce_size(id));
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_mac_get_id(n), gnutls_mac_get_id(lc));
		}
		printf("\n");
	}
	for (id = 0; id <= 260; id++) {
		const char *n = gnutls_digest_get_name(id);
		if (!n && id != 0 && id != 99 && id != 250)
			continue;
		printf("%sdigest\t%d\tname=%s\tlen=%u\toid=%s", GAP(gap_digest, id), id, s(n), gnutls_hash_get_len(id),
		       s(gnutls_digest_get_oid(id)));
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_digest_get_id(n), gnutls_digest_get_id(lc));
		}
		if (gnutls_digest_get_oid(id))
			printf("\toid_to_digest=%d", gnutls_oid_to_digest(gnutls_digest_get_oid(id)));
		printf("\n");
	}
	{
		/* HMAC OIDs (PKCS#5 PRFs) are not exposed by name, probe the known ones. */
		static const char *mac_oids[] = {
			"1.2.840.113549.2.7", "1.2.840.113549.2.8", "1.2.840.113549.2.9",
			"1.2.840.113549.2.10", "1.2.840.113549.2.11", "1.2.643.7.1.1.4.1",
			"1.2.643.7.1.1.4.2", "1.2.643.2.2.10", "1.3.6.1.5.5.8.1.2", "1.2.3.4", NULL };
		for (i = 0; mac_oids[i]; i++)
			{ int m = gnutls_oid_to_mac(mac_oids[i]); printf("%soid_to_mac\t0\toid=%s\tmac=%d\n", i >= 5 && i <= 7 ? "~" : "", mac_oids[i], m); }
	}
	for (id = 0; id <= 20; id++) {
		const char *n = gnutls_kx_get_name(id);
		printf("kx\t%d\tname=%s", id, s(n));
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_kx_get_id(n), gnutls_kx_get_id(lc));
		}
		printf("\n");
	}
	for (id = 0; id <= 14; id++) {
		const char *n = gnutls_pk_get_name(id);
		printf("pk\t%d\tname=%s\talgname=%s\toid=%s", id, s(n), s(gnutls_pk_algorithm_get_name(id)),
		       s(gnutls_pk_get_oid(id)));
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_pk_get_id(n), gnutls_pk_get_id(lc));
		}
		if (gnutls_pk_get_oid(id))
			printf("\toid_to_pk=%d", gnutls_oid_to_pk(gnutls_pk_get_oid(id)));
		printf("\n");
	}
	for (id = 0; id <= 48; id++) {
		const char *n = gnutls_sign_get_name(id);
		const char *oid = gnutls_sign_get_oid(id);
		printf("sign\t%d\tname=%s\toid=%s\thash=%d\tpk=%d\tsecure=%u\tsecure_certs=%u", id, s(n), s(oid),
		       gnutls_sign_get_hash_algorithm(id), gnutls_sign_get_pk_algorithm(id),
		       gnutls_sign_is_secure(id), gnutls_sign_is_secure2(id, GNUTLS_SIGN_FLAG_SECURE_FOR_CERTS));
		printf("\tsupports_pk=");
		for (i = 0; i < NPKS; i++)
			if (gnutls_sign_supports_pk_algorithm(id, pks[i]))
				printf("%d,", pks[i]);
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_sign_get_id(n), gnutls_sign_get_id(lc));
		}
		if (oid)
			printf("\toid_to_sign=%d", gnutls_oid_to_sign(oid));
		printf("\n");
	}
	{
		int pk, h;
		for (pk = 1; pk <= 12; pk++)
			for (h = 0; h <= 20; h++) {
				int sg = gnutls_pk_to_sign(pk, h);
				if (sg)
					printf("pk_to_sign\t0\tpk=%d\thash=%d\tsign=%d\n", pk, h, sg);
			}
	}
	for (id = 0; id <= 23; id++) {
		const char *n = gnutls_ecc_curve_get_name(id);
		const char *oid = gnutls_ecc_curve_get_oid(id);
		printf("%scurve\t%d\tname=%s\toid=%s\tsize=%d\tpk=%d", GAP(gap_curve, id), id, s(n), s(oid),
		       gnutls_ecc_curve_get_size(id), gnutls_ecc_curve_get_pk(id));
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_ecc_curve_get_id(n), gnutls_ecc_curve_get_id(lc));
		}
		if (oid)
			printf("\toid_to_curve=%d", gnutls_oid_to_ecc_curve(oid));
		printf("\n");
	}
	for (id = 0; id <= 262; id++) {
		const char *n = gnutls_group_get_name(id);
		if (!n && id != 0 && id != 23 && id != 261)
			continue;
		printf("%sgroup\t%d\tname=%s", GAP(gap_group, id), id, s(n));
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_group_get_id(n), gnutls_group_get_id(lc));
		}
		printf("\n");
	}
	for (id = 0; id <= 256; id++) {
		const char *n = gnutls_protocol_get_name(id);
		if (!n && id != 0 && id != 6 && id != 203)
			continue;
		printf("protocol\t%d\tname=%s", id, s(n));
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_protocol_get_id(n), gnutls_protocol_get_id(lc));
		}
		printf("\n");
	}
	for (id = 0; id <= 5; id++) {
		const char *n = gnutls_certificate_type_get_name(id);
		printf("certtype\t%d\tname=%s", id, s(n));
		if (n) {
			lower(lc, n, sizeof lc);
			printf("\tget_id=%d\tget_id_lc=%d", gnutls_certificate_type_get_id(n),
			       gnutls_certificate_type_get_id(lc));
		}
		printf("\n");
	}
	for (id = 0; id <= 55; id++) {
		const char *n = gnutls_sec_param_get_name(id);
		if (id % 5 != 0 && !n)
			continue;
		printf("secparam\t%d\tname=%s\tsymbits=%u\tpkbits=", id, s(n),
		       gnutls_sec_param_to_symmetric_bits(id));
		for (i = 0; i < NPKS; i++)
			printf("%u,", gnutls_sec_param_to_pk_bits(pks[i], id));
		printf("\n");
	}
	/* pk_bits_to_sec_param: print each threshold where the answer changes. */
	for (i = 0; i < NPKS; i++) {
		int prev = -1;
		unsigned bits;
		for (bits = 0; bits <= 20000; bits++) {
			int sp = gnutls_pk_bits_to_sec_param(pks[i], bits);
			if (sp != prev)
				printf("bits_to_secparam\t%d\tbits=%u\tsec=%d\n", pks[i], bits, sp);
			prev = sp;
		}
	}
	/* Unknown names. */
	printf("unknown_names\t0\tcipher=%d\tmac=%d\tdigest=%d\tkx=%d\tpk=%d\tsign=%d\tcurve=%d\tgroup=%d\tprotocol=%d\tcerttype=%d\n",
	       gnutls_cipher_get_id("NOPE"), gnutls_mac_get_id("NOPE"), gnutls_digest_get_id("NOPE"),
	       gnutls_kx_get_id("NOPE"), gnutls_pk_get_id("NOPE"), gnutls_sign_get_id("NOPE"),
	       gnutls_ecc_curve_get_id("NOPE"), gnutls_group_get_id("NOPE"), gnutls_protocol_get_id("NOPE"),
	       gnutls_certificate_type_get_id("NOPE"));
	/* The lists: in full behind '~', then without rgnutls's gaps and extras
	 * and without repeats (GnuTLS lists some ids twice). */
#define LIST(tag, fn, gap, extra) do { const int *l = (const int *)fn(); int j; \
		printf("~list\t0\tfamily=%s\tids=", tag); \
		for (i = 0; l[i]; i++) { printf("%d,", l[i]); } \
		printf("\n"); \
		printf("list\t0\tfamily=%s\tids=", tag); \
		for (i = 0; l[i]; i++) { \
			int dup = 0; \
			for (j = 0; j < (int)i; j++) dup |= l[j] == l[i]; \
			if (!dup && !in(gap, l[i]) && !in(extra, l[i])) printf("%d,", l[i]); } \
		printf("\n"); } while (0)
	LIST("cipher", gnutls_cipher_list, gap_cipher, none);
	LIST("mac", gnutls_mac_list, gap_mac, none);
	LIST("digest", gnutls_digest_list, gap_digest, extra_digest);
	LIST("kx", gnutls_kx_list, gap_list_kx, none);
	LIST("pk", gnutls_pk_list, gap_list_pk, none);
	LIST("sign", gnutls_sign_list, gap_list_sign, none);
	LIST("curve", gnutls_ecc_curve_list, gap_curve, none);
	LIST("group", gnutls_group_list, gap_list_group, none);
	LIST("protocol", gnutls_protocol_list, gap_list_protocol, none);
	LIST("certtype", gnutls_certificate_type_list, gap_list_certtype, none);
	{
		const gnutls_compression_method_t *c = gnutls_compression_list();
		printf("compression list=");
		for (; *c; c++)
			printf("%d(%s),", *c, s(gnutls_compression_get_name(*c)));
		printf(" get_id(null)=%d get_id(NULL)=%d get_id(x)=%d name(0)=%s name(2)=%s\n",
		       gnutls_compression_get_id("null"), gnutls_compression_get_id("NULL"),
		       gnutls_compression_get_id("x"), s(gnutls_compression_get_name(0)),
		       s(gnutls_compression_get_name(2)));
	}
	/* Out-of-range ids. */
	{
		int odd[] = { -1, -100, 100000, 0x7fffffff };
		for (i = 0; i < 4; i++) {
			id = odd[i];
			printf("odd\t%d\t%s %s %s %s %s %s %s %s %s %s %s %s %s\n", id, s(gnutls_cipher_get_name(id)),
			       s(gnutls_mac_get_name(id)), s(gnutls_digest_get_name(id)), s(gnutls_kx_get_name(id)),
			       s(gnutls_pk_get_name(id)), s(gnutls_pk_algorithm_get_name(id)), s(gnutls_sign_get_name(id)),
			       s(gnutls_ecc_curve_get_name(id)), s(gnutls_group_get_name(id)),
			       s(gnutls_protocol_get_name(id)), s(gnutls_certificate_type_get_name(id)),
			       s(gnutls_sec_param_get_name(id)), s(gnutls_digest_get_oid(id)));
			printf("odd\t%d\tsizes %u %u %u %u %u %u %u %u %u %d %d\n", id,
			       (unsigned)gnutls_cipher_get_key_size(id), gnutls_cipher_get_iv_size(id),
			       gnutls_cipher_get_block_size(id), gnutls_cipher_get_tag_size(id), gnutls_hash_get_len(id),
			       gnutls_hmac_get_len(id), (unsigned)gnutls_mac_get_key_size(id),
			       (unsigned)gnutls_mac_get_nonce_size(id), gnutls_sign_is_secure(id),
			       gnutls_ecc_curve_get_size(id), gnutls_sign_get_hash_algorithm(id));
		}
	}
	/* Lookups of names and OIDs nobody has. */
	printf("oid_unknown %d %d %d %d %d\n", gnutls_oid_to_digest("1.2.3"), gnutls_oid_to_mac("1.2.3"),
	       gnutls_oid_to_pk("1.2.3"), gnutls_oid_to_sign("1.2.3"), gnutls_oid_to_ecc_curve("1.2.3"));
	printf("oid_alias rsa=%d sha1rsa=%d dsasha1=%d\n", gnutls_oid_to_pk("2.5.8.1.1"),
	       gnutls_oid_to_sign("1.3.14.3.2.29"), gnutls_oid_to_sign("1.3.14.3.2.27"));
	printf("kx_get_id RSA-EXPORT=%d\n", gnutls_kx_get_id("RSA-EXPORT"));
	printf("pk_get_id alias=%d lower=%d\n", gnutls_pk_get_id("RSA (X.509)"), gnutls_pk_get_id("rsa"));
	printf("certtype_get_id %d %d %d %d\n", gnutls_certificate_type_get_id("X509"),
	       gnutls_certificate_type_get_id("x.509"), gnutls_certificate_type_get_id("Raw Public Key"),
	       gnutls_certificate_type_get_id("RAWPK"));
	printf("sign_is_secure2 flags: ");
	for (id = 0; id <= 46; id++)
		printf("%u%u", gnutls_sign_is_secure2(id, 0), gnutls_sign_is_secure2(id, 3));
	printf("\n");
	/* Changing the configuration is refused without the system allowlist. */
	printf("set %d %d %d %d %d\n", gnutls_sign_set_secure(GNUTLS_SIGN_RSA_SHA1, 1),
	       gnutls_sign_set_secure_for_certs(GNUTLS_SIGN_RSA_SHA1, 1), gnutls_digest_set_secure(GNUTLS_DIG_SHA1, 1),
	       gnutls_protocol_set_enabled(GNUTLS_TLS1_0, 1), gnutls_ecc_curve_set_enabled(GNUTLS_ECC_CURVE_SECP256R1, 1));
	/* The cipher-suite table. */
	for (i = 0; i < 400; i++) {
		unsigned char cs[2] = { 0, 0 };
		gnutls_kx_algorithm_t k = 0;
		gnutls_cipher_algorithm_t c = 0;
		gnutls_mac_algorithm_t m = 0;
		gnutls_protocol_t v = 0;
		const char *n = gnutls_cipher_suite_info(i, cs, &k, &c, &m, &v);
		if (!n) {
			printf("suites %u\n", i);
			break;
		}
		printf("suite\t%u\t%s\t%02x%02x\tkx=%d\tcipher=%d\tmac=%d\tmin=%d\tget_name=%s\n", i, n, cs[0], cs[1],
		       k, c, m, v, s(gnutls_cipher_suite_get_name(k, c, m)));
	}
	printf("suite_info NULL outs=%s\n", s(gnutls_cipher_suite_info(0, NULL, NULL, NULL, NULL, NULL)));
	printf("suite_get_name unknown=%s\n", s(gnutls_cipher_suite_get_name(99, 99, 99)));
	gnutls_global_deinit();
	return 0;
}
