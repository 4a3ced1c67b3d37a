#!/usr/bin/env python3
"""tiny_smtp.py PORT CERT KEY MODE OUTDIR [CLIENT_CA]: a minimal SMTP server
on 127.0.0.1 for the msmtp test, with TLS from Python's ssl module (OpenSSL).

MODE is "implicit" (SMTPS: TLS from the first byte) or "starttls" (plain
greeting, EHLO advertises STARTTLS, TLS after the 220 answer). Each message
received is written to OUTDIR/msg.N, with the envelope and the TLS version as
header lines (and the client certificate's subject, with CLIENT_CA, which
makes a client certificate signed by it required). One connection at a
time, until killed.
"""
import socket
import ssl
import sys


def serve_one(conn, ctx, mode, outdir, count):
    if mode == "implicit":
        conn = ctx.wrap_socket(conn, server_side=True)
    f = conn.makefile("rb")

    def send(line):
        conn.sendall(line.encode() + b"\r\n")

    send("220 tiny_smtp ready")
    sender, rcpts, tls = None, [], mode == "implicit"
    while True:
        line = f.readline()
        if not line:
            return count
        cmd = line.decode("latin-1").strip()
        verb = cmd.split(" ", 1)[0].upper()
        if verb in ("EHLO", "HELO"):
            if mode == "starttls" and not tls:
                send("250-tiny_smtp")
                send("250 STARTTLS")
            else:
                send("250 tiny_smtp")
        elif verb == "STARTTLS" and mode == "starttls" and not tls:
            send("220 go ahead")
            f.close()
            conn = ctx.wrap_socket(conn, server_side=True)
            f = conn.makefile("rb")
            tls = True
        elif not tls:
            send("530 must issue STARTTLS first")
        elif verb == "MAIL":
            sender, rcpts = cmd[10:], []
            send("250 ok")
        elif verb == "RCPT":
            rcpts.append(cmd[8:])
            send("250 ok")
        elif verb == "DATA":
            send("354 end with .")
            body = []
            while True:
                d = f.readline()
                if not d or d in (b".\r\n", b".\n"):
                    break
                # Undo the client's dot-stuffing (RFC 5321 4.5.2).
                body.append(d[1:] if d.startswith(b".") else d)
            count += 1
            with open(f"{outdir}/msg.{count}", "wb") as out:
                out.write(f"X-Envelope-From: {sender}\r\n".encode())
                out.write(f"X-Envelope-To: {' '.join(rcpts)}\r\n".encode())
                out.write(f"X-TLS-Version: {conn.version()}\r\n".encode())
                peer = conn.getpeercert() if tls else None
                if peer:
                    subject = ",".join(f"{k}={v}" for rdn in peer["subject"] for k, v in rdn)
                    out.write(f"X-Client-Cert: {subject}\r\n".encode())
                out.write(b"".join(body))
            send(f"250 queued as {count}")
        elif verb == "RSET":
            sender, rcpts = None, []
            send("250 ok")
        elif verb == "NOOP":
            send("250 ok")
        elif verb == "QUIT":
            send("221 bye")
            return count
        else:
            send("502 not implemented")


def main():
    port, cert, key, mode, outdir = sys.argv[1:6]
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    if len(sys.argv) > 6:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(sys.argv[6])
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", int(port)))
    srv.listen(4)
    count = 0
    while True:
        conn, _ = srv.accept()
        conn.settimeout(20)
        try:
            count = serve_one(conn, ctx, mode, outdir, count)
        except (OSError, ssl.SSLError) as e:
            print(f"tiny_smtp: connection failed: {e}", flush=True)
        finally:
            conn.close()


if __name__ == "__main__":
    main()
