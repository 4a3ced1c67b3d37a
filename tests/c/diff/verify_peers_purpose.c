/* Which key purpose the session's peer verification checks when the
 * application names none. glib-networking's GIO server verifies a client
 * certificate with gnutls_certificate_verify_peers3(session, NULL, ...)
 * and turns every status bit it does not know into a generic error: a
 * purpose check the real library does not make there would reject a client
 * whose certificate is for TLS servers only (or add the generic error to
 * an unknown CA).
 *
 * Server side: the client presents ocsp/server.pem (key purpose TLS WWW
 * server only), trusted (ocsp/ca.pem) or not (chains/root.pem; that server
 * names no CAs, so the client sends it anyway); the server checks it with
 * verify_peers2, verify_peers3 (with and without a host name),
 * verify_peers with no data, a client-auth purpose, a server-auth purpose,
 * a host name only, and in the handshake (set_verify_cert). Client side:
 * the server presents ocsp/signer.pem (OCSP signing only) or
 * ocsp/server.pem; the client checks it the same ways, and in the
 * handshake with and without a host name. Each line: the return value
 * and the status bits.
 */
#include "tls_pair.h"

static gnutls_certificate_credentials_t trusting_ca, trusting_other;

static void verify_all(gnutls_session_t s, int hs)
{
	unsigned status;
	int r;
	gnutls_typed_vdata_st vd[2];
	if (hs != 0) {
		note("%s handshake %s\n", pair_current->name, gnutls_strerror_name(hs));
		return;
	}
#define SHOW(what, call)                                                                  \
	status = 0xdead;                                                                  \
	r = call;                                                                         \
	note("%s %s: %s 0x%x\n", pair_current->name, what, r == 0 ? "ok" : gnutls_strerror_name(r), status)
	SHOW("verify_peers2", gnutls_certificate_verify_peers2(s, &status));
	SHOW("verify_peers3 NULL", gnutls_certificate_verify_peers3(s, NULL, &status));
	SHOW("verify_peers3 localhost", gnutls_certificate_verify_peers3(s, "localhost", &status));
	SHOW("verify_peers no data", gnutls_certificate_verify_peers(s, NULL, 0, &status));
	memset(vd, 0, sizeof vd);
	vd[0].type = GNUTLS_DT_KEY_PURPOSE_OID;
	vd[0].data = (void *)GNUTLS_KP_TLS_WWW_CLIENT;
	SHOW("verify_peers client purpose", gnutls_certificate_verify_peers(s, vd, 1, &status));
	vd[0].data = (void *)GNUTLS_KP_TLS_WWW_SERVER;
	SHOW("verify_peers server purpose", gnutls_certificate_verify_peers(s, vd, 1, &status));
	vd[1].type = GNUTLS_DT_DNS_HOSTNAME;
	vd[1].data = (void *)"localhost";
	SHOW("verify_peers server purpose + host", gnutls_certificate_verify_peers(s, vd, 2, &status));
	vd[0].type = GNUTLS_DT_DNS_HOSTNAME;
	vd[0].data = (void *)"localhost";
	SHOW("verify_peers host only", gnutls_certificate_verify_peers(s, vd, 1, &status));
#undef SHOW
}

static void inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	verify_all(s, hs);
}

struct setup {
	gnutls_certificate_credentials_t cred;
	int request;
	const char *prio;
	/* gnutls_session_set_verify_cert: 1 with no host name, 2 localhost */
	int auto_verify;
	/* server: no CA names in the certificate request, so that the client
	 * sends its only certificate whoever issued it */
	int no_ca_names;
};

/* After a handshake with gnutls_session_set_verify_cert. */
static void inspect_auto(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	note("%s handshake %s, verify_cert_status 0x%x\n", pair_current->name, hs == 0 ? "ok" : gnutls_strerror_name(hs),
	     gnutls_session_get_verify_cert_status(s));
}

static void server_setup(gnutls_session_t s, void *arg)
{
	struct setup *st = arg;
	gnutls_priority_set_direct(s, st->prio ? st->prio : "NORMAL", NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, st->cred);
	if (st->request)
		gnutls_certificate_server_set_request(s, st->request == 2 ? GNUTLS_CERT_REQUIRE : GNUTLS_CERT_REQUEST);
	if (st->auto_verify)
		gnutls_session_set_verify_cert(s, st->auto_verify == 2 ? "localhost" : NULL, 0);
	if (st->no_ca_names)
		gnutls_certificate_send_x509_rdn_sequence(s, 1);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	struct setup *st = arg;
	gnutls_priority_set_direct(s, "NORMAL", NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, st->cred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, "localhost", 9);
	if (st->auto_verify)
		gnutls_session_set_verify_cert(s, st->auto_verify == 2 ? "localhost" : NULL, 0);
}

