/* gnutls_global_set_time_function: once set, the application's clock is
 * the library's (chronyd's NTS keeps its own time). Certificate checks
 * follow it: in gnutls_x509_trust_list_verify_crt, gnutls_x509_crt_list_verify
 * and gnutls_certificate_verify_peers2 after a handshake, a chain valid
 * 2020-2040 reads as not yet activated in 2012, valid in 2030 and expired
 * in 2045 (and a leaf for 2045-2050 is no better in 2046: its CAs expired
 * in 2040). The application's function is consulted only once set. */
#include "tls_pair.h"

static time_t fixed_now;
static int calls;

static time_t app_clock(time_t *t)
{
	calls++;
	if (t)
		*t = fixed_now;
	return fixed_now;
}

static gnutls_x509_crt_t load_one(const char *rel)
{
	gnutls_datum_t d;
	gnutls_x509_crt_t c = NULL;
	if (gnutls_load_file(cert_path(rel), &d) < 0)
		return NULL;
	gnutls_x509_crt_init(&c);
	gnutls_x509_crt_import(c, &d, GNUTLS_X509_FMT_PEM);
	gnutls_free(d.data);
	return c;
}

static void verify_offline(const char *what, const char *chain_file)
{
	gnutls_x509_trust_list_t tl;
	gnutls_x509_crt_t *chain = NULL;
	unsigned n = 0;
	unsigned status = 77;
	gnutls_datum_t d;
	gnutls_x509_trust_list_init(&tl, 0);
	gnutls_x509_trust_list_add_trust_file(tl, cert_path("chains/root.pem"), NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	if (gnutls_load_file(cert_path(chain_file), &d) < 0) {
		printf("  %s: cannot load\n", what);
		return;
	}
	int r = gnutls_x509_crt_list_import2(&chain, &n, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);
	if (r < 0) {
		printf("  %s: import %d\n", what, r);
		return;
	}
	r = gnutls_x509_trust_list_verify_crt(tl, chain, n, 0, &status, NULL);
	printf("  %s: trust_list_verify_crt %d status 0x%x\n", what, r, status);

	gnutls_x509_crt_t root = load_one("chains/root.pem");
	status = 77;
	r = gnutls_x509_crt_list_verify(chain, n, &root, 1, NULL, 0, 0, &status);
	printf("  %s: crt_list_verify %d status 0x%x\n", what, r, status);
	gnutls_x509_crt_deinit(root);
	for (unsigned i = 0; i < n; i++)
		gnutls_x509_crt_deinit(chain[i]);
	gnutls_free(chain);
	gnutls_x509_trust_list_deinit(tl, 1);
}

static gnutls_certificate_credentials_t scred, ccred;

static void server_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, "www.example.com", strlen("www.example.com"));
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
	unsigned st = 77;
	int r = gnutls_certificate_verify_peers2(s, &st);
	note("client handshake %d, verify_peers2 %d status 0x%x\n", hs, r, st);
}

static void handshake(const char *name)
{
	gnutls_certificate_allocate_credentials(&scred);
	gnutls_certificate_allocate_credentials(&ccred);
	gnutls_certificate_set_x509_key_file(scred, cert_path("chains/valid.pem"), cert_path("keys/leaf-ec.key"),
					     GNUTLS_X509_FMT_PEM);
	gnutls_certificate_set_x509_trust_file(ccred, cert_path("chains/root.pem"), GNUTLS_X509_FMT_PEM);
	struct pair_side server = { .setup = server_setup, .inspect = server_inspect };
	struct pair_side client = { .setup = client_setup, .inspect = client_inspect };
	pair_run(name, &server, &client);
	gnutls_certificate_free_credentials(scred);
	gnutls_certificate_free_credentials(ccred);
}

int main(void)
{
	static const struct {
		const char *name;
		time_t when;
	} clocks[] = {
		{ "system clock", 0 },
		{ "2012", 1330000000 },
		{ "2030", 1900000000 },
		{ "2045", 2385000000 },
		{ "2046", 2400000000 },
	};
	signal(SIGPIPE, SIG_IGN);
	alarm(120);
	for (unsigned i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
		if (clocks[i].when) {
			fixed_now = clocks[i].when;
			gnutls_global_set_time_function(app_clock);
		}
		calls = 0;
		printf("%s:\n", clocks[i].name);
		verify_offline("valid chain", "chains/valid.pem");
		verify_offline("expired leaf", "chains/expired.pem");
		verify_offline("future leaf", "chains/future.pem");
		handshake(clocks[i].name);
		printf("  application clock consulted: %s\n", calls > 0 ? "yes" : "no");
	}
	return 0;
}
