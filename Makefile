# rgnutls: build libgnutls.so.30 from Rust, with GnuTLS 3.7.9's exact ABI.
#
#   make                 build/libgnutls.so.30, build/libgnutls.so, include/gnutls/*.h
#   make test            every test: Rust, ABI, C (differential), real programs
#   make demo            the main job: a TLS server and real clients on rgnutls
#   make install PREFIX=/usr/local DESTDIR=
#   make regen           regenerate stubs, version script, COMPAT.md and headers
#   make clean

PREFIX   ?= /usr/local
LIBDIR   ?= $(PREFIX)/lib
INCDIR   ?= $(PREFIX)/include
CC       ?= cc
CARGO    ?= cargo
PROFILE  ?= release
BUILD    := build
STATIC   := target/$(PROFILE)/librgnutls_capi.a
LIB      := $(BUILD)/libgnutls.so.30
CARGOFLAGS := $(if $(filter release,$(PROFILE)),--release,)

.PHONY: all lib headers regen check-generated test test-rust test-abi test-c test-programs demo install clean bench

all: lib headers

lib: $(LIB) $(BUILD)/libgnutls.so

# Rust builds a static archive; the C linker turns it into the shared object,
# because only it applies a version script with named nodes and parents.
$(STATIC): FORCE
	$(CARGO) build $(CARGOFLAGS) -p rgnutls-capi

$(LIB): $(STATIC) capi/libgnutls.map
	@mkdir -p $(BUILD)
	$(CC) -shared -o $@ -Wl,-soname,libgnutls.so.30 \
	  -Wl,--version-script=capi/libgnutls.map -Wl,-z,relro,-z,now -Wl,--gc-sections \
	  -Wl,--whole-archive $(STATIC) -Wl,--no-whole-archive \
	  -lpthread -ldl -lm -lc

$(BUILD)/libgnutls.so: $(LIB)
	ln -sf libgnutls.so.30 $@

# The headers are checked in; regenerate them when cbindgen is at hand.
headers:
	@if command -v cbindgen >/dev/null; then python3 ci/gen-headers.py; \
	else echo "cbindgen not found: using the checked-in include/gnutls/*.h"; fi

regen:
	python3 ci/regen.py
	python3 ci/gen-headers.py

# CI: generated files must match their sources.
check-generated:
	python3 ci/regen.py --check
	python3 ci/gen-headers.py --check

test: all
	ci/test-all.sh $(BUILD)

test-rust:
	$(CARGO) test --workspace

test-abi: $(LIB)
	ci/check-abi $(LIB)

test-c: $(LIB)
	tests/c/run.sh $(BUILD)

test-programs: $(LIB)
	tests/consumers/load-test.sh $(BUILD)

demo: all
	examples/demo.sh $(BUILD)

bench: all
	bench/run-tls.sh $(BUILD)
	bench/run-resume.sh $(BUILD)
	bench/run-crypto.sh $(BUILD)

install: all
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR)/gnutls $(DESTDIR)$(LIBDIR)/pkgconfig
	install -m 0755 $(LIB) $(DESTDIR)$(LIBDIR)/libgnutls.so.30
	ln -sf libgnutls.so.30 $(DESTDIR)$(LIBDIR)/libgnutls.so
	install -m 0644 include/gnutls/*.h $(DESTDIR)$(INCDIR)/gnutls/
	sed -e 's|@PREFIX@|$(PREFIX)|; s|@LIBDIR@|$(LIBDIR)|; s|@INCDIR@|$(INCDIR)|' capi/gnutls.pc.in \
	  > $(DESTDIR)$(LIBDIR)/pkgconfig/gnutls.pc

clean:
	$(CARGO) clean
	rm -rf $(BUILD)

FORCE:
