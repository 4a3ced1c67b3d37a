/* The crypto API (crypto.h): every hash, MAC, cipher and AEAD algorithm on
 * pseudo-random inputs in several chunkings (cipher state carried across
 * calls, hash/hmac copies taken mid-stream, AEAD scattered buffers),
 * PBKDF2/HKDF vectors, gnutls_rnd, and bad input (unknown ids, wrong key/IV
 * sizes, short buffers), printed for comparison with the real libgnutls.
 *
 * Lines about algorithms rgnutls does not implement start with '~'.
 * Not here (see tests/c/ours/crypto_edge.c): ragged CBC input, which makes
 * GnuTLS 3.7.9 abort. */
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>

static unsigned char buf[6000], key[128], iv[64], aad[200];

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	unsigned x = seed * 2654435761u + 1;
	size_t i;
	for (i = 0; i < n; i++) {
		x = x * 1103515245u + 12345u;
		p[i] = (unsigned char)(x >> 16);
	}
}

/* A short fingerprint of a buffer: enough to compare outputs. */
static void hexs(const char *tag, const unsigned char *p, size_t n)
{
	size_t i;
	printf(" %s=", tag);
	if (n > 48) {
		unsigned h = 2166136261u;
		for (i = 0; i < n; i++)
			h = (h ^ p[i]) * 16777619u;
		printf("[%u]%08x", (unsigned)n, h);
		return;
	}
	for (i = 0; i < n; i++)
		printf("%02x", p[i]);
}

static int in(const int *set, int id)
{
	for (; *set != -999; set++)
		if (*set == id)
			return 1;
	return 0;
}

static const int gap_cipher[] = { 13, 14, 17, 24, 25, 26, 27, 28, 34, 35, 37, 38, 40, 41, -999 };
static const int gap_mac[] = { 15, 16, 17, 201, 202, 208, 211, 212, -999 };
static const int gap_digest[] = { 4, 5, 15, 16, 17, -999 };
static const char *pre;

static const size_t lens[] = { 0, 1, 15, 16, 17, 63, 64, 65, 200, 1000, 5000 };
#define NLENS (sizeof lens / sizeof lens[0])
static const size_t chunks[] = { 1, 7, 16, 64, 1000, 100000 };
#define NCHUNKS (sizeof chunks / sizeof chunks[0])

static void test_hash(int alg)
{
	gnutls_hash_hd_t h, c;
	unsigned char out[128], out2[128];
	unsigned len = gnutls_hash_get_len(alg);
	size_t l, k, off;
	int rc = gnutls_hash_init(&h, alg);

	pre = in(gap_digest, alg) ? "~" : "";
	printf("%shash %d init=%d len=%u\n", pre, alg, rc, len);
	if (rc < 0)
		return;
	for (l = 0; l < NLENS; l++) {
		fill(buf, lens[l], (unsigned)l);
		printf("%shash %d n=%u", pre, alg, (unsigned)lens[l]);
		for (k = 0; k < NCHUNKS; k++) {
			for (off = 0; off < lens[l]; off += chunks[k])
				gnutls_hash(h, buf + off, lens[l] - off < chunks[k] ? lens[l] - off : chunks[k]);
			memset(out, 0, sizeof out);
			gnutls_hash_output(h, out);
			if (k == 0)
				hexs("d", out, len);
			else if (memcmp(out, out2, len))
				printf(" chunk%u-differs", (unsigned)chunks[k]);
			memcpy(out2, out, len);
		}
		rc = gnutls_hash_fast(alg, buf, lens[l], out);
		printf(" fast=%d%s", rc, memcmp(out, out2, len) ? "-differs" : "");
		printf("\n");
	}
	/* copy mid-stream: both continue independently */
	fill(buf, 300, 77);
	gnutls_hash(h, buf, 100);
	c = gnutls_hash_copy(h);
	printf("%shash %d copy=%s", pre, alg, c ? "ok" : "NULL");
	gnutls_hash(h, buf + 100, 200);
	gnutls_hash_output(h, out);
	hexs("orig", out, len);
	if (c) {
		gnutls_hash(c, buf + 150, 150);
		gnutls_hash_deinit(c, out);
		hexs("copy", out, len);
	}
	printf("\n");
	gnutls_hash_deinit(h, NULL);
}

