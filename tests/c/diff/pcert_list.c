/* gnutls_pcert_import_x509_list (GNUTLS_X509_CRT_LIST_SORT puts the chain
 * in issuing order and leaves strangers out; FAIL_IF_UNSORTED does nothing
 * here), gnutls_pcert_list_import_x509_file (always sorted; a short array
 * is GNUTLS_E_SHORT_MEMORY_BUFFER with the size untouched) and
 * gnutls_pcert_export_x509. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static gnutls_datum_t read_file(const char *path)
{
	gnutls_datum_t d = { NULL, 0 };
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	d.data = gnutls_malloc(n);
	d.size = fread(d.data, 1, n, f);
	fclose(f);
	return d;
}

static char mixed[64];

/* the mixed file's name holds the process id: print it the same way */
static const char *label(const char *file)
{
	return strcmp(file, mixed) == 0 ? "mixed" : file;
}

static void show(gnutls_pcert_st *p, unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		gnutls_x509_crt_t c = NULL;
		int r = gnutls_pcert_export_x509(&p[i], &c);
		char dn[256] = "";
		size_t size = sizeof dn;
		if (r == 0) {
			gnutls_x509_crt_get_dn(c, dn, &size);
			gnutls_x509_crt_deinit(c);
		}
		printf("  [%u] export %d type %d %s\n", i, r, p[i].type, dn);
		gnutls_pcert_deinit(&p[i]);
	}
}

static void import_list(const char *file, unsigned flags)
{
	gnutls_x509_crt_t *list;
	unsigned n;
	gnutls_datum_t d = read_file(file);
	gnutls_x509_crt_list_import2(&list, &n, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);
	gnutls_pcert_st p[8];
	memset(p, 0, sizeof p);
	unsigned count = n;
	int r = gnutls_pcert_import_x509_list(p, list, &count, flags);
	printf("import_x509_list %s flags %u: %d, %u of %u\n", label(file), flags, r, count, n);
	if (r == 0)
		show(p, count);
	for (unsigned i = 0; i < n; i++)
		gnutls_x509_crt_deinit(list[i]);
	gnutls_free(list);
}

static void import_file(const char *file, unsigned max, unsigned flags, gnutls_x509_crt_fmt_t fmt)
{
	gnutls_pcert_st p[8];
	memset(p, 0, sizeof p);
	unsigned n = max;
	int r = gnutls_pcert_list_import_x509_file(p, &n, file, fmt, NULL, NULL, flags);
	printf("list_import_x509_file %s max %u flags %u format %d: %d, n %u\n", label(file), max, flags, fmt, r, n);
	if (r == 0)
		show(p, n);
}

int main(void)
{
	const char *dir = getenv("RGNUTLS_CERTS");
	if (chdir(dir ? dir : "tests/certs") != 0) {
		perror("certs");
		return 1;
	}
	/* leaf, an unrelated CA, the root, the intermediate */
	snprintf(mixed, sizeof mixed, "/tmp/rgnutls-pcert-mixed.%d.pem", (int)getpid());
	FILE *f = fopen(mixed, "wb");
	const char *parts[] = { "chains/leaf.pem", "crl/ca.pem", "chains/root.pem", "chains/inter.pem" };
	for (int i = 0; i < 4; i++) {
		gnutls_datum_t d = read_file(parts[i]);
		fwrite(d.data, 1, d.size, f);
		gnutls_free(d.data);
	}
	fclose(f);

	const char *files[] = { "chains/valid.pem", "chains/unsorted.pem", "chains/untrusted.pem", "chains/leaf.pem",
				mixed };
	const unsigned flags[] = { 0, GNUTLS_X509_CRT_LIST_FAIL_IF_UNSORTED, GNUTLS_X509_CRT_LIST_SORT,
				   GNUTLS_X509_CRT_LIST_SORT | GNUTLS_X509_CRT_LIST_FAIL_IF_UNSORTED };
	for (int i = 0; i < 5; i++)
		for (int j = 0; j < 4; j++)
			import_list(files[i], flags[j]);
	for (int i = 0; i < 5; i++)
		for (int j = 0; j < 4; j++)
			import_file(files[i], 8, flags[j], GNUTLS_X509_FMT_PEM);
	import_file("chains/unsorted.pem", 2, 0, GNUTLS_X509_FMT_PEM);
	import_file("chains/unsorted.pem", 2, GNUTLS_X509_CRT_LIST_IMPORT_FAIL_IF_EXCEED, GNUTLS_X509_FMT_PEM);
	import_file("chains/unsorted.pem", 0, 0, GNUTLS_X509_FMT_PEM);
	import_file(mixed, 3, 0, GNUTLS_X509_FMT_PEM);
	import_file("chains/no-such-file.pem", 8, 0, GNUTLS_X509_FMT_PEM);
	import_file("crl/ca.crl", 8, 0, GNUTLS_X509_FMT_PEM);
	import_file("crl/ca.crl.der", 8, 0, GNUTLS_X509_FMT_DER);
	unlink(mixed);

	/* export of a pcert that is not X.509 */
	gnutls_pcert_st p;
	memset(&p, 0, sizeof p);
	gnutls_datum_t d = read_file("chains/leaf.pem");
	int r = gnutls_pcert_import_x509_raw(&p, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);
	p.type = GNUTLS_CRT_RAWPK;
	gnutls_x509_crt_t c = NULL;
	int re = gnutls_pcert_export_x509(&p, &c);
	printf("import_x509_raw %d, export as raw key %d\n", r, re);
	p.type = GNUTLS_CRT_X509;
	gnutls_pcert_deinit(&p);
	return 0;
}
