/* Loading codes: credentials, certificates and private keys from every key
 * type and format of the corpus, and from bad inputs (malformed PEM,
 * truncated DER, wrong password, key/certificate mismatch), compared with
 * the real libgnutls. Runs in tests/certs, found relative to this file.
 * The credential cases are those of tests/c/load_codes.c (the fixture). */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static gnutls_certificate_credentials_t fresh(unsigned flags) {
	gnutls_certificate_credentials_t c;
	gnutls_certificate_allocate_credentials(&c);
	gnutls_certificate_set_flags(c, flags);
	return c;
}

#define KEY(name, cert, key, fmt, pass) do { \
	gnutls_certificate_credentials_t c = fresh(0); \
	int r = gnutls_certificate_set_x509_key_file2(c, cert, key, fmt, pass, 0); \
	printf("key %-22s %d\n", name, r); gnutls_certificate_free_credentials(c); } while (0)

#define TRUST(name, file, fmt) do { \
	gnutls_certificate_credentials_t c = fresh(0); \
	int r = gnutls_certificate_set_x509_trust_file(c, file, fmt); \
	printf("trust %-20s %d\n", name, r); gnutls_certificate_free_credentials(c); } while (0)

static int read_file(const char *path, gnutls_datum_t *d)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		d->data = NULL;
		d->size = 0;
		return -1;
	}
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	d->data = gnutls_malloc(n + 1);
	d->size = fread(d->data, 1, n, f);
	fclose(f);
	return 0;
}

/* gnutls_x509_crt_import and list_import2 on one file. */
static void crt(const char *file, gnutls_x509_crt_fmt_t fmt)
{
	gnutls_datum_t d;
	read_file(file, &d);
	gnutls_x509_crt_t c;
	gnutls_x509_crt_init(&c);
	int r = gnutls_x509_crt_import(c, &d, fmt);
	gnutls_x509_crt_deinit(c);
	gnutls_x509_crt_t *list = NULL;
	unsigned n = 0;
	int r2 = gnutls_x509_crt_list_import2(&list, &n, &d, fmt, 0);
	printf("crt %-24s %d list %d n %u\n", file, r, r2, r2 == 0 ? n : 0);
	if (r2 == 0) {
		for (unsigned i = 0; i < n; i++)
			gnutls_x509_crt_deinit(list[i]);
		gnutls_free(list);
	}
	gnutls_x509_crt_t fixed[2];
	unsigned max = 2;
	r = gnutls_x509_crt_list_import(fixed, &max, &d, fmt, GNUTLS_X509_CRT_LIST_IMPORT_FAIL_IF_EXCEED);
	printf("  list_import(2, fail) %d max %u\n", r, max);
	for (int i = 0; i < r; i++)
		gnutls_x509_crt_deinit(fixed[i]);
	max = 1;
	r = gnutls_x509_crt_list_import(fixed, &max, &d, fmt, 0);
	printf("  list_import(1) %d max %u\n", r, max);
	for (int i = 0; i < r; i++)
		gnutls_x509_crt_deinit(fixed[i]);
	gnutls_free(d.data);
}

/* gnutls_x509_privkey_import2 on one file. */
static void privkey(const char *file, gnutls_x509_crt_fmt_t fmt, const char *pass)
{
	gnutls_datum_t d;
	read_file(file, &d);
	gnutls_x509_privkey_t k;
	gnutls_x509_privkey_init(&k);
	int r = gnutls_x509_privkey_import2(k, &d, fmt, pass, 0);
	printf("privkey %-22s %s %d", file, pass ? pass : "-", r);
	if (r == 0) {
		printf(" pk %d", gnutls_x509_privkey_get_pk_algorithm(k));
		gnutls_privkey_t pk;
		gnutls_privkey_init(&pk);
		printf(" abstract %d", gnutls_privkey_import_x509(pk, k, 0));
		gnutls_privkey_deinit(pk);
	}
	printf("\n");
	gnutls_x509_privkey_deinit(k);
	gnutls_free(d.data);
}

