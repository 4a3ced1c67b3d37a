/* Raw public keys (RFC 7250) in handshakes: a server with
 * gnutls_certificate_set_rawpk_key_file/_mem serves its bare key to a client
 * that enabled them (GNUTLS_ENABLE_RAWPK and CTYPE-SRV-RAWPK); what each
 * side then reports: certificate types (get and get2 for every target),
 * the session description, the peer's "certificate" (its
 * SubjectPublicKeyInfo), verify_peers; and the refusals: a client that did
 * not enable raw keys, a server without them, bad key files.
 * Not here: a client offering both types to a server holding both (GnuTLS
 * then picks X.509, the client's first). rustls offers raw keys alone, so
 * rgnutls's client cannot make that offer; tests/interop/rawpk.sh checks
 * our server's choice against the real gnutls-cli. */
#include "tls_pair.h"

struct rcase {
	const char *name;
	unsigned server_flags, client_flags;
	const char *server_prio, *client_prio;
	int server_x509, server_rawpk;
};

static gnutls_certificate_credentials_t scred, ccred;

static void server_setup(gnutls_session_t s, void *arg)
{
	const struct rcase *c = arg;
	gnutls_priority_set_direct(s, c->server_prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	const struct rcase *c = arg;
	gnutls_priority_set_direct(s, c->client_prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, "localhost", strlen("localhost"));
}

static void inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	note("handshake %d\n", hs);
	if (hs < 0)
		return;
	note("type_get %d, get2 client %d server %d ours %d peers %d\n", gnutls_certificate_type_get(s),
	     gnutls_certificate_type_get2(s, GNUTLS_CTYPE_CLIENT), gnutls_certificate_type_get2(s, GNUTLS_CTYPE_SERVER),
	     gnutls_certificate_type_get2(s, GNUTLS_CTYPE_OURS), gnutls_certificate_type_get2(s, GNUTLS_CTYPE_PEERS));
	char *desc = gnutls_session_get_desc(s);
	note("desc %s\n", desc ? desc : "(null)");
	gnutls_free(desc);
	unsigned n = 0;
	const gnutls_datum_t *peers = gnutls_certificate_get_peers(s, &n);
	note("peers %u, first %u bytes\n", n, peers && n ? peers[0].size : 0);
	const gnutls_datum_t *ours = gnutls_certificate_get_ours(s);
	note("ours %u bytes\n", ours ? ours->size : 0);
	unsigned st = 77;
	int r = gnutls_certificate_verify_peers2(s, &st);
	note("verify_peers2 %d status 0x%x\n", r, st);
}

