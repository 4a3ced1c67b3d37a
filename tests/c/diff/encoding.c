/* Hex, base64 and PEM helpers and gnutls_fingerprint: results, buffer-size
 * negotiation (GNUTLS_E_SHORT_MEMORY_BUFFER and the size written back) and
 * bad input, printed for comparison with the real libgnutls. */
#include <gnutls/gnutls.h>
#include <stdio.h>
#include <string.h>

static void hex(const char *tag, const unsigned char *p, size_t n)
{
	size_t i;
	printf("%s[%u]=", tag, (unsigned)n);
	for (i = 0; i < n; i++)
		printf("%02x", p[i]);
	printf("\n");
}

static void text(const char *tag, const char *p, size_t n)
{
	size_t i;
	printf("%s[%u]=\"", tag, (unsigned)n);
	for (i = 0; i < n; i++)
		printf(p[i] == '\n' ? "\\n" : "%c", p[i]);
	printf("\"\n");
}

static void datum_out(const char *tag, int ret, gnutls_datum_t *d, int is_text)
{
	printf("%s ret=%d\n", tag, ret);
	if (ret == 0) {
		if (is_text) {
			text(tag, (const char *)d->data, d->size);
			printf("%s nul=%d\n", tag, d->data[d->size] == 0);
		} else
			hex(tag, d->data, d->size);
		gnutls_free(d->data);
	}
}

static const char *pem_inputs[] = {
	"-----BEGIN CERTIFICATE-----\nZm9vYmFy\n-----END CERTIFICATE-----\n",
	"junk before\n-----BEGIN FOO-----\nZm9v\n-----END FOO-----\n-----BEGIN CERTIFICATE-----\nYWJj\n-----END CERTIFICATE-----\n",
	"-----BEGIN RSA PRIVATE KEY-----\nZm9v\n-----END RSA PRIVATE KEY-----\n",
	"-----BEGIN CERTIFICATE-----\nZm9v!!\n-----END CERTIFICATE-----\n",
	"-----BEGIN CERTIFICATE-----\nZm9v\n",
	"no pem at all",
	"-----BEGIN CERTIFICATE-----\r\nZm9v\r\nYmFy\r\n-----END CERTIFICATE-----\r\n",
	"",
};

