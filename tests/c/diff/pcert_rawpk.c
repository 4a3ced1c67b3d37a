/* gnutls_pcert_import_rawpk_raw / gnutls_pcert_import_rawpk: a raw public
 * key (RFC 7250) as a pcert: its type, the DER it carries (the
 * SubjectPublicKeyInfo), its public key; PEM and DER input, a certificate,
 * garbage and NULLs refused. */
#include <gnutls/gnutls.h>
#include <gnutls/abstract.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *path(const char *rel)
{
	static char buf[1024];
	const char *base = getenv("RGNUTLS_CERTS");
	snprintf(buf, sizeof buf, "%s%s", base ? base : "tests/certs/", rel);
	return buf;
}

static unsigned sum(const gnutls_datum_t *d)
{
	unsigned h = 5381;
	for (unsigned i = 0; i < d->size; i++)
		h = h * 33 + d->data[i];
	return h;
}

static void show(const char *what, int r, gnutls_pcert_st *p)
{
	printf("%s: %d", what, r);
	if (r == 0) {
		unsigned bits = 0;
		int pk = gnutls_pubkey_get_pk_algorithm(p->pubkey, &bits);
		gnutls_datum_t der = { NULL, 0 };
		int e = gnutls_pubkey_export2(p->pubkey, GNUTLS_X509_FMT_DER, &der);
		printf(" type %d cert %u bytes (%08x) pk %d bits %u; pubkey export %d %u bytes, %s the cert", p->type,
		       p->cert.size, sum(&p->cert), pk, bits, e, der.size,
		       der.size == p->cert.size && memcmp(der.data, p->cert.data, der.size) == 0 ? "same as" : "not");
		gnutls_free(der.data);
		gnutls_pcert_deinit(p);
	}
	printf("\n");
}

/* The SubjectPublicKeyInfo of a certificate file, as DER and as PEM. */
static int spki_of(const char *rel, gnutls_datum_t *der, gnutls_datum_t *pem)
{
	gnutls_datum_t d;
	gnutls_x509_crt_t crt;
	gnutls_pubkey_t pub;
	if (gnutls_load_file(path(rel), &d) < 0)
		return -1;
	gnutls_x509_crt_init(&crt);
	int r = gnutls_x509_crt_import(crt, &d, GNUTLS_X509_FMT_PEM);
	gnutls_free(d.data);
	gnutls_pubkey_init(&pub);
	if (r == 0)
		r = gnutls_pubkey_import_x509(pub, crt, 0);
	if (r == 0)
		r = gnutls_pubkey_export2(pub, GNUTLS_X509_FMT_DER, der);
	if (r == 0)
		r = gnutls_pubkey_export2(pub, GNUTLS_X509_FMT_PEM, pem);
	gnutls_pubkey_deinit(pub);
	gnutls_x509_crt_deinit(crt);
	return r;
}

int main(void)
{
	static const char *certs[] = { "keys/rsa.pem", "keys/ec256.pem", "keys/ec384.pem", "keys/ed25519.pem",
				       "keys/rsa-pss.pem", NULL };
	gnutls_global_init();
	for (int i = 0; certs[i]; i++) {
		gnutls_datum_t der, pem;
		gnutls_pcert_st p;
		char what[256];
		if (spki_of(certs[i], &der, &pem) < 0) {
			printf("%s: cannot read\n", certs[i]);
			continue;
		}
		memset(&p, 0, sizeof p);
		snprintf(what, sizeof what, "%s raw DER", certs[i]);
		show(what, gnutls_pcert_import_rawpk_raw(&p, &der, GNUTLS_X509_FMT_DER, 0, 0), &p);
		memset(&p, 0, sizeof p);
		snprintf(what, sizeof what, "%s raw PEM", certs[i]);
		show(what, gnutls_pcert_import_rawpk_raw(&p, &pem, GNUTLS_X509_FMT_PEM, GNUTLS_KEY_DIGITAL_SIGNATURE, 0),
		     &p);
		memset(&p, 0, sizeof p);
		snprintf(what, sizeof what, "%s PEM read as DER", certs[i]);
		show(what, gnutls_pcert_import_rawpk_raw(&p, &pem, GNUTLS_X509_FMT_DER, 0, 0), &p);

		gnutls_datum_t cut = { der.data, der.size / 2 };
		memset(&p, 0, sizeof p);
		snprintf(what, sizeof what, "%s raw DER, truncated", certs[i]);
		show(what, gnutls_pcert_import_rawpk_raw(&p, &cut, GNUTLS_X509_FMT_DER, 0, 0), &p);

		gnutls_pubkey_t pub;
		gnutls_pubkey_init(&pub);
		gnutls_pubkey_import(pub, &der, GNUTLS_X509_FMT_DER);
		memset(&p, 0, sizeof p);
		snprintf(what, sizeof what, "%s from a pubkey", certs[i]);
		int r = gnutls_pcert_import_rawpk(&p, pub, 0);
		show(what, r, &p); /* the pcert owns the key now */
		if (r < 0)
			gnutls_pubkey_deinit(pub);
		gnutls_free(der.data);
		gnutls_free(pem.data);
	}
	gnutls_datum_t cert;
	if (gnutls_load_file(path("keys/rsa.pem"), &cert) == 0) {
		gnutls_pcert_st p;
		memset(&p, 0, sizeof p);
		show("a certificate as a raw key (PEM)", gnutls_pcert_import_rawpk_raw(&p, &cert, GNUTLS_X509_FMT_PEM, 0, 0),
		     &p);
		gnutls_free(cert.data);
	}
	unsigned char junk[] = { 0x30, 0x03, 0x02, 0x01, 0x05 };
	gnutls_datum_t g = { junk, sizeof junk };
	gnutls_pcert_st p;
	memset(&p, 0, sizeof p);
	show("garbage DER", gnutls_pcert_import_rawpk_raw(&p, &g, GNUTLS_X509_FMT_DER, 0, 0), &p);
	g.size = 0;
	show("empty", gnutls_pcert_import_rawpk_raw(&p, &g, GNUTLS_X509_FMT_DER, 0, 0), &p);
	show("NULL key", gnutls_pcert_import_rawpk_raw(&p, NULL, GNUTLS_X509_FMT_DER, 0, 0), &p);
	show("NULL pubkey", gnutls_pcert_import_rawpk(&p, NULL, 0), &p);
	gnutls_global_deinit();
	return 0;
}