static void test_hmac(int alg)
{
	static const size_t klens[] = { 0, 1, 16, 20, 24, 32, 64, 65, 100 };
	unsigned char out[128], out2[128];
	unsigned len = gnutls_hmac_get_len(alg);
	size_t kl, l, k, off;
	int rc, gmac = alg >= 205 && alg <= 207;

	pre = in(gap_mac, alg) ? "~" : "";
	for (kl = 0; kl < sizeof klens / sizeof klens[0]; kl++) {
		gnutls_hmac_hd_t h, c;
		/* CMAC, GMAC and the GOST MAC with another key size abort GnuTLS
		 * (tests/c/ours/crypto_edge.c checks ours refuses them). */
		if (alg >= 203 && alg <= 208 && klens[kl] != gnutls_hmac_get_key_size(alg))
			continue;
		fill(key, klens[kl], 500 + (unsigned)kl);
		rc = gnutls_hmac_init(&h, alg, key, klens[kl]);
		printf("%shmac %d key=%u init=%d", pre, alg, (unsigned)klens[kl], rc);
		if (rc < 0) {
			printf("\n");
			continue;
		}
		fill(iv, 12, 9);
		gnutls_hmac_set_nonce(h, iv, 12);
		for (l = 0; l < NLENS; l += 3) {
			fill(buf, lens[l], (unsigned)l);
			for (k = 0; k < NCHUNKS; k++) {
				/* GMAC data in pieces of whole blocks only: GnuTLS asserts otherwise */
				if (gmac && chunks[k] % 16 && chunks[k] != 100000)
					continue;
				if (gmac) /* GMAC needs a fresh nonce for each message */
					gnutls_hmac_set_nonce(h, iv, 12);
				for (off = 0; off < lens[l]; off += chunks[k])
					gnutls_hmac(h, buf + off, lens[l] - off < chunks[k] ? lens[l] - off : chunks[k]);
				memset(out, 0, sizeof out);
				gnutls_hmac_output(h, out);
				if (k == (gmac ? 2 : 0))
					hexs("m", out, len);
				else if (memcmp(out, out2, len))
					printf(" chunk%u-differs", (unsigned)chunks[k]);
				memcpy(out2, out, len);
			}
			if (alg < 205 || alg > 207) {
				rc = gnutls_hmac_fast(alg, key, klens[kl], buf, lens[l], out);
				printf(" fast=%d%s", rc, rc == 0 && memcmp(out, out2, len) ? "-differs" : "");
			}
		}
		if (gmac)
			gnutls_hmac_set_nonce(h, iv, 12);
		gnutls_hmac(h, buf, gmac ? 32 : 33);
		c = gnutls_hmac_copy(h);
		printf(" copy=%s", c ? "ok" : "NULL");
		gnutls_hmac(h, buf + 33, 50);
		gnutls_hmac_output(h, out);
		hexs("orig", out, len);
		if (c) {
			gnutls_hmac(c, buf + 40, 50);
			gnutls_hmac_deinit(c, out);
			hexs("copy", out, len);
		}
		gnutls_hmac_deinit(h, NULL);
		printf("\n");
	}
}

static int is_aead(int alg)
{
	return gnutls_cipher_get_tag_size(alg) > 0;
}

