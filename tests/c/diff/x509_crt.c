/* gnutls_x509_crt_* getters, hostname checks and the public key view, over
 * every certificate of the corpus (tests/certs), printed for comparison with
 * the real libgnutls. The corpus is found relative to this source file. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libgen.h>

static char certs_dir[4096];

static void hex(const char *label, const unsigned char *p, size_t n)
{
	printf("  %s ", label);
	for (size_t i = 0; i < n; i++)
		printf("%02x", p[i]);
	printf("\n");
}

/* Strings may hold any byte: print them C-escaped. */
static void str(const char *label, const unsigned char *p, size_t n)
{
	printf("  %s \"", label);
	for (size_t i = 0; i < n; i++) {
		if (p[i] >= 0x20 && p[i] < 0x7f && p[i] != '\\')
			putchar(p[i]);
		else
			printf("\\x%02x", p[i]);
	}
	printf("\"\n");
}

static void datum_str(const char *label, int ret, gnutls_datum_t *d)
{
	if (ret < 0) {
		printf("  %s error %d\n", label, ret);
		return;
	}
	str(label, d->data, d->size);
	if (d->data[d->size] != 0)
		printf("  %s not NUL-terminated\n", label);
	gnutls_free(d->data);
}

static void dns(gnutls_x509_crt_t crt)
{
	gnutls_datum_t d;
	char buf[2048];
	size_t size;
	int ret;

	/* size query, then a buffer exactly as large as the length (no room for NUL), then enough */
	size = 0;
	ret = gnutls_x509_crt_get_dn(crt, NULL, &size);
	printf("  get_dn(NULL) %d size %zu\n", ret, size);
	size_t need = size;
	size = need;
	ret = gnutls_x509_crt_get_dn(crt, buf, &size);
	printf("  get_dn(exact) %d size %zu\n", ret, size);
	size = sizeof buf;
	ret = gnutls_x509_crt_get_dn(crt, buf, &size);
	printf("  get_dn %d size %zu strlen %zu\n", ret, size, ret == 0 ? strlen(buf) : 0);
	size = sizeof buf;
	ret = gnutls_x509_crt_get_issuer_dn(crt, buf, &size);
	printf("  get_issuer_dn %d size %zu\n", ret, size);
	if (ret == 0)
		str("issuer_dn", (unsigned char *)buf, size);

	datum_str("dn2", gnutls_x509_crt_get_dn2(crt, &d), &d);
	datum_str("dn3(0)", gnutls_x509_crt_get_dn3(crt, &d, 0), &d);
	datum_str("dn3(compat)", gnutls_x509_crt_get_dn3(crt, &d, GNUTLS_X509_DN_FLAG_COMPAT), &d);
	datum_str("issuer_dn2", gnutls_x509_crt_get_issuer_dn2(crt, &d), &d);
	datum_str("issuer_dn3(compat)", gnutls_x509_crt_get_issuer_dn3(crt, &d, GNUTLS_X509_DN_FLAG_COMPAT), &d);

	const char *oids[] = { GNUTLS_OID_X520_COMMON_NAME, GNUTLS_OID_X520_ORGANIZATION_NAME,
		GNUTLS_OID_X520_ORGANIZATIONAL_UNIT_NAME, GNUTLS_OID_X520_COUNTRY_NAME,
		GNUTLS_OID_PKCS9_EMAIL, "0.9.2342.19200300.100.1.25", "2.5.4.13", "1.3.6.1.4.1.311.60.2.1.3", "9.9.9" };
	for (unsigned o = 0; o < sizeof oids / sizeof oids[0]; o++) {
		for (unsigned idx = 0; idx < 3; idx++) {
			for (unsigned raw = 0; raw < 2; raw++) {
				size = sizeof buf;
				ret = gnutls_x509_crt_get_dn_by_oid(crt, oids[o], idx, raw, buf, &size);
				if (ret == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE && raw == 0 && idx > 0)
					break;
				printf("  dn_by_oid %s %u raw=%u: %d size %zu\n", oids[o], idx, raw, ret, size);
				if (ret == 0) {
					if (raw)
						hex("value", (unsigned char *)buf, size);
					else
						str("value", (unsigned char *)buf, size);
				}
			}
		}
	}
	size = 0;
	ret = gnutls_x509_crt_get_dn_by_oid(crt, GNUTLS_OID_X520_COMMON_NAME, 0, 0, NULL, &size);
	printf("  dn_by_oid CN size query %d size %zu\n", ret, size);
	size = sizeof buf;
	ret = gnutls_x509_crt_get_issuer_dn_by_oid(crt, GNUTLS_OID_X520_COMMON_NAME, 0, 0, buf, &size);
	printf("  issuer_dn_by_oid CN %d size %zu\n", ret, size);
	if (ret == 0)
		str("value", (unsigned char *)buf, size);

	ret = gnutls_x509_crt_get_raw_dn(crt, &d);
	printf("  raw_dn %d\n", ret);
	if (ret == 0) {
		hex("raw", d.data, d.size);
		gnutls_free(d.data);
	}
	ret = gnutls_x509_crt_get_raw_issuer_dn(crt, &d);
	printf("  raw_issuer_dn %d\n", ret);
	if (ret == 0) {
		hex("raw", d.data, d.size);
		gnutls_free(d.data);
	}
}

