/* Client certificates: a server that requests (GNUTLS_CERT_REQUEST) or
 * requires (GNUTLS_CERT_REQUIRE) one, or not, against clients with none,
 * one from a key file, or one chosen by a retrieve_function2 callback
 * (which sees the server's CA names and algorithms). Prints both
 * handshake results, the chain the server got and its verification, and
 * gnutls_certificate_client_get_request_status, and the signature
 * algorithms each side used (gnutls_sign_algorithm_get, _get_client), for
 * TLS 1.2 and 1.3. */
#include "tls_pair.h"

static gnutls_pcert_st pc[2];

static const char *sign_name(int sign)
{
	const char *name = gnutls_sign_get_name(sign);
	return name ? name : "none";
}
static gnutls_privkey_t pkey;
static gnutls_certificate_credentials_t srv_cred, cli_none, cli_file, cli_retr, cli_retr_none;
static const char *prio;

static int retr(gnutls_session_t s, const gnutls_datum_t *req_ca, int nreqs, const gnutls_pk_algorithm_t *pk,
		int npk, gnutls_pcert_st **pcert, unsigned *n, gnutls_privkey_t *key, int give)
{
	char dn[256], host[256];
	size_t size = sizeof dn, hsize = sizeof host;
	unsigned type;
	int ecdsa = 0, r = nreqs > 0 ? gnutls_x509_rdn_get(&req_ca[0], dn, &size) : -1;
	int rh = gnutls_server_name_get(s, host, &hsize, &type, 0);
	for (int i = 0; i < npk; i++)
		ecdsa |= pk[i] == GNUTLS_PK_ECDSA;
	note("retr: nreqs %d, first %s (%d), ECDSA offered %s, ptr %s, server name %s\n", nreqs, r == 0 ? dn : "-", r,
	     ecdsa ? "yes" : "no", (char *)gnutls_session_get_ptr(s), rh == 0 ? host : gnutls_strerror_name(rh));
	if (!give) {
		*n = 0;
		return 0;
	}
	*pcert = pc;
	*n = 2;
	*key = pkey;
	return 0;
}

static int retr_give(gnutls_session_t s, const gnutls_datum_t *req_ca, int nreqs, const gnutls_pk_algorithm_t *pk,
		     int npk, gnutls_pcert_st **pcert, unsigned *n, gnutls_privkey_t *key)
{
	return retr(s, req_ca, nreqs, pk, npk, pcert, n, key, 1);
}

static int retr_none(gnutls_session_t s, const gnutls_datum_t *req_ca, int nreqs, const gnutls_pk_algorithm_t *pk,
		     int npk, gnutls_pcert_st **pcert, unsigned *n, gnutls_privkey_t *key)
{
	return retr(s, req_ca, nreqs, pk, npk, pcert, n, key, 0);
}

static void server_setup(gnutls_session_t s, void *arg)
{
	gnutls_priority_set_direct(s, prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, srv_cred);
	if (arg)
		gnutls_certificate_server_set_request(s, *(gnutls_certificate_request_t *)arg);
}

static void server_inspect(gnutls_session_t s, int hs, void *arg)
{
	unsigned n = 0, status = 0;
	char dn[256];
	(void)arg;
	gnutls_certificate_get_peers(s, &n);
	int r = gnutls_certificate_verify_peers2(s, &status);
	peer_dn(s, dn, sizeof dn);
	note("server handshake %s, client certs %u (%s), verify %s status %u, client signed with %s\n",
	     hs == 0 ? "ok" : gnutls_strerror_name(hs), n, dn, r == 0 ? "ok" : gnutls_strerror_name(r), status,
	     sign_name(gnutls_sign_algorithm_get_client(s)));
}

static void client_setup(gnutls_session_t s, void *arg)
{
	gnutls_priority_set_direct(s, prio, NULL);
	gnutls_session_set_ptr(s, "client-ptr");
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, "www.example.com", 15);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, arg);
}

