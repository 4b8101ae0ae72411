#!/usr/bin/env bash
# Haul against curl and aria2 on the same machine in one run, files served by nginx on
# 127.0.0.1. Median wall time of several rounds (tools alternate), ratios and peak memory:
#
#   1. one 1 GiB file:                  haul vs curl -o                (target haul <= 1.0x curl)
#   2. 500 files of 64 KiB, 8 at once:  haul -j 8 -i vs aria2c -j 8 -i
#                                       vs curl --parallel-max 8      (target haul <= 0.5x aria2)
#   3. 32 MiB, server limited to 2 MB/s per connection (nginx limit_rate):
#                                       haul -x 8 vs aria2c -x 8 -s 8 -k 1M vs haul -x 1
#                                       (target haul <= 1.0x aria2, >= 6x faster than -x 1)
#   4. speed limit: haul --limit 4M for 40 MiB (10 s expected): the error in percent.
#
#   benches/compare.sh [ROUNDS]        (default 3)   OUT=/dev/shm/... writes to tmpfs instead
#
# Needs: apt-get install nginx-light aria2 curl time bc
set -euo pipefail

rounds=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
haul=${CARGO_TARGET_DIR:-$root/target}/release/haul
for tool in nginx aria2c curl /usr/bin/time bc; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install nginx-light aria2 curl time bc)"; exit 2; }
done
(cd "$root" && cargo build --release --quiet)

work=$(mktemp -d /tmp/haul-compare.XXXXXX)
out=${OUT:-$work/out}
cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
  [ -n "${OUT:-}" ] && rm -rf "$OUT"
  true
}
trap cleanup EXIT
mkdir -p "$work/www/small" "$work/www/limited" "$work/home" "$out"

head -c $((1024 * 1024 * 1024)) /dev/urandom > "$work/www/big.bin"
for i in $(seq -w 1 500); do head -c 65536 /dev/urandom > "$work/www/small/f$i.bin"; done
head -c $((32 * 1024 * 1024)) /dev/urandom > "$work/www/limited/file.bin"
head -c $((40 * 1024 * 1024)) /dev/urandom > "$work/www/forty.bin"

# shellcheck source=benches/nginx.sh
. "$root/benches/nginx.sh"
NGINX_WORKERS=2 NGINX_LOCATIONS='location /limited/ { limit_rate 2m; }' start_nginx
base=http://127.0.0.1:$port
cat "$work"/www/big.bin "$work"/www/small/* "$work"/www/limited/* "$work"/www/forty.bin > /dev/null
seq -w 1 500 | sed "s|^|$base/small/f|; s|$|.bin|" > "$work/small.txt"
mapfile -t small_urls < "$work/small.txt"

export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data

# Runs a command in a fresh output folder under GNU time; appends "seconds max_rss_kib".
measure() {
  local log=$1; shift
  rm -rf "$out"; mkdir -p "$out"; sync
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    echo "failed: $*"; cat "$work/stderr.txt"; exit 1; }
  cat "$work/time.txt" >> "$log"
}
median() { cut -d' ' -f1 "$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
peak() { cut -d' ' -f2 "$1" | sort -n | tail -1 | awk '{printf "%.1f", $1/1024}'; }
ratio() { echo "$1 / $2" | bc -l | awk '{printf "%.2f", $1}'; }
row() { printf '| %-34s | %8.2f s | %8s MiB |\n' "$1" "$(median "$2")" "$(peak "$2")"; }
check() { cmp -s "$1" "$2" || { echo "wrong content: $1"; exit 1; }; }

: > "$work/r1h"; : > "$work/r1c"
: > "$work/r2h"; : > "$work/r2a"; : > "$work/r2c"
: > "$work/r3h"; : > "$work/r3a"; : > "$work/r3one"
for _ in $(seq "$rounds"); do
  measure "$work/r1c" curl -s -o "$out/big.bin" "$base/big.bin"
  measure "$work/r1h" "$haul" get -q -d "$out" "$base/big.bin"; check "$out/big.bin" "$work/www/big.bin"

  measure "$work/r2a" aria2c -q -j 8 -d "$out" -i "$work/small.txt"
  measure "$work/r2c" curl -s --parallel --parallel-max 8 --output-dir "$out" --remote-name-all "${small_urls[@]}"
  measure "$work/r2h" "$haul" get -q -j 8 -d "$out" -i "$work/small.txt"
  [ "$(ls "$out" | wc -l)" = 500 ] || { echo "haul: not 500 files"; exit 1; }
  check "$out/f250.bin" "$work/www/small/f250.bin"

  measure "$work/r3a" aria2c -q -x 8 -s 8 -k 1M -d "$out" "$base/limited/file.bin"
  measure "$work/r3h" "$haul" get -q -x 8 -d "$out" "$base/limited/file.bin"; check "$out/file.bin" "$work/www/limited/file.bin"
done
measure "$work/r3one" "$haul" get -q -x 1 -d "$out" "$base/limited/file.bin"
: > "$work/r4"
measure "$work/r4" "$haul" get -q --limit 4M -d "$out" "$base/forty.bin"

echo "Median of $rounds rounds (one round for haul -x 1 and the limit), output in ${OUT:-a folder on disk}:"
echo
echo "| run                                | wall time  | peak memory  |"
echo "|------------------------------------|------------|--------------|"
row "1 GiB: curl -o" "$work/r1c"
row "1 GiB: haul get" "$work/r1h"
row "500 x 64 KiB: aria2c -j 8" "$work/r2a"
row "500 x 64 KiB: curl --parallel 8" "$work/r2c"
row "500 x 64 KiB: haul get -j 8" "$work/r2h"
row "32 MiB at 2 MB/s/conn: aria2c -x 8" "$work/r3a"
row "32 MiB at 2 MB/s/conn: haul -x 8" "$work/r3h"
row "32 MiB at 2 MB/s/conn: haul -x 1" "$work/r3one"
row "40 MiB with --limit 4M" "$work/r4"
echo
limit_secs=$(median "$work/r4")
echo "1 GiB: haul / curl = $(ratio "$(median "$work/r1h")" "$(median "$work/r1c")")"
echo "500 small files: haul / aria2 = $(ratio "$(median "$work/r2h")" "$(median "$work/r2a")"), haul / curl = $(ratio "$(median "$work/r2h")" "$(median "$work/r2c")")"
echo "limited server: haul -x 8 / aria2 -x 8 = $(ratio "$(median "$work/r3h")" "$(median "$work/r3a")"), haul -x 1 / haul -x 8 = $(ratio "$(median "$work/r3one")" "$(median "$work/r3h")")"
echo "speed limit 4 MiB/s: measured $(echo "40 / $limit_secs" | bc -l | awk '{printf "%.3f", $1}') MiB/s over ${limit_secs} s, error $(echo "(40 / $limit_secs / 4 - 1) * 100" | bc -l | awk '{printf "%+.1f", $1}') %"
