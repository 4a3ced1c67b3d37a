/* Certificate requests (gnutls_x509_crq_*), compared with the real
 * libgnutls: requests built with the setters from the fixed keys of the
 * corpus, exported, imported back and read with every getter; requests made
 * by certtool and openssl (tests/certs/crq); a certificate made from a
 * request with gnutls_x509_crt_set_crq; bad input and NULL arguments.
 * RSA PKCS#1 v1.5 signatures are deterministic, so a request signed with
 * the fixed RSA key must be byte-identical: its digest is printed. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <gnutls/x509-ext.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gnutls_datum_t load(const char *name)
{
	char path[4096];
	const char *dir = getenv("RGNUTLS_CERTS");
	snprintf(path, sizeof path, "%s%s", dir ? dir : "tests/certs/", name);
	gnutls_datum_t d = { NULL, 0 };
	if (gnutls_load_file(path, &d) < 0) {
		printf("cannot load %s\n", name);
		exit(1);
	}
	return d;
}

static void digest(const char *label, const void *p, size_t n)
{
	unsigned char d[32];
	gnutls_hash_fast(GNUTLS_DIG_SHA256, p, n, d);
	printf("  %s size %zu sha256:", label, n);
	for (int i = 0; i < 8; i++)
		printf("%02x", d[i]);
	printf("\n");
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

static void datum_str(const char *label, int ret, gnutls_datum_t *d)
{
	if (ret < 0) {
		printf("  %s error %d\n", label, ret);
		return;
	}
	str(label, d->data, d->size);
	gnutls_free(d->data);
}

/* Every line of a text, each prefixed. */
static void lines(const char *prefix, gnutls_datum_t *d)
{
	char *text = (char *)d->data, *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		printf("%s%s\n", prefix, line);
}

static void dn_getters(gnutls_x509_crq_t crq)
{
	gnutls_datum_t d;
	char buf[1024];
	size_t size, need;
	int ret;

	size = 0;
	ret = gnutls_x509_crq_get_dn(crq, NULL, &size);
	printf("  get_dn(NULL) %d size %zu\n", ret, size);
	need = size;
	size = need - 1;
	ret = gnutls_x509_crq_get_dn(crq, buf, &size);
	printf("  get_dn(len) %d size %zu\n", ret, size);
	size = sizeof buf;
	ret = gnutls_x509_crq_get_dn(crq, buf, &size);
	printf("  get_dn %d size %zu\n", ret, size);
	if (ret == 0)
		str("dn", (unsigned char *)buf, size);
	datum_str("dn2", gnutls_x509_crq_get_dn2(crq, &d), &d);
	datum_str("dn3(0)", gnutls_x509_crq_get_dn3(crq, &d, 0), &d);
	datum_str("dn3(compat)", gnutls_x509_crq_get_dn3(crq, &d, GNUTLS_X509_DN_FLAG_COMPAT), &d);
	for (unsigned i = 0; i < 10; i++) {
		size = sizeof buf;
		ret = gnutls_x509_crq_get_dn_oid(crq, i, buf, &size);
		printf("  dn_oid[%u] %d", i, ret);
		if (ret < 0) {
			printf("\n");
			break;
		}
		printf(" %s size %zu\n", buf, size);
	}
	size = 0;
	ret = gnutls_x509_crq_get_dn_oid(crq, 0, NULL, &size);
	printf("  dn_oid(NULL) %d size %zu\n", ret, size);
	const char *oids[] = { GNUTLS_OID_X520_COMMON_NAME, GNUTLS_OID_X520_ORGANIZATION_NAME,
		GNUTLS_OID_X520_ORGANIZATIONAL_UNIT_NAME, GNUTLS_OID_X520_COUNTRY_NAME, GNUTLS_OID_PKCS9_EMAIL, "9.9.9" };
	for (unsigned o = 0; o < sizeof oids / sizeof *oids; o++) {
		for (unsigned idx = 0; idx < 3; idx++) {
			size = sizeof buf;
			ret = gnutls_x509_crq_get_dn_by_oid(crq, oids[o], idx, 0, buf, &size);
			if (ret < 0) {
				printf("  dn_by_oid %s[%u] %d\n", oids[o], idx, ret);
				break;
			}
			printf("  dn_by_oid %s[%u] size %zu", oids[o], idx, size);
			str("", (unsigned char *)buf, size);
			size = sizeof buf;
			ret = gnutls_x509_crq_get_dn_by_oid(crq, oids[o], idx, 1, buf, &size);
			printf("  raw %d", ret);
			hex("", (unsigned char *)buf, ret == 0 ? size : 0);
		}
	}
	size = 1;
	ret = gnutls_x509_crq_get_dn_by_oid(crq, GNUTLS_OID_X520_COMMON_NAME, 0, 0, buf, &size);
	printf("  dn_by_oid(short) %d size %zu\n", ret, size);
}

