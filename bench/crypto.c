/* bench/crypto.c: throughput of the crypto API through libgnutls, whichever
 * libgnutls.so.30 the loader picks (bench/run-crypto.sh runs it on the real
 * one and on ours). Prints one line per case: name and MB/s. Not a test. */
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define BUF 16384

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static unsigned char buf[BUF], out[BUF + 64], key[64], iv[16];
static double min_seconds = 0.5;

/* Runs op() on 16 KiB buffers until min_seconds have passed; MB/s. */
static double run(int (*op)(void *), void *ctx)
{
	double t0 = now(), t;
	long n = 0;
	do {
		int i;
		for (i = 0; i < 64; i++)
			if (op(ctx) < 0) {
				fprintf(stderr, "operation failed\n");
				exit(1);
			}
		n += 64;
		t = now() - t0;
	} while (t < min_seconds);
	return n * (double)BUF / t / 1e6;
}

static int do_hash(void *h) { return gnutls_hash(*(gnutls_hash_hd_t *)h, buf, BUF); }
static int do_cipher(void *c) { return gnutls_cipher_encrypt2(*(gnutls_cipher_hd_t *)c, buf, BUF, out, BUF); }
static int do_xts(void *c)
{
	/* one data unit per 512-byte sector, as disk encryption does */
	int i, rc = 0;
	for (i = 0; i < BUF && rc == 0; i += 512) {
		gnutls_cipher_set_iv(*(gnutls_cipher_hd_t *)c, iv, 16);
		rc = gnutls_cipher_encrypt2(*(gnutls_cipher_hd_t *)c, buf + i, 512, out + i, 512);
	}
	return rc;
}
static int do_aead(void *a)
{
	size_t ol = sizeof out;
	return gnutls_aead_cipher_encrypt(*(gnutls_aead_cipher_hd_t *)a, iv, 12, NULL, 0, 0, buf, BUF, out, &ol);
}

int main(int argc, char **argv)
{
	gnutls_hash_hd_t h;
	gnutls_cipher_hd_t c;
	gnutls_aead_cipher_hd_t a;
	gnutls_datum_t k = { key, 0 }, v = { iv, 16 };

	if (argc > 1)
		min_seconds = atof(argv[1]);
	gnutls_global_init();
	gnutls_rnd(GNUTLS_RND_NONCE, buf, sizeof buf);
	gnutls_rnd(GNUTLS_RND_NONCE, key, sizeof key);

	gnutls_hash_init(&h, GNUTLS_DIG_SHA256);
	printf("hash-sha256 %.1f\n", run(do_hash, &h));
	gnutls_hash_deinit(h, NULL);
	gnutls_hash_init(&h, GNUTLS_DIG_SHA1);
	printf("hash-sha1 %.1f\n", run(do_hash, &h));
	gnutls_hash_deinit(h, NULL);

	k.size = 16;
	gnutls_cipher_init(&c, GNUTLS_CIPHER_AES_128_CBC, &k, &v);
	printf("aes-128-cbc %.1f\n", run(do_cipher, &c));
	gnutls_cipher_deinit(c);
	k.size = 64;
	gnutls_cipher_init(&c, GNUTLS_CIPHER_AES_256_XTS, &k, &v);
	printf("aes-256-xts-512 %.1f\n", run(do_xts, &c));
	gnutls_cipher_deinit(c);

	k.size = 16;
	gnutls_aead_cipher_init(&a, GNUTLS_CIPHER_AES_128_GCM, &k);
	printf("aes-128-gcm %.1f\n", run(do_aead, &a));
	gnutls_aead_cipher_deinit(a);
	gnutls_global_deinit();
	return 0;
}
