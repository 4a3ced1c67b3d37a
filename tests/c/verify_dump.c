/* Runs every case of tests/certs/cases.txt through the real GnuTLS
 * (gnutls_x509_trust_list_verify_crt2, the engine behind
 * gnutls_certificate_verify_peers3) at a fixed time, and prints
 * "name 0xSTATUS" lines: the fixture tests/certs/expected-status.txt.
 * Build: cc -o verify_dump verify_dump.c -lgnutls ; run from tests/certs. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIXED_NOW 1893456000 /* 2030-01-01T00:00:00Z */

static time_t fixed_time(time_t *t) { if (t) *t = FIXED_NOW; return FIXED_NOW; }

static int load_file(const char *path, gnutls_datum_t *d) {
	return gnutls_load_file(path, d);
}

int main(int argc, char **argv) {
	const char *cases = argc > 1 ? argv[1] : "cases.txt";
	FILE *f = fopen(cases, "r");
	char line[1024];
	if (!f) { perror(cases); return 1; }
	gnutls_global_set_time_function(fixed_time);
	while (fgets(line, sizeof line, f)) {
		char name[128], chainf[256], host[256], trusts[512], crlf[256];
		unsigned flags;
		if (line[0] == '#' || line[0] == '\n') continue;
		if (sscanf(line, "%127s %255s %255s %511s %255s %u", name, chainf, host, trusts, crlf, &flags) != 6) {
			fprintf(stderr, "bad line: %s", line); return 1;
		}
		gnutls_x509_trust_list_t tl;
		gnutls_x509_trust_list_init(&tl, 0);
		char *save = NULL;
		for (char *t = strtok_r(trusts, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
			int r = gnutls_x509_trust_list_add_trust_file(tl, t, strcmp(crlf, "-") ? crlf : NULL, GNUTLS_X509_FMT_PEM, 0, 0);
			if (r < 0) { fprintf(stderr, "%s: trust %s: %s\n", name, t, gnutls_strerror(r)); return 1; }
		}
		gnutls_datum_t cd;
		if (load_file(chainf, &cd) < 0) { fprintf(stderr, "load %s\n", chainf); return 1; }
		gnutls_x509_crt_t *crts; unsigned n;
		int r = gnutls_x509_crt_list_import2(&crts, &n, &cd, GNUTLS_X509_FMT_PEM, 0);
		if (r < 0) { fprintf(stderr, "%s: import: %s\n", name, gnutls_strerror(r)); return 1; }
		gnutls_typed_vdata_st data[2];
		unsigned nd = 0;
		if (strcmp(host, "-")) {
			data[nd].type = GNUTLS_DT_DNS_HOSTNAME; data[nd].data = (void *)host; data[nd].size = 0; nd++;
		}
		data[nd].type = GNUTLS_DT_KEY_PURPOSE_OID; data[nd].data = (void *)GNUTLS_KP_TLS_WWW_SERVER; data[nd].size = 0; nd++;
		unsigned status = 0;
		r = gnutls_x509_trust_list_verify_crt2(tl, crts, n, data, nd, flags, &status, NULL);
		if (r < 0) { fprintf(stderr, "%s: verify: %s\n", name, gnutls_strerror(r)); return 1; }
		printf("%s 0x%x\n", name, status);
		if (getenv("VERBOSE")) {
			gnutls_datum_t out;
			gnutls_certificate_verification_status_print(status, GNUTLS_CRT_X509, &out, 0);
			fprintf(stderr, "  %s: %s\n", name, out.data);
			gnutls_free(out.data);
		}
		for (unsigned i = 0; i < n; i++) gnutls_x509_crt_deinit(crts[i]);
		gnutls_free(crts);
		gnutls_free(cd.data);
		gnutls_x509_trust_list_deinit(tl, 1);
	}
	fclose(f);
	return 0;
}
