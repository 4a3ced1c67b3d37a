/* TLS 1.3 early data (0-RTT): a resumed client sends early data, the server
 * (GNUTLS_ENABLE_EARLY_DATA, ticket key, anti-replay) reads it once; the
 * same first flight replayed to a new server session gets no early data
 * accepted. Certificates: tests/certs. */
#include <gnutls/gnutls.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct pipe_buf {
	unsigned char data[1 << 18];
	size_t len;
};

struct end {
	gnutls_session_t s;
	struct pipe_buf *in, *out;
};

static ssize_t push(gnutls_transport_ptr_t p, const void *buf, size_t n)
{
	struct end *e = p;
	if (n > sizeof(e->out->data) - e->out->len) {
		gnutls_transport_set_errno(e->s, EAGAIN);
		return -1;
	}
	memcpy(e->out->data + e->out->len, buf, n);
	e->out->len += n;
	return n;
}

static ssize_t pull(gnutls_transport_ptr_t p, void *buf, size_t n)
{
	struct end *e = p;
	if (e->in->len == 0) {
		gnutls_transport_set_errno(e->s, EAGAIN);
		return -1;
	}
	if (n > e->in->len)
		n = e->in->len;
	memcpy(buf, e->in->data, n);
	memmove(e->in->data, e->in->data + n, e->in->len - n);
	e->in->len -= n;
	return n;
}


static int adds, add_refused;
static gnutls_datum_t seen[8];

static int ar_add(void *p, time_t exp, const gnutls_datum_t *key, const gnutls_datum_t *data)
{
	(void)p, (void)exp, (void)data;
	adds++;
	for (int i = 0; i < 8; i++)
		if (seen[i].data && seen[i].size == key->size && memcmp(seen[i].data, key->data, key->size) == 0) {
			add_refused++;
			return GNUTLS_E_DB_ENTRY_EXISTS;
		}
	for (int i = 0; i < 8; i++)
		if (!seen[i].data) {
			seen[i].data = malloc(key->size);
			memcpy(seen[i].data, key->data, key->size);
			seen[i].size = key->size;
			break;
		}
	return 0;
}

static const char *cert_dir(void)
{
	const char *d = getenv("RGNUTLS_CERTS");
	return d ? d : "tests/certs/";
}

static gnutls_certificate_credentials_t ccred, scred;
static gnutls_datum_t ticket_key;
static gnutls_anti_replay_t ar;
static struct pipe_buf c2s, s2c;

static void server_init(struct end *srv)
{
	const char *err;
	gnutls_init(&srv->s, GNUTLS_SERVER | GNUTLS_NONBLOCK | GNUTLS_ENABLE_EARLY_DATA);
	gnutls_priority_set_direct(srv->s, "NORMAL:-VERS-ALL:+VERS-TLS1.3", &err);
	gnutls_credentials_set(srv->s, GNUTLS_CRD_CERTIFICATE, scred);
	gnutls_transport_set_ptr(srv->s, srv);
	gnutls_transport_set_push_function(srv->s, push);
	gnutls_transport_set_pull_function(srv->s, pull);
	gnutls_session_ticket_enable_server(srv->s, &ticket_key);
	gnutls_anti_replay_enable(srv->s, ar);
	printf("set max early: %d\n", gnutls_record_set_max_early_data_size(srv->s, 1024));
	printf("max early %zu\n", gnutls_record_get_max_early_data_size(srv->s));
}

