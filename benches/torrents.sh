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
source "$root/benches/swarm.sh" torrents

mkdir -p "$work/seed/album"
head -c $((24 * 1024 * 1024)) /dev/urandom > "$work/seed/album/big.bin"
head -c $((8 * 1024 * 1024)) /dev/urandom > "$work/seed/album/small.bin"
start_tracker
# The .torrent (256 KiB pieces, the tracker named), as mktorrent would make it.
make_torrent "$work/seed/album" "$work/album.torrent" 262144 >/dev/null
start_seeder "$work/album.torrent"

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
