/* dlopen-check: loads one shared library the way a plugin host would, with
 * every symbol bound at once (RTLD_NOW), and says whether that worked.
 * It links against nothing but libc, so the only libgnutls in the process
 * is the one the library under test pulls in.
 *
 * usage: dlopen-check LIBRARY     prints "ok" or "dlerror: <message>"
 * exit:  0 loaded, 1 dlopen failed, 2 usage
 */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	void *handle;

	if (argc != 2) {
		fprintf(stderr, "usage: %s LIBRARY\n", argv[0]);
		return 2;
	}
	handle = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
	if (handle == NULL) {
		const char *why = dlerror();
		printf("dlerror: %s\n", why ? why : "(none)");
		return 1;
	}
	printf("ok\n");
	dlclose(handle);
	return 0;
}
