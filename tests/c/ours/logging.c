/* Logging: the application's log function receives our lines and the TLS
 * engine's at the levels set by gnutls_global_set_log_level, nothing at level
 * 0, and GNUTLS_DEBUG_LEVEL (read at load) sets the level. */
#include <gnutls/gnutls.h>
#include <gnutls/dtls.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <fcntl.h>

static int lines, engine_lines, max_level;
static void log_func(int level, const char *msg)
{
	lines++;
	if (level > max_level)
		max_level = level;
	if (strstr(msg, "rustls"))
		engine_lines++;
}

static int handshake_pair(void)
{
	gnutls_certificate_credentials_t sc, cc;
	gnutls_session_t c, s;
	int sv[2], rc = GNUTLS_E_AGAIN, rs = GNUTLS_E_AGAIN, i;
	char p1[512], p2[512];
	const char *certs = getenv("RGNUTLS_CERTS") ? getenv("RGNUTLS_CERTS") : "tests/certs/";
	gnutls_certificate_allocate_credentials(&sc);
	gnutls_certificate_allocate_credentials(&cc);
	snprintf(p1, sizeof p1, "%schains/valid.pem", certs);
	snprintf(p2, sizeof p2, "%skeys/leaf-ec.key", certs);
	gnutls_certificate_set_x509_key_file(sc, p1, p2, GNUTLS_X509_FMT_PEM);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	fcntl(sv[0], F_SETFL, O_NONBLOCK);
	fcntl(sv[1], F_SETFL, O_NONBLOCK);
	gnutls_init(&c, GNUTLS_CLIENT | GNUTLS_NONBLOCK);
	gnutls_init(&s, GNUTLS_SERVER | GNUTLS_NONBLOCK);
	gnutls_set_default_priority(c);
	gnutls_set_default_priority(s);
	gnutls_credentials_set(c, GNUTLS_CRD_CERTIFICATE, cc);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, sc);
	gnutls_transport_set_int(c, sv[0]);
	gnutls_transport_set_int(s, sv[1]);
	/* socketpair ends are blocking; alternate with small steps */
	for (i = 0; i < 100000 && (rc < 0 || rs < 0); i++) {
		if (rc < 0)
			rc = gnutls_handshake(c);
		if (rs < 0)
			rs = gnutls_handshake(s);
	}
	gnutls_deinit(c);
	gnutls_deinit(s);
	gnutls_certificate_free_credentials(sc);
	gnutls_certificate_free_credentials(cc);
	return rc == 0 && rs == 0;
}

int main(void)
{
	int fails = 0;
	gnutls_global_set_log_function(log_func);
	gnutls_global_set_log_level(0);
	gnutls_srp_allocate_server_credentials(NULL);	/* a stub: logs at level 1 */
	if (lines != 0) {
		printf("level 0 logged %d lines\n", lines);
		fails++;
	}
	gnutls_global_set_log_level(9);
	if (!handshake_pair()) {
		printf("handshake failed\n");
		fails++;
	}
	if (engine_lines == 0 || max_level < 5) {
		printf("level 9: %d lines, %d from the engine, max level %d\n", lines, engine_lines, max_level);
		fails++;
	}
	gnutls_global_set_log_level(1);
	lines = 0;
	gnutls_dtls_set_mtu(NULL, 1000);	/* another stub: logs once at level 1 */
	gnutls_dtls_set_mtu(NULL, 1000);
	if (lines != 1) {
		printf("stub logged %d lines at level 1\n", lines);
		fails++;
	}
	printf("%s\n", fails ? "FAILED" : "ok");
	return fails != 0;
}
