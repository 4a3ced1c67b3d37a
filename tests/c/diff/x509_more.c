/* More X.509 and public-key functions that programs call around
 * verification, printed for comparison with the real libgnutls:
 * gnutls_x509_crt_list_verify over the chain corpus (tests/certs/cases.txt),
 * the peer's certificate times, DN handles, extension getters, TLS
 * features, raw public key import/export and gnutls_pubkey_print. Error
 * cases (NULLs, short buffers, absent data, unknown indexes) included. */
#include "tls_pair.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int read_file(const char *path, gnutls_datum_t *d)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	d->data = gnutls_malloc(n + 1);
	d->size = fread(d->data, 1, n, f);
	fclose(f);
	return 0;
}

static void hex(const char *label, const unsigned char *p, size_t n)
{
	printf("  %s ", label);
	for (size_t i = 0; i < n; i++)
		printf("%02x", p[i]);
	printf("\n");
}

/* Strings may hold any byte: print them C-escaped. */
static void str(const char *label, const unsigned char *p, size_t n)
{
	printf("  %s \"", label);
	for (size_t i = 0; i < n; i++) {
		if (p[i] >= 0x20 && p[i] < 0x7f && p[i] != '\\')
			putchar(p[i]);
		else
			printf("\\x%02x", p[i]);
	}
	printf("\"\n");
}

static __attribute__((unused)) void datum_str(const char *label, int ret, gnutls_datum_t *d)
{
	if (ret < 0) {
		printf("  %s error %d\n", label, ret);
		return;
	}
	str(label, d->data, d->size);
	gnutls_free(d->data);
	d->data = NULL;
}

static __attribute__((unused)) void datum_hex(const char *label, int ret, gnutls_datum_t *d)
{
	if (ret < 0) {
		printf("  %s error %d\n", label, ret);
		return;
	}
	hex(label, d->data, d->size);
	gnutls_free(d->data);
	d->data = NULL;
}

/* The first certificate of a PEM file (NULL when absent). */
static gnutls_x509_crt_t load_crt(const char *path)
{
	gnutls_datum_t d;
	gnutls_x509_crt_t crt;
	if (read_file(path, &d) < 0)
		return NULL;
	gnutls_x509_crt_init(&crt);
	int r = gnutls_x509_crt_import(crt, &d, GNUTLS_X509_FMT_PEM);
	gnutls_free(d.data);
	if (r < 0) {
		printf("import %s: %d\n", path, r);
		gnutls_x509_crt_deinit(crt);
		return NULL;
	}
	return crt;
}

/* ---- gnutls_x509_crt_list_verify ---- */

