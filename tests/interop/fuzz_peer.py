#!/usr/bin/env python3
"""fuzz_peer.py: a misbehaving TLS peer on 127.0.0.1, for tests/interop/fuzz-peer.sh.

  fuzz_peer.py list server|client            scenario names, one a line
  fuzz_peer.py server PORT SCENARIO          accept one connection, misbehave, close
  fuzz_peer.py client PORT SCENARIO          connect, misbehave, close
  fuzz_peer.py proxy PORT UPSTREAM MUTATION  relay one connection to 127.0.0.1:UPSTREAM,
                                             damaging the records one direction carries

Server scenarios play the TLS server to a client under test (gnutls-cli);
client scenarios play the client to a server under test (gnutls-serv).
A MUTATION is DIR:OP:ARG with DIR s2c or c2s (which direction is damaged) and
OP one of  trunc:N (forward N bytes, then close both sides)  drop:I  dup:I
flip:I (invert the last byte of record I)  swap:I (send record I+1 before I).
Records are counted from 0 in the damaged direction.

Everything is bounded: 15 s per connection, 1 s of silence ends a relay.
After a scenario's bytes the peer shuts its sending side (EOF follows).
The bytes are deterministic (seeded), so a failure can be replayed.
"""
import random
import select
import socket
import struct
import sys
import time

DEADLINE = 15.0
IDLE = 1.0

HANDSHAKE, CCS, ALERT, APPDATA = 22, 20, 21, 23
TLS12 = b"\x03\x03"


def record(ctype, payload, version=TLS12):
    return bytes([ctype]) + version + struct.pack(">H", len(payload)) + payload


def hs(msg_type, body):
    return bytes([msg_type]) + len(body).to_bytes(3, "big") + body


def ext(etype, data):
    return struct.pack(">HH", etype, len(data)) + data


def vec16(data):
    return struct.pack(">H", len(data)) + data


def server_hello(suite=0xC02F, exts=b"", version=TLS12, session_id=b""):
    body = version + bytes(32) + bytes([len(session_id)]) + session_id
    body += struct.pack(">HB", suite, 0) + vec16(exts)
    return hs(2, body)


def client_hello(suites=(0x1301, 0xC02F), exts=None, version=TLS12):
    if exts is None:
        exts = (ext(0x002B, b"\x04\x03\x04\x03\x03")  # supported_versions 1.3, 1.2
                + ext(0x000A, b"\x00\x02\x00\x1d")  # groups: x25519
                + ext(0x000D, b"\x00\x04\x04\x03\x08\x04")  # sig algs
                + ext(0x0033, b"\x00\x24\x00\x1d\x00\x20" + bytes(range(32))))  # key_share
    body = version + bytes(range(32)) + b"\x00"
    body += vec16(b"".join(struct.pack(">H", s) for s in suites)) + b"\x01\x00" + vec16(exts)
    return hs(1, body)


def rnd(n, seed):
    return random.Random(seed).randbytes(n)


