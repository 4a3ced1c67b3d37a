/* gnutls_certificate_set_trust_list as gnutls-cli uses it: the list is set
 * first and filled afterwards; the credentials see the additions and free
 * the list with them. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>

static gnutls_x509_crt_t load_crt(const char *path)
{
    gnutls_datum_t d;
    gnutls_x509_crt_t c;
    if (gnutls_load_file(path, &d) < 0)
        return NULL;
    gnutls_x509_crt_init(&c);
    gnutls_x509_crt_import(c, &d, GNUTLS_X509_FMT_PEM);
    gnutls_free(d.data);
    return c;
}

int main(void)
{
    const char *base = getenv("RGNUTLS_CERTS");
    char ca[600], srv[600];
    snprintf(ca, sizeof ca, "%socsp/ca.pem", base ? base : "tests/certs/");
    snprintf(srv, sizeof srv, "%socsp/server.pem", base ? base : "tests/certs/");
    gnutls_global_init();
    gnutls_certificate_credentials_t cred;
    gnutls_x509_trust_list_t tl, got = NULL;
    gnutls_certificate_allocate_credentials(&cred);
    gnutls_x509_trust_list_init(&tl, 0);
    gnutls_certificate_set_trust_list(cred, tl, 0);
    gnutls_certificate_get_trust_list(cred, &got);
    printf("get_trust_list returns the set list: %d\n", got == tl);
    gnutls_x509_crt_t leaf = load_crt(srv), issuer = NULL;
    printf("issuer before adding: %d\n", gnutls_certificate_get_issuer(cred, leaf, &issuer, 0));
    printf("add_trust_file: %d\n", gnutls_x509_trust_list_add_trust_file(tl, ca, NULL, GNUTLS_X509_FMT_PEM, 0, 0));
    int ret = gnutls_certificate_get_issuer(cred, leaf, &issuer, 0);
    printf("issuer after adding: %d\n", ret);
    if (ret == 0) {
        gnutls_datum_t dn;
        gnutls_x509_crt_get_dn2(issuer, &dn);
        printf("issuer: %s\n", dn.data);
        gnutls_free(dn.data);
        /* Lent: asking again gives the same handle; a copy is the caller's. */
        gnutls_x509_crt_t again = NULL, copy = NULL;
        int r1 = gnutls_certificate_get_issuer(cred, leaf, &again, 0);
        printf("lent again: %d, same handle %d\n", r1, again == issuer);
        int r2 = gnutls_certificate_get_issuer(cred, leaf, &copy, GNUTLS_TL_GET_COPY);
        printf("copy: %d, other handle %d\n", r2, copy != NULL && copy != issuer);
        if (copy)
            gnutls_x509_crt_deinit(copy);
    }
    gnutls_x509_crt_deinit(leaf);
    /* The list goes with the credentials. */
    gnutls_certificate_free_credentials(cred);

    /* Without a list set, get_trust_list gives one that holds what was loaded. */
    gnutls_certificate_allocate_credentials(&cred);
    printf("set_x509_trust_file: %d\n", gnutls_certificate_set_x509_trust_file(cred, ca, GNUTLS_X509_FMT_PEM));
    gnutls_certificate_get_trust_list(cred, &got);
    leaf = load_crt(srv);
    ret = gnutls_x509_trust_list_get_issuer(got, leaf, &issuer, GNUTLS_TL_GET_COPY);
    printf("issuer from the credentials' list: %d\n", ret);
    if (ret == 0)
        gnutls_x509_crt_deinit(issuer);
    /* Without GNUTLS_TL_GET_COPY the list lends its own (not to be freed). */
    gnutls_x509_crt_t lent1 = NULL, lent2 = NULL;
    int l1 = gnutls_x509_trust_list_get_issuer(got, leaf, &lent1, 0);
    int l2 = gnutls_x509_trust_list_get_issuer(got, leaf, &lent2, 0);
    printf("lent from the list: %d %d, same handle %d\n", l1, l2, lent1 != NULL && lent1 == lent2);
    gnutls_x509_crt_deinit(leaf);
    gnutls_certificate_free_credentials(cred);
    gnutls_global_deinit();
    return 0;
}