static void test_cipher(int alg)
{
	gnutls_cipher_hd_t h;
	gnutls_datum_t k, v;
	unsigned ks = gnutls_cipher_get_key_size(alg), ivs = gnutls_cipher_get_iv_size(alg);
	unsigned bs = gnutls_cipher_get_block_size(alg), ts = gnutls_cipher_get_tag_size(alg);
	unsigned char ct[6000], pt[6000], ct2[6000], tag[16], tag2[16];
	size_t l, c, off;
	int rc;

	pre = in(gap_cipher, alg) ? "~" : "";
	fill(key, ks + 1, 100 + alg);
	fill(iv, ivs + 1, 200 + alg);
	k.data = key;
	v.data = iv;
	/* bad sizes */
	k.size = ks + 1;
	v.size = ivs;
	/* Wrong sizes: rgnutls refuses them with GNUTLS_E_INVALID_REQUEST; GnuTLS
	 * answers with the backend's code (an internal error for AES) or even
	 * accepts some (RC4, CCM): free wording, behind '~'. */
	rc = gnutls_cipher_init(&h, alg, &k, &v);
	printf("~cipher %d badkey=%d", alg, rc);
	if (rc == 0)
		gnutls_cipher_deinit(h);
	k.size = ks;
	v.size = ivs + 1;
	if (ivs > 0 && alg != 40 && alg != 41) { /* a bad IV crashes GnuTLS's ACPKM ciphers */
		rc = gnutls_cipher_init(&h, alg, &k, &v);
		printf(" badiv=%d", rc);
		if (rc == 0)
			gnutls_cipher_deinit(h);
	}
	v.size = ivs;
	rc = gnutls_cipher_init(&h, alg, &k, ivs ? &v : NULL);
	printf("\n%scipher %d init=%d\n", pre, alg, rc);
	if (rc < 0)
		return;
	for (l = 0; l < NLENS; l++) {
		size_t n = lens[l];
		/* whole blocks for CBC; at least one block for XTS */
		if (bs > 1 && ivs == bs && !is_aead(alg) && n % bs)
			continue;
		if (strstr(gnutls_cipher_get_name(alg), "XTS") && n < 16)
			continue;
		fill(buf, n, 300 + (unsigned)l);
		printf("%scipher %d n=%u", pre, alg, (unsigned)n);
		for (c = 0; c < NCHUNKS; c++) {
			size_t step = chunks[c];
			if (strstr(gnutls_cipher_get_name(alg), "XTS") && step != 100000)
				continue; /* each call is one XTS data unit */
			if (bs > 1 && step % bs && step != 100000 && !(is_aead(alg) && bs == 64 && step % 64 == 0))
				continue;
			if (ivs)
				gnutls_cipher_set_iv(h, iv, ivs);
			if (is_aead(alg)) {
				fill(aad, 37, 5);
				gnutls_cipher_add_auth(h, aad, 32);
				gnutls_cipher_add_auth(h, aad + 32, 5);
			}
			memcpy(ct, buf, n);
			rc = 0;
			for (off = 0; off < n && rc == 0; off += step)
				rc = gnutls_cipher_encrypt(h, ct + off, n - off < step ? n - off : step);
			printf(" e%u=%d", (unsigned)step, rc);
			if (c == 0 || step == 100000)
				hexs("ct", ct, n);
			if (is_aead(alg)) {
				rc = gnutls_cipher_tag(h, tag, ts);
				printf(" tag=%d", rc);
				hexs("t", tag, ts);
			}
			/* decrypt back with encrypt2/decrypt2 (separate buffers) */
			if (ivs)
				gnutls_cipher_set_iv(h, iv, ivs);
			if (is_aead(alg)) {
				gnutls_cipher_add_auth(h, aad, 37);
			}
			rc = 0;
			for (off = 0; off < n && rc == 0; off += step)
				rc = gnutls_cipher_decrypt2(h, ct + off, n - off < step ? n - off : step, pt + off,
							    n - off < step ? n - off : step);
			printf(" d=%d%s", rc, memcmp(pt, buf, n) ? "-wrong" : "");
			/* the whole text with encrypt2: into another buffer, then within one */
			if (!is_aead(alg) && step == 100000) {
				if (ivs)
					gnutls_cipher_set_iv(h, iv, ivs);
				rc = gnutls_cipher_encrypt2(h, buf, n, ct2, n);
				printf(" e2=%d%s", rc, memcmp(ct2, ct, n) ? "-differs" : "");
				if (ivs)
					gnutls_cipher_set_iv(h, iv, ivs);
				memcpy(ct2, buf, n);
				rc = gnutls_cipher_encrypt2(h, ct2, n, ct2, n);
				printf(" e2same=%d%s", rc, memcmp(ct2, ct, n) ? "-differs" : "");
			}
			if (is_aead(alg)) {
				gnutls_cipher_tag(h, tag2, ts);
				printf("%s", memcmp(tag, tag2, ts) ? " tag-differs" : "");
			}
		}
		printf("\n");
	}
	/* encrypt3/decrypt3 with and without padding */
	if (!is_aead(alg) && !strstr(gnutls_cipher_get_name(alg), "XTS")) {
		size_t n3[] = { 0, 1, 15, 16, 31, 32, 33 };
		unsigned i;
		for (i = 0; i < sizeof n3 / sizeof n3[0]; i++) {
			size_t cl = 0, pl;
			fill(buf, n3[i], 700 + i);
			if (ivs)
				gnutls_cipher_set_iv(h, iv, ivs);
			rc = gnutls_cipher_encrypt3(h, buf, n3[i], NULL, &cl, GNUTLS_CIPHER_PADDING_PKCS7);
			printf("%scipher %d enc3 n=%u sizeq=%d cl=%u", pre, alg, (unsigned)n3[i], rc, (unsigned)cl);
			if (cl > n3[i]) { /* (GnuTLS writes past a short buffer without padding) */
				size_t small = cl - 1;
				rc = gnutls_cipher_encrypt3(h, buf, n3[i], ct, &small, GNUTLS_CIPHER_PADDING_PKCS7);
				printf(" short=%d/%u", rc, (unsigned)small);
			}
			if (n3[i] % bs && cl == n3[i] && bs > 1)
				goto next; /* unpadded ragged block input: not ours to test here */
			rc = gnutls_cipher_encrypt3(h, buf, n3[i], ct, &cl, GNUTLS_CIPHER_PADDING_PKCS7);
			printf(" enc=%d cl=%u", rc, (unsigned)cl);
			hexs("ct", ct, cl);
			if (ivs)
				gnutls_cipher_set_iv(h, iv, ivs);
			pl = cl; /* GnuTLS looks for the padding at the end of the buffer size given */
			rc = gnutls_cipher_decrypt3(h, ct, cl, pt, &pl, GNUTLS_CIPHER_PADDING_PKCS7);
			printf(" dec=%d pl=%u%s", rc, (unsigned)pl, rc == 0 && memcmp(pt, buf, pl) ? "-wrong" : "");
		next:
			printf("\n");
		}
	}
	if (!is_aead(alg)) {
		rc = gnutls_cipher_add_auth(h, aad, 16);
		printf("%scipher %d add_auth=%d tag=%d\n", pre, alg, rc, gnutls_cipher_tag(h, tag, 16));
	}
	gnutls_cipher_deinit(h);
}

