/* gnutls_x509_crt_get_dn_oid / get_issuer_dn_oid: every attribute OID of the
 * subject and issuer in encoding order (multi-valued RDNs count each
 * attribute), the size protocol (the needed size counts the NUL; a buffer
 * of exactly the OID's length is short) and the end of the list. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gnutls_x509_crt_t load(const char *name)
{
	char path[4096];
	const char *dir = getenv("RGNUTLS_CERTS");
	snprintf(path, sizeof path, "%s%s", dir ? dir : "tests/certs/", name);
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(1);
	}
	static unsigned char buf[65536];
	gnutls_datum_t d = { buf, fread(buf, 1, sizeof buf, f) };
	fclose(f);
	gnutls_x509_crt_t c;
	gnutls_x509_crt_init(&c);
	int r = gnutls_x509_crt_import(c, &d, GNUTLS_X509_FMT_PEM);
	printf("%s import %d\n", name, r);
	return c;
}

static int get(gnutls_x509_crt_t c, int issuer, unsigned i, void *buf, size_t *sz)
{
	return issuer ? gnutls_x509_crt_get_issuer_dn_oid(c, i, buf, sz)
		      : gnutls_x509_crt_get_dn_oid(c, i, buf, sz);
}

static void walk(const char *name)
{
	gnutls_x509_crt_t c = load(name);
	for (int issuer = 0; issuer < 2; issuer++) {
		for (unsigned i = 0; i < 32; i++) {
			char buf[128];
			size_t need = 0;
			int r = get(c, issuer, i, NULL, &need);
			printf("%s %s %u probe %d need %zu\n", name, issuer ? "issuer" : "subject", i, r, need);
			if (r != GNUTLS_E_SHORT_MEMORY_BUFFER)
				break;
			size_t sz = need - 1;
			memset(buf, 'X', sizeof buf);
			r = get(c, issuer, i, buf, &sz);
			printf("  short %d size %zu untouched %d\n", r, sz, buf[0] == 'X');
			sz = need;
			r = get(c, issuer, i, buf, &sz);
			printf("  exact %d size %zu '%s'\n", r, sz, buf);
			sz = sizeof buf;
			r = get(c, issuer, i, buf, &sz);
			printf("  large %d size %zu '%s'\n", r, sz, buf);
		}
		char buf[128];
		size_t sz = sizeof buf;
		int r = get(c, issuer, 1000, buf, &sz);
		printf("%s %s past end %d size %zu\n", name, issuer ? "issuer" : "subject", r, sz);
	}
	gnutls_x509_crt_deinit(c);
}

int main(void)
{
	walk("chains/leaf.pem");
	walk("chains/root.pem");
	walk("x509/dn-multi.pem");
	walk("x509/dn-rdnplus.pem");
	walk("x509/dn-utf8.pem");
	size_t sz = 16;
	char buf[16];
	int r = gnutls_x509_crt_get_dn_oid(NULL, 0, buf, &sz);
	printf("null crt %d\n", r);
	r = gnutls_x509_crt_get_issuer_dn_oid(NULL, 0, buf, &sz);
	printf("null crt issuer %d\n", r);
	/* an empty certificate handle */
	gnutls_x509_crt_t empty;
	gnutls_x509_crt_init(&empty);
	sz = sizeof buf;
	r = gnutls_x509_crt_get_dn_oid(empty, 0, buf, &sz);
	printf("~ empty crt %d\n", r);
	gnutls_x509_crt_deinit(empty);
	return 0;
}
