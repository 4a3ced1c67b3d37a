/* gnutls_x509_trust_list_remove_cas / remove_trust_mem / remove_trust_file
 * (the count of trusted entries removed; removed certificates are
 * blocklisted: a chain through one verifies as revoked), set_ptr/get_ptr,
 * named certificates (add_named_crt / verify_named_crt: exactly that
 * certificate for exactly that name) and GNUTLS_TL_NO_DUPLICATES in
 * add_crls (a CRL replaces an older one of its issuer, an older one is
 * dropped). */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static gnutls_datum_t read_file(const char *path)
{
	gnutls_datum_t d = { NULL, 0 };
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	d.data = gnutls_malloc(n);
	d.size = fread(d.data, 1, n, f);
	fclose(f);
	return d;
}

static gnutls_x509_crt_t load(const char *path)
{
	gnutls_datum_t d = read_file(path);
	gnutls_x509_crt_t c;
	gnutls_x509_crt_init(&c);
	gnutls_x509_crt_import(c, &d, GNUTLS_X509_FMT_PEM);
	gnutls_free(d.data);
	return c;
}

static gnutls_x509_crl_t load_crl(const char *path)
{
	gnutls_datum_t d = read_file(path);
	gnutls_x509_crl_t c;
	gnutls_x509_crl_init(&c);
	gnutls_x509_crl_import(c, &d, GNUTLS_X509_FMT_PEM);
	gnutls_free(d.data);
	return c;
}

static gnutls_x509_crt_t *chain;
static unsigned chain_len;

static int count_cas(gnutls_x509_trust_list_t tl)
{
	gnutls_x509_trust_list_iter_t it = NULL;
	gnutls_x509_crt_t c;
	int n = 0;
	while (gnutls_x509_trust_list_iter_get_ca(tl, &it, &c) == 0) {
		n++;
		gnutls_x509_crt_deinit(c);
	}
	return n;
}

static void check(gnutls_x509_trust_list_t tl, const char *what)
{
	unsigned status = 0;
	int r = gnutls_x509_trust_list_verify_crt(tl, chain, chain_len, 0, &status, NULL);
	gnutls_x509_crt_t issuer;
	int ri = gnutls_x509_trust_list_get_issuer(tl, chain[1], &issuer, 0);
	int n = count_cas(tl);
	printf("%s: verify %d status 0x%x, issuer of inter %d, %d CAs\n", what, r, status, ri, n);
}

static void verify_list(gnutls_x509_trust_list_t tl, gnutls_x509_crt_t *list, unsigned n, const char *what)
{
	unsigned status = 0;
	int r = gnutls_x509_trust_list_verify_crt(tl, list, n, 0, &status, NULL);
	printf("%s: verify %d status 0x%x\n", what, r, status);
}

