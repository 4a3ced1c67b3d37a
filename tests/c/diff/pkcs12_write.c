/* PKCS#12 writing: bags made with set_crt/set_crl/set_data/set_privkey,
 * friendly names and key ids, bag encryption under each scheme the flags
 * select (and the refused ones), MACs with each hash, export in DER and
 * PEM, then the file imported again and read back (bag types, counts,
 * data hashes, names, ids, mac_info and enc_info, verify_mac), plus
 * error cases. Random salts are printed as sizes only.
 * Finally a file GnuTLS wrote is read.
 * Corpus: tests/certs/pkcs7/ (rsa.pem, rsa.key, ca.crl), pkcs12/gnutls.p12.
 * Every key derivation runs GnuTLS's 600000 rounds:
 * rgnutls-test: no-valgrind */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/pkcs12.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gnutls_datum_t load(const char *name)
{
	char path[512];
	gnutls_datum_t d = { NULL, 0 };
	const char *dir = getenv("RGNUTLS_CERTS");
	snprintf(path, sizeof(path), "%s%s", dir ? dir : "tests/certs/", name);
	if (gnutls_load_file(path, &d) < 0) {
		printf("cannot load %s\n", name);
		exit(1);
	}
	return d;
}

static void hash(const char *label, const void *data, size_t size)
{
	unsigned char out[32];
	gnutls_hash_fast(GNUTLS_DIG_SHA256, data, size, out);
	printf("%s ", label);
	for (int i = 0; i < 8; i++)
		printf("%02x", out[i]);
	printf("\n");
}

static void enc_info(const char *label, gnutls_pkcs12_bag_t bag)
{
	unsigned schema = 0, cipher = 0, salt_size = 64, iter = 0;
	unsigned char salt[64];
	char *oid = NULL;
	int r = gnutls_pkcs12_bag_enc_info(bag, &schema, &cipher, salt, &salt_size, &iter, &oid);
	printf("  %s enc_info %d", label, r);
	if (r == 0)
		printf(" schema %u cipher %u salt_size_ok %d iter %u oid %s", schema, cipher,
		       salt_size >= 8 && salt_size <= 32, iter, oid ? oid : "(null)");
	printf("\n");
	gnutls_free(oid);
	/* Short salt buffer, NULL outputs. */
	salt_size = 1;
	r = gnutls_pkcs12_bag_enc_info(bag, NULL, NULL, salt, &salt_size, NULL, NULL);
	printf("  %s enc_info short salt %d size_ok %d\n", label, r, salt_size >= 8);
	r = gnutls_pkcs12_bag_enc_info(bag, &schema, NULL, NULL, NULL, NULL, NULL);
	printf("  %s enc_info only schema %d %u\n", label, r, schema);
}

static void read_bags(gnutls_pkcs12_t p12, const char *pass)
{
	for (int i = 0;; i++) {
		gnutls_pkcs12_bag_t bag;
		gnutls_pkcs12_bag_init(&bag);
		int r = gnutls_pkcs12_get_bag(p12, i, bag);
		if (r < 0) {
			printf("  get_bag %d: %d\n", i, r);
			gnutls_pkcs12_bag_deinit(bag);
			break;
		}
		int type = gnutls_pkcs12_bag_get_type(bag, 0);
		printf("  bag %d type %d count %d\n", i, type, gnutls_pkcs12_bag_get_count(bag));
		if (type == GNUTLS_BAG_ENCRYPTED) {
			enc_info("read", bag);
			printf("  decrypt %d\n", gnutls_pkcs12_bag_decrypt(bag, pass));
		} else {
			printf("  enc_info plain %d\n", gnutls_pkcs12_bag_enc_info(bag, NULL, NULL, NULL, NULL, NULL, NULL));
		}
		int n = gnutls_pkcs12_bag_get_count(bag);
		for (int j = 0; j < n; j++) {
			gnutls_datum_t d;
			char *name = NULL;
			int t = gnutls_pkcs12_bag_get_type(bag, j);
			printf("   elem %d type %d", j, t);
			r = gnutls_pkcs12_bag_get_data(bag, j, &d);
			if (r == 0 && t != GNUTLS_BAG_PKCS8_ENCRYPTED_KEY)
				hash(" data", d.data, d.size);
			else
				printf(" data %d\n", r);
			if (r == 0 && t == GNUTLS_BAG_PKCS8_ENCRYPTED_KEY) {
				unsigned schema = 0, cipher = 0, salt_size = 64, iter = 0;
				unsigned char salt[64];
				char *oid = NULL;
				r = gnutls_pkcs8_info(&d, GNUTLS_X509_FMT_DER, &schema, &cipher, salt, &salt_size, &iter, &oid);
				printf("    pkcs8_info %d schema %u cipher %u salt_ok %d iter %u oid %s\n", r, schema, cipher,
				       salt_size >= 8, iter, oid ? oid : "(null)");
				gnutls_free(oid);
				gnutls_x509_privkey_t k;
				gnutls_x509_privkey_init(&k);
				/* GnuTLS refuses a PKCS#8 key in the clear with a
				 * password; we accept it: not compared. */
				if (r == 0) {
					r = gnutls_x509_privkey_import_pkcs8(k, &d, GNUTLS_X509_FMT_DER, pass, 0);
					printf("    key import %d algo %d\n", r, r == 0 ? gnutls_x509_privkey_get_pk_algorithm(k) : 0);
				}
				gnutls_x509_privkey_deinit(k);
			}
			r = gnutls_pkcs12_bag_get_friendly_name(bag, j, &name);
			printf("    name %d %s", r, name ? name : "(none)");
			r = gnutls_pkcs12_bag_get_key_id(bag, j, &d);
			if (r == 0 && d.size)
				hash(" key_id", d.data, d.size);
			else
				printf(" key_id %d %u\n", r, r == 0 ? d.size : 0);
		}
		gnutls_pkcs12_bag_deinit(bag);
	}
}

