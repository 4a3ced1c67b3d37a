/* copyreloc: uses GnuTLS's exported data objects the way old C programs do,
 * from the executable's own data section. Built -no-pie (or as a default
 * PIE, where GCC does the same), each object referenced here gets an
 * R_X86_64_COPY relocation: at load time ld.so copies the object's bytes
 * from the library into the executable, so a replacement library must
 * export objects of the same size, initialised before any code runs (a
 * value set later by a constructor would never reach the copy).
 *
 * It prints, for each group constant, its size and the SHA-256 of its bytes
 * (hashed with nettle, not GnuTLS), the key-bit values, and checks that the
 * allocator pointers work, including freeing library-allocated memory
 * through the copied gnutls_free. Output is compared with
 * tests/fixtures/copyreloc_real.txt by run-copyreloc.sh.
 *
 * build: cc -no-pie -o copyreloc copyreloc.c -lgnutls -lnettle
 */
#include <stdio.h>
#include <string.h>
#include <gnutls/gnutls.h>
#include <nettle/sha2.h>

static void print_datum(const char *name, const gnutls_datum_t *d)
{
	struct sha256_ctx ctx;
	unsigned char digest[SHA256_DIGEST_SIZE];
	unsigned i;

	sha256_init(&ctx);
	if (d->data != NULL)
		sha256_update(&ctx, d->size, d->data);
	sha256_digest(&ctx, sizeof digest, digest);
	printf("%s size=%u sha256=", name, d->size);
	for (i = 0; i < sizeof digest; i++)
		printf("%02x", digest[i]);
	printf("%s\n", d->data == NULL ? " (data NULL)" : "");
}

#define DATUM(x) print_datum(#x, &x)
#define BITS(x) printf("%s value=%u\n", #x, x)
#define FFDHE(n) do { \
	DATUM(gnutls_ffdhe_##n##_group_prime); \
	DATUM(gnutls_ffdhe_##n##_group_generator); \
	DATUM(gnutls_ffdhe_##n##_group_q); \
	BITS(gnutls_ffdhe_##n##_key_bits); \
} while (0)
#define SRP(n) do { \
	DATUM(gnutls_srp_##n##_group_prime); \
	DATUM(gnutls_srp_##n##_group_generator); \
} while (0)

static int check_allocators(void)
{
	static const char text[] = "copy relocation";
	const gnutls_datum_t input = { (unsigned char *)text, sizeof text - 1 };
	gnutls_datum_t hex = { NULL, 0 };
	char *p, *q;
	int failures = 0;

	/* Copied before main: must already hold the library's functions. */
	printf("allocator pointers set: malloc=%s calloc=%s realloc=%s free=%s strdup=%s\n",
	       gnutls_malloc ? "yes" : "no", gnutls_calloc ? "yes" : "no",
	       gnutls_realloc ? "yes" : "no", gnutls_free ? "yes" : "no",
	       gnutls_strdup ? "yes" : "no");
	if (!gnutls_malloc || !gnutls_calloc || !gnutls_realloc || !gnutls_free || !gnutls_strdup)
		return 1;

	p = gnutls_malloc(64);
	memset(p, 'a', 64);
	p = gnutls_realloc(p, 4096);
	failures += p[63] != 'a';
	gnutls_free(p);

	q = gnutls_calloc(16, 4);
	failures += q[0] != 0 || q[63] != 0;
	gnutls_free(q);

	q = gnutls_strdup(text);
	failures += strcmp(q, text) != 0;
	gnutls_free(q);

	/* Memory the library allocates, released by the application. */
	if (gnutls_hex_encode2(&input, &hex) < 0) {
		printf("gnutls_hex_encode2 failed\n");
		return failures + 1;
	}
	printf("hex_encode2 result=%.*s\n", (int)hex.size, (const char *)hex.data);
	gnutls_free(hex.data);

	printf("allocator round trips: %s\n", failures ? "FAILED" : "ok");
	return failures;
}

int main(void)
{
	FFDHE(2048);
	FFDHE(3072);
	FFDHE(4096);
	FFDHE(6144);
	FFDHE(8192);
	SRP(1024);
	SRP(1536);
	SRP(2048);
	SRP(3072);
	SRP(4096);
	SRP(8192);
	return check_allocators() ? 1 : 0;
}
