/* PKCS#12: import, MAC check with right/wrong/no password, the bags
 * (types, counts, decryption, data sizes, friendly names, key ids),
 * simple_parse (key algorithm, chain, extra certificates, subject DNs) and
 * loading credentials with gnutls_certificate_set_x509_simple_pkcs12_file.
 * Corpus: tests/certs/pkcs12/ (make-pkcs12.sh). */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/pkcs12.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void dn(const char *label, gnutls_x509_crt_t crt)
{
	gnutls_datum_t d;
	if (gnutls_x509_crt_get_dn2(crt, &d) == 0) {
		printf("  %s %s\n", label, d.data);
		gnutls_free(d.data);
	}
}

static void bags(gnutls_pkcs12_t p12, const char *pass)
{
	for (int i = 0;; i++) {
		gnutls_pkcs12_bag_t bag;
		gnutls_pkcs12_bag_init(&bag);
		int r = gnutls_pkcs12_get_bag(p12, i, bag);
		if (r < 0) {
			printf("  get_bag %d: %d\n", i, r);
			gnutls_pkcs12_bag_deinit(bag);
			break;
		}
		int type = gnutls_pkcs12_bag_get_type(bag, 0);
		printf("  bag %d type %d count %d\n", i, type, gnutls_pkcs12_bag_get_count(bag));
		if (type == GNUTLS_BAG_ENCRYPTED) {
			printf("  decrypt wrong %d\n", gnutls_pkcs12_bag_decrypt(bag, "wrong"));
			printf("  decrypt %d\n", gnutls_pkcs12_bag_decrypt(bag, pass));
		}
		int n = gnutls_pkcs12_bag_get_count(bag);
		for (int j = 0; j < n; j++) {
			gnutls_datum_t d;
			char *name = NULL;
			printf("   elem %d type %d", j, gnutls_pkcs12_bag_get_type(bag, j));
			r = gnutls_pkcs12_bag_get_data(bag, j, &d);
			printf(" data %d %u", r, r == 0 ? d.size : 0);
			r = gnutls_pkcs12_bag_get_friendly_name(bag, j, &name);
			printf(" name %d %s", r, name ? name : "(none)");
			r = gnutls_pkcs12_bag_get_key_id(bag, j, &d);
			printf(" key_id %d %u\n", r, r == 0 ? d.size : 0);
		}
		printf("   type past end %d\n", gnutls_pkcs12_bag_get_type(bag, n));
		gnutls_pkcs12_bag_deinit(bag);
	}
}

static void one(const char *file, const char *pass)
{
	gnutls_datum_t d;
	gnutls_pkcs12_t p12;
	printf("== %s pass %s\n", file, pass ? pass : "(null)");
	if (gnutls_load_file(file, &d) < 0) {
		printf("missing\n");
		return;
	}
	gnutls_pkcs12_init(&p12);
	int r = gnutls_pkcs12_import(p12, &d, GNUTLS_X509_FMT_DER, 0);
	printf("import %d\n", r);
	gnutls_free(d.data);
	if (r < 0) {
		gnutls_pkcs12_deinit(p12);
		return;
	}
	printf("verify_mac %d wrong %d\n", gnutls_pkcs12_verify_mac(p12, pass), gnutls_pkcs12_verify_mac(p12, "wrong"));
	bags(p12, pass);

	for (unsigned flags = 0; flags < 2; flags++) {
		gnutls_x509_privkey_t key = NULL;
		gnutls_x509_crt_t *chain = NULL, *extra = NULL;
		unsigned nchain = 0, nextra = 0;
		gnutls_x509_crl_t crl = NULL;
		r = gnutls_pkcs12_simple_parse(p12, pass, &key, &chain, &nchain, &extra, &nextra, &crl, flags);
		printf("simple_parse flags %u: %d", flags, r);
		if (r == 0) {
			printf(" key %d chain %u extra %u crl %d\n", gnutls_x509_privkey_get_pk_algorithm(key),
			       nchain, nextra, crl != NULL);
			for (unsigned i = 0; i < nchain; i++) {
				dn("chain", chain[i]);
				gnutls_x509_crt_deinit(chain[i]);
			}
			for (unsigned i = 0; i < nextra; i++) {
				dn("extra", extra[i]);
				gnutls_x509_crt_deinit(extra[i]);
			}
			gnutls_free(chain);
			gnutls_free(extra);
			gnutls_x509_privkey_deinit(key);
			if (crl)
				gnutls_x509_crl_deinit(crl);
		} else {
			printf("\n");
		}
	}
	gnutls_x509_privkey_t key = NULL;
	gnutls_x509_crt_t *chain = NULL;
	unsigned nchain = 0;
	r = gnutls_pkcs12_simple_parse(p12, "wrong", &key, &chain, &nchain, NULL, NULL, NULL, 0);
	printf("simple_parse wrong password %d\n", r);
	gnutls_pkcs12_deinit(p12);

	gnutls_certificate_credentials_t cred;
	gnutls_certificate_allocate_credentials(&cred);
	printf("set_simple_pkcs12_file %d", gnutls_certificate_set_x509_simple_pkcs12_file(cred, file, GNUTLS_X509_FMT_DER, pass));
	printf(" wrong %d", gnutls_certificate_set_x509_simple_pkcs12_file(cred, file, GNUTLS_X509_FMT_DER, "wrong"));
	gnutls_certificate_set_flags(cred, GNUTLS_CERTIFICATE_API_V2);
	printf(" v2 %d\n", gnutls_certificate_set_x509_simple_pkcs12_file(cred, file, GNUTLS_X509_FMT_DER, pass));
	gnutls_x509_crt_t *list;
	unsigned n;
	r = gnutls_certificate_get_x509_crt(cred, 0, &list, &n);
	printf("get_x509_crt %d %u\n", r, r == 0 ? n : 0);
	if (r == 0) {
		for (unsigned i = 0; i < n; i++)
			gnutls_x509_crt_deinit(list[i]);
		gnutls_free(list);
	}
	gnutls_certificate_free_credentials(cred);
}

int main(void)
{
	const char *certs = getenv("RGNUTLS_CERTS");
	if (certs && chdir(certs) != 0)
		return 1;
	gnutls_global_init();
	one("pkcs12/aes.p12", "secret");
	one("pkcs12/legacy.p12", "secret");
	one("pkcs12/3des.p12", "secret");
	one("pkcs12/clearcerts.p12", "secret");
	one("pkcs12/leaf-only.p12", "secret");
	one("pkcs12/nopass.p12", "");
	one("pkcs12/certs-only.p12", "secret");

	gnutls_pkcs12_t p12;
	gnutls_datum_t d;
	gnutls_pkcs12_init(&p12);
	gnutls_load_file("crl/ca.pem", &d);
	printf("import pem cert %d\n", gnutls_pkcs12_import(p12, &d, GNUTLS_X509_FMT_PEM, 0));
	printf("import cert as der %d\n", gnutls_pkcs12_import(p12, &d, GNUTLS_X509_FMT_DER, 0));
	gnutls_free(d.data);
	gnutls_load_file("pkcs12/aes.p12", &d);
	d.size /= 2;
	printf("import truncated %d\n", gnutls_pkcs12_import(p12, &d, GNUTLS_X509_FMT_DER, 0));
	gnutls_free(d.data);
	gnutls_pkcs12_deinit(p12);
	gnutls_global_deinit();
	return 0;
}
