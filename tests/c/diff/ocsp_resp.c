/* OCSP responses made with `openssl ocsp` (tests/certs/ocsp/make-ocsp.sh):
 * import, every getter, check_crt and verify_direct/verify, and the error
 * codes of garbage input. */
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

static void show(const char *name, gnutls_x509_crt_fmt_t fmt)
{
    gnutls_datum_t d, a, b, c;
    gnutls_ocsp_resp_t r;
    int ret;
    printf("%s:\n", name);
    if (load(name, &d) < 0) {
        printf("  missing\n");
        return;
    }
    gnutls_ocsp_resp_init(&r);
    ret = gnutls_ocsp_resp_import2(r, &d, fmt);
    printf("  import: %d\n", ret);
    gnutls_free(d.data);
    if (ret < 0) {
        gnutls_ocsp_resp_deinit(r);
        return;
    }
    printf("  status: %d\n", gnutls_ocsp_resp_get_status(r));
    ret = gnutls_ocsp_resp_get_response(r, &a, &b);
    printf("  response: %d", ret);
    if (ret == 0) {
        printf(" %.*s %u bytes", (int)a.size, a.data, b.size);
        gnutls_free(a.data);
        gnutls_free(b.data);
    }
    printf("\n  version: %d\n", gnutls_ocsp_resp_get_version(r));
    ret = gnutls_ocsp_resp_get_responder(r, &a);
    printf("  responder: %d %s\n", ret, ret == 0 && a.data ? (char *)a.data : "");
    if (ret == 0)
        gnutls_free(a.data);
    ret = gnutls_ocsp_resp_get_responder_raw_id(r, GNUTLS_OCSP_RESP_ID_KEY, &a);
    printf("  responder key id: %d\n", ret);
    if (ret == 0) {
        hex("key id", &a);
        gnutls_free(a.data);
    }
    ret = gnutls_ocsp_resp_get_responder_raw_id(r, GNUTLS_OCSP_RESP_ID_DN, &a);
    printf("  responder raw dn: %d %u\n", ret, ret == 0 ? a.size : 0);
    if (ret == 0)
        gnutls_free(a.data);
    printf("  produced: %s\n", gnutls_ocsp_resp_get_produced(r) > 1700000000 ? "recent" : "bad");
    for (unsigned i = 0;; i++) {
        gnutls_digest_algorithm_t dig;
        unsigned st, reason;
        time_t tu, nu, rt;
        ret = gnutls_ocsp_resp_get_single(r, i, &dig, &a, &b, &c, &st, &tu, &nu, &rt, &reason);
        printf("  single %u: %d\n", i, ret);
        if (ret < 0)
            break;
        printf("  digest %d status %u reason %u next-after-this %d revoked %s\n", dig, st, reason, nu > tu,
               rt == (time_t)-1 ? "-1" : (rt > 900000000 ? "set" : "bad"));
        hex("name hash", &a);
        hex("key hash", &b);
        hex("serial", &c);
        gnutls_free(a.data);
        gnutls_free(b.data);
        gnutls_free(c.data);
    }
    {
        unsigned crit = 9;
        ret = gnutls_ocsp_resp_get_nonce(r, &crit, &a);
        printf("  nonce: %d crit %u len %u\n", ret, crit, ret == 0 ? a.size : 0);
        if (ret == 0)
            gnutls_free(a.data);
    }
    printf("  signature algorithm: %d\n", gnutls_ocsp_resp_get_signature_algorithm(r));
    ret = gnutls_ocsp_resp_get_signature(r, &a);
    printf("  signature: %d %u\n", ret, ret == 0 ? a.size : 0);
    if (ret == 0)
        gnutls_free(a.data);
    {
        gnutls_x509_crt_t *certs = NULL;
        size_t n = 99;
        ret = gnutls_ocsp_resp_get_certs(r, &certs, &n);
        printf("  certs: %d %zu\n", ret, n);
        for (size_t i = 0; ret == 0 && i < n; i++) {
            gnutls_datum_t dn;
            if (gnutls_x509_crt_get_dn2(certs[i], &dn) == 0) {
                printf("   %s\n", dn.data);
                gnutls_free(dn.data);
            }
            gnutls_x509_crt_deinit(certs[i]);
        }
        gnutls_free(certs);
    }
    {
        const char *names[] = { "server.pem", "revoked.pem", "other.pem", "ca.pem" };
        for (unsigned i = 0; i < 4; i++) {
            gnutls_x509_crt_t c1 = crt(names[i]);
            printf("  check_crt %s: %d\n", names[i], gnutls_ocsp_resp_check_crt(r, 0, c1));
            gnutls_x509_crt_deinit(c1);
        }
    }
    {
        gnutls_x509_crt_t ca = crt("ca.pem"), srv = crt("server.pem");
        unsigned v = 999;
        ret = gnutls_ocsp_resp_verify_direct(r, ca, &v, 0);
        printf("  verify_direct ca: %d %u\n", ret, v);
        v = 999;
        ret = gnutls_ocsp_resp_verify_direct(r, srv, &v, 0);
        printf("  verify_direct server: %d %u\n", ret, v);
        gnutls_x509_trust_list_t tl;
        gnutls_x509_trust_list_init(&tl, 0);
        gnutls_x509_trust_list_add_cas(tl, &ca, 1, 0);
        v = 999;
        ret = gnutls_ocsp_resp_verify(r, tl, &v, 0);
        printf("  verify trust list: %d %u\n", ret, v);
        gnutls_x509_trust_list_deinit(tl, 1);
        gnutls_x509_crt_deinit(srv);
    }
    ret = gnutls_ocsp_resp_export(r, &a);
    printf("  export: %d %u\n", ret, ret == 0 ? a.size : 0);
    if (ret == 0)
        gnutls_free(a.data);
    gnutls_ocsp_resp_deinit(r);
}

