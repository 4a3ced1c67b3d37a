/* More X.509 and public-key functions that programs call around
 * verification, printed for comparison with the real libgnutls:
 * gnutls_x509_crt_list_verify over the chain corpus (tests/certs/cases.txt),
 * the peer's certificate times, DN handles, extension getters, TLS
 * features, raw public key import/export and gnutls_pubkey_print. Error
 * cases (NULLs, short buffers, absent data, unknown indexes) included. */
#include "tls_pair.h"
#include <gnutls/x509-ext.h>
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

	static const char *dns[] = { "CN=foo,O=Bar,C=GR", "CN=foo", "O=a\\,b,CN=x", "CN=foo,XX=1", "CN=foo,O=Bar+OU=x", "",
		"CN=", "UID=jdoe,DC=example,DC=com", "2.5.4.3=#0c03616263", "EMAIL=a@b.c,CN=x y ", "CN = foo", "cn=lower", NULL };
	for (int i = 0; dns[i]; i++) {
		gnutls_x509_dn_init(&own);
		printf("set_str '%s' %d\n", dns[i], gnutls_x509_dn_set_str(own, dns[i], NULL));
		datum_str("get_str", gnutls_x509_dn_get_str(own, &s), &s);
		datum_hex("export2", gnutls_x509_dn_export2(own, GNUTLS_X509_FMT_DER, &s), &s);
		gnutls_x509_dn_deinit(own);
	}
	printf("set_str NULL dn %d\n", gnutls_x509_dn_set_str(NULL, "CN=x", NULL));

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

/* ---- extension getters ---- */

static void list_extensions(gnutls_x509_crt_t c);

static void key_purposes(gnutls_x509_crt_t c)
{
	char buf[256];
	for (unsigned i = 0; i < 6; i++) {
		size_t sz = 0;
		unsigned crit = 99;
		int r = gnutls_x509_crt_get_key_purpose_oid(c, i, NULL, &sz, &crit);
		printf("  key_purpose %u NULL: %d size %zu critical %u\n", i, r, sz, crit);
		if (r != GNUTLS_E_SHORT_MEMORY_BUFFER)
			break;
		size_t need = sz;
		sz = need - 1;
		r = gnutls_x509_crt_get_key_purpose_oid(c, i, buf, &sz, NULL);
		printf("  key_purpose %u short: %d size %zu\n", i, r, sz);
		sz = need;
		memset(buf, 'x', sizeof buf);
		r = gnutls_x509_crt_get_key_purpose_oid(c, i, buf, &sz, NULL);
		printf("  key_purpose %u: %d size %zu '%s'\n", i, r, sz, r == 0 ? buf : "");
	}
}

static void access_info(gnutls_x509_crt_t c)
{
	static const int whats[] = { GNUTLS_IA_ACCESSMETHOD_OID, GNUTLS_IA_ACCESSLOCATION_GENERALNAME_TYPE, GNUTLS_IA_URI,
				     GNUTLS_IA_OCSP_URI, GNUTLS_IA_CAISSUERS_URI, GNUTLS_IA_UNKNOWN, 3 };
	for (unsigned seq = 0; seq < 6; seq++) {
		for (unsigned w = 0; w < sizeof whats / sizeof whats[0]; w++) {
			gnutls_datum_t d = { NULL, 0 };
			unsigned crit = 99;
			int r = gnutls_x509_crt_get_authority_info_access(c, seq, whats[w], &d, &crit);
			printf("  aia %u what %d: %d critical %u", seq, whats[w], r, crit);
			if (r == 0)
				str("", d.data, d.size);
			else
				printf("\n");
			gnutls_free(d.data);
		}
	}
}

static void rsa_raw(gnutls_x509_crt_t c)
{
	gnutls_datum_t m = { NULL, 0 }, e = { NULL, 0 };
	int r = gnutls_x509_crt_get_pk_rsa_raw(c, &m, &e);
	printf("  pk_rsa_raw %d\n", r);
	if (r == 0) {
		datum_hex("m", 0, &m);
		datum_hex("e", 0, &e);
	}
	r = gnutls_x509_crt_get_pk_rsa_raw(c, NULL, &e);
	printf("  pk_rsa_raw (e only) %d\n", r);
	if (r == 0)
		datum_hex("e", 0, &e);
}

