/* A client and a server session in one process, over a socketpair, the
 * server in a thread. Each side is configured by a setup function; after
 * its handshake each side runs an inspect function (still in its thread)
 * that records what it saw into a buffer, printed by pair_run after both
 * have finished, so the output does not depend on thread scheduling.
 * Blocking I/O; alarm() bounds a hung test. */
#ifndef TLS_PAIR_H
#define TLS_PAIR_H
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct pair_side {
	const char *name;
	void (*setup)(gnutls_session_t s, void *arg);
	void (*inspect)(gnutls_session_t s, int hs, void *arg);
	void *arg;
	/* server: read until the client closes and report the total, instead
	 * of one read (for tests whose client sends more than one record) */
	int drain;
	/* extra gnutls_init flags (GNUTLS_ENABLE_RAWPK, GNUTLS_FORCE_CLIENT_CERT...) */
	unsigned init_flags;
	int fd;
	int hs;
	char log[4096];
	size_t log_len;
};

/* Records a line for the side whose thread is running. */
static __thread struct pair_side *pair_current;

static inline void note(const char *fmt, ...)
{
	va_list ap;
	struct pair_side *p = pair_current;
	if (!p) {
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
		return;
	}
	va_start(ap, fmt);
	int n = vsnprintf(p->log + p->log_len, sizeof p->log - p->log_len, fmt, ap);
	va_end(ap);
	if (n > 0)
		p->log_len += (size_t)n < sizeof p->log - p->log_len ? (size_t)n : sizeof p->log - p->log_len - 1;
}

static inline const char *cert_path(const char *rel)
{
	static __thread char buf[4][512];
	static __thread int i;
	const char *d = getenv("RGNUTLS_CERTS");
	char *b = buf[i++ & 3];
	snprintf(b, sizeof buf[0], "%s%s", d ? d : "tests/certs/", rel);
	return b;
}

static void *pair_side_run(void *arg)
{
	struct pair_side *p = arg;
	gnutls_session_t s;
	char buf[64];
	pair_current = p;
	gnutls_init(&s, (strcmp(p->name, "server") == 0 ? GNUTLS_SERVER : GNUTLS_CLIENT) | p->init_flags);
	gnutls_transport_set_int(s, p->fd);
	p->setup(s, p->arg);
	do {
		p->hs = gnutls_handshake(s);
	} while (p->hs < 0 && gnutls_error_is_fatal(p->hs) == 0);
	if (p->inspect)
		p->inspect(s, p->hs, p->arg);
	if (p->hs == 0) {
		if (strcmp(p->name, "server") == 0) {
			/* wait for the client's data or its close */
			ssize_t r = gnutls_record_recv(s, buf, sizeof buf);
			if (p->drain) {
				ssize_t total = 0;
				while (r > 0) {
					total += r;
					r = gnutls_record_recv(s, buf, sizeof buf);
				}
				note("server received %zd bytes, then %s\n", total, r == 0 ? "close" : "an error");
			} else
				note("server recv %zd\n", r < 0 ? (ssize_t)-1 : r);
		} else {
			/* not printed: it races with a server that failed after
			 * the client's side of a TLS 1.3 handshake was done */
			gnutls_record_send(s, "ping", 4);
			gnutls_bye(s, GNUTLS_SHUT_WR);
		}
	}
	/* unblock the peer if we failed */
	shutdown(p->fd, SHUT_RDWR);
	gnutls_deinit(s);
	pair_current = NULL;
	return NULL;
}

/* Runs one connection and prints both logs: server first, then client. */
static void pair_run(const char *title, struct pair_side *server, struct pair_side *client)
{
	int sv[2];
	pthread_t st, ct;
	printf("== %s\n", title);
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0)
		exit(2);
	server->name = "server";
	client->name = "client";
	server->fd = sv[1];
	client->fd = sv[0];
	server->log_len = client->log_len = 0;
	server->log[0] = client->log[0] = 0;
	pthread_create(&st, NULL, pair_side_run, server);
	pthread_create(&ct, NULL, pair_side_run, client);
	pthread_join(st, NULL);
	pthread_join(ct, NULL);
	close(sv[0]);
	close(sv[1]);
	fputs(server->log, stdout);
	fputs(client->log, stdout);
}

/* The DN of the peer's first certificate, or "-". */
static inline void peer_dn(gnutls_session_t s, char *out, size_t out_size)
{
	unsigned n = 0;
	const gnutls_datum_t *certs = gnutls_certificate_get_peers(s, &n);
	gnutls_x509_crt_t crt;
	size_t size = out_size;
	snprintf(out, out_size, "-");
	if (!certs || n == 0)
		return;
	gnutls_x509_crt_init(&crt);
	if (gnutls_x509_crt_import(crt, &certs[0], GNUTLS_X509_FMT_DER) < 0 ||
	    gnutls_x509_crt_get_dn(crt, out, &size) < 0)
		snprintf(out, out_size, "?");
	gnutls_x509_crt_deinit(crt);
}
#endif
