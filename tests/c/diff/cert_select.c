/* Choosing the server certificate at handshake time: per SNI through a
 * retrieve callback (retrieve_function2 with borrowed pcerts, _function3
 * handing ownership over with GNUTLS_CERT_RETR_DEINIT_ALL, the legacy
 * retrieve_function with deinit_all), and through several key pairs in
 * one credentials object (the library picks by SNI). Also a callback that
 * fails and one that chooses nothing. The callbacks re-enter the API
 * (server name, session pointer). */
#include "tls_pair.h"

static gnutls_pcert_st pc_ec[2], pc_rsa[1];
static gnutls_privkey_t key_ec, key_rsa;
static gnutls_certificate_credentials_t cb_cred;
static int fail_with, calls;

static gnutls_datum_t load(const char *rel)
{
	gnutls_datum_t d = { NULL, 0 };
	if (gnutls_load_file(cert_path(rel), &d) < 0) {
		printf("cannot load %s\n", rel);
		exit(2);
	}
	return d;
}

static void load_pcerts(gnutls_pcert_st *pc, unsigned max, const char *crt, gnutls_privkey_t *key, const char *keyfile)
{
	gnutls_datum_t c = load(crt), k = load(keyfile);
	unsigned n = max;
	int r = gnutls_pcert_list_import_x509_raw(pc, &n, &c, GNUTLS_X509_FMT_PEM, 0);
	int r2 = gnutls_privkey_init(key);
	int r3 = gnutls_privkey_import_x509_raw(*key, &k, GNUTLS_X509_FMT_PEM, NULL, 0);
	printf("load %s: %d %u, key %d %d\n", crt, r, n, r2, r3);
	gnutls_free(c.data);
	gnutls_free(k.data);
}

/* Which chain the SNI asks for: 1 = RSA, 0 = EC (the default). */
static int wants_rsa(gnutls_session_t s, char *name, size_t size)
{
	unsigned type;
	int r = gnutls_server_name_get(s, name, &size, &type, 0);
	if (r < 0)
		snprintf(name, 8, "(none)");
	return r == 0 && strcmp(name, "rsa.example.com") == 0;
}

static int retr2(gnutls_session_t s, const gnutls_datum_t *req_ca, int nreqs, const gnutls_pk_algorithm_t *pk,
		 int npk, gnutls_pcert_st **pcert, unsigned *n, gnutls_privkey_t *key)
{
	char name[256];
	int rsa = wants_rsa(s, name, sizeof name);
	int refuse = fail_with || strcmp(name, "nothing.example.com") == 0;
	/* GnuTLS asks again for each cipher suite when refused: note the first */
	if (!refuse || calls++ == 0)
		note("retr2: sni %s, nreqs %d (%s), pk_algos %d (%s), ptr %s\n", name, nreqs, req_ca ? "set" : "NULL",
		     npk, pk ? "set" : "NULL", (char *)gnutls_session_get_ptr(s));
	if (fail_with)
		return fail_with;
	if (refuse) {
		*n = 0;
		return 0;
	}
	*pcert = rsa ? pc_rsa : pc_ec;
	*n = rsa ? 1 : 2;
	*key = rsa ? key_rsa : key_ec;
	return 0;
}

/* Fresh copies, handed over with DEINIT_ALL. */
static int retr3(gnutls_session_t s, const struct gnutls_cert_retr_st *info, gnutls_pcert_st **certs,
		 unsigned *n, gnutls_ocsp_data_st **ocsp, unsigned *nocsp, gnutls_privkey_t *key, unsigned *flags)
{
	char name[256];
	int rsa = wants_rsa(s, name, sizeof name);
	gnutls_datum_t c = load(rsa ? "keys/rsa.pem" : "chains/valid.pem");
	gnutls_datum_t k = load(rsa ? "keys/rsa-pkcs1.pem" : "keys/leaf-ec.key");
	unsigned max = 4;
	note("retr3: sni %s, version %u, cred %s, nreqs %u, pk_algos %u\n", name, info->version,
	     info->cred == cb_cred ? "ours" : "other", info->nreqs, info->pk_algos_length);
	*certs = gnutls_malloc(max * sizeof **certs);
	gnutls_pcert_list_import_x509_raw(*certs, &max, &c, GNUTLS_X509_FMT_PEM, 0);
	*n = max;
	gnutls_privkey_init(key);
	gnutls_privkey_import_x509_raw(*key, &k, GNUTLS_X509_FMT_PEM, NULL, 0);
	*ocsp = NULL;
	*nocsp = 0;
	*flags = GNUTLS_CERT_RETR_DEINIT_ALL;
	gnutls_free(c.data);
	gnutls_free(k.data);
	return 0;
}

