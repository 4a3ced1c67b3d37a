/* Key generation, PKCS#8 export/import, signing and verification, and
 * certificate generation, compared with the real libgnutls. Random outputs
 * (keys, ECDSA signatures) are reduced to facts: sizes, algorithms, round
 * trips, verification results. RSA PKCS#1 v1.5 is deterministic, so the
 * signature and the certificate made with the fixed RSA key must be equal
 * byte for byte: their digests are printed. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const gnutls_datum_t msg = { (unsigned char *)"the message", 11 };

static void hexdigest(const char *label, const void *p, size_t n)
{
	unsigned char d[32];
	gnutls_hash_fast(GNUTLS_DIG_SHA256, p, n, d);
	printf("  %s sha256:", label);
	for (int i = 0; i < 8; i++)
		printf("%02x", d[i]);
	printf("\n");
}

static gnutls_datum_t load(const char *name)
{
	char path[4096];
	const char *dir = getenv("RGNUTLS_CERTS");
	snprintf(path, sizeof path, "%s/keys/%s", dir ? dir : "tests/certs", name);
	gnutls_datum_t d = { NULL, 0 };
	if (gnutls_load_file(path, &d) < 0) {
		printf("cannot load %s\n", name);
		exit(1);
	}
	return d;
}

/* Sign with the key, verify with its public half, and tampered data. */
static void sign_verify(gnutls_privkey_t pk, gnutls_digest_algorithm_t dig, unsigned flags)
{
	gnutls_pubkey_t pub;
	gnutls_datum_t sig = { NULL, 0 }, bad = { (unsigned char *)"the messagf", 11 };
	gnutls_pubkey_init(&pub);
	printf("  pubkey_import_privkey %d\n", gnutls_pubkey_import_privkey(pub, pk, 0, 0));
	int ret = gnutls_privkey_sign_data(pk, dig, flags, &msg, &sig);
	printf("  sign_data(%s,%u) %d\n", gnutls_digest_get_name(dig), flags, ret);
	if (ret == 0) {
		unsigned bits;
		gnutls_sign_algorithm_t algo = gnutls_pk_to_sign(gnutls_privkey_get_pk_algorithm(pk, &bits), dig);
		if (flags & GNUTLS_PRIVKEY_SIGN_FLAG_RSA_PSS)
			algo = dig == GNUTLS_DIG_SHA256 ? GNUTLS_SIGN_RSA_PSS_RSAE_SHA256 : GNUTLS_SIGN_RSA_PSS_RSAE_SHA384;
		printf("  verify %s %d\n", gnutls_sign_get_name(algo), gnutls_pubkey_verify_data2(pub, algo, 0, &msg, &sig));
		printf("  verify tampered %d\n", gnutls_pubkey_verify_data2(pub, algo, 0, &bad, &sig));
		gnutls_free(sig.data);
	}
	gnutls_pubkey_deinit(pub);
}

