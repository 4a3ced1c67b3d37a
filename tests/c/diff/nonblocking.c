/* Client and server sessions in one process over an in-memory transport that
 * makes progress one byte at a time and returns EAGAIN at every possible
 * boundary: handshake, data both ways and bye must all get through, for
 * TLS 1.2 and TLS 1.3. Prints what the application can observe, for
 * comparison with the real libgnutls. Certificates: tests/certs. */
#include <gnutls/gnutls.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


struct pipe_buf {
	unsigned char data[1 << 20];
	size_t len;
};

struct end {
	gnutls_session_t s;
	struct pipe_buf *in, *out;
	int tick;		/* alternates: every other call blocks */
};

static ssize_t push(gnutls_transport_ptr_t p, const void *buf, size_t n)
{
	struct end *e = p;
	if (n == 0)
		return 0;
	if ((e->tick++ & 1) == 0) {
		gnutls_transport_set_errno(e->s, EAGAIN);
		return -1;
	}
	if (e->out->len == sizeof(e->out->data)) {
		gnutls_transport_set_errno(e->s, EAGAIN);
		return -1;
	}
	e->out->data[e->out->len++] = *(const unsigned char *)buf;
	return 1;
}

static ssize_t pull(gnutls_transport_ptr_t p, void *buf, size_t n)
{
	struct end *e = p;
	if (n == 0)
		return 0;
	if ((e->tick++ & 1) == 0 || e->in->len == 0) {
		gnutls_transport_set_errno(e->s, EAGAIN);
		return -1;
	}
	*(unsigned char *)buf = e->in->data[0];
	memmove(e->in->data, e->in->data + 1, --e->in->len);
	return 1;
}

static const char *cert_dir(void)
{
	const char *d = getenv("RGNUTLS_CERTS");
	return d ? d : "tests/certs/";
}

static void setup(struct end *e, unsigned flags, gnutls_certificate_credentials_t cred, const char *prio)
{
	const char *err = NULL;
	if (gnutls_init(&e->s, flags | GNUTLS_NONBLOCK) < 0)
		exit(2);
	if (gnutls_priority_set_direct(e->s, prio, &err) < 0) {
		printf("priority error at %s\n", err ? err : "?");
		exit(2);
	}
	gnutls_credentials_set(e->s, GNUTLS_CRD_CERTIFICATE, cred);
	gnutls_transport_set_ptr(e->s, e);
	gnutls_transport_set_push_function(e->s, push);
	gnutls_transport_set_pull_function(e->s, pull);
}

static int run(const char *prio)
{
	static struct pipe_buf c2s, s2c;
	struct end cli = { 0 }, srv = { 0 };
	gnutls_certificate_credentials_t ccred, scred;
	char path1[512], path2[512];
	int rc, rs, rounds = 0;
	unsigned status = 99;

	c2s.len = s2c.len = 0;
	cli.in = &s2c, cli.out = &c2s;
	srv.in = &c2s, srv.out = &s2c;
	gnutls_certificate_allocate_credentials(&ccred);
	gnutls_certificate_allocate_credentials(&scred);
	snprintf(path1, sizeof path1, "%schains/root.pem", cert_dir());
	printf("trust file: %d\n", gnutls_certificate_set_x509_trust_file(ccred, path1, GNUTLS_X509_FMT_PEM));
	snprintf(path1, sizeof path1, "%schains/valid.pem", cert_dir());
	snprintf(path2, sizeof path2, "%skeys/leaf-ec.key", cert_dir());
	printf("key file: %d\n", gnutls_certificate_set_x509_key_file(scred, path1, path2, GNUTLS_X509_FMT_PEM));
	setup(&cli, GNUTLS_CLIENT, ccred, prio);
	setup(&srv, GNUTLS_SERVER, scred, prio);
	gnutls_server_name_set(cli.s, GNUTLS_NAME_DNS, "www.example.com", 15);

	rc = rs = GNUTLS_E_AGAIN;
	while ((rc == GNUTLS_E_AGAIN || rs == GNUTLS_E_AGAIN) && rounds++ < 2000000) {
		if (rc == GNUTLS_E_AGAIN)
			rc = gnutls_handshake(cli.s);
		if (rs == GNUTLS_E_AGAIN)
			rs = gnutls_handshake(srv.s);
	}
	printf("handshake client %d server %d\n", rc, rs);
	if (rc < 0 || rs < 0)
		return 1;
	printf("version %s cipher %s mac %s group %s\n",
	       gnutls_protocol_get_name(gnutls_protocol_get_version(cli.s)),
	       gnutls_cipher_get_name(gnutls_cipher_get(cli.s)),
	       gnutls_mac_get_name(gnutls_mac_get(cli.s)),
	       gnutls_group_get_name(gnutls_group_get(cli.s)));
	{
		char *d = gnutls_session_get_desc(cli.s);
		printf("desc %s\n", d);
		gnutls_free(d);
	}
	rc = gnutls_certificate_verify_peers3(cli.s, "www.example.com", &status);
	printf("verify: %d status %u\n", rc, status);

	/* data both ways, each sent through EAGAIN with the same arguments */
	for (int dir = 0; dir < 2; dir++) {
		struct end *a = dir ? &srv : &cli, *b = dir ? &cli : &srv;
		static unsigned char msg[20000], got[20000];
		size_t have = 0;
		ssize_t n;
		for (size_t i = 0; i < sizeof msg; i++)
			msg[i] = (unsigned char)(i * 7 + dir);
		/* GnuTLS sends one record per call: loop until all is sent */
		for (size_t sent = 0; sent < sizeof msg; sent += n) {
			do
				n = gnutls_record_send(a->s, msg + sent, sizeof msg - sent);
			while (n == GNUTLS_E_AGAIN);
			printf("send %s: %zd\n", dir ? "s->c" : "c->s", n);
			if (n <= 0)
				break;
		}
		rounds = 0;
		while (have < sizeof msg && rounds++ < 5000000) {
			n = gnutls_record_recv(b->s, got + have, sizeof got - have);
			if (n > 0)
				have += n;
			else if (n != GNUTLS_E_AGAIN) {
				printf("recv error %zd\n", n);
				break;
			}
		}
		printf("recv %zu bytes, equal %d\n", have, memcmp(msg, got, sizeof msg) == 0);
	}

	do
		rc = gnutls_bye(cli.s, GNUTLS_SHUT_WR);
	while (rc == GNUTLS_E_AGAIN);
	printf("bye client %d\n", rc);
	{
		char b[16];
		ssize_t n;
		do
			n = gnutls_record_recv(srv.s, b, sizeof b);
		while (n == GNUTLS_E_AGAIN);
		printf("server recv after bye %zd\n", n);
	}
	gnutls_deinit(cli.s);
	gnutls_deinit(srv.s);
	gnutls_certificate_free_credentials(ccred);
	gnutls_certificate_free_credentials(scred);
	return 0;
}

int main(void)
{
	int r = 0;
	r |= run("NORMAL:-VERS-ALL:+VERS-TLS1.3");
	r |= run("NORMAL:-VERS-ALL:+VERS-TLS1.2");
	return r;
}
