/* curl_get URL CAFILE OUTFILE: a verified HTTPS GET with libcurl-gnutls.
 * Writes the body to OUTFILE, prints "curl ok: N bytes" and exits 0, or
 * prints "curl error CODE: message" and exits 1. */
#include <curl/curl.h>
#include <stdio.h>

static size_t write_body(char *data, size_t size, size_t n, void *file)
{
    return fwrite(data, size, n, (FILE *)file) * size;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s URL CAFILE OUTFILE\n", argv[0]);
        return 2;
    }
    FILE *out = fopen(argv[3], "wb");
    if (!out) {
        perror(argv[3]);
        return 2;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *curl = curl_easy_init();
    if (!curl) {
        fprintf(stderr, "curl_easy_init failed\n");
        return 2;
    }
    char err[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(curl, CURLOPT_URL, argv[1]);
    curl_easy_setopt(curl, CURLOPT_CAINFO, argv[2]);
    curl_easy_setopt(curl, CURLOPT_CAPATH, NULL);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, err);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);
    curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");

    CURLcode rc = curl_easy_perform(curl);
    curl_off_t got = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &got);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    fclose(out);
    if (rc != CURLE_OK) {
        printf("curl error %d: %s\n", (int)rc, err[0] ? err : curl_easy_strerror(rc));
        return 1;
    }
    printf("curl ok: %lld bytes\n", (long long)got);
    return 0;
}