/* XTS data units as disk encryption uses them (512-byte sectors, a 4 KiB
 * page, ragged lengths with ciphertext stealing), in place and buffer to
 * buffer, each sector with its own tweak. */
static void test_xts_units(int alg)
{
	static const size_t units[] = { 512, 528, 4096, 100, 31 };
	static unsigned char text[4 * 4096], ct[4096], pt[4096], d[32];
	gnutls_cipher_hd_t h;
	gnutls_datum_t k = { key, gnutls_cipher_get_key_size(alg) };
	unsigned u, s;
	int rc;

	fill(key, k.size, 900 + alg);
	rc = gnutls_cipher_init(&h, alg, &k, NULL);
	printf("xts %d init=%d\n", alg, rc);
	if (rc < 0)
		return;
	for (u = 0; u < sizeof units / sizeof units[0]; u++) {
		size_t n = units[u];
		fill(text, 4 * n, 950 + u);
		printf("xts %d unit=%u", alg, (unsigned)n);
		for (s = 0; s < 4; s++) { /* four sectors, tweak = sector number */
			unsigned char tweak[16] = { (unsigned char)(s + 7 * u) };
			gnutls_cipher_set_iv(h, tweak, 16);
			rc = gnutls_cipher_encrypt2(h, text + s * n, n, ct, n);
			gnutls_hash_fast(GNUTLS_DIG_SHA256, ct, n, d);
			printf(" e=%d", rc);
			hexs("h", d, 8);
			gnutls_cipher_set_iv(h, tweak, 16);
			memcpy(pt, ct, n);
			rc = gnutls_cipher_decrypt(h, pt, n);
			printf(" d=%d%s", rc, memcmp(pt, text + s * n, n) ? "-wrong" : "");
		}
		printf("\n");
	}
	gnutls_cipher_deinit(h);
}

