/* Less common certificate fields, printed for comparison with the real
 * libgnutls: the signature value and OID, CRL distribution points (with
 * reason flags, criticality and GnuTLS's flattening of the points),
 * issuer alternative names and other-name OIDs, the EC public key, and the
 * unique identifiers, set on a certificate that is then signed (RSA PKCS#1
 * v1.5 is deterministic, so the DER must be byte-identical) and read back,
 * with gnutls_x509_crt_set_flags(GNUTLS_X509_CRT_FLAG_IGNORE_SANITY)
 * letting a v1 certificate carry them; the CRL distribution point setters
 * and gnutls_x509_crt_cpy_crl_dist_points. Short buffers, NULL buffers and
 * absent fields included. Fixtures: tests/certs/x509ext2 and others. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char dir[512];

static gnutls_x509_crt_t load(const char *name)
{
	char path[1024];
	gnutls_datum_t d;
	gnutls_x509_crt_t c;
	snprintf(path, sizeof path, "%s%s", dir, name);
	if (gnutls_load_file(path, &d) < 0) {
		printf("cannot load %s\n", name);
		exit(1);
	}
	gnutls_x509_crt_init(&c);
	int ret = gnutls_x509_crt_import(c, &d, GNUTLS_X509_FMT_PEM);
	gnutls_free(d.data);
	printf("== %s: import %d\n", name, ret);
	return c;
}

static void hex(const char *label, const void *p, size_t n)
{
	const unsigned char *b = p;
	printf("  %s ", label);
	for (size_t i = 0; i < n; i++)
		printf("%02x", b[i]);
	printf("\n");
}

static void signature(gnutls_x509_crt_t c)
{
	unsigned char buf[1024];
	size_t s = 0;
	int ret = gnutls_x509_crt_get_signature(c, NULL, &s);
	printf("  sig NULL/0: %d size %zu\n", ret, s);
	size_t need = s;
	s = 4;
	ret = gnutls_x509_crt_get_signature(c, (char *)buf, &s);
	printf("  sig short: %d size %zu\n", ret, s);
	s = sizeof buf;
	ret = gnutls_x509_crt_get_signature(c, NULL, &s);
	printf("  sig NULL/big: %d size %zu\n", ret, s);
	s = need;
	ret = gnutls_x509_crt_get_signature(c, (char *)buf, &s);
	printf("  sig exact: %d size %zu\n", ret, s);
	/* ECDSA signatures are random: print the first bytes only. */
	if (ret == 0)
		hex("sig head", buf, s < 4 ? s : 4);

	char oid[128];
	s = 0;
	ret = gnutls_x509_crt_get_signature_oid(c, NULL, &s);
	printf("  sigoid NULL/0: %d size %zu\n", ret, s);
	need = s;
	s = need - 1;
	ret = gnutls_x509_crt_get_signature_oid(c, oid, &s);
	printf("  sigoid need-1: %d size %zu\n", ret, s);
	s = need;
	memset(oid, 'x', sizeof oid);
	ret = gnutls_x509_crt_get_signature_oid(c, oid, &s);
	printf("  sigoid exact: %d size %zu %s\n", ret, s, ret == 0 ? oid : "");
	s = sizeof oid;
	ret = gnutls_x509_crt_get_signature_oid(c, NULL, &s);
	printf("  sigoid NULL/big: %d size %zu\n", ret, s);
}

/* GnuTLS reads a one-byte ReasonFlags string into a two-byte buffer whose
 * second byte it leaves uninitialised: only the low byte is defined then. */
static void dist_points(gnutls_x509_crt_t c, unsigned mask)
{
	for (unsigned i = 0; i < 7; i++) {
		char buf[256];
		size_t s = sizeof buf;
		unsigned rf = 77, cr = 77;
		memset(buf, 0, sizeof buf);
		int ret = gnutls_x509_crt_get_crl_dist_points(c, i, buf, &s, &rf, &cr);
		printf("  dp %u: %d size %zu reasons %#x critical %u '%s'\n", i, ret, s, rf & mask, cr, ret >= 0 ? buf : "");
		if (ret < 0)
			break;
		s = 0;
		ret = gnutls_x509_crt_get_crl_dist_points(c, i, NULL, &s, NULL, NULL);
		printf("  dp %u NULL: %d size %zu\n", i, ret, s);
		size_t need = s;
		s = need - 1;
		ret = gnutls_x509_crt_get_crl_dist_points(c, i, buf, &s, NULL, NULL);
		printf("  dp %u need-1: %d size %zu\n", i, ret, s);
		s = sizeof buf;
		ret = gnutls_x509_crt_get_crl_dist_points(c, i, NULL, &s, NULL, NULL);
		printf("  dp %u NULL/big: %d size %zu\n", i, ret, s);
	}
}