static void features_of(gnutls_x509_crt_t c)
{
	gnutls_x509_tlsfeatures_t f;
	unsigned v, crit = 99;
	gnutls_x509_tlsfeatures_init(&f);
	int r = gnutls_x509_crt_get_tlsfeatures(c, f, 0, &crit);
	printf("  get_tlsfeatures %d critical %u:", r, crit);
	for (unsigned i = 0; (r = gnutls_x509_tlsfeatures_get(f, i, &v)) == 0; i++)
		printf(" %u", v);
	printf(" (end %d)\n", r);
	gnutls_x509_tlsfeatures_add(f, 5);
	r = gnutls_x509_crt_get_tlsfeatures(c, f, GNUTLS_EXT_FLAG_APPEND, NULL);
	printf("  get_tlsfeatures append to [..., 5] %d:", r);
	for (unsigned i = 0; gnutls_x509_tlsfeatures_get(f, i, &v) == 0; i++)
		printf(" %u", v);
	printf("\n");
	r = gnutls_x509_crt_get_tlsfeatures(c, f, 0, NULL);
	printf("  get_tlsfeatures again %d:", r);
	for (unsigned i = 0; gnutls_x509_tlsfeatures_get(f, i, &v) == 0; i++)
		printf(" %u", v);
	printf("\n");
	gnutls_x509_tlsfeatures_deinit(f);
	static const unsigned sets[][3] = { { 0 }, { 5 }, { 5, 17 }, { 17, 5, 99 } };
	for (unsigned s = 0; s < 4; s++) {
		gnutls_x509_tlsfeatures_init(&f);
		printf("  check_crt [");
		for (unsigned i = 0; i < 3 && sets[s][i]; i++) {
			gnutls_x509_tlsfeatures_add(f, sets[s][i]);
			printf(" %u", sets[s][i]);
		}
		printf(" ] %u\n", gnutls_x509_tlsfeatures_check_crt(f, c));
		gnutls_x509_tlsfeatures_deinit(f);
	}
}

static void extension_getters(void)
{
	static const char *files[] = { "x509more/aia-feat.pem", "x509more/feat-one.pem", "x509more/aia-crit.pem",
				       "x509/san-all.pem", "x509/no-ext.pem", "chains/leaf.pem", "ocsp/revoked.pem",
				       "keys/rsa.pem", "keys/rsa-pss.pem", NULL };
	for (int i = 0; files[i]; i++) {
		gnutls_x509_crt_t c = load_crt(files[i]);
		printf("ext %s\n", files[i]);
		key_purposes(c);
		access_info(c);
		rsa_raw(c);
		features_of(c);
		list_extensions(c);
		gnutls_datum_t d;
		unsigned crit = 99;
		int r = gnutls_x509_crt_get_extension_by_oid2(c, "2.5.29.19", 0, &d, &crit);
		printf("  extension_by_oid2 basicConstraints %d critical %u\n", r, crit);
		if (r == 0)
			datum_hex("value", 0, &d);
		printf("  extension_by_oid2 index 1 %d\n", gnutls_x509_crt_get_extension_by_oid2(c, "2.5.29.19", 1, &d, NULL));
		char buf[512];
		size_t sz = 0;
		r = gnutls_x509_crt_get_extension_by_oid(c, "2.5.29.37", 0, NULL, &sz, NULL);
		printf("  extension_by_oid eku NULL %d size %zu\n", r, sz);
		sz = sizeof buf;
		r = gnutls_x509_crt_get_extension_by_oid(c, "2.5.29.37", 0, buf, &sz, &crit);
		printf("  extension_by_oid eku %d size %zu\n", r, sz);
		if (r == 0)
			hex("value", (unsigned char *)buf, sz);
		gnutls_x509_crt_deinit(c);
	}
	size_t sz = 10;
	gnutls_datum_t d;
	printf("NULL crt: key_purpose %d aia %d rsa_raw %d\n", gnutls_x509_crt_get_key_purpose_oid(NULL, 0, NULL, &sz, NULL),
	       gnutls_x509_crt_get_authority_info_access(NULL, 0, GNUTLS_IA_URI, &d, NULL),
	       gnutls_x509_crt_get_pk_rsa_raw(NULL, &d, &d));
	gnutls_x509_crt_t empty;
	gnutls_x509_crt_init(&empty);
	printf("empty crt: key_purpose %d aia %d rsa_raw %d\n", gnutls_x509_crt_get_key_purpose_oid(empty, 0, NULL, &sz, NULL),
	       gnutls_x509_crt_get_authority_info_access(empty, 0, GNUTLS_IA_URI, &d, NULL),
	       gnutls_x509_crt_get_pk_rsa_raw(empty, &d, &d));
	gnutls_x509_crt_deinit(empty);
}

