/* tls.c: TLS throughput of one libgnutls, in one process, no network.
 *
 *   tls CERTDIR [SECONDS]
 *
 * A client and a server session are joined by memory buffers (push/pull
 * transport callbacks), so only the library's work is measured. CERTDIR is
 * what tests/interop/certs.sh makes (rsa.pem/.key, ecdsa.pem/.key).
 * Prints one line per measurement:  NAME VALUE UNIT   (or NAME FAILED why).
 *   hs-*    full handshakes per second (client + server, no resumption,
 *           no certificate verification)
 *   bulk-*  MB/s (10^6 bytes) of application data, 16 KiB records, one
 *           direction (client encrypts, server decrypts)
 *   heap-*  bytes of malloc'd memory per established session (mallinfo2
 *           before/after establishing N client+server pairs, / 2N)
 * Not a test: it never judges the numbers.
 */
#include <gnutls/gnutls.h>

#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct buf {
    unsigned char *data;
    size_t off, len, cap;
};

struct end {
    gnutls_session_t s;
    struct buf *in, *out;
};

struct pair {
    struct buf c2s, s2c;
    struct end c, s;
};

static double seconds = 1.2;
static gnutls_certificate_credentials_t client_cred, server_cred[2];
enum { ECDSA, RSA };

static void die(const char *what, int ret)
{
    fprintf(stderr, "tls bench: %s: %s\n", what, gnutls_strerror(ret));
    exit(1);
}

/* BENCH_ONLY=substring runs only the measurements whose name contains it
 * (for profiling one of them). */
static int selected(const char *name)
{
    const char *only = getenv("BENCH_ONLY");
    return !only || strstr(name, only);
}

/* CPU time of this process, not wall time: the benchmark is
 * single-threaded and does no I/O, so this is the library's work, and it
 * does not count the time other programs on a busy machine took the CPU. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static ssize_t push(gnutls_transport_ptr_t ptr, const void *data, size_t n)
{
    struct end *e = ptr;
    struct buf *b = e->out;
    if (b->off > 0 && b->off == b->len)
        b->off = b->len = 0;
    if (b->len + n > b->cap) {
        size_t cap = b->cap * 2 > b->len + n ? b->cap * 2 : b->len + n;
        unsigned char *p = realloc(b->data, cap);
        if (!p) {
            gnutls_transport_set_errno(e->s, ENOMEM);
            return -1;
        }
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, n);
    b->len += n;
    return (ssize_t)n;
}

static ssize_t pull(gnutls_transport_ptr_t ptr, void *data, size_t n)
{
    struct end *e = ptr;
    struct buf *b = e->in;
    size_t avail = b->len - b->off;
    if (avail == 0) {
        gnutls_transport_set_errno(e->s, EAGAIN);
        return -1;
    }
    if (n > avail)
        n = avail;
    memcpy(data, b->data + b->off, n);
    b->off += n;
    if (b->off == b->len)
        b->off = b->len = 0;
    return (ssize_t)n;
}

static int pull_timeout(gnutls_transport_ptr_t ptr, unsigned ms)
{
    struct end *e = ptr;
    (void)ms;
    return e->in->len > e->in->off ? 1 : 0;
}

static void buf_init(struct buf *b, size_t cap)
{
    b->data = malloc(cap);
    if (!b->data) {
        perror("malloc");
        exit(1);
    }
    b->off = b->len = 0;
    b->cap = cap;
}

static void buf_free(struct buf *b)
{
    free(b->data);
    b->data = NULL;
}

static int end_init(struct end *e, unsigned flags, const char *prio, gnutls_certificate_credentials_t cred)
{
    int ret;
    if ((ret = gnutls_init(&e->s, flags)) < 0)
        return ret;
    if ((ret = gnutls_priority_set_direct(e->s, prio, NULL)) < 0 ||
        (ret = gnutls_credentials_set(e->s, GNUTLS_CRD_CERTIFICATE, cred)) < 0)
        return ret;
    gnutls_transport_set_ptr(e->s, e);
    gnutls_transport_set_push_function(e->s, push);
    gnutls_transport_set_pull_function(e->s, pull);
    gnutls_transport_set_pull_timeout_function(e->s, pull_timeout);
    return 0;
}

/* Sessions for a connected pair, buffers already allocated. */
static int pair_open(struct pair *p, const char *prio, int key)
{
    int ret;
    p->c.in = &p->s2c;
    p->c.out = &p->c2s;
    p->s.in = &p->c2s;
    p->s.out = &p->s2c;
    p->c.s = p->s.s = NULL;
    if ((ret = end_init(&p->c, GNUTLS_CLIENT, prio, client_cred)) < 0)
        return ret;
    if ((ret = end_init(&p->s, GNUTLS_SERVER, prio, server_cred[key])) < 0)
        return ret;
    return gnutls_server_name_set(p->c.s, GNUTLS_NAME_DNS, "localhost", 9);
}

