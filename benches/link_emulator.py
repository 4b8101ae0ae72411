#!/usr/bin/env python3
"""A long link on loopback, for the benchmarks (this kernel has no netem): a TCP proxy that
adds a round trip of delay, caps each connection (what one TCP flow gets over a long lossy
path) and the whole line, both directions delayed, the server's direction capped.

    link_emulator.py LISTEN_PORT UPSTREAM_HOST:PORT [--rtt-ms 50] [--per-conn 350K]
                     [--line 12.5M]

Prints "ready" on stdout once it listens. Each connection's bytes are paced: a chunk read from
the server leaves no sooner than half the round trip after it arrived, and no sooner than the
connection's and the line's rates allow; a connection holds at most a window of bytes in
flight (about its rate times the round trip), so a slow reader slows the server as TCP would.
"""

import argparse
import asyncio
import sys
import time

CHUNK = 16 * 1024


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


async def pipe(reader, writer, delay, per_sec, line, window):
    """Copies reader to writer, each chunk delivered `delay` after it was read, paced."""
    queue = asyncio.Queue(maxsize=max(2, int(window // CHUNK)))
    free_at = 0.0

    async def deliver():
        while True:
            item = await queue.get()
            if item is None:
                break
            at, data = item
            wait = at - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        writer.close()

    sender = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(CHUNK)
            if not data:
                break
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
    args = parser.parse_args()
    host, port = args.upstream.rsplit(":", 1)
    half = args.rtt_ms / 2000.0
    per_conn = rate(args.per_conn)
    line = Line(rate(args.line))
    # What one flow keeps in flight: its rate over a round trip, and some.
    window = max(4 * CHUNK, per_conn * args.rtt_ms / 1000.0 * 2)

    async def serve(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(host, int(port))
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(
            pipe(client_reader, server_writer, half, 0, None, 1 << 20),
            pipe(server_reader, client_writer, half, per_conn, line, window),
        )

    server = await asyncio.start_server(serve, "127.0.0.1", args.port, backlog=256)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
