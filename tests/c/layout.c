/* Prints the size and field offsets of every public struct: compiled against
 * the system headers and against ours, the outputs must be identical. */
#include <stdio.h>
#include <stddef.h>
#include "all-headers.h"
int main(void)
{
	printf("gnutls_pcert_st %zu\n", sizeof(gnutls_pcert_st));
	printf("  pubkey %zu\n", offsetof(gnutls_pcert_st, pubkey));
	printf("  cert %zu\n", offsetof(gnutls_pcert_st, cert));
	printf("  type %zu\n", offsetof(gnutls_pcert_st, type));
	printf("gnutls_cert_retr_st %zu\n", sizeof(struct gnutls_cert_retr_st));
	printf("  version %zu\n", offsetof(struct gnutls_cert_retr_st, version));
	printf("  cred %zu\n", offsetof(struct gnutls_cert_retr_st, cred));
	printf("  req_ca_rdn %zu\n", offsetof(struct gnutls_cert_retr_st, req_ca_rdn));
	printf("  nreqs %zu\n", offsetof(struct gnutls_cert_retr_st, nreqs));
	printf("  pk_algos %zu\n", offsetof(struct gnutls_cert_retr_st, pk_algos));
	printf("  pk_algos_length %zu\n", offsetof(struct gnutls_cert_retr_st, pk_algos_length));
	printf("  padding %zu\n", offsetof(struct gnutls_cert_retr_st, padding));
	printf("gnutls_dtls_prestate_st %zu\n", sizeof(gnutls_dtls_prestate_st));
	printf("  record_seq %zu\n", offsetof(gnutls_dtls_prestate_st, record_seq));
	printf("  hsk_read_seq %zu\n", offsetof(gnutls_dtls_prestate_st, hsk_read_seq));
	printf("  hsk_write_seq %zu\n", offsetof(gnutls_dtls_prestate_st, hsk_write_seq));
	printf("gnutls_datum_t %zu\n", sizeof(gnutls_datum_t));
	printf("  data %zu\n", offsetof(gnutls_datum_t, data));
	printf("  size %zu\n", offsetof(gnutls_datum_t, size));
	printf("gnutls_library_config_st %zu\n", sizeof(gnutls_library_config_st));
	printf("  name %zu\n", offsetof(gnutls_library_config_st, name));
	printf("  value %zu\n", offsetof(gnutls_library_config_st, value));
	printf("gnutls_params_st %zu\n", sizeof(gnutls_params_st));
	printf("  type %zu\n", offsetof(gnutls_params_st, type));
	printf("  params %zu\n", offsetof(gnutls_params_st, params));
	printf("  deinit %zu\n", offsetof(gnutls_params_st, deinit));
	printf("gnutls_range_st %zu\n", sizeof(gnutls_range_st));
	printf("  low %zu\n", offsetof(gnutls_range_st, low));
	printf("  high %zu\n", offsetof(gnutls_range_st, high));
	printf("gnutls_typed_vdata_st %zu\n", sizeof(gnutls_typed_vdata_st));
	printf("  type %zu\n", offsetof(gnutls_typed_vdata_st, type));
	printf("  data %zu\n", offsetof(gnutls_typed_vdata_st, data));
	printf("  size %zu\n", offsetof(gnutls_typed_vdata_st, size));
	printf("gnutls_ocsp_data_st %zu\n", sizeof(gnutls_ocsp_data_st));
	printf("  version %zu\n", offsetof(gnutls_ocsp_data_st, version));
	printf("  response %zu\n", offsetof(gnutls_ocsp_data_st, response));
	printf("  exptime %zu\n", offsetof(gnutls_ocsp_data_st, exptime));
	printf("  padding %zu\n", offsetof(gnutls_ocsp_data_st, padding));
	printf("gnutls_retr2_st %zu\n", sizeof(gnutls_retr2_st));
	printf("  cert_type %zu\n", offsetof(gnutls_retr2_st, cert_type));
	printf("  key_type %zu\n", offsetof(gnutls_retr2_st, key_type));
	printf("  cert %zu\n", offsetof(gnutls_retr2_st, cert));
	printf("  ncerts %zu\n", offsetof(gnutls_retr2_st, ncerts));
	printf("  key %zu\n", offsetof(gnutls_retr2_st, key));
	printf("  deinit_all %zu\n", offsetof(gnutls_retr2_st, deinit_all));
	printf("gnutls_pkcs7_signature_info_st %zu\n", sizeof(gnutls_pkcs7_signature_info_st));
	printf("  algo %zu\n", offsetof(gnutls_pkcs7_signature_info_st, algo));
	printf("  sig %zu\n", offsetof(gnutls_pkcs7_signature_info_st, sig));
	printf("  issuer_dn %zu\n", offsetof(gnutls_pkcs7_signature_info_st, issuer_dn));
	printf("  signer_serial %zu\n", offsetof(gnutls_pkcs7_signature_info_st, signer_serial));
	printf("  issuer_keyid %zu\n", offsetof(gnutls_pkcs7_signature_info_st, issuer_keyid));
	printf("  signing_time %zu\n", offsetof(gnutls_pkcs7_signature_info_st, signing_time));
	printf("  signed_attrs %zu\n", offsetof(gnutls_pkcs7_signature_info_st, signed_attrs));
	printf("  unsigned_attrs %zu\n", offsetof(gnutls_pkcs7_signature_info_st, unsigned_attrs));
	printf("  pad %zu\n", offsetof(gnutls_pkcs7_signature_info_st, pad));
	printf("gnutls_custom_url_st %zu\n", sizeof(gnutls_custom_url_st));
	printf("  name %zu\n", offsetof(gnutls_custom_url_st, name));
	printf("  name_size %zu\n", offsetof(gnutls_custom_url_st, name_size));
	printf("  import_key %zu\n", offsetof(gnutls_custom_url_st, import_key));
	printf("  import_crt %zu\n", offsetof(gnutls_custom_url_st, import_crt));
	printf("  import_pubkey %zu\n", offsetof(gnutls_custom_url_st, import_pubkey));
	printf("  get_issuer %zu\n", offsetof(gnutls_custom_url_st, get_issuer));
	printf("  future1 %zu\n", offsetof(gnutls_custom_url_st, future1));
	printf("  future2 %zu\n", offsetof(gnutls_custom_url_st, future2));
	printf("gnutls_x509_policy_st %zu\n", sizeof(gnutls_x509_policy_st));
	printf("  oid %zu\n", offsetof(gnutls_x509_policy_st, oid));
	printf("  qualifiers %zu\n", offsetof(gnutls_x509_policy_st, qualifiers));
	printf("  qualifier %zu\n", offsetof(gnutls_x509_policy_st, qualifier));
	printf("gnutls_x509_ava_st %zu\n", sizeof(gnutls_x509_ava_st));
	printf("  oid %zu\n", offsetof(gnutls_x509_ava_st, oid));
	printf("  value %zu\n", offsetof(gnutls_x509_ava_st, value));
	printf("  value_tag %zu\n", offsetof(gnutls_x509_ava_st, value_tag));
	printf("gnutls_keygen_data_st %zu\n", sizeof(gnutls_keygen_data_st));
	printf("  type %zu\n", offsetof(gnutls_keygen_data_st, type));
	printf("  data %zu\n", offsetof(gnutls_keygen_data_st, data));
	printf("  size %zu\n", offsetof(gnutls_keygen_data_st, size));
	printf("gnutls_x509_ext_st %zu\n", sizeof(gnutls_x509_ext_st));
	printf("  oid %zu\n", offsetof(gnutls_x509_ext_st, oid));
	printf("  critical %zu\n", offsetof(gnutls_x509_ext_st, critical));
	printf("  data %zu\n", offsetof(gnutls_x509_ext_st, data));
	return 0;
}
