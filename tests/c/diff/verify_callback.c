/* gnutls_certificate_set_verify_function on both sides: the callback runs
 * inside the handshake once the peer's certificate has arrived, re-enters
 * the API (get_peers, verify_peers3/2, session_get_ptr, certificate_type_get,
 * an X.509 import of the peer's certificate) and may abort the handshake.
 * Also a per-session function (gnutls_session_set_verify_function) taking
 * precedence over the credentials' one. */
#include "tls_pair.h"

struct ctx {
	const char *who;
	int verdict;	/* what the callback returns */
	const char *host;	/* for verify_peers3 */
};

static gnutls_certificate_credentials_t srv_cred, cli_cred;
static const char *prio;
static struct ctx srv_ctx, cli_ctx;
static int use_session_fn;

static int verify_cb(gnutls_session_t s)
{
	struct ctx *c = gnutls_session_get_ptr(s);
	unsigned n = 0, status = 99;
	const gnutls_datum_t *certs = gnutls_certificate_get_peers(s, &n);
	int r = gnutls_certificate_verify_peers3(s, c->host, &status);
	char dn[256] = "-";
	size_t size = sizeof dn;
	gnutls_x509_crt_t crt;
	if (certs && n > 0) {
		gnutls_x509_crt_init(&crt);
		if (gnutls_x509_crt_import(crt, &certs[0], GNUTLS_X509_FMT_DER) < 0 ||
		    gnutls_x509_crt_get_dn(crt, dn, &size) < 0)
			snprintf(dn, sizeof dn, "?");
		gnutls_x509_crt_deinit(crt);
	}
	note("%s verify callback: peers %u (%s), type %d, verify_peers3(%s) %s status %u, returning %d\n", c->who, n,
	     dn, gnutls_certificate_type_get(s), c->host ? c->host : "NULL", r == 0 ? "ok" : gnutls_strerror_name(r),
	     status, c->verdict);
	return c->verdict;
}

static int session_verify_cb(gnutls_session_t s)
{
	note("session-level callback: ");
	return verify_cb(s);
}

static void server_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_priority_set_direct(s, prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, srv_cred);
	gnutls_certificate_server_set_request(s, GNUTLS_CERT_REQUIRE);
	gnutls_session_set_ptr(s, &srv_ctx);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_priority_set_direct(s, prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cli_cred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, "www.example.com", 15);
	gnutls_session_set_ptr(s, &cli_ctx);
	if (use_session_fn)
		gnutls_session_set_verify_function(s, session_verify_cb);
}

static void inspect(gnutls_session_t s, int hs, void *arg)
{
	struct ctx *c = gnutls_session_get_ptr(s);
	(void)arg;
	/* The side whose callback refuses sends no alert: its peer reads a
	 * premature end of the connection. */
	note("%s handshake %s\n", c->who, hs == 0 ? "ok" : gnutls_strerror_name(hs));
}

static void run(const char *title, int srv_verdict, int cli_verdict, const char *host)
{
	char t[256];
	struct pair_side srv = { .setup = server_setup, .inspect = inspect };
	struct pair_side cli = { .setup = client_setup, .inspect = inspect };
	srv_ctx = (struct ctx){ "server", srv_verdict, NULL };
	cli_ctx = (struct ctx){ "client", cli_verdict, host };
	snprintf(t, sizeof t, "%s: %s", prio, title);
	pair_run(t, &srv, &cli);
}

int main(void)
{
	static const char *prios[] = { "NORMAL:-VERS-ALL:+VERS-TLS1.2", "NORMAL:-VERS-ALL:+VERS-TLS1.3" };
	alarm(120);
	signal(SIGPIPE, SIG_IGN);
	gnutls_certificate_allocate_credentials(&srv_cred);
	gnutls_certificate_allocate_credentials(&cli_cred);
	gnutls_certificate_set_x509_key_file(srv_cred, cert_path("chains/valid.pem"), cert_path("keys/leaf-ec.key"),
					     GNUTLS_X509_FMT_PEM);
	gnutls_certificate_set_x509_key_file(cli_cred, cert_path("chains/valid.pem"), cert_path("keys/leaf-ec.key"),
					     GNUTLS_X509_FMT_PEM);
	gnutls_certificate_set_x509_trust_file(srv_cred, cert_path("chains/root.pem"), GNUTLS_X509_FMT_PEM);
	gnutls_certificate_set_x509_trust_file(cli_cred, cert_path("chains/root.pem"), GNUTLS_X509_FMT_PEM);
	gnutls_certificate_set_verify_function(srv_cred, verify_cb);
	gnutls_certificate_set_verify_function(cli_cred, verify_cb);

	for (unsigned i = 0; i < 2; i++) {
		prio = prios[i];
		run("both accept", 0, 0, "www.example.com");
		run("client checks another name, accepts", 0, 0, "other.example.com");
		run("client rejects", 0, -1, "www.example.com");
		run("server rejects", -1, 0, "www.example.com");
		use_session_fn = 1;
		run("session-level function on the client, rejecting", 0, GNUTLS_E_CERTIFICATE_ERROR, "www.example.com");
		/* an error code below -1 is what the handshake returns; 1 is a plain refusal */
		run("session-level function on the client, failing with a code", 0, GNUTLS_E_USER_ERROR, "www.example.com");
		run("session-level function on the client, returning 1", 0, 1, "www.example.com");
		use_session_fn = 0;
	}
	gnutls_certificate_free_credentials(srv_cred);
	gnutls_certificate_free_credentials(cli_cred);
	return 0;
}
