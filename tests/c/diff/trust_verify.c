/* gnutls_x509_trust_list_verify_crt2 status bits for every case of
 * tests/certs/cases.txt, at the current time (the corpus's certificates are
 * valid 2020..2040, the expired and future ones lie wholly before or after
 * that, so the results do not depend on the day), plus the other ways to
 * verify (verify_crt, gnutls_x509_crt_verify), issuer lookup, CA iteration
 * and gnutls_certificate_verification_status_print (text behind '~'). */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
	fclose(f);
	return 0;
}

static void print_status(const char *name, unsigned status)
{
	gnutls_datum_t out;
	int r = gnutls_certificate_verification_status_print(status, GNUTLS_CRT_X509, &out, 0);
	printf("%s status_print %d\n", name, r);
	if (r == 0) {
		printf("~ %s\n", out.data);
		gnutls_free(out.data);
	}
}

static void extras(void)
{
	gnutls_datum_t d;
	gnutls_x509_crt_t *chain, *roots;
	unsigned n, nroots;

	read_file("chains/valid.pem", &d);
	gnutls_x509_crt_list_import2(&chain, &n, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);
	read_file("chains/root.pem", &d);
	gnutls_x509_crt_list_import2(&roots, &nroots, &d, GNUTLS_X509_FMT_PEM, 0);

	/* gnutls_x509_crt_verify: leaf against the intermediate, intermediate against the root */
	unsigned status = 99;
	printf("crt_verify leaf/inter %d", gnutls_x509_crt_verify(chain[0], &chain[1], 1, 0, &status));
	printf(" 0x%x\n", status);
	printf("crt_verify inter/root %d", gnutls_x509_crt_verify(chain[1], roots, 1, 0, &status));
	printf(" 0x%x\n", status);
	printf("crt_verify leaf/root %d", gnutls_x509_crt_verify(chain[0], roots, 1, 0, &status));
	printf(" 0x%x\n", status);
	printf("check_issuer leaf/inter %u leaf/root %u\n", gnutls_x509_crt_check_issuer(chain[0], chain[1]),
	       gnutls_x509_crt_check_issuer(chain[0], roots[0]));

	/* a list built from memory and from handles (add_cas takes them over) */
	gnutls_x509_trust_list_t tl;
	gnutls_x509_trust_list_init(&tl, 0);
	printf("add_trust_mem %d\n", gnutls_x509_trust_list_add_trust_mem(tl, &d, NULL, GNUTLS_X509_FMT_PEM, 0, 0));
	printf("verify_crt %d", gnutls_x509_trust_list_verify_crt(tl, chain, n, 0, &status, NULL));
	printf(" 0x%x\n", status);
	printf("verify_crt leaf only %d", gnutls_x509_trust_list_verify_crt(tl, chain, 1, 0, &status, NULL));
	printf(" 0x%x\n", status);
	gnutls_x509_crt_t issuer;
	int r = gnutls_x509_trust_list_get_issuer(tl, chain[1], &issuer, GNUTLS_TL_GET_COPY);
	printf("get_issuer(inter) %d", r);
	if (r == 0) {
		printf(" equals root %u", gnutls_x509_crt_equals(issuer, roots[0]));
		gnutls_x509_crt_deinit(issuer);
	}
	printf("\nget_issuer(leaf) %d\n", gnutls_x509_trust_list_get_issuer(tl, chain[0], &issuer, GNUTLS_TL_GET_COPY));
	gnutls_x509_trust_list_iter_t iter = NULL;
	gnutls_x509_crt_t ca;
	unsigned count = 0;
	while ((r = gnutls_x509_trust_list_iter_get_ca(tl, &iter, &ca)) == 0) {
		count++;
		gnutls_x509_crt_deinit(ca);
	}
	printf("iter_get_ca %u cas, end %d iter %s\n", count, r, iter ? "set" : "NULL");
	gnutls_x509_trust_list_iter_deinit(iter);
	gnutls_x509_trust_list_deinit(tl, 1);

	gnutls_x509_trust_list_init(&tl, 0);
	printf("add_cas %d\n", gnutls_x509_trust_list_add_cas(tl, roots, nroots, 0));
	gnutls_typed_vdata_st vd[2] = {
		{ .type = GNUTLS_DT_DNS_HOSTNAME, .data = (void *)"www.example.com" },
		{ .type = GNUTLS_DT_KEY_PURPOSE_OID, .data = (void *)GNUTLS_KP_TLS_WWW_CLIENT },
	};
	printf("verify_crt2 client purpose %d", gnutls_x509_trust_list_verify_crt2(tl, chain, n, vd, 2, 0, &status, NULL));
	printf(" 0x%x\n", status);
	vd[1].data = (void *)GNUTLS_KP_CODE_SIGNING;
	printf("verify_crt2 codesign purpose %d", gnutls_x509_trust_list_verify_crt2(tl, chain, n, vd, 2, 0, &status, NULL));
	printf(" 0x%x\n", status);
	unsigned char ip[4] = { 127, 0, 0, 1 };
	gnutls_typed_vdata_st ipd = { .type = GNUTLS_DT_IP_ADDRESS, .data = ip, .size = 4 };
	printf("verify_crt2 ip %d", gnutls_x509_trust_list_verify_crt2(tl, chain, n, &ipd, 1, 0, &status, NULL));
	printf(" 0x%x\n", status);
	ip[3] = 2;
	printf("verify_crt2 wrong ip %d", gnutls_x509_trust_list_verify_crt2(tl, chain, n, &ipd, 1, 0, &status, NULL));
	printf(" 0x%x\n", status);
	gnutls_x509_trust_list_deinit(tl, 1); /* frees roots[0] */
	gnutls_free(roots);
	for (unsigned i = 0; i < n; i++)
		gnutls_x509_crt_deinit(chain[i]);
	gnutls_free(chain);
	gnutls_free(d.data);

	unsigned statuses[] = { 0, GNUTLS_CERT_INVALID | GNUTLS_CERT_SIGNER_NOT_FOUND,
		GNUTLS_CERT_INVALID | GNUTLS_CERT_EXPIRED | GNUTLS_CERT_UNEXPECTED_OWNER,
		GNUTLS_CERT_INVALID | GNUTLS_CERT_REVOKED, GNUTLS_CERT_INVALID | GNUTLS_CERT_INSECURE_ALGORITHM,
		GNUTLS_CERT_INVALID | GNUTLS_CERT_SIGNER_NOT_CA | GNUTLS_CERT_NOT_ACTIVATED, 0xffffffff };
	for (unsigned i = 0; i < sizeof statuses / sizeof statuses[0]; i++) {
		char name[32];
		snprintf(name, sizeof name, "0x%x", statuses[i]);
		print_status(name, statuses[i]);
	}
}