static void mac_info(gnutls_pkcs12_t p12)
{
	unsigned mac = 0, salt_size = 64, iter = 0;
	unsigned char salt[64];
	char *oid = NULL;
	int r = gnutls_pkcs12_mac_info(p12, &mac, salt, &salt_size, &iter, &oid);
	printf("  mac_info %d", r);
	if (r == 0)
		printf(" mac %u salt_size %u iter %u oid %s", mac, salt_size, iter, oid ? oid : "(null)");
	printf("\n");
	gnutls_free(oid);
	salt_size = 2;
	r = gnutls_pkcs12_mac_info(p12, &mac, salt, &salt_size, &iter, NULL);
	printf("  mac_info short salt %d %u\n", r, salt_size);
	r = gnutls_pkcs12_mac_info(p12, NULL, NULL, NULL, NULL, NULL);
	printf("  mac_info all NULL %d\n", r);
}

/* Export, import again, show. */
static void roundtrip(gnutls_pkcs12_t p12, gnutls_x509_crt_fmt_t fmt, const char *pass, int wrong)
{
	gnutls_datum_t out;
	int r = gnutls_pkcs12_export2(p12, fmt, &out);
	printf(" export2 %s %d\n", fmt == GNUTLS_X509_FMT_PEM ? "pem" : "der", r);
	if (r < 0)
		return;
	if (fmt == GNUTLS_X509_FMT_PEM)
		printf("  pem header %.*s\n", 20, out.data);
	unsigned char small[4];
	size_t size = sizeof(small);
	r = gnutls_pkcs12_export(p12, fmt, small, &size);
	printf("  export short %d size_ok %d\n", r, size == out.size);
	unsigned char *buf = malloc(size);
	r = gnutls_pkcs12_export(p12, fmt, buf, &size);
	printf("  export %d same %d\n", r, size == out.size && memcmp(buf, out.data, size) == 0);
	free(buf);
	gnutls_pkcs12_t back;
	gnutls_pkcs12_init(&back);
	r = gnutls_pkcs12_import(back, &out, fmt, 0);
	printf("  import %d\n", r);
	if (r == 0) {
		mac_info(back);
		printf("  verify_mac %d\n", gnutls_pkcs12_verify_mac(back, pass));
		if (wrong)
			printf("  verify_mac wrong %d\n", gnutls_pkcs12_verify_mac(back, "wrong"));
		read_bags(back, pass);
	}
	gnutls_pkcs12_deinit(back);
	gnutls_free(out.data);
}

static gnutls_x509_crt_t crt;
static gnutls_x509_privkey_t key;
static gnutls_x509_crl_t crl;

static void set_ids(gnutls_pkcs12_bag_t bag, int idx, const char *name)
{
	unsigned char id[20];
	size_t size = sizeof(id);
	gnutls_x509_crt_get_key_id(crt, 0, id, &size);
	gnutls_datum_t d = { id, (unsigned)size };
	printf("  set_key_id %d\n", gnutls_pkcs12_bag_set_key_id(bag, idx, &d));
	printf("  set_friendly_name %d\n", gnutls_pkcs12_bag_set_friendly_name(bag, idx, name));
}

