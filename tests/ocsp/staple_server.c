/* tests/ocsp/staple_server.c PORT CERTDIR RESPONSE|-: a TLS server on
 * 127.0.0.1:PORT that staples through
 * gnutls_certificate_set_ocsp_status_request_function2 (the callback reads
 * RESPONSE each handshake; "-" makes it answer GNUTLS_E_NO_CERTIFICATE_STATUS).
 * Serves connections until killed; prints "ready" once listening and one
 * "callback N" line per callback call. */
#include <arpa/inet.h>
#include <gnutls/gnutls.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int calls;

static int staple(gnutls_session_t session, void *ptr, gnutls_datum_t *resp)
{
    const char *file = ptr;
    gnutls_datum_t d;
    (void)session;
    printf("callback %d\n", ++calls);
    fflush(stdout);
    if (strcmp(file, "-") == 0)
        return GNUTLS_E_NO_CERTIFICATE_STATUS;
    if (gnutls_load_file(file, &d) < 0)
        return GNUTLS_E_NO_CERTIFICATE_STATUS;
    resp->data = gnutls_malloc(d.size);
    memcpy(resp->data, d.data, d.size);
    resp->size = d.size;
    gnutls_free(d.data);
    return 0;
}

int main(int argc, char **argv)
{
    gnutls_certificate_credentials_t cred;
    char cert[512], key[512];
    struct sockaddr_in sa;
    int ls, one = 1, idx, r;

    if (argc != 4)
        return 2;
    snprintf(cert, sizeof cert, "%s/server.pem", argv[2]);
    snprintf(key, sizeof key, "%s/server.key", argv[2]);
    gnutls_certificate_allocate_credentials(&cred);
    gnutls_certificate_set_flags(cred, GNUTLS_CERTIFICATE_API_V2);
    idx = gnutls_certificate_set_x509_key_file(cred, cert, key, GNUTLS_X509_FMT_PEM);
    if (idx < 0) {
        fprintf(stderr, "key: %s\n", gnutls_strerror(idx));
        return 1;
    }
    r = gnutls_certificate_set_ocsp_status_request_function2(cred, idx, staple, argv[3]);
    if (r < 0) {
        fprintf(stderr, "function2: %s\n", gnutls_strerror(r));
        return 1;
    }
    /* An index without a key pair is refused. */
    if (gnutls_certificate_set_ocsp_status_request_function2(cred, idx + 5, staple, argv[3]) !=
        GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) {
        fprintf(stderr, "function2 accepted a bad index\n");
        return 1;
    }
    ls = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(atoi(argv[1]));
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(ls, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(ls, 4) < 0) {
        perror("listen");
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    for (;;) {
        gnutls_session_t s;
        char buf[256];
        int fd = accept(ls, NULL, NULL);
        if (fd < 0)
            continue;
        gnutls_init(&s, GNUTLS_SERVER);
        gnutls_set_default_priority(s);
        gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
        gnutls_transport_set_int(s, fd);
        do
            r = gnutls_handshake(s);
        while (r < 0 && !gnutls_error_is_fatal(r));
        printf("handshake %s\n", r < 0 ? gnutls_strerror(r) : "ok");
        fflush(stdout);
        if (r == 0) {
            r = gnutls_record_recv(s, buf, sizeof buf);
            if (r > 0)
                gnutls_record_send(s, buf, r);
            gnutls_bye(s, GNUTLS_SHUT_WR);
        }
        gnutls_deinit(s);
        close(fd);
    }
}