/* The legacy form: X.509 handles in a gnutls_retr2_st, released by the library. */
static int retr1(gnutls_session_t s, const gnutls_datum_t *req_ca, int nreqs, const gnutls_pk_algorithm_t *pk,
		 int npk, gnutls_retr2_st *st)
{
	char name[256];
	int rsa = wants_rsa(s, name, sizeof name);
	gnutls_datum_t c = load(rsa ? "keys/rsa.pem" : "chains/valid.pem");
	gnutls_datum_t k = load(rsa ? "keys/rsa-pkcs1.pem" : "keys/leaf-ec.key");
	unsigned max = 4;
	note("retr1: sni %s, nreqs %d, pk_algos %d\n", name, nreqs, npk);
	st->cert_type = GNUTLS_CRT_X509;
	st->key_type = GNUTLS_PRIVKEY_X509;
	st->cert.x509 = gnutls_malloc(max * sizeof(gnutls_x509_crt_t));
	gnutls_x509_crt_list_import(st->cert.x509, &max, &c, GNUTLS_X509_FMT_PEM, 0);
	st->ncerts = max;
	gnutls_x509_privkey_init(&st->key.x509);
	gnutls_x509_privkey_import(st->key.x509, &k, GNUTLS_X509_FMT_PEM);
	st->deinit_all = 1;
	gnutls_free(c.data);
	gnutls_free(k.data);
	return 0;
}

static gnutls_certificate_credentials_t srv_cred;

static void server_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_set_default_priority(s);
	gnutls_session_set_ptr(s, "server-ptr");
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, srv_cred);
}

static void server_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)s;
	(void)arg;
	note("server handshake %s\n", hs == 0 ? "ok" : gnutls_strerror_name(hs));
}

static gnutls_certificate_credentials_t cli_cred;

/* post-client-hello: the SNI decides which credentials the session uses */
static int switch_creds(gnutls_session_t s)
{
	char name[256];
	int rsa = wants_rsa(s, name, sizeof name);
	note("hook: sni %s, switching to %s\n", name, rsa ? "the callback credentials" : "nothing");
	return rsa ? gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cb_cred) : 0;
}

static void hook_server_setup(gnutls_session_t s, void *arg)
{
	server_setup(s, arg);
	gnutls_handshake_set_post_client_hello_function(s, switch_creds);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	const char *sni = arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cli_cred);
	if (sni)
		gnutls_server_name_set(s, GNUTLS_NAME_DNS, sni, strlen(sni));
}

static void client_inspect(gnutls_session_t s, int hs, void *arg)
{
	char dn[512];
	unsigned n = 0;
	(void)arg;
	peer_dn(s, dn, sizeof dn);
	gnutls_certificate_get_peers(s, &n);
	/* without an alert from the peer, GnuTLS reports a premature end; rustls alerts */
	note("client handshake %s, peer %s (%u certs)\n", hs == 0 ? "ok" : "failed", dn, n);
	if (hs < 0)
		note("~client error %s\n", gnutls_strerror_name(hs));
}

static void connect_all(const char *what)
{
	static const char *snis[] = { "www.example.com", "rsa.example.com", NULL };
	for (unsigned i = 0; i < 3; i++) {
		char title[256];
		struct pair_side srv = { .setup = server_setup, .inspect = server_inspect };
		struct pair_side cli = { .setup = client_setup, .inspect = client_inspect, .arg = (void *)snis[i] };
		snprintf(title, sizeof title, "%s, sni %s", what, snis[i] ? snis[i] : "(none)");
		pair_run(title, &srv, &cli);
	}
}