static void garbage(const char *label, const unsigned char *p, unsigned n, gnutls_x509_crt_fmt_t fmt)
{
    gnutls_ocsp_resp_t r;
    gnutls_datum_t d = { (unsigned char *)p, n };
    gnutls_ocsp_resp_init(&r);
    int ret = gnutls_ocsp_resp_import2(r, &d, fmt);
    /* libtasn1 accepts an empty SEQUENCE (a missing status): a quirk we do not copy. */
    printf("%sgarbage %s: %d\n", strcmp(label, "empty sequence") == 0 ? "~" : "", label, ret);
    if (ret < 0) {
        gnutls_datum_t a;
        printf("~  status after failure: %d\n", gnutls_ocsp_resp_get_status(r));
        (void)a;
    }
    gnutls_ocsp_resp_deinit(r);
}

int main(void)
{
    const char *base = getenv("RGNUTLS_CERTS");
    snprintf(dir, sizeof dir, "%socsp/", base ? base : "tests/certs/");
    gnutls_global_init();
    const char *ders[] = { "good.der", "good-nonce.der", "revoked.der", "unknown.der", "delegated.der",
                           "keyid.der", "badsigner.der", "badsig.der", "badcert.der", "trylater.der", "malformed-status.der" };
    for (unsigned i = 0; i < sizeof ders / sizeof *ders; i++)
        show(ders[i], GNUTLS_X509_FMT_DER);
    show("good.pem", GNUTLS_X509_FMT_PEM);
    show("good.der", GNUTLS_X509_FMT_PEM);

    static const unsigned char junk[] = "this is not an OCSP response";
    static const unsigned char empty_seq[] = { 0x30, 0x00 };
    static const unsigned char bad_enum[] = { 0x30, 0x03, 0x0a, 0x01, 0x02 };
    static const unsigned char big_enum[] = { 0x30, 0x03, 0x0a, 0x01, 0x07 };
    static const unsigned char trunc[] = { 0x30, 0x82, 0x04, 0xe8, 0x0a, 0x01 };
    static const unsigned char no_bytes_ok[] = { 0x30, 0x03, 0x0a, 0x01, 0x00 };
    static const unsigned char wrong_type[] = { 0x30, 0x12, 0x0a, 0x01, 0x00, 0xa0, 0x0d, 0x30, 0x0b, 0x06, 0x03,
                                                0x2a, 0x03, 0x04, 0x04, 0x04, 0x30, 0x02, 0x05, 0x00 };
    static const unsigned char basic_junk[] = { 0x30, 0x1b, 0x0a, 0x01, 0x00, 0xa0, 0x16, 0x30, 0x14, 0x06, 0x09,
                                                0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01, 0x01, 0x04, 0x07,
                                                0x30, 0x05, 0x02, 0x01, 0x00, 0x05, 0x00 };
    garbage("text", junk, sizeof junk - 1, GNUTLS_X509_FMT_DER);
    garbage("empty", junk, 0, GNUTLS_X509_FMT_DER);
    garbage("empty sequence", empty_seq, sizeof empty_seq, GNUTLS_X509_FMT_DER);
    garbage("status 2", bad_enum, sizeof bad_enum, GNUTLS_X509_FMT_DER);
    garbage("status 7", big_enum, sizeof big_enum, GNUTLS_X509_FMT_DER);
    garbage("truncated", trunc, sizeof trunc, GNUTLS_X509_FMT_DER);
    garbage("successful without bytes", no_bytes_ok, sizeof no_bytes_ok, GNUTLS_X509_FMT_DER);
    garbage("other response type", wrong_type, sizeof wrong_type, GNUTLS_X509_FMT_DER);
    garbage("basic junk", basic_junk, sizeof basic_junk, GNUTLS_X509_FMT_DER);
    garbage("text as PEM", junk, sizeof junk - 1, GNUTLS_X509_FMT_PEM);
    {
        gnutls_ocsp_resp_t r;
        gnutls_datum_t a;
        gnutls_ocsp_resp_init(&r);
        printf("empty handle: status %d version %d produced %ld\n", gnutls_ocsp_resp_get_status(r),
               gnutls_ocsp_resp_get_version(r), (long)gnutls_ocsp_resp_get_produced(r));
        /* GnuTLS reports success with nothing written; we report no data. */
        printf("~empty handle: single %d\n",
               gnutls_ocsp_resp_get_single(r, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL));
        printf("empty handle: export %d\n", gnutls_ocsp_resp_export(r, &a));
        gnutls_ocsp_resp_deinit(r);
    }
    gnutls_global_deinit();
    return 0;
}
