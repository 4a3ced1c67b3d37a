#!/usr/bin/python3
"""gio_tls.py HOST PORT CAFILE PATH OUT [CERT KEY]: fetch PATH over HTTPS/1.0
with GIO's TLS (glib-networking, whose backend is GnuTLS) from HOST:PORT on
127.0.0.1 (openssl s_server -WWW), trusting only CAFILE, and write the body
to OUT. With CERT and KEY, present that client certificate.

Prints "protocol NAME" and "cipher NAME" after the handshake. When GIO
refuses the server's certificate, prints "rejected FLAGS" (the
GTlsCertificateFlags names it reported to accept-certificate) and the
handshake error, and exits 1. Any other failure: the error, exit 2.
"""
import os
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402


def flag_names(flags):
    names = []
    for name in ("UNKNOWN_CA", "BAD_IDENTITY", "NOT_ACTIVATED", "EXPIRED",
                 "REVOKED", "INSECURE", "GENERIC_ERROR"):
        if flags & getattr(Gio.TlsCertificateFlags, name):
            names.append(name)
    return ",".join(names) or "none"


def main():
    if len(sys.argv) not in (6, 8):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    host, port, cafile, path, out = sys.argv[1:6]
    port = int(port)
    rejected = []
    try:
        sock = Gio.SocketClient.new()
        sock.set_timeout(20)
        base = sock.connect(Gio.InetSocketAddress.new_from_string("127.0.0.1", port), None)
        conn = Gio.TlsClientConnection.new(base, Gio.NetworkAddress.new(host, port))
        conn.set_database(Gio.TlsFileDatabase.new(os.path.abspath(cafile)))
        if len(sys.argv) == 8:
            conn.set_certificate(Gio.TlsCertificate.new_from_files(sys.argv[6], sys.argv[7]))

        def on_accept(_conn, _cert, errors):
            rejected.append(errors)
            return False

        conn.connect("accept-certificate", on_accept)
        conn.handshake(None)
    except GLib.Error as e:
        if rejected:
            print("rejected", flag_names(rejected[0]))
            print("error", e.message)
            return 1
        print("error", e.message)
        return 2
    print("protocol", conn.get_protocol_version().value_nick)
    print("cipher", conn.get_ciphersuite_name())
    try:
        conn.get_output_stream().write_all(f"GET /{path} HTTP/1.0\r\n\r\n".encode(), None)
        data = bytearray()
        inp = conn.get_input_stream()
        while True:
            chunk = inp.read_bytes(65536, None).get_data()
            if not chunk:
                break
            data += chunk
        conn.close(None)
    except GLib.Error as e:
        # s_server -WWW closes without close_notify: GIO reports it as an
        # error only after the data, which is what we compare.
        if not data:
            print("error", e.message)
            return 2
    head, sep, body = bytes(data).partition(b"\r\n\r\n")
    if not sep:
        print("error no HTTP header")
        return 2
    print("status", head.split(b"\r\n", 1)[0].decode("latin-1"))
    with open(out, "wb") as f:
        f.write(body)
    return 0


sys.exit(main())