static void test_aead(int alg)
{
	gnutls_aead_cipher_hd_t h;
	gnutls_datum_t k;
	unsigned ks = gnutls_cipher_get_key_size(alg), ivs = gnutls_cipher_get_iv_size(alg);
	unsigned ts = gnutls_cipher_get_tag_size(alg);
	unsigned char ct[6100], pt[6100], tag[32];
	size_t l, cl, pl;
	size_t tss[] = { 0, 4, 8, 12, 16, 17 };
	unsigned i;
	int rc;

	pre = in(gap_cipher, alg) ? "~" : "";
	fill(key, ks + 1, 900 + alg);
	fill(iv, ivs, 901 + alg);
	fill(aad, 100, 902);
	k.data = key;
	k.size = ks + 1;
	rc = gnutls_aead_cipher_init(&h, alg, &k);
	printf("~aead %d badkey=%d\n", alg, rc);
	if (rc == 0)
		gnutls_aead_cipher_deinit(h);
	k.size = ks;
	rc = gnutls_aead_cipher_init(&h, alg, &k);
	printf("%saead %d init=%d\n", pre, alg, rc);
	if (rc < 0)
		return;
	for (l = 0; l < NLENS; l++) {
		size_t n = lens[l];
		fill(buf, n, 950 + (unsigned)l);
		cl = sizeof ct;
		rc = gnutls_aead_cipher_encrypt(h, iv, ivs, aad, 20 + l, 0, buf, n, ct, &cl);
		printf("%saead %d n=%u enc=%d cl=%u", pre, alg, (unsigned)n, rc, (unsigned)cl);
		hexs("ct", ct, cl);
		pl = sizeof pt;
		rc = gnutls_aead_cipher_decrypt(h, iv, ivs, aad, 20 + l, 0, ct, cl, pt, &pl);
		printf(" dec=%d pl=%u%s", rc, (unsigned)pl, rc == 0 && memcmp(pt, buf, n) ? "-wrong" : "");
		ct[cl - 1] ^= 1;
		pl = sizeof pt;
		rc = gnutls_aead_cipher_decrypt(h, iv, ivs, aad, 20 + l, 0, ct, cl, pt, &pl);
		printf(" tampered=%d", rc);
		ct[cl - 1] ^= 1;
		/* short buffers */
		{
			size_t small = n + ts - 1;
			rc = gnutls_aead_cipher_encrypt(h, iv, ivs, aad, 20, 0, buf, n, ct + 3000, &small);
			printf(" eshort=%d/%u", rc, (unsigned)small);
			if (n > 0) {
				small = n - 1;
				rc = gnutls_aead_cipher_decrypt(h, iv, ivs, aad, 20 + l, 0, ct, cl, pt, &small);
				printf(" dshort=%d/%u", rc, (unsigned)small);
			}
		}
		/* scattered: encryptv (contiguous out), encryptv2/decryptv2 (in place) */
		if (n >= 10) {
			struct iovec av[3], pv[4];
			unsigned char work[6000], vtag[16];
			size_t vtl, vcl = sizeof pt;
			av[0].iov_base = aad; av[0].iov_len = 3;
			av[1].iov_base = aad + 3; av[1].iov_len = 0;
			av[2].iov_base = aad + 3; av[2].iov_len = 17 + l;
			memcpy(work, buf, n);
			pv[0].iov_base = work; pv[0].iov_len = 1;
			pv[1].iov_base = work + 1; pv[1].iov_len = 7;
			pv[2].iov_base = work + 8; pv[2].iov_len = n / 2 - 8 + 1;
			pv[3].iov_base = work + n / 2 + 1; pv[3].iov_len = n - n / 2 - 1;
			rc = gnutls_aead_cipher_encryptv(h, iv, ivs, av, 3, 0, pv, 4, pt, &vcl);
			printf(" encv=%d%s", rc, rc == 0 && (vcl != cl || memcmp(pt, ct, cl)) ? "-differs" : "");
			vtl = 0;
			rc = gnutls_aead_cipher_encryptv2(h, iv, ivs, av, 3, pv, 4, vtag, &vtl);
			printf(" encv2=%d tl=%u%s", rc, (unsigned)vtl,
			       rc == 0 && (memcmp(work, ct, n) || memcmp(vtag, ct + n, vtl)) ? "-differs" : "");
			rc = gnutls_aead_cipher_decryptv2(h, iv, ivs, av, 3, pv, 4, vtag, vtl);
			printf(" decv2=%d%s", rc, rc == 0 && memcmp(work, buf, n) ? "-wrong" : "");
			vtag[0] ^= 0x80;
			rc = gnutls_aead_cipher_decryptv2(h, iv, ivs, av, 3, pv, 4, vtag, vtl);
			printf(" decv2-tampered=%d", rc);
		}
		printf("\n");
	}
	/* tag sizes */
	fill(buf, 50, 3);
	for (i = 0; i < sizeof tss / sizeof tss[0]; i++) {
		cl = sizeof ct;
		rc = gnutls_aead_cipher_encrypt(h, iv, ivs, aad, 10, tss[i], buf, 50, ct, &cl);
		printf("%saead %d tag_size=%u enc=%d cl=%u", pre, alg, (unsigned)tss[i], rc, (unsigned)cl);
		if (rc == 0) {
			hexs("tag", ct + 50, cl - 50);
			pl = sizeof pt;
			rc = gnutls_aead_cipher_decrypt(h, iv, ivs, aad, 10, tss[i], ct, cl, pt, &pl);
			printf(" dec=%d", rc);
		}
		printf("\n");
	}
	/* a ciphertext shorter than the tag */
	pl = sizeof pt;
	rc = gnutls_aead_cipher_decrypt(h, iv, ivs, aad, 10, 0, ct, ts - 1, pt, &pl);
	printf("%saead %d tiny=%d", pre, alg, rc);
	/* a new key */
	fill(key, ks, 1234);
	rc = gnutls_aead_cipher_set_key(h, &k);
	cl = sizeof ct;
	printf(" set_key=%d enc=%d", rc, gnutls_aead_cipher_encrypt(h, iv, ivs, NULL, 0, 0, buf, 50, ct, &cl));
	printf("\n");
	{
		/* GnuTLS 3.7.9's AES-GCM keeps using the old key after set_key */
		gnutls_aead_cipher_hd_t f;
		unsigned char ct2[100];
		size_t cl2 = sizeof ct2;
		if (gnutls_aead_cipher_init(&f, alg, &k) == 0) {
			gnutls_aead_cipher_encrypt(f, iv, ivs, NULL, 0, 0, buf, 50, ct2, &cl2);
			printf("%saead %d set_key-like-fresh=%s\n", alg == 10 || alg == 11 || alg == 39 ? "~" : pre, alg,
			       cl == cl2 && !memcmp(ct, ct2, cl) ? "yes" : "no");
			gnutls_aead_cipher_deinit(f);
		}
	}
	(void)tag;
	gnutls_aead_cipher_deinit(h);
}

