/* Small session queries and the URL functions: gnutls_compression_get,
 * gnutls_prf_hash_get and gnutls_early_prf_hash_get before and after
 * handshakes with each TLS 1.2 and 1.3 suite; a server that stops sending
 * its CA names (gnutls_certificate_send_x509_rdn_sequence), as the client's
 * retrieve callback sees it; gnutls_url_is_supported and the *_import_url
 * functions on URLs no provider handles, and custom URLs registered with
 * gnutls_register_custom_url (with gnutls_x509_crt_list_import_url
 * following a get_issuer callback). */
#include "tls_pair.h"
#include <gnutls/compat.h>
#include <gnutls/urls.h>

static gnutls_certificate_credentials_t srv_cred, cli_cred;
static int send_file_fd = -1;
/* Each side's view of the randoms (client random, then server random). */
static unsigned char randoms[2][64];
/* Each side's session ID. */
static unsigned char ids[2][32];
static size_t id_sizes[2];
static const char *prio;
static int no_rdn;
/* When set, the server's priority string (the client keeps `prio`). */
static const char *server_prio;

static int retr(gnutls_session_t s, const gnutls_datum_t *req_ca, int nreqs, const gnutls_pk_algorithm_t *pk, int npk,
		gnutls_pcert_st **pcert, unsigned *n, gnutls_privkey_t *key)
{
	(void)s, (void)req_ca, (void)pk, (void)npk, (void)pcert, (void)key;
	note("client: server sent %d CA names\n", nreqs);
	*n = 0;
	return 0;
}

static void server_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_priority_set_direct(s, server_prio ? server_prio : prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, srv_cred);
	gnutls_certificate_server_set_request(s, GNUTLS_CERT_REQUEST);
	if (no_rdn)
		gnutls_certificate_send_x509_rdn_sequence(s, 1);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_priority_set_direct(s, prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cli_cred);
	/* (gnutls_ciphersuite_get crashes GnuTLS 3.7.9 before a handshake.) */
	note("client before: compression %d, prf %d, early prf %d\n", gnutls_compression_get(s), gnutls_prf_hash_get(s),
	     gnutls_early_prf_hash_get(s));
}

static void inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	gnutls_datum_t cr, sr;
	gnutls_session_get_random(s, &cr, &sr);
	if (hs == 0 && cr.size == 32 && sr.size == 32) {
		memcpy(randoms[arg != NULL], cr.data, 32);
		memcpy(randoms[arg != NULL] + 32, sr.data, 32);
	}
	id_sizes[arg != NULL] = sizeof ids[0];
	if (gnutls_session_get_id(s, ids[arg != NULL], &id_sizes[arg != NULL]) < 0)
		id_sizes[arg != NULL] = 99;
	const char *suite = gnutls_ciphersuite_get(s);
	unsigned flags = gnutls_session_get_flags(s);
	note("ocsp flag: client requested %d\n", !!(flags & GNUTLS_SFLAGS_CLI_REQUESTED_OCSP));
	/* A TLS 1.3 GnuTLS server asks for the client's staple in its
	 * CertificateRequest; rustls's does not. */
	note("~ocsp flag: server requested %d\n", !!(flags & GNUTLS_SFLAGS_SERV_REQUESTED_OCSP));
	note("%s: compression %d, prf %s, early prf %d, early cipher %d, suite %s\n",
	     hs == 0 ? "ok" : gnutls_strerror_name(hs), gnutls_compression_get(s),
	     gnutls_digest_get_name(gnutls_prf_hash_get(s)), gnutls_early_prf_hash_get(s), gnutls_early_cipher_get(s),
	     suite ? suite : "(none)");
	if (arg && send_file_fd >= 0 && hs == 0) {
		/* gnutls_record_send_file from an offset (the file position stays),
		 * then from the file position (which moves). */
		off_t off = 10;
		ssize_t n = gnutls_record_send_file(s, send_file_fd, &off, 40);
		note("send_file at 10: %zd, offset now %ld, position %ld\n", n, (long)off,
		     (long)lseek(send_file_fd, 0, SEEK_CUR));
		n = gnutls_record_send_file(s, send_file_fd, NULL, 5);
		note("send_file at the position: %zd, position %ld\n", n, (long)lseek(send_file_fd, 0, SEEK_CUR));
		n = gnutls_record_send_file(s, -1, NULL, 5);
		note("send_file bad fd: %s\n", n < 0 ? gnutls_strerror_name((int)n) : "sent");
		return;
	}
	if (arg) {
		/* The client: what the server's CertificateRequest accepted. The
		 * list is the server's choice, so only its presence is compared. */
		gnutls_sign_algorithm_t algo;
		unsigned n = 0;
		while (gnutls_sign_algorithm_get_requested(s, n, &algo) == 0) {
			note("~requested %u: %s\n", n, gnutls_sign_get_name(algo));
			n++;
		}
		note("server requested signature algorithms: %s (past the end: %s)\n", n > 0 ? "yes" : "no",
		     gnutls_strerror_name(gnutls_sign_algorithm_get_requested(s, n, &algo)));
	}
}