static void list_verify_cases(void)
{
	FILE *f = fopen("cases.txt", "r");
	char line[1024];
	if (!f) {
		perror("cases.txt");
		exit(1);
	}
	while (fgets(line, sizeof line, f)) {
		char name[128], chainf[256], host[256], trusts[512], crlf[256];
		unsigned flags;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (sscanf(line, "%127s %255s %255s %511s %255s %u", name, chainf, host, trusts, crlf, &flags) != 6)
			continue;
		gnutls_x509_crt_t cas[16];
		unsigned ncas = 0;
		char *save = NULL;
		for (char *t = strtok_r(trusts, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
			gnutls_datum_t d;
			read_file(t, &d);
			unsigned m = 16 - ncas;
			gnutls_x509_crt_list_import(cas + ncas, &m, &d, GNUTLS_X509_FMT_PEM, 0);
			ncas += m;
			gnutls_free(d.data);
		}
		gnutls_x509_crl_t crls[4];
		unsigned ncrl = 0;
		if (strcmp(crlf, "-")) {
			gnutls_datum_t d;
			read_file(crlf, &d);
			ncrl = 4;
			gnutls_x509_crl_list_import(crls, &ncrl, &d, GNUTLS_X509_FMT_PEM, 0);
			gnutls_free(d.data);
		}
		gnutls_datum_t cd;
		read_file(chainf, &cd);
		gnutls_x509_crt_t *crts;
		unsigned n;
		gnutls_x509_crt_list_import2(&crts, &n, &cd, GNUTLS_X509_FMT_PEM, 0);
		gnutls_free(cd.data);
		unsigned status = 0x5a5a;
		int r = gnutls_x509_crt_list_verify(crts, n, cas, ncas, crls, ncrl, flags, &status);
		printf("list_verify %s %d 0x%x\n", name, r, status);
		/* the leaf alone, and without CAs */
		status = 0x5a5a;
		r = gnutls_x509_crt_list_verify(crts, 1, cas, ncas, crls, ncrl, flags, &status);
		printf("list_verify %s leaf %d 0x%x\n", name, r, status);
		status = 0x5a5a;
		r = gnutls_x509_crt_list_verify(crts, n, NULL, 0, NULL, 0, flags, &status);
		printf("list_verify %s no-ca %d 0x%x\n", name, r, status);
		for (unsigned i = 0; i < n; i++)
			gnutls_x509_crt_deinit(crts[i]);
		gnutls_free(crts);
		for (unsigned i = 0; i < ncas; i++)
			gnutls_x509_crt_deinit(cas[i]);
		for (unsigned i = 0; i < ncrl; i++)
			gnutls_x509_crl_deinit(crls[i]);
	}
	fclose(f);
	unsigned status = 0x5a5a;
	printf("list_verify NULL list %d 0x%x\n", gnutls_x509_crt_list_verify(NULL, 1, NULL, 0, NULL, 0, 0, &status), status);
	gnutls_x509_crt_t leaf = load_crt("chains/valid.pem");
	printf("list_verify zero length %d 0x%x\n", gnutls_x509_crt_list_verify(&leaf, 0, NULL, 0, NULL, 0, 0, &status), status);
	gnutls_x509_crt_deinit(leaf);
}

/* ---- the peer's certificate times ---- */

static gnutls_certificate_credentials_t srv_cred, cli_cred;

static void times_setup(gnutls_session_t s, void *arg)
{
	gnutls_priority_set_direct(s, arg, NULL);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, pair_current && strcmp(pair_current->name, "server") == 0 ? srv_cred : cli_cred);
}

static void times_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	note("%s handshake %d activation %lld expiration %lld\n", pair_current->name, hs,
	     (long long)gnutls_certificate_activation_time_peers(s), (long long)gnutls_certificate_expiration_time_peers(s));
}

static void peer_times(void)
{
	static const char *prios[] = { "NORMAL:-VERS-ALL:+VERS-TLS1.2", "NORMAL:-VERS-ALL:+VERS-TLS1.3" };
	gnutls_session_t s;
	gnutls_init(&s, GNUTLS_CLIENT);
	printf("before handshake: activation %lld expiration %lld\n", (long long)gnutls_certificate_activation_time_peers(s),
	       (long long)gnutls_certificate_expiration_time_peers(s));
	gnutls_deinit(s);
	gnutls_certificate_allocate_credentials(&srv_cred);
	gnutls_certificate_set_x509_key_file(srv_cred, cert_path("chains/valid.pem"), cert_path("keys/leaf-ec.key"),
					     GNUTLS_X509_FMT_PEM);
	gnutls_certificate_allocate_credentials(&cli_cred);
	gnutls_x509_crt_t leaf = load_crt("chains/valid.pem");
	printf("leaf activation %lld expiration %lld\n", (long long)gnutls_x509_crt_get_activation_time(leaf),
	       (long long)gnutls_x509_crt_get_expiration_time(leaf));
	gnutls_x509_crt_deinit(leaf);
	for (unsigned i = 0; i < 2; i++) {
		struct pair_side srv = { .setup = times_setup, .inspect = times_inspect, .arg = (void *)prios[i] };
		struct pair_side c = { .setup = times_setup, .inspect = times_inspect, .arg = (void *)prios[i] };
		pair_run(prios[i], &srv, &c);
	}
	gnutls_certificate_free_credentials(srv_cred);
	gnutls_certificate_free_credentials(cli_cred);
}

/* ---- DN handles ---- */