int main(void)
{
	unsigned char bin[300], out[1000];
	char txt[1000];
	size_t sz, i, n;
	int ret;
	gnutls_datum_t d, r;
	static const char *hexes[] = { "00ff10", "00FFab", "abc", "zz", "", "0g", "00:11:22", "a b", "001122334455" };
	static const char *b64s[] = { "", "Zg==", "Zm8=", "Zm9v", "Zm9vYmFy", "Zm9v\nYmFy\n", "Zm9v!", "Zg", "Zm9vY", " Zm9v" };

	for (i = 0; i < sizeof bin; i++)
		bin[i] = (unsigned char)(i * 7 + 3);

	/* hex_encode / hex_encode2 */
	for (n = 0; n <= 5; n++) {
		d.data = bin;
		d.size = n;
		for (sz = 0; sz <= 2 * n + 2; sz++) {
			size_t s = sz;
			memset(txt, 'X', sizeof txt);
			ret = gnutls_hex_encode(&d, txt, &s);
			printf("hex_encode n=%u size=%u ret=%d out_size=%u", (unsigned)n, (unsigned)sz, ret, (unsigned)s);
			if (ret == 0)
				printf(" text=%.*s nul=%d", (int)(2 * n), txt, txt[2 * n] == 0);
			printf("\n");
		}
		datum_out("hex_encode2", gnutls_hex_encode2(&d, &r), &r, 1);
	}
	/* hex_decode / hex_decode2 / hex2bin */
	for (i = 0; i < sizeof hexes / sizeof hexes[0]; i++) {
		d.data = (unsigned char *)hexes[i];
		d.size = strlen(hexes[i]);
		for (sz = 0; sz <= 7; sz++) {
			size_t s = sz;
			memset(out, 0xee, sizeof out);
			ret = gnutls_hex_decode(&d, out, &s);
			printf("hex_decode '%s' size=%u ret=%d out_size=%u\n", hexes[i], (unsigned)sz, ret, (unsigned)s);
			if (ret == 0)
				hex("  data", out, s);
		}
		datum_out("hex_decode2", gnutls_hex_decode2(&d, &r), &r, 0);
		for (sz = 0; sz <= 7; sz++) {
			size_t s = sz;
			ret = gnutls_hex2bin(hexes[i], strlen(hexes[i]), out, &s);
			printf("hex2bin '%s' size=%u ret=%d out_size=%u\n", hexes[i], (unsigned)sz, ret, (unsigned)s);
			if (ret == 0)
				hex("  data", out, s);
		}
	}
	/* base64 */
	for (n = 0; n <= 100; n += (n < 8 ? 1 : 23)) {
		d.data = bin;
		d.size = n;
		datum_out("base64_encode2", gnutls_base64_encode2(&d, &r), &r, 1);
	}
	for (i = 0; i < sizeof b64s / sizeof b64s[0]; i++) {
		d.data = (unsigned char *)b64s[i];
		d.size = strlen(b64s[i]);
		printf("b64 '%s'\n", b64s[i][0] == ' ' ? "(space)" : b64s[i]);
		datum_out("base64_decode2", gnutls_base64_decode2(&d, &r), &r, 0);
	}
	/* PEM encoding, both forms */
	for (n = 0; n <= 100; n += (n < 4 ? 1 : 47)) {
		d.data = bin;
		d.size = n;
		datum_out("pem_encode2", gnutls_pem_base64_encode2("TEST DATA", &d, &r), &r, 1);
		for (sz = 0; sz < 200; sz += 7) {
			size_t s = sz;
			memset(txt, 'X', sizeof txt);
			ret = gnutls_pem_base64_encode("X", &d, txt, &s);
			printf("pem_encode n=%u size=%u ret=%d out_size=%u", (unsigned)n, (unsigned)sz, ret, (unsigned)s);
			if (ret == 0)
				text(" text", txt, s + 1);
			printf("\n");
		}
		{
			size_t s = 0;
			ret = gnutls_pem_base64_encode("X", &d, NULL, &s);
			printf("pem_encode NULL ret=%d out_size=%u\n", ret, (unsigned)s);
		}
	}
	/* PEM decoding */
	for (i = 0; i < sizeof pem_inputs / sizeof pem_inputs[0]; i++) {
		static const char *headers[] = { NULL, "CERTIFICATE", "FOO", "RSA PRIVATE KEY", "PRIVATE KEY", "X509 CRL", "RSA", "CERT" };
		unsigned h;
		d.data = (unsigned char *)pem_inputs[i];
		d.size = strlen(pem_inputs[i]);
		for (h = 0; h < sizeof headers / sizeof headers[0]; h++) {
			printf("pem %u header=%s\n", (unsigned)i, headers[h] ? headers[h] : "NULL");
			datum_out("pem_decode2", gnutls_pem_base64_decode2(headers[h], &d, &r), &r, 0);
			for (sz = 0; sz <= 7; sz += 2) {
				size_t s = sz;
				ret = gnutls_pem_base64_decode(headers[h], &d, out, &s);
				printf("pem_decode size=%u ret=%d out_size=%u\n", (unsigned)sz, ret, (unsigned)s);
				if (ret == 0)
					hex("  data", out, s);
			}
		}
	}
	/* fingerprint */
	{
		int algos[] = { GNUTLS_DIG_SHA1, GNUTLS_DIG_SHA256, GNUTLS_DIG_MD5, GNUTLS_DIG_SHA512, 0, 99 };
		d.data = bin;
		d.size = 77;
		for (i = 0; i < sizeof algos / sizeof algos[0]; i++) {
			for (sz = 0; sz <= 70; sz += 10) {
				size_t s = sz;
				ret = gnutls_fingerprint(algos[i], &d, out, &s);
				printf("fingerprint algo=%d size=%u ret=%d out_size=%u\n", algos[i], (unsigned)sz, ret, (unsigned)s);
				if (ret == 0)
					hex("  fp", out, s);
			}
			sz = 100;
			ret = gnutls_fingerprint(algos[i], &d, NULL, &sz);
			printf("fingerprint algo=%d NULL ret=%d out_size=%u\n", algos[i], ret, (unsigned)sz);
		}
	}
	return 0;
}
