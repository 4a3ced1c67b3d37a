/* OCSP requests: built from a certificate and its issuer (with a fixed
 * nonce the DER must equal the real library's), from a raw CertID,
 * imported (tests/certs/ocsp/req*.der from `openssl ocsp`), and the
 * getters, print and the error codes. */
#include <gnutls/gnutls.h>
#include <gnutls/ocsp.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char dir[512];

static void hex(const char *label, const gnutls_datum_t *d)
{
    printf("  %s:", label);
    for (unsigned i = 0; i < d->size; i++)
        printf("%02x", d->data[i]);
    printf("\n");
}

static int load(const char *name, gnutls_datum_t *d)
{
    char path[600];
    snprintf(path, sizeof path, "%s%s", dir, name);
    return gnutls_load_file(path, d);
}

static gnutls_x509_crt_t crt(const char *name)
{
    gnutls_datum_t d;
    gnutls_x509_crt_t c;
    if (load(name, &d) < 0)
        return NULL;
    gnutls_x509_crt_init(&c);
    gnutls_x509_crt_import(c, &d, GNUTLS_X509_FMT_PEM);
    gnutls_free(d.data);
    return c;
}

static void getters(gnutls_ocsp_req_t req)
{
    gnutls_datum_t n, k, s, nonce, out;
    gnutls_digest_algorithm_t dig;
    unsigned crit = 7, i;
    int ret;

    printf("  version: %d\n", gnutls_ocsp_req_get_version(req));
    for (i = 0;; i++) {
        ret = gnutls_ocsp_req_get_cert_id(req, i, &dig, &n, &k, &s);
        printf("  cert_id %u: %d\n", i, ret);
        if (ret < 0)
            break;
        printf("  digest: %d\n", dig);
        hex("name hash", &n);
        hex("key hash", &k);
        hex("serial", &s);
        gnutls_free(n.data);
        gnutls_free(k.data);
        gnutls_free(s.data);
    }
    ret = gnutls_ocsp_req_get_nonce(req, &crit, &nonce);
    printf("  get_nonce: %d\n", ret);
    if (ret == 0) {
        printf("  critical: %u\n", crit);
        hex("nonce", &nonce);
        gnutls_free(nonce.data);
    }
    ret = gnutls_ocsp_req_export(req, &out);
    printf("  export: %d\n", ret);
    if (ret == 0) {
        hex("der", &out);
        gnutls_free(out.data);
    }
    ret = gnutls_ocsp_req_print(req, GNUTLS_OCSP_PRINT_FULL, &out);
    printf("  print: %d\n", ret);
    if (ret == 0) {
        printf("%s", out.data);
        printf("  print size %u strlen %zu\n", out.size, strlen((char *)out.data));
        gnutls_free(out.data);
    }
}

static void imported(const char *name)
{
    gnutls_ocsp_req_t req;
    gnutls_datum_t d;
    printf("import %s\n", name);
    if (load(name, &d) < 0) {
        printf("  missing\n");
        return;
    }
    gnutls_ocsp_req_init(&req);
    printf("  import: %d\n", gnutls_ocsp_req_import(req, &d));
    getters(req);
    gnutls_ocsp_req_deinit(req);
    gnutls_free(d.data);
}

