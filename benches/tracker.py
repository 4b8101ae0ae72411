#!/usr/bin/env python3
"""A BitTorrent HTTP tracker on 127.0.0.1 for the torrent benchmark (BEP 3, compact peers):
every announce is remembered by info hash and answered with the other peers of that torrent.

    python3 benches/tracker.py PORT      (prints "ready" once listening)
"""
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote_to_bytes

peers = {}
lock = threading.Lock()


class Announce(BaseHTTPRequestHandler):
    def do_GET(self):
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        fields = {}
        for pair in query.split("&"):
            name, _, value = pair.partition("=")
            fields[name] = unquote_to_bytes(value)
        info_hash, port = fields.get("info_hash"), fields.get("port")
        if not info_hash or not port:
            body = b"d14:failure reason11:bad requeste"
        else:
            me = (self.client_address[0], int(port))
            with lock:
                known = peers.setdefault(info_hash, [])
                others = [p for p in known if p != me]
                if fields.get("event") != b"stopped" and me not in known:
                    known.append(me)
            compact = b"".join(
                bytes(int(part) for part in ip.split(".")) + port.to_bytes(2, "big")
                for ip, port in others
            )
            body = b"d8:intervali5e5:peers%d:%se" % (len(compact), compact)
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_):
        pass


server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Announce)
print("ready", flush=True)
server.serve_forever()
