/* gnutls_x509_trust_list_set_getissuer_function: when neither the chain
 * nor the trust list has the issuer of the chain's last certificate, the
 * callback is asked and what it returns (if it continues the chain) is
 * used, by gnutls_x509_trust_list_verify_crt2 and by the verification of a
 * session's peer whose credentials use the list. Also
 * gnutls_x509_trust_list_get_issuer_by_dn and _by_subject_key_id. */
#include "tls_pair.h"
#include <libgen.h>

enum answer { GIVE_INTER, GIVE_INTER_AND_ROOT, GIVE_UNRELATED, GIVE_NOTHING, FAIL };

static enum answer answer;
static const char *answer_names[] = { "intermediate", "intermediate and root", "unrelated", "nothing", "error" };

static int load(const char *path, gnutls_x509_crt_t **crts, unsigned *n)
{
	gnutls_datum_t d;
	int r = gnutls_load_file(path, &d);
	if (r < 0)
		return r;
	r = gnutls_x509_crt_list_import2(crts, n, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);
	return r;
}

static const char *dn(gnutls_x509_crt_t c, char *buf, size_t size)
{
	if (!c)
		return "-";
	if (gnutls_x509_crt_get_dn(c, buf, &size) < 0)
		return "?";
	return buf;
}

static int getissuer(gnutls_x509_trust_list_t list, const gnutls_x509_crt_t cert, gnutls_x509_crt_t **issuers,
		     unsigned int *issuers_size)
{
	char a[256];
	(void)list;
	note("  getissuer(%s), answering %s\n", dn(cert, a, sizeof a), answer_names[answer]);
	*issuers = NULL;
	*issuers_size = 0;
	switch (answer) {
	case GIVE_INTER:
		return load("chains/inter.pem", issuers, issuers_size) < 0 ? -1 : 0;
	case GIVE_INTER_AND_ROOT: {
		gnutls_datum_t a, b, both;
		gnutls_load_file("chains/inter.pem", &a);
		gnutls_load_file("chains/root.pem", &b);
		both.size = a.size + b.size;
		both.data = gnutls_malloc(both.size);
		memcpy(both.data, a.data, a.size);
		memcpy(both.data + a.size, b.data, b.size);
		int r = gnutls_x509_crt_list_import2(issuers, issuers_size, &both, GNUTLS_X509_FMT_PEM, 0);
		gnutls_free(a.data);
		gnutls_free(b.data);
		gnutls_free(both.data);
		return r < 0 ? -1 : 0;
	}
	case GIVE_UNRELATED:
		return load("chains/selfsigned.pem", issuers, issuers_size) < 0 ? -1 : 0;
	case GIVE_NOTHING:
		return 0;
	case FAIL:
	default:
		return -1;
	}
}

static int output(gnutls_x509_crt_t cert, gnutls_x509_crt_t issuer, gnutls_x509_crl_t crl, unsigned int status)
{
	char a[256], b[256];
	(void)crl;
	note("  checked %s by %s: 0x%x\n", dn(cert, a, sizeof a), dn(issuer, b, sizeof b), status);
	return 0;
}

static void verify(gnutls_x509_trust_list_t tl, const char *chain, enum answer a)
{
	gnutls_x509_crt_t *crts;
	unsigned n, status = 0;
	answer = a;
	if (load(chain, &crts, &n) < 0)
		exit(1);
	printf("%s, callback answering %s:\n", chain, answer_names[a]);
	int r = gnutls_x509_trust_list_verify_crt2(tl, crts, n, NULL, 0, 0, &status, output);
	printf("%s: verify_crt2 %d status 0x%x\n", chain, r, status);
	for (unsigned i = 0; i < n; i++)
		gnutls_x509_crt_deinit(crts[i]);
	gnutls_free(crts);
}

