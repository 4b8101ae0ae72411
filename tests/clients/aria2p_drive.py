"""aria2p (the Python library for aria2's JSON-RPC) driving `haul daemon`, as its users
would: add, watch progress, pause, resume, remove, the stats, a wrong secret.

    python3 aria2p_drive.py PORT SECRET FILE_URL SLOW_URL DIR

Exits 0 when everything behaved; prints what did not otherwise. Run by tests/cli/daemon.rs.
"""

import os
import sys
import time

import aria2p

port, secret, file_url, slow_url, out_dir = sys.argv[1:6]


def client(token):
    return aria2p.API(aria2p.Client(host="http://127.0.0.1", port=int(port), secret=token))


def wait(what, check, timeout=40.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    sys.exit(f"timed out waiting for {what}")


def fresh(api, download):
    return api.get_download(download.gid)


api = client(secret)
download = api.add_uris([file_url], options={"dir": out_dir})
wait("bytes arriving", lambda: (d := fresh(api, download)).is_active and d.completed_length > 0)
assert api.pause([download]) == [True]
wait("paused", lambda: fresh(api, download).is_paused)
assert api.resume([download]) == [True]
wait("complete", lambda: fresh(api, download).is_complete)
done = fresh(api, download)
assert done.total_length == done.completed_length > 0, (done.total_length, done.completed_length)
path = str(done.files[0].path)
assert os.path.dirname(path) == out_dir, path
print(f"saved {path} {done.total_length}")

slow = api.add_uris([slow_url], options={"dir": out_dir, "out": "slow.bin"})
wait("the slow one running", lambda: fresh(api, slow).is_active)
assert api.remove([slow]) == [True]
gids = [d.gid for d in api.get_downloads()]
assert slow.gid not in gids, gids
assert download.gid in gids, gids

stats = api.get_stats()
assert stats.num_active == 0, stats.num_active

try:
    client("wrong").get_downloads()
except aria2p.ClientException as error:
    assert "Unauthorized" in str(error), str(error)
else:
    sys.exit("a wrong secret was accepted")
print("ok")
