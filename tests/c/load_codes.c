/* Prints the return code the real GnuTLS gives for each credential-loading
 * input of the corpus (tests/certs/keys, tests/certs/chains).
 * Build: cc -o load_codes load_codes.c -lgnutls ; run from tests/certs. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>

static gnutls_certificate_credentials_t fresh(unsigned flags) {
	gnutls_certificate_credentials_t c;
	gnutls_certificate_allocate_credentials(&c);
	gnutls_certificate_set_flags(c, flags);
	return c;
}

#define KEY(name, cert, key, fmt, pass) do { \
	gnutls_certificate_credentials_t c = fresh(0); \
	int r = gnutls_certificate_set_x509_key_file2(c, cert, key, fmt, pass, 0); \
	printf("key %-22s %d\n", name, r); gnutls_certificate_free_credentials(c); } while (0)

#define TRUST(name, file, fmt) do { \
	gnutls_certificate_credentials_t c = fresh(0); \
	int r = gnutls_certificate_set_x509_trust_file(c, file, fmt); \
	printf("trust %-20s %d\n", name, r); gnutls_certificate_free_credentials(c); } while (0)

int main(void) {
	const int P = GNUTLS_X509_FMT_PEM, D = GNUTLS_X509_FMT_DER;
	KEY("rsa-pkcs1", "keys/rsa.pem", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("rsa-pkcs8", "keys/rsa.pem", "keys/rsa-pkcs8.pem", P, NULL);
	KEY("rsa-pkcs1-der", "keys/rsa.der", "keys/rsa-pkcs1.der", D, NULL);
	KEY("rsa-pkcs8-der", "keys/rsa.der", "keys/rsa-pkcs8.der", D, NULL);
	KEY("rsa-pss", "keys/rsa-pss.pem", "keys/rsa-pss.key", P, NULL);
	KEY("ec256-sec1", "keys/ec256.pem", "keys/ec256-sec1.pem", P, NULL);
	KEY("ec256-pkcs8", "keys/ec256.pem", "keys/ec256-pkcs8.pem", P, NULL);
	KEY("ec256-sec1-der", "keys/ec256.der", "keys/ec256-sec1.der", D, NULL);
	KEY("ec384-sec1", "keys/ec384.pem", "keys/ec384-sec1.pem", P, NULL);
	KEY("ec384-pkcs8", "keys/ec384.pem", "keys/ec384-pkcs8.pem", P, NULL);
	KEY("ed25519", "keys/ed25519.pem", "keys/ed25519.key", P, NULL);
	KEY("enc-pass", "keys/ec256.pem", "keys/ec256-enc.pem", P, "secret");
	KEY("enc-der-pass", "keys/ec256.der", "keys/ec256-enc.der", D, "secret");
	KEY("enc-nopass", "keys/ec256.pem", "keys/ec256-enc.pem", P, NULL);
	KEY("enc-wrongpass", "keys/ec256.pem", "keys/ec256-enc.pem", P, "nope");
	KEY("chain-cert", "chains/valid.pem", "keys/leaf-ec.key", P, NULL);
	KEY("mismatch", "keys/rsa.pem", "keys/ec256-sec1.pem", P, NULL);
	KEY("mismatch-rsa", "keys/rsa.pem", "keys/rsa-pss.key", P, NULL);
	KEY("nofile-cert", "keys/none.pem", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("nofile-key", "keys/rsa.pem", "keys/none.pem", P, NULL);
	KEY("malformed-cert", "keys/malformed.pem", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("garbage-cert", "keys/garbage.txt", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("garbage-key", "keys/rsa.pem", "keys/garbage.txt", P, NULL);
	KEY("truncated-der", "keys/truncated.der", "keys/rsa-pkcs1.der", D, NULL);
	KEY("der-as-pem", "keys/rsa.der", "keys/rsa-pkcs1.pem", P, NULL);
	KEY("pem-as-der", "keys/rsa.pem", "keys/rsa-pkcs1.der", D, NULL);
	KEY("der-key-as-pem", "keys/rsa.pem", "keys/rsa-pkcs1.der", P, NULL);
	KEY("garbage-key-der", "keys/rsa.der", "keys/garbage.txt", D, NULL);
	KEY("cert-as-key", "keys/rsa.pem", "keys/rsa.pem", P, NULL);
	{
		gnutls_certificate_credentials_t c = fresh(GNUTLS_CERTIFICATE_API_V2);
		int a = gnutls_certificate_set_x509_key_file2(c, "keys/rsa.pem", "keys/rsa-pkcs1.pem", P, NULL, 0);
		int b = gnutls_certificate_set_x509_key_file2(c, "keys/ec256.pem", "keys/ec256-sec1.pem", P, NULL, 0);
		int e = gnutls_certificate_set_x509_key_file2(c, "keys/rsa.pem", "keys/ec256-sec1.pem", P, NULL, 0);
		int d = gnutls_certificate_set_x509_key_file2(c, "keys/ed25519.pem", "keys/ed25519.key", P, NULL, 0);
		printf("apiv2 %d %d %d %d\n", a, b, e, d);
		gnutls_certificate_free_credentials(c);
	}
	TRUST("root", "chains/root.pem", P);
	TRUST("chain3", "chains/untrusted.pem", P);
	TRUST("der", "keys/rsa.der", D);
	TRUST("garbage", "keys/garbage.txt", P);
	TRUST("malformed", "keys/malformed.pem", P);
	TRUST("truncated-der", "keys/truncated.der", D);
	TRUST("nofile", "keys/none.pem", P);
	TRUST("key-file", "keys/rsa-pkcs1.pem", P);
	TRUST("empty", "/dev/null", P);
	{
		gnutls_certificate_credentials_t c = fresh(0);
		printf("trust-twice %d", gnutls_certificate_set_x509_trust_file(c, "chains/root.pem", P));
		printf(" %d\n", gnutls_certificate_set_x509_trust_file(c, "chains/root.pem", P));
		printf("crl %d\n", gnutls_certificate_set_x509_crl_file(c, "chains/inter.crl", P));
		printf("crl-garbage %d\n", gnutls_certificate_set_x509_crl_file(c, "keys/garbage.txt", P));
		printf("crl-nofile %d\n", gnutls_certificate_set_x509_crl_file(c, "keys/none", P));
		printf("crl-cert %d\n", gnutls_certificate_set_x509_crl_file(c, "chains/root.pem", P));
		printf("dir %d\n", gnutls_certificate_set_x509_trust_dir(c, "chains", P));
		printf("dir-none %d\n", gnutls_certificate_set_x509_trust_dir(c, "nodir", P));
		gnutls_certificate_free_credentials(c);
	}
	{
		gnutls_certificate_credentials_t c = fresh(0);
		printf("system %d\n", gnutls_certificate_set_x509_system_trust(c));
		gnutls_certificate_free_credentials(c);
	}
	return 0;
}
