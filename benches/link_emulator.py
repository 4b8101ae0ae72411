#!/usr/bin/env python3
"""A long link on loopback, for the benchmarks (this kernel has no netem): a TCP proxy that
adds a round trip of delay, caps each connection (what one TCP flow gets over a long lossy
path) and the whole line, both directions delayed, the server's direction capped.

    link_emulator.py LISTEN_PORT UPSTREAM_HOST:PORT [--rtt-ms 50] [--per-conn 350K]
                     [--line 12.5M] [--buffer BYTES] [--stats FILE]

Prints "ready" on stdout once it listens. Each connection's bytes are paced: a chunk read from
the server leaves no sooner than half the round trip after it arrived, and no sooner than the
connection's and the line's rates allow; a connection holds at most a window of bytes in
flight (about its rate times the round trip), so a slow reader slows the server as TCP would.

`--per-conn 0` is a line capped only in its total (one connection can fill it): every
connection shares one bottleneck whose buffer holds `--buffer` bytes (default: the line's rate
times the round trip, the classic router buffer), so many connections get no more in flight
than one would, as at a real bottleneck. The server's socket buffers are kept small too, so
what the server "sent" is what the line could take.

With `--stats FILE`, the proxy writes "carried MAX_CONNECTIONS CONNECTIONS OPEN" there about
ten times a second and on every change of the connection count: the bytes delivered to clients
(what the line carried), the most connections open at once, all connections made, and those
open now;
SIGUSR1 starts the counts again.
"""

import argparse
import asyncio
import collections
import os
import signal
import socket
import sys
import time

CHUNK = 16 * 1024
# On a line capped only in total, what one read takes is about 2 ms of the line (no more than
# CHUNK): a connection's bytes in the air are then about what a real flow has there, not a
# whole chunk each (which would count many connections' in-flight bytes many times over).
chunk = CHUNK


def rate(text):
    text = text.strip().upper()
    scale = {"K": 1000, "M": 1000 * 1000, "G": 1000 * 1000 * 1000}.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in "KMG" else text
    return float(number) * scale


class Line:
    """The shared cap: when the line is free again."""

    def __init__(self, per_sec):
        self.per_sec = per_sec
        self.free_at = 0.0

    def book(self, at, size):
        start = max(at, self.free_at)
        self.free_at = start + size / self.per_sec
        return self.free_at


class Buffer:
    """The bottleneck's buffer: bytes read from servers and not yet delivered, all
    connections together (None: no shared bound). Room is handed out first come, first
    served, so a connection that keeps reading cannot starve one that waits (a real queue
    interleaves the flows' packets)."""

    def __init__(self, size):
        self.size = size
        self.used = 0
        self.waiting = collections.deque()

    def fits(self, size):
        return self.used + size <= self.size or self.used == 0

    async def take(self, size):
        if self.size is None:
            return
        if not self.waiting and self.fits(size):
            self.used += size
            return
        turn = asyncio.get_running_loop().create_future()
        self.waiting.append((size, turn))
        await turn

    async def give(self, size):
        if self.size is None:
            return
        self.used -= size
        while self.waiting and self.fits(self.waiting[0][0]):
            need, turn = self.waiting.popleft()
            if turn.done():
                # Its connection went away while it waited.
                continue
            self.used += need
            turn.set_result(None)


class Stats:
    """What the line carried and how many connections it had at once."""

    def __init__(self, path):
        self.path = path
        self.carried = 0
        self.open = 0
        self.most = 0
        self.made = 0

    def opened(self):
        self.open += 1
        self.made += 1
        self.most = max(self.most, self.open)
        self.write()

    def closed(self):
        self.open -= 1
        self.write()

    def reset(self):
        self.carried = 0
        self.most = self.open
        self.made = 0
        self.write()

    def write(self):
        if not self.path:
            return
        with open(self.path + ".tmp", "w") as out:
            out.write(f"{self.carried} {self.most} {self.made} {self.open}\n")
        os.replace(self.path + ".tmp", self.path)

    async def keep_writing(self):
        while True:
            await asyncio.sleep(0.1)
            self.write()


async def pipe(reader, writer, delay, per_sec, line, window, shared, stats):
    """Copies reader to writer, each chunk delivered `delay` after it was read, paced."""
    queue = asyncio.Queue(maxsize=max(2, int(window // chunk)))
    free_at = 0.0

    dead = False

    async def deliver():
        nonlocal dead
        while True:
            item = await queue.get()
            if item is None:
                break
            at, data = item
            if not dead:
                wait = at - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                try:
                    writer.write(data)
                    await writer.drain()
                    if stats is not None:
                        stats.carried += len(data)
                except (ConnectionError, OSError):
                    # The reader went away: what is still queued never leaves.
                    dead = True
            await shared.give(len(data))
        writer.close()

    sender = asyncio.create_task(deliver())
    try:
        while not dead:
            data = await reader.read(chunk)
            if not data:
                break
            # An idle connection holds no room at the bottleneck: room is taken for bytes that
            # came (so each connection may hold one chunk beyond the buffer while it waits).
            await shared.take(len(data))
            now = time.monotonic()
            sent = now
            if per_sec:
                free_at = max(now, free_at) + len(data) / per_sec
                sent = free_at
            if line is not None:
                # The line takes chunks in the order they reach it, when they reach it: a
                # chunk another connection will send later (its pacing) books no line time
                # ahead of everyone else's, or a new connection's first bytes would wait
                # behind bookings far in the future, which no real line does.
                sent = max(sent, line.book(now, len(data)))
            await queue.put((sent + delay, data))
    except (ConnectionError, OSError):
        pass
    await queue.put(None)
    try:
        await sender
    except (ConnectionError, OSError):
        pass


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("upstream")
    parser.add_argument("--rtt-ms", type=float, default=50)
    parser.add_argument("--per-conn", default="350K")
    parser.add_argument("--line", default="12.5M")
    parser.add_argument("--buffer", type=int, default=None)
    parser.add_argument("--stats", default=None)
    args = parser.parse_args()
    host, port = args.upstream.rsplit(":", 1)
    half = args.rtt_ms / 2000.0
    per_conn = rate(args.per_conn)
    line_rate = rate(args.line)
    line = Line(line_rate)
    total_only = per_conn == 0
    global chunk
    if total_only:
        # One bottleneck for everyone: its buffer bounds what is in flight, not each flow.
        chunk = int(min(CHUNK, max(4096, line_rate / 500)))
        window = 1 << 30
        bottleneck = Buffer(args.buffer or max(4 * chunk, int(line_rate * args.rtt_ms / 1000.0)))
    else:
        # What one flow keeps in flight: its rate over a round trip, and some.
        window = max(4 * CHUNK, per_conn * args.rtt_ms / 1000.0 * 2)
        bottleneck = Buffer(None)
    unbounded = Buffer(None)
    stats = Stats(args.stats)

    async def serve(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(host, int(port))
        except OSError:
            client_writer.close()
            return
        if total_only:
            sock = server_writer.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * chunk)
        stats.opened()
        try:
            await asyncio.gather(
                pipe(client_reader, server_writer, half, 0, None, 1 << 20, unbounded, None),
                pipe(server_reader, client_writer, half, per_conn, line, window, bottleneck, stats),
            )
        finally:
            stats.closed()

    server = await asyncio.start_server(serve, "127.0.0.1", args.port, backlog=256)
    if args.stats:
        stats.write()
        asyncio.get_running_loop().create_task(stats.keep_writing())
        asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, stats.reset)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