# Bytes sent by the peer after it has read the other side's first flight.
# Each is a reason the program under test must stop with an error.
SERVER_SCENARIOS = {
    "close-at-once": b"",
    "garbage-4k": rnd(4096, 1),
    "http-reply": b"HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
    "truncated-header": b"\x16\x03",
    "huge-record-length": b"\x16\x03\x03\xff\xff" + rnd(100, 2),
    "truncated-record": record(HANDSHAKE, server_hello())[:40],
    "unknown-content-type": record(0x42, rnd(32, 3)),
    "empty-handshake-records": record(HANDSHAKE, b"") * 50,
    "appdata-first": record(APPDATA, rnd(64, 4)),
    "ccs-first": record(CCS, b"\x01") + record(HANDSHAKE, hs(20, rnd(12, 5))),
    "finished-first": record(HANDSHAKE, hs(20, rnd(12, 6))),
    "certificate-first": record(HANDSHAKE, hs(11, b"\x00\x00\x05\x00\x00\x02\x30\x00")),
    "alert-garbage": record(ALERT, b"\x07\x99\x00"),
    "hello-bad-suite": record(HANDSHAKE, server_hello(suite=0xFFFF)),
    "hello-bad-version": record(HANDSHAKE, server_hello(version=b"\x7f\x01")),
    "hello-ext-overflow": record(HANDSHAKE, server_hello(exts=b"\x00\x17\xff\xf0")),
    "hello-tls13-short-keyshare": record(HANDSHAKE, server_hello(
        suite=0x1301, session_id=bytes(32),
        exts=ext(0x002B, b"\x03\x04") + ext(0x0033, b"\x00\x1d\x00\x1f" + bytes(31)))),
    "hello-length-lies": record(HANDSHAKE, b"\x02\x00\x10\x00" + bytes(8)),
    "hello-then-garbage": record(HANDSHAKE, server_hello()) + rnd(2000, 7),
    "hello-split-1-byte": b"".join(record(HANDSHAKE, bytes([b]))
                                   for b in server_hello(suite=0xFFFF)),
    "sslv2-hello": b"\x80\x2e\x01\x00\x02" + rnd(44, 8),
}

CLIENT_SCENARIOS = {
    "close-at-once": b"",
    "garbage-4k": rnd(4096, 11),
    "http-request": b"GET / HTTP/1.0\r\nHost: localhost\r\n\r\n",
    "truncated-header": b"\x16\x03",
    "huge-record-length": b"\x16\x03\x01\xff\xff" + rnd(100, 12),
    "truncated-record": record(HANDSHAKE, client_hello(), b"\x03\x01")[:60],
    "unknown-content-type": record(0x42, rnd(32, 13)),
    "empty-handshake-records": record(HANDSHAKE, b"") * 50,
    "appdata-first": record(APPDATA, rnd(64, 14)),
    "ccs-first": record(CCS, b"\x01"),
    "finished-first": record(HANDSHAKE, hs(20, rnd(12, 15))),
    "alert-garbage": record(ALERT, b"\x07\x99\x00"),
    "hello-no-suites": record(HANDSHAKE, client_hello(suites=())),
    "hello-unknown-suites": record(HANDSHAKE, client_hello(suites=(0xFFFE, 0x0A0A))),
    "hello-ext-overflow": record(HANDSHAKE, client_hello(exts=b"\x00\x2b\xff\xf0\x04")),
    "hello-bad-keyshare": record(HANDSHAKE, client_hello(exts=(
        ext(0x002B, b"\x02\x03\x04") + ext(0x000A, b"\x00\x02\x00\x1d")
        + ext(0x000D, b"\x00\x04\x04\x03\x08\x04")
        + ext(0x0033, b"\x00\x07\x00\x1d\x00\x03\x01\x02\x03")))),
    "hello-length-lies": record(HANDSHAKE, b"\x01\xff\xff\xff" + bytes(60)),
    "hello-then-garbage": record(HANDSHAKE, client_hello(suites=(0xC02F,), exts=b"")) + rnd(3000, 16),
    "sslv2-hello": b"\x80\x2e\x01\x00\x02" + rnd(44, 17),
}


def log(msg):
    print(f"fuzz_peer: {msg}", file=sys.stderr, flush=True)


def drain(sock, seconds):
    """Read (and discard) until EOF, error or `seconds` of silence."""
    got = 0
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        r, _, _ = select.select([sock], [], [], seconds)
        if not r:
            break
        try:
            data = sock.recv(65536)
        except OSError:
            break
        if not data:
            break
        got += len(data)
    return got


def send_all(sock, data):
    try:
        sock.sendall(data)
    except OSError as e:  # the program under test may hang up first: fine
        log(f"send: {e}")


def send_and_finish(sock, data):
    """Send a scenario's bytes, then end our side: a cut-off message is followed by EOF."""
    send_all(sock, data)
    try:
        sock.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def listen(port):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(1)
    srv.settimeout(DEADLINE)
    return srv