static int pair_handshake(struct pair *p)
{
    int cdone = 0, sdone = 0, ret;
    for (int i = 0; i < 100 && !(cdone && sdone); i++) {
        if (!cdone) {
            ret = gnutls_handshake(p->c.s);
            if (ret == 0)
                cdone = 1;
            else if (gnutls_error_is_fatal(ret))
                return ret;
        }
        if (!sdone) {
            ret = gnutls_handshake(p->s.s);
            if (ret == 0)
                sdone = 1;
            else if (gnutls_error_is_fatal(ret))
                return ret;
        }
    }
    return cdone && sdone ? 0 : GNUTLS_E_AGAIN;
}

static void pair_close(struct pair *p)
{
    if (p->c.s)
        gnutls_deinit(p->c.s);
    if (p->s.s)
        gnutls_deinit(p->s.s);
    p->c.s = p->s.s = NULL;
    p->c2s.off = p->c2s.len = p->s2c.off = p->s2c.len = 0;
}

/* The handshake must have negotiated what the measurement is named after. */
static int check_negotiated(struct pair *p, gnutls_protocol_t version, gnutls_cipher_algorithm_t cipher)
{
    gnutls_protocol_t v = gnutls_protocol_get_version(p->c.s);
    gnutls_cipher_algorithm_t c = gnutls_cipher_get(p->c.s);
    if (v != version || (cipher != GNUTLS_CIPHER_UNKNOWN && c != cipher)) {
        const char *vn = gnutls_protocol_get_name(v), *cn = gnutls_cipher_get_name(c);
        printf("# negotiated %s %s instead\n", vn ? vn : "?", cn ? cn : "?");
        return GNUTLS_E_INTERNAL_ERROR;
    }
    return 0;
}

static void bench_handshakes(const char *name, const char *prio, int key, gnutls_protocol_t version)
{
    if (!selected(name))
        return;
    struct pair p;
    long n = 0;
    int ret = 0;
    buf_init(&p.c2s, 65536);
    buf_init(&p.s2c, 65536);
    double start = now(), t;
    do {
        if ((ret = pair_open(&p, prio, key)) < 0 || (ret = pair_handshake(&p)) < 0)
            break;
        if (n == 0 && (ret = check_negotiated(&p, version, GNUTLS_CIPHER_UNKNOWN)) < 0)
            break;
        pair_close(&p);
        n++;
    } while ((t = now() - start) < seconds);
    if (ret < 0)
        printf("%s FAILED %s\n", name, gnutls_strerror(ret));
    else
        printf("%s %.1f handshakes/s\n", name, n / t);
    pair_close(&p);
    buf_free(&p.c2s);
    buf_free(&p.s2c);
    fflush(stdout);
}

static void bench_bulk(const char *name, const char *prio, gnutls_cipher_algorithm_t cipher)
{
    if (!selected(name))
        return;
    enum { REC = 16384 };
    static unsigned char data[REC], sink[REC];
    struct pair p;
    int ret;
    long long bytes = 0;
    memset(data, 0x5a, sizeof data);
    buf_init(&p.c2s, 4 * REC);
    buf_init(&p.s2c, 4 * REC);
    if ((ret = pair_open(&p, prio, ECDSA)) < 0 || (ret = pair_handshake(&p)) < 0 ||
        (ret = check_negotiated(&p, GNUTLS_TLS1_3, cipher)) < 0)
        goto out;
    double start = now(), t;
    do {
        for (int k = 0; k < 16; k++) {
            ssize_t w = gnutls_record_send(p.c.s, data, REC);
            if (w != REC) {
                ret = w < 0 ? (int)w : GNUTLS_E_INTERNAL_ERROR;
                goto out;
            }
            for (size_t got = 0; got < REC;) {
                ssize_t r = gnutls_record_recv(p.s.s, sink, sizeof sink);
                if (r <= 0) {
                    ret = r < 0 ? (int)r : GNUTLS_E_PREMATURE_TERMINATION;
                    goto out;
                }
                got += (size_t)r;
            }
            bytes += REC;
        }
    } while ((t = now() - start) < seconds);
    printf("%s %.1f MB/s\n", name, bytes / 1e6 / t);
out:
    if (ret < 0)
        printf("%s FAILED %s\n", name, gnutls_strerror(ret));
    pair_close(&p);
    buf_free(&p.c2s);
    buf_free(&p.s2c);
    fflush(stdout);
}