static void extension_getters(gnutls_x509_crq_t crq)
{
	unsigned char buf[1024];
	size_t size;
	unsigned crit, type, ca, usage;
	int ret, pathlen;
	gnutls_datum_t d;

	for (unsigned i = 0; i < 12; i++) {
		size = sizeof buf;
		crit = 77;
		ret = gnutls_x509_crq_get_extension_info(crq, i, buf, &size, &crit);
		printf("  ext_info[%u] %d", i, ret);
		if (ret < 0) {
			printf("\n");
			break;
		}
		printf(" %s size %zu critical %u\n", buf, size, crit);
		size = sizeof buf;
		ret = gnutls_x509_crq_get_extension_data(crq, i, buf, &size);
		printf("  ext_data[%u] %d", i, ret);
		hex("", buf, ret == 0 ? size : 0);
		ret = gnutls_x509_crq_get_extension_data2(crq, i, &d);
		printf("  ext_data2[%u] %d", i, ret);
		if (ret == 0) {
			printf(" size %u\n", d.size);
			gnutls_free(d.data);
		} else
			printf("\n");
	}
	size = 0;
	ret = gnutls_x509_crq_get_extension_info(crq, 0, NULL, &size, NULL);
	printf("  ext_info(NULL) %d size %zu\n", ret, size);
	size = 0;
	ret = gnutls_x509_crq_get_extension_data(crq, 0, NULL, &size);
	printf("  ext_data(NULL) %d size %zu\n", ret, size);

	const char *ext_oids[] = { "2.5.29.17", "2.5.29.15", "2.5.29.19", "2.5.29.37", "1.2.3.4.5", "2.5.29.14" };
	for (unsigned o = 0; o < sizeof ext_oids / sizeof *ext_oids; o++) {
		size = sizeof buf;
		crit = 77;
		ret = gnutls_x509_crq_get_extension_by_oid(crq, ext_oids[o], 0, buf, &size, &crit);
		printf("  ext_by_oid %s %d", ext_oids[o], ret);
		if (ret == 0)
			printf(" size %zu critical %u", size, crit);
		printf("\n");
		crit = 77;
		ret = gnutls_x509_crq_get_extension_by_oid2(crq, ext_oids[o], 0, &d, &crit);
		printf("  ext_by_oid2 %s %d", ext_oids[o], ret);
		if (ret == 0) {
			printf(" critical %u", crit);
			hex("", d.data, d.size);
			gnutls_free(d.data);
		} else
			printf("\n");
	}

	for (unsigned i = 0; i < 10; i++) {
		size = sizeof buf;
		crit = 77;
		type = 77;
		ret = gnutls_x509_crq_get_subject_alt_name(crq, i, buf, &size, &type, &crit);
		printf("  san[%u] %d", i, ret);
		if (ret < 0) {
			printf("\n");
			break;
		}
		printf(" type %u critical %u size %zu", type, crit, size);
		if (type == GNUTLS_SAN_IPADDRESS || type == GNUTLS_SAN_OTHERNAME)
			hex("", buf, size);
		else
			str("", buf, size);
		size = sizeof buf;
		ret = gnutls_x509_crq_get_subject_alt_othername_oid(crq, i, buf, &size);
		printf("  othername_oid[%u] %d", i, ret);
		if (ret >= 0)
			str("", buf, size);
		else
			printf("\n");
	}
	size = 0;
	ret = gnutls_x509_crq_get_subject_alt_name(crq, 0, NULL, &size, &type, &crit);
	printf("  san(NULL) %d size %zu\n", ret, size);

	crit = 77;
	ret = gnutls_x509_crq_get_key_usage(crq, &usage, &crit);
	printf("  key_usage %d", ret);
	if (ret >= 0)
		printf(" usage %u critical %u", usage, crit);
	printf("\n");
	crit = ca = 77;
	pathlen = 77;
	ret = gnutls_x509_crq_get_basic_constraints(crq, &crit, &ca, &pathlen);
	printf("  basic_constraints %d", ret);
	if (ret >= 0)
		printf(" critical %u ca %u pathlen %d", crit, ca, pathlen);
	printf("\n");
	for (unsigned i = 0; i < 5; i++) {
		size = sizeof buf;
		crit = 77;
		ret = gnutls_x509_crq_get_key_purpose_oid(crq, i, buf, &size, &crit);
		printf("  key_purpose[%u] %d", i, ret);
		if (ret < 0) {
			printf("\n");
			break;
		}
		printf(" %s size %zu critical %u\n", buf, size, crit);
	}
	size = 0;
	ret = gnutls_x509_crq_get_key_purpose_oid(crq, 0, NULL, &size, NULL);
	printf("  key_purpose(NULL) %d size %zu\n", ret, size);
	{
		time_t a = 1, e = 2;
		crit = 77;
		ret = gnutls_x509_crq_get_private_key_usage_period(crq, &a, &e, &crit);
		printf("  pkup %d", ret);
		if (ret == 0)
			printf(" %ld %ld critical %u", (long)a, (long)e, crit);
		printf("\n");
	}
	{
		gnutls_x509_tlsfeatures_t f;
		unsigned feat;
		gnutls_x509_tlsfeatures_init(&f);
		crit = 77;
		ret = gnutls_x509_crq_get_tlsfeatures(crq, f, 0, &crit);
		printf("  tlsfeatures %d", ret);
		if (ret == 0) {
			printf(" critical %u:", crit);
			for (unsigned i = 0; gnutls_x509_tlsfeatures_get(f, i, &feat) == 0; i++)
				printf(" %u", feat);
		}
		printf("\n");
		gnutls_x509_tlsfeatures_deinit(f);
	}
}

static void attribute_getters(gnutls_x509_crq_t crq)
{
	char buf[1024];
	size_t size;
	int ret;

	for (unsigned i = 0; i < 6; i++) {
		size = sizeof buf;
		ret = gnutls_x509_crq_get_attribute_info(crq, i, buf, &size);
		printf("  attr_info[%u] %d", i, ret);
		if (ret < 0) {
			printf("\n");
			break;
		}
		printf(" %s size %zu\n", buf, size);
		size = sizeof buf;
		ret = gnutls_x509_crq_get_attribute_data(crq, i, buf, &size);
		printf("  attr_data[%u] %d", i, ret);
		hex("", (unsigned char *)buf, ret == 0 ? size : 0);
	}
	size = 0;
	ret = gnutls_x509_crq_get_attribute_info(crq, 0, NULL, &size);
	printf("  attr_info(NULL) %d size %zu\n", ret, size);
	const char *attr_oids[] = { "1.2.840.113549.1.9.7", "1.2.840.113549.1.9.14", "1.2.840.113549.1.9.2" };
	for (unsigned o = 0; o < 3; o++) {
		size = sizeof buf;
		ret = gnutls_x509_crq_get_attribute_by_oid(crq, attr_oids[o], 0, buf, &size);
		printf("  attr_by_oid %s %d", attr_oids[o], ret);
		hex("", (unsigned char *)buf, ret == 0 ? size : 0);
	}
	size = sizeof buf;
	ret = gnutls_x509_crq_get_challenge_password(crq, buf, &size);
	printf("  challenge_password %d size %zu", ret, size);
	if (ret == 0)
		str("", (unsigned char *)buf, size);
	else
		printf("\n");
	size = 0;
	ret = gnutls_x509_crq_get_challenge_password(crq, NULL, &size);
	printf("  challenge_password(NULL) %d size %zu\n", ret, size);
}