/* ---- TLS feature sets ---- */

static void print_set(const char *label, gnutls_x509_tlsfeatures_t f)
{
	unsigned v;
	int r;
	printf("%s:", label);
	for (unsigned i = 0; (r = gnutls_x509_tlsfeatures_get(f, i, &v)) == 0; i++)
		printf(" %u", v);
	printf(" (end %d)\n", r);
}

static void tlsfeature_sets(void)
{
	gnutls_x509_tlsfeatures_t f, g;
	gnutls_datum_t d;
	gnutls_x509_tlsfeatures_init(&f);
	print_set("fresh", f);
	datum_hex("export empty", gnutls_x509_ext_export_tlsfeatures(f, &d), &d);
	int r = 0, i;
	for (i = 0; i < 70 && r == 0; i++)
		r = gnutls_x509_tlsfeatures_add(f, i % 3 == 0 ? 5 : (unsigned)i);
	printf("add until full: %d after %d\n", r, i - 1);
	print_set("full", f);
	printf("add 65536 %d\n", gnutls_x509_tlsfeatures_add(f, 65536));
	gnutls_x509_tlsfeatures_deinit(f);

	gnutls_x509_tlsfeatures_init(&f);
	printf("add %d %d %d %d\n", gnutls_x509_tlsfeatures_add(f, 5), gnutls_x509_tlsfeatures_add(f, 5),
	       gnutls_x509_tlsfeatures_add(f, 17), gnutls_x509_tlsfeatures_add(f, 65535));
	r = gnutls_x509_ext_export_tlsfeatures(f, &d);
	printf("export %d", r);
	hex("", d.data, d.size);
	gnutls_x509_tlsfeatures_init(&g);
	gnutls_x509_tlsfeatures_add(g, 3);
	printf("import %d\n", gnutls_x509_ext_import_tlsfeatures(&d, g, 0));
	print_set("imported", g);
	gnutls_x509_tlsfeatures_add(g, 3);
	printf("import append %d\n", gnutls_x509_ext_import_tlsfeatures(&d, g, GNUTLS_EXT_FLAG_APPEND));
	print_set("appended", g);
	gnutls_free(d.data);
	gnutls_datum_t bad = { (unsigned char *)"\x30\x03\x02\x01", 4 };
	printf("import bad %d\n", gnutls_x509_ext_import_tlsfeatures(&bad, g, 0));
	print_set("after bad", g);
	gnutls_datum_t big = { (unsigned char *)"\x30\x05\x02\x03\x01\x00\x00", 7 };
	printf("import 65536 %d\n", gnutls_x509_ext_import_tlsfeatures(&big, g, 0));
	gnutls_x509_tlsfeatures_deinit(g);
	gnutls_x509_tlsfeatures_deinit(f);
	printf("NULL set: add %d get %d\n", gnutls_x509_tlsfeatures_add(NULL, 5), gnutls_x509_tlsfeatures_get(NULL, 0, NULL));
	printf("NULL: crt_get %d crt_set %d\n", gnutls_x509_crt_get_tlsfeatures(NULL, NULL, 0, NULL),
	       gnutls_x509_crt_set_tlsfeatures(NULL, NULL));
}

/* ---- setting extensions on a new certificate ---- */

