/* Runs libgnutls's crypto API on fixed inputs and prints hex results, so
 * tests/crypto_vs_gnutls.rs can check rgnutls gives the same bytes.
 * Build: cc tests/c/crypto_dump.c -o /tmp/crypto_dump -lgnutls
 * Lines: kind<TAB>algorithm-id<TAB>hex (rc=N on error). */
#include <stdio.h>
#include <string.h>
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>

static void hex(const unsigned char *p, size_t n) { for (size_t i = 0; i < n; i++) printf("%02x", p[i]); }
static unsigned char KEY[64], IV[16], MSG[100], AAD[20];

int main(void)
{
	int algs_h[] = {2, 3, 6, 7, 8, 9, 10, 11, 12, 13};
	for (unsigned i = 0; i < 64; i++) KEY[i] = i * 7 + 1;
	for (unsigned i = 0; i < 16; i++) IV[i] = 0xa0 + i;
	for (unsigned i = 0; i < 100; i++) MSG[i] = i;
	for (unsigned i = 0; i < 20; i++) AAD[i] = 0x55 ^ i;
	setvbuf(stdout, NULL, _IONBF, 0);
	gnutls_global_init();
	for (unsigned a = 0; a < sizeof algs_h / sizeof *algs_h; a++) {
		unsigned char out[64]; gnutls_hash_hd_t h, h2;
		gnutls_hash_init(&h, algs_h[a]);
		gnutls_hash(h, MSG, 37);
		h2 = gnutls_hash_copy(h);
		gnutls_hash(h, MSG + 37, 63);
		gnutls_hash_output(h, out);          /* output then reset */
		printf("hash\t%d\t", algs_h[a]); hex(out, gnutls_hash_get_len(algs_h[a]));
		gnutls_hash(h, MSG, 3); gnutls_hash_deinit(h, out);
		printf("\t"); hex(out, gnutls_hash_get_len(algs_h[a]));
		gnutls_hash_deinit(h2, out);
		printf("\t"); hex(out, gnutls_hash_get_len(algs_h[a])); printf("\n");
	}
	int algs_m[] = {2, 3, 6, 7, 8, 9, 203, 204, 205, 206, 207};
	for (unsigned a = 0; a < sizeof algs_m / sizeof *algs_m; a++) {
		unsigned char out[64]; gnutls_hmac_hd_t h;
		int m = algs_m[a]; size_t kl = gnutls_hmac_get_key_size(m);
		if (m < 200) kl = 13; /* HMAC takes any key length */
		int rc = gnutls_hmac_init(&h, m, KEY, kl);
		if (rc < 0) { printf("hmac\t%d\trc=%d\n", m, rc); continue; }
		if (gnutls_mac_get_nonce_size(m)) gnutls_hmac_set_nonce(h, IV, 12);
		gnutls_hmac(h, MSG, 48); gnutls_hmac(h, MSG + 48, 52);
		gnutls_hmac_output(h, out);
		printf("hmac\t%d\t", m); hex(out, gnutls_hmac_get_len(m));
		/* GMAC (nettle) cannot continue after output: skip the reset check there */
		if (!gnutls_mac_get_nonce_size(m)) {
			gnutls_hmac(h, MSG, 5); gnutls_hmac_deinit(h, out);
			printf("\t"); hex(out, gnutls_hmac_get_len(m));
		} else
			gnutls_hmac_deinit(h, NULL);
		printf("\n");
	}
	int algs_c[] = {1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 23, 29, 30, 31, 32, 33, 35, 36, 39};
	for (unsigned a = 0; a < sizeof algs_c / sizeof *algs_c; a++) {
		int c = algs_c[a]; gnutls_cipher_hd_t h;
		gnutls_datum_t k = {KEY, gnutls_cipher_get_key_size(c)}, iv = {IV, gnutls_cipher_get_iv_size(c)};
		unsigned char buf[96], tag[16]; unsigned tl = gnutls_cipher_get_tag_size(c);
		int rc = gnutls_cipher_init(&h, c, &k, iv.size ? &iv : NULL);
		if (rc < 0) { printf("cipher\t%d\trc=%d\n", c, rc); continue; }
		if (tl) gnutls_cipher_add_auth(h, AAD, 16);
		/* two calls to show the state carries over (XTS: one data unit per call) */
		rc = gnutls_cipher_encrypt2(h, MSG, 64, buf, 64);
		if (rc >= 0) rc = gnutls_cipher_encrypt2(h, MSG + 64, 32, buf + 64, 32);
		printf("cipher\t%d\t", c);
		if (rc < 0) { printf("rc=%d\n", rc); gnutls_cipher_deinit(h); continue; }
		hex(buf, 96);
		if (tl) { gnutls_cipher_tag(h, tag, tl); printf("\t"); hex(tag, tl); }
		/* ragged length, only where the mode allows it (3.7.9 asserts on ragged CBC) */
		unsigned char r[17];
		if (gnutls_cipher_get_block_size(c) == 16 && !(c >= 29 && c <= 33) && !tl) { printf("\n"); gnutls_cipher_deinit(h); continue; }
		if (gnutls_cipher_get_block_size(c) == 8) { printf("\n"); gnutls_cipher_deinit(h); continue; }
		gnutls_cipher_set_iv(h, IV, iv.size);
		rc = gnutls_cipher_encrypt2(h, MSG, 17, r, 17);
		printf("\tragged=%d", rc < 0 ? rc : 0);
		if (rc >= 0) { printf(":"); hex(r, 17); }
		printf("\n");
		gnutls_cipher_deinit(h);
	}
	int algs_a[] = {10, 11, 39, 15, 16, 19, 20, 21, 22, 23};
	for (unsigned a = 0; a < sizeof algs_a / sizeof *algs_a; a++) {
		int c = algs_a[a]; gnutls_aead_cipher_hd_t h;
		gnutls_datum_t k = {KEY, gnutls_cipher_get_key_size(c)};
		unsigned char out[200]; size_t ol = sizeof out;
		int rc = gnutls_aead_cipher_init(&h, c, &k);
		if (rc < 0) { printf("aead\t%d\trc=%d\n", c, rc); continue; }
		rc = gnutls_aead_cipher_encrypt(h, IV, 12, AAD, 20, 0, MSG, 77, out, &ol);
		printf("aead\t%d\t", c);
		if (rc < 0) printf("rc=%d", rc); else hex(out, ol);
		unsigned char pt[200]; size_t pl = sizeof pt;
		out[3] ^= 1;
		rc = gnutls_aead_cipher_decrypt(h, IV, 12, AAD, 20, 0, out, ol, pt, &pl);
		printf("\tbad=%d", rc);
		ol = sizeof out;
		rc = gnutls_aead_cipher_encrypt(h, IV, 12, AAD, 20, 8, MSG, 10, out, &ol);
		printf("\tshort_tag="); if (rc < 0) printf("rc=%d", rc); else hex(out, ol);
		printf("\n");
		gnutls_aead_cipher_deinit(h);
	}
	int algs_k[] = {3, 6, 7, 8, 9, 2};
	for (unsigned a = 0; a < sizeof algs_k / sizeof *algs_k; a++) {
		unsigned char out[70];
		gnutls_datum_t pw = {KEY, 11}, salt = {IV, 16}, info = {AAD, 20};
		int rc = gnutls_pbkdf2(algs_k[a], &pw, &salt, 1000, out, 70);
		printf("pbkdf2\t%d\t", algs_k[a]); if (rc < 0) printf("rc=%d", rc); else hex(out, 70);
		unsigned char prk[64];
		rc = gnutls_hkdf_extract(algs_k[a], &pw, &salt, prk);
		printf("\t"); if (rc < 0) printf("rc=%d", rc); else hex(prk, gnutls_hmac_get_len(algs_k[a]));
		gnutls_datum_t prkd = {prk, gnutls_hmac_get_len(algs_k[a])};
		rc = gnutls_hkdf_expand(algs_k[a], &prkd, &info, out, 70);
		printf("\t"); if (rc < 0) printf("rc=%d", rc); else hex(out, 70);
		printf("\n");
	}
	return 0;
}
