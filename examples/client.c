/* client.c: a minimal HTTPS client written against the GnuTLS API.
 *
 *   client HOST PORT CAFILE PATH [OUTFILE]
 *
 * Connects to 127.0.0.1:PORT, sends HOST as server name, verifies the
 * server's certificate chain against CAFILE and its name against HOST
 * (gnutls_session_set_verify_cert), prints the session description, sends
 * "GET PATH" and counts the bytes of the reply. The body goes to OUTFILE
 * when given. Exit status 0 on success.
 *
 * Build: cc -Wall -Werror -Iinclude examples/client.c -Lbuild -lgnutls
 */
#include <gnutls/gnutls.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int tcp_connect(int port)
{
    struct sockaddr_in sa;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons((unsigned short)port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* Why a handshake failed, in words, when certificate verification was the cause. */
static void explain_verification(gnutls_session_t session)
{
    gnutls_datum_t text = { NULL, 0 };
    unsigned status = gnutls_session_get_verify_cert_status(session);
    if (gnutls_certificate_verification_status_print(status, GNUTLS_CRT_X509, &text, 0) == 0) {
        fprintf(stderr, "- Status: %s\n", text.data);
        gnutls_free(text.data);
    }
}

int main(int argc, char **argv)
{
    if (argc != 5 && argc != 6) {
        fprintf(stderr, "usage: %s HOST PORT CAFILE PATH [OUTFILE]\n", argv[0]);
        return 2;
    }
    const char *host = argv[1], *cafile = argv[3], *path = argv[4];
    int port = atoi(argv[2]);
    FILE *out = NULL;
    int ret, fd, status = 1;
    gnutls_certificate_credentials_t cred = NULL;
    gnutls_session_t session = NULL;

    if (argc == 6 && !(out = fopen(argv[5], "wb"))) {
        perror(argv[5]);
        return 2;
    }
    if ((ret = gnutls_global_init()) < 0) {
        fprintf(stderr, "gnutls_global_init: %s\n", gnutls_strerror(ret));
        return 1;
    }
    if ((ret = gnutls_certificate_allocate_credentials(&cred)) < 0 ||
        (ret = gnutls_certificate_set_x509_trust_file(cred, cafile, GNUTLS_X509_FMT_PEM)) < 0) {
        fprintf(stderr, "credentials: %s\n", gnutls_strerror(ret));
        goto done;
    }
    if ((ret = gnutls_init(&session, GNUTLS_CLIENT)) < 0 ||
        (ret = gnutls_set_default_priority(session)) < 0 ||
        (ret = gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, cred)) < 0 ||
        (ret = gnutls_server_name_set(session, GNUTLS_NAME_DNS, host, strlen(host))) < 0) {
        fprintf(stderr, "session setup: %s\n", gnutls_strerror(ret));
        goto done;
    }
    /* the handshake fails unless the chain is trusted and names HOST */
    gnutls_session_set_verify_cert(session, host, 0);
    gnutls_handshake_set_timeout(session, GNUTLS_DEFAULT_HANDSHAKE_TIMEOUT);

    if ((fd = tcp_connect(port)) < 0) {
        perror("connect");
        goto done;
    }
    /* = the gnutls_transport_set_int() macro of the reference header */
    gnutls_transport_set_int2(session, fd, fd);

    do {
        ret = gnutls_handshake(session);
    } while (ret < 0 && gnutls_error_is_fatal(ret) == 0);
    if (ret < 0) {
        fprintf(stderr, "*** Handshake failed (%d): %s\n", ret, gnutls_strerror(ret));
        if (ret == GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR)
            explain_verification(session);
        goto close_fd;
    }

    char *desc = gnutls_session_get_desc(session);
    printf("- Description: %s\n", desc ? desc : "(none)");
    gnutls_free(desc);
    printf("- Status: The certificate is trusted (verified for %s).\n", host);

    char request[1024];
    int n = snprintf(request, sizeof request, "GET %s HTTP/1.0\r\nHost: %s\r\n\r\n", path, host);
    if (n < 0 || (size_t)n >= sizeof request) {
        fprintf(stderr, "path too long\n");
        goto close_fd;
    }
    for (int sent = 0; sent < n;) {
        ssize_t w = gnutls_record_send(session, request + sent, (size_t)(n - sent));
        if (w == GNUTLS_E_AGAIN || w == GNUTLS_E_INTERRUPTED)
            continue;
        if (w < 0) {
            fprintf(stderr, "*** send: %s\n", gnutls_strerror((int)w));
            goto close_fd;
        }
        sent += (int)w;
    }

    /* Read to the end; the body starts after the first blank line. */
    char buf[16384], tail[4] = { 0 };
    long long total = 0, body = -1;
    for (;;) {
        ssize_t r = gnutls_record_recv(session, buf, sizeof buf);
        if (r == GNUTLS_E_AGAIN || r == GNUTLS_E_INTERRUPTED)
            continue;
        if (r == 0)
            break; /* close_notify */
        if (r < 0) {
            if (r == GNUTLS_E_PREMATURE_TERMINATION && total > 0)
                break; /* many servers just close: accept it after data */
            fprintf(stderr, "*** recv: %s\n", gnutls_strerror((int)r));
            goto close_fd;
        }
        for (ssize_t i = 0; i < r; i++) {
            if (body >= 0) {
                if (out)
                    fputc(buf[i], out);
                body++;
                continue;
            }
            memmove(tail, tail + 1, 3);
            tail[3] = buf[i];
            if (memcmp(tail, "\r\n\r\n", 4) == 0)
                body = 0;
        }
        total += r;
    }
    printf("- Received %lld bytes (%lld of body)\n", total, body < 0 ? 0 : body);
    gnutls_bye(session, GNUTLS_SHUT_RDWR);
    status = body >= 0 ? 0 : 1;

close_fd:
    close(fd);
done:
    if (session)
        gnutls_deinit(session);
    if (cred)
        gnutls_certificate_free_credentials(cred);
    gnutls_global_deinit();
    if (out && fclose(out) != 0)
        status = 1;
    return status;
}