static void key_getters(gnutls_x509_crq_t crq)
{
	unsigned char buf[1024];
	size_t size;
	unsigned bits = 0;
	int ret;
	gnutls_datum_t m, e;

	ret = gnutls_x509_crq_get_pk_algorithm(crq, &bits);
	printf("  pk %d bits %u\n", ret, bits);
	size = sizeof buf;
	ret = gnutls_x509_crq_get_pk_oid(crq, (char *)buf, &size);
	printf("  pk_oid %d %s\n", ret, ret == 0 ? (char *)buf : "");
	size = sizeof buf;
	ret = gnutls_x509_crq_get_signature_oid(crq, (char *)buf, &size);
	printf("  sig_oid %d %s\n", ret, ret == 0 ? (char *)buf : "");
	ret = gnutls_x509_crq_get_signature_algorithm(crq);
	printf("  sig_algo %d %s\n", ret, ret > 0 ? gnutls_sign_get_name(ret) : "");
	size = sizeof buf;
	ret = gnutls_x509_crq_get_key_id(crq, 0, buf, &size);
	printf("  key_id %d", ret);
	hex("", buf, ret == 0 ? size : 0);
	size = sizeof buf;
	ret = gnutls_x509_crq_get_key_id(crq, GNUTLS_KEYID_USE_SHA256, buf, &size);
	printf("  key_id sha256 %d", ret);
	hex("", buf, ret == 0 ? size : 0);
	size = 3;
	ret = gnutls_x509_crq_get_key_id(crq, 0, buf, &size);
	printf("  key_id(short) %d size %zu\n", ret, size);
	ret = gnutls_x509_crq_get_key_rsa_raw(crq, &m, &e);
	printf("  rsa_raw %d\n", ret);
	if (ret == 0) {
		digest("m", m.data, m.size);
		hex("e", e.data, e.size);
		gnutls_free(m.data);
		gnutls_free(e.data);
	}
	gnutls_pubkey_t pub;
	gnutls_pubkey_init(&pub);
	ret = gnutls_pubkey_import_x509_crq(pub, crq, 0);
	printf("  pubkey_import_x509_crq %d", ret);
	if (ret == 0) {
		printf(" pk %d", gnutls_pubkey_get_pk_algorithm(pub, &bits));
		printf(" bits %u", bits);
	}
	printf("\n");
	gnutls_pubkey_deinit(pub);
	gnutls_x509_spki_t spki;
	gnutls_x509_spki_init(&spki);
	ret = gnutls_x509_crq_get_spki(crq, spki, 0);
	printf("  get_spki %d\n", ret);
	gnutls_x509_spki_deinit(spki);
}

/* Everything a request says. `full` prints the FULL text; `compact` too. */
static void dump(gnutls_x509_crq_t crq)
{
	gnutls_datum_t d;
	int ret;

	printf("  version %d\n", gnutls_x509_crq_get_version(crq));
	dn_getters(crq);
	key_getters(crq);
	extension_getters(crq);
	attribute_getters(crq);
	printf("  verify %d\n", gnutls_x509_crq_verify(crq, 0));
	const int fmts[] = { GNUTLS_CRT_PRINT_FULL, GNUTLS_CRT_PRINT_ONELINE, GNUTLS_CRT_PRINT_COMPACT };
	for (unsigned i = 0; i < 3; i++) {
		ret = gnutls_x509_crq_print(crq, fmts[i], &d);
		printf("  print %d: %d\n", fmts[i], ret);
		if (ret == 0) {
			lines("  | ", &d);
			gnutls_free(d.data);
		}
	}
}

/* Export in both formats, then import each back and dump it. */
static void round_trip(gnutls_x509_crq_t crq, int deterministic)
{
	gnutls_datum_t der = { NULL, 0 }, pem = { NULL, 0 };
	unsigned char buf[8192];
	size_t size;
	int ret;

	printf("  export2 der %d\n", gnutls_x509_crq_export2(crq, GNUTLS_X509_FMT_DER, &der));
	printf("  export2 pem %d\n", gnutls_x509_crq_export2(crq, GNUTLS_X509_FMT_PEM, &pem));
	if (deterministic) {
		digest("der", der.data, der.size);
		digest("pem", pem.data, pem.size);
	} else
		printf("  der size class %u\n", der.size / 16);
	printf("  pem starts %.36s\n", (char *)pem.data);
	size = 0;
	ret = gnutls_x509_crq_export(crq, GNUTLS_X509_FMT_DER, NULL, &size);
	printf("  export(NULL) %d size ok %d\n", ret, size == der.size);
	size = sizeof buf;
	ret = gnutls_x509_crq_export(crq, GNUTLS_X509_FMT_PEM, buf, &size);
	printf("  export pem %d equal %d\n", ret, size == pem.size && memcmp(buf, pem.data, size) == 0);
	size = 0;
	ret = gnutls_x509_crq_export(crq, GNUTLS_X509_FMT_PEM, NULL, &size);
	printf("  export pem(NULL) %d size pem+%d\n", ret, (int)(size - pem.size));
	size = pem.size;
	ret = gnutls_x509_crq_export(crq, GNUTLS_X509_FMT_PEM, buf, &size);
	printf("  export pem(len) %d size pem+%d\n", ret, (int)(size - pem.size));
	size = 10;
	ret = gnutls_x509_crq_export(crq, GNUTLS_X509_FMT_DER, buf, &size);
	printf("  export(short) %d size ok %d\n", ret, size == der.size);

	for (int f = 0; f < 2; f++) {
		gnutls_x509_crq_t back;
		gnutls_x509_crq_init(&back);
		ret = gnutls_x509_crq_import(back, f ? &pem : &der, f ? GNUTLS_X509_FMT_PEM : GNUTLS_X509_FMT_DER);
		printf(" import %s %d\n", f ? "pem" : "der", ret);
		if (ret == 0 && f == 0)
			dump(back);
		gnutls_datum_t again = { NULL, 0 };
		if (ret == 0) {
			gnutls_x509_crq_export2(back, GNUTLS_X509_FMT_DER, &again);
			printf("  re-export equal %d\n", again.size == der.size && memcmp(again.data, der.data, der.size) == 0);
			gnutls_free(again.data);
		}
		gnutls_x509_crq_deinit(back);
	}
	gnutls_free(der.data);
	gnutls_free(pem.data);
}

