/* CRL handles: import (PEM, DER, lists), every getter, export, issuer
 * checks, gnutls_x509_crl_verify against CA lists, crt_check_revocation,
 * and CRLs in trust lists and credentials (gnutls_x509_trust_list_add_crls
 * with and without GNUTLS_TL_VERIFY_CRL, then verify_crt2's REVOKED bits).
 * Corpus: tests/certs/chains/inter.crl and tests/certs/crl/ (make-crl.sh). */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static gnutls_datum_t file(const char *path)
{
	gnutls_datum_t d = { NULL, 0 };
	FILE *f = fopen(path, "rb");
	if (!f) {
		printf("missing %s\n", path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	d.data = gnutls_malloc(n + 1);
	d.size = fread(d.data, 1, n, f);
	fclose(f);
	return d;
}

static void hex(const char *label, const unsigned char *p, size_t n)
{
	printf("%s ", label);
	for (size_t i = 0; i < n; i++)
		printf("%02x", p[i]);
	printf("\n");
}

static gnutls_x509_crl_t load_crl(const char *path, gnutls_x509_crt_fmt_t fmt)
{
	gnutls_x509_crl_t crl;
	gnutls_datum_t d = file(path);
	gnutls_x509_crl_init(&crl);
	int r = gnutls_x509_crl_import(crl, &d, fmt);
	printf("import %s %d\n", path, r);
	gnutls_free(d.data);
	return crl;
}

static gnutls_x509_crt_t load_crt(const char *path)
{
	gnutls_x509_crt_t crt;
	gnutls_datum_t d = file(path);
	gnutls_x509_crt_init(&crt);
	if (gnutls_x509_crt_import(crt, &d, GNUTLS_X509_FMT_PEM) < 0)
		printf("cannot load %s\n", path);
	gnutls_free(d.data);
	return crt;
}

static void getters(const char *name, gnutls_x509_crl_t crl)
{
	char buf[512];
	size_t sz;
	unsigned char bin[128];
	gnutls_datum_t dn;
	int r;

	printf("== %s\n", name);
	sz = sizeof(buf);
	r = gnutls_x509_crl_get_issuer_dn(crl, buf, &sz);
	printf("issuer_dn %d %zu %s\n", r, sz, r == 0 ? buf : "");
	sz = 3;
	r = gnutls_x509_crl_get_issuer_dn(crl, buf, &sz);
	printf("issuer_dn short %d %zu\n", r, sz);
	r = gnutls_x509_crl_get_issuer_dn2(crl, &dn);
	printf("issuer_dn2 %d %s\n", r, r == 0 ? (char *)dn.data : "");
	if (r == 0)
		gnutls_free(dn.data);
	r = gnutls_x509_crl_get_issuer_dn3(crl, &dn, 0);
	printf("issuer_dn3 %d %s\n", r, r == 0 ? (char *)dn.data : "");
	if (r == 0)
		gnutls_free(dn.data);
	sz = sizeof(buf);
	r = gnutls_x509_crl_get_issuer_dn_by_oid(crl, GNUTLS_OID_X520_COMMON_NAME, 0, 0, buf, &sz);
	printf("issuer_dn_by_oid CN %d %zu %s\n", r, sz, r == 0 ? buf : "");
	sz = sizeof(buf);
	r = gnutls_x509_crl_get_issuer_dn_by_oid(crl, GNUTLS_OID_X520_COUNTRY_NAME, 0, 0, buf, &sz);
	printf("issuer_dn_by_oid C %d\n", r);
	r = gnutls_x509_crl_get_raw_issuer_dn(crl, &dn);
	printf("raw_issuer_dn %d %u\n", r, r == 0 ? dn.size : 0);
	if (r == 0)
		gnutls_free(dn.data);
	printf("this_update %ld\n", (long)gnutls_x509_crl_get_this_update(crl));
	printf("next_update %ld\n", (long)gnutls_x509_crl_get_next_update(crl));
	printf("version %d\n", gnutls_x509_crl_get_version(crl));
	printf("sigalg %d\n", gnutls_x509_crl_get_signature_algorithm(crl));
	int n = gnutls_x509_crl_get_crt_count(crl);
	printf("crt_count %d\n", n);
	for (int i = 0; i <= n; i++) {
		time_t t = 0;
		sz = sizeof(bin);
		r = gnutls_x509_crl_get_crt_serial(crl, i, bin, &sz, &t);
		printf("crt_serial %d: %d", i, r);
		if (r == 0)
			hex(" serial", bin, sz);
		else
			printf("\n");
		/* revocation dates are when the corpus was made: compare presence only */
		printf("~ time %ld\n", (long)t);
	}
	sz = 0;
	r = gnutls_x509_crl_get_crt_serial(crl, 0, bin, &sz, NULL);
	printf("crt_serial short %d %zu\n", r, sz);

	gnutls_x509_crl_iter_t iter = NULL;
	time_t t;
	int count = 0;
	for (;;) {
		sz = sizeof(bin);
		r = gnutls_x509_crl_iter_crt_serial(crl, &iter, bin, &sz, &t);
		if (r < 0)
			break;
		count++;
	}
	printf("iter %d end %d\n", count, r);
	gnutls_x509_crl_iter_deinit(iter);

	unsigned crit = 9;
	sz = sizeof(bin);
	r = gnutls_x509_crl_get_number(crl, bin, &sz, &crit);
	printf("number %d crit %u", r, crit);
	if (r == 0)
		hex("", bin, sz);
	else
		printf("\n");
	crit = 9;
	sz = sizeof(bin);
	r = gnutls_x509_crl_get_authority_key_id(crl, bin, &sz, &crit);
	printf("aki %d crit %u", r, crit);
	if (r == 0)
		hex("", bin, sz);
	else
		printf("\n");

	gnutls_datum_t out;
	r = gnutls_x509_crl_export2(crl, GNUTLS_X509_FMT_PEM, &out);
	printf("export2 pem %d %u\n", r, out.size);
	if (r == 0) {
		printf("%.*s", (int)out.size, out.data);
		gnutls_free(out.data);
	}
	r = gnutls_x509_crl_export2(crl, GNUTLS_X509_FMT_DER, &out);
	printf("export2 der %d %u\n", r, out.size);
	if (r == 0)
		gnutls_free(out.data);
	sz = 10;
	r = gnutls_x509_crl_export(crl, GNUTLS_X509_FMT_DER, buf, &sz);
	printf("export short %d %zu\n", r, sz);
}

static void verify_with(const char *name, gnutls_x509_crl_t crl, gnutls_x509_crt_t *cas, unsigned n, unsigned flags)
{
	unsigned status = 12345;
	int r = gnutls_x509_crl_verify(crl, cas, n, flags, &status);
	printf("crl_verify %s flags 0x%x: %d status 0x%x\n", name, flags, r, status);
}

static void trust_verify(const char *name, const char *chainfile, const char *crlfile, unsigned tl_flags, unsigned vflags)
{
	gnutls_x509_trust_list_t tl;
	gnutls_x509_crt_t ca = load_crt("crl/ca.pem");
	gnutls_x509_crt_t *chain;
	unsigned n;
	gnutls_datum_t d = file(chainfile);
	gnutls_x509_crt_list_import2(&chain, &n, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);

	gnutls_x509_trust_list_init(&tl, 0);
	gnutls_x509_trust_list_add_cas(tl, &ca, 1, 0);
	gnutls_x509_crl_t *crls;
	unsigned ncrl;
	d = file(crlfile);
	int r = gnutls_x509_crl_list_import2(&crls, &ncrl, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);
	printf("list_import2 %s %d %u\n", crlfile, r, ncrl);
	r = gnutls_x509_trust_list_add_crls(tl, crls, ncrl, tl_flags, vflags);
	printf("add_crls %s flags 0x%x: %d\n", name, tl_flags, r);
	gnutls_free(crls);
	unsigned status = 12345;
	r = gnutls_x509_trust_list_verify_crt2(tl, chain, n, NULL, 0, 0, &status, NULL);
	printf("verify_crt2 %s: %d status 0x%x revoked %d\n", name, r, status, !!(status & GNUTLS_CERT_REVOKED));
	gnutls_x509_trust_list_deinit(tl, 1);
	for (unsigned i = 0; i < n; i++)
		gnutls_x509_crt_deinit(chain[i]);
	gnutls_free(chain);
}

static void credentials(void)
{
	gnutls_certificate_credentials_t cred;
	gnutls_x509_crl_t crls[2];
	gnutls_certificate_allocate_credentials(&cred);
	crls[0] = load_crl("crl/ca.crl", GNUTLS_X509_FMT_PEM);
	crls[1] = load_crl("crl/empty.crl", GNUTLS_X509_FMT_PEM);
	printf("set_x509_crl %d\n", gnutls_certificate_set_x509_crl(cred, crls, 2));
	printf("set_x509_crl_file %d\n", gnutls_certificate_set_x509_crl_file(cred, "crl/two.crl", GNUTLS_X509_FMT_PEM));
	gnutls_x509_crl_deinit(crls[0]);
	gnutls_x509_crl_deinit(crls[1]);
	gnutls_certificate_free_credentials(cred);
}

int main(void)
{
	const char *certs = getenv("RGNUTLS_CERTS");
	if (certs && chdir(certs) != 0)
		return 1;
	gnutls_global_init();

	gnutls_x509_crl_t inter = load_crl("chains/inter.crl", GNUTLS_X509_FMT_PEM);
	getters("inter.crl", inter);
	gnutls_x509_crl_t ca = load_crl("crl/ca.crl", GNUTLS_X509_FMT_PEM);
	getters("ca.crl", ca);
	gnutls_x509_crl_t der = load_crl("crl/ca.crl.der", GNUTLS_X509_FMT_DER);
	getters("ca.crl.der", der);
	gnutls_x509_crl_t empty = load_crl("crl/empty.crl", GNUTLS_X509_FMT_PEM);
	getters("empty.crl", empty);
	gnutls_x509_crl_t expired = load_crl("crl/expired.crl", GNUTLS_X509_FMT_PEM);
	gnutls_x509_crl_t future = load_crl("crl/future.crl", GNUTLS_X509_FMT_PEM);
	gnutls_x509_crl_t wrongkey = load_crl("crl/wrongkey.crl", GNUTLS_X509_FMT_PEM);

	/* bad input */
	gnutls_x509_crl_t bad;
	gnutls_x509_crl_init(&bad);
	gnutls_datum_t d = file("crl/ca.pem");
	printf("import cert as crl pem %d\n", gnutls_x509_crl_import(bad, &d, GNUTLS_X509_FMT_PEM));
	gnutls_free(d.data);
	d = file("crl/ca.crl.der");
	d.size /= 2;
	printf("import truncated der %d\n", gnutls_x509_crl_import(bad, &d, GNUTLS_X509_FMT_DER));
	gnutls_free(d.data);
	gnutls_x509_crl_deinit(bad);

	/* list import */
	gnutls_x509_crl_t list[4];
	unsigned max = 1;
	d = file("crl/two.crl");
	printf("list_import small %d", gnutls_x509_crl_list_import(list, &max, &d, GNUTLS_X509_FMT_PEM, GNUTLS_X509_CRT_LIST_IMPORT_FAIL_IF_EXCEED));
	printf(" max %u\n", max);
	max = 4;
	int r = gnutls_x509_crl_list_import(list, &max, &d, GNUTLS_X509_FMT_PEM, 0);
	printf("list_import %d max %u\n", r, max);
	for (int i = 0; i < r; i++) {
		printf("  count %d\n", gnutls_x509_crl_get_crt_count(list[i]));
		gnutls_x509_crl_deinit(list[i]);
	}
	gnutls_free(d.data);

	/* issuer and revocation checks */
	gnutls_x509_crt_t cacrt = load_crt("crl/ca.pem");
	gnutls_x509_crt_t good = load_crt("crl/good.pem");
	gnutls_x509_crt_t revoked = load_crt("crl/revoked.pem");
	gnutls_x509_crt_t revoked2 = load_crt("crl/revoked2.pem");
	gnutls_x509_crt_t chainleaf = load_crt("chains/revoked.pem");
	printf("check_issuer ca %u good %u\n", gnutls_x509_crl_check_issuer(ca, cacrt), gnutls_x509_crl_check_issuer(ca, good));
	gnutls_x509_crl_t both[2] = { empty, ca };
	printf("check_revocation good %d revoked %d revoked2 %d\n", gnutls_x509_crt_check_revocation(good, both, 2),
	       gnutls_x509_crt_check_revocation(revoked, both, 2), gnutls_x509_crt_check_revocation(revoked2, both, 2));
	printf("check_revocation empty list %d only empty %d\n", gnutls_x509_crt_check_revocation(revoked, NULL, 0),
	       gnutls_x509_crt_check_revocation(revoked, &empty, 1));
	printf("check_revocation other issuer %d chains %d\n", gnutls_x509_crt_check_revocation(chainleaf, &ca, 1),
	       gnutls_x509_crt_check_revocation(chainleaf, &inter, 1));

	verify_with("ca", ca, &cacrt, 1, 0);
	verify_with("ca no cas", ca, NULL, 0, 0);
	verify_with("ca wrong ca", ca, &good, 1, 0);
	verify_with("empty", empty, &cacrt, 1, 0);
	verify_with("expired", expired, &cacrt, 1, 0);
	verify_with("expired notime", expired, &cacrt, 1, GNUTLS_VERIFY_DISABLE_TIME_CHECKS);
	verify_with("future", future, &cacrt, 1, 0);
	verify_with("wrongkey", wrongkey, &cacrt, 1, 0);
	gnutls_x509_crt_t two[2] = { good, cacrt };
	verify_with("ca two cas", ca, two, 2, 0);

	trust_verify("good", "crl/good-chain.pem", "crl/ca.crl", 0, 0);
	trust_verify("revoked", "crl/revoked-chain.pem", "crl/ca.crl", 0, 0);
	trust_verify("revoked verified", "crl/revoked-chain.pem", "crl/ca.crl", GNUTLS_TL_VERIFY_CRL, 0);
	trust_verify("revoked wrongkey", "crl/revoked-chain.pem", "crl/wrongkey.crl", 0, 0);
	trust_verify("revoked wrongkey verified", "crl/revoked-chain.pem", "crl/wrongkey.crl", GNUTLS_TL_VERIFY_CRL, 0);
	trust_verify("revoked two", "crl/revoked-chain.pem", "crl/two.crl", GNUTLS_TL_VERIFY_CRL, 0);
	trust_verify("revoked expired", "crl/revoked-chain.pem", "crl/expired.crl", 0, 0);

	credentials();

	gnutls_x509_crt_deinit(cacrt);
	gnutls_x509_crt_deinit(good);
	gnutls_x509_crt_deinit(revoked);
	gnutls_x509_crt_deinit(revoked2);
	gnutls_x509_crt_deinit(chainleaf);
	gnutls_x509_crl_deinit(inter);
	gnutls_x509_crl_deinit(ca);
	gnutls_x509_crl_deinit(der);
	gnutls_x509_crl_deinit(empty);
	gnutls_x509_crl_deinit(expired);
	gnutls_x509_crl_deinit(future);
	gnutls_x509_crl_deinit(wrongkey);
	gnutls_global_deinit();
	return 0;
}