static void client_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	note("client handshake %s, request status %u, sent a certificate %s, signed with %s, server signed with %s\n",
	     hs == 0 ? "ok" : "failed", gnutls_certificate_client_get_request_status(s),
	     gnutls_certificate_get_ours(s) ? "yes" : "no", sign_name(gnutls_sign_algorithm_get_client(s)),
	     sign_name(gnutls_sign_algorithm_get(s)));
	if (hs < 0)
		note("~client error %s\n", gnutls_strerror_name(hs));
}

static void run(const char *mode_name, gnutls_certificate_request_t *mode, const char *cli_name,
		gnutls_certificate_credentials_t cli)
{
	char title[256];
	struct pair_side srv = { .setup = server_setup, .inspect = server_inspect, .arg = mode };
	struct pair_side c = { .setup = client_setup, .inspect = client_inspect, .arg = cli };
	snprintf(title, sizeof title, "%s: server %s, client %s", prio, mode_name, cli_name);
	pair_run(title, &srv, &c);
}

int main(void)
{
	static const char *prios[] = { "NORMAL:-VERS-ALL:+VERS-TLS1.2", "NORMAL:-VERS-ALL:+VERS-TLS1.3" };
	gnutls_certificate_request_t request = GNUTLS_CERT_REQUEST, require = GNUTLS_CERT_REQUIRE;
	gnutls_datum_t c, k;
	unsigned max = 2;

	alarm(120);
	signal(SIGPIPE, SIG_IGN);
	gnutls_certificate_allocate_credentials(&srv_cred);
	gnutls_certificate_set_x509_key_file(srv_cred, cert_path("chains/valid.pem"), cert_path("keys/leaf-ec.key"),
					     GNUTLS_X509_FMT_PEM);
	printf("server trust: %d\n",
	       gnutls_certificate_set_x509_trust_file(srv_cred, cert_path("chains/root.pem"), GNUTLS_X509_FMT_PEM));

	gnutls_certificate_allocate_credentials(&cli_none);
	gnutls_certificate_allocate_credentials(&cli_file);
	printf("client key file: %d\n",
	       gnutls_certificate_set_x509_key_file(cli_file, cert_path("chains/valid.pem"),
						    cert_path("keys/leaf-ec.key"), GNUTLS_X509_FMT_PEM));
	if (gnutls_load_file(cert_path("chains/valid.pem"), &c) < 0 ||
	    gnutls_load_file(cert_path("keys/leaf-ec.key"), &k) < 0) {
		printf("cannot load the client certificate\n");
		return 2;
	}
	printf("pcerts: %d %u\n", gnutls_pcert_list_import_x509_raw(pc, &max, &c, GNUTLS_X509_FMT_PEM, 0), max);
	gnutls_privkey_init(&pkey);
	printf("privkey: %d\n", gnutls_privkey_import_x509_raw(pkey, &k, GNUTLS_X509_FMT_PEM, NULL, 0));
	gnutls_free(c.data);
	gnutls_free(k.data);
	gnutls_certificate_allocate_credentials(&cli_retr);
	gnutls_certificate_set_retrieve_function2(cli_retr, retr_give);
	gnutls_certificate_allocate_credentials(&cli_retr_none);
	gnutls_certificate_set_retrieve_function2(cli_retr_none, retr_none);

	for (unsigned i = 0; i < 2; i++) {
		prio = prios[i];
		run("IGNORE", NULL, "key file", cli_file);
		run("IGNORE", NULL, "callback", cli_retr);
		run("REQUEST", &request, "none", cli_none);
		run("REQUEST", &request, "key file", cli_file);
		run("REQUEST", &request, "callback", cli_retr);
		run("REQUIRE", &require, "key file", cli_file);
		run("REQUIRE", &require, "callback", cli_retr);
		run("REQUIRE", &require, "none", cli_none);
		run("REQUIRE", &require, "callback choosing none", cli_retr_none);
	}

	gnutls_certificate_free_credentials(srv_cred);
	gnutls_certificate_free_credentials(cli_none);
	gnutls_certificate_free_credentials(cli_file);
	gnutls_certificate_free_credentials(cli_retr);
	gnutls_certificate_free_credentials(cli_retr_none);
	gnutls_pcert_deinit(&pc[0]);
	gnutls_pcert_deinit(&pc[1]);
	gnutls_privkey_deinit(pkey);
	return 0;
}