/* A certificate for the request, signed by `key`; its digest when RSA. */
static void certificate_from(gnutls_x509_crq_t crq, gnutls_x509_privkey_t key, int deterministic)
{
	gnutls_x509_crt_t crt;
	gnutls_datum_t der = { NULL, 0 }, txt;
	unsigned status;
	int ret;

	gnutls_x509_crt_init(&crt);
	printf("  crt_set_crq %d\n", gnutls_x509_crt_set_crq(crt, crq));
	/* The version comes from the request (1): with extensions the
	 * certificate cannot be signed until it is set to 3. */
	gnutls_x509_crt_set_crq_extension_by_oid(crt, crq, "2.5.29.15", 0);
	gnutls_x509_crt_set_serial(crt, "\x01", 1);
	gnutls_x509_crt_set_activation_time(crt, 1700000000);
	gnutls_x509_crt_set_expiration_time(crt, 1800000000);
	printf("  crt sign2 v1 %d\n", gnutls_x509_crt_sign2(crt, crt, key, GNUTLS_DIG_SHA256, 0));
	printf("  crt set_version %d\n", gnutls_x509_crt_set_version(crt, 3));
	printf("  crt_set_crq_extensions %d\n", gnutls_x509_crt_set_crq_extensions(crt, crq));
	printf("  crt_set_crq_extension_by_oid %d\n", gnutls_x509_crt_set_crq_extension_by_oid(crt, crq, "2.5.29.17", 0));
	printf("  crt_set_crq_extension_by_oid absent %d\n", gnutls_x509_crt_set_crq_extension_by_oid(crt, crq, "2.5.29.14", 0));
	gnutls_x509_crt_set_serial(crt, "\x0a\x0b", 2);
	gnutls_x509_crt_set_activation_time(crt, 1700000000);
	gnutls_x509_crt_set_expiration_time(crt, 1800000000);
	ret = gnutls_x509_crt_sign2(crt, crt, key, GNUTLS_DIG_SHA256, 0);
	printf("  crt sign2 %d\n", ret);
	if (ret == 0) {
		gnutls_x509_crt_export2(crt, GNUTLS_X509_FMT_DER, &der);
		if (deterministic)
			digest("crt der", der.data, der.size);
		gnutls_free(der.data);
		printf("  crt version %d\n", gnutls_x509_crt_get_version(crt));
		printf("  crt verify %d", gnutls_x509_crt_verify(crt, &crt, 1, 0, &status));
		printf(" status %u\n", status);
		ret = gnutls_x509_crt_print(crt, GNUTLS_CRT_PRINT_ONELINE, &txt);
		if (ret == 0) {
			lines("  crt | ", &txt);
			gnutls_free(txt.data);
		}
	}
	gnutls_x509_crt_deinit(crt);
}

static void build(const char *keyfile, int deterministic, gnutls_digest_algorithm_t dig)
{
	gnutls_x509_privkey_t k;
	gnutls_x509_crq_t crq;
	gnutls_datum_t kd = load(keyfile);
	const char *err = NULL;
	int ret;

	printf("build %s dig %d\n", keyfile, dig);
	gnutls_x509_privkey_init(&k);
	printf("  key import %d\n", gnutls_x509_privkey_import(k, &kd, GNUTLS_X509_FMT_PEM));
	gnutls_free(kd.data);
	gnutls_x509_crq_init(&crq);
	printf("  fresh version %d\n", gnutls_x509_crq_get_version(crq));
	printf("  set_version %d\n", gnutls_x509_crq_set_version(crq, 1));
	printf("  set_dn %d\n", gnutls_x509_crq_set_dn(crq, "O=Test Org,OU=Unit\\, One,CN=t\xc3\xa9st.example", &err));
	printf("  set_dn_by_oid C %d\n", gnutls_x509_crq_set_dn_by_oid(crq, GNUTLS_OID_X520_COUNTRY_NAME, 0, "GR", 2));
	printf("  set_dn_by_oid email %d\n", gnutls_x509_crq_set_dn_by_oid(crq, GNUTLS_OID_PKCS9_EMAIL, 0, "me@a.example", 12));
	printf("  set_key %d\n", gnutls_x509_crq_set_key(crq, k));
	printf("  san dns %d\n", gnutls_x509_crq_set_subject_alt_name(crq, GNUTLS_SAN_DNSNAME, "a.example", 9, GNUTLS_FSAN_APPEND));
	printf("  san dns %d\n", gnutls_x509_crq_set_subject_alt_name(crq, GNUTLS_SAN_DNSNAME, "b.example", 9, GNUTLS_FSAN_APPEND));
	printf("  san ip %d\n", gnutls_x509_crq_set_subject_alt_name(crq, GNUTLS_SAN_IPADDRESS, "\x7f\0\0\1", 4, GNUTLS_FSAN_APPEND));
	printf("  san email %d\n", gnutls_x509_crq_set_subject_alt_name(crq, GNUTLS_SAN_RFC822NAME, "me@a.example", 12, GNUTLS_FSAN_APPEND));
	printf("  san uri %d\n", gnutls_x509_crq_set_subject_alt_name(crq, GNUTLS_SAN_URI, "https://a.example/", 18, GNUTLS_FSAN_APPEND));
	printf("  othername %d\n", gnutls_x509_crq_set_subject_alt_othername(crq, "1.2.3.4", "\x0c\x03xyz", 5, GNUTLS_FSAN_APPEND));
	printf("  basic_constraints %d\n", gnutls_x509_crq_set_basic_constraints(crq, 1, 2));
	printf("  key_usage %d\n", gnutls_x509_crq_set_key_usage(crq, GNUTLS_KEY_DIGITAL_SIGNATURE | GNUTLS_KEY_KEY_ENCIPHERMENT));
	printf("  key_purpose %d\n", gnutls_x509_crq_set_key_purpose_oid(crq, GNUTLS_KP_TLS_WWW_SERVER, 0));
	printf("  key_purpose %d\n", gnutls_x509_crq_set_key_purpose_oid(crq, GNUTLS_KP_TLS_WWW_CLIENT, 0));
	printf("  challenge %d\n", gnutls_x509_crq_set_challenge_password(crq, "s3cret pass"));
	printf("  ext_by_oid %d\n", gnutls_x509_crq_set_extension_by_oid(crq, "1.2.3.4.5", "\x04\x02hi", 4, 1));
	printf("  pkup %d\n", gnutls_x509_crq_set_private_key_usage_period(crq, 1700000000, 1800000000));
	{
		gnutls_x509_tlsfeatures_t f;
		gnutls_x509_tlsfeatures_init(&f);
		gnutls_x509_tlsfeatures_add(f, 5);
		gnutls_x509_tlsfeatures_add(f, 17);
		printf("  tlsfeatures %d\n", gnutls_x509_crq_set_tlsfeatures(crq, f));
		gnutls_x509_tlsfeatures_deinit(f);
	}
	printf("  unsigned verify %d\n", gnutls_x509_crq_verify(crq, 0));
	ret = gnutls_x509_crq_sign2(crq, k, dig, 0);
	printf("  sign2 %d\n", ret);
	if (ret == 0) {
		round_trip(crq, deterministic);
		certificate_from(crq, k, deterministic);
	}
	gnutls_x509_crq_deinit(crq);
	gnutls_x509_privkey_deinit(k);
}

