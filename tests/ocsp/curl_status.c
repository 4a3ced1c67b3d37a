/* curl_status URL CAFILE: a libcurl-gnutls GET that requires a valid stapled
 * OCSP response (CURLOPT_SSL_VERIFYSTATUS). Prints curl's result code. */
#include <curl/curl.h>
#include <stdio.h>

static size_t sink(void *p, size_t s, size_t n, void *u)
{
	(void)p;
	*(size_t *)u += s * n;
	return s * n;
}

int main(int argc, char **argv)
{
	size_t got = 0;
	CURL *c;
	CURLcode r;
	if (argc < 3)
		return 2;
	curl_global_init(CURL_GLOBAL_ALL);
	c = curl_easy_init();
	curl_easy_setopt(c, CURLOPT_URL, argv[1]);
	curl_easy_setopt(c, CURLOPT_CAINFO, argv[2]);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYSTATUS, 1L);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &got);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 20L);
	r = curl_easy_perform(c);
	printf("curl %d (%s) bytes %zu\n", r, curl_easy_strerror(r), got);
	curl_easy_cleanup(c);
	curl_global_cleanup();
	return r == CURLE_OK ? 0 : 1;
}