/* Every extension by index: OID (size query, short buffer, exact), value. */
static void list_extensions(gnutls_x509_crt_t c)
{
	for (unsigned i = 0;; i++) {
		char oid[128];
		unsigned char buf[1024];
		size_t sz = 0;
		unsigned crit = 99;
		gnutls_datum_t d;
		int r = gnutls_x509_crt_get_extension_info(c, i, NULL, &sz, &crit);
		printf("  extension_info %u NULL: %d size %zu critical %u\n", i, r, sz, crit);
		if (r != GNUTLS_E_SHORT_MEMORY_BUFFER) {
			sz = sizeof buf;
			printf("  extension_data %u: %d\n", i, gnutls_x509_crt_get_extension_data(c, i, buf, &sz));
			printf("  extension_data2 %u: %d\n", i, gnutls_x509_crt_get_extension_data2(c, i, &d));
			break;
		}
		size_t need = sz;
		sz = need - 1;
		printf("  extension_info %u short: %d size %zu\n", i, gnutls_x509_crt_get_extension_info(c, i, oid, &sz, NULL), sz);
		sz = need;
		r = gnutls_x509_crt_get_extension_info(c, i, oid, &sz, &crit);
		printf("  extension_info %u: %d size %zu %s critical %u\n", i, r, sz, oid, crit);
		sz = 0;
		r = gnutls_x509_crt_get_extension_data(c, i, NULL, &sz);
		printf("  extension_data %u NULL: %d size %zu\n", i, r, sz);
		need = sz;
		sz = need - 1;
		r = gnutls_x509_crt_get_extension_data(c, i, buf, &sz);
		printf("  extension_data %u short: %d size %zu\n", i, r, sz);
		sz = sizeof buf;
		r = gnutls_x509_crt_get_extension_data(c, i, buf, &sz);
		printf("  extension_data %u: %d", i, r);
		hex("", buf, r == 0 ? sz : 0);
		datum_hex("extension_data2", gnutls_x509_crt_get_extension_data2(c, i, &d), &d);
	}
}

static void set_extensions(void)
{
	gnutls_x509_crt_t c;
	gnutls_x509_privkey_t key;
	gnutls_datum_t d;
	gnutls_x509_tlsfeatures_t f;
	if (read_file("keys/leaf-ec.key", &d) < 0)
		return;
	gnutls_x509_privkey_init(&key);
	printf("key import %d\n", gnutls_x509_privkey_import(key, &d, GNUTLS_X509_FMT_PEM));
	gnutls_free(d.data);
	gnutls_x509_crt_init(&c);
	gnutls_x509_crt_set_version(c, 3);
	gnutls_x509_crt_set_serial(c, "\x01\x02", 2);
	gnutls_x509_crt_set_activation_time(c, 1577836800);
	gnutls_x509_crt_set_expiration_time(c, 2208988800);
	gnutls_x509_crt_set_dn(c, "CN=set.example.com", NULL);
	gnutls_x509_crt_set_key(c, key);
	printf("set_extension_by_oid %d\n", gnutls_x509_crt_set_extension_by_oid(c, "1.2.3.4", "\x04\x02hi", 4, 1));
	printf("set_extension_by_oid again %d\n", gnutls_x509_crt_set_extension_by_oid(c, "1.2.3.4", "\x05\x00", 2, 0));
	printf("set_extension_by_oid other %d\n", gnutls_x509_crt_set_extension_by_oid(c, "1.2.3.5", "\x01\x01\xff", 3, 0));
	gnutls_x509_tlsfeatures_init(&f);
	gnutls_x509_tlsfeatures_add(f, 5);
	gnutls_x509_tlsfeatures_add(f, 17);
	printf("set_tlsfeatures %d\n", gnutls_x509_crt_set_tlsfeatures(c, f));
	gnutls_datum_t u1 = { (unsigned char *)"http://ocsp.example.com/", 24 };
	gnutls_datum_t u2 = { (unsigned char *)"http://ca.example.com/ca.crt", 28 };
	printf("set_authority_info_access ocsp %d ca %d ocsp %d\n",
	       gnutls_x509_crt_set_authority_info_access(c, GNUTLS_IA_OCSP_URI, &u1),
	       gnutls_x509_crt_set_authority_info_access(c, GNUTLS_IA_CAISSUERS_URI, &u2),
	       gnutls_x509_crt_set_authority_info_access(c, GNUTLS_IA_OCSP_URI, &u2));
	printf("set_authority_info_access uri %d method %d 0 %d\n",
	       gnutls_x509_crt_set_authority_info_access(c, GNUTLS_IA_URI, &u2),
	       gnutls_x509_crt_set_authority_info_access(c, GNUTLS_IA_ACCESSMETHOD_OID, &u2),
	       gnutls_x509_crt_set_authority_info_access(c, 0, &u2));
	gnutls_x509_tlsfeatures_deinit(f);
	printf("sign %d\n", gnutls_x509_crt_sign2(c, c, key, GNUTLS_DIG_SHA256, 0));
	char oid[128];
	for (unsigned i = 0;; i++) {
		size_t sz = sizeof oid;
		int r = gnutls_x509_crt_get_extension_oid(c, i, oid, &sz);
		if (r < 0) {
			printf("  extension %u: %d\n", i, r);
			break;
		}
		unsigned crit = 99;
		r = gnutls_x509_crt_get_extension_by_oid2(c, oid, 0, &d, &crit);
		printf("  extension %u %s critical %u", i, oid, crit);
		datum_hex("", r, &d);
	}
	features_of(c);
	access_info(c);
	list_extensions(c);
	gnutls_x509_crt_deinit(c);
	gnutls_x509_privkey_deinit(key);
}