static void test_kdf(void)
{
	static const int macs[] = { GNUTLS_MAC_SHA1, GNUTLS_MAC_SHA256, GNUTLS_MAC_SHA384, GNUTLS_MAC_SHA512,
		GNUTLS_MAC_SHA224, GNUTLS_MAC_MD5, GNUTLS_MAC_AEAD, /* CMAC and GMAC abort GnuTLS here */
		0, 99 };
	unsigned char out[2000];
	gnutls_datum_t pw = { (unsigned char *)"password", 8 }, salt = { (unsigned char *)"salt", 4 };
	gnutls_datum_t ikm, info, prk;
	unsigned i;
	int rc;

	for (i = 0; i < sizeof macs / sizeof macs[0]; i++) {
		int m = macs[i];
		size_t outs[] = { 1, 20, 32, 64, 100 };
		unsigned j;
		printf("pbkdf2 %d", m);
		for (j = 0; j < 5; j++) {
			memset(out, 0, sizeof out);
			rc = gnutls_pbkdf2(m, &pw, &salt, j == 4 ? 4096 : 1 + j, out, outs[j]);
			printf(" %d", rc);
			if (rc == 0)
				hexs("k", out, outs[j]);
		}
		printf("\n"); /* 0 iterations abort GnuTLS: see tests/c/ours/crypto_edge.c */

		/* RFC 5869 case 1 inputs */
		fill(key, 22, 1);
		memset(key, 0x0b, 22);
		ikm.data = key; ikm.size = 22;
		for (j = 0; j < 13; j++) aad[j] = j;
		salt.data = aad; salt.size = 13;
		memset(out, 0, sizeof out);
		rc = gnutls_hkdf_extract(m, &ikm, &salt, out);
		printf("hkdf %d extract=%d", m, rc);
		if (rc == 0) {
			unsigned hl = gnutls_hmac_get_len(m);
			static unsigned char okm[255 * 64 + 1];
			hexs("prk", out, hl);
			prk.data = out; prk.size = hl;
			for (j = 0; j < 10; j++) aad[100 + j] = 0xf0 + j;
			info.data = aad + 100; info.size = 10;
			rc = gnutls_hkdf_expand(m, &prk, &info, okm, 42);
			printf(" expand=%d", rc);
			if (rc == 0)
				hexs("okm", okm, 42);
			printf(" max=%d over=%d", gnutls_hkdf_expand(m, &prk, &info, okm, 255 * hl),
			       gnutls_hkdf_expand(m, &prk, &info, okm, 255 * hl + 1));
			salt.size = 0; /* an empty salt (a NULL one crashes GnuTLS) */
			rc = gnutls_hkdf_extract(m, &ikm, &salt, out);
			printf(" nosalt=%d", rc);
			if (rc == 0)
				hexs("prk", out, hl);
		}
		printf("\n");
		salt.data = (unsigned char *)"salt"; salt.size = 4;
	}
}