static void sans(gnutls_x509_crt_t crt)
{
	unsigned char buf[1024];
	for (unsigned seq = 0; seq < 20; seq++) {
		size_t size = sizeof buf;
		unsigned type = 99, critical = 99;
		int ret = gnutls_x509_crt_get_subject_alt_name2(crt, seq, buf, &size, &type, &critical);
		printf("  san2[%u] %d type %u critical %u size %zu\n", seq, ret, type, critical, size);
		if (ret < 0)
			break;
		str("san", buf, size);
		size = sizeof buf;
		critical = 99;
		ret = gnutls_x509_crt_get_subject_alt_name(crt, seq, buf, &size, &critical);
		printf("  san[%u] %d critical %u size %zu\n", seq, ret, critical, size);
		size = 1;
		ret = gnutls_x509_crt_get_subject_alt_name(crt, seq, buf, &size, NULL);
		printf("  san[%u] small %d size %zu\n", seq, ret, size);
	}
}

static void exts(gnutls_x509_crt_t crt)
{
	unsigned ku = 99, crit = 99, ca = 99;
	int pathlen = -99;
	unsigned char buf[256];
	size_t size;
	int ret;

	ret = gnutls_x509_crt_get_key_usage(crt, &ku, &crit);
	printf("  key_usage %d usage 0x%x critical %u\n", ret, ku, crit);
	crit = 99;
	ret = gnutls_x509_crt_get_basic_constraints(crt, &crit, &ca, &pathlen);
	printf("  basic_constraints %d critical %u ca %u pathlen %d\n", ret, crit, ca, pathlen);
	crit = 99;
	ret = gnutls_x509_crt_get_ca_status(crt, &crit);
	printf("  ca_status %d critical %u\n", ret, crit);
	size = sizeof buf;
	crit = 99;
	ret = gnutls_x509_crt_get_subject_key_id(crt, buf, &size, &crit);
	printf("  subject_key_id %d critical %u size %zu\n", ret, crit, size);
	if (ret == 0)
		hex("ski", buf, size);
	size = sizeof buf;
	ret = gnutls_x509_crt_get_authority_key_id(crt, buf, &size, &crit);
	printf("  authority_key_id %d size %zu\n", ret, size);
	if (ret == 0)
		hex("aki", buf, size);
	for (unsigned i = 0; i < 12; i++) {
		size = sizeof buf;
		ret = gnutls_x509_crt_get_extension_oid(crt, i, buf, &size);
		if (ret < 0) {
			printf("  extension_oid[%u] %d\n", i, ret);
			break;
		}
		printf("  extension_oid[%u] %s size %zu\n", i, buf, size);
	}
}

