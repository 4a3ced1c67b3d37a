/* gnutls_pcert_list_import_x509_raw with GNUTLS_X509_CRT_LIST_SORT and
 * _FAIL_IF_UNSORTED: a sorted chain, an unsorted one, single certificates;
 * the order of what comes back. */
#include <gnutls/gnutls.h>
#include <gnutls/abstract.h>
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	const char *base = getenv("RGNUTLS_CERTS");
	const char *files[] = { "valid.pem", "unsorted.pem", "leaf.pem", "selfsigned.pem", NULL };
	const unsigned flags[] = { 0, GNUTLS_X509_CRT_LIST_FAIL_IF_UNSORTED, GNUTLS_X509_CRT_LIST_SORT,
				   GNUTLS_X509_CRT_LIST_SORT | GNUTLS_X509_CRT_LIST_FAIL_IF_UNSORTED };
	char path[600];
	gnutls_global_init();
	for (int i = 0; files[i]; i++)
		for (int f = 0; f < 4; f++) {
			gnutls_datum_t d;
			snprintf(path, sizeof path, "%schains/%s", base ? base : "tests/certs/", files[i]);
			if (gnutls_load_file(path, &d) < 0) {
				printf("%s: cannot load\n", files[i]);
				continue;
			}
			gnutls_pcert_st pc[8];
			unsigned n = 8;
			int r = gnutls_pcert_list_import_x509_raw(pc, &n, &d, GNUTLS_X509_FMT_PEM, flags[f]);
			printf("%s flags %u: %s", files[i], flags[f], gnutls_strerror_name(r));
			for (unsigned k = 0; r == 0 && k < n; k++) {
				gnutls_x509_crt_t c;
				gnutls_datum_t dn;
				if (gnutls_pcert_export_x509(&pc[k], &c) == 0) {
					if (gnutls_x509_crt_get_dn2(c, &dn) == 0) {
						printf(" [%s]", dn.data);
						gnutls_free(dn.data);
					}
					gnutls_x509_crt_deinit(c);
				}
				gnutls_pcert_deinit(&pc[k]);
			}
			printf("\n");
			gnutls_free(d.data);
		}
	gnutls_global_deinit();
	return 0;
}