static void lookups(gnutls_x509_trust_list_t tl)
{
	gnutls_x509_crt_t *root, *leaf, found;
	unsigned n;
	gnutls_datum_t name, leaf_name;
	unsigned char ski[64];
	size_t ski_size = sizeof ski;
	load("chains/root.pem", &root, &n);
	load("chains/leaf-only.pem", &leaf, &n);
	gnutls_x509_crt_get_raw_dn(root[0], &name);
	gnutls_x509_crt_get_raw_dn(leaf[0], &leaf_name);
	gnutls_x509_crt_get_subject_key_id(root[0], ski, &ski_size, NULL);
	gnutls_datum_t key_id = { ski, ski_size };
	unsigned char other[] = { 1, 2, 3, 4 };
	gnutls_datum_t wrong_id = { other, sizeof other };

	int r = gnutls_x509_trust_list_get_issuer_by_dn(tl, &name, &found, 0);
	printf("get_issuer_by_dn(root name) %d", r);
	if (r == 0) {
		printf(" equals root %u", gnutls_x509_crt_equals(found, root[0]));
		gnutls_x509_crt_deinit(found);
	}
	printf("\nget_issuer_by_dn(leaf name) %d\n", gnutls_x509_trust_list_get_issuer_by_dn(tl, &leaf_name, &found, 0));
	r = gnutls_x509_trust_list_get_issuer_by_subject_key_id(tl, &name, &key_id, &found, 0);
	printf("by_subject_key_id(name, key id) %d", r);
	if (r == 0) {
		printf(" equals root %u", gnutls_x509_crt_equals(found, root[0]));
		gnutls_x509_crt_deinit(found);
	}
	r = gnutls_x509_trust_list_get_issuer_by_subject_key_id(tl, NULL, &key_id, &found, 0);
	printf("\nby_subject_key_id(NULL, key id) %d", r);
	if (r == 0) {
		printf(" equals root %u", gnutls_x509_crt_equals(found, root[0]));
		gnutls_x509_crt_deinit(found);
	}
	printf("\nby_subject_key_id(name, other id) %d\n",
	       gnutls_x509_trust_list_get_issuer_by_subject_key_id(tl, &name, &wrong_id, &found, 0));
	r = gnutls_x509_trust_list_get_issuer_by_subject_key_id(tl, &name, NULL, &found, 0);
	printf("by_subject_key_id(name, NULL) %d\n", r);
	if (r == 0)
		gnutls_x509_crt_deinit(found);
	printf("by_subject_key_id(NULL, other id) %d\n",
	       gnutls_x509_trust_list_get_issuer_by_subject_key_id(tl, NULL, &wrong_id, &found, 0));
	printf("by_subject_key_id(NULL, NULL) %d\n",
	       gnutls_x509_trust_list_get_issuer_by_subject_key_id(tl, NULL, NULL, &found, 0));
	gnutls_free(name.data);
	gnutls_free(leaf_name.data);
	gnutls_x509_crt_deinit(root[0]);
	gnutls_x509_crt_deinit(leaf[0]);
	gnutls_free(root);
	gnutls_free(leaf);
}

/* ---- a server sending its certificate without the intermediate ---- */

static gnutls_certificate_credentials_t scred, ccred;
static int during;

static void server_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred);
}

static void client_setup(gnutls_session_t s, void *arg)
{
	(void)arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, "www.example.com", 15);
	if (during)
		gnutls_session_set_verify_cert(s, "www.example.com", 0);
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
	unsigned st = 0, n = 0;
	gnutls_certificate_get_peers(s, &n);
	note("client handshake %d, %u peer certificates\n", hs, n);
	int r = gnutls_certificate_verify_peers3(s, "www.example.com", &st);
	note("client verify_peers3 %d status 0x%x\n", r, st);
}

static void sessions(void)
{
	for (during = 0; during < 2; during++) {
		for (int a = GIVE_INTER; a <= GIVE_NOTHING; a += GIVE_NOTHING - GIVE_INTER) {
			gnutls_x509_trust_list_t tl;
			char title[128];
			gnutls_certificate_allocate_credentials(&scred);
			gnutls_certificate_allocate_credentials(&ccred);
			gnutls_certificate_set_x509_key_file(scred, "chains/leaf-only.pem", "keys/leaf-ec.key",
							     GNUTLS_X509_FMT_PEM);
			gnutls_certificate_set_x509_trust_file(ccred, "chains/root.pem", GNUTLS_X509_FMT_PEM);
			gnutls_certificate_get_trust_list(ccred, &tl);
			gnutls_x509_trust_list_set_getissuer_function(tl, getissuer);
			answer = a;
			snprintf(title, sizeof title, "leaf only, %s, callback answering %s",
				 during ? "verified during the handshake" : "verified after", answer_names[a]);
			struct pair_side server = { .setup = server_setup, .inspect = server_inspect };
			struct pair_side client = { .setup = client_setup, .inspect = client_inspect };
			pair_run(title, &server, &client);
			gnutls_certificate_free_credentials(scred);
			gnutls_certificate_free_credentials(ccred);
		}
	}
}

int main(void)
{
	char src[4096], dir[4096];
	snprintf(src, sizeof src, "%s", __FILE__);
	snprintf(dir, sizeof dir, "%s/../../certs", dirname(src));
	if (chdir(dir) != 0) {
		perror(dir);
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	alarm(120);

	gnutls_x509_trust_list_t tl;
	gnutls_x509_trust_list_init(&tl, 0);
	printf("add_trust_file %d\n", gnutls_x509_trust_list_add_trust_file(tl, "chains/root.pem", NULL, GNUTLS_X509_FMT_PEM, 0, 0));
	verify(tl, "chains/leaf-only.pem", GIVE_INTER);
	gnutls_x509_trust_list_set_getissuer_function(tl, getissuer);
	for (int a = GIVE_INTER; a <= FAIL; a++)
		verify(tl, "chains/leaf-only.pem", a);
	verify(tl, "chains/valid.pem", GIVE_NOTHING);
	verify(tl, "chains/untrusted.pem", GIVE_NOTHING);
	verify(tl, "chains/untrusted.pem", GIVE_INTER);
	verify(tl, "chains/expired-untrusted.pem", GIVE_INTER);
	lookups(tl);
	gnutls_x509_trust_list_deinit(tl, 1);
	sessions();
	return 0;
}
