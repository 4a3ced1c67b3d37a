#!/usr/bin/env python3
"""tiny_https.py PORT CERT KEY DIR: serves DIR's files over HTTPS (HTTP/1.1,
keep-alive) on 127.0.0.1 for the fetcher tests, with TLS from Python's ssl
module (OpenSSL). Requests are logged to stderr, one line each. Until killed.
"""
import http.server
import ssl
import sys
from functools import partial


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"


def main():
    port, cert, key, root = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=root))
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