static void run(const char *p)
{
	struct pair_side srv = { .setup = server_setup, .inspect = inspect, .drain = send_file_fd >= 0 };
	struct pair_side c = { .setup = client_setup, .inspect = inspect, .arg = "client" };
	static const unsigned char zero[32];
	prio = p;
	memset(randoms, 0, sizeof randoms);
	pair_run(p, &srv, &c);
	printf("randoms: both sides agree %s, client random set %s, server random set %s\n",
	       memcmp(randoms[0], randoms[1], 64) == 0 ? "yes" : "no", memcmp(randoms[1], zero, 32) ? "yes" : "no",
	       memcmp(randoms[1] + 32, zero, 32) ? "yes" : "no");
	printf("session id: server %zu bytes, client %zu bytes, equal %s\n", id_sizes[0], id_sizes[1],
	       id_sizes[0] == id_sizes[1] && memcmp(ids[0], ids[1], id_sizes[0] < 33 ? id_sizes[0] : 0) == 0 ? "yes" : "no");
}

/* A custom URL scheme: "rgtest:" names the test certificate and key. */
static int imp_key(gnutls_privkey_t pkey, const char *url, unsigned flags)
{
	gnutls_datum_t d;
	(void)flags;
	printf("custom import_key %s\n", url);
	if (gnutls_load_file(cert_path("keys/leaf-ec.key"), &d) < 0)
		return GNUTLS_E_FILE_ERROR;
	int r = gnutls_privkey_import_x509_raw(pkey, &d, GNUTLS_X509_FMT_PEM, NULL, 0);
	gnutls_free(d.data);
	return r;
}

static int imp_crt(gnutls_x509_crt_t crt, const char *url, unsigned flags)
{
	gnutls_datum_t d;
	(void)flags;
	printf("custom import_crt %s\n", url);
	if (gnutls_load_file(cert_path("chains/valid.pem"), &d) < 0)
		return GNUTLS_E_FILE_ERROR;
	int r = gnutls_x509_crt_import(crt, &d, GNUTLS_X509_FMT_PEM);
	gnutls_free(d.data);
	return r;
}

/* Issuers for "rgtest:" certificates, from the test chain and root. */
static gnutls_x509_crt_t pool[8];
static unsigned pool_size;

static int get_issuer(const char *url, gnutls_x509_crt_t crt, gnutls_datum_t *issuer_der, unsigned flags)
{
	(void)flags;
	for (unsigned i = 0; i < pool_size; i++) {
		if (gnutls_x509_crt_check_issuer(crt, pool[i]) == 1) {
			printf("custom get_issuer %s: pool %u\n", url, i);
			return gnutls_x509_crt_export2(pool[i], GNUTLS_X509_FMT_DER, issuer_der);
		}
	}
	printf("custom get_issuer %s: none\n", url);
	return GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE;
}

static void load_pool(void)
{
	const char *files[] = { "chains/valid.pem", "chains/root.pem" };
	for (int f = 0; f < 2; f++) {
		gnutls_datum_t d;
		unsigned n = 8 - pool_size;
		if (gnutls_load_file(cert_path(files[f]), &d) < 0)
			return;
		gnutls_x509_crt_list_import(pool + pool_size, &n, &d, GNUTLS_X509_FMT_PEM, 0);
		pool_size += n;
		gnutls_free(d.data);
	}
	printf("issuer pool: %u\n", pool_size);
}

static void list_import(const char *url)
{
	gnutls_x509_crt_t *list = NULL;
	unsigned n = 0;
	int r = gnutls_x509_crt_list_import_url(&list, &n, url, NULL, NULL, 0);
	printf("list_import_url \"%s\": %s, %u certificates\n", url, gnutls_strerror_name(r), r == 0 ? n : 0);
	for (unsigned i = 0; r == 0 && i < n; i++) {
		gnutls_datum_t dn;
		if (gnutls_x509_crt_get_dn2(list[i], &dn) == 0) {
			printf("  %u: %s\n", i, dn.data);
			gnutls_free(dn.data);
		}
		gnutls_x509_crt_deinit(list[i]);
	}
	if (r == 0)
		gnutls_free(list);
}