/* Credentials from memory and from decoded objects. */
static void mem(const char *cert, const char *key, gnutls_x509_crt_fmt_t fmt, const char *pass)
{
	gnutls_datum_t cd, kd;
	read_file(cert, &cd);
	read_file(key, &kd);
	gnutls_certificate_credentials_t c = fresh(0);
	int r = gnutls_certificate_set_x509_key_mem2(c, &cd, &kd, fmt, pass, 0);
	printf("mem %s %s %d", cert, key, r);
	if (r == 0) {
		gnutls_x509_crt_t *crts;
		unsigned n;
		r = gnutls_certificate_get_x509_crt(c, 0, &crts, &n);
		printf(" get_x509_crt %d n %u", r, r == 0 ? n : 0);
		if (r == 0) {
			for (unsigned i = 0; i < n; i++)
				gnutls_x509_crt_deinit(crts[i]);
			gnutls_free(crts);
		}
		printf(" get_x509_crt(1) %d", gnutls_certificate_get_x509_crt(c, 1, &crts, &n));
		gnutls_datum_t raw = { NULL, 0 };
		r = gnutls_certificate_get_crt_raw(c, 0, 0, &raw);
		printf(" crt_raw %d size %u", r, raw.size);
		printf(" crt_raw(0,5) %d crt_raw(1,0) %d", gnutls_certificate_get_crt_raw(c, 0, 5, &raw),
		       gnutls_certificate_get_crt_raw(c, 1, 0, &raw));
	}
	gnutls_certificate_free_credentials(c);

	/* gnutls_certificate_set_x509_key with decoded objects */
	gnutls_x509_crt_t *crts = NULL;
	unsigned n = 0;
	gnutls_x509_privkey_t k;
	gnutls_x509_privkey_init(&k);
	int a = gnutls_x509_crt_list_import2(&crts, &n, &cd, fmt, 0);
	int b = gnutls_x509_privkey_import2(k, &kd, fmt, pass, 0);
	if (a == 0 && b == 0) {
		c = fresh(0);
		printf(" set_x509_key %d", gnutls_certificate_set_x509_key(c, crts, n, k));
		gnutls_certificate_free_credentials(c);
	}
	if (a == 0) {
		for (unsigned i = 0; i < n; i++)
			gnutls_x509_crt_deinit(crts[i]);
		gnutls_free(crts);
	}
	gnutls_x509_privkey_deinit(k);
	printf("\n");
	gnutls_free(cd.data);
	gnutls_free(kd.data);
}

/* gnutls_pcert_* and gnutls_certificate_set_key. */
static void pcerts(const char *cert, const char *key)
{
	gnutls_datum_t cd, kd;
	read_file(cert, &cd);
	read_file(key, &kd);
	gnutls_pcert_st list[4];
	unsigned max = 4;
	int r = gnutls_pcert_list_import_x509_raw(list, &max, &cd, GNUTLS_X509_FMT_PEM, 0);
	printf("pcert_list %s %d max %u", cert, r, max);
	if (r == 0) {
		unsigned bits = 0;
		printf(" type %d size %u pk %d", list[0].type, list[0].cert.size,
		       gnutls_pubkey_get_pk_algorithm(list[0].pubkey, &bits));
		printf(" bits %u", bits);
		gnutls_x509_privkey_t xk;
		gnutls_privkey_t pk;
		gnutls_x509_privkey_init(&xk);
		gnutls_privkey_init(&pk);
		gnutls_x509_privkey_import(xk, &kd, GNUTLS_X509_FMT_PEM);
		gnutls_privkey_import_x509(pk, xk, 0);
		gnutls_certificate_credentials_t c = fresh(0);
		int sk = gnutls_certificate_set_key(c, NULL, 0, list, max, pk);
		printf(" set_key %d", sk);
		/* On success the credentials own the pcerts and the key. */
		gnutls_certificate_free_credentials(c);
		if (sk < 0) {
			gnutls_privkey_deinit(pk);
			for (unsigned i = 0; i < max; i++)
				gnutls_pcert_deinit(&list[i]);
		}
		gnutls_x509_privkey_deinit(xk);
	}
	gnutls_pcert_st one;
	r = gnutls_pcert_import_x509_raw(&one, &cd, GNUTLS_X509_FMT_PEM, 0);
	printf(" import_raw %d\n", r);
	if (r == 0)
		gnutls_pcert_deinit(&one);
	gnutls_free(cd.data);
	gnutls_free(kd.data);
}