/* ---- raw public keys and gnutls_pubkey_print ---- */

static gnutls_pubkey_t pubkey_of(const char *path)
{
	gnutls_x509_crt_t c = load_crt(path);
	gnutls_pubkey_t pk;
	gnutls_pubkey_init(&pk);
	gnutls_pubkey_import_x509(pk, c, 0);
	gnutls_x509_crt_deinit(c);
	return pk;
}

static void spki_of(const char *label, gnutls_pubkey_t pk)
{
	gnutls_datum_t d;
	unsigned bits = 0;
	int alg = gnutls_pubkey_get_pk_algorithm(pk, &bits);
	printf("  %s: algorithm %d bits %u", label, alg, bits);
	datum_hex("spki", gnutls_pubkey_export2(pk, GNUTLS_X509_FMT_DER, &d), &d);
}

static void export_raw(gnutls_pubkey_t pk)
{
	gnutls_datum_t m = { NULL, 0 }, e = { NULL, 0 }, x = { NULL, 0 }, y = { NULL, 0 };
	gnutls_ecc_curve_t curve = 99;
	int r = gnutls_pubkey_export_rsa_raw(pk, &m, &e);
	printf("  export_rsa_raw %d\n", r);
	if (r == 0) {
		datum_hex("m", 0, &m);
		datum_hex("e", 0, &e);
	}
	r = gnutls_pubkey_export_rsa_raw2(pk, &m, NULL, GNUTLS_EXPORT_FLAG_NO_LZ);
	printf("  export_rsa_raw2 NO_LZ (m only) %d\n", r);
	if (r == 0)
		datum_hex("m", 0, &m);
	r = gnutls_pubkey_export_ecc_raw(pk, &curve, &x, &y);
	printf("  export_ecc_raw %d curve %d\n", r, curve);
	if (r == 0) {
		datum_hex("x", 0, &x);
		printf("  y size %u\n", y.size);
		if (y.data)
			datum_hex("y", 0, &y);
	}
	r = gnutls_pubkey_export_ecc_raw2(pk, NULL, &x, NULL, GNUTLS_EXPORT_FLAG_NO_LZ);
	printf("  export_ecc_raw2 NO_LZ (x only) %d\n", r);
	if (r == 0)
		datum_hex("x", 0, &x);
}

static void print_key(gnutls_pubkey_t pk)
{
	static const int formats[] = { GNUTLS_CRT_PRINT_FULL, GNUTLS_CRT_PRINT_ONELINE, GNUTLS_CRT_PRINT_COMPACT, 77 };
	for (unsigned i = 0; i < 4; i++) {
		gnutls_datum_t d;
		int r = gnutls_pubkey_print(pk, formats[i], &d);
		printf("  print %d: %d\n", formats[i], r);
		if (r == 0) {
			str("text", d.data, d.size);
			gnutls_free(d.data);
		}
	}
}

