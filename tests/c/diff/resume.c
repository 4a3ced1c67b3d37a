/* Session resumption, client and server in one process over in-memory pipes:
 * - TLS 1.2 and TLS 1.3 through the server's db callbacks (an in-memory table),
 * - session tickets shared by two server sessions with one ticket key,
 * - expired entries and garbage from the retrieve callback (full handshakes).
 * Prints what the application observes; counts that legitimately differ from
 * GnuTLS are printed behind '~' (see the comments). Certificates: tests/certs. */
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

/* The server's session cache: a small table. */
#define SLOTS 16
struct db {
	gnutls_datum_t key[SLOTS], val[SLOTS];
	int stores, retrieves, hits, removes;
	int garbage;		/* retrieve returns garbage */
	size_t last_key_size;
};

static int db_store(void *p, gnutls_datum_t key, gnutls_datum_t val)
{
	struct db *d = p;
	d->stores++;
	d->last_key_size = key.size;
	for (int i = 0; i < SLOTS; i++)
		if (d->key[i].data == NULL) {
			d->key[i].data = malloc(key.size);
			memcpy(d->key[i].data, key.data, key.size);
			d->key[i].size = key.size;
			d->val[i].data = malloc(val.size);
			memcpy(d->val[i].data, val.data, val.size);
			d->val[i].size = val.size;
			return 0;
		}
	return -1;
}

static gnutls_datum_t db_retrieve(void *p, gnutls_datum_t key)
{
	struct db *d = p;
	gnutls_datum_t r = { NULL, 0 };
	d->retrieves++;
	if (d->garbage) {
		r.data = gnutls_malloc(37);
		for (int i = 0; i < 37; i++)
			r.data[i] = (unsigned char)(i * 13 + 1);
		r.size = 37;
		return r;
	}
	for (int i = 0; i < SLOTS; i++)
		if (d->key[i].data && d->key[i].size == key.size && memcmp(d->key[i].data, key.data, key.size) == 0) {
			r.data = gnutls_malloc(d->val[i].size);
			memcpy(r.data, d->val[i].data, d->val[i].size);
			r.size = d->val[i].size;
			d->hits++;
			return r;
		}
	return r;
}

static int db_remove(void *p, gnutls_datum_t key)
{
	struct db *d = p;
	d->removes++;
	for (int i = 0; i < SLOTS; i++)
		if (d->key[i].data && d->key[i].size == key.size && memcmp(d->key[i].data, key.data, key.size) == 0) {
			free(d->key[i].data);
			free(d->val[i].data);
			d->key[i].data = d->val[i].data = NULL;
			return 0;
		}
	return -1;
}

static void db_clear(struct db *d)
{
	for (int i = 0; i < SLOTS; i++) {
		free(d->key[i].data);
		free(d->val[i].data);
	}
	memset(d, 0, sizeof *d);
}

static const char *cert_dir(void)
{
	const char *d = getenv("RGNUTLS_CERTS");
	return d ? d : "tests/certs/";
}

static gnutls_certificate_credentials_t ccred, scred;
static gnutls_datum_t ticket_key;

struct opts {
	const char *prio;
	struct db *db;		/* server db callbacks, or NULL */
	int tickets;		/* server ticket key */
	int expire;		/* gnutls_db_set_cache_expiration, 0 = default */
	int loose_flags;	/* print the ticket flags behind '~' */
};

/* One connection; the client resumes `in` if given, and exports its session
 * data into `out`. Returns 1 when resumed, 0 when not, -1 on failure. */
