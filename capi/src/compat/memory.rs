//! <gnutls/compat.h>: the deprecated allocator hook.
use crate::types::*;

#[no_mangle]
pub extern "C" fn gnutls_global_set_mem_functions(
    alloc_func: gnutls_alloc_function,
    secure_alloc_func: gnutls_alloc_function,
    is_secure_func: gnutls_is_secure_function,
    realloc_func: gnutls_realloc_function,
    free_func: gnutls_free_function,
) {
    let _ = (alloc_func, secure_alloc_func, is_secure_func, realloc_func, free_func);
    // Deprecated since GnuTLS 3.3, which ignores it too: memory we hand out
    // always comes from libc malloc, so gnutls_free stays valid.
}
