/* External private keys (gnutls_privkey_import_ext*): the callbacks do the
 * signing and decryption, here with a software key, and print what they are
 * given. Compared with the real libgnutls: which callback runs, with which
 * algorithm and input, and the results (RSA PKCS#1 v1.5 signatures are
 * deterministic; ECDSA ones are checked with the public key). */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const gnutls_datum_t msg = { (unsigned char *)"the message", 11 };

static void digest(const char *label, const void *p, size_t n)
{
	unsigned char d[32];
	gnutls_hash_fast(GNUTLS_DIG_SHA256, p, n, d);
	printf("  %s %zu sha256:", label, n);
	for (int i = 0; i < 8; i++)
		printf("%02x", d[i]);
	printf("\n");
}

static gnutls_privkey_t load_key(const char *name)
{
	char path[4096];
	const char *dir = getenv("RGNUTLS_CERTS");
	snprintf(path, sizeof path, "%s/keys/%s", dir ? dir : "tests/certs", name);
	gnutls_datum_t d = { NULL, 0 };
	if (gnutls_load_file(path, &d) < 0) {
		printf("cannot load %s\n", name);
		exit(1);
	}
	gnutls_privkey_t k;
	gnutls_privkey_init(&k);
	printf("load %s %d\n", name, gnutls_privkey_import_x509_raw(k, &d, GNUTLS_X509_FMT_PEM, NULL, 0));
	gnutls_free(d.data);
	return k;
}

/* The software key behind the callbacks. */
struct inner {
	gnutls_privkey_t key;
	int pk;
};

static int old_sign(gnutls_privkey_t key, void *userdata, const gnutls_datum_t *raw, gnutls_datum_t *sig)
{
	struct inner *in = userdata;
	(void)key;
	printf("  sign_func called\n");
	digest("raw", raw->data, raw->size);
	if (in->pk == GNUTLS_PK_RSA)
		return gnutls_privkey_sign_hash(in->key, 0, GNUTLS_PRIVKEY_SIGN_FLAG_TLS1_RSA, raw, sig);
	return gnutls_privkey_sign_hash(in->key, raw->size == 48 ? GNUTLS_DIG_SHA384 : GNUTLS_DIG_SHA256, 0, raw, sig);
}

static int do_decrypt(gnutls_privkey_t key, void *userdata, const gnutls_datum_t *ct, gnutls_datum_t *pt)
{
	struct inner *in = userdata;
	(void)key;
	printf("  decrypt_func called, %u bytes\n", ct->size);
	return gnutls_privkey_decrypt_data(in->key, 0, ct, pt);
}

static void do_deinit(gnutls_privkey_t key, void *userdata)
{
	(void)key;
	(void)userdata;
	printf("  deinit_func called\n");
}

static int failing_sign(gnutls_privkey_t key, void *userdata, const gnutls_datum_t *raw, gnutls_datum_t *sig)
{
	(void)key;
	(void)userdata;
	(void)raw;
	(void)sig;
	return GNUTLS_E_PK_SIGN_FAILED;
}

static int no_pk_info(gnutls_privkey_t key, unsigned flags, void *userdata)
{
	(void)key;
	(void)userdata;
	return flags & GNUTLS_PRIVKEY_INFO_PK_ALGO ? 0 : -1;
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
		return gnutls_sign_supports_pk_algorithm(algo, in->pk);
	}
	return -1;
}

static int sign_hash4(gnutls_privkey_t key, gnutls_sign_algorithm_t algo, void *userdata, unsigned flags,
		      const gnutls_datum_t *hash, gnutls_datum_t *sig)
{
	struct inner *in = userdata;
	(void)key;
	printf("  sign_hash_func %s flags %u\n", gnutls_sign_get_name(algo), flags);
	digest("hash", hash->data, hash->size);
	if (algo == GNUTLS_SIGN_RSA_RAW)
		return gnutls_privkey_sign_hash(in->key, 0, GNUTLS_PRIVKEY_SIGN_FLAG_TLS1_RSA, hash, sig);
	return gnutls_privkey_sign_hash2(in->key, algo, 0, hash, sig);
}

