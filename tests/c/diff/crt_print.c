/* gnutls_x509_crt_print over the certificate corpus: ONELINE and COMPACT
 * compared exactly; FULL and UNSIGNED_FULL printed behind '~' (we give the
 * main fields only). */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_one(const char *dir, const char *name)
{
    char path[600];
    gnutls_datum_t d, o;
    gnutls_x509_crt_t c;
    snprintf(path, sizeof path, "%s%s", dir, name);
    if (gnutls_load_file(path, &d) < 0) {
        printf("%s: missing\n", name);
        return;
    }
    gnutls_x509_crt_init(&c);
    int ret = gnutls_x509_crt_import(c, &d, GNUTLS_X509_FMT_PEM);
    gnutls_free(d.data);
    printf("%s: import %d\n", name, ret);
    if (ret == 0) {
        const int fmts[] = { GNUTLS_CRT_PRINT_ONELINE, GNUTLS_CRT_PRINT_COMPACT, GNUTLS_CRT_PRINT_FULL,
                             GNUTLS_CRT_PRINT_UNSIGNED_FULL };
        for (unsigned i = 0; i < 4; i++) {
            ret = gnutls_x509_crt_print(c, fmts[i], &o);
            printf("format %d: %d\n", fmts[i], ret);
            if (ret < 0)
                continue;
            /* Every line of the text, FULL ones behind '~'. */
            char *text = (char *)o.data, *save = NULL;
            for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
                printf("%s%s\n", i >= 2 ? "~" : "", line);
            gnutls_free(o.data);
        }
    }
    gnutls_x509_crt_deinit(c);
}

int main(void)
{
    const char *base = getenv("RGNUTLS_CERTS");
    char dir[512];
    snprintf(dir, sizeof dir, "%s", base ? base : "tests/certs/");
    const char *files[] = { "chains/root.pem", "chains/inter.pem", "chains/leaf.pem", "chains/sha1.pem",
                            "chains/expired.pem", "chains/future.pem", "chains/selfsigned.pem", "chains/cnonly.pem",
                            "x509/cn-ip.pem", "x509/cn-wild.pem", "x509/dn-escape.pem", "x509/dn-multi.pem",
                            "x509/dn-rdnplus.pem", "x509/dn-utf8.pem", "x509/email-san-cn.pem", "x509/ip-san-cn.pem",
                            "x509/no-ext.pem", "x509/san-all.pem", "x509/serial.pem", "keys/ec256.pem",
                            "keys/ec384.pem", "keys/ed25519.pem", "keys/rsa.pem", "keys/rsa-pss.pem",
                            "ocsp/ca.pem", "ocsp/server.pem", "ocsp/signer.pem" };
    gnutls_global_init();
    for (unsigned i = 0; i < sizeof files / sizeof *files; i++)
        print_one(dir, files[i]);
    gnutls_global_deinit();
    return 0;
}
