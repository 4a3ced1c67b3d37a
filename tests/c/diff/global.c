/* The global, version, error, alert and memory API, printed for comparison
 * with the real libgnutls. Messages are free wording: printed behind '~'. */
#include <gnutls/gnutls.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int log_lines;
static void log_func(int level, const char *msg)
{
	(void)level;
	(void)msg;
	log_lines++;
}

int main(void)
{
	int codes[] = { 0, GNUTLS_E_AGAIN, GNUTLS_E_INTERRUPTED, GNUTLS_E_INVALID_REQUEST,
		GNUTLS_E_UNIMPLEMENTED_FEATURE, GNUTLS_E_PREMATURE_TERMINATION,
		GNUTLS_E_WARNING_ALERT_RECEIVED, GNUTLS_E_FATAL_ALERT_RECEIVED,
		GNUTLS_E_DECRYPTION_FAILED, GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR,
		GNUTLS_E_REHANDSHAKE, GNUTLS_E_SHORT_MEMORY_BUFFER, GNUTLS_E_NO_CIPHER_SUITES,
		-1, -2000, -65000, 5 };
	unsigned i;

	printf("global_init %d\n", gnutls_global_init());
	printf("global_init again %d\n", gnutls_global_init());
	gnutls_global_deinit();
	printf("check_version(NULL) %s\n", gnutls_check_version(NULL));
	printf("check_version(3.7.9) %s\n", gnutls_check_version("3.7.9") ? "ok" : "NULL");
	printf("check_version(3.4.0) %s\n", gnutls_check_version("3.4.0") ? "ok" : "NULL");
	printf("check_version(3.7.10) %s\n", gnutls_check_version("3.7.10") ? "ok" : "NULL");
	printf("check_version(4.0.0) %s\n", gnutls_check_version("4.0.0") ? "ok" : "NULL");
	printf("GNUTLS_VERSION %s %x\n", GNUTLS_VERSION, GNUTLS_VERSION_NUMBER);

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		int level = -1, alert = gnutls_error_to_alert(codes[i], &level);
		const char *name = gnutls_strerror_name(codes[i]);
		printf("code %d name %s fatal %d alert %d level %d\n", codes[i],
		       name ? name : "(null)", gnutls_error_is_fatal(codes[i]), alert, level);
		printf("~ message %s\n", gnutls_strerror(codes[i]));
		if (gnutls_strerror(codes[i]) == NULL)
			printf("strerror returned NULL for %d\n", codes[i]);
	}
	for (i = 0; i < 130; i += 7) {
		const char *s = gnutls_alert_get_strname(i);
		printf("alert %u strname %s name %s\n", i, s ? s : "(null)",
		       gnutls_alert_get_name(i) ? "set" : "(null)");
	}

	{
		char *p = gnutls_malloc(16), *q;
		unsigned char a[8] = { 1, 2, 3, 4, 5, 6, 7, 8 }, b[8];
		memcpy(p, "hello", 6);
		q = gnutls_strdup(p);
		printf("strdup %s\n", q);
		gnutls_free(q);
		printf("free sets NULL %d\n", q == NULL);
		p = gnutls_realloc(p, 64);
		gnutls_free(p);
		p = gnutls_calloc(4, 4);
		printf("calloc zero %d\n", p[0] == 0 && p[15] == 0);
		gnutls_free(p);
		memcpy(b, a, 8);
		printf("memcmp equal %d\n", gnutls_memcmp(a, b, 8) == 0);
		b[7] = 9;
		printf("memcmp differ %d\n", gnutls_memcmp(a, b, 8) != 0);
		gnutls_memset(b, 0, 8);
		printf("memset %d\n", b[0] == 0 && b[7] == 0);
	}

	gnutls_global_set_log_function(log_func);
	gnutls_global_set_log_level(0);
	printf("log level 0: lines %d\n", log_lines);
	gnutls_global_set_mem_functions(malloc, malloc, NULL, realloc, free);
	gnutls_perror(GNUTLS_E_AGAIN);
	return 0;
}
