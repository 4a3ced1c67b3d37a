/* One thread receives while another sends on the same session (GnuTLS allows
 * it), over a blocking socketpair; a server thread echoes. With a lock held
 * across a blocking read this deadlocks; the run is bounded by alarm(). */
#include <gnutls/gnutls.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MSGS 50
#define LEN 1000

static gnutls_certificate_credentials_t scred, ccred;
static const char *certs;

static void *server(void *arg)
{
	gnutls_session_t s;
	char buf[4096];
	ssize_t n;
	gnutls_init(&s, GNUTLS_SERVER);
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred);
	gnutls_transport_set_int(s, *(int *)arg);
	if (gnutls_handshake(s) < 0)
		return NULL;
	while ((n = gnutls_record_recv(s, buf, sizeof buf)) > 0)
		for (ssize_t off = 0; off < n;) {
			ssize_t w = gnutls_record_send(s, buf + off, n - off);
			if (w < 0)
				return NULL;
			off += w;
		}
	gnutls_bye(s, GNUTLS_SHUT_WR);
	gnutls_deinit(s);
	return NULL;
}

static void *reader(void *arg)
{
	gnutls_session_t s = arg;
	static char buf[MSGS * LEN];
	size_t have = 0;
	ssize_t n;
	while (have < sizeof buf && (n = gnutls_record_recv(s, buf + have, sizeof buf - have)) > 0)
		have += n;
	printf("reader got %zu bytes\n", have);
	return NULL;
}

int main(void)
{
	int sv[2];
	pthread_t st, rt;
	gnutls_session_t c;
	char path1[512], path2[512], msg[LEN];

	alarm(60);
	certs = getenv("RGNUTLS_CERTS") ? getenv("RGNUTLS_CERTS") : "tests/certs/";
	gnutls_certificate_allocate_credentials(&scred);
	gnutls_certificate_allocate_credentials(&ccred);
	snprintf(path1, sizeof path1, "%schains/valid.pem", certs);
	snprintf(path2, sizeof path2, "%skeys/leaf-ec.key", certs);
	gnutls_certificate_set_x509_key_file(scred, path1, path2, GNUTLS_X509_FMT_PEM);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	pthread_create(&st, NULL, server, &sv[1]);

	gnutls_init(&c, GNUTLS_CLIENT);
	gnutls_set_default_priority(c);
	gnutls_credentials_set(c, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_transport_set_int(c, sv[0]);
	printf("handshake %d\n", gnutls_handshake(c));
	pthread_create(&rt, NULL, reader, c);
	usleep(100000);		/* let the reader block in recv first */
	memset(msg, 'x', sizeof msg);
	for (int i = 0; i < MSGS; i++)
		if (gnutls_record_send(c, msg, sizeof msg) != LEN)
			printf("send %d failed\n", i);
	pthread_join(rt, NULL);
	printf("bye %d\n", gnutls_bye(c, GNUTLS_SHUT_WR));
	pthread_join(st, NULL);
	gnutls_deinit(c);
	return 0;
}
