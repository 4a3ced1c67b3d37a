/* A server hook on the ClientHello (gnutls_handshake_set_hook_function),
 * as lighttpd's mod_gnutls uses it: the hook receives the raw ClientHello,
 * walks its extensions with gnutls_ext_raw_parse to find the SNI and ALPN,
 * and only then sets the server's credentials. Also gnutls_ext_raw_parse
 * on hand-made extension blocks and ClientHellos, well- and ill-formed. */
#include "tls_pair.h"

/* --- gnutls_ext_raw_parse on fixed bytes --------------------------------- */

static int stop_at; /* the callback fails on this extension type (-1: never) */

static int print_ext(void *ctx, unsigned tls_id, const unsigned char *data, unsigned size)
{
	unsigned i;
	printf("  %s: ext %u size %u:", (const char *)ctx, tls_id, size);
	for (i = 0; i < size && i < 8; i++)
		printf(" %02x", data[i]);
	printf("\n");
	if ((int)tls_id == stop_at)
		return GNUTLS_E_USER_ERROR;
	return 0;
}

static void parse(const char *name, const unsigned char *bytes, unsigned size, unsigned flags)
{
	gnutls_datum_t d = { (unsigned char *)bytes, size };
	int r = gnutls_ext_raw_parse((void *)name, print_ext, &d, flags);
	printf("%s: %d\n", name, r);
}

/* A ClientHello body: version, random, session id, suites, compression,
 * then `ext` (extension block with its length) as given. */
static unsigned hello(unsigned char *out, int dtls, const unsigned char *ext, unsigned ext_len)
{
	unsigned n = 0, i;
	out[n++] = dtls ? 0xfe : 0x03;
	out[n++] = dtls ? 0xfd : 0x03;
	for (i = 0; i < 32; i++)
		out[n++] = (unsigned char)i;
	out[n++] = 3; /* session id */
	out[n++] = 0xaa; out[n++] = 0xbb; out[n++] = 0xcc;
	if (dtls) {
		out[n++] = 2; /* cookie */
		out[n++] = 0xc0; out[n++] = 0x0c;
	}
	out[n++] = 0; out[n++] = 4; /* two suites */
	out[n++] = 0x13; out[n++] = 0x01; out[n++] = 0xc0; out[n++] = 0x2b;
	out[n++] = 1; out[n++] = 0; /* null compression */
	memcpy(out + n, ext, ext_len);
	return n + ext_len;
}

static void raw_parse_cases(void)
{
	static const unsigned char block[] = {
		0x00, 0x10,                                      /* 16 bytes of extensions */
		0x00, 0x00, 0x00, 0x05, 0x00, 0x03, 'a', 'b', 'c', /* server_name-ish */
		0x00, 0x17, 0x00, 0x00,                          /* extended master secret */
		0xff, 0x01,                                      /* a stray half header */
	};
	static const unsigned char good[] = {
		0x00, 0x0e,
		0x00, 0x00, 0x00, 0x05, 0x00, 0x03, 'a', 'b', 'c',
		0x00, 0x17, 0x00, 0x00,
		0x00,
	};
	static const unsigned char exact[] = {
		0x00, 0x0d,
		0x00, 0x00, 0x00, 0x05, 0x00, 0x03, 'a', 'b', 'c',
		0x00, 0x17, 0x00, 0x00,
	};
	static const unsigned char overrun[] = { 0x00, 0x06, 0x00, 0x10, 0x00, 0x09, 'h', '2' };
	static const unsigned char long_block[] = { 0x00, 0x20, 0x00, 0x17, 0x00, 0x00 };
	static const unsigned char empty_block[] = { 0x00, 0x00 };
	static const unsigned char trailing[] = { 0x00, 0x04, 0x00, 0x17, 0x00, 0x00, 0x99, 0x98 };
	unsigned char h[256];
	unsigned n;

	stop_at = -1;
	parse("exact block", exact, sizeof exact, 0);
	parse("block, one spare byte", good, sizeof good, 0);
	parse("block with a stray half header", block, sizeof block, 0);
	parse("extension longer than the block", overrun, sizeof overrun, 0);
	parse("block longer than the data", long_block, sizeof long_block, 0);
	parse("empty block", empty_block, sizeof empty_block, 0);
	parse("block then trailing bytes", trailing, sizeof trailing, 0);
	parse("one byte", empty_block, 1, 0);
	parse("no bytes", empty_block, 0, 0);
	stop_at = 0x17;
	parse("callback fails on ext 23", exact, sizeof exact, 0);
	stop_at = -1;

	n = hello(h, 0, exact, sizeof exact);
	parse("client hello", h, n, GNUTLS_EXT_RAW_FLAG_TLS_CLIENT_HELLO);
	n = hello(h, 0, NULL, 0);
	parse("client hello without extensions", h, n, GNUTLS_EXT_RAW_FLAG_TLS_CLIENT_HELLO);
	n = hello(h, 0, exact, sizeof exact);
	parse("client hello cut in the suites", h, 40, GNUTLS_EXT_RAW_FLAG_TLS_CLIENT_HELLO);
	parse("client hello cut in the extensions", h, n - 3, GNUTLS_EXT_RAW_FLAG_TLS_CLIENT_HELLO);
	n = hello(h, 1, exact, sizeof exact);
	parse("dtls client hello", h, n, GNUTLS_EXT_RAW_FLAG_DTLS_CLIENT_HELLO);
}

