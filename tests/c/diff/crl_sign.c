/* CRL generation, printed for comparison with the real libgnutls:
 * gnutls_x509_crl_set_version/_this_update/_next_update/_number/
 * _authority_key_id/_crt/_crt_serial, then gnutls_x509_crl_sign,
 * gnutls_x509_crl_sign2 or gnutls_x509_crl_privkey_sign (the way
 * libopendht makes its CRLs). RSA PKCS#1 v1.5 is deterministic, so the
 * signed DER must be byte-identical. Also: getters before signing, what is
 * required to sign, changing an imported CRL and signing it again,
 * gnutls_x509_crl_print of the result in every format, its signature and
 * signature OID getters, and verification
 * of the result against its CA. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char dir[512];
static gnutls_x509_privkey_t key;
static gnutls_x509_crt_t ca, leaf;

static void hex(const char *label, const void *p, size_t n)
{
	const unsigned char *b = p;
	printf("  %s ", label);
	for (size_t i = 0; i < n; i++)
		printf("%02x", b[i]);
	printf("\n");
}

static int load(const char *name, gnutls_datum_t *d)
{
	char path[1024];
	snprintf(path, sizeof path, "%s%s", dir, name);
	return gnutls_load_file(path, d);
}

/* The TBSCertList of a DER CRL (its first element). */
static void tbs_hex(const gnutls_datum_t *der)
{
	const unsigned char *p = der->data;
	size_t off = 1, len;
	if (der->size < 8)
		return;
	off += (p[off] & 0x80) ? 1 + (p[off] & 0x7f) : 1; /* the outer length */
	size_t start = off++;
	if (p[off] & 0x80) {
		unsigned n = p[off++] & 0x7f;
		for (len = 0; n--; off++)
			len = (len << 8) | p[off];
	} else {
		len = p[off++];
	}
	hex("tbs", p + start, off - start + len);
}

/* GnuTLS 3.7.9 signs a changed imported CRL wrongly (the signature does
 * not verify, even after a fresh import): for those only the signed
 * content is compared. */
static int resigned;

static void show(gnutls_x509_crl_t crl, gnutls_datum_t *der)
{
	printf("  version %d count %d this %ld next %ld\n", gnutls_x509_crl_get_version(crl),
	       gnutls_x509_crl_get_crt_count(crl), (long)gnutls_x509_crl_get_this_update(crl),
	       (long)gnutls_x509_crl_get_next_update(crl));
	int ret = gnutls_x509_crl_export2(crl, GNUTLS_X509_FMT_DER, der);
	printf("  export %d\n", ret);
	if (ret == 0 && resigned)
		tbs_hex(der);
	else if (ret == 0)
		hex("der", der->data, der->size);
	else
		der->data = NULL;
	unsigned char nr[32];
	size_t s = sizeof nr;
	unsigned crit = 77;
	ret = gnutls_x509_crl_get_number(crl, nr, &s, &crit);
	printf("  number %d critical %u\n", ret, crit);
	if (ret == 0)
		hex("number", nr, s);
	for (int f = GNUTLS_CRT_PRINT_FULL; f <= GNUTLS_CRT_PRINT_FULL_NUMBERS; f++) {
		gnutls_datum_t text;
		/* Not signed: GnuTLS prints what it finds, errors included. */
		if (der->data == NULL || (resigned && f != GNUTLS_CRT_PRINT_UNSIGNED_FULL))
			continue;
		ret = gnutls_x509_crl_print(crl, f, &text);
		printf("  print %d: %d\n", f, ret);
		if (ret == 0) {
			printf("%s", text.data);
			gnutls_free(text.data);
		}
	}
	if (!resigned) {
		unsigned char sig[512];
		char oid[64];
		s = 0;
		ret = gnutls_x509_crl_get_signature(crl, NULL, &s);
		printf("  signature NULL: %d size %zu\n", ret, s);
		s = sizeof sig;
		ret = gnutls_x509_crl_get_signature(crl, (char *)sig, &s);
		printf("  signature: %d size %zu\n", ret, s);
		if (ret == 0)
			hex("signature", sig, 8);
		s = 0;
		ret = gnutls_x509_crl_get_signature_oid(crl, NULL, &s);
		printf("  signature oid NULL: %d size %zu\n", ret, s);
		s = sizeof oid;
		ret = gnutls_x509_crl_get_signature_oid(crl, oid, &s);
		printf("  signature oid: %d size %zu %s\n", ret, s, ret == 0 ? oid : "");
	}
	unsigned status = 77;
	ret = gnutls_x509_crl_verify(crl, &ca, 1, 0, &status);
	if (!resigned)
		printf("  verify %d status %#x\n", ret, status);
	gnutls_free(der->data);
	der->data = NULL;
}

