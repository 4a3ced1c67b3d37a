/* gnutls_session_set_verify_cert: the client verifies the server's chain
 * during the handshake and fails it with
 * GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR when the chain is bad; the status
 * stays readable with gnutls_session_get_verify_cert_status. Cases: a good
 * chain, an untrusted issuer, an expired leaf, a wrong host name and a leaf
 * revoked by a CRL in the client's credentials, over TLS 1.3 and 1.2.
 * A failing client sends no alert, so the server sees a premature end. */
#include "tls_pair.h"

struct vcase {
	const char *name, *chain, *host, *crl;
};

static gnutls_certificate_credentials_t scred, ccred;
static const char *prio;

static void server_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_priority_set_direct(s, prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	const struct vcase *c = arg;
	gnutls_priority_set_direct(s, prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, c->host, strlen(c->host));
	gnutls_session_set_verify_cert(s, c->host, 0);
}

static void server_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)s;
	(void)arg;
	/* A client whose verification fails sends no alert: the server reads
	 * the end of the connection (GNUTLS_E_PREMATURE_TERMINATION). */
	note("server handshake %d\n", hs);
}

static void client_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	note("client handshake %d%s\n", hs, hs == GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR ? " (verification error)" : "");
	note("client verify_cert_status 0x%x\n", gnutls_session_get_verify_cert_status(s));
}

int main(void)
{
	static const struct vcase cases[] = {
		{ "valid", "chains/valid.pem", "www.example.com", NULL },
		{ "untrusted", "chains/untrusted.pem", "www.example.com", NULL },
		{ "expired", "chains/expired.pem", "www.example.com", NULL },
		{ "wrong-host", "chains/valid.pem", "wrong.example.org", NULL },
		{ "revoked", "chains/revoked.pem", "www.example.com", "chains/inter.crl" },
		{ "crl-not-revoked", "chains/valid.pem", "www.example.com", "chains/inter.crl" },
	};
	static const char *prios[] = { "NORMAL", "NORMAL:-VERS-ALL:+VERS-TLS1.2" };
	signal(SIGPIPE, SIG_IGN); /* a side writes after its peer hung up */
	alarm(120);
	for (unsigned p = 0; p < 2; p++) {
		prio = prios[p];
		for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
			const struct vcase *c = &cases[i];
			char title[256];
			gnutls_certificate_allocate_credentials(&scred);
			gnutls_certificate_allocate_credentials(&ccred);
			int r = gnutls_certificate_set_x509_key_file(scred, cert_path(c->chain), cert_path("keys/leaf-ec.key"),
								     GNUTLS_X509_FMT_PEM);
			printf("%s: server key_file %d\n", c->name, r);
			r = gnutls_certificate_set_x509_trust_file(ccred, cert_path("chains/root.pem"), GNUTLS_X509_FMT_PEM);
			printf("%s: client trust_file %d\n", c->name, r);
			if (c->crl) {
				r = gnutls_certificate_set_x509_crl_file(ccred, cert_path(c->crl), GNUTLS_X509_FMT_PEM);
				printf("%s: client crl_file %d\n", c->name, r);
			}
			struct pair_side server = { .setup = server_setup, .inspect = server_inspect };
			struct pair_side client = { .setup = client_setup, .inspect = client_inspect, .arg = (void *)c };
			snprintf(title, sizeof title, "%s %s", prio, c->name);
			pair_run(title, &server, &client);
			gnutls_certificate_free_credentials(scred);
			gnutls_certificate_free_credentials(ccred);
		}
	}
	return 0;
}