int main(void) {
	char src[4096], dir[4096];
	snprintf(src, sizeof src, "%s", __FILE__);
	snprintf(dir, sizeof dir, "%s/../../certs", dirname(src));
	if (chdir(dir) != 0) {
		perror(dir);
		return 1;
	}
	const int P = GNUTLS_X509_FMT_PEM, D = GNUTLS_X509_FMT_DER;
	KEY("rsa-pkcs1", "keys/rsa.pem", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("rsa-pkcs8", "keys/rsa.pem", "keys/rsa-pkcs8.pem", P, NULL);
	KEY("rsa-pkcs1-der", "keys/rsa.der", "keys/rsa-pkcs1.der", D, NULL);
	KEY("rsa-pkcs8-der", "keys/rsa.der", "keys/rsa-pkcs8.der", D, NULL);
	KEY("rsa-pss", "keys/rsa-pss.pem", "keys/rsa-pss.key", P, NULL);
	KEY("ec256-sec1", "keys/ec256.pem", "keys/ec256-sec1.pem", P, NULL);
	KEY("ec256-pkcs8", "keys/ec256.pem", "keys/ec256-pkcs8.pem", P, NULL);
	KEY("ec256-sec1-der", "keys/ec256.der", "keys/ec256-sec1.der", D, NULL);
	KEY("ec384-sec1", "keys/ec384.pem", "keys/ec384-sec1.pem", P, NULL);
	KEY("ec384-pkcs8", "keys/ec384.pem", "keys/ec384-pkcs8.pem", P, NULL);
	KEY("ed25519", "keys/ed25519.pem", "keys/ed25519.key", P, NULL);
	KEY("enc-pass", "keys/ec256.pem", "keys/ec256-enc.pem", P, "secret");
	KEY("enc-der-pass", "keys/ec256.der", "keys/ec256-enc.der", D, "secret");
	KEY("enc-nopass", "keys/ec256.pem", "keys/ec256-enc.pem", P, NULL);
	KEY("enc-wrongpass", "keys/ec256.pem", "keys/ec256-enc.pem", P, "nope");
	KEY("chain-cert", "chains/valid.pem", "keys/leaf-ec.key", P, NULL);
	KEY("mismatch", "keys/rsa.pem", "keys/ec256-sec1.pem", P, NULL);
	KEY("mismatch-rsa", "keys/rsa.pem", "keys/rsa-pss.key", P, NULL);
	KEY("nofile-cert", "keys/none.pem", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("nofile-key", "keys/rsa.pem", "keys/none.pem", P, NULL);
	KEY("malformed-cert", "keys/malformed.pem", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("garbage-cert", "keys/garbage.txt", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("garbage-key", "keys/rsa.pem", "keys/garbage.txt", P, NULL);
	KEY("truncated-der", "keys/truncated.der", "keys/rsa-pkcs1.der", D, NULL);
	KEY("der-as-pem", "keys/rsa.der", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("pem-as-der", "keys/rsa.pem", "keys/rsa-pkcs1.der", D, NULL);
	KEY("der-key-as-pem", "keys/rsa.pem", "keys/rsa-pkcs1.der", P, NULL);
	KEY("garbage-key-der", "keys/rsa.der", "keys/garbage.txt", D, NULL);
	KEY("cert-as-key", "keys/rsa.pem", "keys/rsa.pem", P, NULL);
	{
		gnutls_certificate_credentials_t c = fresh(GNUTLS_CERTIFICATE_API_V2);
		int a = gnutls_certificate_set_x509_key_file2(c, "keys/rsa.pem", "keys/rsa-pkcs1.pem", P, NULL, 0);
		int b = gnutls_certificate_set_x509_key_file2(c, "keys/ec256.pem", "keys/ec256-sec1.pem", P, NULL, 0);
		int e = gnutls_certificate_set_x509_key_file2(c, "keys/rsa.pem", "keys/ec256-sec1.pem", P, NULL, 0);
		int d = gnutls_certificate_set_x509_key_file2(c, "keys/ed25519.pem", "keys/ed25519.key", P, NULL, 0);
		printf("apiv2 %d %d %d %d\n", a, b, e, d);
		gnutls_certificate_free_credentials(c);
	}
	TRUST("root", "chains/root.pem", P);
	TRUST("chain3", "chains/untrusted.pem", P);
	TRUST("der", "keys/rsa.der", D);
	TRUST("garbage", "keys/garbage.txt", P);
	TRUST("malformed", "keys/malformed.pem", P);
	TRUST("truncated-der", "keys/truncated.der", D);
	TRUST("nofile", "keys/none.pem", P);
	TRUST("key-file", "keys/rsa-pkcs1.pem", P);
	TRUST("empty", "/dev/null", P);
	{
		gnutls_certificate_credentials_t c = fresh(0);
		printf("trust-twice %d", gnutls_certificate_set_x509_trust_file(c, "chains/root.pem", P));
		printf(" %d\n", gnutls_certificate_set_x509_trust_file(c, "chains/root.pem", P));
		printf("crl %d\n", gnutls_certificate_set_x509_crl_file(c, "chains/inter.crl", P));
		printf("crl-garbage %d\n", gnutls_certificate_set_x509_crl_file(c, "keys/garbage.txt", P));
		printf("crl-nofile %d\n", gnutls_certificate_set_x509_crl_file(c, "keys/none", P));
		printf("crl-cert %d\n", gnutls_certificate_set_x509_crl_file(c, "chains/root.pem", P));
		printf("dir %d\n", gnutls_certificate_set_x509_trust_dir(c, "chains", P));
		printf("dir-none %d\n", gnutls_certificate_set_x509_trust_dir(c, "nodir", P));
		gnutls_certificate_free_credentials(c);
	}
	{
		gnutls_certificate_credentials_t c = fresh(0);
		printf("system %d\n", gnutls_certificate_set_x509_system_trust(c));
		gnutls_certificate_free_credentials(c);
	}
	{
		const int P = GNUTLS_X509_FMT_PEM, D = GNUTLS_X509_FMT_DER;
		const char *pems[] = { "chains/valid.pem", "chains/root.pem", "keys/rsa.pem", "keys/ec256.pem",
			"keys/ed25519.pem", "keys/rsa-pss.pem", "keys/malformed.pem", "keys/garbage.txt",
			"keys/rsa-pkcs1.pem", "keys/rsa.der", "chains/inter.crl", "x509/san-all.pem", "/dev/null", NULL };
		for (unsigned i = 0; pems[i]; i++)
			crt(pems[i], P);
		const char *ders[] = { "keys/rsa.der", "keys/ec256.der", "keys/truncated.der", "keys/garbage.txt",
			"keys/rsa.pem", "keys/rsa-pkcs1.der", NULL };
		for (unsigned i = 0; ders[i]; i++)
			crt(ders[i], D);
		privkey("keys/rsa-pkcs1.pem", P, NULL);
		privkey("keys/rsa-pkcs8.pem", P, NULL);
		privkey("keys/rsa-pkcs1.der", D, NULL);
		privkey("keys/rsa-pkcs8.der", D, NULL);
		privkey("keys/rsa-pss.key", P, NULL);
		privkey("keys/ec256-sec1.pem", P, NULL);
		privkey("keys/ec256-pkcs8.pem", P, NULL);
		privkey("keys/ec256-sec1.der", D, NULL);
		privkey("keys/ec384-sec1.pem", P, NULL);
		privkey("keys/ed25519.key", P, NULL);
		privkey("keys/ec256-enc.pem", P, "secret");
		privkey("keys/ec256-enc.der", D, "secret");
		privkey("keys/ec256-enc.pem", P, "nope");
		privkey("keys/garbage.txt", P, NULL);
		privkey("keys/garbage.txt", D, NULL);
		privkey("keys/rsa.pem", P, NULL);
		privkey("keys/truncated.der", D, NULL);
		mem("keys/rsa.pem", "keys/rsa-pkcs1.pem", P, NULL);
		mem("chains/valid.pem", "keys/leaf-ec.key", P, NULL);
		mem("keys/ec256.der", "keys/ec256-enc.der", D, "secret");
		mem("keys/rsa.pem", "keys/ec256-sec1.pem", P, NULL);
		mem("keys/ed25519.pem", "keys/ed25519.key", P, NULL);
		mem("keys/garbage.txt", "keys/rsa-pkcs1.pem", P, NULL);
		pcerts("chains/valid.pem", "keys/leaf-ec.key");
		pcerts("keys/rsa.pem", "keys/rsa-pkcs1.pem");
		pcerts("keys/rsa.pem", "keys/ec256-sec1.pem");
	}
	return 0;
}