static void print_dn(const char *what, gnutls_x509_dn_t dn)
{
	gnutls_datum_t s;
	char buf[4096];
	size_t sz;
	int r;
	printf(" %s\n", what);
	for (int i = 0; i < 32; i++) {
		int j;
		for (j = 0; j < 4; j++) {
			gnutls_x509_ava_st ava;
			memset(&ava, 0x55, sizeof ava);
			r = gnutls_x509_dn_get_rdn_ava(dn, i, j, &ava);
			if (r < 0) {
				printf("  ava %d %d: %d\n", i, j, r);
				break;
			}
			printf("  ava %d %d: oid size %u '%s' tag %lu", i, j, ava.oid.size, ava.oid.data, ava.value_tag);
			str("value", ava.value.data, ava.value.size);
		}
		if (j == 0)
			break;
	}
	datum_str("get_str", gnutls_x509_dn_get_str(dn, &s), &s);
	datum_str("get_str2 0", gnutls_x509_dn_get_str2(dn, &s, 0), &s);
	datum_str("get_str2 compat", gnutls_x509_dn_get_str2(dn, &s, GNUTLS_X509_DN_FLAG_COMPAT), &s);
	sz = 0;
	r = gnutls_x509_dn_export(dn, GNUTLS_X509_FMT_DER, NULL, &sz);
	printf("  export der NULL %d size %zu\n", r, sz);
	size_t need = sz;
	sz = need - 1;
	r = gnutls_x509_dn_export(dn, GNUTLS_X509_FMT_DER, buf, &sz);
	printf("  export der short %d size %zu\n", r, sz);
	sz = sizeof buf;
	r = gnutls_x509_dn_export(dn, GNUTLS_X509_FMT_DER, buf, &sz);
	printf("  export der %d size %zu\n", r, sz);
	if (r == 0)
		hex("der", (unsigned char *)buf, sz);
	sz = 0;
	r = gnutls_x509_dn_export(dn, GNUTLS_X509_FMT_PEM, NULL, &sz);
	printf("  export pem NULL %d size %zu\n", r, sz);
	need = sz;
	sz = need - 1;
	r = gnutls_x509_dn_export(dn, GNUTLS_X509_FMT_PEM, buf, &sz);
	printf("  export pem len %d size %zu\n", r, sz);
	sz = sizeof buf;
	memset(buf, 'x', sizeof buf);
	r = gnutls_x509_dn_export(dn, GNUTLS_X509_FMT_PEM, buf, &sz);
	printf("  export pem %d size %zu NUL %d\n", r, sz, buf[sz] == 0);
	if (r == 0)
		str("pem", (unsigned char *)buf, sz);
	sz = sizeof buf;
	printf("  export bad format %d\n", gnutls_x509_dn_export(dn, 5, buf, &sz));
	datum_hex("export2 der", gnutls_x509_dn_export2(dn, GNUTLS_X509_FMT_DER, &s), &s);
	datum_str("export2 pem", gnutls_x509_dn_export2(dn, GNUTLS_X509_FMT_PEM, &s), &s);
}