/* A small request signed through the abstract key, then changed and signed again. */
static void privkey_sign(const char *keyfile)
{
	gnutls_privkey_t pk;
	gnutls_pubkey_t pub;
	gnutls_x509_crq_t crq;
	gnutls_datum_t kd = load(keyfile), der;

	printf("privkey_sign %s\n", keyfile);
	gnutls_privkey_init(&pk);
	printf("  import %d\n", gnutls_privkey_import_x509_raw(pk, &kd, GNUTLS_X509_FMT_PEM, NULL, 0));
	gnutls_free(kd.data);
	gnutls_pubkey_init(&pub);
	gnutls_pubkey_import_privkey(pub, pk, 0, 0);
	gnutls_x509_crq_init(&crq);
	printf("  set_dn %d\n", gnutls_x509_crq_set_dn(crq, "CN=small", NULL));
	printf("  set_pubkey %d\n", gnutls_x509_crq_set_pubkey(crq, pub));
	printf("  privkey_sign %d\n", gnutls_x509_crq_privkey_sign(crq, pk, 0, 0));
	printf("  version %d\n", gnutls_x509_crq_get_version(crq));
	printf("  sig_algo %s\n", gnutls_sign_get_name(gnutls_x509_crq_get_signature_algorithm(crq)));
	printf("  verify %d\n", gnutls_x509_crq_verify(crq, 0));
	if (gnutls_x509_crq_export2(crq, GNUTLS_X509_FMT_DER, &der) == 0) {
		if (strcmp(keyfile, "keys/rsa-pkcs1.pem") == 0)
			digest("der", der.data, der.size);
		gnutls_free(der.data);
	}
	printf("  add cn %d\n", gnutls_x509_crq_set_dn_by_oid(crq, GNUTLS_OID_X520_COMMON_NAME, 0, "more", 4));
	printf("  verify after change %d\n", gnutls_x509_crq_verify(crq, 0));
	printf("  privkey_sign sha384 %d\n", gnutls_x509_crq_privkey_sign(crq, pk, GNUTLS_DIG_SHA384, 0));
	printf("  sig_algo %s\n", gnutls_sign_get_name(gnutls_x509_crq_get_signature_algorithm(crq)));
	printf("  verify %d\n", gnutls_x509_crq_verify(crq, 0));
	gnutls_x509_crq_deinit(crq);
	gnutls_pubkey_deinit(pub);
	gnutls_privkey_deinit(pk);
}


