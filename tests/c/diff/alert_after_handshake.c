/* gnutls_alert_send after a successful handshake, as exim's server does
 * when it refuses the client's certificate only once the handshake is
 * over (tls_verify_hosts): gnutls_alert_send(FATAL, BAD_CERTIFICATE), then
 * it stops using the session and reads the socket in plain text. The
 * client must learn at once that the session is over; an alert that never
 * left made swaks (OpenSSL) wait for exim's answer until it timed out.
 *
 * For TLS 1.2 and 1.3, with a fatal bad_certificate and with a warning
 * close_notify: the server's alert_send result; the client's next
 * record_recv must end the session (0 or a negative code; which one, and
 * the alert, behind '~': rustls sends no alert on demand but close_notify,
 * so ours ends it with close_notify). */
#include "tls_pair.h"

static gnutls_certificate_credentials_t srv_cred, cli_cred;

struct alert {
	const char *prio;
	gnutls_alert_level_t level;
	gnutls_alert_description_t desc;
};

static void server_setup(gnutls_session_t s, void *arg)
{
	struct alert *a = arg;
	gnutls_priority_set_direct(s, a->prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, srv_cred);
}

static void server_inspect(gnutls_session_t s, int hs, void *arg)
{
	struct alert *a = arg;
	if (hs != 0) {
		note("server handshake %s\n", gnutls_strerror_name(hs));
		return;
	}
	note("server alert_send %s\n", gnutls_strerror_name(gnutls_alert_send(s, a->level, a->desc)));
	/* GnuTLS still sends after it; ours refuses once close_notify is out */
	ssize_t w = gnutls_record_send(s, "late", 4);
	note("~ server record_send after it %s\n", w < 0 ? gnutls_strerror_name((int)w) : "ok");
	/* the session is over for this test: skip tls_pair's final exchange */
	pair_current->hs = 1;
}

static void client_setup(gnutls_session_t s, void *arg)
{
	struct alert *a = arg;
	gnutls_priority_set_direct(s, a->prio, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cli_cred);
}

static void client_inspect(gnutls_session_t s, int hs, void *arg)
{
	char buf[64];
	ssize_t r;
	(void)arg;
	if (hs != 0) {
		note("client handshake %s\n", gnutls_strerror_name(hs));
		return;
	}
	/* TLS 1.3: a session ticket or the like may come first */
	do
		r = gnutls_record_recv(s, buf, sizeof buf);
	while (r == GNUTLS_E_AGAIN || r == GNUTLS_E_INTERRUPTED);
	note("client read ended the session: %s\n", r <= 0 ? "yes" : "no");
	note("~ client read %zd (%s), alert %s\n", r, r < 0 ? gnutls_strerror_name((int)r) : "-",
	     gnutls_alert_get_name(gnutls_alert_get(s)) ?: "-");
	pair_current->hs = 1;
}

int main(void)
{
	alarm(60);
	signal(SIGPIPE, SIG_IGN);
	gnutls_global_init();
	gnutls_certificate_allocate_credentials(&srv_cred);
	gnutls_certificate_allocate_credentials(&cli_cred);
	printf("server key %d\n", gnutls_certificate_set_x509_key_file(srv_cred, cert_path("chains/valid.pem"),
									cert_path("keys/leaf-ec.key"), GNUTLS_X509_FMT_PEM));
	const char *prios[] = { "NORMAL:-VERS-ALL:+VERS-TLS1.3", "NORMAL:-VERS-ALL:+VERS-TLS1.2" };
	struct {
		gnutls_alert_level_t level;
		gnutls_alert_description_t desc;
		const char *name;
	} alerts[] = {
		{ GNUTLS_AL_FATAL, GNUTLS_A_BAD_CERTIFICATE, "fatal bad_certificate" },
		{ GNUTLS_AL_WARNING, GNUTLS_A_CLOSE_NOTIFY, "warning close_notify" },
	};
	for (int p = 0; p < 2; p++)
		for (int i = 0; i < 2; i++) {
			char title[128];
			struct alert a = { prios[p], alerts[i].level, alerts[i].desc };
			struct pair_side server = { .setup = server_setup, .inspect = server_inspect, .arg = &a };
			struct pair_side client = { .setup = client_setup, .inspect = client_inspect, .arg = &a };
			snprintf(title, sizeof title, "%s, %s", prios[p], alerts[i].name);
			pair_run(title, &server, &client);
		}
	gnutls_certificate_free_credentials(srv_cred);
	gnutls_certificate_free_credentials(cli_cred);
	gnutls_global_deinit();
	return 0;
}
