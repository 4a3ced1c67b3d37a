//! The C types the GnuTLS headers use, under the names the headers use, so
//! that Rust declarations read like the C prototypes and cbindgen prints them
//! back unchanged.
#![allow(non_camel_case_types)]

pub use core::ffi::{
    c_char, c_int, c_long, c_longlong, c_schar, c_short, c_uchar, c_uint, c_ulong, c_ulonglong,
    c_ushort, c_void,
};
pub use libc::{iovec, off_t, pid_t, size_t, sockaddr, socklen_t, ssize_t, time_t};

/// `va_list` appears in no exported prototype we implement; it is only named.
pub type va_list = *mut c_void;
