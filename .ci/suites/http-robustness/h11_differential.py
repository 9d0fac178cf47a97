"""Differential check of our HTTP/1.1 parser against h11 on a corpus of tricky requests.

Each case is sent, followed by a well-formed probe request, on a fresh connection. h11 (the
reference) says how many complete requests the bytes hold, or that they are invalid; our server
says so by how many responses it sends before closing. Dangerous disagreements fail:
  - we answer MORE requests than h11 parses (a smuggled request), or
  - we accept bytes h11 rejects as malformed framing (a lenient parser is a smuggling vector).
We being stricter (a 400 where h11 accepts) is reported, not failed.
Usage: h11_differential.py PORT
"""
import socket
import sys

import h11

# Where we knowingly differ from h11, and why that is the RFC's choice and not a smuggling risk.
ALLOWED = {
    "leading CRLF": "RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request-line",
}

PROBE = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"

CASES = {
    "plain": b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
    "cl body": b"POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
    "chunked with ext and trailer": b"POST /sign-in HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"3;a=b\r\nabc\r\n0\r\nX-T: 1\r\n\r\n",
    "leading CRLF": b"\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n",
    "CL+TE": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "TE.CL reversed": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n",
    "duplicate CL": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na",
    "conflicting CL": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
    "CL list": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 1\r\n\r\na",
    "CL plus sign": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +1\r\n\r\na",
    "CL hex": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x1\r\n\r\na",
    "CL underscore": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0_1\r\n\r\na",
    "CL space before colon": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length : 1\r\n\r\na",
    "TE chunked twice": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n",
    "TE chunkedchunked": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunkedchunked\r\n\r\n0\r\n\r\n",
    "TE gzip, chunked": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
    "TE chunked, gzip": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n",
    "TE obs-fold": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n",
    "TE in HTTP/1.0": b"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "chunk size bad": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nq\r\nabc\r\n0\r\n\r\n",
    "chunk size space": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n",
    "chunk size 0x": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0x3\r\nabc\r\n0\r\n\r\n",
    "chunk data too long": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n0\r\n\r\n",
    "chunk no CRLF after data": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc0\r\n\r\n",
    "chunk bare LF": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n",
    "chunk ext bare CR": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;a\rb\r\nabc\r\n0\r\n\r\n",
    "trailer without colon": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nnot a field\r\n\r\n",
    "trailer obs-fold": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nA: b\r\n c\r\n\r\n",
    "missing Host": b"GET / HTTP/1.1\r\n\r\n",
    "two Hosts": b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    "HTTP/1.0 no Host": b"GET / HTTP/1.0\r\n\r\n",
    "space before header": b"GET / HTTP/1.1\r\n Host: x\r\n\r\n",
    "obs-fold": b"GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n b\r\n\r\n",
    "bare LF line ends": b"GET / HTTP/1.1\nHost: x\n\n",
    "bare CR in value": b"GET / HTTP/1.1\r\nHost: x\r\nX: a\rb\r\n\r\n",
    "NUL in value": b"GET / HTTP/1.1\r\nHost: x\r\nX: a\x00b\r\n\r\n",
    "DEL in value": b"GET / HTTP/1.1\r\nHost: x\r\nX: a\x7fb\r\n\r\n",
    "high bytes in value": b"GET / HTTP/1.1\r\nHost: x\r\nX: caf\xc3\xa9\r\n\r\n",
    "bad byte in name": b"GET / HTTP/1.1\r\nHost: x\r\nX\"Y: a\r\n\r\n",
    "empty name": b"GET / HTTP/1.1\r\nHost: x\r\n: a\r\n\r\n",
    "two spaces in request line": b"GET  / HTTP/1.1\r\nHost: x\r\n\r\n",
    "tab in request line": b"GET\t/ HTTP/1.1\r\nHost: x\r\n\r\n",
    "space in target": b"GET /a b HTTP/1.1\r\nHost: x\r\n\r\n",
    "lowercase version": b"GET / http/1.1\r\nHost: x\r\n\r\n",
    "version 1.10": b"GET / HTTP/1.10\r\nHost: x\r\n\r\n",
    "version 2.0": b"GET / HTTP/2.0\r\nHost: x\r\n\r\n",
    "version 0.9 style": b"GET /\r\n\r\n",
    "method with slash": b"GE/T / HTTP/1.1\r\nHost: x\r\n\r\n",
    "CL zero with body after": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
    "CL leading zeros": b"POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Length: 003\r\n\r\nabc",
    "pipelined pair": b"GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n",
    "Connection close mid-pipeline": b"GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
}


def h11_verdict(data):
    """Requests h11 completes before the probe's bytes, and whether it found an error."""
    conn = h11.Connection(h11.SERVER)
    conn.receive_data(data + PROBE)
    conn.receive_data(b"")
    complete = 0
    try:
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA or isinstance(event, h11.ConnectionClosed):
                return complete, False
            if isinstance(event, h11.EndOfMessage):
                complete += 1
                conn.send(h11.Response(status_code=200, headers=[("Content-Length", "0")]))
                conn.send(h11.EndOfMessage())
                if conn.our_state is h11.MUST_CLOSE:
                    return complete, False
                conn.start_next_cycle()
    except h11.RemoteProtocolError:
        return complete, True


def our_verdict(port, data):
    """Statuses of the responses our server sends before it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(data + PROBE)
        sock.shutdown(socket.SHUT_WR)
        received = b""
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                received += chunk
        except (ConnectionResetError, socket.timeout):
            pass
    statuses = []
    while received.startswith(b"HTTP/1.1 ") and b"\r\n\r\n" in received:
        head, _, rest = received.partition(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        if status != 100:
            statuses.append(status)
        received = rest[length:] if status not in (100, 204, 304) else rest
    return statuses


def main():
    port = int(sys.argv[1])
    failed = 0
    stricter = 0
    for name, data in CASES.items():
        h11_complete, h11_error = h11_verdict(data)
        statuses = our_verdict(port, data)
        errors = [s for s in statuses if s in (400, 413, 414, 431, 501, 505)]
        # Responses to requests (not to a protocol error) that came before the probe.
        ours = len([s for s in statuses if s not in (400, 413, 414, 431, 501, 505)])
        h11_total = h11_complete  # includes the probe when h11 reached it
        if errors:
            verdict = "rejected %s after %d" % (errors[0], ours)
        else:
            verdict = "%d answered" % ours
        reference = "h11 error after %d" % h11_complete if h11_error else "h11 %d complete" % h11_total
        if name in ALLOWED:
            print("ok    %-32s ours: %-22s %s  (allowed: %s)" % (name, verdict, reference, ALLOWED[name]))
        elif ours > h11_total:
            failed += 1
            print("FAIL  %-32s ours: %-22s %s  (more answers than requests)" % (name, verdict, reference))
        elif h11_error and not errors and ours >= h11_complete + 1:
            failed += 1
            print("FAIL  %-32s ours: %-22s %s  (we accept what h11 rejects)" % (name, verdict, reference))
        elif errors and not h11_error:
            stricter += 1
            print("note  %-32s ours: %-22s %s  (stricter)" % (name, verdict, reference))
        else:
            print("ok    %-32s ours: %-22s %s" % (name, verdict, reference))
    print("differential: %d cases, %d dangerous disagreements, %d where we are stricter" % (len(CASES), failed, stricter))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