static int sign_data4(gnutls_privkey_t key, gnutls_sign_algorithm_t algo, void *userdata, unsigned flags,
		      const gnutls_datum_t *data, gnutls_datum_t *sig)
{
	struct inner *in = userdata;
	(void)key;
	printf("  sign_data_func %s flags %u\n", gnutls_sign_get_name(algo), flags);
	digest("data", data->data, data->size);
	return gnutls_privkey_sign_data2(in->key, algo, 0, data, sig);
}

/* Signs with the external key and checks with the inner key's public half. */
static void exercise(gnutls_privkey_t ext, struct inner *in)
{
	unsigned bits = 77;
	int alg = gnutls_privkey_get_pk_algorithm(ext, &bits);
	printf(" get_pk_algorithm %d bits %u\n", alg, bits);
	gnutls_pubkey_t pub;
	gnutls_pubkey_init(&pub);
	gnutls_pubkey_import_privkey(pub, in->key, 0, 0);
	gnutls_digest_algorithm_t dig = in->pk == GNUTLS_PK_EDDSA_ED25519 ? GNUTLS_DIG_SHA512 : GNUTLS_DIG_SHA256;
	gnutls_sign_algorithm_t algo = gnutls_pk_to_sign(in->pk, dig);

	gnutls_datum_t sig = { NULL, 0 };
	int ret = gnutls_privkey_sign_data(ext, dig, 0, &msg, &sig);
	printf(" sign_data %d\n", ret);
	if (ret == 0) {
		if (in->pk == GNUTLS_PK_RSA)
			digest("signature", sig.data, sig.size);
		printf(" verify %d\n", gnutls_pubkey_verify_data2(pub, algo, 0, &msg, &sig));
		gnutls_free(sig.data);
	}
	if (in->pk != GNUTLS_PK_EDDSA_ED25519) {
		unsigned char h[32];
		gnutls_hash_fast(GNUTLS_DIG_SHA256, msg.data, msg.size, h);
		gnutls_datum_t hash = { h, 32 };
		ret = gnutls_privkey_sign_hash(ext, GNUTLS_DIG_SHA256, 0, &hash, &sig);
		printf(" sign_hash %d\n", ret);
		if (ret == 0) {
			printf(" verify_hash %d\n", gnutls_pubkey_verify_hash2(pub, algo, 0, &hash, &sig));
			gnutls_free(sig.data);
		}
		ret = gnutls_privkey_sign_data2(ext, algo, 0, &msg, &sig);
		printf(" sign_data2 %d\n", ret);
		if (ret == 0) {
			printf(" verify %d\n", gnutls_pubkey_verify_data2(pub, algo, 0, &msg, &sig));
			gnutls_free(sig.data);
		}
	}
	if (in->pk == GNUTLS_PK_RSA) {
		gnutls_datum_t ct = { NULL, 0 }, pt = { NULL, 0 };
		gnutls_pubkey_encrypt_data(pub, 0, &msg, &ct);
		ret = gnutls_privkey_decrypt_data(ext, 0, &ct, &pt);
		printf(" decrypt %d equal %d\n", ret, ret == 0 && pt.size == msg.size && memcmp(pt.data, msg.data, msg.size) == 0);
		gnutls_free(ct.data);
		gnutls_free(pt.data);
	}
	gnutls_x509_privkey_t x = NULL;
	printf(" export_x509 %d\n", gnutls_privkey_export_x509(ext, &x));
	if (x)
		gnutls_x509_privkey_deinit(x);
	gnutls_pubkey_deinit(pub);
}