static void raw_pubkeys(void)
{
	static const char *files[] = { "keys/rsa.pem", "keys/rsa-pss.pem", "keys/ec256.pem", "keys/ec384.pem",
				       "keys/ed25519.pem", "x509more/aia-feat.pem", NULL };
	for (int i = 0; files[i]; i++) {
		gnutls_pubkey_t pk = pubkey_of(files[i]);
		printf("pubkey %s\n", files[i]);
		export_raw(pk);
		print_key(pk);
		gnutls_pubkey_deinit(pk);
	}
	gnutls_pubkey_t pk, pk2;
	gnutls_datum_t m, e, x, y;
	unsigned char mod[65], lz_y[33];
	memset(mod, 0, sizeof mod);
	mod[1] = 0xc3;
	for (int i = 2; i < 65; i++)
		mod[i] = i * 7;
	mod[64] |= 1;
	gnutls_datum_t md = { mod, 65 }, md2 = { mod + 1, 64 }, ed = { (unsigned char *)"\x01\x00\x01", 3 };
	gnutls_pubkey_init(&pk);
	printf("import_rsa_raw leading zero %d\n", gnutls_pubkey_import_rsa_raw(pk, &md, &ed));
	spki_of("rsa", pk);
	printf("import_rsa_raw again %d\n", gnutls_pubkey_import_rsa_raw(pk, &md2, &ed));
	spki_of("rsa", pk);
	print_key(pk);
	gnutls_pubkey_deinit(pk);
	printf("import_rsa_raw NULL key %d\n", gnutls_pubkey_import_rsa_raw(NULL, &md, &ed));

	/* export then import again gives the same key */
	static const char *ecfiles[] = { "keys/ec256.pem", "keys/ec384.pem", "keys/ed25519.pem", NULL };
	for (int i = 0; ecfiles[i]; i++) {
		gnutls_ecc_curve_t curve;
		pk = pubkey_of(ecfiles[i]);
		memset(&y, 0, sizeof y);
		gnutls_pubkey_export_ecc_raw(pk, &curve, &x, &y);
		gnutls_pubkey_init(&pk2);
		printf("import_ecc_raw %s %d\n", ecfiles[i], gnutls_pubkey_import_ecc_raw(pk2, curve, &x, y.data ? &y : NULL));
		spki_of("ecc", pk2);
		if (y.data) {
			/* a coordinate with an extra leading zero, and one shortened */
			memset(lz_y, 0, sizeof lz_y);
			memcpy(lz_y + 1, y.data, y.size > 32 ? 32 : y.size);
			gnutls_datum_t yl = { lz_y, y.size + 1 > 33 ? 33 : y.size + 1 };
			printf("import_ecc_raw leading zero y %d\n", gnutls_pubkey_import_ecc_raw(pk2, curve, &x, &yl));
			spki_of("ecc", pk2);
			gnutls_datum_t ys = { y.data + 1, y.size - 1 };
			printf("import_ecc_raw short y %d\n", gnutls_pubkey_import_ecc_raw(pk2, curve, &x, &ys));
			spki_of("ecc", pk2);
			printf("import_ecc_raw NULL y %d\n", gnutls_pubkey_import_ecc_raw(pk2, curve, &x, NULL));
		} else {
			gnutls_datum_t xl = { lz_y, 33 };
			printf("import_ecc_raw 33 bytes %d\n", gnutls_pubkey_import_ecc_raw(pk2, curve, &xl, NULL));
			printf("import_ecc_raw as X25519 %d\n", gnutls_pubkey_import_ecc_raw(pk2, GNUTLS_ECC_CURVE_X25519, &x, NULL));
			printf("import_ecc_raw as Ed448 %d\n", gnutls_pubkey_import_ecc_raw(pk2, GNUTLS_ECC_CURVE_ED448, &x, NULL));
		}
		gnutls_free(x.data);
		gnutls_free(y.data);
		gnutls_pubkey_deinit(pk2);
		gnutls_pubkey_deinit(pk);
	}
	printf("NULL key: import_ecc_raw %d export_rsa_raw %d export_ecc_raw %d\n",
	       gnutls_pubkey_import_ecc_raw(NULL, GNUTLS_ECC_CURVE_SECP256R1, &md, &md),
	       gnutls_pubkey_export_rsa_raw(NULL, &m, &e), gnutls_pubkey_export_ecc_raw(NULL, NULL, &x, &y));
	gnutls_pubkey_init(&pk);
	printf("empty key: export_rsa_raw %d export_ecc_raw %d\n", gnutls_pubkey_export_rsa_raw(pk, &m, &e),
	       gnutls_pubkey_export_ecc_raw(pk, NULL, &x, &y));
	gnutls_pubkey_deinit(pk);
}

