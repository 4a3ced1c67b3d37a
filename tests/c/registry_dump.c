/* Dumps the algorithm registry of the real libgnutls so rgnutls's tables can
 * be compared with it (tests/algorithms_registry.rs reads the output).
 * Build: cc tests/c/registry_dump.c -o /tmp/registry_dump -lgnutls
 * Output: one record per line, tab-separated: family, id, then key=value. */
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
		printf("cipher\t%d\tname=%s\tkey=%u\tiv=%u\tblock=%u\ttag=%u", id, s(n),
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
		printf("mac\t%d\tname=%s\tlen=%u\tkey=%u\tnonce=%u", id, s(n), gnutls_hmac_get_len(id),
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
		printf("digest\t%d\tname=%s\tlen=%u\toid=%s", id, s(n), gnutls_hash_get_len(id),
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
			printf("oid_to_mac\t0\toid=%s\tmac=%d\n", mac_oids[i], gnutls_oid_to_mac(mac_oids[i]));
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
		printf("curve\t%d\tname=%s\toid=%s\tsize=%d\tpk=%d", id, s(n), s(oid),
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
		printf("group\t%d\tname=%s", id, s(n));
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
	/* The real library's lists, in its order. */
#define LIST(tag, fn) do { const int *l = (const int *)fn(); printf("list\t0\tfamily=%s\tids=", tag); \
		for (i = 0; l[i]; i++) printf("%d,", l[i]); printf("\n"); } while (0)
	LIST("cipher", gnutls_cipher_list);
	LIST("mac", gnutls_mac_list);
	LIST("digest", gnutls_digest_list);
	LIST("kx", gnutls_kx_list);
	LIST("pk", gnutls_pk_list);
	LIST("sign", gnutls_sign_list);
	LIST("curve", gnutls_ecc_curve_list);
	LIST("group", gnutls_group_list);
	LIST("protocol", gnutls_protocol_list);
	LIST("certtype", gnutls_certificate_type_list);
	gnutls_global_deinit();
	return 0;
}