static void hosts(gnutls_x509_crt_t crt)
{
	const char *names[] = { "www.example.com", "WWW.EXAMPLE.COM", "www.example.com.", "example.com",
		"foo.example.com", "a.b.example.com", "foo.wild.example.com", "a.b.wild.example.com",
		"wild.example.com", "www.test.org", "w.test.org", "ww.test.org", "x.com", "www.x.net",
		"bücher.example", "xn--bcher-kva.example", "127.0.0.1", "127.0.0.2", "10.0.0.1", "10.1.2.3",
		"2001:db8::1", "2001:DB8:0::1", "::1", "[2001:db8::1]", "cn.example.com", "multi.example.com",
		"utf8.example.com", "plus.example.com", "ipcn.example.com", "mail.example.com", "x.cnwild.example.com",
		"cnwild.example.com", "self.example.com", "noext.example.com", "serial.example.com",
		"rsa.example.com", "ec256.example.com", "notca.example.com", "*.example.com", "", "a", NULL };
	unsigned flags[] = { 0, GNUTLS_VERIFY_DO_NOT_ALLOW_WILDCARDS, GNUTLS_VERIFY_DO_NOT_ALLOW_IP_MATCHES };
	printf("  hostnames:");
	for (unsigned f = 0; f < 3; f++) {
		printf(" [%u]", flags[f]);
		for (unsigned i = 0; names[i]; i++) {
			unsigned r = f == 0 ? gnutls_x509_crt_check_hostname(crt, names[i])
				: gnutls_x509_crt_check_hostname2(crt, names[i], flags[f]);
			if (r)
				printf(" %s", names[i]);
		}
	}
	printf("\n");
	printf("  check_email admin@example.com %u x@example.com %u\n",
	       gnutls_x509_crt_check_email(crt, "admin@example.com", 0),
	       gnutls_x509_crt_check_email(crt, "x@example.com", 0));
}

static void basics(gnutls_x509_crt_t crt)
{
	unsigned char buf[256];
	size_t size;
	unsigned bits = 0;
	int ret;

	printf("  activation %ld expiration %ld\n", (long)gnutls_x509_crt_get_activation_time(crt),
	       (long)gnutls_x509_crt_get_expiration_time(crt));
	size = sizeof buf;
	ret = gnutls_x509_crt_get_serial(crt, buf, &size);
	printf("  serial %d size %zu\n", ret, size);
	if (ret == 0)
		hex("serial", buf, size);
	size = 1;
	ret = gnutls_x509_crt_get_serial(crt, buf, &size);
	printf("  serial small %d size %zu\n", ret, size);
	ret = gnutls_x509_crt_get_pk_algorithm(crt, &bits);
	printf("  pk_algorithm %d bits %u no-bits %d\n", ret, bits, gnutls_x509_crt_get_pk_algorithm(crt, NULL));
	printf("  version %d\n", gnutls_x509_crt_get_version(crt));
	printf("  signature_algorithm %d\n", gnutls_x509_crt_get_signature_algorithm(crt));
	gnutls_digest_algorithm_t digs[] = { GNUTLS_DIG_MD5, GNUTLS_DIG_SHA1, GNUTLS_DIG_SHA256, GNUTLS_DIG_SHA512 };
	for (unsigned i = 0; i < 4; i++) {
		size = sizeof buf;
		ret = gnutls_x509_crt_get_fingerprint(crt, digs[i], buf, &size);
		printf("  fingerprint %d: %d size %zu\n", digs[i], ret, size);
		if (ret == 0)
			hex("fpr", buf, size);
	}
	size = 4;
	ret = gnutls_x509_crt_get_fingerprint(crt, GNUTLS_DIG_SHA256, buf, &size);
	printf("  fingerprint small %d size %zu\n", ret, size);
	unsigned kflags[] = { 0, GNUTLS_KEYID_USE_SHA1, GNUTLS_KEYID_USE_SHA256, GNUTLS_KEYID_USE_SHA512 };
	for (unsigned i = 0; i < 4; i++) {
		size = sizeof buf;
		ret = gnutls_x509_crt_get_key_id(crt, kflags[i], buf, &size);
		printf("  key_id %u: %d size %zu\n", kflags[i], ret, size);
		if (ret == 0)
			hex("keyid", buf, size);
	}
	printf("  check_issuer(self) %u\n", gnutls_x509_crt_check_issuer(crt, crt));
}

