"""aria2p's notification listener (`listen_to_notifications`, what `aria2p listen` runs) on
`haul daemon`, over its WebSocket: every event heard, for the right GID, in aria2's order.

    python3 aria2p_listen.py PORT SECRET QUICK_URL SLOW_URL MISSING_URL DIR

Exits 0 when everything was heard; prints what was not otherwise. Run by
tests/cli/daemon_compat.rs.
"""

import os
import sys
import threading
import traceback
import time

import aria2p

port, secret, quick_url, slow_url, missing_url, out_dir = sys.argv[1:7]
api = aria2p.API(aria2p.Client(host="http://127.0.0.1", port=int(port), secret=secret))
heard = []
lock = threading.Lock()


def note(kind):
    def callback(_api, gid):
        with lock:
            heard.append((kind, gid))

    return callback


def wait(what, check, timeout=40.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with lock:
            if check():
                return
        time.sleep(0.05)
    with lock:
        raise AssertionError(f"timed out waiting for {what}; heard {heard}")


def main():
    api.listen_to_notifications(
        threaded=True,
        on_download_start=note("start"),
        on_download_pause=note("pause"),
        on_download_stop=note("stop"),
        on_download_complete=note("complete"),
        on_download_error=note("error"),
        timeout=1,
        handle_signals=False,
    )
    # The listener connects on its own thread and says nothing when it has: downloads are
    # added until one is heard of. Then it listens for sure.
    deadline = time.monotonic() + 20
    while True:
        probe = api.add_uris([quick_url], options={"dir": out_dir, "out": f"probe-{time.monotonic_ns()}.bin"})
        time.sleep(0.5)
        with lock:
            if any(gid == probe.gid for _, gid in heard):
                break
        if time.monotonic() > deadline:
            raise AssertionError(f"the listener heard nothing: {heard}")
    quick = api.add_uris([quick_url], options={"dir": out_dir, "out": "quick.bin"})
    wait("the quick one complete", lambda: ("complete", quick.gid) in heard)
    with lock:
        mine = [kind for kind, gid in heard if gid == quick.gid]
    assert mine == ["start", "complete"], mine

    slow = api.add_uris([slow_url], options={"dir": out_dir, "out": "slow.bin"})
    wait("the slow one started", lambda: ("start", slow.gid) in heard)
    api.pause([slow])
    wait("the slow one paused", lambda: ("pause", slow.gid) in heard)
    api.resume([slow])
    wait("the slow one started again", lambda: [k for k, g in heard if g == slow.gid].count("start") == 2)
    api.remove([slow])
    wait("the slow one stopped", lambda: ("stop", slow.gid) in heard)

    missing = api.add_uris([missing_url], options={"dir": out_dir})
    wait("the missing one failed", lambda: ("error", missing.gid) in heard)
    with lock:
        mine = [kind for kind, gid in heard if gid == missing.gid]
    assert mine == ["start", "error"], mine



# The listener's thread keeps the process alive: any failure ends it at once, said.
try:
    main()
except BaseException:
    traceback.print_exc()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(1)
api.stop_listening()
print("ok")
sys.stdout.flush()
os._exit(0)
