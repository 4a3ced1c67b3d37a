/* Crypto API input that makes GnuTLS 3.7.9 abort or misbehave, so it cannot
 * be compared: rgnutls must refuse it cleanly. Prints "ok" lines; exits
 * non-zero on the first failure. */
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(what, cond) do { if (cond) printf("ok %s\n", what); else { printf("FAIL %s\n", what); failures++; } } while (0)

int main(void)
{
	unsigned char key[64] = { 1 }, iv[16] = { 2 }, buf[64] = { 3 }, out[128];
	gnutls_datum_t k = { key, 16 }, v = { iv, 16 };
	gnutls_cipher_hd_t c;
	gnutls_hmac_hd_t m;
	gnutls_hash_hd_t h;
	gnutls_aead_cipher_hd_t a;
	size_t sz;

	/* ragged CBC input (GnuTLS aborts) */
	CHECK("cbc init", gnutls_cipher_init(&c, GNUTLS_CIPHER_AES_128_CBC, &k, &v) == 0);
	CHECK("cbc ragged encrypt refused", gnutls_cipher_encrypt(c, buf, 17) < 0);
	CHECK("cbc ragged decrypt refused", gnutls_cipher_decrypt(c, buf, 15) < 0);
	CHECK("cbc short output refused", gnutls_cipher_encrypt2(c, buf, 32, out, 31) == GNUTLS_E_SHORT_MEMORY_BUFFER);
	sz = 15;
	CHECK("encrypt3 unpadded short refused",
	      gnutls_cipher_encrypt3(c, buf, 16, out, &sz, 0) == GNUTLS_E_SHORT_MEMORY_BUFFER);
	CHECK("cbc add_auth refused", gnutls_cipher_add_auth(c, buf, 16) == GNUTLS_E_INVALID_REQUEST);
	gnutls_cipher_deinit(c);
	/* wrong key and IV sizes, unknown ids, CCM through the cipher API */
	k.size = 17;
	CHECK("aes bad key size", gnutls_cipher_init(&c, GNUTLS_CIPHER_AES_128_CBC, &k, &v) == GNUTLS_E_INVALID_REQUEST);
	CHECK("ccm bad key size", gnutls_aead_cipher_init(&a, GNUTLS_CIPHER_AES_128_CCM, &k) == GNUTLS_E_INVALID_REQUEST);
	k.size = 16;
	v.size = 15;
	CHECK("aes bad iv size", gnutls_cipher_init(&c, GNUTLS_CIPHER_AES_128_CBC, &k, &v) == GNUTLS_E_INVALID_REQUEST);
	v.size = 12;
	CHECK("ccm refused by cipher_init", gnutls_cipher_init(&c, GNUTLS_CIPHER_AES_128_CCM, &k, &v) < 0);
	CHECK("unknown cipher", gnutls_cipher_init(&c, 999, &k, &v) == GNUTLS_E_INVALID_REQUEST);
	CHECK("unknown aead", gnutls_aead_cipher_init(&a, 999, &k) == GNUTLS_E_INVALID_REQUEST);
	CHECK("cbc is no aead", gnutls_aead_cipher_init(&a, GNUTLS_CIPHER_AES_128_CBC, &k) == GNUTLS_E_INVALID_REQUEST);
	CHECK("unknown hash", gnutls_hash_init(&h, 999) == GNUTLS_E_INVALID_REQUEST);
	CHECK("shake refused", gnutls_hash_init(&h, GNUTLS_DIG_SHAKE_128) == GNUTLS_E_INVALID_REQUEST);
	CHECK("unknown mac", gnutls_hmac_init(&m, 999, key, 16) == GNUTLS_E_INVALID_REQUEST);
	/* CMAC/GMAC with another key size (GnuTLS aborts) */
	CHECK("cmac bad key", gnutls_hmac_init(&m, GNUTLS_MAC_AES_CMAC_128, key, 15) == GNUTLS_E_INVALID_REQUEST);
	CHECK("gmac bad key", gnutls_hmac_init(&m, GNUTLS_MAC_AES_GMAC_256, key, 16) == GNUTLS_E_INVALID_REQUEST);
	/* PBKDF2 with 0 iterations, CMAC as PRF (GnuTLS aborts); HKDF without salt */
	{
		gnutls_datum_t pw = { key, 8 }, salt = { iv, 8 };
		unsigned char prk[64], prk2[64];
		CHECK("pbkdf2 0 iterations", gnutls_pbkdf2(GNUTLS_MAC_SHA256, &pw, &salt, 0, out, 16) == GNUTLS_E_INVALID_REQUEST);
		CHECK("pbkdf2 cmac", gnutls_pbkdf2(GNUTLS_MAC_AES_CMAC_128, &pw, &salt, 1, out, 16) == GNUTLS_E_INVALID_REQUEST);
		CHECK("hkdf NULL salt", gnutls_hkdf_extract(GNUTLS_MAC_SHA384, &pw, NULL, prk) == 0);
		salt.size = 0;
		CHECK("hkdf empty salt", gnutls_hkdf_extract(GNUTLS_MAC_SHA384, &pw, &salt, prk2) == 0);
		CHECK("hkdf NULL salt = empty salt", memcmp(prk, prk2, 48) == 0);
	}
	/* decrypt3 finds the padding at the end of the ciphertext, whatever the buffer size */
	{
		size_t cl = sizeof out, pl = sizeof buf;
		k.size = 16;
		v.size = 16;
		gnutls_cipher_init(&c, GNUTLS_CIPHER_AES_128_CBC, &k, &v);
		CHECK("encrypt3 padded", gnutls_cipher_encrypt3(c, buf, 20, out, &cl, GNUTLS_CIPHER_PADDING_PKCS7) == 0 && cl == 32);
		gnutls_cipher_set_iv(c, iv, 16);
		CHECK("decrypt3 in a larger buffer", gnutls_cipher_decrypt3(c, out, cl, buf, &pl, GNUTLS_CIPHER_PADDING_PKCS7) == 0 && pl == 20);
		gnutls_cipher_deinit(c);
	}
	/* AES-GCM set_key takes effect (GnuTLS 3.7.9 keeps the old key) */
	{
		unsigned char c1[80], c2[80];
		size_t l1 = sizeof c1, l2 = sizeof c2;
		gnutls_aead_cipher_hd_t b;
		gnutls_aead_cipher_init(&a, GNUTLS_CIPHER_AES_128_GCM, &k);
		key[0] ^= 0xff;
		gnutls_aead_cipher_set_key(a, &k);
		gnutls_aead_cipher_init(&b, GNUTLS_CIPHER_AES_128_GCM, &k);
		gnutls_aead_cipher_encrypt(a, iv, 12, NULL, 0, 0, buf, 20, c1, &l1);
		gnutls_aead_cipher_encrypt(b, iv, 12, NULL, 0, 0, buf, 20, c2, &l2);
		CHECK("gcm set_key", l1 == l2 && memcmp(c1, c2, l1) == 0);
		gnutls_aead_cipher_deinit(a);
		gnutls_aead_cipher_deinit(b);
	}
	/* NULL arguments never crash */
	CHECK("hash NULL handle", gnutls_hash(NULL, buf, 1) == GNUTLS_E_INVALID_REQUEST);
	CHECK("hash_fast NULL text", gnutls_hash_fast(GNUTLS_DIG_SHA256, NULL, 5, out) == GNUTLS_E_INVALID_REQUEST);
	CHECK("cipher_init NULL key", gnutls_cipher_init(&c, GNUTLS_CIPHER_AES_128_CBC, NULL, NULL) == GNUTLS_E_INVALID_REQUEST);
	CHECK("rnd NULL", gnutls_rnd(GNUTLS_RND_NONCE, NULL, 4) == GNUTLS_E_INVALID_REQUEST);
	CHECK("names NULL", gnutls_cipher_get_id(NULL) == 0 && gnutls_digest_get_id(NULL) == 0 &&
	      gnutls_protocol_get_id(NULL) == GNUTLS_VERSION_UNKNOWN && gnutls_oid_to_pk(NULL) == 0);
	gnutls_hash_deinit(NULL, NULL);
	gnutls_hmac_deinit(NULL, NULL);
	gnutls_cipher_deinit(NULL);
	gnutls_aead_cipher_deinit(NULL);
	CHECK("hash_copy NULL", gnutls_hash_copy(NULL) == NULL);
	return failures != 0;
}
