#!/usr/bin/python3
"""gio_tls_server.py PORT CERTCHAIN KEY FILE [CLIENT_CA]: a minimal HTTPS/1.0
server on 127.0.0.1 with GIO's TLS (glib-networking, whose backend is
GnuTLS): every request gets FILE. With CLIENT_CA, a client certificate that
CLIENT_CA verifies is required. One connection at a time, until killed.

For each connection it prints one line: "ok PROTOCOL CLIENT_SUBJECT|-" or
"refused FLAGS" (the GTlsCertificateFlags value GIO reported) or
"error MESSAGE".
"""
import os
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402


def serve_one(base, cert, client_ca, body):
    rejected = []
    conn = Gio.TlsServerConnection.new(base, cert)
    if client_ca:
        conn.set_database(Gio.TlsFileDatabase.new(client_ca))
        conn.set_property("authentication-mode", Gio.TlsAuthenticationMode.REQUIRED)

        # GIO asks the application about every client certificate, the
        # verified ones too (errors 0): accept exactly those.
        def on_accept(_conn, _peer, errors):
            if errors:
                rejected.append(int(errors))
            return not errors

        conn.connect("accept-certificate", on_accept)
    try:
        conn.handshake(None)
        inp = conn.get_input_stream()
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = inp.read_bytes(4096, None).get_data()
            if not chunk:
                break
            request += chunk
        head = b"HTTP/1.0 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body)
        conn.get_output_stream().write_all(head + body, None)
        peer = conn.get_peer_certificate()
        subject = peer.get_subject_name() if peer else "-"
        print("ok", conn.get_protocol_version().value_nick, subject, flush=True)
        conn.close(None)
    except GLib.Error as e:
        if rejected:
            print("refused", rejected[0], flush=True)
        else:
            print("error", e.message, flush=True)
        try:
            base.close(None)
        except GLib.Error:
            pass


def main():
    if len(sys.argv) not in (5, 6):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    port = int(sys.argv[1])
    cert = Gio.TlsCertificate.new_from_files(sys.argv[2], sys.argv[3])
    with open(sys.argv[4], "rb") as f:
        body = f.read()
    client_ca = os.path.abspath(sys.argv[5]) if len(sys.argv) == 6 else None
    listener = Gio.SocketListener.new()
    listener.add_address(Gio.InetSocketAddress.new_from_string("127.0.0.1", port),
                         Gio.SocketType.STREAM, Gio.SocketProtocol.TCP, None)
    while True:
        base, _ = listener.accept(None)
        serve_one(base, cert, client_ca, body)


sys.exit(main())
