/* Stubs: an unimplemented function returns GnuTLS's documented failure for
 * its return type and logs "<name> is not implemented" exactly once. Only
 * meaningful on rgnutls (the real library implements them all). */
#include <gnutls/gnutls.h>
#include <gnutls/dtls.h>
#include <stdio.h>
#include <string.h>

static int logged_mtu, logged_srp;
static void log_func(int level, const char *msg)
{
	(void)level;
	if (strstr(msg, "gnutls_dtls_get_mtu is not implemented"))
		logged_mtu++;
	if (strstr(msg, "gnutls_srp_allocate_client_credentials is not implemented"))
		logged_srp++;
}

int main(void)
{
	gnutls_srp_client_credentials_t srp = NULL;
	int fails = 0;

	gnutls_global_set_log_function(log_func);
	gnutls_global_set_log_level(1);
	for (int i = 0; i < 3; i++) {
		if (gnutls_dtls_get_mtu(NULL) != 0)	/* unsigned: 0 */
			fails++;
		if (gnutls_srp_allocate_client_credentials(&srp) != GNUTLS_E_UNIMPLEMENTED_FEATURE)
			fails++;
	}
	if (logged_mtu != 1 || logged_srp != 1) {
		printf("logged %d and %d times, want once each\n", logged_mtu, logged_srp);
		fails++;
	}
	printf("%s\n", fails ? "FAILED" : "ok");
	return fails != 0;
}
