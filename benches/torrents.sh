#!/usr/bin/env bash
# Haul's torrent download against aria2c on the same local swarm (issue 36): 32 MiB in two
# files, one aria2c seeder on 127.0.0.1 (DHT, LPD and PEX off), found through a tracker of
# the benchmark's own (benches/tracker.py). Times are medians over ROUNDS, tools alternating:
#
#   haul get FILE.torrent                          (settings: no DHT, no UPnP, no seeding)
#   aria2c --seed-time=0 FILE.torrent              (done once the files are complete)
#
# Prints one row: haul's time, aria2c's, and haul / aria2c (target <= 0.5). Each output is
# checked byte for byte against the seeded files.
#
#   benches/torrents.sh [ROUNDS]       (default 3)   called by benches/compare.sh
#
# Needs: apt-get install aria2 python3 time bc
set -euo pipefail

rounds=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
haul=${CARGO_TARGET_DIR:-$root/target}/release/haul
for tool in aria2c python3 /usr/bin/time bc cmp; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install aria2 python3 time bc)"; exit 2; }
done
[ -x "$haul" ] || (cd "$root" && cargo build --release --quiet)

work=$(mktemp -d /tmp/haul-torrents.XXXXXX)
cleanup() {
  [ -n "${seed_pid:-}" ] && kill "$seed_pid" 2>/dev/null || true
  [ -n "${tracker_pid:-}" ] && kill "$tracker_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

mkdir -p "$work/seed/album" "$work/home/config/haul"
head -c $((24 * 1024 * 1024)) /dev/urandom > "$work/seed/album/big.bin"
head -c $((8 * 1024 * 1024)) /dev/urandom > "$work/seed/album/small.bin"
tracker_port=$(free_port)
python3 "$root/benches/tracker.py" "$tracker_port" > "$work/tracker.log" 2>&1 &
tracker_pid=$!
for _ in $(seq 50); do grep -q ready "$work/tracker.log" 2>/dev/null && break; sleep 0.1; done
# The .torrent (256 KiB pieces, the tracker named), as mktorrent would make it.
python3 "$root/benches/mktorrent.py" "$work/seed/album" "$work/album.torrent" \
  "http://127.0.0.1:$tracker_port/announce" 262144 >/dev/null
seed_port=$(free_port)
aria2c --no-conf --quiet -V --seed-ratio=0.0 --enable-dht=false --enable-dht6=false \
  --bt-enable-lpd=false --enable-peer-exchange=false --listen-port="$seed_port" \
  -d "$work/seed" "$work/album.torrent" > "$work/seed.log" 2>&1 &
seed_pid=$!
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/"$seed_port") 2>/dev/null && break; sleep 0.1; done
printf 'torrent_dht = false\ntorrent_upnp = false\nseed_ratio = 0\n' > "$work/home/config/haul/haul.toml"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data

measure() { # measure LOG COMMAND...: appends the seconds; checks the files
  local log=$1; shift
  rm -rf "$work/out"; mkdir -p "$work/out"
  /usr/bin/time -f '%e' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    echo "failed: $*"; cat "$work/stderr.txt"; exit 1; }
  for file in big.bin small.bin; do
    cmp -s "$work/seed/album/$file" "$work/out/album/$file" || { echo "$file differs after: $*"; exit 1; }
  done
  cat "$work/time.txt" >> "$log"
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { echo "$1 / $2" | bc -l | awk '{printf "%.2f", $1}'; }
: > "$work/h"; : > "$work/a"
for _ in $(seq "$rounds"); do
  measure "$work/a" aria2c --no-conf --quiet --seed-time=0 --enable-dht=false --enable-dht6=false \
    --bt-enable-lpd=false --enable-peer-exchange=false --listen-port="$(free_port)" \
    -d "$work/out" "$work/album.torrent"
  measure "$work/h" "$haul" get -q -d "$work/out" "$work/album.torrent"
done
echo "haul runs: $(tr "\n" " " < "$work/h")  aria2c runs: $(tr "\n" " " < "$work/a")" >&2
h=$(median "$work/h"); a=$(median "$work/a")
r=$(ratio "$h" "$a")
verdict=$(awk -v r="$r" 'BEGIN { print (r <= 0.5) ? "met" : "MISSED" }')
printf '%-44s | %-10s | %-40s | %-6s | %-7s | %s\n' \
  "torrent, 32 MiB, one aria2c seeder" "$h s" "aria2c --seed-time=0 $a s" "${r}x" "<= 0.5" "$verdict"
