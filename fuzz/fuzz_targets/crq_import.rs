#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| rgnutls_fuzz::crq_import(data));
