/* gnutls_certificate_set_verify_limits: a peer chain longer than the depth
 * limit makes gnutls_certificate_verify_peers* fail with
 * GNUTLS_E_CONSTRAINT_ERROR (status untouched); zero lifts the limit; the
 * bit limit is recorded but not checked by GnuTLS 3.7. Inside the handshake
 * (gnutls_session_set_verify_cert) the same failure is
 * GNUTLS_E_CERTIFICATE_ERROR with no status, and no alert reaches the
 * server. Also: set_verify_cert without a host name checks no name, the
 * status reads all ones when nothing was verified, and a later
 * gnutls_session_set_verify_function replaces set_verify_cert's check.
 * Long chains (tests/certs/long/): a server reads at most 16 certificates
 * of a PEM chain (so of 17 the client gets 16, missing an issuer), and the
 * default depth limit, 16, accepts 16; an unsorted key file is sent sorted. */
#include "tls_pair.h"

enum mode { AFTER, DURING, DURING_NOHOST, REPLACED };

struct lcase {
	const char *name;
	int set;
	unsigned bits, depth;
	enum mode mode;
	const char *sni;
	/* server chain, its key and the client's trust (NULL: the usual ones) */
	const char *chain, *key, *trust;
};

static gnutls_certificate_credentials_t scred, ccred;

static int replacing_cb(gnutls_session_t s)
{
	(void)s;
	note("client replacing verify function called\n");
	return 0;
}

static void server_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	const struct lcase *c = arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, c->sni, strlen(c->sni));
	if (c->mode == DURING)
		gnutls_session_set_verify_cert(s, "www.example.com", 0);
	else if (c->mode == DURING_NOHOST || c->mode == REPLACED)
		gnutls_session_set_verify_cert(s, NULL, 0);
	if (c->mode == REPLACED)
		gnutls_session_set_verify_function(s, replacing_cb);
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
	unsigned n = 0;
	gnutls_certificate_get_peers(s, &n);
	note("client handshake %d, verify_cert_status 0x%x, %u peer certificates\n", hs,
	     gnutls_session_get_verify_cert_status(s), n);
	int r = gnutls_certificate_verify_peers3(s, "www.example.com", &st);
	note("client verify_peers3 %d status 0x%x\n", r, st);
	st = 77;
	r = gnutls_certificate_verify_peers2(s, &st);
	note("client verify_peers2 %d status 0x%x\n", r, st);
}

int main(void)
{
	static const struct lcase cases[] = {
		{ "defaults", 0, 0, 0, AFTER, "www.example.com" },
		{ "no limits", 1, 0, 0, AFTER, "www.example.com" },
		{ "depth 1", 1, 8200, 1, AFTER, "www.example.com" },
		{ "depth 2", 1, 8200, 2, AFTER, "www.example.com" },
		{ "depth 1, no bit limit", 1, 0, 1, AFTER, "www.example.com" },
		{ "bits 100 (not checked)", 1, 100, 5, AFTER, "www.example.com" },
		{ "handshake, defaults", 0, 0, 0, DURING, "www.example.com" },
		{ "handshake, depth 1", 1, 8200, 1, DURING, "www.example.com" },
		{ "handshake, depth 2", 1, 8200, 2, DURING, "www.example.com" },
		{ "handshake, bits 100", 1, 100, 0, DURING, "www.example.com" },
		{ "handshake, no host name, other SNI", 0, 0, 0, DURING_NOHOST, "other.example.org" },
		{ "handshake, replaced by a verify function", 1, 8200, 1, REPLACED, "www.example.com" },
		{ "17 certificates, defaults", 0, 0, 0, AFTER, "www.example.com", "long/chain17.pem", "long/leaf.key",
		  "long/root.pem" },
		{ "16 certificates, defaults", 0, 0, 0, AFTER, "www.example.com", "long/chain16.pem", "long/leaf.key",
		  "long/ca1.pem" },
		{ "16 certificates, depth 15", 1, 0, 15, DURING, "www.example.com", "long/chain16.pem", "long/leaf.key",
		  "long/ca1.pem" },
		{ "unsorted key file", 0, 0, 0, DURING, "www.example.com", "chains/unsorted.pem", NULL, NULL },
	};
	signal(SIGPIPE, SIG_IGN);
	alarm(120);
	for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct lcase *c = &cases[i];
		gnutls_certificate_allocate_credentials(&scred);
		gnutls_certificate_allocate_credentials(&ccred);
		int r = gnutls_certificate_set_x509_key_file(scred, cert_path(c->chain ? c->chain : "chains/valid.pem"),
							     cert_path(c->key ? c->key : "keys/leaf-ec.key"), GNUTLS_X509_FMT_PEM);
		printf("%s: server key_file %d\n", c->name, r);
		r = gnutls_certificate_set_x509_trust_file(ccred, cert_path(c->trust ? c->trust : "chains/root.pem"),
							   GNUTLS_X509_FMT_PEM);
		printf("%s: client trust_file %d\n", c->name, r);
		if (c->set)
			gnutls_certificate_set_verify_limits(ccred, c->bits, c->depth);
		struct pair_side server = { .setup = server_setup, .inspect = server_inspect };
		struct pair_side client = { .setup = client_setup, .inspect = client_inspect, .arg = (void *)c };
		pair_run(c->name, &server, &client);
		gnutls_certificate_free_credentials(scred);
		gnutls_certificate_free_credentials(ccred);
	}
	return 0;
}