/* Requests half made, setters' refusals and corner cases. */
static void edges(void)
{
	gnutls_x509_privkey_t k;
	gnutls_x509_crq_t c, back;
	gnutls_x509_crt_t crt;
	gnutls_datum_t kd = load("keys/rsa-pkcs1.pem"), d, m, e;
	unsigned char buf[64];
	size_t size;
	int ret;

	printf("edges\n");
	gnutls_x509_privkey_init(&k);
	gnutls_x509_privkey_import(k, &kd, GNUTLS_X509_FMT_PEM);
	gnutls_free(kd.data);
	gnutls_x509_crq_init(&c);
	printf("  export fresh %d\n", gnutls_x509_crq_export2(c, GNUTLS_X509_FMT_DER, &d));
	ret = gnutls_x509_crq_print(c, GNUTLS_CRT_PRINT_FULL, &d);
	printf("  print fresh %d\n", ret);
	if (ret == 0) {
		lines("  | ", &d);
		gnutls_free(d.data);
	}
	printf("  sign without key %d\n", gnutls_x509_crq_sign2(c, k, 0, 0));
	printf("  fresh sig algo %d\n", gnutls_x509_crq_get_signature_algorithm(c));
	size = sizeof buf;
	printf("  fresh sig oid %d\n", gnutls_x509_crq_get_signature_oid(c, (char *)buf, &size));
	size = sizeof buf;
	printf("  fresh pk oid %d\n", gnutls_x509_crq_get_pk_oid(c, (char *)buf, &size));
	size = sizeof buf;
	printf("  fresh key id %d\n", gnutls_x509_crq_get_key_id(c, 0, buf, &size));
	size = sizeof buf;
	printf("  fresh dn oid %d\n", gnutls_x509_crq_get_dn_oid(c, 0, buf, &size));
	printf("  fresh dn2 %d\n", gnutls_x509_crq_get_dn2(c, &d));
	printf("  fresh rsa raw %d\n", gnutls_x509_crq_get_key_rsa_raw(c, &m, &e));
	printf("  set_version 3 %d get %d\n", gnutls_x509_crq_set_version(c, 3), gnutls_x509_crq_get_version(c));
	printf("  set_version 0 %d get %d\n", gnutls_x509_crq_set_version(c, 0), gnutls_x509_crq_get_version(c));
	printf("  set_key %d\n", gnutls_x509_crq_set_key(c, k));
	printf("  export unsigned %d\n", gnutls_x509_crq_export2(c, GNUTLS_X509_FMT_DER, &d));
	ret = gnutls_x509_crq_print(c, GNUTLS_CRT_PRINT_FULL, &d);
	printf("  print unsigned %d\n", ret);
	if (ret == 0) {
		lines("  | ", &d);
		gnutls_free(d.data);
	}
	gnutls_x509_crt_init(&crt);
	printf("  crt_set_crq unsigned %d\n", gnutls_x509_crt_set_crq(crt, c));
	printf("  sign without subject %d\n", gnutls_x509_crq_sign2(c, k, 0, 0));
	size = sizeof buf;
	printf("  get_dn empty subject %d\n", gnutls_x509_crq_get_dn(c, (char *)buf, &size));
	printf("  crt_set_crq %d\n", gnutls_x509_crt_set_crq(crt, c));
	printf("  challenge %d\n", gnutls_x509_crq_set_challenge_password(c, "x"));
	printf("  challenge again %d\n", gnutls_x509_crq_set_challenge_password(c, "yy"));
	size = sizeof buf;
	ret = gnutls_x509_crq_get_challenge_password(c, (char *)buf, &size);
	printf("  get challenge %d %s\n", ret, ret == 0 ? (char *)buf : "");
	printf("  verify after change %d\n", gnutls_x509_crq_verify(c, 0));
	printf("  crt_set_crq after change %d\n", gnutls_x509_crt_set_crq(crt, c));
	printf("  key usage 0 %d\n", gnutls_x509_crq_set_key_usage(c, 0));
	printf("  basic constraints %d\n", gnutls_x509_crq_set_basic_constraints(c, 0, -1));
	printf("  purpose %d\n", gnutls_x509_crq_set_key_purpose_oid(c, GNUTLS_KP_TLS_WWW_SERVER, 0));
	printf("  purpose again %d\n", gnutls_x509_crq_set_key_purpose_oid(c, GNUTLS_KP_TLS_WWW_SERVER, 1));
	printf("  san %d\n", gnutls_x509_crq_set_subject_alt_name(c, GNUTLS_SAN_DNSNAME, "x.example", 9, 0));
	printf("  san set %d\n", gnutls_x509_crq_set_subject_alt_name(c, GNUTLS_SAN_DNSNAME, "y.example", 9, 0));
	printf("  san othername %d\n", gnutls_x509_crq_set_subject_alt_name(c, GNUTLS_SAN_OTHERNAME, "y.example", 9, 0));
	printf("  san 99 %d\n", gnutls_x509_crq_set_subject_alt_name(c, 99, "y.example", 9, 0));
	printf("  xmpp %d\n", gnutls_x509_crq_set_subject_alt_othername(c, "1.3.6.1.5.5.7.8.5", "me@xmpp", 7,
		GNUTLS_FSAN_APPEND | GNUTLS_FSAN_ENCODE_UTF8_STRING));
	printf("  octet othername %d\n", gnutls_x509_crq_set_subject_alt_othername(c, "1.2.3.9", "\x01\x02", 2,
		GNUTLS_FSAN_APPEND | GNUTLS_FSAN_ENCODE_OCTET_STRING));
	printf("  san xmpp type %d\n", gnutls_x509_crq_set_subject_alt_name(c, GNUTLS_SAN_OTHERNAME_XMPP, "j@xmpp", 6, GNUTLS_FSAN_APPEND));
	/* GnuTLS leaves a request half-written by a DN it cannot parse: use a scratch one. */
	gnutls_x509_crq_init(&back);
	printf("  bad dn %d\n", gnutls_x509_crq_set_dn(back, "CN=a,garbage", NULL));
	gnutls_x509_crq_deinit(back);
	gnutls_x509_crq_init(&back);
	printf("  multi-valued dn %d\n", gnutls_x509_crq_set_dn(back, "CN=a,O=b+OU=c", NULL));
	gnutls_x509_crq_deinit(back);
	gnutls_x509_crq_init(&back);
	printf("  unknown oid dn %d\n", gnutls_x509_crq_set_dn_by_oid(back, "1.2.3.4", 0, "x", 1));
	gnutls_x509_crq_deinit(back);
	printf("  unknown oid raw dn %d\n", gnutls_x509_crq_set_dn_by_oid(c, "1.2.3.4", 1, "\x0c\x01x", 3));
	printf("  empty dn value %d\n", gnutls_x509_crq_set_dn_by_oid(c, GNUTLS_OID_X520_COMMON_NAME, 0, "x", 0));
	printf("  set attr %d\n", gnutls_x509_crq_set_attribute_by_oid(c, "1.2.840.113549.1.9.2", (void *)"\x0c\x03" "abc", 5));
	printf("  set attr again %d\n", gnutls_x509_crq_set_attribute_by_oid(c, "1.2.840.113549.1.9.2", (void *)"\x0c\x03" "abd", 5));
	m.data = (unsigned char *)"\x00\xc5\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f";
	m.size = 17;
	e.data = (unsigned char *)"\x01\x00\x01";
	e.size = 3;
	printf("  rsa raw %d\n", gnutls_x509_crq_set_key_rsa_raw(c, &m, &e));
	ret = gnutls_x509_crq_get_key_rsa_raw(c, &m, &e);
	printf("  get rsa raw %d\n", ret);
	if (ret == 0) {
		hex("m", m.data, m.size);
		hex("e", e.data, e.size);
		gnutls_free(m.data);
		gnutls_free(e.data);
	}
	printf("  set_key back %d\n", gnutls_x509_crq_set_key(c, k));
	printf("  sign sha1 %d\n", gnutls_x509_crq_sign2(c, k, GNUTLS_DIG_SHA1, 0));
	printf("  sign %d\n", gnutls_x509_crq_sign2(c, k, 0, 0));
	printf("  export2 %d\n", gnutls_x509_crq_export2(c, GNUTLS_X509_FMT_DER, &d));
	gnutls_x509_crq_init(&back);
	printf("  import %d\n", gnutls_x509_crq_import(back, &d, GNUTLS_X509_FMT_DER));
	gnutls_free(d.data);
	dump(back);
	/* The older PEM label is read too. */
	if (gnutls_x509_crq_export2(back, GNUTLS_X509_FMT_PEM, &d) == 0) {
		char *pem = malloc(d.size + 16), *p;
		strcpy(pem, "junk\n");
		memcpy(pem + 5, d.data, d.size);
		pem[5 + d.size] = 0;
		while ((p = strstr(pem, "NEW CERTIFICATE")) != NULL)
			memmove(p, p + 4, strlen(p + 4) + 1);
		gnutls_datum_t old = { (unsigned char *)pem, strlen(pem) };
		printf("  old label %d\n", gnutls_x509_crq_import(back, &old, GNUTLS_X509_FMT_PEM));
		free(pem);
		gnutls_free(d.data);
	}
	gnutls_x509_crq_deinit(back);
	gnutls_x509_crt_deinit(crt);
	gnutls_x509_crq_deinit(c);
	gnutls_x509_privkey_deinit(k);
}

