/* A server whose private key is external (gnutls_privkey_import_ext and
 * _ext4 over a software key): the handshake signs through the callbacks.
 * Prints the handshake results, the signature algorithm negotiated and what
 * the callbacks were asked, for RSA and ECDSA keys, TLS 1.2 and 1.3. */
#include "tls_pair.h"
#include <gnutls/crypto.h>

struct inner {
	gnutls_privkey_t key;
	int pk;
	unsigned calls;
};

static int old_sign(gnutls_privkey_t key, void *userdata, const gnutls_datum_t *raw, gnutls_datum_t *sig)
{
	struct inner *in = userdata;
	(void)key;
	in->calls++;
	note("sign_func: %u bytes\n", raw->size);
	if (in->pk == GNUTLS_PK_RSA)
		return gnutls_privkey_sign_hash(in->key, 0, GNUTLS_PRIVKEY_SIGN_FLAG_TLS1_RSA, raw, sig);
	return gnutls_privkey_sign_hash(in->key, raw->size == 48 ? GNUTLS_DIG_SHA384 : GNUTLS_DIG_SHA256, 0, raw, sig);
}

static int info(gnutls_privkey_t key, unsigned flags, void *userdata)
{
	struct inner *in = userdata;
	(void)key;
	if (flags & GNUTLS_PRIVKEY_INFO_PK_ALGO)
		return in->pk;
	if (flags & GNUTLS_PRIVKEY_INFO_PK_ALGO_BITS) {
		unsigned bits = 0;
		gnutls_privkey_get_pk_algorithm(in->key, &bits);
		return bits;
	}
	if (flags & GNUTLS_PRIVKEY_INFO_HAVE_SIGN_ALGO) {
		gnutls_sign_algorithm_t algo = GNUTLS_FLAGS_TO_SIGN_ALGO(flags);
		/* no RSA-PSS over a digest here */
		return gnutls_sign_supports_pk_algorithm(algo, in->pk) && gnutls_sign_get_pk_algorithm(algo) == in->pk;
	}
	return -1;
}

static int sign_hash4(gnutls_privkey_t key, gnutls_sign_algorithm_t algo, void *userdata, unsigned flags,
		      const gnutls_datum_t *hash, gnutls_datum_t *sig)
{
	struct inner *in = userdata;
	(void)key;
	(void)flags;
	in->calls++;
	note("sign_hash_func: %u bytes, %s\n", hash->size, algo == GNUTLS_SIGN_RSA_RAW ? "RSA-RAW" : "digest");
	if (algo == GNUTLS_SIGN_RSA_RAW)
		return gnutls_privkey_sign_hash(in->key, 0, GNUTLS_PRIVKEY_SIGN_FLAG_TLS1_RSA, hash, sig);
	return gnutls_privkey_sign_hash(in->key, gnutls_sign_get_hash_algorithm(algo), 0, hash, sig);
}

static gnutls_certificate_credentials_t srv_cred, cli_cred;
static const char *prio;

static void server_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_priority_set_direct(s, prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, srv_cred);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_priority_set_direct(s, prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cli_cred);
}

static void inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	const char *name = gnutls_sign_get_name(gnutls_sign_algorithm_get(s));
	note("handshake %s, %s, server signed with %s\n", hs == 0 ? "ok" : gnutls_strerror_name(hs),
	     gnutls_protocol_get_name(gnutls_protocol_get_version(s)), hs == 0 && name ? name : "-");
}

static void run(const char *cert, const char *keyfile, int api)
{
	gnutls_datum_t d;
	struct inner in = { NULL, 0, 0 };
	gnutls_privkey_init(&in.key);
	gnutls_load_file(cert_path(keyfile), &d);
	gnutls_privkey_import_x509_raw(in.key, &d, GNUTLS_X509_FMT_PEM, NULL, 0);
	gnutls_free(d.data);
	in.pk = gnutls_privkey_get_pk_algorithm(in.key, NULL);

	gnutls_pcert_st pcert;
	gnutls_load_file(cert_path(cert), &d);
	gnutls_pcert_import_x509_raw(&pcert, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);

	gnutls_privkey_t ext;
	gnutls_privkey_init(&ext);
	int ret = api == 4 ? gnutls_privkey_import_ext4(ext, &in, NULL, sign_hash4, NULL, NULL, info, 0)
			   : gnutls_privkey_import_ext(ext, in.pk, &in, old_sign, NULL, 0);
	gnutls_certificate_allocate_credentials(&srv_cred);
	gnutls_certificate_allocate_credentials(&cli_cred);
	/* The credentials own the key from here. */
	int set = gnutls_certificate_set_key(srv_cred, NULL, 0, &pcert, 1, ext);
	printf("%s with import_ext%s: import %d set_key %d\n", keyfile, api == 4 ? "4" : "", ret, set);

	const char *prios[] = { "NORMAL:-VERS-ALL:+VERS-TLS1.2", "NORMAL:-VERS-ALL:+VERS-TLS1.3" };
	for (int i = 0; i < 2; i++) {
		/* The raw callback cannot make the RSA-PSS signatures TLS 1.3 needs. */
		if (i == 1 && in.pk == GNUTLS_PK_RSA)
			continue;
		prio = prios[i];
		in.calls = 0;
		struct pair_side server = { .setup = server_setup, .inspect = inspect };
		struct pair_side client = { .setup = client_setup, .inspect = inspect };
		pair_run(prio, &server, &client);
		printf("callback calls %u\n", in.calls);
	}
	gnutls_certificate_free_credentials(srv_cred);
	gnutls_certificate_free_credentials(cli_cred);
	gnutls_privkey_deinit(in.key);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	alarm(120);
	signal(SIGPIPE, SIG_IGN);
	run("keys/rsa.pem", "keys/rsa-pkcs1.pem", 1);
	run("keys/rsa.pem", "keys/rsa-pkcs1.pem", 4);
	run("keys/ec256.pem", "keys/ec256-sec1.pem", 1);
	run("keys/ec256.pem", "keys/ec256-sec1.pem", 4);
	return 0;
}