/* Returns the client's first flight in *flight when asked. */
static int connect_once(gnutls_datum_t *in, gnutls_datum_t *out, const char *early, struct pipe_buf *flight)
{
	struct end cli = { 0 }, srv = { 0 };
	const char *err;
	int rc, rs, rounds = 0;
	char buf[128];
	ssize_t n;

	c2s.len = s2c.len = 0;
	cli.in = &s2c, cli.out = &c2s;
	srv.in = &c2s, srv.out = &s2c;
	gnutls_init(&cli.s, GNUTLS_CLIENT | GNUTLS_NONBLOCK);
	gnutls_priority_set_direct(cli.s, "NORMAL:-VERS-ALL:+VERS-TLS1.3", &err);
	gnutls_credentials_set(cli.s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_server_name_set(cli.s, GNUTLS_NAME_DNS, "www.example.com", 15);
	gnutls_transport_set_ptr(cli.s, &cli);
	gnutls_transport_set_push_function(cli.s, push);
	gnutls_transport_set_pull_function(cli.s, pull);
	server_init(&srv);
	if (in)
		printf("set_data: %d\n", gnutls_session_set_data(cli.s, in->data, in->size));
	if (early)
		printf("send early: %zd\n", gnutls_record_send_early_data(cli.s, early, strlen(early)));
	rc = gnutls_handshake(cli.s);
	if (flight)
		*flight = c2s;
	rs = GNUTLS_E_AGAIN;
	while ((rc == GNUTLS_E_AGAIN || rs == GNUTLS_E_AGAIN) && rounds++ < 100000) {
		if (rs == GNUTLS_E_AGAIN)
			rs = gnutls_handshake(srv.s);
		if (rc == GNUTLS_E_AGAIN)
			rc = gnutls_handshake(cli.s);
	}
	printf("handshake client %d server %d resumed %d\n", rc, rs, gnutls_session_is_resumed(cli.s));
	if (rc < 0 || rs < 0)
		return -1;
	n = gnutls_record_recv_early_data(srv.s, buf, sizeof buf);
	printf("server early data: %zd %.*s\n", n, n > 0 ? (int)n : 0, buf);
	printf("early flag client %d server %d\n", !!(gnutls_session_get_flags(cli.s) & GNUTLS_SFLAGS_EARLY_DATA),
	       !!(gnutls_session_get_flags(srv.s) & GNUTLS_SFLAGS_EARLY_DATA));
	printf("early prf hash client %d server %d, early cipher client %d server %d\n", gnutls_early_prf_hash_get(cli.s),
	       gnutls_early_prf_hash_get(srv.s), gnutls_early_cipher_get(cli.s), gnutls_early_cipher_get(srv.s));
	gnutls_record_send(srv.s, "ping", 4);
	do
		n = gnutls_record_recv(cli.s, buf, sizeof buf);
	while (n == GNUTLS_E_AGAIN);
	printf("client got %zd\n", n);
	if (out)
		printf("get_data2: %d\n", gnutls_session_get_data2(cli.s, out));
	gnutls_deinit(cli.s);
	gnutls_deinit(srv.s);
	return 0;
}

int main(void)
{
	char p1[512], p2[512];
	gnutls_datum_t d1 = { 0 }, d2 = { 0 };
	static struct pipe_buf flight;
	struct end srv = { 0 };
	char buf[128];
	int rs, rounds = 0;
	ssize_t n;

	gnutls_certificate_allocate_credentials(&ccred);
	gnutls_certificate_allocate_credentials(&scred);
	snprintf(p1, sizeof p1, "%schains/root.pem", cert_dir());
	gnutls_certificate_set_x509_trust_file(ccred, p1, GNUTLS_X509_FMT_PEM);
	snprintf(p1, sizeof p1, "%schains/valid.pem", cert_dir());
	snprintf(p2, sizeof p2, "%skeys/leaf-ec.key", cert_dir());
	gnutls_certificate_set_x509_key_file(scred, p1, p2, GNUTLS_X509_FMT_PEM);
	gnutls_session_ticket_key_generate(&ticket_key);
	printf("anti replay init: %d\n", gnutls_anti_replay_init(&ar));
	gnutls_anti_replay_set_add_function(ar, ar_add);
	gnutls_anti_replay_set_window(ar, 10000);

	printf("== full\n");
	connect_once(NULL, &d1, NULL, NULL);
	printf("== resumed with early data\n");
	connect_once(&d1, &d2, "early!", &flight);
	/* GnuTLS consults the add function once per early-data offer; ours once
	 * per stateful TLS 1.3 resumption. */
	printf("~adds %d refused %d\n", adds, add_refused);

	printf("== replayed first flight\n");
	c2s = flight;
	s2c.len = 0;
	srv.in = &c2s, srv.out = &s2c;
	server_init(&srv);
	do
		rs = gnutls_handshake(srv.s);
	while (rs == GNUTLS_E_AGAIN && c2s.len > 0 && rounds++ < 1000);
	/* the client is gone: the handshake cannot finish */
	printf("replay handshake %d\n", rs == GNUTLS_E_AGAIN ? rs : 1);
	n = gnutls_record_recv_early_data(srv.s, buf, sizeof buf);
	printf("replay early data accepted %d\n", n > 0);
	printf("~adds %d refused %d\n", adds, add_refused);
	gnutls_deinit(srv.s);

	gnutls_free(d1.data);
	gnutls_free(d2.data);
	gnutls_anti_replay_deinit(ar);
	gnutls_free(ticket_key.data);
	for (int i = 0; i < 8; i++)
		free(seen[i].data);
	gnutls_certificate_free_credentials(ccred);
	gnutls_certificate_free_credentials(scred);
	return 0;
}
