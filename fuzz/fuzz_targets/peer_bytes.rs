#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some((&which, rest)) = data.split_first() {
        rgnutls_fuzz::peer_bytes(rest, which & 1 == 1);
    }
});