static void alt_names(gnutls_x509_crt_t c)
{
	for (unsigned i = 0; i < 16; i++) {
		char buf[256];
		size_t s = sizeof buf;
		memset(buf, 0, sizeof buf);
		int ret = gnutls_x509_crt_get_subject_alt_othername_oid(c, i, buf, &s);
		printf("  san oid %u: %d size %zu '%s'\n", i, ret, s, ret >= 0 ? buf : "");
		if (ret < 0)
			break;
		s = 0;
		ret = gnutls_x509_crt_get_subject_alt_othername_oid(c, i, NULL, &s);
		printf("  san oid %u NULL: %d size %zu\n", i, ret, s);
	}
	for (unsigned i = 0; i < 16; i++) {
		char buf[256];
		size_t s = sizeof buf;
		unsigned type = 77, cr = 77;
		memset(buf, 0, sizeof buf);
		int ret = gnutls_x509_crt_get_issuer_alt_othername_oid(c, i, buf, &s);
		printf("  ian oid %u: %d size %zu '%s'\n", i, ret, s, ret >= 0 ? buf : "");
		if (ret < 0)
			break;
		s = sizeof buf;
		memset(buf, 0, sizeof buf);
		ret = gnutls_x509_crt_get_issuer_alt_name2(c, i, buf, &s, &type, &cr);
		printf("  ian %u: %d size %zu type %u critical %u '%s'\n", i, ret, s, type, cr, ret >= 0 ? buf : "");
		s = 0;
		ret = gnutls_x509_crt_get_issuer_alt_name(c, i, NULL, &s, NULL);
		printf("  ian %u NULL: %d size %zu\n", i, ret, s);
	}
}

static void ecc(gnutls_x509_crt_t c)
{
	gnutls_ecc_curve_t curve = 99;
	gnutls_datum_t x = { NULL, 0 }, y = { NULL, 0 };
	int ret = gnutls_x509_crt_get_pk_ecc_raw(c, &curve, &x, &y);
	printf("  ecc: %d curve %d\n", ret, (int)curve);
	if (ret == 0) {
		hex("x", x.data, x.size);
		hex("y", y.data, y.size);
		gnutls_free(x.data);
		gnutls_free(y.data);
	}
}

static void unique_ids(gnutls_x509_crt_t c)
{
	unsigned char buf[64];
	size_t s = sizeof buf;
	int ret = gnutls_x509_crt_get_issuer_unique_id(c, (char *)buf, &s);
	printf("  issuer uid: %d size %zu\n", ret, s);
	if (ret == 0)
		hex("issuer uid", buf, s);
	s = 1;
	ret = gnutls_x509_crt_get_issuer_unique_id(c, (char *)buf, &s);
	printf("  issuer uid short: %d size %zu\n", ret, s);
	s = sizeof buf;
	ret = gnutls_x509_crt_get_subject_unique_id(c, (char *)buf, &s);
	printf("  subject uid: %d size %zu\n", ret, s);
	if (ret == 0)
		hex("subject uid", buf, s);
	s = 0;
	ret = gnutls_x509_crt_get_subject_unique_id(c, NULL, &s);
	printf("  subject uid NULL: %d size %zu\n", ret, s);
}

static gnutls_x509_privkey_t key;