int main(void)
{
	int id;
	unsigned char r[100];
	gnutls_datum_t kd;

	gnutls_global_init();
	for (id = 0; id <= 18; id++)
		test_hash(id);
	test_hash(99);
	test_hash(209);
	test_hash(210);
	for (id = 0; id <= 17; id++)
		test_hmac(id);
	for (id = 200; id <= 213; id++)
		if (id != 201 && id != 202) /* UMAC with a 12-byte nonce aborts GnuTLS */
			test_hmac(id);
	for (id = 0; id <= 42; id++)
		test_cipher(id);
	test_xts_units(GNUTLS_CIPHER_AES_128_XTS);
	test_xts_units(GNUTLS_CIPHER_AES_256_XTS);
	for (id = 0; id <= 42; id++)
		if (gnutls_cipher_get_tag_size(id) > 0 || id == 4 || id == 0)
			test_aead(id);
	test_kdf();
	for (id = -1; id <= 3; id++)
		printf("rnd level=%d rc=%d\n", id, gnutls_rnd(id, r, sizeof r));
	printf("rnd len0=%d\n", gnutls_rnd(GNUTLS_RND_NONCE, r, 0));
	gnutls_rnd_refresh();
	printf("key_generate=%d", gnutls_key_generate(&kd, 32));
	printf(" size=%u\n", kd.size);
	gnutls_free(kd.data);
	gnutls_global_deinit();
	return 0;
}