static void urls(const char *stage)
{
	const char *list[] = { "pkcs11:token=x", "tpmkey:uuid=1", "system:x", "file:/x", "/etc/x", "", "rgtest:one",
			       "RGTEST:one", "rgtest", NULL };
	for (int i = 0; list[i]; i++) {
		gnutls_privkey_t k;
		gnutls_x509_crt_t c;
		gnutls_pubkey_t p;
		gnutls_privkey_init(&k);
		gnutls_x509_crt_init(&c);
		gnutls_pubkey_init(&p);
		/* GnuTLS with p11-kit looks for the object in the (absent) tokens;
		 * rgnutls has no PKCS#11 and says so: lines left out of the comparison. */
		const char *mark = strncmp(list[i], "pkcs11:", 7) == 0 ? "~" : "";
		printf("%s%s: \"%s\" supported %u\n", mark, stage, list[i], gnutls_url_is_supported(list[i]));
		printf("%s  privkey %s\n", mark, gnutls_strerror_name(gnutls_privkey_import_url(k, list[i], 0)));
		printf("%s  crt %s\n", mark, gnutls_strerror_name(gnutls_x509_crt_import_url(c, list[i], 0)));
		printf("%s  pubkey %s\n", mark, gnutls_strerror_name(gnutls_pubkey_import_url(p, list[i], 0)));
		gnutls_privkey_deinit(k);
		gnutls_x509_crt_deinit(c);
		gnutls_pubkey_deinit(p);
	}
}

int main(void)
{
	static const gnutls_custom_url_st custom = {
		.name = "rgtest:",
		.name_size = 7,
		.import_key = imp_key,
		.import_crt = imp_crt,
	};
	static const gnutls_custom_url_st chain = {
		.name = "rgchain:",
		.name_size = 8,
		.import_crt = imp_crt,
		.get_issuer = get_issuer,
	};
	signal(SIGPIPE, SIG_IGN); /* a side may write after its peer hung up */
	/* Custom URLs are registered before gnutls_global_init. */
	printf("register: %d\n", gnutls_register_custom_url(&custom));
	printf("register again: %d\n", gnutls_register_custom_url(&custom));
	printf("register chain: %d\n", gnutls_register_custom_url(&chain));
	gnutls_global_init();
	urls("after register");
	load_pool();
	list_import("rgtest:leaf");
	list_import("rgchain:leaf");
	list_import("tpmkey:x");
	list_import("nothing");

	gnutls_certificate_allocate_credentials(&srv_cred);
	gnutls_certificate_allocate_credentials(&cli_cred);
	printf("server key: %d\n", gnutls_certificate_set_x509_key_file(srv_cred, cert_path("chains/valid.pem"),
									  cert_path("keys/leaf-ec.key"),
									  GNUTLS_X509_FMT_PEM));
	printf("server trust: %d\n", gnutls_certificate_set_x509_trust_file(srv_cred, cert_path("chains/root.pem"),
									    GNUTLS_X509_FMT_PEM));
	gnutls_certificate_set_retrieve_function2(cli_cred, retr);

	const char *prios[] = {
		"NORMAL:-VERS-ALL:+VERS-TLS1.2:-CIPHER-ALL:+AES-128-GCM",
		"NORMAL:-VERS-ALL:+VERS-TLS1.2:-CIPHER-ALL:+AES-256-GCM",
		"NORMAL:-VERS-ALL:+VERS-TLS1.2:-CIPHER-ALL:+CHACHA20-POLY1305",
		"NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+AES-128-GCM",
		"NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+AES-256-GCM",
		"NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+CHACHA20-POLY1305",
		NULL,
	};
	for (int i = 0; prios[i]; i++)
		run(prios[i]);
	no_rdn = 1;
	printf("-- server without CA names\n");
	run(prios[0]);
	run(prios[3]);
	no_rdn = 0;
	/* The client's first key share is X25519; a server that takes only
	 * SECP384R1 answers with a HelloRetryRequest, then the ServerHello. */
	printf("-- HelloRetryRequest\n");
	server_prio = "NORMAL:-VERS-ALL:+VERS-TLS1.3:-GROUP-ALL:+GROUP-SECP384R1";
	run("NORMAL:-VERS-ALL:+VERS-TLS1.3");
	server_prio = NULL;

	char path[] = "/tmp/rgnutls-sendfile.XXXXXX";
	send_file_fd = mkstemp(path);
	if (send_file_fd >= 0) {
		for (int i = 0; i < 10; i++)
			write(send_file_fd, "0123456789", 10);
		lseek(send_file_fd, 3, SEEK_SET);
		printf("-- gnutls_record_send_file\n");
		run(prios[3]);
		close(send_file_fd);
		unlink(path);
	}

	gnutls_certificate_free_credentials(srv_cred);
	gnutls_certificate_free_credentials(cli_cred);
	gnutls_global_deinit();
	return 0;
}