/* A certificate with unique identifiers, made and signed here. */
static int make(int version, int with_ext, unsigned flags, gnutls_datum_t *der)
{
	gnutls_x509_crt_t c;
	gnutls_x509_crt_init(&c);
	if (flags)
		gnutls_x509_crt_set_flags(c, flags);
	if (version)
		printf("  set version %d\n", gnutls_x509_crt_set_version(c, version));
	gnutls_x509_crt_set_serial(c, "\x01\x02", 2);
	gnutls_x509_crt_set_activation_time(c, 1600000000);
	gnutls_x509_crt_set_expiration_time(c, 1900000000);
	gnutls_x509_crt_set_dn(c, "CN=unique id test,O=rgnutls", NULL);
	gnutls_x509_crt_set_key(c, key);
	unique_ids(c);
	printf("  set issuer uid %d\n", gnutls_x509_crt_set_issuer_unique_id(c, "\xaa\xbb\xcc", 3));
	printf("  set subject uid %d\n", gnutls_x509_crt_set_subject_unique_id(c, "\x11\x22\x33\x44\x55", 5));
	if (with_ext)
		gnutls_x509_crt_set_key_usage(c, GNUTLS_KEY_DIGITAL_SIGNATURE);
	printf("  before signing:\n");
	unique_ids(c);
	int ret = gnutls_x509_crt_sign2(c, c, key, GNUTLS_DIG_SHA256, 0);
	printf("  sign: %d\n", ret);
	if (ret == 0) {
		printf("  version %d\n", gnutls_x509_crt_get_version(c));
		unique_ids(c);
		ret = gnutls_x509_crt_export2(c, GNUTLS_X509_FMT_DER, der);
		printf("  export %d\n", ret);
		hex("der", der->data, der->size);
	}
	gnutls_x509_crt_deinit(c);
	return ret;
}

static void reimport(const gnutls_datum_t *der, unsigned flags)
{
	gnutls_x509_crt_t c;
	gnutls_x509_crt_init(&c);
	if (flags)
		gnutls_x509_crt_set_flags(c, flags);
	int ret = gnutls_x509_crt_import(c, der, GNUTLS_X509_FMT_DER);
	printf("  import (flags %u): %d\n", flags, ret);
	if (ret == 0)
		unique_ids(c);
	gnutls_x509_crt_deinit(c);
}

/* The distribution point setters: GnuTLS groups names with the same
 * reasons into one point and writes the reasons as a two-bit string. */
static void set_dist_points(void)
{
	gnutls_x509_crt_t c, c2;
	gnutls_datum_t der = { NULL, 0 };
	printf("== set CRL distribution points\n");
	for (int pass = 0; pass < 2; pass++) {
		gnutls_x509_crt_init(&c);
		gnutls_x509_crt_set_version(c, 3);
		gnutls_x509_crt_set_serial(c, "\x05", 1);
		gnutls_x509_crt_set_activation_time(c, 1600000000);
		gnutls_x509_crt_set_expiration_time(c, 1900000000);
		gnutls_x509_crt_set_dn(c, "CN=dist points", NULL);
		gnutls_x509_crt_set_key(c, key);
		if (pass == 1) {
			printf("  set1 %d\n", gnutls_x509_crt_set_crl_dist_points(c, GNUTLS_SAN_URI, "http://a.example/1.crl", 0));
			printf("  set2 %d\n", gnutls_x509_crt_set_crl_dist_points2(c, GNUTLS_SAN_URI, "http://b.example/2.crl", 21, 0));
			printf("  set3 %d\n", gnutls_x509_crt_set_crl_dist_points2(c, GNUTLS_SAN_DNSNAME, "c.example", 9,
					GNUTLS_CRL_REASON_KEY_COMPROMISE | GNUTLS_CRL_REASON_AA_COMPROMISE));
			printf("  set4 %d\n", gnutls_x509_crt_set_crl_dist_points2(c, GNUTLS_SAN_URI, "http://d.example/", 17,
					GNUTLS_CRL_REASON_KEY_COMPROMISE | GNUTLS_CRL_REASON_AA_COMPROMISE));
			printf("  set5 %d\n", gnutls_x509_crt_set_crl_dist_points2(c, GNUTLS_SAN_URI, "http://e.example/", 17,
					GNUTLS_CRL_REASON_SUPERSEDED));
			printf("  set6 %d\n", gnutls_x509_crt_set_crl_dist_points(c, GNUTLS_SAN_URI, "http://f.example/",
					GNUTLS_CRL_REASON_UNSPECIFIED));
		}
		printf("  sign %d\n", gnutls_x509_crt_sign2(c, c, key, GNUTLS_DIG_SHA256, 0));
		dist_points(c, 0xffu);
		if (gnutls_x509_crt_export2(c, GNUTLS_X509_FMT_DER, &der) == 0) {
			hex("der", der.data, der.size);
			gnutls_free(der.data);
		}
		/* Copied to another certificate, signed in turn. */
		gnutls_x509_crt_init(&c2);
		printf("  cpy %d\n", gnutls_x509_crt_cpy_crl_dist_points(c2, c));
		gnutls_x509_crt_set_version(c2, 3);
		gnutls_x509_crt_set_serial(c2, "\x06", 1);
		gnutls_x509_crt_set_activation_time(c2, 1600000000);
		gnutls_x509_crt_set_expiration_time(c2, 1900000000);
		gnutls_x509_crt_set_dn(c2, "CN=copy", NULL);
		gnutls_x509_crt_set_key(c2, key);
		printf("  sign copy %d\n", gnutls_x509_crt_sign2(c2, c, key, GNUTLS_DIG_SHA256, 0));
		dist_points(c2, 0xffu);
		if (gnutls_x509_crt_export2(c2, GNUTLS_X509_FMT_DER, &der) == 0) {
			hex("der", der.data, der.size);
			gnutls_free(der.data);
		}
		gnutls_x509_crt_deinit(c2);
		gnutls_x509_crt_deinit(c);
	}
}

