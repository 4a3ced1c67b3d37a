/* Records how the real GnuTLS 3.7.9 handles each priority string of a case
 * file, so the Rust parser can be checked against it.
 *
 * Build & run:  cc tests/c/priority_dump.c -o /tmp/priority_dump -lgnutls
 *               /tmp/priority_dump < tests/fixtures/priority_cases.txt \
 *                   > tests/fixtures/priority_dump.txt
 *
 * Input: one priority string per line, taken verbatim (spaces included).
 * A line "#NULL" means a NULL string; "#APPEND <s>" means <s> with
 * GNUTLS_PRIORITY_INIT_DEF_APPEND; lines starting "##" are comments.
 * Output: one line per case, fields separated by TAB:
 *   the input line, return code, err_pos (-1 if unset), then for successful
 *   cases key=comma-separated-ids for proto,cipher,mac,kx,group,ecc,sign,
 *   ctcli,ctsrv and cs (cipher-suite table indices, in priority order).
 */
#include <stdio.h>
#include <string.h>
#include <gnutls/gnutls.h>

typedef int (*list_fn)(gnutls_priority_t, const unsigned int **);

static void put_list(const char *key, gnutls_priority_t p, list_fn fn)
{
	const unsigned int *l = NULL;
	int n = fn(p, &l);
	printf("\t%s=", key);
	for (int i = 0; i < n; i++)
		printf(i ? ",%u" : "%u", l[i]);
}

static void put_ctype(const char *key, gnutls_priority_t p, gnutls_ctype_target_t t)
{
	const unsigned int *l = NULL;
	int n = gnutls_priority_certificate_type_list2(p, &l, t);
	printf("\t%s=", key);
	for (int i = 0; i < n; i++)
		printf(i ? ",%u" : "%u", l[i]);
}

int main(void)
{
	char line[4096];

	while (fgets(line, sizeof line, stdin)) {
		size_t len = strlen(line);
		if (len && line[len - 1] == '\n')
			line[--len] = 0;
		if (strncmp(line, "##", 2) == 0)
			continue;

		const char *str = line;
		unsigned flags = 0;
		if (strcmp(line, "#NULL") == 0)
			str = NULL;
		else if (strncmp(line, "#APPEND ", 8) == 0) {
			str = line + 8;
			flags = GNUTLS_PRIORITY_INIT_DEF_APPEND;
		}

		gnutls_priority_t p = NULL;
		const char *err = NULL;
		int r = gnutls_priority_init2(&p, str, &err, flags);
		long pos = (err && str) ? (long)(err - str) : -1;
		printf("%s\t%d\t%ld", line, r, pos);
		if (r == 0) {
			put_list("proto", p, gnutls_priority_protocol_list);
			put_list("cipher", p, gnutls_priority_cipher_list);
			put_list("mac", p, gnutls_priority_mac_list);
			put_list("kx", p, gnutls_priority_kx_list);
			put_list("group", p, gnutls_priority_group_list);
			put_list("ecc", p, gnutls_priority_ecc_curve_list);
			put_list("sign", p, gnutls_priority_sign_list);
			put_ctype("ctcli", p, GNUTLS_CTYPE_CLIENT);
			put_ctype("ctsrv", p, GNUTLS_CTYPE_SERVER);
			printf("\tcs=");
			for (unsigned i = 0;; i++) {
				unsigned idx;
				int rr = gnutls_priority_get_cipher_suite_index(p, i, &idx);
				if (rr == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
					break;
				printf(i ? ",%u" : "%u", rr < 0 ? 9999 : idx);
			}
			gnutls_priority_deinit(p);
		}
		printf("\n");
	}
	return 0;
}
