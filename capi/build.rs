//! Compiles the few lines of C that Rust cannot express (a weak symbol:
//! `_gnutls_global_init_skip`), into the crate itself so every consumer of
//! the crate (the shared library, Rust tests, fuzz targets) has it.
fn main() {
    println!("cargo:rerun-if-changed=c/global_init_skip.c");
    cc::Build::new().file("c/global_init_skip.c").warnings_into_errors(true).compile("rgnutls_c");
}
