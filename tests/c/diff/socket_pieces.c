/* The default socket transport receiving records that arrive in pieces:
 * the server's push writes 700 bytes at a time with pauses, so a 16 KiB
 * record reaches the client over many reads. The client reads a blocking
 * and then a non-blocking socket (GNUTLS_E_AGAIN, poll, again) and must get
 * every byte, in order; also the handshake over the same slow pipe. */
#include <gnutls/gnutls.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define RECORDS 4
#define REC 16384

static const char *path(const char *rel)
{
	static char buf[2][1024];
	static int i;
	const char *base = getenv("RGNUTLS_CERTS");
	char *b = buf[i ^= 1];
	snprintf(b, sizeof buf[0], "%s%s", base ? base : "tests/certs/", rel);
	return b;
}

static int fds[2];

/* Slow writes: 700 bytes, then a pause. */
static ssize_t slow_push(gnutls_transport_ptr_t p, const void *data, size_t len)
{
	int fd = (int)(long)p;
	size_t n = len < 700 ? len : 700;
	usleep(200);
	return send(fd, data, n, MSG_NOSIGNAL);
}

static void *server(void *arg)
{
	(void)arg;
	gnutls_certificate_credentials_t c;
	gnutls_session_t s;
	gnutls_certificate_allocate_credentials(&c);
	gnutls_certificate_set_x509_key_file(c, path("chains/valid.pem"), path("keys/leaf-ec.key"), GNUTLS_X509_FMT_PEM);
	gnutls_init(&s, GNUTLS_SERVER);
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, c);
	gnutls_transport_set_int(s, fds[0]);
	gnutls_transport_set_push_function(s, slow_push);
	int r;
	do
		r = gnutls_handshake(s);
	while (r < 0 && !gnutls_error_is_fatal(r));
	static unsigned char data[REC];
	for (int k = 0; k < 2 * RECORDS && r == 0; k++) {
		memset(data, 'a' + k, sizeof data);
		for (size_t off = 0; off < sizeof data;) {
			ssize_t w = gnutls_record_send(s, data + off, sizeof data - off);
			if (w < 0) {
				r = (int)w;
				break;
			}
			off += (size_t)w;
		}
	}
	gnutls_bye(s, GNUTLS_SHUT_WR);
	gnutls_deinit(s);
	gnutls_certificate_free_credentials(c);
	return NULL;
}

/* Reads `want` bytes; on a non-blocking socket waits with poll after AGAIN. */
static long read_all(gnutls_session_t s, size_t want, unsigned *sum, int *agains)
{
	static unsigned char buf[REC];
	size_t got = 0;
	while (got < want) {
		ssize_t n = gnutls_record_recv(s, buf, sizeof buf);
		if (n == GNUTLS_E_AGAIN) {
			struct pollfd p = { fds[1], POLLIN, 0 };
			poll(&p, 1, 5000);
			(*agains)++;
			continue;
		}
		if (n <= 0)
			return n;
		for (ssize_t i = 0; i < n; i++)
			*sum = *sum * 31 + buf[i];
		got += (size_t)n;
	}
	return (long)got;
}

int main(void)
{
	signal(SIGPIPE, SIG_IGN);
	alarm(60);
	gnutls_global_init();
	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	pthread_t t;
	pthread_create(&t, NULL, server, NULL);
	gnutls_certificate_credentials_t c;
	gnutls_session_t s;
	gnutls_certificate_allocate_credentials(&c);
	gnutls_init(&s, GNUTLS_CLIENT);
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, c);
	gnutls_transport_set_int(s, fds[1]);
	int r;
	do
		r = gnutls_handshake(s);
	while (r < 0 && !gnutls_error_is_fatal(r));
	printf("handshake %d\n", r);
	unsigned sum = 0;
	int agains = 0;
	long got = read_all(s, (size_t)RECORDS * REC, &sum, &agains);
	printf("blocking: %ld bytes, sum %08x\n", got, sum);
	fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK);
	sum = 0;
	got = read_all(s, (size_t)RECORDS * REC, &sum, &agains);
	printf("non-blocking: %ld bytes, sum %08x, waited: %s\n", got, sum, agains > 0 ? "yes" : "no");
	static unsigned char tail[16];
	ssize_t n;
	do {
		struct pollfd p = { fds[1], POLLIN, 0 };
		poll(&p, 1, 5000);
		n = gnutls_record_recv(s, tail, sizeof tail);
	} while (n == GNUTLS_E_AGAIN);
	printf("after the data: %zd\n", n);
	pthread_join(t, NULL);
	gnutls_deinit(s);
	gnutls_certificate_free_credentials(c);
	gnutls_global_deinit();
	return 0;
}