def run_server(port, scenario):
    payload = SERVER_SCENARIOS[scenario]
    srv = listen(port)
    print("listening", flush=True)
    conn, _ = srv.accept()
    # wait for the ClientHello before answering, as a server would
    select.select([conn], [], [], 5)
    try:
        conn.recv(65536)
    except OSError:
        pass
    send_and_finish(conn, payload)
    got = drain(conn, IDLE)
    log(f"server {scenario}: sent {len(payload)}, peer sent {got} more")
    conn.close()


def run_client(port, scenario):
    payload = CLIENT_SCENARIOS[scenario]
    conn = socket.create_connection(("127.0.0.1", port), timeout=5)
    send_and_finish(conn, payload)
    got = drain(conn, IDLE)
    log(f"client {scenario}: sent {len(payload)}, peer answered {got}")
    conn.close()


class Damager:
    """Splits one direction of a relay into records and damages one of them."""

    def __init__(self, op, arg):
        self.op, self.arg = op, arg
        self.buf = b""
        self.index = 0
        self.held = None
        self.sent = 0
        self.seen = []  # "index:type/length" of each record, for the log

    def feed(self, data):
        """(bytes to forward now, whether to close the connection after them)."""
        if self.op == "trunc":
            room = self.arg - self.sent
            chunk = data[:max(room, 0)]
            self.sent += len(chunk)
            return chunk, self.sent >= self.arg
        self.buf += data
        out = b""
        while len(self.buf) >= 5:
            n = 5 + struct.unpack(">H", self.buf[3:5])[0]
            if len(self.buf) < n:
                break
            rec, self.buf = self.buf[:n], self.buf[n:]
            self.seen.append(f"{self.index}:{rec[0]}/{n - 5}")
            out += self.record(rec)
            self.index += 1
        return out, False

    def record(self, rec):
        i = self.index
        if self.op == "swap" and i == self.arg:
            self.held = rec
            return b""
        if self.op == "swap" and i == self.arg + 1:
            held, self.held = self.held, None
            return rec + held
        if i != self.arg:
            return rec
        if self.op == "drop":
            return b""
        if self.op == "dup":
            return rec + rec
        if self.op == "flip":
            return rec[:-1] + bytes([rec[-1] ^ 0xFF])
        return rec


def run_proxy(port, upstream, mutation):
    direction, op, arg = mutation.split(":")
    arg = int(arg)
    srv = listen(port)
    print("listening", flush=True)
    down, _ = srv.accept()
    up = socket.create_connection(("127.0.0.1", upstream), timeout=5)
    damaged = up if direction == "s2c" else down  # the side whose bytes get damaged
    damager = Damager(op, arg)
    end = time.monotonic() + DEADLINE
    closed = False
    while not closed and time.monotonic() < end:
        r, _, _ = select.select([down, up], [], [], IDLE)
        if not r:
            log(f"proxy {mutation}: {IDLE} s of silence, closing")
            break
        for s in r:
            other = up if s is down else down
            try:
                data = s.recv(65536)
            except OSError:
                data = b""
            if not data:
                closed = True
                break
            cut = False
            if s is damaged:
                data, cut = damager.feed(data)
            send_all(other, data)
            if cut:
                log(f"proxy {mutation}: truncated")
                closed = True
                break
    for s in (down, up):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()
    log(f"proxy {mutation}: done; records {' '.join(damager.seen)}")


def main(argv):
    if len(argv) == 3 and argv[1] == "list":
        names = SERVER_SCENARIOS if argv[2] == "server" else CLIENT_SCENARIOS
        print("\n".join(names))
    elif len(argv) == 4 and argv[1] == "server":
        run_server(int(argv[2]), argv[3])
    elif len(argv) == 4 and argv[1] == "client":
        run_client(int(argv[2]), argv[3])
    elif len(argv) == 5 and argv[1] == "proxy":
        run_proxy(int(argv[2]), int(argv[3]), argv[4])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