/* --- a server choosing its credentials in a ClientHello hook ------------ */

static gnutls_certificate_credentials_t scred, ccred;

struct seen {
	char sni[64];
	int alpn_h2;
};

/* server_name extension: list length, type 0, name length, name. */
static int hello_ext(void *ctx, unsigned tls_id, const unsigned char *data, unsigned size)
{
	struct seen *seen = ctx;
	if (tls_id == 0 && size > 5 && data[2] == 0) {
		unsigned len = (unsigned)data[3] << 8 | data[4];
		if (len + 5 <= size && len < sizeof seen->sni) {
			memcpy(seen->sni, data + 5, len);
			seen->sni[len] = 0;
		}
	} else if (tls_id == 16) {
		unsigned i = 2;
		while (i < size) {
			unsigned len = data[i];
			if (len == 2 && i + 3 <= size && memcmp(data + i + 1, "h2", 2) == 0)
				seen->alpn_h2 = 1;
			i += 1 + len;
		}
	}
	return 0;
}

struct hook_case {
	int when;     /* GNUTLS_HOOK_PRE, _POST or _BOTH */
	int fail;     /* the hook returns an error */
	int set_cred; /* the hook sets the credentials (else they are set up front) */
};

static int hook(gnutls_session_t s, unsigned htype, unsigned when, unsigned incoming, const gnutls_datum_t *msg)
{
	struct hook_case *hc = gnutls_session_get_ptr(s);
	struct seen seen = { "", 0 };
	void *cred = NULL;
	int r;
	if (htype != GNUTLS_HANDSHAKE_CLIENT_HELLO) {
		note("hook: unexpected message %u\n", htype);
		return 0;
	}
	r = gnutls_ext_raw_parse(&seen, hello_ext, msg, GNUTLS_EXT_RAW_FLAG_TLS_CLIENT_HELLO);
	note("hook: %s incoming %u, legacy version %02x%02x, ext_raw_parse %d, sni '%s', h2 %d\n",
	     when == GNUTLS_HOOK_PRE ? "pre" : "post", incoming, msg->size > 2 ? msg->data[0] : 0,
	     msg->size > 2 ? msg->data[1] : 0, r, seen.sni, seen.alpn_h2);
	if (hc->fail)
		return GNUTLS_E_USER_ERROR;
	if (hc->set_cred && gnutls_credentials_get(s, GNUTLS_CRD_CERTIFICATE, &cred) != 0 &&
	    strcmp(seen.sni, "www.example.com") == 0)
		note("hook: credentials_set %d\n", gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred));
	return 0;
}

static void server_setup(gnutls_session_t s, void *arg)
{
	struct hook_case *hc = arg;
	gnutls_set_default_priority(s);
	gnutls_session_set_ptr(s, hc);
	if (!hc->set_cred)
		gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, scred);
	gnutls_handshake_set_hook_function(s, GNUTLS_HANDSHAKE_CLIENT_HELLO, hc->when, hook);
}

static void server_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)arg;
	note("server handshake %s\n", hs == 0 ? "ok" : gnutls_strerror_name(hs));
}

static void client_setup(gnutls_session_t s, void *arg)
{
	static const gnutls_datum_t protos[] = { { (unsigned char *)"h2", 2 }, { (unsigned char *)"http/1.1", 8 } };
	(void)arg;
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, ccred);
	gnutls_server_name_set(s, GNUTLS_NAME_DNS, "www.example.com", 15);
	gnutls_alpn_set_protocols(s, protos, 2, 0);
}

static void client_inspect(gnutls_session_t s, int hs, void *arg)
{
	(void)s;
	(void)arg;
	note("client handshake %s\n", hs == 0 ? "ok" : "failed");
}

static void hook_run(const char *title, int when, int fail, int set_cred)
{
	struct hook_case hc = { when, fail, set_cred };
	struct pair_side server = { .setup = server_setup, .inspect = server_inspect, .arg = &hc };
	struct pair_side client = { .setup = client_setup, .inspect = client_inspect };
	pair_run(title, &server, &client);
}

int main(void)
{
	alarm(60);
	signal(SIGPIPE, SIG_IGN);
	raw_parse_cases();
	gnutls_certificate_allocate_credentials(&scred);
	gnutls_certificate_allocate_credentials(&ccred);
	gnutls_certificate_set_x509_key_file(scred, cert_path("chains/valid.pem"), cert_path("keys/leaf-ec.key"),
					     GNUTLS_X509_FMT_PEM);
	hook_run("pre hook sets the credentials", GNUTLS_HOOK_PRE, 0, 1);
	hook_run("post hook sets the credentials", GNUTLS_HOOK_POST, 0, 1);
	hook_run("both hooks", GNUTLS_HOOK_BOTH, 0, 1);
	hook_run("pre hook, credentials set before", GNUTLS_HOOK_PRE, 0, 0);
	hook_run("pre hook fails", GNUTLS_HOOK_PRE, 1, 0);
	gnutls_certificate_free_credentials(scred);
	gnutls_certificate_free_credentials(ccred);
	return 0;
}
