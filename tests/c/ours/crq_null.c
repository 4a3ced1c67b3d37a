/* Certificate requests with NULL arguments: the real library crashes on
 * many of these (NULL handle or key), so they are checked on ours only:
 * every gnutls_x509_crq_* entry point returns an error and never crashes,
 * on a NULL handle and on an empty request with NULL output pointers. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/x509-ext.h>
#include <gnutls/abstract.h>
#include <stdio.h>

static int fails;
#define EXPECT_ERR(call) do { int r_ = (call); if (r_ >= 0) { printf("FAIL %s = %d\n", #call, r_); fails++; } } while (0)

/* Every function on request `c`; with a NULL request all must fail. */
static void all(gnutls_x509_crq_t c, int null_handle)
{
	gnutls_datum_t d = { NULL, 0 };
	size_t size = 0;
	unsigned u = 0;
	int i = 0;
	time_t t;

	EXPECT_ERR(gnutls_x509_crq_import(c, NULL, GNUTLS_X509_FMT_DER));
	EXPECT_ERR(gnutls_x509_crq_export(c, GNUTLS_X509_FMT_DER, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_export2(c, GNUTLS_X509_FMT_PEM, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_dn(c, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_dn2(c, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_dn3(c, NULL, 0));
	EXPECT_ERR(gnutls_x509_crq_get_dn_by_oid(c, NULL, 0, 0, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_dn_oid(c, 0, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_dn(c, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_dn_by_oid(c, NULL, 0, NULL, 0));
	EXPECT_ERR(gnutls_x509_crq_set_key(c, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_pubkey(c, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_key_rsa_raw(c, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_key_rsa_raw(c, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_pk_algorithm(c, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_pk_oid(c, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_signature_oid(c, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_key_id(c, 0, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_verify(c, 0));
	EXPECT_ERR(gnutls_x509_crq_sign2(c, NULL, 0, 0));
	EXPECT_ERR(gnutls_x509_crq_sign(c, NULL));
	EXPECT_ERR(gnutls_x509_crq_privkey_sign(c, NULL, 0, 0));
	EXPECT_ERR(gnutls_x509_crq_print(c, GNUTLS_CRT_PRINT_FULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_challenge_password(c, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_challenge_password(c, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_attribute_by_oid(c, NULL, NULL, 0));
	EXPECT_ERR(gnutls_x509_crq_get_attribute_by_oid(c, NULL, 0, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_attribute_info(c, 0, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_attribute_data(c, 0, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_extension_info(c, 0, NULL, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_extension_data(c, 0, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_extension_data2(c, 0, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_extension_by_oid(c, NULL, 0, NULL, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_extension_by_oid2(c, NULL, 0, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_extension_by_oid(c, NULL, NULL, 0, 0));
	EXPECT_ERR(gnutls_x509_crq_get_key_usage(c, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_basic_constraints(c, NULL, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_key_purpose_oid(c, NULL, 0));
	EXPECT_ERR(gnutls_x509_crq_get_key_purpose_oid(c, 0, NULL, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_subject_alt_name(c, GNUTLS_SAN_DNSNAME, NULL, 3, 0));
	EXPECT_ERR(gnutls_x509_crq_set_subject_alt_othername(c, NULL, NULL, 0, 0));
	EXPECT_ERR(gnutls_x509_crq_get_subject_alt_name(c, 0, NULL, NULL, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_subject_alt_othername_oid(c, 0, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_private_key_usage_period(c, NULL, NULL, NULL));
	EXPECT_ERR(gnutls_x509_crq_set_tlsfeatures(c, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_tlsfeatures(c, NULL, 0, NULL));
	EXPECT_ERR(gnutls_x509_crq_get_spki(c, NULL, 0));
	EXPECT_ERR(gnutls_x509_crq_set_spki(c, NULL, 0));
	EXPECT_ERR(gnutls_x509_crt_set_crq(NULL, c));
	EXPECT_ERR(gnutls_x509_crt_set_crq_extensions(NULL, c));
	EXPECT_ERR(gnutls_x509_crt_set_crq_extension_by_oid(NULL, c, NULL, 0));
	EXPECT_ERR(gnutls_pubkey_import_x509_crq(NULL, c, 0));
	if (null_handle) {
		EXPECT_ERR(gnutls_x509_crq_get_version(c));
		EXPECT_ERR(gnutls_x509_crq_set_version(c, 1));
		EXPECT_ERR(gnutls_x509_crq_set_key_usage(c, 0));
		EXPECT_ERR(gnutls_x509_crq_set_basic_constraints(c, 0, -1));
		EXPECT_ERR(gnutls_x509_crq_set_private_key_usage_period(c, 0, 0));
		EXPECT_ERR(gnutls_x509_crq_get_private_key_usage_period(c, &t, &t, &u));
		EXPECT_ERR(gnutls_x509_crq_get_dn(c, NULL, &size));
		EXPECT_ERR(gnutls_x509_crq_get_basic_constraints(c, &u, &u, &i));
		if (gnutls_x509_crq_get_signature_algorithm(c) != 0) {
			printf("FAIL signature algorithm of NULL\n");
			fails++;
		}
	}
	(void)d;
}

int main(void)
{
	gnutls_x509_crq_t c;
	gnutls_x509_tlsfeatures_t f;
	unsigned u;

	gnutls_global_init();
	all(NULL, 1);
	gnutls_x509_crq_init(&c);
	all(c, 0);
	gnutls_x509_crq_deinit(c);
	gnutls_x509_crq_deinit(NULL);
	EXPECT_ERR(gnutls_x509_crq_init(NULL));
	EXPECT_ERR(gnutls_x509_tlsfeatures_init(NULL));
	EXPECT_ERR(gnutls_x509_tlsfeatures_add(NULL, 5));
	EXPECT_ERR(gnutls_x509_tlsfeatures_get(NULL, 0, &u));
	gnutls_x509_tlsfeatures_init(&f);
	EXPECT_ERR(gnutls_x509_tlsfeatures_get(f, 0, NULL));
	EXPECT_ERR(gnutls_x509_tlsfeatures_add(f, 70000));
	gnutls_x509_tlsfeatures_deinit(f);
	gnutls_x509_tlsfeatures_deinit(NULL);
	gnutls_global_deinit();
	if (fails)
		return 1;
	printf("ok\n");
	return 0;
}