int main(void)
{
    const char *base = getenv("RGNUTLS_CERTS");
    gnutls_ocsp_req_t req;
    gnutls_x509_crt_t ca, srv;
    unsigned char nbytes[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
    gnutls_datum_t nonce = { nbytes, sizeof nbytes }, d, n2;
    unsigned crit;
    int ret;

    snprintf(dir, sizeof dir, "%socsp/", base ? base : "tests/certs/");
    gnutls_global_init();
    ca = crt("ca.pem");
    srv = crt("server.pem");

    printf("empty\n");
    gnutls_ocsp_req_init(&req);
    getters(req);

    printf("add_cert sha1 + nonce\n");
    printf("  add_cert: %d\n", gnutls_ocsp_req_add_cert(req, GNUTLS_DIG_SHA1, ca, srv));
    printf("  set_nonce: %d\n", gnutls_ocsp_req_set_nonce(req, 0, &nonce));
    getters(req);
    printf("replace nonce\n");
    printf("  set_nonce: %d\n", gnutls_ocsp_req_set_nonce(req, 0, &nonce));
    printf("  randomize: %d\n", gnutls_ocsp_req_randomize_nonce(req));
    ret = gnutls_ocsp_req_get_nonce(req, &crit, &n2);
    printf("  get_nonce: %d size %u\n", ret, ret == 0 ? n2.size : 0);
    if (ret == 0)
        gnutls_free(n2.data);
    gnutls_ocsp_req_deinit(req);

    printf("add_cert sha256, no nonce\n");
    gnutls_ocsp_req_init(&req);
    printf("  add_cert: %d\n", gnutls_ocsp_req_add_cert(req, GNUTLS_DIG_SHA256, ca, srv));
    printf("  add_cert bad digest: %d\n", gnutls_ocsp_req_add_cert(req, 9999, ca, srv));
    getters(req);
    gnutls_ocsp_req_deinit(req);

    printf("add_cert_id\n");
    gnutls_ocsp_req_init(&req);
    {
        unsigned char nh[20] = { 0xaa }, kh[20] = { 0xbb }, sn[3] = { 1, 2, 3 };
        gnutls_datum_t dn = { nh, 20 }, dk = { kh, 20 }, ds = { sn, 3 }, bad = { nh, 7 };
        printf("  add_cert_id: %d\n", gnutls_ocsp_req_add_cert_id(req, GNUTLS_DIG_SHA1, &dn, &dk, &ds));
        printf("  add_cert_id short hash: %d\n", gnutls_ocsp_req_add_cert_id(req, GNUTLS_DIG_SHA1, &bad, &dk, &ds));
        printf("  add_cert_id second: %d\n", gnutls_ocsp_req_add_cert_id(req, GNUTLS_DIG_SHA1, &dk, &dn, &ds));
    }
    getters(req);
    gnutls_ocsp_req_deinit(req);

    imported("req.der");
    imported("req-nonce.der");

    /* GnuTLS 3.7.9 sets a nonce only on a request that already has
     * extensions: replace the imported one, byte for byte. */
    printf("import + set_nonce\n");
    {
        const char *names[] = { "req.der", "req-nonce.der" };
        for (int i = 0; i < 2; i++) {
            gnutls_ocsp_req_init(&req);
            load(names[i], &d);
            printf(" %s import: %d\n", names[i], gnutls_ocsp_req_import(req, &d));
            gnutls_free(d.data);
            printf("  set_nonce: %d\n", gnutls_ocsp_req_set_nonce(req, 0, &nonce));
            printf("  set_nonce critical: %d\n", gnutls_ocsp_req_set_nonce(req, 1, &nonce));
            getters(req);
            printf("  set_nonce: %d\n", gnutls_ocsp_req_set_nonce(req, 0, &nonce));
            printf("  add_cert: %d\n", gnutls_ocsp_req_add_cert(req, GNUTLS_DIG_SHA1, srv, srv));
            getters(req);
            printf("  randomize: %d\n", gnutls_ocsp_req_randomize_nonce(req));
            ret = gnutls_ocsp_req_get_nonce(req, NULL, &n2);
            printf("  get_nonce: %d size %u\n", ret, ret == 0 ? n2.size : 0);
            if (ret == 0)
                gnutls_free(n2.data);
            gnutls_ocsp_req_deinit(req);
        }
    }

    printf("garbage\n");
    gnutls_ocsp_req_init(&req);
    d.data = (unsigned char *)"\x30\x03\x02\x01\x01";
    d.size = 5;
    printf("  import: %d\n", gnutls_ocsp_req_import(req, &d));
    gnutls_ocsp_req_deinit(req);

    gnutls_x509_crt_deinit(ca);
    gnutls_x509_crt_deinit(srv);
    gnutls_global_deinit();
    return 0;
}
