/* Two libcurl-gnutls easy handles sharing an SSL session cache (CURLSH,
 * CURL_LOCK_DATA_SSL_SESSION) fetch from `openssl s_server -www`, whose
 * page says "Reused" when the session was resumed. Prints one word per
 * request: New or Reused. The curl headers are not installed here, so the
 * few declarations needed are written out (curl's ABI is stable). */
#include <stdio.h>
#include <string.h>

typedef void CURL;
typedef void CURLSH;
extern CURL *curl_easy_init(void);
extern int curl_easy_setopt(CURL *, int, ...);
extern int curl_easy_perform(CURL *);
extern void curl_easy_cleanup(CURL *);
extern CURLSH *curl_share_init(void);
extern int curl_share_setopt(CURLSH *, int, ...);
extern void curl_share_cleanup(CURLSH *);
extern int curl_global_init(long);
extern void *curl_slist_append(void *, const char *);

#define CURLOPT_WRITEDATA 10001
#define CURLOPT_URL 10002
#define CURLOPT_CAINFO 10065
#define CURLOPT_SHARE 10100
#define CURLOPT_RESOLVE 10203
#define CURLOPT_WRITEFUNCTION 20011
#define CURLOPT_SSLVERSION 32
#define CURLOPT_SSL_VERIFYPEER 64
#define CURLOPT_SSL_VERIFYHOST 81
#define CURLSHOPT_SHARE 1
#define CURL_LOCK_DATA_SSL_SESSION 4
#define CURL_SSLVERSION_TLSv1_2 6
#define CURL_SSLVERSION_MAX_TLSv1_2 (6 << 16)

static char page[65536];
static size_t used;

static size_t sink(char *p, size_t s, size_t n, void *u)
{
	(void)u;
	size_t len = s * n;
	if (len > sizeof page - 1 - used)
		len = sizeof page - 1 - used;
	memcpy(page + used, p, len);
	used += len;
	page[used] = 0;
	return s * n;
}

int main(int argc, char **argv)
{
	char url[128], resolve[128];
	void *rl;
	CURLSH *sh;
	if (argc < 3)
		return 2;
	snprintf(url, sizeof url, "https://www.example.com:%s/", argv[1]);
	snprintf(resolve, sizeof resolve, "www.example.com:%s:127.0.0.1", argv[1]);
	curl_global_init(3);
	rl = curl_slist_append(NULL, resolve);
	sh = curl_share_init();
	curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
	for (int i = 0; i < 2; i++) {
		CURL *c = curl_easy_init();
		int rc;
		used = 0;
		page[0] = 0;
		curl_easy_setopt(c, CURLOPT_URL, url);
		curl_easy_setopt(c, CURLOPT_RESOLVE, rl);
		if (strcmp(argv[2], "-") != 0) {
			curl_easy_setopt(c, CURLOPT_CAINFO, argv[2]);
		} else {
			/* resumption is what is tested here, not verification */
			curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
			curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
		}
		curl_easy_setopt(c, CURLOPT_SHARE, sh);
		curl_easy_setopt(c, CURLOPT_SSLVERSION, (long)(CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_TLSv1_2));
		curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
		rc = curl_easy_perform(c);
		printf("request %d: rc %d %s\n", i, rc, strstr(page, "Reused,") ? "Reused" : strstr(page, "New,") ? "New" : "?");
		curl_easy_cleanup(c);
	}
	curl_share_cleanup(sh);
	return 0;
}