int main(void)
{
	alarm(120);
	/* a side may still write (its close) after the other has gone */
	signal(SIGPIPE, SIG_IGN);
	gnutls_certificate_allocate_credentials(&cli_cred);
	load_pcerts(pc_ec, 2, "chains/valid.pem", &key_ec, "keys/leaf-ec.key");
	load_pcerts(pc_rsa, 1, "keys/rsa.pem", &key_rsa, "keys/rsa-pkcs1.pem");

	gnutls_certificate_allocate_credentials(&cb_cred);
	/* a key pair too: the callback takes precedence */
	gnutls_certificate_set_x509_key_file(cb_cred, cert_path("keys/ec256.pem"), cert_path("keys/ec256-sec1.pem"),
					     GNUTLS_X509_FMT_PEM);
	srv_cred = cb_cred;

	gnutls_certificate_set_retrieve_function2(cb_cred, retr2);
	connect_all("retrieve_function2");
	{
		struct pair_side srv = { .setup = server_setup, .inspect = server_inspect };
		struct pair_side cli = { .setup = client_setup, .inspect = client_inspect, .arg = "nothing.example.com" };
		calls = 0;
		pair_run("retrieve_function2 choosing nothing", &srv, &cli);
	}
	calls = 0;
	fail_with = GNUTLS_E_CERTIFICATE_ERROR;
	{
		struct pair_side srv = { .setup = server_setup, .inspect = server_inspect };
		struct pair_side cli = { .setup = client_setup, .inspect = client_inspect, .arg = "www.example.com" };
		pair_run("retrieve_function2 failing", &srv, &cli);
	}
	fail_with = 0;

	gnutls_certificate_set_retrieve_function3(cb_cred, retr3);
	connect_all("retrieve_function3 DEINIT_ALL");
	gnutls_certificate_set_retrieve_function(cb_cred, retr1);
	connect_all("retrieve_function deinit_all");
	gnutls_certificate_set_retrieve_function(cb_cred, NULL);
	{
		struct pair_side srv = { .setup = server_setup, .inspect = server_inspect };
		struct pair_side cli = { .setup = client_setup, .inspect = client_inspect, .arg = "www.example.com" };
		pair_run("callback cleared: the key pair", &srv, &cli);
	}

	/* credentials switched by a post-client-hello function to ones with a callback */
	gnutls_certificate_set_retrieve_function2(cb_cred, retr2);
	srv_cred = cli_cred;	/* no key pair at all until the hook switches */
	{
		struct pair_side srv = { .setup = hook_server_setup, .inspect = server_inspect };
		struct pair_side cli = { .setup = client_setup, .inspect = client_inspect, .arg = "rsa.example.com" };
		pair_run("post-client-hello switch to retrieve_function2", &srv, &cli);
	}
	gnutls_certificate_set_retrieve_function2(cb_cred, NULL);

	/* several key pairs, chosen by the library from the SNI */
	gnutls_certificate_allocate_credentials(&srv_cred);
	printf("key pair ec: %d\n", gnutls_certificate_set_x509_key_file(srv_cred, cert_path("chains/valid.pem"),
									  cert_path("keys/leaf-ec.key"), GNUTLS_X509_FMT_PEM));
	printf("key pair rsa: %d\n", gnutls_certificate_set_x509_key_file(srv_cred, cert_path("keys/rsa.pem"),
									   cert_path("keys/rsa-pkcs1.pem"), GNUTLS_X509_FMT_PEM));
	connect_all("two key pairs");

	gnutls_certificate_free_credentials(srv_cred);
	gnutls_certificate_free_credentials(cb_cred);
	gnutls_certificate_free_credentials(cli_cred);
	gnutls_pcert_deinit(&pc_ec[0]);
	gnutls_pcert_deinit(&pc_ec[1]);
	gnutls_pcert_deinit(&pc_rsa[0]);
	gnutls_privkey_deinit(key_ec);
	gnutls_privkey_deinit(key_rsa);
	return 0;
}
