/* More certificate and CRL getters, printed for comparison with the real
 * libgnutls: gnutls_x509_crt_get_pk_oid, gnutls_x509_crt_check_ip,
 * gnutls_x509_crt_check_key_purpose (with and without "any purpose"), the
 * CRL issuer DN OIDs and extension getters (GnuTLS's size reporting
 * included), gnutls_x509_crt_set_issuer_alt_name/_othername and the
 * private key usage period and inhibit any policy, the authority key
 * identifier's issuer and serial. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
static char D[512];
static gnutls_x509_crt_t load(const char*n){char p[1024]; snprintf(p,sizeof p,"%s%s",D,n); gnutls_datum_t d; gnutls_x509_crt_t c; gnutls_load_file(p,&d); gnutls_x509_crt_init(&c); printf("== %s %d\n",n,gnutls_x509_crt_import(c,&d,1)); gnutls_free(d.data); return c;}
/* gnutls_x509_crt/crl_get_authority_key_gn_serial, with short and NULL
 * buffers: the issuer name is copied before the serial. */
static void aki(gnutls_x509_crt_t c, gnutls_x509_crl_t crl)
{
	for (unsigned i = 0; i < 2; i++) {
		char alt[256], ser[64];
		size_t as = sizeof alt, ss = sizeof ser;
		unsigned t = 77, cr = 77;
		int r;
#define GN(...) (c ? gnutls_x509_crt_get_authority_key_gn_serial(c, __VA_ARGS__) : gnutls_x509_crl_get_authority_key_gn_serial(crl, __VA_ARGS__))
		r = GN(i, alt, &as, &t, ser, &ss, &cr);
		printf(" aki %u: %d alt %zu type %u serial %zu critical %u %.*s\n", i, r, as, t, ss, cr, r >= 0 ? (int)as : 0, alt);
		as = 0;
		ss = sizeof ser;
		r = GN(i, NULL, &as, &t, ser, &ss, &cr);
		printf("  alt NULL %d %zu %zu\n", r, as, ss);
		as = sizeof alt;
		ss = 1;
		r = GN(i, alt, &as, &t, ser, &ss, &cr);
		printf("  serial short %d %zu %zu\n", r, as, ss);
		as = sizeof alt;
		ss = 0;
		r = GN(i, alt, &as, &t, NULL, &ss, NULL);
		printf("  serial NULL %d %zu %zu\n", r, as, ss);
#undef GN
	}
}

/* Issuer alternative names set, signed (RSA PKCS#1 v1.5: deterministic)
 * and read back. */
