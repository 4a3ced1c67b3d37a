/* _gnutls_global_init_skip: a WEAK export that programs override (through
 * GNUTLS_SKIP_GLOBAL_INIT) to stop the implicit gnutls_global_init at load
 * time. Rust cannot define weak symbols on stable, hence these few lines of C.
 * Our constructor calls it through the dynamic symbol table, so the
 * program's definition wins. */
__attribute__((weak, visibility("default"))) int _gnutls_global_init_skip(void)
{
	return 0;
}