static int connect_once(const struct opts *o, gnutls_datum_t *in, gnutls_datum_t *out)
{
	static struct pipe_buf c2s, s2c;
	struct end cli = { 0 }, srv = { 0 };
	const char *err;
	int rc, rs, rounds = 0, resumed;

	c2s.len = s2c.len = 0;
	cli.in = &s2c, cli.out = &c2s;
	srv.in = &c2s, srv.out = &s2c;
	gnutls_init(&cli.s, GNUTLS_CLIENT | GNUTLS_NONBLOCK);
	gnutls_init(&srv.s, GNUTLS_SERVER | GNUTLS_NONBLOCK);
	gnutls_priority_set_direct(cli.s, o->prio, &err);
	gnutls_priority_set_direct(srv.s, o->prio, &err);
	gnutls_credentials_set(cli.s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_credentials_set(srv.s, GNUTLS_CRD_CERTIFICATE, scred);
	gnutls_server_name_set(cli.s, GNUTLS_NAME_DNS, "www.example.com", 15);
	gnutls_transport_set_ptr(cli.s, &cli);
	gnutls_transport_set_ptr(srv.s, &srv);
	gnutls_transport_set_push_function(cli.s, push);
	gnutls_transport_set_pull_function(cli.s, pull);
	gnutls_transport_set_push_function(srv.s, push);
	gnutls_transport_set_pull_function(srv.s, pull);
	if (o->db) {
		gnutls_db_set_store_function(srv.s, db_store);
		gnutls_db_set_retrieve_function(srv.s, db_retrieve);
		gnutls_db_set_remove_function(srv.s, db_remove);
		gnutls_db_set_ptr(srv.s, o->db);
		if (gnutls_db_get_ptr(srv.s) != o->db)
			printf("db_get_ptr mismatch\n");
	}
	if (o->expire)
		gnutls_db_set_cache_expiration(srv.s, o->expire);
	if (o->tickets)
		printf("ticket enable server: %d\n", gnutls_session_ticket_enable_server(srv.s, &ticket_key));
	if (in)
		printf("set_data: %d\n", gnutls_session_set_data(cli.s, in->data, in->size));

	rc = rs = GNUTLS_E_AGAIN;
	while ((rc == GNUTLS_E_AGAIN || rs == GNUTLS_E_AGAIN) && rounds++ < 100000) {
		if (rc == GNUTLS_E_AGAIN)
			rc = gnutls_handshake(cli.s);
		if (rs == GNUTLS_E_AGAIN)
			rs = gnutls_handshake(srv.s);
	}
	printf("handshake client %d server %d\n", rc, rs);
	if (rc < 0 || rs < 0)
		return -1;
	resumed = gnutls_session_is_resumed(cli.s);
	printf("version %d resumed client %d server %d requested %d\n",
	       (int)gnutls_protocol_get_version(cli.s),
	       resumed, gnutls_session_is_resumed(srv.s),
	       gnutls_session_resumption_requested(srv.s));
	/* data both ways: the client reads the server's tickets on the way */
	{
		char buf[64];
		ssize_t n;
		gnutls_record_send(srv.s, "ping", 4);
		do
			n = gnutls_record_recv(cli.s, buf, sizeof buf);
		while (n == GNUTLS_E_AGAIN);
		printf("client got %zd\n", n);
		gnutls_record_send(cli.s, "pong", 4);
		do
			n = gnutls_record_recv(srv.s, buf, sizeof buf);
		while (n == GNUTLS_E_AGAIN);
		printf("server got %zd\n", n);
	}
	{
		unsigned cf = gnutls_session_get_flags(cli.s), sf = gnutls_session_get_flags(srv.s);
		printf("%sticket flag client %d server %d\n", o->loose_flags ? "~" : "", !!(cf & GNUTLS_SFLAGS_SESSION_TICKET),
		       !!(sf & GNUTLS_SFLAGS_SESSION_TICKET));
	}
	{
		gnutls_datum_t id = { 0 };
		unsigned char idbuf[64];
		size_t idsz = sizeof idbuf;
		rc = gnutls_session_get_id2(srv.s, &id);
		/* TLS 1.3 session IDs are the client's random legacy value. */
		printf("~server id2 %d size %u\n", rc, id.size);
		rc = gnutls_session_get_id(cli.s, idbuf, &idsz);
		printf("~client id %d size %zu\n", rc, idsz);
	}
	if (out) {
		rc = gnutls_session_get_data2(cli.s, out);
		printf("get_data2: %d nonempty %d\n", rc, rc == 0 && out->size > 0);
		/* the blob's size is ours to choose */
		printf("~data size %u\n", out->size);
		{
			size_t sz = 0;
			rc = gnutls_session_get_data(cli.s, NULL, &sz);
			printf("get_data size query: %d same %d\n", rc, sz == out->size);
		}
	}
	gnutls_deinit(cli.s);
	gnutls_deinit(srv.s);
	return resumed;
}

static void db_report(const char *what, struct db *d)
{
	/* GnuTLS stores once per full TLS 1.2 handshake; counts for TLS 1.3 are
	 * engine-specific (see scenario comments) so they are printed behind '~'. */
	printf("%s: stores>0 %d hits>0 %d\n", what, d->stores > 0, d->hits > 0);
	printf("~%s: stores %d retrieves %d hits %d removes %d key size %zu\n", what, d->stores, d->retrieves,
	       d->hits, d->removes, d->last_key_size);
}

static void scenario(const char *name, struct opts *o, int garbage_second, int sleep_s)
{
	gnutls_datum_t data = { NULL, 0 }, data2 = { NULL, 0 };
	int r;
	printf("== %s\n", name);
	if (connect_once(o, NULL, &data) < 0)
		return;
	if (sleep_s)
		sleep(sleep_s);
	if (o->db && garbage_second)
		o->db->garbage = 1;
	r = connect_once(o, &data, &data2);
	printf("%s: second connection resumed %d\n", name, r);
	if (o->db)
		db_report(name, o->db);
	gnutls_free(data.data);
	gnutls_free(data2.data);
}

int main(void)
{
	char p1[512], p2[512];
	struct db db;
	struct opts o;

	gnutls_certificate_allocate_credentials(&ccred);
	gnutls_certificate_allocate_credentials(&scred);
	snprintf(p1, sizeof p1, "%schains/root.pem", cert_dir());
	gnutls_certificate_set_x509_trust_file(ccred, p1, GNUTLS_X509_FMT_PEM);
	snprintf(p1, sizeof p1, "%schains/valid.pem", cert_dir());
	snprintf(p2, sizeof p2, "%skeys/leaf-ec.key", cert_dir());
	gnutls_certificate_set_x509_key_file(scred, p1, p2, GNUTLS_X509_FMT_PEM);
	printf("key generate: %d\n", gnutls_session_ticket_key_generate(&ticket_key));
	printf("key size %u\n", ticket_key.size);
	printf("default expiration %u\n", gnutls_db_get_default_cache_expiration());

	{
		/* API edges: data that is not session data, an empty datum, data
		 * before any handshake, entries the db check functions cannot read */
		gnutls_session_t s;
		gnutls_datum_t d = { NULL, 0 }, e = { (unsigned char *)"xx", 2 };
		gnutls_init(&s, GNUTLS_CLIENT);
		printf("set_data garbage %d\n", gnutls_session_set_data(s, "garbage-bytes-here", 18));
		printf("set_data empty %d\n", gnutls_session_set_data(s, "", 0));
		printf("get_data2 before handshake %d\n", gnutls_session_get_data2(s, &d));
		printf("entry time %ld expire %ld\n", (long)gnutls_db_check_entry_time(&e),
		       (long)gnutls_db_check_entry_expire_time(&e));
		printf("client resumption requested %d\n", gnutls_session_resumption_requested(s));
		gnutls_deinit(s);
	}

	memset(&db, 0, sizeof db);
	o = (struct opts){ "NORMAL:-VERS-ALL:+VERS-TLS1.2:%NO_TICKETS", &db, 0, 0 };
	scenario("tls12 db", &o, 0, 0);
	db_clear(&db);

	o = (struct opts){ "NORMAL:-VERS-ALL:+VERS-TLS1.2", NULL, 1, 0 };
	scenario("tls12 ticket", &o, 0, 0);

	o = (struct opts){ "NORMAL:-VERS-ALL:+VERS-TLS1.3", NULL, 1, 0 };
	scenario("tls13 ticket", &o, 0, 0);

	o = (struct opts){ "NORMAL:-VERS-ALL:+VERS-TLS1.2:%NO_TICKETS", &db, 0, 0 };
	scenario("tls12 db garbage", &o, 1, 0);
	db_clear(&db);

	o = (struct opts){ "NORMAL:-VERS-ALL:+VERS-TLS1.2:%NO_TICKETS", &db, 0, 1 };
	scenario("tls12 db expired", &o, 0, 3);
	db_clear(&db);

	o = (struct opts){ "NORMAL:-VERS-ALL:+VERS-TLS1.3", NULL, 0, 0 };
	scenario("tls13 no key", &o, 0, 0);

	/* %NO_TICKETS: GnuTLS still sends TLS 1.3 tickets (and the client then
	 * ignores them); rustls has one ticketer for TLS 1.2 and 1.3, so ours
	 * sends none. Either way nothing resumes: the flags go behind '~'. */
	o = (struct opts){ "NORMAL:-VERS-ALL:+VERS-TLS1.3:%NO_TICKETS", NULL, 1, 0, 1 };
	scenario("tls13 no tickets", &o, 0, 0);

	o = (struct opts){ "NORMAL:-VERS-ALL:+VERS-TLS1.3", &db, 0, 0 };
	scenario("tls13 db", &o, 0, 0);
	db_clear(&db);

	gnutls_free(ticket_key.data);
	gnutls_certificate_free_credentials(ccred);
	gnutls_certificate_free_credentials(scred);
	return 0;
}