static void dn_handles(void)
{
	static const char *files[] = { "x509/dn-multi.pem", "x509/dn-rdnplus.pem", "x509/dn-utf8.pem", "x509/dn-escape.pem",
				       "chains/valid.pem", "x509/no-ext.pem", NULL };
	gnutls_x509_dn_t dn, own;
	gnutls_datum_t s;
	for (int i = 0; files[i]; i++) {
		gnutls_x509_crt_t c = load_crt(files[i]);
		printf("dn %s\n", files[i]);
		printf(" get_subject %d\n", gnutls_x509_crt_get_subject(c, &dn));
		print_dn("subject", dn);
		/* a copy through DER */
		gnutls_x509_dn_init(&own);
		int r = gnutls_x509_dn_export2(dn, GNUTLS_X509_FMT_DER, &s);
		printf(" import %d\n", gnutls_x509_dn_import(own, &s));
		gnutls_free(s.data);
		datum_str("imported get_str", gnutls_x509_dn_get_str(own, &s), &s);
		gnutls_x509_dn_deinit(own);
		printf(" get_issuer %d\n", r = gnutls_x509_crt_get_issuer(c, &dn));
		print_dn("issuer", dn);
		gnutls_x509_crt_deinit(c);
	}
	/* (a certificate handle with nothing imported lends a name that the
	 * real library crashes on: not tested) */

	gnutls_x509_dn_init(&own);
	print_dn("fresh dn", own);
	printf("get_str NULL out %d\n", gnutls_x509_dn_get_str(own, NULL));
	gnutls_datum_t bad = { (unsigned char *)"\x30\x03\x01", 3 };
	printf("import bad %d\n", gnutls_x509_dn_import(own, &bad));
	printf("NULL dn: get_str %d\n", gnutls_x509_dn_get_str(NULL, &s));
	printf("NULL dn: get_str2 %d\n", gnutls_x509_dn_get_str2(NULL, &s, 0));
	size_t sz = 10;
	printf("NULL dn export %d\n", gnutls_x509_dn_export(NULL, GNUTLS_X509_FMT_DER, NULL, &sz));
	gnutls_x509_ava_st ava;
	printf("negative indexes %d %d\n", gnutls_x509_dn_get_rdn_ava(own, -1, 0, &ava), gnutls_x509_dn_get_rdn_ava(own, 0, -1, &ava));
	gnutls_x509_dn_deinit(own);

	static const char *oids[] = { "2.5.4.3", "2.5.4.6", "2.5.4.10", "2.5.4.11", "2.5.4.7", "2.5.4.8", "2.5.4.9",
		"2.5.4.17", "2.5.4.12", "2.5.4.41", "2.5.4.5", "2.5.4.4", "2.5.4.42", "2.5.4.43", "2.5.4.44", "2.5.4.46",
		"2.5.4.65", "2.5.4.13", "2.5.4.15", "2.5.4.16", "2.5.4.20", "0.9.2342.19200300.100.1.1",
		"0.9.2342.19200300.100.1.25", "1.2.840.113549.1.9.1", "1.2.840.113549.1.9.2", "1.2.840.113549.1.9.8",
		"1.2.840.113549.1.9.7", "1.2.840.113549.1.9.4", "1.2.840.113549.1.9.20", "1.2.840.113549.1.9.21",
		"1.2.840.113556.1.4.656", "1.3.6.1.4.1.311.60.2.1.1", "1.3.6.1.4.1.311.60.2.1.2",
		"1.3.6.1.4.1.311.60.2.1.3", "1.3.6.1.5.5.7.9.1", "1.3.6.1.5.5.7.9.2", "1.3.6.1.5.5.7.9.3",
		"1.3.6.1.5.5.7.9.4", "1.3.6.1.5.5.7.9.5", "1.3.6.1.5.5.7.8.5", "1.2.643.100.1", "1.2.643.100.5",
		"1.2.643.100.3", "1.2.643.3.131.1.1", "1.2.643.100.111", "2.5.4.97", "2.5.29.17", "1.2.3.4", "", "CN",
		NULL };
	for (int i = 0; oids[i]; i++) {
		const char *n = gnutls_x509_dn_oid_name(oids[i], 0);
		const char *n2 = gnutls_x509_dn_oid_name(oids[i], GNUTLS_X509_DN_OID_RETURN_OID);
		printf("oid '%s': %s %s%s known %d\n", oids[i], n ? n : "NULL", n2 ? n2 : "NULL",
		       n2 == oids[i] ? " (same pointer)" : "", gnutls_x509_dn_oid_known(oids[i]));
	}
}

int main(void)
{
	const char *dir = getenv("RGNUTLS_CERTS");
	if (!dir || chdir(dir) != 0) {
		fprintf(stderr, "set RGNUTLS_CERTS to tests/certs/\n");
		return 1;
	}
	alarm(120);
	signal(SIGPIPE, SIG_IGN);
	list_verify_cases();
	peer_times();
	dn_handles();
	return 0;
}
