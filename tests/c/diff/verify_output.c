/* The verification output function: gnutls_x509_trust_list_verify_crt2
 * calls it for every check it makes (certificate and issuer, or
 * certificate and CRL, with the status of that check), in GnuTLS's order,
 * for every case of tests/certs/cases.txt; and
 * gnutls_session_set_verify_output_function makes the verification of a
 * session's peer (verify_peers3, gnutls_session_set_verify_cert) call it. */
#include "tls_pair.h"
#include <libgen.h>

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

static const char *dn(gnutls_x509_crt_t c, char *buf, size_t size)
{
	if (!c)
		return "-";
	if (gnutls_x509_crt_get_dn(c, buf, &size) < 0)
		return "?";
	return buf;
}

static int output(gnutls_x509_crt_t cert, gnutls_x509_crt_t issuer, gnutls_x509_crl_t crl, unsigned int status)
{
	char a[256], b[256];
	note("  checked %s by %s%s: 0x%x\n", dn(cert, a, sizeof a), dn(issuer, b, sizeof b),
	     crl ? (gnutls_x509_crl_get_crt_count(crl) > 0 ? " with a CRL listing certificates" : " with an empty CRL") : "",
	     status);
	return 0;
}

static void trust_list_cases(void)
{
	FILE *f = fopen("cases.txt", "r");
	char line[1024];
	if (!f) {
		perror("cases.txt");
		exit(1);
	}
	while (fgets(line, sizeof line, f)) {
		char name[128], chainf[256], host[256], trusts[512], crlf[256];
		unsigned flags;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (sscanf(line, "%127s %255s %255s %511s %255s %u", name, chainf, host, trusts, crlf, &flags) != 6)
			exit(1);
		gnutls_x509_trust_list_t tl;
		gnutls_x509_trust_list_init(&tl, 0);
		char *save = NULL;
		for (char *t = strtok_r(trusts, ",", &save); t; t = strtok_r(NULL, ",", &save))
			gnutls_x509_trust_list_add_trust_file(tl, t, strcmp(crlf, "-") ? crlf : NULL, GNUTLS_X509_FMT_PEM, 0, 0);
		gnutls_datum_t cd;
		if (read_file(chainf, &cd) < 0)
			exit(1);
		gnutls_x509_crt_t *crts;
		unsigned n;
		if (gnutls_x509_crt_list_import2(&crts, &n, &cd, GNUTLS_X509_FMT_PEM, 0) < 0)
			exit(1);
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
		printf("%s (%u certificates)\n", name, n);
		int r = gnutls_x509_trust_list_verify_crt2(tl, crts, n, data, nd, flags, &status, output);
		printf("%s verify_crt2 %d status 0x%x\n", name, r, status);
		/* the older entry point passes the function on too */
		r = gnutls_x509_trust_list_verify_crt(tl, crts, n, flags, &status, output);
		printf("%s verify_crt %d status 0x%x\n", name, r, status);
		for (unsigned i = 0; i < n; i++)
			gnutls_x509_crt_deinit(crts[i]);
		gnutls_free(crts);
		gnutls_free(cd.data);
		gnutls_x509_trust_list_deinit(tl, 1);
	}
	fclose(f);
}

/* ---- sessions ---- */

struct scase {
	const char *name, *chain;
	int during; /* gnutls_session_set_verify_cert */
	int with_output;
};

static gnutls_certificate_credentials_t scred, ccred;

static void server_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	const struct scase *c = arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, "www.example.com", 15);
	if (c->with_output)
		gnutls_session_set_verify_output_function(s, output);
	if (c->during) {
		note("client verifying during the handshake:\n");
		gnutls_session_set_verify_cert(s, "www.example.com", 0);
	}
}

static void server_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)s;
	(void)arg;
	note("server handshake %d\n", hs);
}

static void client_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	unsigned st = 0;
	note("client handshake %d\nclient verify_peers3:\n", hs);
	int r = gnutls_certificate_verify_peers3(s, "www.example.com", &st);
	note("client verify_peers3 %d status 0x%x\n", r, st);
}

static void session_cases(void)
{
	static const struct scase cases[] = {
		{ "valid chain", "chains/valid.pem", 0, 1 },
		{ "expired end certificate", "chains/expired.pem", 0, 1 },
		{ "untrusted chain", "chains/untrusted.pem", 0, 1 },
		{ "valid chain, during the handshake", "chains/valid.pem", 1, 1 },
		{ "untrusted chain, during the handshake", "chains/untrusted.pem", 1, 1 },
		{ "valid chain, no output function", "chains/valid.pem", 1, 0 },
	};
	for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct scase *c = &cases[i];
		gnutls_certificate_allocate_credentials(&scred);
		gnutls_certificate_allocate_credentials(&ccred);
		gnutls_certificate_set_x509_key_file(scred, c->chain, "keys/leaf-ec.key", GNUTLS_X509_FMT_PEM);
		gnutls_certificate_set_x509_trust_file(ccred, "chains/root.pem", GNUTLS_X509_FMT_PEM);
		struct pair_side server = { .setup = server_setup, .inspect = server_inspect };
		struct pair_side client = { .setup = client_setup, .inspect = client_inspect, .arg = (void *)c };
		pair_run(c->name, &server, &client);
		gnutls_certificate_free_credentials(scred);
		gnutls_certificate_free_credentials(ccred);
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
	signal(SIGPIPE, SIG_IGN);
	alarm(120);
	trust_list_cases();
	session_cases();
	return 0;
}
