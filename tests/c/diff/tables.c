/* Name tables and small helpers with no session: GOST parameter sets,
 * handshake message and extension names, verification profiles, PKCS
 * encryption schemas, gnutls_est_record_overhead_size for every protocol,
 * cipher and MAC, gnutls_x509_cidr_to_rfc5280, and the DSS signature
 * value codec (gnutls_encode_rs_value / gnutls_decode_rs_value). */
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <gnutls/pkcs11.h>
#include <stdio.h>
#include <string.h>

static const char *s(const char *p)
{
	return p ? p : "(null)";
}

static int pin_cb(void *userdata, int attempt, const char *url, const char *label, unsigned flags, char *pin,
		  size_t pin_max)
{
	(void)userdata, (void)attempt, (void)url, (void)label, (void)flags, (void)pin, (void)pin_max;
	return -1;
}

static void hex(const char *label, const gnutls_datum_t *d)
{
	printf("%s(%u) ", label, d->size);
	for (unsigned i = 0; i < d->size; i++)
		printf("%02x", d->data[i]);
	printf("\n");
}

int main(void)
{
	gnutls_global_init();
	for (int i = 0; i < 8; i++)
		printf("gost %d %s %s\n", i, s(gnutls_gost_paramset_get_name(i)), s(gnutls_gost_paramset_get_oid(i)));
	for (int i = 0; i < 256; i++) {
		const char *n = gnutls_handshake_description_get_name(i);
		if (n)
			printf("handshake %d %s\n", i, n);
	}
	printf("handshake -1 %s\n", s(gnutls_handshake_description_get_name(-1)));
	printf("handshake 1024 %s\n", s(gnutls_handshake_description_get_name(1024)));
	printf("handshake 1025 %s\n", s(gnutls_handshake_description_get_name(1025)));
	for (unsigned i = 0; i < 70000; i++) {
		const char *n = gnutls_ext_get_name(i);
		if (n)
			printf("ext %u %s\n", i, n);
	}
	for (int i = 0; i < 260; i++) {
		const char *n = gnutls_certificate_verification_profile_get_name(i);
		if (n)
			printf("profile %d %s -> %d\n", i, n, gnutls_certificate_verification_profile_get_id(n));
	}
	const char *pnames[] = { "low", "LOW", "Legacy", "medium", "high", "ultra", "future", "suiteb128", "SUITEB192",
				 "very weak", "Very weak", "none", "", NULL };
	for (int i = 0; pnames[i]; i++)
		printf("profile id %s %d\n", pnames[i], gnutls_certificate_verification_profile_get_id(pnames[i]));
	for (unsigned i = 0; i < (1u << 24); i = i < 64 ? i + 1 : i * 2) {
		const char *n = gnutls_pkcs_schema_get_name(i);
		if (n)
			printf("schema %u %s %s\n", i, n, s(gnutls_pkcs_schema_get_oid(i)));
	}
	const int versions[] = { 0, 1, 2, 3, 4, 5, 6, 200, 201, 202, 203 };
	for (unsigned vi = 0; vi < sizeof versions / sizeof versions[0]; vi++)
		for (int c = 0; c <= 45; c++) {
			printf("overhead v%d c%d:", versions[vi], c);
			for (int m = 0; m <= 215; m++) {
				if (m == 20)
					m = 200;
				size_t r = gnutls_est_record_overhead_size(versions[vi], c, m, GNUTLS_COMP_NULL, 0);
				if (r > 0)
					printf(" m%d=%zu", m, r);
			}
			printf("\n");
		}
	printf("overhead aead %zd\n", gnutls_est_record_overhead_size(GNUTLS_TLS1_2, GNUTLS_CIPHER_AES_128_GCM,
								       GNUTLS_MAC_AEAD, GNUTLS_COMP_NULL, 0));
	const char *cidrs[] = { "10.0.0.0/8", "192.168.1.7/24", "0.0.0.0/0", "1.2.3.4/32", "1.2.3.4/33", "1.2.3.4",
				"2001:db8::/32", "::1/128", "fe80::1/64", "::/0", "2001:db8::/129", "garbage/8", "10.0.0.0/x",
				"", NULL };
	for (int i = 0; cidrs[i]; i++) {
		gnutls_datum_t out = { NULL, 0 };
		int r = gnutls_x509_cidr_to_rfc5280(cidrs[i], &out);
		printf("cidr \"%s\" %s ", cidrs[i], gnutls_strerror_name(r));
		if (r == 0) {
			hex("", &out);
			gnutls_free(out.data);
		} else
			printf("\n");
	}
	unsigned char r1[] = { 0x01, 0x02 }, s1[] = { 0x80, 0x01 }, zr[] = { 0x00, 0x00, 0x05 }, big[70];
	memset(big, 0xab, sizeof big);
	struct {
		unsigned char *r, *s;
		unsigned rl, sl;
	} rs[] = { { r1, s1, 2, 2 }, { zr, s1, 3, 2 }, { big, big, 70, 70 }, { r1, s1, 0, 2 } };
	for (unsigned i = 0; i < sizeof rs / sizeof rs[0]; i++) {
		gnutls_datum_t r = { rs[i].r, rs[i].rl }, sv = { rs[i].s, rs[i].sl }, sig = { NULL, 0 }, r2, s2;
		int e = gnutls_encode_rs_value(&sig, &r, &sv);
		printf("encode %u %s\n", i, gnutls_strerror_name(e));
		if (e < 0)
			continue;
		hex("sig", &sig);
		e = gnutls_decode_rs_value(&sig, &r2, &s2);
		printf("decode %u %s\n", i, gnutls_strerror_name(e));
		if (e == 0) {
			hex("r", &r2);
			hex("s", &s2);
			gnutls_free(r2.data);
			gnutls_free(s2.data);
		}
		gnutls_free(sig.data);
	}
	unsigned char bad[][8] = { { 0x30, 0x03, 0x02, 0x01, 0x01 }, { 0x31, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01 },
				   { 0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01 }, { 0x30, 0x07, 0x02, 0x01, 0x01 } };
	unsigned badlen[] = { 5, 8, 8, 5 };
	for (unsigned i = 0; i < 4; i++) {
		gnutls_datum_t sig = { bad[i], badlen[i] }, r2, s2;
		int e = gnutls_decode_rs_value(&sig, &r2, &s2);
		printf("decode bad %u %s\n", i, gnutls_strerror_name(e));
		if (e == 0) {
			hex("r", &r2);
			hex("s", &s2);
			gnutls_free(r2.data);
			gnutls_free(s2.data);
		}
	}
	/* gnutls_x509_crt_set_dn's reading of DN strings. */
	const char *dns[] = { "CN=host,O=Org,C=US", " CN = spaced , O=Org ", "cn=lower,ou=Unit", "CN=a\\,b,O=x",
			      "CN=#0c0568656c6c6f", "CN=", "CN=a+O=b", "XX=unknown", "", "CN=trailing\\ ",
			      "2.5.4.3=byoid,C=DE", NULL };
	for (int i = 0; dns[i]; i++) {
		gnutls_x509_crt_t c;
		const char *err = NULL;
		gnutls_datum_t out = { NULL, 0 };
		gnutls_x509_crt_init(&c);
		int r = gnutls_x509_crt_set_dn(c, dns[i], &err);
		printf("set_dn \"%s\": %s", dns[i], gnutls_strerror_name(r));
		if (r == 0) {
			int g = gnutls_x509_crt_get_dn2(c, &out);
			if (g == 0) {
				printf(" -> \"%s\"", out.data);
				gnutls_free(out.data);
			} else
				printf(" -> %s", gnutls_strerror_name(g));
		}
		printf("\n");
		gnutls_x509_crt_deinit(c);
	}

	/* PIN callbacks: the global one reads back; the per-object ones are accepted. */
	void *ud = NULL;
	printf("pin function before: %s\n", gnutls_pkcs11_get_pin_function(&ud) ? "set" : "none");
	gnutls_pkcs11_set_pin_function(pin_cb, (void *)"ud");
	gnutls_pin_callback_t got = gnutls_pkcs11_get_pin_function(&ud);
	printf("pin function after: %s, userdata %s\n", got == pin_cb ? "ours" : "other", ud ? (char *)ud : "NULL");
	gnutls_certificate_credentials_t cred;
	gnutls_privkey_t pk;
	gnutls_pubkey_t pub;
	gnutls_x509_crt_t crt;
	gnutls_x509_privkey_t xk;
	gnutls_certificate_allocate_credentials(&cred);
	gnutls_privkey_init(&pk);
	gnutls_pubkey_init(&pub);
	gnutls_x509_crt_init(&crt);
	gnutls_x509_privkey_init(&xk);
	gnutls_certificate_set_pin_function(cred, pin_cb, NULL);
	gnutls_privkey_set_pin_function(pk, pin_cb, NULL);
	gnutls_pubkey_set_pin_function(pub, pin_cb, NULL);
	gnutls_x509_crt_set_pin_function(crt, pin_cb, NULL);
	gnutls_x509_privkey_set_pin_function(xk, pin_cb, NULL);
	printf("object pin functions set\n");
	gnutls_x509_privkey_deinit(xk);
	gnutls_x509_crt_deinit(crt);
	gnutls_pubkey_deinit(pub);
	gnutls_privkey_deinit(pk);
	gnutls_certificate_free_credentials(cred);
	gnutls_global_deinit();
	return 0;
}