static void set_ian(void)
{
	char p[1024];
	gnutls_datum_t d, der;
	gnutls_x509_privkey_t k;
	gnutls_x509_crt_t c;
	snprintf(p, sizeof p, "%skeys/rsa-pkcs1.pem", D);
	if (gnutls_load_file(p, &d) < 0)
		exit(1);
	gnutls_x509_privkey_init(&k);
	gnutls_x509_privkey_import(k, &d, GNUTLS_X509_FMT_PEM);
	gnutls_free(d.data);
	gnutls_x509_crt_init(&c);
	gnutls_x509_crt_set_version(c, 3);
	gnutls_x509_crt_set_serial(c, "\x07", 1);
	gnutls_x509_crt_set_activation_time(c, 1600000000);
	gnutls_x509_crt_set_expiration_time(c, 1900000000);
	gnutls_x509_crt_set_dn(c, "CN=issuer alt names", NULL);
	gnutls_x509_crt_set_key(c, k);
	printf("== set issuer alt names\n");
	printf(" dns %d\n", gnutls_x509_crt_set_issuer_alt_name(c, GNUTLS_SAN_DNSNAME, "replaced.example", 16, 0));
	printf(" dns %d\n", gnutls_x509_crt_set_issuer_alt_name(c, GNUTLS_SAN_DNSNAME, "ca.example", 10, 0));
	printf(" uri %d\n", gnutls_x509_crt_set_issuer_alt_name(c, GNUTLS_SAN_URI, "http://ca.example/", 18, GNUTLS_FSAN_APPEND));
	printf(" ip %d\n", gnutls_x509_crt_set_issuer_alt_name(c, GNUTLS_SAN_IPADDRESS, "\x0a\x00\x00\x02", 4, GNUTLS_FSAN_APPEND));
	printf(" other %d\n", gnutls_x509_crt_set_issuer_alt_othername(c, "1.2.3.4.7", "value", 5,
		GNUTLS_FSAN_APPEND | GNUTLS_FSAN_ENCODE_UTF8_STRING));
	printf(" xmpp %d\n", gnutls_x509_crt_set_issuer_alt_othername(c, "1.3.6.1.5.5.7.8.5", "\x0c\x04" "a@b.", 6, GNUTLS_FSAN_APPEND));
	printf(" pkup %d\n", gnutls_x509_crt_set_private_key_usage_period(c, 1600000000, 1700000000));
	printf(" inhibit any %d\n", gnutls_x509_crt_set_inhibit_anypolicy(c, 3));
	printf(" sign %d\n", gnutls_x509_crt_sign2(c, c, k, GNUTLS_DIG_SHA256, 0));
	if (gnutls_x509_crt_export2(c, GNUTLS_X509_FMT_DER, &der) == 0) {
		printf(" der ");
		for (unsigned i = 0; i < der.size; i++)
			printf("%02x", der.data[i]);
		printf("\n");
	}
	/* GnuTLS reads the issuer alternative names it cached on import: a
	 * certificate signed in place shows none. Read them from a copy. */
	gnutls_x509_crt_deinit(c);
	gnutls_x509_crt_init(&c);
	printf(" import %d\n", gnutls_x509_crt_import(c, &der, GNUTLS_X509_FMT_DER));
	gnutls_free(der.data);
	for (unsigned i = 0; i < 7; i++) {
		char b[128];
		size_t s = sizeof b;
		unsigned t = 0, cr = 0;
		memset(b, 0, sizeof b);
		int r = gnutls_x509_crt_get_issuer_alt_name2(c, i, b, &s, &t, &cr);
		printf(" ian %u: %d size %zu type %u critical %u\n", i, r, s, t, cr);
		s = sizeof b;
		r = gnutls_x509_crt_get_issuer_alt_othername_oid(c, i, b, &s);
		printf("  oid %d size %zu %s\n", r, s, r >= 0 ? b : "");
	}
	time_t act = 0, exp = 0;
	unsigned crit = 77;
	int r = gnutls_x509_crt_get_private_key_usage_period(c, &act, &exp, &crit);
	printf(" get pkup %d %ld %ld %u\n", r, (long)act, (long)exp, crit);
	unsigned skip = 77;
	crit = 77;
	r = gnutls_x509_crt_get_inhibit_anypolicy(c, &skip, &crit);
	printf(" get inhibit any %d %u %u\n", r, skip, crit);
	gnutls_x509_crt_deinit(c);
	gnutls_x509_privkey_deinit(k);
}

