#!/usr/bin/env python3
"""A file server on 127.0.0.1 that drops the first connection part-way through.

Serves one file at /file.bin with ranges (`bytes=a-b`, `bytes=a-`), HTTP/1.1 keep-alive, and
cuts the very first response off (closing the socket) once the file position reaches
DROP_AT of the file. Every body byte it sends is counted; `GET /sent` answers the count so far
and `POST /reset` sets it to zero and arms the drop again.

    drop_server.py FILE PORT_FILE [DROP_AT]      (DROP_AT defaults to 0.37)

Writes the port it listens on to PORT_FILE. Used by benches/compare.sh.
"""
import http.server
import os
import re
import socketserver
import sys
import threading

PATH, PORT_FILE = sys.argv[1], sys.argv[2]
DROP_AT = float(sys.argv[3]) if len(sys.argv) > 3 else 0.37
SIZE = os.path.getsize(PATH)
with open(PATH, "rb") as f:
    DATA = f.read()

lock = threading.Lock()
state = {"sent": 0, "armed": True}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        with lock:
            state["sent"] = 0
            state["armed"] = True
        self.reply_text("ok")

    def do_GET(self):
        if self.path == "/sent":
            with lock:
                sent = state["sent"]
            self.reply_text(str(sent))
            return
        if self.path != "/file.bin":
            self.send_error(404)
            return
        start, end = 0, SIZE - 1
        ranged = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        if ranged:
            start = int(ranged.group(1))
            if ranged.group(2):
                end = min(int(ranged.group(2)), SIZE - 1)
            if start >= SIZE:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{SIZE}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{end}/{SIZE}")
        else:
            self.send_response(200)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("ETag", '"drop-test"')
        self.send_header("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT")
        self.end_headers()
        with lock:
            drop = state["armed"]
            state["armed"] = False
        stop = end + 1
        if drop:
            stop = min(stop, max(start, int(SIZE * DROP_AT)))
        position = start
        while position < stop:
            chunk = DATA[position:min(stop, position + 65536)]
            try:
                self.wfile.write(chunk)
            except OSError:
                return
            with lock:
                state["sent"] += len(chunk)
            position += len(chunk)
        if drop:
            self.close_connection = True
            self.wfile.flush()
            self.connection.shutdown(2)

    def reply_text(self, text):
        body = text.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
with open(PORT_FILE, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
