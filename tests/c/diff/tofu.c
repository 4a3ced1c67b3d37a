/* Trust on first use: gnutls_store_pubkey, gnutls_store_commitment and
 * gnutls_verify_stored_pubkey over a known-hosts file (named, and the
 * default under $HOME), whose contents are printed so that the two
 * libraries' files must be identical; and over an application database
 * (gnutls_tdb_t). */
#include <gnutls/gnutls.h>
#include <gnutls/abstract.h>
#include <gnutls/crypto.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/rgnutls-tofu.XXXXXX";

static const char *cert_path(const char *rel)
{
	static char buf[1024];
	const char *base = getenv("RGNUTLS_CERTS");
	snprintf(buf, sizeof buf, "%s%s", base ? base : "tests/certs/", rel);
	return buf;
}

static gnutls_datum_t cert_der(const char *rel)
{
	gnutls_datum_t pem, der = { NULL, 0 };
	gnutls_x509_crt_t crt;
	gnutls_load_file(cert_path(rel), &pem);
	gnutls_x509_crt_init(&crt);
	gnutls_x509_crt_import(crt, &pem, GNUTLS_X509_FMT_PEM);
	gnutls_x509_crt_export2(crt, GNUTLS_X509_FMT_DER, &der);
	gnutls_x509_crt_deinit(crt);
	gnutls_free(pem.data);
	return der;
}

static gnutls_datum_t spki_of(const gnutls_datum_t *der)
{
	gnutls_x509_crt_t crt;
	gnutls_pubkey_t key;
	gnutls_datum_t out = { NULL, 0 };
	gnutls_x509_crt_init(&crt);
	gnutls_x509_crt_import(crt, der, GNUTLS_X509_FMT_DER);
	gnutls_pubkey_init(&key);
	gnutls_pubkey_import_x509(key, crt, 0);
	gnutls_pubkey_export2(key, GNUTLS_X509_FMT_DER, &out);
	gnutls_pubkey_deinit(key);
	gnutls_x509_crt_deinit(crt);
	return out;
}

static void dump(const char *path)
{
	char line[4096];
	FILE *f = fopen(path, "r");
	printf("-- %s\n", strrchr(path, '/'));
	if (!f) {
		printf("(no file)\n");
		return;
	}
	while (fgets(line, sizeof line, f))
		printf("%s", line);
	fclose(f);
}

#define V(db, tdb, h, s, t, c) printf("verify %s/%s: %s\n", h ? h : "NULL", s ? s : "NULL", \
	gnutls_strerror_name(gnutls_verify_stored_pubkey(db, tdb, h, s, t, c, 0)))

static int tdb_store(const char *db, const char *host, const char *service, time_t exp, const gnutls_datum_t *key)
{
	printf("tdb store db %s host %s service %s exp %ld key %u bytes\n", db ? db : "NULL", host,
	       service ? service : "NULL", (long)exp, key->size);
	return 0;
}

static int tdb_cstore(const char *db, const char *host, const char *service, time_t exp, gnutls_digest_algorithm_t a,
		      const gnutls_datum_t *hash)
{
	printf("tdb commitment %s %s %s %ld %d %u\n", db ? db : "NULL", host, service ? service : "NULL", (long)exp, a,
	       hash->size);
	return 0;
}

static int tdb_verify(const char *db, const char *host, const char *service, const gnutls_datum_t *key)
{
	printf("tdb verify %s %s %s %u\n", db ? db : "NULL", host, service ? service : "NULL", key->size);
	return GNUTLS_E_CERTIFICATE_KEY_MISMATCH;
}