int main(void)
{
	const char *env = getenv("RGNUTLS_CERTS");
	snprintf(D, sizeof D, "%s", env ? env : "tests/certs/");
 const char*f[]={"x509/san-all.pem","x509/ip-san-cn.pem","x509more/aia-feat.pem","more/eku-client.pem","more/root.pem","x509/cn-ip.pem","keys/ec256.pem","keys/rsa.pem","keys/ed25519.pem","x509ext2/aki-issuer.pem","chains/leaf.pem"};
 for(unsigned i=0;i<sizeof f/sizeof*f;i++){ gnutls_x509_crt_t c=load(f[i]); char b[128]; size_t s;
  s=0; int r=gnutls_x509_crt_get_pk_oid(c,NULL,&s); printf(" pkoid null %d %zu\n",r,s); size_t n=s; s=n-1; r=gnutls_x509_crt_get_pk_oid(c,b,&s); printf(" pkoid n-1 %d %zu\n",r,s);
  s=n; r=gnutls_x509_crt_get_pk_oid(c,b,&s); printf(" pkoid %d %zu %s\n",r,s,r==0?b:"");
  unsigned char ip4[4]={10,0,0,1}, ip4b[4]={127,0,0,1}, ip6[16]={0x20,1,0xd,0xb8,0,0,0,0,0,0,0,0,0,0,0,1};
  printf(" ip %u %u %u %u\n", gnutls_x509_crt_check_ip(c,ip4,4,0), gnutls_x509_crt_check_ip(c,ip4b,4,0), gnutls_x509_crt_check_ip(c,ip6,16,0), gnutls_x509_crt_check_ip(c,ip6,4,0));
  const char*kp[]={GNUTLS_KP_TLS_WWW_SERVER,GNUTLS_KP_TLS_WWW_CLIENT,GNUTLS_KP_CODE_SIGNING,"1.2.3.4.5",GNUTLS_KP_OCSP_SIGNING,GNUTLS_KP_ANY};
  for(unsigned k=0;k<6;k++) printf(" kp %s %u %u\n",kp[k],gnutls_x509_crt_check_key_purpose(c,kp[k],0),gnutls_x509_crt_check_key_purpose(c,kp[k],GNUTLS_KP_FLAG_DISALLOW_ANY));
  aki(c, NULL);
  unsigned skip = 77, icrit = 77;
  printf(" inhibit any %d %u %u\n", gnutls_x509_crt_get_inhibit_anypolicy(c, &skip, &icrit), skip, icrit);
  time_t act = 0, exp = 0; unsigned crit = 77;
  printf(" pkup %d %ld %ld %u\n", gnutls_x509_crt_get_private_key_usage_period(c, &act, &exp, &crit), (long)act, (long)exp, crit);
  gnutls_x509_crt_deinit(c);}
 const char *crls[]={"crl/ca.crl","crl/two.crl","crl/empty.crl"};
 for(unsigned i=0;i<3;i++){ char p[1024]; snprintf(p,sizeof p,"%s%s",D,crls[i]); gnutls_datum_t d; gnutls_x509_crl_t x; gnutls_load_file(p,&d); gnutls_x509_crl_init(&x); printf("== %s %d\n",crls[i],gnutls_x509_crl_import(x,&d,1)); gnutls_free(d.data);
  for(unsigned j=0;j<4;j++){char b[128]; size_t s=sizeof b; int r=gnutls_x509_crl_get_dn_oid(x,j,b,&s); printf(" dnoid %u %d %zu %s\n",j,r,s,r==0?b:"");
   s=0; r=gnutls_x509_crl_get_dn_oid(x,j,NULL,&s); printf("  null %d %zu\n",r,s);
   unsigned cr=77; s=sizeof b; r=gnutls_x509_crl_get_extension_info(x,j,b,&s,&cr); printf(" extinfo %u %d %zu %u %s\n",j,r,s,cr,r==0?b:"");
   s=0; r=gnutls_x509_crl_get_extension_oid(x,j,NULL,&s); printf("  oid null %d %zu\n",r,s);
   size_t n=s; s=n; r=gnutls_x509_crl_get_extension_oid(x,j,b,&s); printf("  oid exact %d %zu\n",r,s);
   s=n-1; r=gnutls_x509_crl_get_extension_oid(x,j,b,&s); printf("  oid n-1 %d %zu\n",r,s);
   s=0; r=gnutls_x509_crl_get_extension_data(x,j,NULL,&s); printf("  data null %d %zu\n",r,s);
   n=s; s=n; r=gnutls_x509_crl_get_extension_data(x,j,b,&s); printf("  data %d %zu\n",r,s);
   s=1; r=gnutls_x509_crl_get_extension_data(x,j,b,&s); printf("  data 1 %d %zu\n",r,s);
   gnutls_datum_t o={0}; r=gnutls_x509_crl_get_extension_data2(x,j,&o); printf("  data2 %d %u\n",r,o.size); gnutls_free(o.data);}
  aki(NULL, x);
  gnutls_x509_crl_deinit(x);}
	set_ian();
	return 0;
}