static void generated(gnutls_pk_algorithm_t algo, unsigned bits)
{
	gnutls_x509_privkey_t k, k2;
	gnutls_privkey_t pk;
	gnutls_datum_t out = { NULL, 0 }, p8 = { NULL, 0 };
	unsigned char id1[64], id2[64];
	size_t n1 = sizeof id1, n2 = sizeof id2;
	unsigned got_bits = 0;

	printf("generate %s %u\n", gnutls_pk_get_name(algo), bits & 0xffff);
	gnutls_x509_privkey_init(&k);
	printf("  generate %d\n", gnutls_x509_privkey_generate(k, algo, bits, 0));
	printf("  pk %d", gnutls_x509_privkey_get_pk_algorithm2(k, &got_bits));
	printf(" bits %u\n", got_bits);
	printf("  export2 pem %d\n", gnutls_x509_privkey_export2(k, GNUTLS_X509_FMT_PEM, &out));
	/* GnuTLS 3.7.9 labels Ed25519 keys "UNKNOWN"; ours writes PRIVATE KEY. */
	printf("%s  %.*s\n", algo == GNUTLS_PK_EDDSA_ED25519 ? "~" : "", (int)(strchr((char *)out.data, '\n') - (char *)out.data), (char *)out.data);
	printf("  export2_pkcs8 %d", gnutls_x509_privkey_export2_pkcs8(k, GNUTLS_X509_FMT_PEM, NULL, GNUTLS_PKCS_PLAIN, &p8));
	printf(" %.27s\n", (char *)p8.data);
	gnutls_x509_privkey_init(&k2);
	printf("  import_pkcs8 %d\n", gnutls_x509_privkey_import_pkcs8(k2, &p8, GNUTLS_X509_FMT_PEM, NULL, GNUTLS_PKCS_PLAIN));
	gnutls_x509_privkey_get_key_id(k, 0, id1, &n1);
	gnutls_x509_privkey_get_key_id(k2, 0, id2, &n2);
	printf("  key ids %zu equal %d\n", n1, n1 == n2 && memcmp(id1, id2, n1) == 0);
	gnutls_free(out.data);
	gnutls_free(p8.data);

	/* Encrypted PKCS#8 round trip. */
	printf("  export2_pkcs8 encrypted %d\n", gnutls_x509_privkey_export2_pkcs8(k, GNUTLS_X509_FMT_DER, "pass", GNUTLS_PKCS_PBES2_AES_256, &p8));
	gnutls_x509_privkey_deinit(k2);
	gnutls_x509_privkey_init(&k2);
	printf("  import wrong password %s\n", gnutls_x509_privkey_import_pkcs8(k2, &p8, GNUTLS_X509_FMT_DER, "nope", 0) < 0 ? "fails" : "succeeds");
	printf("  import right password %d\n", gnutls_x509_privkey_import_pkcs8(k2, &p8, GNUTLS_X509_FMT_DER, "pass", 0));
	n2 = sizeof id2;
	gnutls_x509_privkey_get_key_id(k2, 0, id2, &n2);
	printf("  key ids equal %d\n", n1 == n2 && memcmp(id1, id2, n1) == 0);
	gnutls_free(p8.data);
	gnutls_x509_privkey_deinit(k2);

	gnutls_privkey_init(&pk);
	printf("  privkey_import_x509 %d\n", gnutls_privkey_import_x509(pk, k, 0));
	printf("  privkey pk %d", gnutls_privkey_get_pk_algorithm(pk, &got_bits));
	printf(" bits %u\n", got_bits);
	sign_verify(pk, GNUTLS_DIG_SHA256, 0);
	if (algo == GNUTLS_PK_RSA)
		sign_verify(pk, GNUTLS_DIG_SHA256, GNUTLS_PRIVKEY_SIGN_FLAG_RSA_PSS);
	if (algo != GNUTLS_PK_EDDSA_ED25519)
		sign_verify(pk, GNUTLS_DIG_SHA384, 0);
	gnutls_privkey_deinit(pk);
	gnutls_x509_privkey_deinit(k);
}