/* cert + key file: the certificate bag encrypted with `flags`, the key
 * encrypted with `keyflags`, MAC with `mac`. */
static void build(const char *label, unsigned flags, unsigned keyflags, int mac, gnutls_x509_crt_fmt_t fmt)
{
	const char *pass = "secret";
	gnutls_pkcs12_t p12;
	gnutls_pkcs12_bag_t bag, kbag;
	printf("%s\n", label);
	gnutls_pkcs12_init(&p12);
	gnutls_pkcs12_bag_init(&bag);
	int idx = gnutls_pkcs12_bag_set_crt(bag, crt);
	printf(" set_crt %d\n", idx);
	set_ids(bag, idx, "my cert");
	if (!(flags & GNUTLS_PKCS_PLAIN)) {
		int r = gnutls_pkcs12_bag_encrypt(bag, pass, flags);
		printf(" encrypt %d count %d type %d\n", r, gnutls_pkcs12_bag_get_count(bag), gnutls_pkcs12_bag_get_type(bag, 0));
		if (r == 0)
			enc_info("written", bag);
	}
	printf(" set_bag %d\n", gnutls_pkcs12_set_bag(p12, bag));
	gnutls_pkcs12_bag_init(&kbag);
	idx = gnutls_pkcs12_bag_set_privkey(kbag, key, pass, keyflags);
	printf(" set_privkey %d type %d\n", idx, gnutls_pkcs12_bag_get_type(kbag, 0));
	if (idx >= 0)
		set_ids(kbag, idx, "my key");
	printf(" set_bag key %d\n", gnutls_pkcs12_set_bag(p12, kbag));
	int r = mac == 0 ? gnutls_pkcs12_generate_mac(p12, pass) : gnutls_pkcs12_generate_mac2(p12, mac, pass);
	printf(" generate_mac %d %d\n", mac, r);
	roundtrip(p12, fmt, pass, flags & GNUTLS_PKCS_PLAIN);
	gnutls_pkcs12_bag_deinit(bag);
	gnutls_pkcs12_bag_deinit(kbag);
	gnutls_pkcs12_deinit(p12);
}