int main(void)
{
	char db[256], home[256], defdb[300];
	gnutls_global_init();
	if (!mkdtemp(dir))
		return 1;
	snprintf(db, sizeof db, "%s/known_hosts", dir);
	gnutls_datum_t a = cert_der("chains/valid.pem"), b = cert_der("chains/root.pem"), sa = spki_of(&a);
	gnutls_datum_t junk = { (unsigned char *)"junk", 4 };

	V(db, NULL, "h", "443", GNUTLS_CRT_X509, &a);
	printf("store: %s\n", gnutls_strerror_name(gnutls_store_pubkey(db, NULL, "h", "443", GNUTLS_CRT_X509, &a, 0, 0)));
	printf("store any service: %s\n",
	       gnutls_strerror_name(gnutls_store_pubkey(db, NULL, "any", NULL, GNUTLS_CRT_X509, &a, 1999999999, 0)));
	printf("store expired: %s\n", gnutls_strerror_name(gnutls_store_pubkey(db, NULL, "old", "1", GNUTLS_CRT_X509, &a, 1000, 0)));
	printf("store raw key: %s\n", gnutls_strerror_name(gnutls_store_pubkey(db, NULL, "raw", "1", GNUTLS_CRT_RAWPK, &sa, 0, 0)));
	V(db, NULL, "h", "443", GNUTLS_CRT_X509, &a);
	V(db, NULL, "h", "443", GNUTLS_CRT_X509, &b);
	V(db, NULL, "h", "80", GNUTLS_CRT_X509, &a);
	V(db, NULL, "h", NULL, GNUTLS_CRT_X509, &a);
	V(db, NULL, NULL, "443", GNUTLS_CRT_X509, &a);
	V(db, NULL, "any", "25", GNUTLS_CRT_X509, &a);
	V(db, NULL, "old", "1", GNUTLS_CRT_X509, &a);
	V(db, NULL, "raw", "1", GNUTLS_CRT_X509, &a);
	V(db, NULL, "raw", "1", GNUTLS_CRT_RAWPK, &sa);
	V(db, NULL, "h", "443", 7, &a);
	V(db, NULL, "h", "443", GNUTLS_CRT_X509, &junk);
	V(db, NULL, "h", "443", GNUTLS_CRT_RAWPK, &junk);
	printf("store B too: %s\n", gnutls_strerror_name(gnutls_store_pubkey(db, NULL, "h", "443", GNUTLS_CRT_X509, &b, 0, 0)));
	V(db, NULL, "h", "443", GNUTLS_CRT_X509, &b);
	V(db, NULL, "h", "443", GNUTLS_CRT_X509, &a);
	printf("store junk: %s\n", gnutls_strerror_name(gnutls_store_pubkey(db, NULL, "j", "1", GNUTLS_CRT_X509, &junk, 0, 0)));

	unsigned char h[64];
	gnutls_hash_fast(GNUTLS_DIG_SHA256, sa.data, sa.size, h);
	gnutls_datum_t hd = { h, 32 };
	printf("commit: %s\n", gnutls_strerror_name(gnutls_store_commitment(db, NULL, "c", "1", GNUTLS_DIG_SHA256, &hd, 0, 0)));
	V(db, NULL, "c", "1", GNUTLS_CRT_X509, &a);
	V(db, NULL, "c", "1", GNUTLS_CRT_X509, &b);
	hd.size = 20;
	printf("commit wrong size: %s\n", gnutls_strerror_name(gnutls_store_commitment(db, NULL, "c", "1", GNUTLS_DIG_SHA256, &hd, 0, 0)));
	gnutls_hash_fast(GNUTLS_DIG_SHA1, sa.data, sa.size, h);
	printf("commit sha1: %s\n", gnutls_strerror_name(gnutls_store_commitment(db, NULL, "c1", "1", GNUTLS_DIG_SHA1, &hd, 0, 0)));
	V(db, NULL, "c1", "1", GNUTLS_CRT_X509, &a);
	gnutls_hash_fast(GNUTLS_DIG_MD5, sa.data, sa.size, h);
	hd.size = 16;
	printf("commit md5: %s\n", gnutls_strerror_name(gnutls_store_commitment(db, NULL, "c5", "1", GNUTLS_DIG_MD5, &hd, 0, 0)));
	printf("commit md5 allowed: %s\n", gnutls_strerror_name(gnutls_store_commitment(db, NULL, "c5", "1", GNUTLS_DIG_MD5, &hd, 0,
										     GNUTLS_SCOMMIT_FLAG_ALLOW_BROKEN)));
	V(db, NULL, "c5", "1", GNUTLS_CRT_X509, &a);
	dump(db);

	printf("verify missing file: %s\n", gnutls_strerror_name(gnutls_verify_stored_pubkey("/nonexistent/x", NULL, "h", "1",
										       GNUTLS_CRT_X509, &a, 0)));
	printf("store missing dir: %s\n", gnutls_strerror_name(gnutls_store_pubkey("/nonexistent/x", NULL, "h", "1",
										 GNUTLS_CRT_X509, &a, 0, 0)));

	/* The default database, under $HOME/.gnutls (created on first store). */
	snprintf(home, sizeof home, "%s/home", dir);
	mkdir(home, 0700);
	setenv("HOME", home, 1);
	V(NULL, NULL, "d", "1", GNUTLS_CRT_X509, &a);
	printf("store default: %s\n", gnutls_strerror_name(gnutls_store_pubkey(NULL, NULL, "d", "1", GNUTLS_CRT_X509, &a, 0, 0)));
	V(NULL, NULL, "d", "1", GNUTLS_CRT_X509, &a);
	snprintf(defdb, sizeof defdb, "%s/.gnutls/known_hosts", home);
	dump(defdb);

	gnutls_tdb_t tdb;
	printf("tdb init: %d\n", gnutls_tdb_init(&tdb));
	gnutls_tdb_set_store_func(tdb, tdb_store);
	gnutls_tdb_set_store_commitment_func(tdb, tdb_cstore);
	gnutls_tdb_set_verify_func(tdb, tdb_verify);
	printf("tdb store: %s\n", gnutls_strerror_name(gnutls_store_pubkey(NULL, tdb, "t", NULL, GNUTLS_CRT_X509, &a, 5, 0)));
	hd.size = 32;
	printf("tdb commit: %s\n", gnutls_strerror_name(gnutls_store_commitment("x", tdb, "t", "1", GNUTLS_DIG_SHA256, &hd, 0, 0)));
	V("named", tdb, "t", "1", GNUTLS_CRT_X509, &a);
	gnutls_tdb_deinit(tdb);

	unlink(defdb);
	snprintf(defdb, sizeof defdb, "%s/.gnutls", home);
	rmdir(defdb);
	rmdir(home);
	unlink(db);
	rmdir(dir);
	gnutls_free(a.data);
	gnutls_free(b.data);
	gnutls_free(sa.data);
	gnutls_global_deinit();
	return 0;
}