/* A certificate from fixed inputs, signed by the key in `file`. */
static void certificate(const char *file)
{
	gnutls_x509_privkey_t k;
	gnutls_x509_crt_t c;
	gnutls_datum_t kd = load(file), der = { NULL, 0 };
	unsigned char serial[] = { 0x01, 0x02, 0x03 }, id[64], buf[256];
	size_t idl = sizeof id, sz;
	unsigned crit, status;

	printf("certificate %s\n", file);
	gnutls_x509_privkey_init(&k);
	printf("  import %d\n", gnutls_x509_privkey_import(k, &kd, GNUTLS_X509_FMT_PEM));
	gnutls_x509_crt_init(&c);
	printf("  set_version %d\n", gnutls_x509_crt_set_version(c, 3));
	printf("  set_serial %d\n", gnutls_x509_crt_set_serial(c, serial, sizeof serial));
	printf("  set_activation_time %d\n", gnutls_x509_crt_set_activation_time(c, 1700000000));
	printf("  set_expiration_time %d\n", gnutls_x509_crt_set_expiration_time(c, 1800000000));
	printf("  set_dn_by_oid C %d\n", gnutls_x509_crt_set_dn_by_oid(c, GNUTLS_OID_X520_COUNTRY_NAME, 0, "GR", 2));
	printf("  set_dn_by_oid O %d\n", gnutls_x509_crt_set_dn_by_oid(c, GNUTLS_OID_X520_ORGANIZATION_NAME, 0, "Test Org", 8));
	printf("  set_dn_by_oid CN %d\n", gnutls_x509_crt_set_dn_by_oid(c, GNUTLS_OID_X520_COMMON_NAME, 0, "t\xc3\xa9st.example", 13));
	printf("  set_key %d\n", gnutls_x509_crt_set_key(c, k));
	printf("  san dns %d\n", gnutls_x509_crt_set_subject_alt_name(c, GNUTLS_SAN_DNSNAME, "a.example", 9, GNUTLS_FSAN_APPEND));
	printf("  san ip %d\n", gnutls_x509_crt_set_subject_alt_name(c, GNUTLS_SAN_IPADDRESS, "\x7f\0\0\1", 4, GNUTLS_FSAN_APPEND));
	printf("  san email %d\n", gnutls_x509_crt_set_subject_alt_name(c, GNUTLS_SAN_RFC822NAME, "me@a.example", 12, GNUTLS_FSAN_APPEND));
	printf("  basic_constraints %d\n", gnutls_x509_crt_set_basic_constraints(c, 1, 2));
	printf("  key_usage %d\n", gnutls_x509_crt_set_key_usage(c, GNUTLS_KEY_DIGITAL_SIGNATURE | GNUTLS_KEY_KEY_CERT_SIGN | GNUTLS_KEY_CRL_SIGN));
	printf("  key_purpose %d\n", gnutls_x509_crt_set_key_purpose_oid(c, GNUTLS_KP_TLS_WWW_SERVER, 0));
	printf("  key_purpose %d\n", gnutls_x509_crt_set_key_purpose_oid(c, GNUTLS_KP_TLS_WWW_CLIENT, 0));
	gnutls_x509_privkey_get_key_id(k, 0, id, &idl);
	printf("  subject_key_id %d\n", gnutls_x509_crt_set_subject_key_id(c, id, idl));
	printf("  authority_key_id %d\n", gnutls_x509_crt_set_authority_key_id(c, id, idl));
	int signed_ok = gnutls_x509_crt_sign2(c, c, k, GNUTLS_DIG_SHA256, 0);
	printf("  sign2 %d\n", signed_ok);
	if (signed_ok < 0) {
		/* GnuTLS's getters then read the unsigned fields; ours has no certificate yet. */
		gnutls_x509_crt_deinit(c);
		gnutls_x509_privkey_deinit(k);
		gnutls_free(kd.data);
		return;
	}
	printf("  export2 %d\n", gnutls_x509_crt_export2(c, GNUTLS_X509_FMT_DER, &der));
	if (strncmp(file, "rsa", 3) == 0)
		hexdigest("der", der.data, der.size);
	else
		printf("  der size class %u\n", der.size / 16);
	gnutls_free(der.data);

	printf("  version %d\n", gnutls_x509_crt_get_version(c));
	printf("  activation %ld expiration %ld\n", (long)gnutls_x509_crt_get_activation_time(c), (long)gnutls_x509_crt_get_expiration_time(c));
	sz = sizeof buf;
	printf("  dn %d", gnutls_x509_crt_get_dn(c, (char *)buf, &sz));
	printf(" %s\n", buf);
	sz = sizeof buf;
	printf("  issuer dn %d", gnutls_x509_crt_get_issuer_dn(c, (char *)buf, &sz));
	printf(" %s\n", buf);
	for (int i = 0;; i++) {
		sz = sizeof buf;
		int ret = gnutls_x509_crt_get_subject_alt_name(c, i, buf, &sz, &crit);
		/* GnuTLS reads no SAN back from a certificate it has just
		 * made (-56); ours reads them. */
		printf("~  san %d size %zu\n", ret, ret < 0 ? 0 : sz);
		if (ret < 0)
			break;
	}
	printf("  ca %d", gnutls_x509_crt_get_basic_constraints(c, &crit, &status, NULL));
	printf(" critical %u\n", crit);
	printf("  key_usage %d", gnutls_x509_crt_get_key_usage(c, &status, &crit));
	printf(" usage %u critical %u\n", status, crit);
	printf("  sign algo %s\n", gnutls_sign_get_name(gnutls_x509_crt_get_signature_algorithm(c)));
	printf("  self verify %d", gnutls_x509_crt_verify(c, &c, 1, 0, &status));
	printf(" status %u\n", status);
	gnutls_x509_crt_deinit(c);
	gnutls_x509_privkey_deinit(k);
	gnutls_free(kd.data);
}

