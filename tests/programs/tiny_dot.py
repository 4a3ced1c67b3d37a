#!/usr/bin/env python3
"""tiny_dot.py PORT CERT KEY: a minimal DNS-over-TLS responder on 127.0.0.1
for the kdig test, with TLS from Python's ssl module (OpenSSL).

Every query (2-byte length prefix, RFC 7858) gets one answer: an A record
192.0.2.53 (TTL 300) for whatever name was asked. One connection at a time,
several queries per connection, until killed.
"""
import socket
import ssl
import struct
import sys

ADDRESS = bytes([192, 0, 2, 53])


def answer(query):
    qid, flags, qdcount = struct.unpack(">HHH", query[:6])
    # The question: labels up to the root, then QTYPE and QCLASS.
    i = 12
    while query[i] != 0:
        i += 1 + query[i]
    question = query[12:i + 5]
    rd = flags & 0x0100
    header = struct.pack(">HHHHHH", qid, 0x8400 | rd, 1, 1, 0, 0)
    # Name: a compression pointer to the question's name at offset 12.
    record = b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 300, 4) + ADDRESS
    return header + question + record


def recv_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def main():
    port, cert, key = sys.argv[1:4]
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", int(port)))
    srv.listen(4)
    while True:
        raw, _ = srv.accept()
        raw.settimeout(20)
        try:
            conn = ctx.wrap_socket(raw, server_side=True)
            while True:
                head = recv_exact(conn, 2)
                if head is None:
                    break
                query = recv_exact(conn, struct.unpack(">H", head)[0])
                if query is None:
                    break
                reply = answer(query)
                conn.sendall(struct.pack(">H", len(reply)) + reply)
                print(f"tiny_dot: answered a query over {conn.version()}", flush=True)
        except (OSError, ssl.SSLError, IndexError, struct.error) as e:
            print(f"tiny_dot: connection failed: {e}", flush=True)
        finally:
            raw.close()


if __name__ == "__main__":
    main()
