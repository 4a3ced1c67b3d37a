/* bench/crypto-ab.c REAL_SO OURS_SO [ROUNDS]: bench/crypto.c's five cases, with both
 * libraries loaded side by side (dlmopen) and run in alternating ~5 ms
 * slices, so that both see the same machine load (the machine is shared and
 * noisy). Prints MB/s each and ours/real. CASE=N (0-4) runs one case only.
 *   cc -O2 -o ab bench/crypto-ab.c -ldl
 *   ./ab /lib/x86_64-linux-gnu/libgnutls.so.30 build/libgnutls.so.30 80
 * Not a test. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#define BUF 16384
static unsigned char buf[BUF], out[BUF + 64], key[64], iv[16];
static double now(void) { struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts); return ts.tv_sec + ts.tv_nsec / 1e9; }
struct lib {
	int (*global_init)(void);
	int (*hash_init)(gnutls_hash_hd_t *, gnutls_digest_algorithm_t);
	int (*hash)(gnutls_hash_hd_t, const void *, size_t);
	int (*cipher_init)(gnutls_cipher_hd_t *, gnutls_cipher_algorithm_t, const gnutls_datum_t *, const gnutls_datum_t *);
	int (*encrypt2)(gnutls_cipher_hd_t, const void *, size_t, void *, size_t);
	void (*set_iv)(gnutls_cipher_hd_t, void *, size_t);
	int (*aead_init)(gnutls_aead_cipher_hd_t *, gnutls_cipher_algorithm_t, const gnutls_datum_t *);
	int (*aead_encrypt)(gnutls_aead_cipher_hd_t, const void *, size_t, const void *, size_t, size_t, const void *, size_t, void *, size_t *);
	gnutls_hash_hd_t h256, h1; gnutls_cipher_hd_t cbc, xts; gnutls_aead_cipher_hd_t gcm;
	double t[5], bytes[5];
};
#define SYM(l, h, n) do { *(void **)&l->n = dlsym(h, "gnutls_" #n); if (!l->n) { fprintf(stderr, "no %s\n", #n); exit(1); } } while (0)
static void load(struct lib *l, const char *path)
{
	void *h = dlmopen(LM_ID_NEWLM, path, RTLD_NOW | RTLD_LOCAL);
	if (!h) { fprintf(stderr, "%s\n", dlerror()); exit(1); }
	SYM(l, h, global_init); SYM(l, h, hash_init); SYM(l, h, hash); SYM(l, h, cipher_init);
	*(void **)&l->encrypt2 = dlsym(h, "gnutls_cipher_encrypt2");
	*(void **)&l->set_iv = dlsym(h, "gnutls_cipher_set_iv");
	*(void **)&l->aead_init = dlsym(h, "gnutls_aead_cipher_init");
	*(void **)&l->aead_encrypt = dlsym(h, "gnutls_aead_cipher_encrypt");
	l->global_init();
	gnutls_datum_t k = { key, 16 }, v = { iv, 16 };
	l->hash_init(&l->h256, GNUTLS_DIG_SHA256);
	l->hash_init(&l->h1, GNUTLS_DIG_SHA1);
	l->cipher_init(&l->cbc, GNUTLS_CIPHER_AES_128_CBC, &k, &v);
	k.size = 64; l->cipher_init(&l->xts, GNUTLS_CIPHER_AES_256_XTS, &k, &v);
	k.size = 16; l->aead_init(&l->gcm, GNUTLS_CIPHER_AES_128_GCM, &k);
}
static void op(struct lib *l, int c)
{
	size_t ol = sizeof out; int i;
	switch (c) {
	case 0: l->hash(l->h256, buf, BUF); break;
	case 1: l->hash(l->h1, buf, BUF); break;
	case 2: l->encrypt2(l->cbc, buf, BUF, out, BUF); break;
	case 3: for (i = 0; i < BUF; i += 512) { l->set_iv(l->xts, iv, 16); l->encrypt2(l->xts, buf + i, 512, out + i, 512); } break;
	case 4: l->aead_encrypt(l->gcm, iv, 12, NULL, 0, 16, buf, BUF, out, &ol); break;
	}
}
static void slice(struct lib *l, int c)
{
	double t0 = now(), t; long n = 0;
	do { for (int i = 0; i < 8; i++) op(l, c); n += 8; t = now() - t0; } while (t < 0.005);
	l->t[c] += t; l->bytes[c] += n * (double)BUF;
}
int main(int argc, char **argv)
{
	static struct lib a, b; static const char *names[] = { "hash-sha256", "hash-sha1", "aes-128-cbc", "aes-256-xts-512", "aes-128-gcm" };
	int rounds = argc > 3 ? atoi(argv[3]) : 100;
	for (int i = 0; i < BUF; i++)
		buf[i] = i * 7;
	for (int i = 0; i < 64; i++)
		key[i] = i * 13 + 1;
	load(&a, argv[1]); load(&b, argv[2]);
	for (int r = 0; r < rounds; r++) for (int c = 0; c < 5; c++) { if (getenv("CASE") && atoi(getenv("CASE")) != c) continue; if (r & 1) { slice(&b, c); slice(&a, c); } else { slice(&a, c); slice(&b, c); } }
	printf("%-18s %10s %10s %7s\n", "case", "real MB/s", "ours MB/s", "ratio");
	for (int c = 0; c < 5; c++) if (a.t[c] > 0) { double ra = a.bytes[c] / a.t[c] / 1e6, rb = b.bytes[c] / b.t[c] / 1e6; printf("%-18s %10.1f %10.1f %7.2f\n", names[c], ra, rb, rb / ra); }
	return 0;
}