static size_t heap_in_use(void)
{
    struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd;
}

static void bench_heap(const char *name, const char *prio, int key)
{
    if (!selected(name))
        return;
    enum { N = 200 };
    struct pair *pairs = calloc(N, sizeof *pairs);
    int ret = 0, made = 0;
    if (!pairs) {
        perror("calloc");
        exit(1);
    }
    for (int i = 0; i < N; i++) {
        buf_init(&pairs[i].c2s, 65536);
        buf_init(&pairs[i].s2c, 65536);
    }
    /* one pair first, so that lazily made global state is not counted */
    if ((ret = pair_open(&pairs[0], prio, key)) < 0 || (ret = pair_handshake(&pairs[0])) < 0)
        goto out;
    pair_close(&pairs[0]);
    size_t before = heap_in_use();
    for (; made < N; made++) {
        if ((ret = pair_open(&pairs[made], prio, key)) < 0 || (ret = pair_handshake(&pairs[made])) < 0)
            goto out;
    }
    size_t after = heap_in_use();
    printf("%s %.0f bytes/session\n", name, ((double)after - (double)before) / (2.0 * N));
out:
    if (ret < 0)
        printf("%s FAILED %s\n", name, gnutls_strerror(ret));
    for (int i = 0; i < N; i++) {
        if (i <= made)
            pair_close(&pairs[i]);
        buf_free(&pairs[i].c2s);
        buf_free(&pairs[i].s2c);
    }
    free(pairs);
    fflush(stdout);
}

int main(int argc, char **argv)
{
    char cert[4096], key[4096];
    int ret;
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s CERTDIR [SECONDS]\n", argv[0]);
        return 2;
    }
    if (argc == 3)
        seconds = atof(argv[2]);
    if ((ret = gnutls_global_init()) < 0)
        die("global_init", ret);
    if ((ret = gnutls_certificate_allocate_credentials(&client_cred)) < 0)
        die("client credentials", ret);
    const char *names[2] = { "ecdsa", "rsa" };
    for (int i = 0; i < 2; i++) {
        if ((ret = gnutls_certificate_allocate_credentials(&server_cred[i])) < 0)
            die("server credentials", ret);
        snprintf(cert, sizeof cert, "%s/%s-chain.pem", argv[1], names[i]);
        snprintf(key, sizeof key, "%s/%s.key", argv[1], names[i]);
        if ((ret = gnutls_certificate_set_x509_key_file(server_cred[i], cert, key, GNUTLS_X509_FMT_PEM)) < 0)
            die(cert, ret);
    }

    const char *v13 = "NORMAL:-VERS-ALL:+VERS-TLS1.3:-GROUP-ALL:+GROUP-X25519";
    bench_handshakes("hs-tls13-x25519-ecdsa-p256", v13, ECDSA, GNUTLS_TLS1_3);
    bench_handshakes("hs-tls13-x25519-rsa-2048", v13, RSA, GNUTLS_TLS1_3);
    bench_handshakes("hs-tls12-ecdhe-rsa-2048",
                     "NORMAL:-VERS-ALL:+VERS-TLS1.2:-KX-ALL:+ECDHE-RSA:-GROUP-ALL:+GROUP-X25519", RSA,
                     GNUTLS_TLS1_2);
    bench_bulk("bulk-aes-128-gcm", "NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+AES-128-GCM",
               GNUTLS_CIPHER_AES_128_GCM);
    bench_bulk("bulk-aes-256-gcm", "NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+AES-256-GCM",
               GNUTLS_CIPHER_AES_256_GCM);
    bench_bulk("bulk-chacha20-poly1305", "NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+CHACHA20-POLY1305",
               GNUTLS_CIPHER_CHACHA20_POLY1305);
    bench_heap("heap-tls13-ecdsa", v13, ECDSA);

    gnutls_certificate_free_credentials(client_cred);
    gnutls_certificate_free_credentials(server_cred[0]);
    gnutls_certificate_free_credentials(server_cred[1]);
    gnutls_global_deinit();
    return 0;
}