static void run(const char *file)
{
	struct inner in;
	in.key = load_key(file);
	in.pk = gnutls_privkey_get_pk_algorithm(in.key, NULL);
	gnutls_privkey_t ext;

	if (in.pk != GNUTLS_PK_EDDSA_ED25519) {
		gnutls_privkey_init(&ext);
		printf("import_ext %d\n", gnutls_privkey_import_ext(ext, in.pk, &in, old_sign, do_decrypt, 0));
		exercise(ext, &in);
		gnutls_privkey_deinit(ext);

		gnutls_privkey_init(&ext);
		printf("import_ext2 %d\n", gnutls_privkey_import_ext2(ext, in.pk, &in, old_sign, do_decrypt, do_deinit, 0));
		exercise(ext, &in);
		printf("deinit\n");
		gnutls_privkey_deinit(ext);

		gnutls_privkey_init(&ext);
		printf("import_ext3 %d\n", gnutls_privkey_import_ext3(ext, &in, old_sign, do_decrypt, do_deinit, info, 0));
		exercise(ext, &in);
		printf("deinit\n");
		gnutls_privkey_deinit(ext);

		gnutls_privkey_init(&ext);
		printf("import_ext4 hash only %d\n", gnutls_privkey_import_ext4(ext, &in, NULL, sign_hash4, do_decrypt, do_deinit, info, 0));
		exercise(ext, &in);
		printf("deinit\n");
		gnutls_privkey_deinit(ext);
	}

	gnutls_privkey_init(&ext);
	printf("import_ext4 data and hash %d\n", gnutls_privkey_import_ext4(ext, &in, sign_data4, sign_hash4, do_decrypt, do_deinit, info, 0));
	exercise(ext, &in);
	printf("deinit\n");
	gnutls_privkey_deinit(ext);

	/* GnuTLS 3.7.9 crashes when a key without sign_hash_func signs a hash. */
	if (in.pk == GNUTLS_PK_EDDSA_ED25519) {
		gnutls_privkey_init(&ext);
		printf("import_ext4 data only %d\n", gnutls_privkey_import_ext4(ext, &in, sign_data4, NULL, NULL, NULL, info, 0));
		exercise(ext, &in);
		gnutls_privkey_deinit(ext);
	}
	gnutls_privkey_deinit(in.key);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	run("rsa-pkcs1.pem");
	run("ec256-sec1.pem");
	run("ed25519.key");

	gnutls_privkey_t ext;
	gnutls_privkey_init(&ext);
	printf("import_ext without callbacks %d\n", gnutls_privkey_import_ext(ext, GNUTLS_PK_RSA, NULL, NULL, NULL, 0));
	printf("import_ext4 without info %d\n", gnutls_privkey_import_ext4(ext, NULL, sign_data4, NULL, NULL, NULL, NULL, 0));
	printf("import_ext4 without signing %d\n", gnutls_privkey_import_ext4(ext, NULL, NULL, NULL, NULL, NULL, info, 0));
	printf("import_ext3 with unknown algorithm %d\n", gnutls_privkey_import_ext3(ext, NULL, old_sign, NULL, NULL, no_pk_info, 0));
	printf("import_ext with algorithm 999 %d, 0 %d\n", gnutls_privkey_import_ext(ext, 999, NULL, old_sign, NULL, 0),
	       gnutls_privkey_import_ext(ext, 0, NULL, old_sign, NULL, 0));
	gnutls_privkey_deinit(ext);

	/* What an external key cannot do, and a failing callback. */
	gnutls_privkey_init(&ext);
	printf("import_ext failing %d\n", gnutls_privkey_import_ext(ext, GNUTLS_PK_RSA, NULL, failing_sign, NULL, 0));
	unsigned bits = 77;
	int alg = gnutls_privkey_get_pk_algorithm(ext, &bits);
	printf(" get_pk_algorithm %d bits %u\n", alg, bits);
	printf(" verify_params %d\n", gnutls_privkey_verify_params(ext));
	gnutls_datum_t m = { NULL, 0 }, sig = { NULL, 0 };
	printf(" export_rsa_raw %d\n", gnutls_privkey_export_rsa_raw(ext, &m, NULL, NULL, NULL, NULL, NULL, NULL, NULL));
	gnutls_pubkey_t pub;
	gnutls_pubkey_init(&pub);
	printf(" pubkey_import_privkey %d\n", gnutls_pubkey_import_privkey(pub, ext, 0, 0));
	gnutls_pubkey_deinit(pub);
	printf(" sign_data %d\n", gnutls_privkey_sign_data(ext, GNUTLS_DIG_SHA256, 0, &msg, &sig));
	gnutls_datum_t ct = { (unsigned char *)"x", 1 }, pt = { NULL, 0 };
	printf(" decrypt without callback %d\n", gnutls_privkey_decrypt_data(ext, 0, &ct, &pt));
	gnutls_privkey_deinit(ext);
	return 0;
}
