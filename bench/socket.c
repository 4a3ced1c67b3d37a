/* bench/socket.c CERTDIR [MiB]: bulk over a real socketpair with the
 * default transport (gnutls_transport_set_int): the client sends MiB (1024)
 * in 16 KiB records, a server thread receives them. Prints wall-clock MB/s
 * and the process's CPU seconds; unlike bench/tls.c (memory buffers) this
 * counts the syscalls a real program pays. PRIO overrides the priority.
 *   cc -O2 -o socket bench/socket.c -lgnutls -lpthread
 *   ./socket CERTDIR; LD_LIBRARY_PATH=build ./socket CERTDIR
 * CERTDIR as made by tests/interop/certs.sh. Not a test. */
#include <gnutls/gnutls.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
static const char *dir;
static long long total = 2LL << 30;
static int fds[2];
static double wall(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec/1e9;}
static double cpu(void){struct timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec+t.tv_nsec/1e9;}
static void *server(void *a){
  (void)a; gnutls_certificate_credentials_t c; gnutls_session_t s; char p1[512],p2[512];
  gnutls_certificate_allocate_credentials(&c);
  snprintf(p1,512,"%s/ecdsa-chain.pem",dir); snprintf(p2,512,"%s/ecdsa.key",dir);
  if (gnutls_certificate_set_x509_key_file(c,p1,p2,GNUTLS_X509_FMT_PEM)<0) abort();
  gnutls_init(&s,GNUTLS_SERVER); gnutls_priority_set_direct(s,getenv("PRIO")?getenv("PRIO"):"NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+AES-128-GCM",NULL);
  gnutls_credentials_set(s,GNUTLS_CRD_CERTIFICATE,c); gnutls_transport_set_int(s,fds[0]);
  int r; do r=gnutls_handshake(s); while(r<0&&!gnutls_error_is_fatal(r)); if(r<0){fprintf(stderr,"srv hs %s\n",gnutls_strerror(r));exit(1);}
  static char buf[16384]; long long got=0;
  while(got<total){ ssize_t n=gnutls_record_recv(s,buf,sizeof buf); if(n<=0){fprintf(stderr,"recv %zd\n",n);exit(1);} got+=n; }
  gnutls_bye(s,GNUTLS_SHUT_WR); gnutls_deinit(s); return NULL; }
int main(int argc,char**argv){
  dir=argv[1]; if(argc>2) total=atoll(argv[2])<<20;
  socketpair(AF_UNIX,SOCK_STREAM,0,fds);
  pthread_t t; pthread_create(&t,NULL,server,NULL);
  gnutls_certificate_credentials_t c; gnutls_session_t s; gnutls_certificate_allocate_credentials(&c);
  gnutls_init(&s,GNUTLS_CLIENT); gnutls_priority_set_direct(s,getenv("PRIO")?getenv("PRIO"):"NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+AES-128-GCM",NULL);
  gnutls_credentials_set(s,GNUTLS_CRD_CERTIFICATE,c); gnutls_transport_set_int(s,fds[1]);
  int r; do r=gnutls_handshake(s); while(r<0&&!gnutls_error_is_fatal(r)); if(r<0){fprintf(stderr,"cli hs %s\n",gnutls_strerror(r));return 1;}
  static char data[16384]; memset(data,0x5a,sizeof data);
  double w0=wall(),c0=cpu(); long long sent=0;
  while(sent<total){ ssize_t n=gnutls_record_send(s,data,sizeof data); if(n<0){fprintf(stderr,"send %zd\n",n);return 1;} sent+=n; }
  pthread_join(t,NULL);
  double w=wall()-w0, cp=cpu()-c0;
  printf("%.0f MB/s wall, %.2f s cpu for %lld MB\n", total/1e6/w, cp, total>>20);
  return 0; }