/* Ed25519 certificates are signed with SHA-512 (or 0). */
static void certificate_ed25519_sha512(void)
{
	gnutls_x509_privkey_t k;
	gnutls_x509_crt_t c;
	gnutls_datum_t kd = load("ed25519.key");
	unsigned status;

	printf("certificate ed25519 sha512\n");
	gnutls_x509_privkey_init(&k);
	printf("  import %d\n", gnutls_x509_privkey_import(k, &kd, GNUTLS_X509_FMT_PEM));
	gnutls_x509_crt_init(&c);
	gnutls_x509_crt_set_version(c, 3);
	gnutls_x509_crt_set_serial(c, "\x05", 1);
	gnutls_x509_crt_set_activation_time(c, 1700000000);
	gnutls_x509_crt_set_expiration_time(c, -1);
	gnutls_x509_crt_set_dn_by_oid(c, GNUTLS_OID_X520_COMMON_NAME, 0, "ed", 2);
	gnutls_x509_crt_set_key(c, k);
	printf("  sign2 %d\n", gnutls_x509_crt_sign2(c, c, k, 0, 0));
	printf("  sign algo %s\n", gnutls_sign_get_name(gnutls_x509_crt_get_signature_algorithm(c)));
	printf("  expiration %ld\n", (long)gnutls_x509_crt_get_expiration_time(c));
	printf("  self verify %d", gnutls_x509_crt_verify(c, &c, 1, 0, &status));
	printf(" status %u\n", status);
	gnutls_x509_crt_deinit(c);
	gnutls_x509_privkey_deinit(k);
	gnutls_free(kd.data);
}

/* The fixed RSA key: deterministic signatures must be equal. */
static void fixed_rsa(void)
{
	gnutls_privkey_t pk;
	gnutls_datum_t kd = load("rsa-pkcs1.pem"), sig = { NULL, 0 }, hash = { NULL, 0 };
	unsigned char digest[32];

	printf("fixed rsa\n");
	gnutls_privkey_init(&pk);
	printf("  import %d\n", gnutls_privkey_import_x509_raw(pk, &kd, GNUTLS_X509_FMT_PEM, NULL, 0));
	printf("  sign_data %d\n", gnutls_privkey_sign_data(pk, GNUTLS_DIG_SHA256, 0, &msg, &sig));
	hexdigest("sig", sig.data, sig.size);
	gnutls_free(sig.data);
	gnutls_hash_fast(GNUTLS_DIG_SHA256, msg.data, msg.size, digest);
	hash.data = digest;
	hash.size = 32;
	printf("  sign_hash %d\n", gnutls_privkey_sign_hash(pk, GNUTLS_DIG_SHA256, 0, &hash, &sig));
	hexdigest("sig", sig.data, sig.size);
	gnutls_free(sig.data);
	printf("  sign_data SHA1 %d\n", gnutls_privkey_sign_data(pk, GNUTLS_DIG_SHA1, 0, &msg, &sig));
	hexdigest("sig", sig.data, sig.size);
	gnutls_free(sig.data);
	gnutls_privkey_deinit(pk);
	gnutls_free(kd.data);
}

int main(void)
{
	gnutls_global_init();
	generated(GNUTLS_PK_ECDSA, GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP256R1));
	generated(GNUTLS_PK_ECDSA, 384);
	generated(GNUTLS_PK_EDDSA_ED25519, 256);
	generated(GNUTLS_PK_RSA, 2048);
	fixed_rsa();
	certificate("rsa-pkcs1.pem");
	certificate("ec256-sec1.pem");
	certificate("ed25519.key");
	certificate_ed25519_sha512();
	gnutls_global_deinit();
	return 0;
}
