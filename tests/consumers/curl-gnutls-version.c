/* curl-gnutls-version: a minimal libcurl-gnutls program. /usr/bin/curl uses
 * the OpenSSL flavour of libcurl, so this stands in for every program linked
 * with libcurl-gnutls.so.4: it initialises libcurl (which initialises GnuTLS)
 * and prints the TLS backend libcurl reports.
 *
 * build: cc -o curl-gnutls-version curl-gnutls-version.c -l:libcurl-gnutls.so.4
 */
#include <stdio.h>
#include <curl/curl.h>

int main(void)
{
	const curl_version_info_data *info;

	if (curl_global_init(CURL_GLOBAL_ALL) != CURLE_OK) {
		fprintf(stderr, "curl_global_init failed\n");
		return 1;
	}
	info = curl_version_info(CURLVERSION_NOW);
	printf("libcurl %s, TLS backend %s\n", info->version,
	       info->ssl_version ? info->ssl_version : "(none)");
	curl_global_cleanup();
	return 0;
}
