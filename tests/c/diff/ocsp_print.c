/* gnutls_ocsp_resp_print, FULL and COMPACT, on every response of the
 * corpus (tests/certs/ocsp, made with `openssl ocsp`). */
#include <gnutls/gnutls.h>
#include <gnutls/ocsp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char dir[512];

static void show(const char *name)
{
    char path[600];
    gnutls_datum_t d, out;
    gnutls_ocsp_resp_t r;
    int ret;
    static const int formats[] = { GNUTLS_OCSP_PRINT_FULL, GNUTLS_OCSP_PRINT_COMPACT };

    printf("== %s\n", name);
    snprintf(path, sizeof path, "%s%s", dir, name);
    if (gnutls_load_file(path, &d) < 0) {
        printf("missing\n");
        return;
    }
    gnutls_ocsp_resp_init(&r);
    ret = gnutls_ocsp_resp_import(r, &d);
    printf("import: %d\n", ret);
    for (int i = 0; i < 2; i++) {
        ret = gnutls_ocsp_resp_print(r, formats[i], &out);
        printf("print %d: %d\n", formats[i], ret);
        if (ret == 0) {
            printf("%s", out.data);
            printf("[size %u strlen %zu]\n", out.size, strlen((char *)out.data));
            gnutls_free(out.data);
        }
    }
    gnutls_ocsp_resp_deinit(r);
    gnutls_free(d.data);
}

int main(void)
{
    const char *base = getenv("RGNUTLS_CERTS");
    static const char *names[] = { "good.der", "good-nonce.der", "revoked.der", "badcert.der", "badsig.der",
                                   "badsigner.der", "delegated.der", "keyid.der", "malformed-status.der" };
    gnutls_ocsp_resp_t r;
    gnutls_datum_t out;

    snprintf(dir, sizeof dir, "%socsp/", base ? base : "tests/certs/");
    gnutls_global_init();
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
        show(names[i]);
    printf("== empty handle\n");
    gnutls_ocsp_resp_init(&r);
    for (int f = 0; f < 2; f++) {
        int ret = gnutls_ocsp_resp_print(r, f, &out);
        printf("print %d: %d\n", f, ret);
        if (ret == 0) {
            /* The error line carries gnutls_strerror's wording (free). */
            char *nl = strchr((char *)out.data, '\n');
            printf("%.*s\n", nl ? (int)(nl - (char *)out.data) : 0, out.data);
            printf("~%s", nl ? nl + 1 : "");
            gnutls_free(out.data);
        }
    }
    gnutls_ocsp_resp_deinit(r);
    gnutls_global_deinit();
    return 0;
}