int main(void)
{
	char src[4096], dir[4096];
	snprintf(src, sizeof src, "%s", __FILE__);
	snprintf(dir, sizeof dir, "%s/../../certs", dirname(src));
	if (chdir(dir) != 0) {
		perror(dir);
		return 1;
	}
	FILE *f = fopen("cases.txt", "r");
	char line[1024];
	if (!f) {
		perror("cases.txt");
		return 1;
	}
	while (fgets(line, sizeof line, f)) {
		char name[128], chainf[256], host[256], trusts[512], crlf[256];
		unsigned flags;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (sscanf(line, "%127s %255s %255s %511s %255s %u", name, chainf, host, trusts, crlf, &flags) != 6) {
			fprintf(stderr, "bad line: %s", line);
			return 1;
		}
		gnutls_x509_trust_list_t tl;
		gnutls_x509_trust_list_init(&tl, 0);
		char *save = NULL;
		for (char *t = strtok_r(trusts, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
			int r = gnutls_x509_trust_list_add_trust_file(tl, t, strcmp(crlf, "-") ? crlf : NULL,
								      GNUTLS_X509_FMT_PEM, 0, 0);
			printf("%s trust %s %d\n", name, t, r);
		}
		gnutls_datum_t cd;
		if (read_file(chainf, &cd) < 0) {
			printf("%s: cannot read %s\n", name, chainf);
			return 1;
		}
		gnutls_x509_crt_t *crts;
		unsigned n;
		int r = gnutls_x509_crt_list_import2(&crts, &n, &cd, GNUTLS_X509_FMT_PEM, 0);
		if (r < 0) {
			printf("%s import %d\n", name, r);
			return 1;
		}
		gnutls_typed_vdata_st data[2];
		unsigned nd = 0;
		if (strcmp(host, "-")) {
			data[nd].type = GNUTLS_DT_DNS_HOSTNAME;
			data[nd].data = (void *)host;
			data[nd].size = 0;
			nd++;
		}
		data[nd].type = GNUTLS_DT_KEY_PURPOSE_OID;
		data[nd].data = (void *)GNUTLS_KP_TLS_WWW_SERVER;
		data[nd].size = 0;
		nd++;
		unsigned status = 0;
		r = gnutls_x509_trust_list_verify_crt2(tl, crts, n, data, nd, flags, &status, NULL);
		printf("%s verify %d status 0x%x\n", name, r, status);
		print_status(name, status);
		/* the hostname check alone, as wget and curl do after the handshake */
		if (strcmp(host, "-"))
			printf("%s check_hostname2 %u\n", name, gnutls_x509_crt_check_hostname2(crts[0], host, flags));
		for (unsigned i = 0; i < n; i++)
			gnutls_x509_crt_deinit(crts[i]);
		gnutls_free(crts);
		gnutls_free(cd.data);
		gnutls_x509_trust_list_deinit(tl, 1);
	}
	fclose(f);
	extras();
	return 0;
}
