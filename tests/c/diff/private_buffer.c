/* GnuTLS's private buffer helpers (GNUTLS_PRIVATE_3_4), as libgnutls-dane
 * uses them: the program owns the struct, in GnuTLS's layout; appended
 * strings come back as a datum the program frees with gnutls_free. Also
 * the public gnutls_buffer_append_data on the same struct. */
#include <gnutls/gnutls.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct buf {
	uint8_t *allocd;
	uint8_t *data;
	size_t max_length;
	size_t length;
};

void _gnutls_buffer_init(struct buf *);
void _gnutls_buffer_clear(struct buf *);
int _gnutls_buffer_append_str(struct buf *, const char *);
int _gnutls_buffer_to_datum(struct buf *, gnutls_datum_t *, unsigned is_str);
void _gnutls_buffer_pop_datum(struct buf *, gnutls_datum_t *, size_t);
int _gnutls_buffer_unescape(struct buf *);

static void show(const char *what, struct buf *b)
{
	printf("%s: length %zu \"%.*s\"\n", what, b->length, (int)b->length, b->data ? (char *)b->data : "");
}

int main(void)
{
	struct buf b;
	gnutls_datum_t d;
	int r;
	gnutls_global_init();

	_gnutls_buffer_init(&b);
	show("init", &b);
	printf("append: %d\n", _gnutls_buffer_append_str(&b, "_443._tcp."));
	printf("append: %d\n", _gnutls_buffer_append_str(&b, "www.example.com"));
	show("after appends", &b);
	for (int i = 0; i < 200; i++)
		_gnutls_buffer_append_str(&b, "0123456789");
	printf("grown: length %zu\n", b.length);
	_gnutls_buffer_pop_datum(&b, &d, 10);
	printf("popped %u \"%.*s\", left %zu\n", d.size, (int)d.size, d.data, b.length);
	printf("append_data: %d\n", gnutls_buffer_append_data((gnutls_buffer_t)&b, "tail", 4));
	r = _gnutls_buffer_to_datum(&b, &d, 1);
	printf("to_datum str: %d\n", r);
	printf("datum: size %u, ends with \"%s\", NUL at end %d\n", d.size, (char *)d.data + d.size - 8,
	       d.data[d.size] == 0);
	show("buffer after to_datum", &b);
	gnutls_free(d.data);

	_gnutls_buffer_init(&b);
	_gnutls_buffer_append_str(&b, "binary");
	r = _gnutls_buffer_to_datum(&b, &d, 0);
	printf("to_datum raw: %d size %u \"%.*s\"\n", r, d.size, (int)d.size, d.data);
	gnutls_free(d.data);

	_gnutls_buffer_init(&b);
	_gnutls_buffer_append_str(&b, "a%41b%2fc");
	printf("unescape: %d\n", _gnutls_buffer_unescape(&b));
	show("unescaped", &b);
	_gnutls_buffer_clear(&b);
	show("cleared", &b);

	_gnutls_buffer_init(&b);
	d.data = NULL;
	r = _gnutls_buffer_to_datum(&b, &d, 1);
	printf("empty to_datum str: %d size %u\n", r, d.size);
	if (d.data)
		printf("empty string datum: \"%s\"\n", (char *)d.data);
	gnutls_free(d.data);
	gnutls_global_deinit();
	return 0;
}
