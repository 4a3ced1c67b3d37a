/* ticket_peer server PORT KEYFILE: TLS server on 127.0.0.1:PORT with the
 *   ticket key in KEYFILE (made if missing); serves one connection, prints
 *   "server resumed N", exits.
 * ticket_peer client PORT1 PORT2 CAFILE: connects to PORT1, keeps the
 *   session data, resumes it on PORT2; prints "client resumed N" for each.
 * ticket_peer dbserver PORT DBDIR: TLS 1.2 server whose resumption
 *   database is files in DBDIR (store/retrieve/remove callbacks), no tickets.
 * Used by two-process.sh: two server processes sharing one ticket key, and
 * two sharing one database. */
#include <gnutls/gnutls.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char *certs(void)
{
	const char *d = getenv("RGNUTLS_CERTS");
	return d ? d : "tests/certs/";
}

/* The file-backed database: one file per session, named by the key in hex. */
static const char *dbdir;
static void db_path(char *out, size_t n, gnutls_datum_t key)
{
	size_t at = snprintf(out, n, "%s/", dbdir);
	for (unsigned i = 0; i < key.size && at + 3 < n; i++)
		at += snprintf(out + at, n - at, "%02x", key.data[i]);
}
static int db_store(void *ptr, gnutls_datum_t key, gnutls_datum_t data)
{
	char path[1024];
	FILE *f;
	(void)ptr;
	db_path(path, sizeof path, key);
	if (!(f = fopen(path, "wb")))
		return -1;
	fwrite(data.data, 1, data.size, f);
	fclose(f);
	return 0;
}
static gnutls_datum_t db_retrieve(void *ptr, gnutls_datum_t key)
{
	gnutls_datum_t d = { NULL, 0 };
	char path[1024];
	FILE *f;
	long n;
	(void)ptr;
	db_path(path, sizeof path, key);
	if (!(f = fopen(path, "rb")))
		return d;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	d.data = gnutls_malloc(n > 0 ? n : 1);
	d.size = fread(d.data, 1, n, f);
	fclose(f);
	return d;
}
static int db_remove(void *ptr, gnutls_datum_t key)
{
	char path[1024];
	(void)ptr;
	db_path(path, sizeof path, key);
	return unlink(path) == 0 ? 0 : -1;
}

static int serve(int port, const char *keyfile)
{
	gnutls_certificate_credentials_t cred;
	gnutls_session_t s;
	gnutls_datum_t key = { 0 };
	char p1[512], p2[512], buf[64];
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	int one = 1, l = socket(AF_INET, SOCK_STREAM, 0), c, rc;
	FILE *f = dbdir ? NULL : fopen(keyfile, "rb");
	if (dbdir) {
		/* no ticket key */
	} else if (f) {
		key.data = gnutls_malloc(64);
		key.size = fread(key.data, 1, 64, f);
		fclose(f);
	} else {
		gnutls_session_ticket_key_generate(&key);
		f = fopen(keyfile, "wb");
		fwrite(key.data, 1, key.size, f);
		fclose(f);
	}
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (bind(l, (void *)&a, sizeof a) || listen(l, 1))
		return 2;
	printf("listening\n");
	fflush(stdout);
	gnutls_certificate_allocate_credentials(&cred);
	snprintf(p1, sizeof p1, "%schains/valid.pem", certs());
	snprintf(p2, sizeof p2, "%skeys/leaf-ec.key", certs());
	gnutls_certificate_set_x509_key_file(cred, p1, p2, GNUTLS_X509_FMT_PEM);
	c = accept(l, NULL, NULL);
	gnutls_init(&s, GNUTLS_SERVER | (dbdir ? GNUTLS_NO_TICKETS : 0));
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
	if (dbdir) {
		gnutls_priority_set_direct(s, "NORMAL:-VERS-ALL:+VERS-TLS1.2", NULL);
		gnutls_db_set_store_function(s, db_store);
		gnutls_db_set_retrieve_function(s, db_retrieve);
		gnutls_db_set_remove_function(s, db_remove);
	} else {
		gnutls_set_default_priority(s);
		gnutls_session_ticket_enable_server(s, &key);
	}
	gnutls_transport_set_int(s, c);
	rc = gnutls_handshake(s);
	printf("server handshake %d resumed %d\n", rc, gnutls_session_is_resumed(s));
	if (rc == 0) {
		gnutls_record_send(s, "hi", 2);
		gnutls_record_recv(s, buf, sizeof buf);
		gnutls_bye(s, GNUTLS_SHUT_WR);
	}
	gnutls_deinit(s);
	close(c);
	close(l);
	gnutls_free(key.data);
	gnutls_certificate_free_credentials(cred);
	return rc != 0;
}

static int connect_to(int port, const char *ca, gnutls_datum_t *data)
{
	gnutls_certificate_credentials_t cred;
	gnutls_session_t s;
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	int fd = socket(AF_INET, SOCK_STREAM, 0), rc, resumed = -1;
	char buf[64];
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (void *)&a, sizeof a))
		return -1;
	gnutls_certificate_allocate_credentials(&cred);
	gnutls_certificate_set_x509_trust_file(cred, ca, GNUTLS_X509_FMT_PEM);
	gnutls_init(&s, GNUTLS_CLIENT);
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, "www.example.com", 15);
	if (data->data)
		gnutls_session_set_data(s, data->data, data->size);
	gnutls_transport_set_int(s, fd);
	rc = gnutls_handshake(s);
	if (rc == 0) {
		resumed = gnutls_session_is_resumed(s);
		gnutls_record_recv(s, buf, sizeof buf);
		gnutls_free(data->data);
		data->data = NULL;
		gnutls_session_get_data2(s, data);
		gnutls_record_send(s, "ok", 2);
		gnutls_bye(s, GNUTLS_SHUT_WR);
	}
	printf("client handshake %d resumed %d\n", rc, resumed);
	gnutls_deinit(s);
	close(fd);
	gnutls_certificate_free_credentials(cred);
	return resumed;
}

int main(int argc, char **argv)
{
	gnutls_datum_t data = { NULL, 0 };
	if (argc == 4 && strcmp(argv[1], "server") == 0)
		return serve(atoi(argv[2]), argv[3]);
	if (argc == 4 && strcmp(argv[1], "dbserver") == 0) {
		dbdir = argv[3];
		return serve(atoi(argv[2]), NULL);
	}
	if (argc == 5 && strcmp(argv[1], "client") == 0) {
		connect_to(atoi(argv[2]), argv[4], &data);
		return connect_to(atoi(argv[3]), argv[4], &data) == 1 ? 0 : 1;
	}
	return 2;
}