int main(void)
{
	const char *d = getenv("RGNUTLS_CERTS");
	snprintf(dir, sizeof dir, "%s", d ? d : "tests/certs/");

	const char *files[] = { "x509ext2/crldp.pem", "x509ext2/crldp-aa.pem", "x509ext2/crldp-crit.pem",
				"x509/san-all.pem", "more/rsa1024.pem", "x509more/feat-one.pem", "x509/no-ext.pem" };
	for (unsigned i = 0; i < sizeof files / sizeof files[0]; i++) {
		gnutls_x509_crt_t c = load(files[i]);
		signature(c);
		/* crldp-aa.pem's first point has a two-byte reason string, its
		 * second none: every bit is defined. */
		dist_points(c, strcmp(files[i], "x509ext2/crldp-aa.pem") == 0 ? ~0u : 0xffu);
		alt_names(c);
		ecc(c);
		unique_ids(c);
		gnutls_x509_crt_deinit(c);
	}

	char path[1024];
	gnutls_datum_t kd;
	snprintf(path, sizeof path, "%skeys/rsa-pkcs1.pem", dir);
	if (gnutls_load_file(path, &kd) < 0)
		return 1;
	gnutls_x509_privkey_init(&key);
	printf("key import %d\n", gnutls_x509_privkey_import(key, &kd, GNUTLS_X509_FMT_PEM));
	gnutls_free(kd.data);

	gnutls_datum_t der = { NULL, 0 };
	printf("== v3 with unique ids\n");
	if (make(3, 1, 0, &der) == 0) {
		reimport(&der, 0);
		gnutls_free(der.data);
	}
	printf("== v2 with unique ids\n");
	if (make(2, 0, 0, &der) == 0)
		gnutls_free(der.data);
	printf("== v2 with unique ids and an extension\n");
	make(2, 1, 0, &der);
	printf("== v1 with unique ids\n");
	make(0, 0, 0, &der);
	printf("== v1 with unique ids, sanity checks off\n");
	if (make(1, 0, GNUTLS_X509_CRT_FLAG_IGNORE_SANITY, &der) == 0) {
		reimport(&der, 0);
		reimport(&der, GNUTLS_X509_CRT_FLAG_IGNORE_SANITY);
		gnutls_free(der.data);
	}
	printf("== v1 with an extension, sanity checks off\n");
	if (make(1, 1, GNUTLS_X509_CRT_FLAG_IGNORE_SANITY, &der) == 0) {
		reimport(&der, 0);
		reimport(&der, GNUTLS_X509_CRT_FLAG_IGNORE_SANITY);
		gnutls_free(der.data);
	}
	set_dist_points();
	gnutls_x509_privkey_deinit(key);
	return 0;
}