static void errors(void)
{
	gnutls_pkcs12_bag_t bag, kbag;
	gnutls_pkcs12_t p12;
	gnutls_datum_t d = { (unsigned char *)"abc", 3 };
	printf("errors\n");
	gnutls_pkcs12_bag_init(&bag);
	gnutls_pkcs12_init(&p12);
	printf(" set_crt NULL bag %d\n", gnutls_pkcs12_bag_set_crt(NULL, crt));
	printf(" set_crl NULL bag %d\n", gnutls_pkcs12_bag_set_crl(NULL, crl));
	printf(" set_data NULL bag %d\n", gnutls_pkcs12_bag_set_data(NULL, GNUTLS_BAG_SECRET, &d));
	/* GnuTLS accepts names, ids and encryption on an empty bag, and
	 * crashes on set_bag or enc_info with one, on set_bag with a NULL bag
	 * and on set_key_id with a NULL id: not tried. */
	printf(" set_bag NULL p12 %d\n", gnutls_pkcs12_set_bag(NULL, bag));
	printf(" export2 empty %d\n", gnutls_pkcs12_export2(p12, GNUTLS_X509_FMT_DER, &d));
	printf(" mac_info empty %d\n", gnutls_pkcs12_mac_info(p12, NULL, NULL, NULL, NULL, NULL));
	printf(" mac NULL %d\n", gnutls_pkcs12_generate_mac(NULL, "p"));
	printf(" mac empty %d\n", gnutls_pkcs12_generate_mac(p12, "p"));
	printf(" export NULL %d\n", gnutls_pkcs12_export2(NULL, GNUTLS_X509_FMT_DER, &d));

	printf(" set_data secret %d\n", gnutls_pkcs12_bag_set_data(bag, GNUTLS_BAG_SECRET, &d));
	printf(" set_crl %d\n", gnutls_pkcs12_bag_set_crl(bag, crl));
	printf(" set_data type 99 %d\n", gnutls_pkcs12_bag_set_data(bag, 99, &d));
	printf(" count %d types %d %d %d\n", gnutls_pkcs12_bag_get_count(bag), gnutls_pkcs12_bag_get_type(bag, 0),
	       gnutls_pkcs12_bag_get_type(bag, 1), gnutls_pkcs12_bag_get_type(bag, 2));
	printf(" set_friendly_name past end %d\n", gnutls_pkcs12_bag_set_friendly_name(bag, 3, "x"));
	printf(" set_key_id past end %d\n", gnutls_pkcs12_bag_set_key_id(bag, 3, &d));
	printf(" set_friendly_name %d\n", gnutls_pkcs12_bag_set_friendly_name(bag, 1, "first"));
	printf(" set_friendly_name again %d\n", gnutls_pkcs12_bag_set_friendly_name(bag, 1, "second"));
	printf(" set_bag unknown type %d\n", gnutls_pkcs12_set_bag(p12, bag));
	gnutls_pkcs12_bag_deinit(bag);

	gnutls_pkcs12_bag_init(&bag);
	/* Some DER: GnuTLS writes anything as a key, we only DER. */
	gnutls_datum_t der = { (unsigned char *)"\x30\x03\x02\x01\x00", 5 };
	printf(" set_data key %d\n", gnutls_pkcs12_bag_set_data(bag, GNUTLS_BAG_PKCS8_KEY, &der));
	printf(" set_crt after key %d\n", gnutls_pkcs12_bag_set_crt(bag, crt));
	printf(" encrypt unknown flags %d\n", gnutls_pkcs12_bag_encrypt(bag, "p", 1u << 20));
	printf(" encrypt again %d\n", gnutls_pkcs12_bag_encrypt(bag, "p", GNUTLS_PKCS_PBES2_AES_128));
	printf(" set_crt after encrypt %d\n", gnutls_pkcs12_bag_set_crt(bag, crt));
	enc_info("unknown flags", bag);
	gnutls_pkcs12_bag_deinit(bag);

	/* The GOST schemes are left out: GnuTLS writes them, we refuse them. */
	unsigned bad[] = { GNUTLS_PKCS_PLAIN, GNUTLS_PKCS_PBES2_DES, GNUTLS_PKCS_PBES1_DES_MD5,
			   GNUTLS_PKCS_NULL_PASSWORD, 0, GNUTLS_PKCS_PKCS12_ARCFOUR, GNUTLS_PKCS_PKCS12_RC2_40,
			   GNUTLS_PKCS_PBES2_AES_128 | GNUTLS_PKCS_PBES2_AES_256 };
	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		gnutls_pkcs12_bag_init(&bag);
		gnutls_pkcs12_bag_set_crt(bag, crt);
		int r = gnutls_pkcs12_bag_encrypt(bag, "p", bad[i]);
		printf(" encrypt flags %#x: %d type %d\n", bad[i], r, gnutls_pkcs12_bag_get_type(bag, 0));
		if (r == 0) {
			unsigned schema = 0, iter = 0;
			char *oid = NULL;
			gnutls_pkcs12_bag_enc_info(bag, &schema, NULL, NULL, NULL, &iter, &oid);
			printf("  schema %u iter %u oid %s\n", schema, iter, oid ? oid : "(null)");
			gnutls_free(oid);
		}
		gnutls_pkcs12_bag_deinit(bag);
	}
	gnutls_pkcs12_bag_init(&bag);
	printf(" encrypt NULL pass %d\n", gnutls_pkcs12_bag_encrypt(NULL, "p", GNUTLS_PKCS_PBES2_AES_128));

	gnutls_pkcs12_bag_init(&kbag);
	printf(" set_privkey NULL key %d\n", gnutls_pkcs12_bag_set_privkey(kbag, NULL, "p", 0));
	printf(" set_privkey plain %d\n", gnutls_pkcs12_bag_set_privkey(kbag, key, NULL, GNUTLS_PKCS_PLAIN));
	printf("  type %d\n", gnutls_pkcs12_bag_get_type(kbag, 0));
	printf(" set_privkey second %d\n", gnutls_pkcs12_bag_set_privkey(kbag, key, NULL, GNUTLS_PKCS_PLAIN));
	gnutls_datum_t kd;
	gnutls_pkcs12_bag_get_data(kbag, 0, &kd);
	hash(" plain key data", kd.data, kd.size);
	gnutls_pkcs12_bag_deinit(kbag);
	/* With a password and the plain flag: in the clear, typed encrypted. */
	gnutls_pkcs12_bag_init(&kbag);
	printf(" set_privkey plain with password %d\n", gnutls_pkcs12_bag_set_privkey(kbag, key, "p", GNUTLS_PKCS_PLAIN));
	printf("  type %d\n", gnutls_pkcs12_bag_get_type(kbag, 0));
	gnutls_pkcs12_bag_get_data(kbag, 0, &kd);
	hash("  data", kd.data, kd.size);
	gnutls_pkcs12_bag_deinit(kbag);
	gnutls_pkcs12_bag_deinit(bag);

	/* MACs that are refused, and a file without MAC. */
	gnutls_pkcs12_bag_init(&bag);
	gnutls_pkcs12_bag_set_crt(bag, crt);
	printf(" set_bag %d\n", gnutls_pkcs12_set_bag(p12, bag));
	printf(" no mac: mac_info %d\n", gnutls_pkcs12_mac_info(p12, NULL, NULL, NULL, NULL, NULL));
	printf(" no mac: export2 %d\n", gnutls_pkcs12_export2(p12, GNUTLS_X509_FMT_DER, &d));
	/* GOST MACs are left out: GnuTLS makes them, we refuse them. */
	int macs[] = { GNUTLS_MAC_MD5, GNUTLS_MAC_AES_CMAC_128, 999, GNUTLS_MAC_SHA224 };
	for (unsigned i = 0; i < sizeof(macs) / sizeof(macs[0]); i++)
		printf(" generate_mac2 %d: %d\n", macs[i], gnutls_pkcs12_generate_mac2(p12, macs[i], "p"));
	roundtrip(p12, GNUTLS_X509_FMT_DER, NULL, 0);
	printf(" export bad format %d", gnutls_pkcs12_export2(p12, 7, &d));
	printf(" %.10s\n", d.data);
	gnutls_free(d.data);
	gnutls_pkcs12_bag_deinit(bag);
	gnutls_pkcs12_deinit(p12);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	gnutls_global_init();
	gnutls_datum_t c = load("pkcs7/rsa.pem"), k = load("pkcs7/rsa.key"), l = load("pkcs7/ca.crl");
	gnutls_x509_crt_init(&crt);
	gnutls_x509_privkey_init(&key);
	gnutls_x509_crl_init(&crl);
	if (gnutls_x509_crt_import(crt, &c, GNUTLS_X509_FMT_PEM) < 0 ||
	    gnutls_x509_privkey_import(key, &k, GNUTLS_X509_FMT_PEM) < 0 ||
	    gnutls_x509_crl_import(crl, &l, GNUTLS_X509_FMT_PEM) < 0) {
		printf("cannot import the corpus\n");
		return 1;
	}
	hash("cert", c.data, c.size);
	errors();
	build("plain, default mac", GNUTLS_PKCS_PLAIN, GNUTLS_PKCS_PLAIN, 0, GNUTLS_X509_FMT_DER);
	build("pkcs12-3des, arcfour key, sha1, pem", GNUTLS_PKCS_PKCS12_3DES, GNUTLS_PKCS_PKCS12_ARCFOUR, GNUTLS_MAC_SHA1, GNUTLS_X509_FMT_PEM);
	build("aes-128, rc2-40 key, sha384", GNUTLS_PKCS_PBES2_AES_128, GNUTLS_PKCS_PKCS12_RC2_40, GNUTLS_MAC_SHA384, GNUTLS_X509_FMT_DER);
	build("aes-192, pbes2-3des key, sha512", GNUTLS_PKCS_PBES2_AES_192, GNUTLS_PKCS_PBES2_3DES, GNUTLS_MAC_SHA512, GNUTLS_X509_FMT_DER);
	build("pbes2-3des, aes-256 key, sha256", GNUTLS_PKCS_PBES2_3DES, GNUTLS_PKCS_PBES2_AES_256, GNUTLS_MAC_SHA256, GNUTLS_X509_FMT_DER);

	/* A file GnuTLS wrote (certtool's defaults): its PBES2 PRF identifier
	 * has no parameters. */
	printf("gnutls.p12\n");
	gnutls_datum_t g = load("pkcs12/gnutls.p12");
	gnutls_pkcs12_t p12;
	gnutls_pkcs12_init(&p12);
	printf(" import %d\n", gnutls_pkcs12_import(p12, &g, GNUTLS_X509_FMT_DER, 0));
	mac_info(p12);
	printf(" verify_mac %d\n", gnutls_pkcs12_verify_mac(p12, "secret"));
	read_bags(p12, "secret");
	gnutls_pkcs12_deinit(p12);
	gnutls_free(g.data);

	gnutls_x509_crt_deinit(crt);
	gnutls_x509_privkey_deinit(key);
	gnutls_x509_crl_deinit(crl);
	gnutls_free(c.data);
	gnutls_free(k.data);
	gnutls_free(l.data);
	gnutls_global_deinit();
	return 0;
}