/* ---- raw private key numbers (abstract keys) ---- */

static void raw_privkeys(void)
{
	static const char *files[] = { "keys/rsa-pkcs8.pem", "keys/ec256-pkcs8.pem", "keys/ec384-pkcs8.pem",
				       "keys/ed25519.key", "keys/leaf-ec.key", NULL };
	for (int i = 0; files[i]; i++) {
		gnutls_datum_t d, m = { NULL, 0 }, e = { NULL, 0 }, dd = { NULL, 0 }, p = { NULL, 0 }, q = { NULL, 0 },
				 u = { NULL, 0 }, e1 = { NULL, 0 }, e2 = { NULL, 0 }, x = { NULL, 0 }, y = { NULL, 0 },
				 k = { NULL, 0 };
		gnutls_privkey_t key;
		gnutls_ecc_curve_t curve = 99;
		if (read_file(files[i], &d) < 0)
			continue;
		gnutls_privkey_init(&key);
		printf("privkey %s import %d\n", files[i], gnutls_privkey_import_x509_raw(key, &d, GNUTLS_X509_FMT_PEM, NULL, 0));
		gnutls_free(d.data);
		int r = gnutls_privkey_export_rsa_raw(key, &m, &e, &dd, &p, &q, &u, &e1, &e2);
		printf("  export_rsa_raw %d\n", r);
		if (r == 0) {
			datum_hex("m", 0, &m);
			datum_hex("e", 0, &e);
			datum_hex("d", 0, &dd);
			datum_hex("p", 0, &p);
			datum_hex("q", 0, &q);
			datum_hex("u", 0, &u);
			datum_hex("e1", 0, &e1);
			datum_hex("e2", 0, &e2);
		}
		r = gnutls_privkey_export_rsa_raw2(key, &m, NULL, NULL, &p, NULL, NULL, NULL, NULL, GNUTLS_EXPORT_FLAG_NO_LZ);
		printf("  export_rsa_raw2 NO_LZ %d\n", r);
		if (r == 0) {
			datum_hex("m", 0, &m);
			datum_hex("p", 0, &p);
		}
		r = gnutls_privkey_export_ecc_raw(key, &curve, &x, &y, &k);
		printf("  export_ecc_raw %d curve %d\n", r, curve);
		if (r == 0) {
			datum_hex("x", 0, &x);
			printf("  y size %u\n", y.size);
			if (y.data)
				datum_hex("y", 0, &y);
			datum_hex("k", 0, &k);
		}
		curve = 99;
		r = gnutls_privkey_export_ecc_raw2(key, &curve, NULL, NULL, &k, GNUTLS_EXPORT_FLAG_NO_LZ);
		printf("  export_ecc_raw2 NO_LZ (k only) %d curve %d\n", r, curve);
		if (r == 0)
			datum_hex("k", 0, &k);
		gnutls_privkey_deinit(key);
	}
	gnutls_datum_t m;
	printf("NULL privkey: export_rsa_raw %d export_ecc_raw %d\n",
	       gnutls_privkey_export_rsa_raw(NULL, &m, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	       gnutls_privkey_export_ecc_raw(NULL, NULL, &m, NULL, NULL));
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
	extension_getters();
	tlsfeature_sets();
	set_extensions();
	raw_pubkeys();
	raw_privkeys();
	return 0;
}