static void exports(gnutls_x509_crt_t crt)
{
	gnutls_datum_t der, pem;
	size_t size = 0;
	int ret = gnutls_x509_crt_export(crt, GNUTLS_X509_FMT_DER, NULL, &size);
	printf("  export(NULL) %d size %zu\n", ret, size);
	ret = gnutls_x509_crt_export2(crt, GNUTLS_X509_FMT_DER, &der);
	printf("  export2 der %d size %u\n", ret, der.size);
	ret = gnutls_x509_crt_export2(crt, GNUTLS_X509_FMT_PEM, &pem);
	printf("  export2 pem %d size %u\n", ret, pem.size);
	if (ret == 0)
		str("pem", pem.data, pem.size);
	char buf[8192];
	size = sizeof buf;
	ret = gnutls_x509_crt_export(crt, GNUTLS_X509_FMT_PEM, buf, &size);
	printf("  export pem %d size %zu same %d\n", ret, size, ret == 0 && size == pem.size && !memcmp(buf, pem.data, size));
	gnutls_x509_crt_t again;
	gnutls_x509_crt_init(&again);
	ret = gnutls_x509_crt_import(again, &der, GNUTLS_X509_FMT_DER);
	printf("  reimport %d equals %u equals2 %u\n", ret, gnutls_x509_crt_equals(crt, again), gnutls_x509_crt_equals2(again, &der));
	gnutls_x509_crt_deinit(again);

	gnutls_pubkey_t pub;
	gnutls_pubkey_init(&pub);
	ret = gnutls_pubkey_import_x509(pub, crt, 0);
	unsigned bits = 0;
	printf("  pubkey import %d pk %d", ret, gnutls_pubkey_get_pk_algorithm(pub, &bits));
	printf(" bits %u\n", bits);
	unsigned char id[64];
	size = sizeof id;
	ret = gnutls_pubkey_get_key_id(pub, 0, id, &size);
	printf("  pubkey key_id %d size %zu\n", ret, size);
	if (ret == 0)
		hex("id", id, size);
	gnutls_datum_t spki;
	ret = gnutls_pubkey_export2(pub, GNUTLS_X509_FMT_DER, &spki);
	printf("  pubkey export2 %d size %u\n", ret, spki.size);
	if (ret == 0) {
		hex("spki", spki.data, spki.size);
		gnutls_free(spki.data);
	}
	ret = gnutls_pubkey_export2(pub, GNUTLS_X509_FMT_PEM, &spki);
	if (ret == 0) {
		str("spki pem", spki.data, spki.size);
		gnutls_free(spki.data);
	}
	gnutls_pubkey_deinit(pub);
	gnutls_free(der.data);
	gnutls_free(pem.data);
}

/* Reads a whole file into a gnutls_malloc'd datum (like gnutls_load_file). */
static int read_file(const char *path, gnutls_datum_t *d)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	d->data = gnutls_malloc(n + 1);
	d->size = fread(d->data, 1, n, f);
	d->data[d->size] = 0;
	fclose(f);
	return 0;
}

static void one(const char *rel)
{
	char path[8192];
	gnutls_datum_t data;
	snprintf(path, sizeof path, "%s/%s", certs_dir, rel);
	if (read_file(path, &data) < 0) {
		printf("%s: cannot load\n", rel);
		return;
	}
	gnutls_x509_crt_t crt;
	gnutls_x509_crt_init(&crt);
	int ret = gnutls_x509_crt_import(crt, &data, GNUTLS_X509_FMT_PEM);
	printf("%s: import %d\n", rel, ret);
	if (ret == 0) {
		basics(crt);
		dns(crt);
		sans(crt);
		exts(crt);
		hosts(crt);
		exports(crt);
	}
	gnutls_x509_crt_deinit(crt);
	gnutls_free(data.data);
}

int main(void)
{
	char src[4096];
	snprintf(src, sizeof src, "%s", __FILE__);
	snprintf(certs_dir, sizeof certs_dir, "%s/../../certs", dirname(src));
	const char *files[] = { "x509/dn-multi.pem", "x509/dn-rdnplus.pem", "x509/dn-escape.pem",
		"x509/dn-utf8.pem", "x509/san-all.pem", "x509/cn-ip.pem", "x509/cn-wild.pem",
		"x509/ip-san-cn.pem", "x509/email-san-cn.pem", "x509/no-ext.pem", "x509/serial.pem",
		"chains/leaf.pem", "chains/root.pem", "chains/inter.pem", "chains/cnonly.pem",
		"chains/notca.pem", "chains/selfsigned.pem", "chains/sha1.pem", "chains/expired.pem",
		"keys/rsa.pem", "keys/rsa-pss.pem", "keys/ec256.pem", "keys/ec384.pem", "keys/ed25519.pem", NULL };
	for (unsigned i = 0; files[i]; i++)
		one(files[i]);
	return 0;
}
