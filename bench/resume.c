/* bench/resume.c: resumed handshakes per second, client and server in one
 * process over in-memory pipes: TLS 1.3 with session tickets (ticket key),
 * TLS 1.2 with session-ID resumption through the db callbacks.
 * Usage: resume [ITERATIONS]. Prints "<case> <handshakes/s>". */
#include <gnutls/gnutls.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct pipe_buf { unsigned char data[1 << 17]; size_t len; };
struct end { gnutls_session_t s; struct pipe_buf *in, *out; };

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

/* one-entry-per-slot session cache */
#define SLOTS 64
static gnutls_datum_t keys[SLOTS], vals[SLOTS];
static int next_slot;

static int db_store(void *p, gnutls_datum_t k, gnutls_datum_t v)
{
	int i = next_slot++ % SLOTS;
	(void)p;
	free(keys[i].data);
	free(vals[i].data);
	keys[i].data = malloc(k.size), keys[i].size = k.size;
	memcpy(keys[i].data, k.data, k.size);
	vals[i].data = malloc(v.size), vals[i].size = v.size;
	memcpy(vals[i].data, v.data, v.size);
	return 0;
}

static gnutls_datum_t db_retrieve(void *p, gnutls_datum_t k)
{
	gnutls_datum_t r = { NULL, 0 };
	(void)p;
	for (int i = 0; i < SLOTS; i++)
		if (keys[i].data && keys[i].size == k.size && !memcmp(keys[i].data, k.data, k.size)) {
			r.data = gnutls_malloc(vals[i].size);
			memcpy(r.data, vals[i].data, vals[i].size);
			r.size = vals[i].size;
		}
	return r;
}

static int db_remove(void *p, gnutls_datum_t k)
{
	(void)p, (void)k;
	return 0;
}

static gnutls_certificate_credentials_t ccred, scred;
static gnutls_datum_t tkey;

static int once(const char *prio, int tickets, gnutls_datum_t *data)
{
	static struct pipe_buf c2s, s2c;
	struct end cli = { 0 }, srv = { 0 };
	int rc = GNUTLS_E_AGAIN, rs = GNUTLS_E_AGAIN, resumed;
	char b[8];
	c2s.len = s2c.len = 0;
	cli.in = &s2c, cli.out = &c2s, srv.in = &c2s, srv.out = &s2c;
	gnutls_init(&cli.s, GNUTLS_CLIENT | GNUTLS_NONBLOCK);
	gnutls_init(&srv.s, GNUTLS_SERVER | GNUTLS_NONBLOCK);
	gnutls_priority_set_direct(cli.s, prio, NULL);
	gnutls_priority_set_direct(srv.s, prio, NULL);
	gnutls_credentials_set(cli.s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_credentials_set(srv.s, GNUTLS_CRD_CERTIFICATE, scred);
	gnutls_server_name_set(cli.s, GNUTLS_NAME_DNS, "www.example.com", 15);
	gnutls_transport_set_ptr(cli.s, &cli);
	gnutls_transport_set_ptr(srv.s, &srv);
	gnutls_transport_set_push_function(cli.s, push);
	gnutls_transport_set_pull_function(cli.s, pull);
	gnutls_transport_set_push_function(srv.s, push);
	gnutls_transport_set_pull_function(srv.s, pull);
	if (tickets)
		gnutls_session_ticket_enable_server(srv.s, &tkey);
	else {
		gnutls_db_set_store_function(srv.s, db_store);
		gnutls_db_set_retrieve_function(srv.s, db_retrieve);
		gnutls_db_set_remove_function(srv.s, db_remove);
	}
	if (data->data)
		gnutls_session_set_data(cli.s, data->data, data->size);
	while (rc == GNUTLS_E_AGAIN || rs == GNUTLS_E_AGAIN) {
		if (rc == GNUTLS_E_AGAIN)
			rc = gnutls_handshake(cli.s);
		if (rs == GNUTLS_E_AGAIN)
			rs = gnutls_handshake(srv.s);
	}
	resumed = rc == 0 && rs == 0 && gnutls_session_is_resumed(cli.s);
	if (rc == 0 && rs == 0) {
		ssize_t n;
		gnutls_record_send(srv.s, "x", 1);
		do
			n = gnutls_record_recv(cli.s, b, sizeof b);
		while (n == GNUTLS_E_AGAIN);
		/* each resumption takes fresh data (TLS 1.3 tickets are single-use) */
		gnutls_free(data->data);
		data->data = NULL;
		gnutls_session_get_data2(cli.s, data);
	}
	gnutls_deinit(cli.s);
	gnutls_deinit(srv.s);
	return rc < 0 || rs < 0 ? -1 : resumed;
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static void run(const char *name, const char *prio, int tickets, int n)
{
	gnutls_datum_t data = { NULL, 0 };
	int resumed = 0;
	double t0;
	once(prio, tickets, &data);	/* full handshake to get a session */
	t0 = now();
	for (int i = 0; i < n; i++)
		resumed += once(prio, tickets, &data) == 1;
	printf("%s %.0f resumed %d/%d\n", name, n / (now() - t0), resumed, n);
	gnutls_free(data.data);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 200;
	const char *d = getenv("RGNUTLS_CERTS");
	char p1[512], p2[512];
	d = d ? d : "tests/certs/";
	gnutls_certificate_allocate_credentials(&ccred);
	gnutls_certificate_allocate_credentials(&scred);
	snprintf(p1, sizeof p1, "%schains/root.pem", d);
	gnutls_certificate_set_x509_trust_file(ccred, p1, GNUTLS_X509_FMT_PEM);
	snprintf(p1, sizeof p1, "%schains/valid.pem", d);
	snprintf(p2, sizeof p2, "%skeys/leaf-ec.key", d);
	gnutls_certificate_set_x509_key_file(scred, p1, p2, GNUTLS_X509_FMT_PEM);
	gnutls_session_ticket_key_generate(&tkey);
	run("tls13-tickets", "NORMAL:-VERS-ALL:+VERS-TLS1.3", 1, n);
	run("tls12-db", "NORMAL:-VERS-ALL:+VERS-TLS1.2:%NO_TICKETS", 0, n);
	return 0;
}
