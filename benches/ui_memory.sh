#!/usr/bin/env bash
# Peak memory of the release window holding a long list, and how long it takes to open it.
# The list is a saved queue.json of ROWS downloads (two in three finished, the rest queued),
# as after months of use; the queued links point at a loopback server that accepts
# connections and never answers, so three downloads stay "Connecting" and the rest "Waiting".
# Prints the time until the window shows (the list read, the first frame drawn) and the peak
# resident size.
#
#   benches/ui_memory.sh [ROWS] [SECONDS]      (defaults: 100000 rows, 10 s)
#
# Needs Xvfb (apt-get install xvfb) unless a DISPLAY is already set; python3 for the server.
set -euo pipefail
rows=${1:-100000}
seconds=${2:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
haul=${CARGO_TARGET_DIR:-$root/target}/release/haul
(cd "$root" && cargo build --release --quiet)

work=$(mktemp -d /tmp/haul-mem.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 & pids+=($!)
  export DISPLAY=:97
  sleep 1
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 - "$port" <<'PY' & pids+=($!)
import socket, sys, time
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", int(sys.argv[1])))
server.listen(64)
held = []
while True:
    conn, _ = server.accept()
    held.append(conn)  # accept and never answer
PY
sleep 0.5
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
mkdir -p "$XDG_DATA_HOME/haul" "$HOME/Downloads"
python3 - "$rows" "$port" "$HOME/Downloads" "$XDG_DATA_HOME/haul/queue.json" <<'PY'
import json, sys
rows, port, folder, path = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
downloads = []
for i in range(1, rows + 1):
    name = f"file-{i:06d}.bin"
    row = {"id": i, "url": f"http://127.0.0.1:{port}/files/{name}", "dir": folder,
           "added_unix": 1764900000 + i, "order": i}
    if i % 3:
        row.update(status={"state": "finished"}, file_name=name, bytes_done=65536 * (i % 97 + 1),
                   total_bytes=65536 * (i % 97 + 1), finished_unix=1764900000 + i)
    else:
        row.update(status={"state": "queued"})
    downloads.append(row)
with open(path, "w") as out:
    json.dump({"format": 1, "next_id": rows + 1, "downloads": downloads}, out)
PY
started=$(date +%s.%N)
"$haul" >/dev/null 2>&1 & pid=$!; pids+=($pid)
until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "haul exited"; exit 1; }
  sleep 0.02
done
shown=$(date +%s.%N)
printf 'window with %d rows shown after %.2f s\n' "$rows" "$(echo "$shown - $started" | bc -l)"
sleep "$seconds"
peak_kib=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
now_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
if [ -n "${SHOT:-}" ] && command -v import >/dev/null; then import -window root "$SHOT"; fi
printf 'window with %d rows: peak %.1f MiB, now %.1f MiB\n' "$rows" \
  "$(echo "$peak_kib / 1024" | bc -l)" "$(echo "$now_kib / 1024" | bc -l)"