int main(void)
{
	static const struct rcase cases[] = {
		{ "raw key both ways enabled", GNUTLS_ENABLE_RAWPK, GNUTLS_ENABLE_RAWPK, "NORMAL:+CTYPE-SRV-RAWPK",
		  "NORMAL:+CTYPE-SRV-RAWPK", 0, 1 },
		{ "client offers only raw keys", GNUTLS_ENABLE_RAWPK, GNUTLS_ENABLE_RAWPK, "NORMAL:+CTYPE-SRV-RAWPK",
		  "NORMAL:-CTYPE-SRV-ALL:+CTYPE-SRV-RAWPK", 0, 1 },
		{ "raw key through gnutls_certificate_set_key", GNUTLS_ENABLE_RAWPK, GNUTLS_ENABLE_RAWPK,
		  "NORMAL:+CTYPE-SRV-RAWPK", "NORMAL:+CTYPE-SRV-RAWPK", 0, 2 },
		{ "client did not enable raw keys", GNUTLS_ENABLE_RAWPK, 0, "NORMAL:+CTYPE-SRV-RAWPK", "NORMAL", 0, 1 },
		{ "server did not enable raw keys", 0, GNUTLS_ENABLE_RAWPK, "NORMAL", "NORMAL:+CTYPE-SRV-RAWPK", 0, 1 },
		{ "server has both, client offers only raw keys", GNUTLS_ENABLE_RAWPK, GNUTLS_ENABLE_RAWPK,
		  "NORMAL:+CTYPE-SRV-RAWPK", "NORMAL:-CTYPE-SRV-ALL:+CTYPE-SRV-RAWPK", 1, 1 },
		{ "x.509 server, client offers only raw keys", GNUTLS_ENABLE_RAWPK, GNUTLS_ENABLE_RAWPK,
		  "NORMAL:+CTYPE-SRV-RAWPK", "NORMAL:-CTYPE-SRV-ALL:+CTYPE-SRV-RAWPK", 1, 0 },
	};
	signal(SIGPIPE, SIG_IGN);
	alarm(120);
	gnutls_global_init();
	for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct rcase *c = &cases[i];
		gnutls_certificate_allocate_credentials(&scred);
		gnutls_certificate_allocate_credentials(&ccred);
		if (c->server_x509)
			printf("%s: x509 key_file %d\n", c->name,
			       gnutls_certificate_set_x509_key_file(scred, cert_path("chains/valid.pem"),
								    cert_path("keys/leaf-ec.key"), GNUTLS_X509_FMT_PEM));
		if (c->server_rawpk == 2) {
			/* Through a pcert and gnutls_certificate_set_key. */
			gnutls_datum_t pub, key;
			gnutls_load_file(cert_path("keys/rawpk-ec.pub"), &pub);
			gnutls_load_file(cert_path("keys/rawpk-ec.key"), &key);
			gnutls_pcert_st *pc = gnutls_calloc(1, sizeof *pc);
			gnutls_privkey_t pk;
			gnutls_privkey_init(&pk);
			int r1 = gnutls_pcert_import_rawpk_raw(pc, &pub, GNUTLS_X509_FMT_PEM, 0, 0);
			int r2 = gnutls_privkey_import_x509_raw(pk, &key, GNUTLS_X509_FMT_PEM, NULL, 0);
			const char *names[] = { "localhost" };
			printf("%s: rawpk pcert %d privkey %d set_key %d\n", c->name, r1, r2,
			       gnutls_certificate_set_key(scred, names, 1, pc, 1, pk));
			gnutls_free(pub.data);
			gnutls_free(key.data);
		} else if (c->server_rawpk)
			printf("%s: rawpk key_file %d\n", c->name,
			       gnutls_certificate_set_rawpk_key_file(scred, cert_path("keys/rawpk-ec.pub"),
								     cert_path("keys/rawpk-ec.key"), GNUTLS_X509_FMT_PEM,
								     NULL, 0, NULL, 0, 0, 0));
		gnutls_certificate_set_x509_trust_file(ccred, cert_path("chains/root.pem"), GNUTLS_X509_FMT_PEM);
		struct pair_side server = { .setup = server_setup, .inspect = inspect, .arg = (void *)c,
					    .init_flags = c->server_flags };
		struct pair_side client = { .setup = client_setup, .inspect = inspect, .arg = (void *)c,
					    .init_flags = c->client_flags };
		pair_run(c->name, &server, &client);
		gnutls_certificate_free_credentials(scred);
		gnutls_certificate_free_credentials(ccred);
	}

	/* Loading: key files that do not match or do not decode, and _mem. */
	gnutls_certificate_allocate_credentials(&scred);
	printf("mismatched key: %d\n",
	       gnutls_certificate_set_rawpk_key_file(scred, cert_path("keys/rawpk-ec.pub"), cert_path("keys/leaf-ec.key"),
						     GNUTLS_X509_FMT_PEM, NULL, 0, NULL, 0, 0, 0));
	printf("missing file: %d\n",
	       gnutls_certificate_set_rawpk_key_file(scred, cert_path("keys/nonexistent.pub"),
						     cert_path("keys/rawpk-ec.key"), GNUTLS_X509_FMT_PEM, NULL, 0, NULL,
						     0, 0, 0));
	printf("certificate as raw key: %d\n",
	       gnutls_certificate_set_rawpk_key_file(scred, cert_path("chains/leaf.pem"), cert_path("keys/leaf-ec.key"),
						     GNUTLS_X509_FMT_PEM, NULL, 0, NULL, 0, 0, 0));
	gnutls_datum_t pub, key;
	if (gnutls_load_file(cert_path("keys/rawpk-ec.pub"), &pub) == 0 &&
	    gnutls_load_file(cert_path("keys/rawpk-ec.key"), &key) == 0) {
		const char *names[] = { "localhost" };
		printf("mem: %d\n", gnutls_certificate_set_rawpk_key_mem(scred, &pub, &key, GNUTLS_X509_FMT_PEM, NULL, 0,
									  names, 1, 0));
		printf("mem as DER: %d\n", gnutls_certificate_set_rawpk_key_mem(scred, &pub, &key, GNUTLS_X509_FMT_DER,
										 NULL, 0, NULL, 0, 0));
		printf("mem NULL key: %d\n", gnutls_certificate_set_rawpk_key_mem(scred, &pub, NULL, GNUTLS_X509_FMT_PEM,
										   NULL, 0, NULL, 0, 0));
		gnutls_free(pub.data);
		gnutls_free(key.data);
	}
	gnutls_certificate_set_flags(scred, GNUTLS_CERTIFICATE_API_V2);
	printf("index with API_V2: %d\n",
	       gnutls_certificate_set_rawpk_key_file(scred, cert_path("keys/rawpk-ec.pub"), cert_path("keys/rawpk-ec.key"),
						     GNUTLS_X509_FMT_PEM, NULL, 0, NULL, 0, 0, 0));
	gnutls_certificate_free_credentials(scred);
	gnutls_global_deinit();
	return 0;
}
