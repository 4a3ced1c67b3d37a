/* Which certificate a client whose credentials hold key pairs sends, given
 * the CA names in the server's certificate request. GnuTLS sends one whose
 * chain has a certificate issued by a named CA; with none such it sends
 * no certificate at all (the server then sees an anonymous client, which
 * GNUTLS_CERT_REQUEST accepts); only when the server names no CA and the
 * credentials hold one pair does it send that one, or always that one with
 * gnutls_init's GNUTLS_FORCE_CLIENT_CERT.
 *
 * Client pairs: ocsp/server.pem (issued by "OCSP Test CA"), and/or
 * chains/valid.pem (leaf + "Test Intermediate CA", under "Test Root CA").
 * The server (GNUTLS_CERT_REQUEST) trusts chains/root.pem, ocsp/ca.pem,
 * more/root.pem (neither), or names no CA. For TLS 1.2 and 1.3 the server
 * prints how many certificates it got and the first one's DN. */
#include "tls_pair.h"

struct srv {
	const char *prio;
	gnutls_certificate_credentials_t cred;
	int no_names;
};

static void server_setup(gnutls_session_t s, void *arg)
{
	struct srv *v = arg;
	gnutls_priority_set_direct(s, v->prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, v->cred);
	gnutls_certificate_server_set_request(s, GNUTLS_CERT_REQUEST);
	if (v->no_names)
		gnutls_certificate_send_x509_rdn_sequence(s, 1);
}

static void server_inspect(gnutls_session_t s, int hs, void *arg)
{
	unsigned n = 0;
	char dn[256];
	(void)arg;
	gnutls_certificate_get_peers(s, &n);
	peer_dn(s, dn, sizeof dn);
	note("server handshake %s, client certificates %u (%s)\n", hs == 0 ? "ok" : gnutls_strerror_name(hs), n, dn);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	gnutls_priority_set_direct(s, "NORMAL", NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, arg);
}

static gnutls_certificate_credentials_t server_cred(const char *trust)
{
	gnutls_certificate_credentials_t c;
	gnutls_certificate_allocate_credentials(&c);
	gnutls_certificate_set_x509_key_file(c, cert_path("chains/valid.pem"), cert_path("keys/leaf-ec.key"),
					     GNUTLS_X509_FMT_PEM);
	printf("server trusts %s: %d\n", trust, gnutls_certificate_set_x509_trust_file(c, cert_path(trust), GNUTLS_X509_FMT_PEM));
	return c;
}

int main(void)
{
	alarm(60);
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	gnutls_global_init();
	const char *trusts[] = { "chains/root.pem", "ocsp/ca.pem", "more/root.pem" };
	gnutls_certificate_credentials_t srv[3];
	for (int i = 0; i < 3; i++)
		srv[i] = server_cred(trusts[i]);
	/* client credentials: the OCSP one, the chains one, both (in both orders) */
	gnutls_certificate_credentials_t cli[4];
	const char *cli_names[] = { "ocsp pair", "chains pair", "ocsp + chains pairs", "chains + ocsp pairs" };
	for (int i = 0; i < 4; i++) {
		gnutls_certificate_allocate_credentials(&cli[i]);
		int a = 0, b = 0;
		if (i != 1 && i != 3)
			a = gnutls_certificate_set_x509_key_file(cli[i], cert_path("ocsp/server.pem"),
								 cert_path("ocsp/server.key"), GNUTLS_X509_FMT_PEM);
		if (i != 0)
			b = gnutls_certificate_set_x509_key_file(cli[i], cert_path("chains/valid.pem"),
								 cert_path("keys/leaf-ec.key"), GNUTLS_X509_FMT_PEM);
		if (i == 3)
			a = gnutls_certificate_set_x509_key_file(cli[i], cert_path("ocsp/server.pem"),
								 cert_path("ocsp/server.key"), GNUTLS_X509_FMT_PEM);
		printf("client %s: %d %d\n", cli_names[i], a, b);
	}
	const char *prios[] = { "NORMAL:-VERS-ALL:+VERS-TLS1.3", "NORMAL:-VERS-ALL:+VERS-TLS1.2" };
	for (int p = 0; p < 2; p++)
		for (int c = 0; c < 4; c++)
			for (int t = 0; t < 4; t++)
				for (int force = 0; force < 2; force++) {
					char title[256];
					struct srv v = { prios[p], srv[t < 3 ? t : 0], t == 3 };
					struct pair_side server = { .setup = server_setup, .inspect = server_inspect, .arg = &v };
					struct pair_side client = { .setup = client_setup, .arg = cli[c],
								    .init_flags = force ? GNUTLS_FORCE_CLIENT_CERT : 0 };
					snprintf(title, sizeof title, "%s: client %s%s, server %s", prios[p] + 23, cli_names[c],
						 force ? " (forced)" : "", t < 3 ? trusts[t] : "naming no CA");
					pair_run(title, &server, &client);
				}
	for (int i = 0; i < 3; i++)
		gnutls_certificate_free_credentials(srv[i]);
	for (int i = 0; i < 4; i++)
		gnutls_certificate_free_credentials(cli[i]);
	gnutls_global_deinit();
	return 0;
}
