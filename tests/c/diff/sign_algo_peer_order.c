/* Which signature algorithm a side signs its handshake with (the server's
 * CertificateVerify or ServerKeyExchange, the client's CertificateVerify):
 * GnuTLS takes the first algorithm of the peer's list, in the peer's
 * order, that its key can make. exim logs it (TLS1.3:..._RSA_PSS_RSAE_SHA256_...);
 * OpenSSL clients list RSA-PSS-SHA256 before SHA-384 and SHA-512.
 *
 * RSA keys on both sides (crl/good.pem; the client presents it too),
 * for TLS 1.2 and 1.3, the peer listing PSS (and PKCS#1 for 1.2) SHA-256,
 * SHA-384, SHA-512 in several orders: gnutls_sign_algorithm_get (what the
 * server signed with) and gnutls_sign_algorithm_get_client (the client). */
#include "tls_pair.h"

static gnutls_certificate_credentials_t srv_cred, cli_cred;

struct order {
	const char *server_prio;
	const char *client_prio;
};

static const char *sign_name(int sign)
{
	const char *name = gnutls_sign_get_name(sign);
	return name ? name : "none";
}

static void server_setup(gnutls_session_t s, void *arg)
{
	struct order *o = arg;
	int r = gnutls_priority_set_direct(s, o->server_prio, NULL);
	if (r < 0)
		note("server priority: %s\n", gnutls_strerror_name(r));
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, srv_cred);
	gnutls_certificate_server_set_request(s, GNUTLS_CERT_REQUIRE);
}

static void server_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	note("server handshake %s: server signed with %s, client with %s\n", hs == 0 ? "ok" : gnutls_strerror_name(hs),
	     sign_name(gnutls_sign_algorithm_get(s)), sign_name(gnutls_sign_algorithm_get_client(s)));
}

static void client_setup(gnutls_session_t s, void *arg)
{
	struct order *o = arg;
	int r = gnutls_priority_set_direct(s, o->client_prio, NULL);
	if (r < 0)
		note("client priority: %s\n", gnutls_strerror_name(r));
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cli_cred);
}

int main(void)
{
	alarm(60);
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	gnutls_global_init();
	gnutls_certificate_allocate_credentials(&srv_cred);
	gnutls_certificate_allocate_credentials(&cli_cred);
	printf("keys %d %d\n",
	       gnutls_certificate_set_x509_key_file(srv_cred, cert_path("crl/good.pem"), cert_path("crl/good.key"),
						    GNUTLS_X509_FMT_PEM),
	       gnutls_certificate_set_x509_key_file(cli_cred, cert_path("crl/good.pem"), cert_path("crl/good.key"),
						    GNUTLS_X509_FMT_PEM));
	const char *versions[] = { ":-VERS-ALL:+VERS-TLS1.3", ":-VERS-ALL:+VERS-TLS1.2" };
	const char *lists[] = {
		":-SIGN-ALL:+SIGN-RSA-PSS-RSAE-SHA256:+SIGN-RSA-PSS-RSAE-SHA384:+SIGN-RSA-PSS-RSAE-SHA512:+SIGN-RSA-SHA256",
		":-SIGN-ALL:+SIGN-RSA-PSS-RSAE-SHA512:+SIGN-RSA-PSS-RSAE-SHA256:+SIGN-RSA-PSS-RSAE-SHA384:+SIGN-RSA-SHA256",
		":-SIGN-ALL:+SIGN-RSA-PSS-RSAE-SHA384:+SIGN-RSA-PSS-RSAE-SHA512:+SIGN-RSA-PSS-RSAE-SHA256:+SIGN-RSA-SHA256",
		":-SIGN-ALL:+SIGN-RSA-SHA384:+SIGN-RSA-SHA256:+SIGN-RSA-PSS-RSAE-SHA256:+SIGN-RSA-PSS-RSAE-SHA512",
	};
	for (int v = 0; v < 2; v++)
		for (int c = 0; c < 4; c++)
			for (int s = 0; s < 4; s++) {
				char sp[512], cp[512];
				snprintf(sp, sizeof sp, "NORMAL%s%s", versions[v], lists[s]);
				snprintf(cp, sizeof cp, "NORMAL%s%s", versions[v], lists[c]);
				struct order o = { sp, cp };
				struct pair_side server = { .setup = server_setup, .inspect = server_inspect, .arg = &o };
				struct pair_side client = { .setup = client_setup, .arg = &o };
				char title[1100];
				snprintf(title, sizeof title, "TLS1.%d: client lists %d, server lists %d", v ? 2 : 3, c, s);
				pair_run(title, &server, &client);
			}
	gnutls_certificate_free_credentials(srv_cred);
	gnutls_certificate_free_credentials(cli_cred);
	gnutls_global_deinit();
	return 0;
}
