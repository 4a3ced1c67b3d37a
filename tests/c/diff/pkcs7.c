/* PKCS#7 (gnutls/pkcs7.h): import of certificate bags and signed data
 * (PEM "PKCS7"/"CMS", DER, bad input), export, the certificate and CRL
 * lists (get/set/delete), embedded data, signature info, printing,
 * verification and signing.
 * Corpus: tests/certs/pkcs7/ (make-pkcs7.sh). */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/pkcs7.h>
#include <gnutls/abstract.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static gnutls_datum_t file(const char *path)
{
	gnutls_datum_t d = { NULL, 0 };
	FILE *f = fopen(path, "rb");
	if (!f) {
		printf("missing %s\n", path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	d.data = gnutls_malloc(n + 1);
	d.size = fread(d.data, 1, n, f);
	fclose(f);
	return d;
}

static void hex(const char *label, const unsigned char *p, size_t n)
{
	printf("%s ", label);
	for (size_t i = 0; i < n; i++)
		printf("%02x", p[i]);
	printf("\n");
}

static unsigned long sum(const unsigned char *p, size_t n)
{
	unsigned long h = 5381;
	for (size_t i = 0; i < n; i++)
		h = h * 33 + p[i];
	return h;
}

static gnutls_pkcs7_t load(const char *path, gnutls_x509_crt_fmt_t fmt)
{
	gnutls_pkcs7_t p;
	gnutls_datum_t d = file(path);
	gnutls_pkcs7_init(&p);
	int r = gnutls_pkcs7_import(p, &d, fmt);
	printf("import %s fmt=%d: %d\n", path, fmt, r);
	gnutls_free(d.data);
	return p;
}

static gnutls_x509_crt_t load_crt(const char *path)
{
	gnutls_x509_crt_t crt;
	gnutls_datum_t d = file(path);
	gnutls_x509_crt_init(&crt);
	if (gnutls_x509_crt_import(crt, &d, GNUTLS_X509_FMT_PEM) < 0)
		printf("cannot load %s\n", path);
	gnutls_free(d.data);
	return crt;
}

static void lists(const char *name, gnutls_pkcs7_t p)
{
	gnutls_datum_t d;
	unsigned char buf[4096];
	size_t sz;
	int n = gnutls_pkcs7_get_crt_count(p), r;
	printf("%s crt_count %d\n", name, n);
	for (int i = 0; i <= (n < 0 ? 0 : n); i++) {
		r = gnutls_pkcs7_get_crt_raw2(p, i, &d);
		printf("  crt_raw2[%d] %d", i, r);
		if (r == 0) {
			printf(" size=%u sum=%lx", d.size, sum(d.data, d.size));
			gnutls_free(d.data);
		}
		sz = 10;
		r = gnutls_pkcs7_get_crt_raw(p, i, buf, &sz);
		printf(" raw(short) %d sz=%zu", r, sz);
		sz = sizeof(buf);
		r = gnutls_pkcs7_get_crt_raw(p, i, buf, &sz);
		printf(" raw %d sz=%zu", r, sz);
		sz = 0;
		r = gnutls_pkcs7_get_crt_raw(p, i, NULL, &sz);
		printf(" raw(NULL) %d sz=%zu\n", r, sz);
	}
	n = gnutls_pkcs7_get_crl_count(p);
	printf("%s crl_count %d\n", name, n);
	for (int i = 0; i <= (n < 0 ? 0 : n); i++) {
		r = gnutls_pkcs7_get_crl_raw2(p, i, &d);
		printf("  crl_raw2[%d] %d", i, r);
		if (r == 0) {
			printf(" size=%u sum=%lx", d.size, sum(d.data, d.size));
			gnutls_free(d.data);
		}
		sz = 10;
		r = gnutls_pkcs7_get_crl_raw(p, i, buf, &sz);
		printf(" raw(short) %d sz=%zu", r, sz);
		sz = sizeof(buf);
		r = gnutls_pkcs7_get_crl_raw(p, i, buf, &sz);
		printf(" raw %d sz=%zu\n", r, sz);
	}
}

static void print_attrs(const char *what, gnutls_pkcs7_attrs_t a)
{
	for (unsigned i = 0;; i++) {
		char *oid = NULL;
		gnutls_datum_t d = { NULL, 0 };
		int r = gnutls_pkcs7_get_attr(a, i, &oid, &d, 0);
		if (r < 0) {
			printf("    %s[%u] %d\n", what, i, r);
			break;
		}
		printf("    %s[%u] %s", what, i, oid);
		hex("", d.data, d.size);
		gnutls_free(d.data);
		r = gnutls_pkcs7_get_attr(a, i, &oid, &d, GNUTLS_PKCS7_ATTR_ENCODE_OCTET_STRING);
		printf("    %s[%u] octet %d", what, i, r);
		if (r == 0) {
			hex("", d.data, d.size);
			gnutls_free(d.data);
		} else
			printf("\n");
	}
}

static void signatures(const char *name, gnutls_pkcs7_t p)
{
	gnutls_datum_t d;
	int n = gnutls_pkcs7_get_signature_count(p), r;
	printf("%s signature_count %d\n", name, n);
	for (int i = 0; i <= (n < 0 ? 0 : n); i++) {
		gnutls_pkcs7_signature_info_st info;
		memset(&info, 0, sizeof(info));
		r = gnutls_pkcs7_get_signature_info(p, i, &info);
		printf("  info[%d] %d\n", i, r);
		if (r < 0)
			continue;
		printf("    algo %d time %ld\n", info.algo, (long)info.signing_time);
		printf("    sig size %u sum %lx\n", info.sig.size, sum(info.sig.data, info.sig.size));
		hex("    issuer_dn", info.issuer_dn.data, info.issuer_dn.size);
		hex("    serial", info.signer_serial.data, info.signer_serial.size);
		hex("    keyid", info.issuer_keyid.data, info.issuer_keyid.size);
		print_attrs("signed", info.signed_attrs);
		print_attrs("unsigned", info.unsigned_attrs);
		gnutls_pkcs7_signature_info_deinit(&info);
	}
	r = gnutls_pkcs7_get_embedded_data(p, 0, &d);
	printf("%s embedded %d", name, r);
	if (r == 0) {
		hex("", d.data, d.size);
		gnutls_free(d.data);
	} else
		printf("\n");
	r = gnutls_pkcs7_get_embedded_data(p, GNUTLS_PKCS7_EDATA_GET_RAW, &d);
	printf("%s embedded raw %d", name, r);
	if (r == 0) {
		hex("", d.data, d.size);
		gnutls_free(d.data);
	} else
		printf("\n");
	const char *oid = gnutls_pkcs7_get_embedded_data_oid(p);
	printf("%s embedded oid %s\n", name, oid ? oid : "(null)");
}

static void exports(const char *name, gnutls_pkcs7_t p)
{
	gnutls_datum_t d;
	unsigned char buf[8192];
	size_t sz;
	for (int fmt = 0; fmt < 2; fmt++) {
		int r = gnutls_pkcs7_export2(p, fmt, &d);
		printf("%s export2 fmt=%d %d", name, fmt, r);
		if (r == 0) {
			printf(" size=%u sum=%lx\n", d.size, sum(d.data, d.size));
			if (fmt == 1)
				printf("%.*s", (int)d.size, d.data);
			gnutls_free(d.data);
		} else
			printf("\n");
		sz = 5;
		r = gnutls_pkcs7_export(p, fmt, buf, &sz);
		printf("%s export short %d sz=%zu\n", name, r, sz);
		sz = sizeof(buf);
		r = gnutls_pkcs7_export(p, fmt, buf, &sz);
		printf("%s export %d sz=%zu sum=%lx\n", name, r, sz, r == 0 ? sum(buf, sz) : 0);
		if (r == 0 && fmt == 1)
			printf("%s export pem nul=%d\n", name, sz < sizeof(buf) ? buf[sz] : -1);
	}
}

static void prints(const char *name, gnutls_pkcs7_t p)
{
	gnutls_datum_t d;
	for (int f = 0; f <= GNUTLS_CRT_PRINT_FULL_NUMBERS; f++) {
		int r = gnutls_pkcs7_print(p, f, &d);
		printf("%s print %d: %d\n", name, f, r);
		if (r == 0) {
			printf("%.*s", (int)d.size, d.data);
			gnutls_free(d.data);
		}
	}
	gnutls_pkcs7_signature_info_st info;
	if (gnutls_pkcs7_get_signature_info(p, 0, &info) == 0) {
		for (int f = 0; f <= GNUTLS_CRT_PRINT_COMPACT; f++) {
			int r = gnutls_pkcs7_print_signature_info(&info, f, &d);
			printf("%s print_signature_info %d: %d\n", name, f, r);
			if (r == 0) {
				printf("%.*s", (int)d.size, d.data);
				gnutls_free(d.data);
			}
		}
		gnutls_pkcs7_signature_info_deinit(&info);
	}
}

static void show(const char *path, gnutls_x509_crt_fmt_t fmt)
{
	gnutls_pkcs7_t p = load(path, fmt);
	lists(path, p);
	signatures(path, p);
	/* Before exporting: GnuTLS 3.7.9 prints the certificates of a
	 * multi-certificate structure wrongly after an export. */
	prints(path, p);
	exports(path, p);
	gnutls_pkcs7_deinit(p);
}

/* BER input (OpenSSL's streamed output). GnuTLS keeps the eContent in its
 * BER form when it exports or hands out the raw content; we re-encode it to
 * DER, so those two results are not compared. */
static void ber(const char *path)
{
	gnutls_datum_t d;
	gnutls_pkcs7_t p = load(path, GNUTLS_X509_FMT_DER);
	lists(path, p);
	prints(path, p);
	int r = gnutls_pkcs7_get_embedded_data(p, 0, &d);
	printf("%s embedded %d", path, r);
	if (r == 0) {
		hex("", d.data, d.size);
		gnutls_free(d.data);
	} else
		printf("\n");
	r = gnutls_pkcs7_export2(p, GNUTLS_X509_FMT_DER, &d);
	printf("%s export2 %d\n", path, r);
	if (r == 0) {
		printf("~ size %u\n", d.size);
		gnutls_pkcs7_t q;
		gnutls_pkcs7_init(&q);
		printf("  reimport %d\n", gnutls_pkcs7_import(q, &d, GNUTLS_X509_FMT_DER));
		lists("reimported", q);
		gnutls_free(d.data);
		r = gnutls_pkcs7_get_embedded_data(q, 0, &d);
		printf("  reimported embedded %d\n", r);
		if (r == 0)
			gnutls_free(d.data);
		gnutls_x509_crt_t s = load_crt("pkcs7/rsa.pem");
		printf("  reimported verify_direct %d\n", gnutls_pkcs7_verify_direct(q, s, 0, NULL, 0));
		gnutls_x509_crt_deinit(s);
		gnutls_pkcs7_deinit(q);
	}
	gnutls_pkcs7_deinit(p);
}

static void bad(const char *path, gnutls_x509_crt_fmt_t fmt)
{
	gnutls_pkcs7_t p = load(path, fmt);
	printf("  after bad import: crt_count %d sig_count %d\n", gnutls_pkcs7_get_crt_count(p),
	       gnutls_pkcs7_get_signature_count(p));
	gnutls_pkcs7_deinit(p);
}

static void build(void)
{
	gnutls_pkcs7_t p;
	gnutls_datum_t d, cd;
	gnutls_pkcs7_init(&p);
	printf("empty: crt_count %d crl_count %d sig_count %d\n", gnutls_pkcs7_get_crt_count(p),
	       gnutls_pkcs7_get_crl_count(p), gnutls_pkcs7_get_signature_count(p));
	int r = gnutls_pkcs7_export2(p, GNUTLS_X509_FMT_DER, &d);
	printf("empty export2 %d\n", r);
	if (r == 0)
		gnutls_free(d.data);
	r = gnutls_pkcs7_get_embedded_data(p, 0, &d);
	printf("empty embedded %d\n", r);
	const char *oid = gnutls_pkcs7_get_embedded_data_oid(p);
	printf("empty embedded oid %s\n", oid ? oid : "(null)");
	printf("empty delete_crt %d delete_crl %d\n", gnutls_pkcs7_delete_crt(p, 0), gnutls_pkcs7_delete_crl(p, 0));

	gnutls_x509_crt_t rsa = load_crt("pkcs7/rsa.pem"), ca = load_crt("pkcs7/ca.pem");
	printf("set_crt %d\n", gnutls_pkcs7_set_crt(p, rsa));
	d = file("pkcs7/ca.pem");
	gnutls_pem_base64_decode2("CERTIFICATE", &d, &cd);
	gnutls_free(d.data);
	printf("set_crt_raw %d\n", gnutls_pkcs7_set_crt_raw(p, &cd));
	printf("set_crt_raw dup %d\n", gnutls_pkcs7_set_crt_raw(p, &cd));
	gnutls_free(cd.data);
	gnutls_x509_crl_t crl;
	gnutls_x509_crl_init(&crl);
	d = file("pkcs7/ca.crl");
	gnutls_x509_crl_import(crl, &d, GNUTLS_X509_FMT_PEM);
	gnutls_free(d.data);
	printf("set_crl %d\n", gnutls_pkcs7_set_crl(p, crl));
	gnutls_x509_crl_export2(crl, GNUTLS_X509_FMT_DER, &cd);
	printf("set_crl_raw %d\n", gnutls_pkcs7_set_crl_raw(p, &cd));
	gnutls_free(cd.data);
	prints("built", p);
	lists("built", p);
	signatures("built", p);
	exports("built", p);
	printf("delete_crt 5 %d\n", gnutls_pkcs7_delete_crt(p, 5));
	printf("delete_crt 0 %d\n", gnutls_pkcs7_delete_crt(p, 0));
	printf("delete_crl 1 %d\n", gnutls_pkcs7_delete_crl(p, 1));
	printf("delete_crl 2 %d\n", gnutls_pkcs7_delete_crl(p, 2));
	lists("deleted", p);
	exports("deleted", p);
	/* A well-formed element that is not a certificate is accepted. */
	gnutls_pkcs7_t j;
	gnutls_pkcs7_init(&j);
	gnutls_datum_t junk = { (unsigned char *)"\x30\x03\x02\x01\x01", 5 };
	printf("set_crt_raw junk %d\n", gnutls_pkcs7_set_crt_raw(j, &junk));
	gnutls_pkcs7_deinit(j);
	gnutls_x509_crt_t empty;
	gnutls_x509_crt_init(&empty);
	printf("set_crt empty %d\n", gnutls_pkcs7_set_crt(p, empty));
	gnutls_x509_crt_deinit(empty);
	gnutls_pkcs7_deinit(p);
	gnutls_x509_crl_deinit(crl);
	gnutls_x509_crt_deinit(rsa);
	gnutls_x509_crt_deinit(ca);
}

static gnutls_x509_trust_list_t trust(const char *path)
{
	gnutls_x509_trust_list_t tl;
	gnutls_x509_trust_list_init(&tl, 0);
	if (path) {
		gnutls_datum_t d = file(path);
		gnutls_x509_trust_list_add_trust_mem(tl, &d, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
		gnutls_free(d.data);
	}
	return tl;
}

static void verifies(const char *path, const char *signer)
{
	gnutls_pkcs7_t p = load(path, GNUTLS_X509_FMT_DER);
	gnutls_x509_crt_t s = load_crt(signer);
	gnutls_datum_t data = file("pkcs7/data.txt");
	gnutls_datum_t other = { (unsigned char *)"other", 5 };
	gnutls_datum_t empty = { (unsigned char *)"", 0 };
	printf("  verify_direct empty %d\n", gnutls_pkcs7_verify_direct(p, s, 0, &empty, 0));
	printf("  verify_direct NULL %d data %d other %d idx1 %d\n", gnutls_pkcs7_verify_direct(p, s, 0, NULL, 0),
	       gnutls_pkcs7_verify_direct(p, s, 0, &data, 0), gnutls_pkcs7_verify_direct(p, s, 0, &other, 0),
	       gnutls_pkcs7_verify_direct(p, s, 1, &data, 0));
	const char *tls[] = { "pkcs7/ca.pem", NULL, signer };
	for (int i = 0; i < 3; i++) {
		gnutls_x509_trust_list_t tl = trust(tls[i]);
		printf("  verify tl=%s NULL %d data %d other %d", tls[i] ? tls[i] : "empty",
		       gnutls_pkcs7_verify(p, tl, NULL, 0, 0, NULL, 0), gnutls_pkcs7_verify(p, tl, NULL, 0, 0, &data, 0),
		       gnutls_pkcs7_verify(p, tl, NULL, 0, 0, &other, 0));
		gnutls_typed_vdata_st vd = { GNUTLS_DT_KEY_PURPOSE_OID, (unsigned char *)GNUTLS_KP_CODE_SIGNING, 0 };
		printf(" purpose %d idx1 %d\n", gnutls_pkcs7_verify(p, tl, &vd, 1, 0, &data, 0),
		       gnutls_pkcs7_verify(p, tl, NULL, 0, 1, &data, 0));
		gnutls_x509_trust_list_deinit(tl, 1);
	}
	gnutls_free(data.data);
	gnutls_x509_crt_deinit(s);
	gnutls_pkcs7_deinit(p);
}

static gnutls_privkey_t load_key(const char *path)
{
	gnutls_privkey_t k;
	gnutls_datum_t d = file(path);
	gnutls_privkey_init(&k);
	if (gnutls_privkey_import_x509_raw(k, &d, GNUTLS_X509_FMT_PEM, NULL, 0) < 0)
		printf("cannot load %s\n", path);
	gnutls_free(d.data);
	return k;
}

static void signs(const char *name, int deterministic, gnutls_digest_algorithm_t dig, unsigned flags,
		  gnutls_pkcs7_attrs_t sattrs, gnutls_pkcs7_attrs_t uattrs)
{
	char crt[64], key[64];
	snprintf(crt, sizeof(crt), "pkcs7/%s.pem", name);
	snprintf(key, sizeof(key), "pkcs7/%s.key", name);
	gnutls_x509_crt_t s = load_crt(crt);
	gnutls_privkey_t k = load_key(key);
	gnutls_datum_t data = file("pkcs7/data.txt"), out;
	gnutls_pkcs7_t p;
	gnutls_pkcs7_init(&p);
	int r = gnutls_pkcs7_sign(p, s, k, &data, sattrs, uattrs, dig, flags);
	printf("sign %s dig=%d flags=%u: %d\n", name, dig, flags, r);
	if (r == 0) {
		r = gnutls_pkcs7_export2(p, GNUTLS_X509_FMT_DER, &out);
		if (r == 0 && deterministic && !(flags & GNUTLS_PKCS7_INCLUDE_TIME))
			hex("  der", out.data, out.size);
		else if (r == 0)
			printf("  der made (not compared: signature or time varies)\n");
		gnutls_free(out.data);
		printf("  verify_direct %d %d\n", gnutls_pkcs7_verify_direct(p, s, 0, NULL, 0),
		       gnutls_pkcs7_verify_direct(p, s, 0, &data, 0));
		gnutls_x509_trust_list_t tl = trust("pkcs7/ca.pem");
		printf("  verify %d\n", gnutls_pkcs7_verify(p, tl, NULL, 0, 0, &data, 0));
		gnutls_x509_trust_list_deinit(tl, 1);
		printf("  counts %d %d\n", gnutls_pkcs7_get_crt_count(p), gnutls_pkcs7_get_signature_count(p));
		r = gnutls_pkcs7_get_crt_raw2(p, 0, &out);
		printf("  crt_raw2 %d\n", r);
		if (r == 0)
			gnutls_free(out.data);
		r = gnutls_pkcs7_get_embedded_data(p, 0, &out);
		printf("  embedded %d\n", r);
		if (r == 0)
			gnutls_free(out.data);
		gnutls_pkcs7_signature_info_st info;
		if (gnutls_pkcs7_get_signature_info(p, 0, &info) == 0) {
			printf("  algo %d has_time %d\n", info.algo, info.signing_time != -1);
			if (!(flags & GNUTLS_PKCS7_INCLUDE_TIME))
				print_attrs("signed", info.signed_attrs);
			else if (!(flags & GNUTLS_PKCS7_INCLUDE_CERT))
				/* GnuTLS lists a freshly signed structure's attributes
				 * in the order it wrote them, or sorted once it has
				 * re-read itself (which INCLUDE_CERT and the calls
				 * above can trigger): ours follow the former. */
				for (unsigned i = 0;; i++) {
					char *oid;
					gnutls_datum_t v;
					if (gnutls_pkcs7_get_attr(info.signed_attrs, i, &oid, &v, 0) < 0)
						break;
					printf("    signed[%u] %s\n", i, oid);
					gnutls_free(v.data);
				}
			print_attrs("unsigned", info.unsigned_attrs);
			gnutls_pkcs7_signature_info_deinit(&info);
		}
	}
	gnutls_free(data.data);
	gnutls_pkcs7_deinit(p);
	gnutls_privkey_deinit(k);
	gnutls_x509_crt_deinit(s);
}

/* Key purpose: a signer whose certificate allows TLS use only
 * (tests/certs/crl/good.pem, extendedKeyUsage serverAuth, clientAuth). */
static void purposes(void)
{
	gnutls_x509_crt_t s = load_crt("crl/good.pem");
	gnutls_privkey_t k = load_key("crl/good.key");
	gnutls_datum_t data = file("pkcs7/data.txt");
	gnutls_pkcs7_t p;
	gnutls_pkcs7_init(&p);
	printf("purpose sign %d\n", gnutls_pkcs7_sign(p, s, k, &data, NULL, NULL, GNUTLS_DIG_SHA256,
						     GNUTLS_PKCS7_EMBED_DATA | GNUTLS_PKCS7_INCLUDE_CERT));
	gnutls_datum_t out;
	printf("  export %d\n", gnutls_pkcs7_export2(p, GNUTLS_X509_FMT_DER, &out));
	gnutls_pkcs7_deinit(p);
	gnutls_pkcs7_init(&p);
	printf("  reimport %d\n", gnutls_pkcs7_import(p, &out, GNUTLS_X509_FMT_DER));
	gnutls_free(out.data);
	gnutls_x509_trust_list_t tl = trust("crl/ca.pem");
	const char *purposes[] = { GNUTLS_KP_CODE_SIGNING, GNUTLS_KP_TLS_WWW_SERVER, GNUTLS_KP_EMAIL_PROTECTION, GNUTLS_KP_ANY };
	for (int i = 0; i < 4; i++) {
		gnutls_typed_vdata_st vd = { GNUTLS_DT_KEY_PURPOSE_OID, (unsigned char *)purposes[i], 0 };
		printf("  purpose %s: %d\n", purposes[i], gnutls_pkcs7_verify(p, tl, &vd, 1, 0, &data, 0));
	}
	printf("  no purpose: %d\n", gnutls_pkcs7_verify(p, tl, NULL, 0, 0, &data, 0));
	gnutls_x509_trust_list_deinit(tl, 1);
	gnutls_pkcs7_deinit(p);
	gnutls_free(data.data);
	gnutls_privkey_deinit(k);
	gnutls_x509_crt_deinit(s);
}

static void attrs(void)
{
	gnutls_pkcs7_attrs_t a = NULL;
	gnutls_datum_t v1 = { (unsigned char *)"\x0c\x03" "abc", 5 };
	gnutls_datum_t v2 = { (unsigned char *)"hello", 5 };
	printf("add_attr %d\n", gnutls_pkcs7_add_attr(&a, "1.2.3.4", &v1, 0));
	printf("add_attr octet %d\n", gnutls_pkcs7_add_attr(&a, "1.2.3.5", &v2, GNUTLS_PKCS7_ATTR_ENCODE_OCTET_STRING));
	print_attrs("list", a);
	gnutls_pkcs7_signature_info_st info;
	memset(&info, 0, sizeof(info));
	unsigned char ser[] = { 0, 1, 2 };
	info.signer_serial.data = ser;
	info.signer_serial.size = 3;
	info.issuer_keyid.data = ser;
	info.issuer_keyid.size = 3;
	info.signed_attrs = a;
	info.unsigned_attrs = a;
	gnutls_datum_t text = { NULL, 0 };
	printf("print_signature_info by hand %d\n", gnutls_pkcs7_print_signature_info(&info, GNUTLS_CRT_PRINT_FULL, &text));
	printf("%.*s", (int)text.size, text.data);
	gnutls_free(text.data);
	signs("rsa", 1, GNUTLS_DIG_SHA256, GNUTLS_PKCS7_EMBED_DATA, a, NULL);
	signs("rsa", 1, GNUTLS_DIG_SHA256, 0, NULL, a);
	signs("rsa", 1, GNUTLS_DIG_SHA256, GNUTLS_PKCS7_EMBED_DATA | GNUTLS_PKCS7_INCLUDE_TIME, a, a);
	gnutls_pkcs7_attrs_deinit(a);
	gnutls_pkcs7_attrs_deinit(NULL);
}

int main(void)
{
	const char *certs = getenv("RGNUTLS_CERTS");
	if (certs && chdir(certs) != 0)
		return 1;
	gnutls_global_init();
	show("pkcs7/bag.p7b", GNUTLS_X509_FMT_PEM);
	show("pkcs7/bag.p7b.der", GNUTLS_X509_FMT_DER);
	show("pkcs7/certs-only.p7b", GNUTLS_X509_FMT_PEM);
	show("pkcs7/certs-only.cms", GNUTLS_X509_FMT_PEM);
	show("pkcs7/ossl-rsa.p7s", GNUTLS_X509_FMT_DER);
	show("pkcs7/ossl-rsa-detached.p7s", GNUTLS_X509_FMT_DER);
	show("pkcs7/ossl-ec.p7s", GNUTLS_X509_FMT_DER);
	show("pkcs7/ossl-rsa-noattr.p7s", GNUTLS_X509_FMT_DER);
	show("pkcs7/ossl-rsa-nocerts.p7s", GNUTLS_X509_FMT_DER);
	show("pkcs7/ossl-rsa-keyid.p7s", GNUTLS_X509_FMT_DER);
	show("pkcs7/ossl-rsa-econtent.p7s", GNUTLS_X509_FMT_DER);
	ber("pkcs7/ossl-rsa-ber.p7s");
	show("pkcs7/gnutls-rsa.p7s", GNUTLS_X509_FMT_DER);
	show("pkcs7/gnutls-rsa-detached.p7s", GNUTLS_X509_FMT_DER);
	show("pkcs7/gnutls-rsa-time.p7s", GNUTLS_X509_FMT_DER);
	show("pkcs7/gnutls-ec.p7s", GNUTLS_X509_FMT_DER);
	bad("pkcs7/bag.p7b", GNUTLS_X509_FMT_DER);
	bad("pkcs7/bag.p7b.der", GNUTLS_X509_FMT_PEM);
	bad("pkcs7/truncated.der", GNUTLS_X509_FMT_DER);
	bad("pkcs7/truncated.pem", GNUTLS_X509_FMT_PEM);
	bad("pkcs7/garbage.bin", GNUTLS_X509_FMT_DER);
	bad("pkcs7/garbage.bin", GNUTLS_X509_FMT_PEM);
	bad("pkcs7/ca.pem", GNUTLS_X509_FMT_PEM);
	bad("pkcs7/data.txt", GNUTLS_X509_FMT_DER);
	build();
	printf("verify ossl-rsa\n");
	verifies("pkcs7/ossl-rsa.p7s", "pkcs7/rsa.pem");
	printf("verify ossl-rsa-detached\n");
	verifies("pkcs7/ossl-rsa-detached.p7s", "pkcs7/rsa.pem");
	printf("verify ossl-ec\n");
	verifies("pkcs7/ossl-ec.p7s", "pkcs7/ec.pem");
	printf("verify ossl-ec with the rsa signer\n");
	verifies("pkcs7/ossl-ec.p7s", "pkcs7/rsa.pem");
	printf("verify ossl-rsa-ber\n");
	verifies("pkcs7/ossl-rsa-ber.p7s", "pkcs7/rsa.pem");
	printf("verify ossl-rsa-keyid\n");
	verifies("pkcs7/ossl-rsa-keyid.p7s", "pkcs7/rsa.pem");
	printf("verify ossl-ec-keyid-cert\n");
	verifies("pkcs7/ossl-ec-keyid-cert.p7s", "pkcs7/ec.pem");
	printf("verify ossl-rsa-econtent\n");
	verifies("pkcs7/ossl-rsa-econtent.p7s", "pkcs7/rsa.pem");
	printf("verify ossl-rsa-noattr\n");
	verifies("pkcs7/ossl-rsa-noattr.p7s", "pkcs7/rsa.pem");
	printf("verify ossl-rsa-nocerts\n");
	verifies("pkcs7/ossl-rsa-nocerts.p7s", "pkcs7/rsa.pem");
	printf("verify gnutls-rsa-time\n");
	verifies("pkcs7/gnutls-rsa-time.p7s", "pkcs7/rsa.pem");
	printf("verify gnutls-ec\n");
	verifies("pkcs7/gnutls-ec.p7s", "pkcs7/ec.pem");
	printf("verify gnutls-rsa-nocert\n");
	verifies("pkcs7/gnutls-rsa-nocert.p7s", "pkcs7/rsa.pem");
	printf("verify signed-by-expired\n");
	verifies("pkcs7/signed-by-expired.p7s", "pkcs7/expired.pem");
	printf("verify signed-by-keyenc\n");
	verifies("pkcs7/signed-by-keyenc.p7s", "pkcs7/keyenc.pem");
	printf("verify bad-sig\n");
	verifies("pkcs7/bad-sig.p7s", "pkcs7/rsa.pem");
	signs("rsa", 1, GNUTLS_DIG_SHA256, 0, NULL, NULL);
	signs("rsa", 1, GNUTLS_DIG_SHA256, GNUTLS_PKCS7_EMBED_DATA, NULL, NULL);
	signs("rsa", 1, GNUTLS_DIG_SHA256, GNUTLS_PKCS7_EMBED_DATA | GNUTLS_PKCS7_INCLUDE_CERT, NULL, NULL);
	signs("rsa", 1, GNUTLS_DIG_SHA1, GNUTLS_PKCS7_INCLUDE_CERT, NULL, NULL);
	signs("rsa", 1, GNUTLS_DIG_SHA512, GNUTLS_PKCS7_EMBED_DATA | GNUTLS_PKCS7_WRITE_SPKI, NULL, NULL);
	signs("rsa", 1, GNUTLS_DIG_SHA256, GNUTLS_PKCS7_EMBED_DATA | GNUTLS_PKCS7_INCLUDE_TIME | GNUTLS_PKCS7_INCLUDE_CERT, NULL, NULL);
	signs("ec", 0, GNUTLS_DIG_SHA256, GNUTLS_PKCS7_EMBED_DATA | GNUTLS_PKCS7_INCLUDE_CERT, NULL, NULL);
	signs("ec", 0, GNUTLS_DIG_SHA384, GNUTLS_PKCS7_INCLUDE_TIME, NULL, NULL);
	attrs();
	purposes();
	/* Not compared: a second gnutls_pkcs7_sign on an imported structure,
	 * which crashes GnuTLS 3.7.9 (double free) after a failed export. */
	/* NULL handles and arguments */
	printf("null: %d %d %d %d\n", gnutls_pkcs7_import(NULL, NULL, 0), gnutls_pkcs7_get_crt_count(NULL),
	       gnutls_pkcs7_get_signature_count(NULL), gnutls_pkcs7_export2(NULL, 0, NULL));
	{
		gnutls_pkcs7_t p;
		gnutls_datum_t d = { NULL, 0 }, o = { NULL, 0 };
		size_t sz = 0;
		gnutls_pkcs7_signature_info_st info;
		gnutls_pkcs7_init(&p);
		printf("null2: %d %d %d %d %d\n", gnutls_pkcs7_get_crt_raw2(NULL, 0, &o), gnutls_pkcs7_get_crt_raw(NULL, 0, NULL, &sz),
		       gnutls_pkcs7_get_crl_count(NULL), gnutls_pkcs7_get_embedded_data(NULL, 0, &o),
		       gnutls_pkcs7_get_signature_info(NULL, 0, &info));
		printf("null3: %d %d %d %d %d\n", gnutls_pkcs7_verify_direct(NULL, NULL, 0, NULL, 0),
		       gnutls_pkcs7_verify(NULL, NULL, NULL, 0, 0, NULL, 0),
		       gnutls_pkcs7_sign(NULL, NULL, NULL, NULL, NULL, NULL, 0, 0), gnutls_pkcs7_set_crt_raw(NULL, &d),
		       gnutls_pkcs7_delete_crt(NULL, 0));
		printf("empty input: %d %d %d %d %d\n", gnutls_pkcs7_import(p, &d, GNUTLS_X509_FMT_DER),
		       gnutls_pkcs7_import(p, &d, GNUTLS_X509_FMT_PEM), gnutls_pkcs7_import(p, &d, 7),
		       gnutls_pkcs7_export2(p, 7, &o), gnutls_pkcs7_verify_direct(p, NULL, 0, NULL, 0));
		printf("null oid %d\n", gnutls_pkcs7_get_embedded_data_oid(NULL) == NULL);
		int r = gnutls_pkcs7_print(NULL, GNUTLS_CRT_PRINT_FULL, &o);
		printf("print NULL %d\n", r);
		if (r == 0) {
			printf("%.*s", (int)o.size, o.data);
			gnutls_free(o.data);
		}
		gnutls_pkcs7_deinit(p);
	}
	gnutls_global_deinit();
	return 0;
}