static void removal(void)
{
	gnutls_datum_t rootd = read_file("chains/root.pem"), interd = read_file("chains/inter.pem");
	gnutls_x509_crt_t root = load("chains/root.pem"), inter = load("chains/inter.pem");
	gnutls_x509_crt_t full[3] = { chain[0], chain[1], root };
	gnutls_x509_trust_list_t tl;
	int r;

	gnutls_x509_trust_list_init(&tl, 0);
	r = gnutls_x509_trust_list_add_trust_mem(tl, &rootd, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	printf("add root %d\n", r);
	check(tl, "root trusted");
	r = gnutls_x509_trust_list_remove_cas(tl, &root, 1);
	printf("remove_cas root %d\n", r);
	check(tl, "root removed");
	verify_list(tl, full, 3, "chain with root, root removed");
	r = gnutls_x509_trust_list_remove_cas(tl, &root, 1);
	printf("remove_cas root again %d\n", r);
	r = gnutls_x509_trust_list_add_trust_mem(tl, &rootd, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	printf("add root again %d\n", r);
	check(tl, "root trusted again");
	verify_list(tl, full, 3, "chain with root, root trusted again");
	verify_list(tl, &root, 1, "blocklisted root alone");
	gnutls_x509_trust_list_deinit(tl, 0);

	/* removing what was never trusted blocklists it all the same */
	gnutls_x509_trust_list_init(&tl, 0);
	gnutls_x509_trust_list_add_trust_mem(tl, &rootd, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	r = gnutls_x509_trust_list_remove_cas(tl, &inter, 1);
	printf("remove_cas untrusted inter %d\n", r);
	check(tl, "inter blocklisted");
	r = gnutls_x509_trust_list_remove_trust_mem(tl, &rootd, GNUTLS_X509_FMT_PEM);
	printf("remove_trust_mem root %d\n", r);
	check(tl, "root removed by mem");
	r = gnutls_x509_trust_list_remove_trust_mem(tl, &rootd, GNUTLS_X509_FMT_PEM);
	printf("remove_trust_mem root again %d\n", r);
	r = gnutls_x509_trust_list_remove_trust_file(tl, "chains/root.pem", GNUTLS_X509_FMT_PEM);
	printf("remove_trust_file root %d\n", r);
	r = gnutls_x509_trust_list_remove_trust_file(tl, "chains/valid.pem", GNUTLS_X509_FMT_PEM);
	printf("remove_trust_file chain %d\n", r);
	r = gnutls_x509_trust_list_remove_trust_file(tl, "chains/no-such-file.pem", GNUTLS_X509_FMT_PEM);
	printf("remove_trust_file missing %d\n", r);
	gnutls_datum_t junk = { (unsigned char *)"junk", 4 };
	r = gnutls_x509_trust_list_remove_trust_mem(tl, &junk, GNUTLS_X509_FMT_PEM);
	printf("remove_trust_mem junk PEM %d\n", r);
	r = gnutls_x509_trust_list_remove_trust_mem(tl, &junk, GNUTLS_X509_FMT_DER);
	printf("remove_trust_mem junk DER %d\n", r);
	r = gnutls_x509_trust_list_remove_cas(tl, NULL, 0);
	printf("remove_cas none %d\n", r);
	gnutls_x509_trust_list_deinit(tl, 0);

	/* several at once; a file */
	gnutls_x509_trust_list_init(&tl, 0);
	gnutls_x509_trust_list_add_trust_mem(tl, &rootd, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	gnutls_x509_trust_list_add_trust_mem(tl, &interd, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	check(tl, "root and inter trusted");
	gnutls_x509_crt_t both[2] = { root, inter };
	r = gnutls_x509_trust_list_remove_cas(tl, both, 2);
	printf("remove_cas both %d\n", r);
	check(tl, "both removed");
	gnutls_x509_trust_list_deinit(tl, 0);

	gnutls_x509_trust_list_init(&tl, 0);
	gnutls_x509_trust_list_add_trust_file(tl, "chains/root.pem", NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	r = gnutls_x509_trust_list_remove_trust_file(tl, "chains/root.pem", GNUTLS_X509_FMT_PEM);
	printf("remove_trust_file trusted root %d\n", r);
	check(tl, "root removed by file");
	gnutls_x509_trust_list_deinit(tl, 0);

	/* a blocklisted leaf */
	gnutls_x509_trust_list_init(&tl, 0);
	gnutls_x509_trust_list_add_trust_mem(tl, &rootd, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	r = gnutls_x509_trust_list_remove_cas(tl, &chain[0], 1);
	printf("remove_cas leaf %d\n", r);
	check(tl, "leaf blocklisted");
	gnutls_x509_trust_list_deinit(tl, 0);

	gnutls_x509_crt_deinit(root);
	gnutls_x509_crt_deinit(inter);
	gnutls_free(rootd.data);
	gnutls_free(interd.data);
}

static void pointer(void)
{
	gnutls_x509_trust_list_t tl;
	int x;
	gnutls_x509_trust_list_init(&tl, 0);
	void *p0 = gnutls_x509_trust_list_get_ptr(tl);
	gnutls_x509_trust_list_set_ptr(tl, &x);
	void *p1 = gnutls_x509_trust_list_get_ptr(tl);
	gnutls_x509_trust_list_set_ptr(tl, NULL);
	void *p2 = gnutls_x509_trust_list_get_ptr(tl);
	printf("ptr unset %d, set %d, cleared %d\n", p0 == NULL, p1 == &x, p2 == NULL);
	gnutls_x509_trust_list_deinit(tl, 0);
}

static void named_check(gnutls_x509_trust_list_t tl, gnutls_x509_crt_t c, const char *name, size_t size, unsigned flags, const char *what)
{
	unsigned status = 99;
	int r = gnutls_x509_trust_list_verify_named_crt(tl, c, name, size, flags, &status, NULL);
	printf("named %s: %d status 0x%x\n", what, r, status);
}

static void named(void)
{
	gnutls_x509_trust_list_t tl;
	gnutls_x509_crt_t leaf = load("chains/leaf.pem"), leaf2 = load("chains/leaf.pem");
	gnutls_x509_crt_t self = load("chains/selfsigned.pem"), self2 = load("chains/selfsigned.pem");
	gnutls_x509_crt_t root = load("chains/root.pem"), root2 = load("chains/root.pem");
	int r;

	gnutls_x509_trust_list_init(&tl, 0);
	named_check(tl, leaf2, "host1", 5, 0, "empty list");
	r = gnutls_x509_trust_list_add_named_crt(tl, leaf, "host1", 5, 0);
	printf("add_named leaf %d\n", r);
	named_check(tl, leaf2, "host1", 5, 0, "same");
	named_check(tl, leaf2, "host1", 4, 0, "prefix of the name");
	named_check(tl, leaf2, "HOST1", 5, 0, "other case");
	named_check(tl, leaf2, "host1x", 6, 0, "longer name");
	named_check(tl, leaf2, "host2", 5, 0, "other name");
	named_check(tl, leaf2, "host1", 0, 0, "empty name");
	named_check(tl, self2, "host1", 5, 0, "other certificate");
	r = gnutls_x509_trust_list_add_named_crt(tl, self, "host2", 5, 0);
	printf("add_named selfsigned %d\n", r);
	named_check(tl, self2, "host2", 5, 0, "selfsigned");
	r = gnutls_x509_trust_list_add_named_crt(tl, root, "", 0, 0);
	printf("add_named root, empty name %d\n", r);
	named_check(tl, root2, "", 0, 0, "root, empty name");
	named_check(tl, root2, "x", 1, 0, "root, other name");
	/* named certificates are no CAs */
	verify_list(tl, chain, chain_len, "chain, root only named");
	verify_list(tl, &leaf2, 1, "named leaf through verify_crt");
	printf("CAs in a list of named certificates: %d\n", count_cas(tl));
	r = gnutls_x509_trust_list_remove_cas(tl, &leaf2, 1);
	printf("remove_cas named leaf %d\n", r);
	named_check(tl, leaf2, "host1", 5, 0, "blocklisted");
	gnutls_x509_trust_list_deinit(tl, 1);

	/* a CRL of the list revokes a named certificate */
	gnutls_x509_crt_t revoked = load("crl/revoked.pem"), revoked2 = load("crl/revoked.pem");
	gnutls_datum_t ca = read_file("crl/ca.pem"), crl = read_file("crl/ca.crl");
	gnutls_x509_trust_list_init(&tl, 0);
	gnutls_x509_trust_list_add_trust_mem(tl, &ca, &crl, GNUTLS_X509_FMT_PEM, 0, 0);
	gnutls_x509_trust_list_add_named_crt(tl, revoked, "h", 1, 0);
	named_check(tl, revoked2, "h", 1, 0, "revoked by a CRL");
	named_check(tl, revoked2, "h", 1, GNUTLS_VERIFY_DISABLE_CRL_CHECKS, "revoked, CRL checks off");
	named_check(tl, revoked2, "x", 1, 0, "revoked, other name");
	gnutls_x509_trust_list_deinit(tl, 1);
	gnutls_free(ca.data);
	gnutls_free(crl.data);

	gnutls_x509_crt_deinit(leaf2);
	gnutls_x509_crt_deinit(self2);
	gnutls_x509_crt_deinit(root2);
	gnutls_x509_crt_deinit(revoked2);
}

static void crls(const char *first, const char *second, unsigned flags)
{
	gnutls_x509_crt_t *rchain;
	unsigned n;
	gnutls_datum_t d = read_file("crl/revoked-chain.pem");
	gnutls_x509_crt_list_import2(&rchain, &n, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);
	gnutls_x509_trust_list_t tl;
	gnutls_x509_trust_list_init(&tl, 0);
	gnutls_datum_t ca = read_file("crl/ca.pem");
	gnutls_x509_trust_list_add_trust_mem(tl, &ca, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	gnutls_free(ca.data);
	gnutls_x509_crl_t a = load_crl(first), b = load_crl(second);
	int r1 = gnutls_x509_trust_list_add_crls(tl, &a, 1, flags, 0);
	int r2 = gnutls_x509_trust_list_add_crls(tl, &b, 1, flags, 0);
	unsigned status = 0;
	int r = gnutls_x509_trust_list_verify_crt(tl, rchain, n, 0, &status, NULL);
	printf("crls %s then %s, flags %u: added %d %d, verify %d status 0x%x\n", first, second, flags, r1, r2, r, status);
	/* the list owns (and, without duplicates, may already have freed) the CRLs */
	gnutls_x509_trust_list_deinit(tl, 1);
	for (unsigned i = 0; i < n; i++)
		gnutls_x509_crt_deinit(rchain[i]);
	gnutls_free(rchain);
}

int main(void)
{
	const char *dir = getenv("RGNUTLS_CERTS");
	if (chdir(dir ? dir : "tests/certs") != 0) {
		perror("certs");
		return 1;
	}
	gnutls_datum_t d = read_file("chains/valid.pem");
	gnutls_x509_crt_list_import2(&chain, &chain_len, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);

	removal();
	pointer();
	named();
	const char *list[] = { "crl/ca.crl", "crl/empty.crl", "crl/expired.crl", "crl/future.crl" };
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 4; j++)
			crls(list[i], list[j], GNUTLS_TL_NO_DUPLICATES);
	crls("crl/ca.crl", "crl/empty.crl", 0);
	crls("crl/empty.crl", "crl/ca.crl", 0);
	crls("crl/ca.crl", "crl/empty.crl", GNUTLS_TL_NO_DUPLICATES | GNUTLS_TL_VERIFY_CRL);
	crls("crl/empty.crl", "crl/ca.crl", GNUTLS_TL_NO_DUPLICATES | GNUTLS_TL_VERIFY_CRL);

	for (unsigned i = 0; i < chain_len; i++)
		gnutls_x509_crt_deinit(chain[i]);
	gnutls_free(chain);
	return 0;
}
