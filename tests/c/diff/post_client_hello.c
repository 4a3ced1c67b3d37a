/* A server's post-client-hello function reads the SNI the client sent and
 * only then sets the credentials; the handshake completes with them. The
 * hook also re-enters the API (session ptr, server name). */
#include <gnutls/gnutls.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static gnutls_certificate_credentials_t scred, ccred;
static int hook_calls, server_hs;
static ssize_t server_rx;

static int hook(gnutls_session_t s)
{
	char name[256];
	size_t len = sizeof name;
	unsigned type;
	int r = gnutls_server_name_get(s, name, &len, &type, 0);
	hook_calls++;
	printf("hook: server_name_get %d type %u name %s len %zu ptr %s\n", r, type,
	       r == 0 ? name : "-", r == 0 ? len : 0, (char *)gnutls_session_get_ptr(s));
	if (r == 0 && strcmp(name, "www.example.com") == 0)
		return gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred);
	return 0;
}

static void *server(void *arg)
{
	gnutls_session_t s;
	char buf[16];
	gnutls_init(&s, GNUTLS_SERVER);
	gnutls_set_default_priority(s);
	gnutls_session_set_ptr(s, "server-ptr");
	gnutls_handshake_set_post_client_hello_function(s, hook);
	gnutls_transport_set_int(s, *(int *)arg);
	server_hs = gnutls_handshake(s);
	server_rx = gnutls_record_recv(s, buf, sizeof buf);
	gnutls_deinit(s);
	return NULL;
}

int main(void)
{
	int sv[2];
	pthread_t st;
	gnutls_session_t c;
	char p1[512], p2[512];
	const char *certs = getenv("RGNUTLS_CERTS") ? getenv("RGNUTLS_CERTS") : "tests/certs/";

	alarm(60);
	gnutls_certificate_allocate_credentials(&scred);
	gnutls_certificate_allocate_credentials(&ccred);
	snprintf(p1, sizeof p1, "%schains/valid.pem", certs);
	snprintf(p2, sizeof p2, "%skeys/leaf-ec.key", certs);
	gnutls_certificate_set_x509_key_file(scred, p1, p2, GNUTLS_X509_FMT_PEM);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	pthread_create(&st, NULL, server, &sv[1]);
	gnutls_init(&c, GNUTLS_CLIENT);
	gnutls_set_default_priority(c);
	gnutls_credentials_set(c, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_server_name_set(c, GNUTLS_NAME_DNS, "www.example.com", 15);
	gnutls_transport_set_int(c, sv[0]);
	printf("client handshake %d\n", gnutls_handshake(c));
	gnutls_bye(c, GNUTLS_SHUT_WR);
	pthread_join(st, NULL);
	printf("server handshake %d, recv %zd, hook calls %d\n", server_hs, server_rx, hook_calls);
	gnutls_deinit(c);
	return 0;
}
