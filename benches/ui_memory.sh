#!/usr/bin/env bash
# Peak memory of the release window holding 10,000 queued downloads. The links point at a
# loopback server that accepts connections and never answers, so three downloads stay
# "Connecting" and the rest "Waiting", as in a real long queue. Prints the peak resident size.
#
#   benches/ui_memory.sh [ROWS] [SECONDS]      (defaults: 10000 rows, 10 s)
#
# Needs Xvfb (apt-get install xvfb) unless a DISPLAY is already set; python3 for the server.
set -euo pipefail
rows=${1:-10000}
seconds=${2:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
haul=${CARGO_TARGET_DIR:-$root/target}/release/haul
(cd "$root" && cargo build --release --quiet)

work=$(mktemp -d /tmp/haul-mem.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
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
seq -f "http://127.0.0.1:$port/files/file-%05g.bin" 1 "$rows" > "$work/links.txt"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
mapfile -t links < "$work/links.txt"
"$haul" "${links[@]}" >/dev/null 2>&1 & pid=$!; pids+=($pid)
sleep "$seconds"
peak_kib=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
now_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
if [ -n "${SHOT:-}" ] && command -v import >/dev/null; then import -window root "$SHOT"; fi
printf 'window with %d queued rows: peak %.1f MiB, now %.1f MiB\n' "$rows" \
  "$(echo "$peak_kib / 1024" | bc -l)" "$(echo "$now_kib / 1024" | bc -l)"