/* The TLS features list on its own and in a certificate. */
static void tlsfeatures(void)
{
	gnutls_x509_tlsfeatures_t f, g;
	gnutls_x509_privkey_t k;
	gnutls_x509_crt_t crt;
	gnutls_datum_t kd = load("keys/rsa-pkcs1.pem"), der = { NULL, 0 };
	unsigned feat, crit = 77;
	int ret;

	printf("tlsfeatures\n");
	gnutls_x509_tlsfeatures_init(&f);
	gnutls_x509_tlsfeatures_init(&g);
	printf("  get empty %d\n", gnutls_x509_tlsfeatures_get(f, 0, &feat));
	printf("  add %d %d\n", gnutls_x509_tlsfeatures_add(f, 5), gnutls_x509_tlsfeatures_add(f, 17));
	ret = gnutls_x509_ext_export_tlsfeatures(f, &der);
	printf("  export %d", ret);
	hex("", der.data, ret == 0 ? der.size : 0);
	gnutls_x509_tlsfeatures_add(g, 17);
	gnutls_x509_tlsfeatures_add(g, 9);
	printf("  import append %d\n", gnutls_x509_ext_import_tlsfeatures(&der, g, GNUTLS_EXT_FLAG_APPEND));
	for (unsigned i = 0; gnutls_x509_tlsfeatures_get(g, i, &feat) == 0; i++)
		printf("  [%u] %u\n", i, feat);
	printf("  import %d\n", gnutls_x509_ext_import_tlsfeatures(&der, g, 0));
	for (unsigned i = 0; gnutls_x509_tlsfeatures_get(g, i, &feat) == 0; i++)
		printf("  [%u] %u\n", i, feat);
	gnutls_free(der.data);

	gnutls_x509_privkey_init(&k);
	gnutls_x509_privkey_import(k, &kd, GNUTLS_X509_FMT_PEM);
	gnutls_free(kd.data);
	gnutls_x509_crt_init(&crt);
	gnutls_x509_crt_set_version(crt, 3);
	gnutls_x509_crt_set_serial(crt, "\x01", 1);
	gnutls_x509_crt_set_activation_time(crt, 1700000000);
	gnutls_x509_crt_set_expiration_time(crt, 1800000000);
	gnutls_x509_crt_set_dn_by_oid(crt, GNUTLS_OID_X520_COMMON_NAME, 0, "f", 1);
	gnutls_x509_crt_set_key(crt, k);
	gnutls_x509_tlsfeatures_deinit(g);
	gnutls_x509_tlsfeatures_init(&g);
	gnutls_x509_tlsfeatures_add(g, 5);
	printf("  crt set %d\n", gnutls_x509_crt_set_tlsfeatures(crt, g));
	printf("  crt sign %d\n", gnutls_x509_crt_sign2(crt, crt, k, GNUTLS_DIG_SHA256, 0));
	gnutls_x509_crt_export2(crt, GNUTLS_X509_FMT_DER, &der);
	digest("crt der", der.data, der.size);
	gnutls_free(der.data);
	gnutls_x509_tlsfeatures_deinit(g);
	gnutls_x509_tlsfeatures_init(&g);
	printf("  check empty %u\n", gnutls_x509_tlsfeatures_check_crt(g, crt));
	printf("  crt get %d", gnutls_x509_crt_get_tlsfeatures(crt, g, 0, &crit));
	printf(" critical %u\n", crit);
	for (unsigned i = 0; gnutls_x509_tlsfeatures_get(g, i, &feat) == 0; i++)
		printf("  [%u] %u\n", i, feat);
	printf("  check same %u\n", gnutls_x509_tlsfeatures_check_crt(g, crt));
	printf("  check more %u\n", gnutls_x509_tlsfeatures_check_crt(f, crt));
	gnutls_x509_tlsfeatures_deinit(f);
	gnutls_x509_tlsfeatures_deinit(g);
	gnutls_x509_crt_deinit(crt);
	gnutls_x509_privkey_deinit(k);
}

