/* Server OCSP staples from files and memory: which responses
 * gnutls_certificate_set_ocsp_status_request_file / _file2 / _mem accept
 * for a key pair (those about its certificate), which they refuse as a
 * mismatch or as undecodable, and a missing file or key pair; and what
 * gnutls_certificate_get_ocsp_expiration reports before and after (the
 * nextUpdate; 15 days from the application's clock without one; -1 for a
 * position without a response; -2 out of range). */
#include <gnutls/gnutls.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* The application's clock (nonext.der was produced at 1795797164). */
static time_t app_now;

static time_t app_clock(time_t *t)
{
	if (t)
		*t = app_now;
	return app_now;
}

static void expirations(const char *when, gnutls_certificate_credentials_t c, int idx)
{
	for (int o = -3; o <= 2; o++)
		printf("%s: expiration of pair %d, response %d: %ld\n", when, idx, o,
		       (long)gnutls_certificate_get_ocsp_expiration(c, idx, o, 0));
	printf("%s: expiration of pair %d: %ld\n", when, idx + 1,
	       (long)gnutls_certificate_get_ocsp_expiration(c, idx + 1, 0, 0));
}

/* Two calls may be live at once (a key file and its certificate). */
static const char *path(const char *rel)
{
	static char bufs[2][1024];
	static int which;
	char *buf = bufs[which ^= 1];
	const char *base = getenv("RGNUTLS_CERTS");
	snprintf(buf, sizeof bufs[0], "%s%s", base ? base : "tests/certs/", rel);
	return buf;
}

int main(void)
{
	static const char *files[] = { "ocsp/good.der", "ocsp/good-nonce.der", "ocsp/keyid.der", "ocsp/delegated.der",
				       "ocsp/badsig.der", "ocsp/badsigner.der", "ocsp/badcert.der", "ocsp/revoked.der",
				       "ocsp/unknown.der", "ocsp/trylater.der", "ocsp/malformed-status.der", "ocsp/req.der",
				       "ocsp/server.pem", "ocsp/missing.der", NULL };
	gnutls_certificate_credentials_t c;
	gnutls_global_init();
	gnutls_certificate_allocate_credentials(&c);
	gnutls_certificate_set_flags(c, GNUTLS_CERTIFICATE_API_V2);
	int idx = gnutls_certificate_set_x509_key_file(c, path("ocsp/server.pem"), path("ocsp/server.key"),
						       GNUTLS_X509_FMT_PEM);
	printf("key pair %d\n", idx);
	expirations("none set", c, idx);
	for (int i = 0; files[i]; i++)
		printf("file %s: %s\n", files[i],
		       gnutls_strerror_name(gnutls_certificate_set_ocsp_status_request_file(c, path(files[i]), idx)));
	printf("pem as pem: %d\n", (gnutls_certificate_set_ocsp_status_request_file2(
					   c, path("ocsp/good.pem"), idx, GNUTLS_X509_FMT_PEM)));
	printf("der as pem: %s\n", gnutls_strerror_name(gnutls_certificate_set_ocsp_status_request_file2(
					   c, path("ocsp/good.der"), idx, GNUTLS_X509_FMT_PEM)));
	printf("no such pair: %s\n", gnutls_strerror_name(gnutls_certificate_set_ocsp_status_request_file(
					     c, path("ocsp/good.der"), idx + 3)));
	gnutls_datum_t d;
	if (gnutls_load_file(path("ocsp/good.der"), &d) == 0) {
		printf("mem: %d\n", (gnutls_certificate_set_ocsp_status_request_mem(c, &d, idx,
													 GNUTLS_X509_FMT_DER)));
		d.size /= 2;
		printf("mem truncated: %s\n", gnutls_strerror_name(gnutls_certificate_set_ocsp_status_request_mem(
						      c, &d, idx, GNUTLS_X509_FMT_DER)));
		gnutls_free(d.data);
	}
	expirations("after", c, idx);
	gnutls_global_set_time_function(app_clock);
	static const struct {
		const char *what, *file;
		time_t now;
	} later[] = {
		{ "without nextUpdate, a day on", "ocsp/nonext.der", 1795797164 + 86400 },
		{ "without nextUpdate, a year on", "ocsp/nonext.der", 1795797164 + 365 * 86400 },
		{ "good, after its nextUpdate", "ocsp/good.der", 2426499337 + 10 },
		{ "good, in 2030", "ocsp/good.der", 1900000000 },
		{ "without nextUpdate, 14 days on", "ocsp/nonext.der", 1795797164 + 14 * 86400 },
	};
	for (unsigned i = 0; i < sizeof later / sizeof later[0]; i++) {
		app_now = later[i].now;
		printf("%s: %s\n", later[i].what, gnutls_strerror_name(gnutls_certificate_set_ocsp_status_request_file(
							     c, path(later[i].file), idx)));
		expirations(later[i].what, c, idx);
	}
	gnutls_certificate_free_credentials(c);
	gnutls_global_deinit();
	return 0;
}