static gnutls_certificate_credentials_t with_key(const char *cert, const char *key, const char *trust)
{
	gnutls_certificate_credentials_t c;
	gnutls_certificate_allocate_credentials(&c);
	int r = gnutls_certificate_set_x509_key_file(c, cert_path(cert), cert_path(key), GNUTLS_X509_FMT_PEM);
	int t = gnutls_certificate_set_x509_trust_file(c, cert_path(trust), GNUTLS_X509_FMT_PEM);
	printf("credentials %s + %s, trusting %s: %d %d\n", cert, key, trust, r, t);
	return c;
}

int main(void)
{
	alarm(60);
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	gnutls_global_init();
	/* server side: a server-only client certificate */
	gnutls_certificate_credentials_t srv_ca = with_key("chains/valid.pem", "keys/leaf-ec.key", "ocsp/ca.pem");
	gnutls_certificate_credentials_t srv_other = with_key("chains/valid.pem", "keys/leaf-ec.key", "chains/root.pem");
	gnutls_certificate_credentials_t cli_server_cert = with_key("ocsp/server.pem", "ocsp/server.key", "chains/root.pem");
	for (int v = 0; v < 2; v++) {
		const char *prio = v ? "NORMAL:-VERS-ALL:+VERS-TLS1.2" : "NORMAL";
		struct setup s1 = { srv_ca, 1, prio }, s2 = { srv_other, 1, prio, 0, 1 }, c = { cli_server_cert, 0, NULL };
		printf("-- %s\n", prio);
		struct pair_side server = { .setup = server_setup, .inspect = inspect, .arg = &s1 };
		struct pair_side client = { .setup = client_setup, .arg = &c };
		pair_run("client presents a server-only certificate, trusted", &server, &client);
		server.arg = &s2;
		pair_run("client presents a server-only certificate, unknown CA", &server, &client);
		struct setup s3 = { srv_ca, 2, prio, 1 };
		server.arg = &s3;
		server.inspect = inspect_auto;
		pair_run("server verifies it in the handshake (set_verify_cert)", &server, &client);
	}
	/* client side: an OCSP-signing or a server certificate */
	const char *certs[][2] = { { "ocsp/signer.pem", "ocsp/signer.key" }, { "ocsp/server.pem", "ocsp/server.key" } };
	for (int i = 0; i < 2; i++) {
		gnutls_certificate_credentials_t sc = with_key(certs[i][0], certs[i][1], "ocsp/ca.pem");
		trusting_ca = with_key("chains/valid.pem", "keys/leaf-ec.key", "ocsp/ca.pem");
		trusting_other = with_key("chains/valid.pem", "keys/leaf-ec.key", "chains/root.pem");
		struct setup s = { sc, 0 }, c1 = { trusting_ca, 0 }, c2 = { trusting_other, 0 };
		struct pair_side server = { .setup = server_setup, .arg = &s };
		struct pair_side client = { .setup = client_setup, .inspect = inspect, .arg = &c1 };
		printf("-- server certificate %s\n", certs[i][0]);
		pair_run("client trusts its CA", &server, &client);
		client.arg = &c2;
		pair_run("client does not trust its CA", &server, &client);
		struct setup c3 = { trusting_ca, 0, NULL, 1 }, c4 = { trusting_ca, 0, NULL, 2 };
		client.inspect = inspect_auto;
		client.arg = &c3;
		pair_run("client verifies it in the handshake (set_verify_cert, no host)", &server, &client);
		client.arg = &c4;
		pair_run("client verifies it in the handshake (set_verify_cert, localhost)", &server, &client);
		gnutls_certificate_free_credentials(sc);
		gnutls_certificate_free_credentials(trusting_ca);
		gnutls_certificate_free_credentials(trusting_other);
	}
	gnutls_certificate_free_credentials(srv_ca);
	gnutls_certificate_free_credentials(srv_other);
	gnutls_certificate_free_credentials(cli_server_cert);
	gnutls_global_deinit();
	return 0;
}