static void fixture(const char *name, gnutls_x509_crt_fmt_t fmt)
{
	gnutls_x509_crq_t crq;
	gnutls_datum_t d = load(name);
	printf("fixture %s\n", name);
	gnutls_x509_crq_init(&crq);
	int ret = gnutls_x509_crq_import(crq, &d, fmt);
	printf("  import %d\n", ret);
	if (ret == 0)
		dump(crq);
	gnutls_x509_crq_deinit(crq);
	gnutls_free(d.data);
}

/* Each import on a fresh handle: GnuTLS's handle is unusable after a
 * failed DER decoding (every later import fails with -67). */
static int import_fresh(gnutls_datum_t *d, gnutls_x509_crt_fmt_t fmt)
{
	gnutls_x509_crq_t crq;
	gnutls_x509_crq_init(&crq);
	int ret = gnutls_x509_crq_import(crq, d, fmt);
	gnutls_x509_crq_deinit(crq);
	return ret;
}

static void bad_input(void)
{
	gnutls_x509_crq_t crq;
	gnutls_datum_t d = load("crq/openssl-rsa-sha1.der"), cut, pem = load("crq/openssl-ec.pem");
	char buf[64];
	size_t size = sizeof buf;
	unsigned u;

	printf("bad input\n");
	gnutls_x509_crq_init(&crq);
	cut.data = d.data;
	for (unsigned n = 0; n < d.size; n += d.size / 7 + 1) {
		cut.size = n;
		printf("  der cut %u: %d\n", n, import_fresh(&cut, GNUTLS_X509_FMT_DER));
	}
	cut.size = d.size - 1;
	printf("  der cut last: %d\n", import_fresh(&cut, GNUTLS_X509_FMT_DER));
	cut.data = (unsigned char *)"garbage, not a request at all";
	cut.size = strlen((char *)cut.data);
	printf("  garbage der: %d\n", import_fresh(&cut, GNUTLS_X509_FMT_DER));
	printf("  garbage pem: %d\n", import_fresh(&cut, GNUTLS_X509_FMT_PEM));
	cut.data = (unsigned char *)"-----BEGIN CERTIFICATE REQUEST-----\nAAAA$$$\n-----END CERTIFICATE REQUEST-----\n";
	cut.size = strlen((char *)cut.data);
	printf("  bad base64: %d\n", import_fresh(&cut, GNUTLS_X509_FMT_PEM));
	cut.data = (unsigned char *)"-----BEGIN CERTIFICATE REQUEST-----\nMAMCAQA=\n-----END CERTIFICATE REQUEST-----\n";
	cut.size = strlen((char *)cut.data);
	printf("  bad der in pem: %d\n", import_fresh(&cut, GNUTLS_X509_FMT_PEM));
	cut.data = pem.data;
	cut.size = pem.size / 2;
	printf("  pem cut: %d\n", import_fresh(&cut, GNUTLS_X509_FMT_PEM));
	printf("  pem as der: %d\n", import_fresh(&pem, GNUTLS_X509_FMT_DER));
	printf("  der as pem: %d\n", import_fresh(&d, GNUTLS_X509_FMT_PEM));
	printf("  bad format: %d\n", import_fresh(&d, 7));
	gnutls_x509_crq_deinit(crq);

	/* NULLs, and getters on an empty request. */
	gnutls_x509_crq_deinit(NULL);
	gnutls_x509_crq_init(&crq);
	printf("  set_dn(NULL) %d\n", gnutls_x509_crq_set_dn(crq, NULL, NULL));
	printf("  set_version 0 %d\n", gnutls_x509_crq_set_version(crq, 0));
	printf("  set_challenge(NULL) %d\n", gnutls_x509_crq_set_challenge_password(crq, NULL));
	printf("  empty get_dn %d\n", gnutls_x509_crq_get_dn(crq, buf, &size));
	printf("  empty key_usage %d\n", gnutls_x509_crq_get_key_usage(crq, &u, NULL));
	printf("  empty pk %d\n", gnutls_x509_crq_get_pk_algorithm(crq, NULL));
	size = sizeof buf;
	printf("  empty challenge %d\n", gnutls_x509_crq_get_challenge_password(crq, buf, &size));
	printf("  empty ext_info %d\n", gnutls_x509_crq_get_extension_info(crq, 0, buf, &size, NULL));
	printf("  empty verify %d\n", gnutls_x509_crq_verify(crq, 0));
	printf("  NULL version %d\n", gnutls_x509_crq_get_version(NULL));
	printf("  NULL get_dn %d\n", gnutls_x509_crq_get_dn(NULL, buf, &size));
	printf("  NULL export2 %d\n", gnutls_x509_crq_export2(NULL, GNUTLS_X509_FMT_DER, NULL));
	printf("  NULL crt_set_crq %d\n", gnutls_x509_crt_set_crq(NULL, crq));
	gnutls_x509_crq_deinit(crq);
	gnutls_free(d.data);
	gnutls_free(pem.data);
}

int main(void)
{
	gnutls_global_init();
	build("keys/rsa-pkcs1.pem", 1, 0);
	build("keys/rsa-pkcs1.pem", 1, GNUTLS_DIG_SHA512);
	build("keys/ec256-sec1.pem", 0, 0);
	privkey_sign("keys/rsa-pkcs1.pem");
	privkey_sign("keys/ec384-sec1.pem");
	privkey_sign("keys/ed25519.key");
	privkey_sign("keys/rsa-pss.key");
	edges();
	tlsfeatures();
	fixture("crq/certtool-rsa.pem", GNUTLS_X509_FMT_PEM);
	fixture("crq/certtool-ec.pem", GNUTLS_X509_FMT_PEM);
	fixture("crq/openssl-ec.pem", GNUTLS_X509_FMT_PEM);
	fixture("crq/openssl-rsa-sha1.der", GNUTLS_X509_FMT_DER);
	bad_input();
	gnutls_global_deinit();
	return 0;
}
