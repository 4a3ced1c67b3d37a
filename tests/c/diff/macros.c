/* Includes every header and uses each documented macro: built against the
 * system headers and ours, the output must be the same. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/x509-ext.h>
#include <gnutls/abstract.h>
#include <gnutls/crypto.h>
#include <gnutls/dtls.h>
#include <gnutls/ocsp.h>
#include <gnutls/pkcs7.h>
#include <gnutls/pkcs11.h>
#include <gnutls/pkcs12.h>
#include <gnutls/compat.h>
#include <gnutls/openpgp.h>
#include <gnutls/tpm.h>
#include <gnutls/urls.h>
#include <gnutls/system-keys.h>
#include <gnutls/self-test.h>
#include <gnutls/socket.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	gnutls_session_t s;
	char *p;
	int r = 0, w = 0;

	(void)argv;
	printf("version %s %06x %d.%d.%d\n", GNUTLS_VERSION, GNUTLS_VERSION_NUMBER,
	       GNUTLS_VERSION_MAJOR, GNUTLS_VERSION_MINOR, GNUTLS_VERSION_PATCH);
	printf("check_version_numeric(3,4,0) %d (3,7,9) %d (3,8,0) %d\n",
	       gnutls_check_version_numeric(3, 4, 0) ? 1 : 0,
	       gnutls_check_version_numeric(3, 7, 9) ? 1 : 0,
	       gnutls_check_version_numeric(3, 8, 0) ? 1 : 0);
	printf("curve bits %u %u %u\n", GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP256R1),
	       GNUTLS_BITS_TO_CURVE(GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP384R1)),
	       GNUTLS_BITS_ARE_CURVE(GNUTLS_CURVE_TO_BITS(2)) ? 1 : 0);
	printf("profile %u %u mask %u\n", GNUTLS_PROFILE_TO_VFLAGS(GNUTLS_PROFILE_HIGH),
	       GNUTLS_VFLAGS_TO_PROFILE(GNUTLS_PROFILE_TO_VFLAGS(GNUTLS_PROFILE_MEDIUM)),
	       (unsigned)GNUTLS_PKCS_CIPHER_MASK(GNUTLS_PKCS_PBES2_AES_256 | GNUTLS_PKCS_NULL_PASSWORD));
	printf("sign flags %u %u\n", GNUTLS_SIGN_ALGO_TO_FLAGS(GNUTLS_SIGN_RSA_SHA256),
	       GNUTLS_FLAGS_TO_SIGN_ALGO(GNUTLS_SIGN_ALGO_TO_FLAGS(GNUTLS_SIGN_ECDSA_SHA384)));
	printf("subgroup %u %u %u %u\n", GNUTLS_SUBGROUP_TO_BITS(2048, 256),
	       GNUTLS_BITS_TO_SUBGROUP(GNUTLS_SUBGROUP_TO_BITS(2048, 256)),
	       GNUTLS_BITS_TO_GROUP(GNUTLS_SUBGROUP_TO_BITS(2048, 256)),
	       GNUTLS_BITS_HAVE_SUBGROUP(GNUTLS_SUBGROUP_TO_BITS(2048, 256)) ? 1 : 0);
	printf("constants %d %d %d %d %d\n", GNUTLS_E_AGAIN, GNUTLS_E_INSUFICIENT_CREDENTIALS,
	       GNUTLS_CIPHER_RIJNDAEL_CBC, GNUTLS_CRL_REASON_SUPERSEDED, (int)GNUTLS_OPENPGP_MASTER_KEYID_IDX);
	printf("defaults %u %d\n", (unsigned)GNUTLS_DEFAULT_HANDSHAKE_TIMEOUT, (int)GNUTLS_INDEFINITE_TIMEOUT);

	gnutls_init(&s, GNUTLS_CLIENT);
	gnutls_transport_set_int(s, 7);
	gnutls_transport_get_int2(s, &r, &w);
	printf("transport_set_int %d %d\n", r, w);
	gnutls_record_set_max_empty_records(s, 10);
	_gnutls_deinit(s);

	p = gnutls_malloc(8);
	gnutls_free(p);
	printf("gnutls_free cleared %d\n", p == NULL);
	if (argc > 99) {	/* compile-only: these need keys or tokens */
		gnutls_privkey_t k = NULL;
		gnutls_pubkey_t pk = NULL;
		gnutls_datum_t d = { 0 }, sig;
		gnutls_pkcs11_obj_t *objs;
		unsigned n;
		gnutls_pubkey_import_pkcs11_url(pk, "pkcs11:", 0);
		gnutls_privkey_import_pkcs11_url(k, "pkcs11:");
		gnutls_privkey_sign_raw_data(k, 0, &d, &sig);
		gnutls_pkcs11_copy_x509_crt("pkcs11:", NULL, "l", 0);
		gnutls_pkcs11_copy_x509_privkey("pkcs11:", NULL, "l", 0, 0);
		gnutls_pkcs11_obj_list_import_url2(&objs, &n, "pkcs11:", 0, 0);
		gnutls_pkcs11_privkey_generate("pkcs11:", GNUTLS_PK_RSA, 2048, "l", 0);
		GNUTLS_FIPS140_SET_LAX_MODE();
		GNUTLS_FIPS140_SET_STRICT_MODE();
		(void)gnutls_read;
		(void)gnutls_write;
		(void)gnutls_cred_set;
		(void)gnutls_sign_algorithm_get_name;
		(void)gnutls_pem_base64_decode_alloc;
		(void)gnutls_pubkey_get_pk_rsa_raw;
		(void)gnutls_x509_crl_get_certificate_count;
		(void)gnutls_x509_crt_import_pkcs11_url;
	}
	return 0;
}