/* Sets what `mode` asks, then signs with `how` (0 sign2, 1 sign, 2 privkey_sign). */
static void make(const char *title, unsigned mode, int how, gnutls_digest_algorithm_t dig)
{
	gnutls_x509_crl_t crl;
	gnutls_datum_t der = { NULL, 0 };
	printf("== %s\n", title);
	gnutls_x509_crl_init(&crl);
	if (mode & 1)
		printf("  set version %d\n", gnutls_x509_crl_set_version(crl, 2));
	if (mode & 2)
		printf("  set this %d\n", gnutls_x509_crl_set_this_update(crl, 1700000000));
	if (mode & 4)
		printf("  set next %d\n", gnutls_x509_crl_set_next_update(crl, 1710000000));
	if (mode & 8)
		printf("  set number %d\n", gnutls_x509_crl_set_number(crl, "\x00\x07", 2));
	if (mode & 16)
		printf("  set crt %d\n", gnutls_x509_crl_set_crt(crl, leaf, 1650000000));
	if (mode & 32)
		printf("  set serial %d\n", gnutls_x509_crl_set_crt_serial(crl, "\x42\x43", 2, 1660000000));
	if (mode & 64)
		printf("  set aki %d\n", gnutls_x509_crl_set_authority_key_id(crl, "\x09\x08\x07", 3));
	if (mode & 128)
		printf("  set far next %d\n", gnutls_x509_crl_set_next_update(crl, 2600000000L));
	printf("  before signing: version %d count %d\n", gnutls_x509_crl_get_version(crl),
	       gnutls_x509_crl_get_crt_count(crl));
	int ret;
	if (how == 2) {
		gnutls_privkey_t pk;
		gnutls_privkey_init(&pk);
		gnutls_privkey_import_x509(pk, key, 0);
		ret = gnutls_x509_crl_privkey_sign(crl, ca, pk, dig, 0);
		gnutls_privkey_deinit(pk);
	} else if (how == 1) {
		ret = gnutls_x509_crl_sign(crl, ca, key);
	} else {
		ret = gnutls_x509_crl_sign2(crl, ca, key, dig, 0);
	}
	printf("  sign: %d\n", ret);
	show(crl, &der);

	if (ret == 0) {
		/* Import the signed CRL, revoke one more and sign again. */
		gnutls_x509_crl_export2(crl, GNUTLS_X509_FMT_PEM, &der);
		gnutls_x509_crl_t again;
		gnutls_x509_crl_init(&again);
		printf("  reimport %d\n", gnutls_x509_crl_import(again, &der, GNUTLS_X509_FMT_PEM));
		gnutls_free(der.data);
		der.data = NULL;
		printf("  add serial %d\n", gnutls_x509_crl_set_crt_serial(again, "\x01", 1, 1690000000));
		printf("  set number %d\n", gnutls_x509_crl_set_number(again, "\x08", 1));
		printf("  sign again: %d\n", gnutls_x509_crl_sign2(again, ca, key, GNUTLS_DIG_SHA256, 0));
		resigned = 1;
		show(again, &der);
		resigned = 0;
		gnutls_x509_crl_deinit(again);
	}
	gnutls_x509_crl_deinit(crl);
}

int main(void)
{
	const char *d = getenv("RGNUTLS_CERTS");
	snprintf(dir, sizeof dir, "%s", d ? d : "tests/certs/");
	gnutls_datum_t data;

	if (load("keys/rsa-pkcs1.pem", &data) < 0)
		return 1;
	gnutls_x509_privkey_init(&key);
	printf("key import %d\n", gnutls_x509_privkey_import(key, &data, GNUTLS_X509_FMT_PEM));
	gnutls_free(data.data);

	/* The CA: self-signed with the same key, fixed fields. */
	gnutls_x509_crt_init(&ca);
	gnutls_x509_crt_set_version(ca, 3);
	gnutls_x509_crt_set_serial(ca, "\x05", 1);
	gnutls_x509_crt_set_activation_time(ca, 1600000000);
	gnutls_x509_crt_set_expiration_time(ca, 1900000000);
	gnutls_x509_crt_set_dn(ca, "CN=CRL CA,O=rgnutls", NULL);
	gnutls_x509_crt_set_key(ca, key);
	gnutls_x509_crt_set_basic_constraints(ca, 1, -1);
	gnutls_x509_crt_set_key_usage(ca, GNUTLS_KEY_CRL_SIGN | GNUTLS_KEY_KEY_CERT_SIGN);
	printf("ca sign %d\n", gnutls_x509_crt_sign2(ca, ca, key, GNUTLS_DIG_SHA256, 0));

	if (load("more/rsa1024.pem", &data) < 0)
		return 1;
	gnutls_x509_crt_init(&leaf);
	printf("leaf import %d\n", gnutls_x509_crt_import(leaf, &data, GNUTLS_X509_FMT_PEM));
	gnutls_free(data.data);

	make("nothing set", 0, 0, GNUTLS_DIG_SHA256);
	make("version only", 1, 0, GNUTLS_DIG_SHA256);
	make("version and this update", 1 | 2, 0, GNUTLS_DIG_SHA256);
	make("this and next update, no version", 2 | 4, 0, GNUTLS_DIG_SHA256);
	make("everything, sign2 SHA-256", 127, 0, GNUTLS_DIG_SHA256);
	make("everything, sign2 SHA-384", 127, 0, GNUTLS_DIG_SHA384);
	make("everything, sign", 127, 1, 0);
	make("revoked, privkey_sign SHA-512", 1 | 2 | 4 | 16 | 32, 2, GNUTLS_DIG_SHA512);
	make("next update after 2049", 1 | 2 | 128, 0, GNUTLS_DIG_SHA256);

	gnutls_x509_crt_deinit(leaf);
	gnutls_x509_crt_deinit(ca);
	gnutls_x509_privkey_deinit(key);
	return 0;
}
