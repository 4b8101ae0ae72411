#!/usr/bin/env bash
# One large file from nginx on 127.0.0.1: release `haul get` against `curl -o`, same run,
# alternating, median of several rounds. Prints the wall-time ratio haul/curl and both peak
# memories, once writing to tmpfs (the transfer itself) and once to the disk (where Haul's
# fsync before the final rename costs what the disk charges; curl does not fsync).
#
#   benches/throughput.sh [SIZE_MIB] [ROUNDS]      (defaults: 1024 MiB, 3 rounds)
#
# Needs nginx (Debian: nginx-light), curl and GNU time; installs nothing itself.
set -euo pipefail

size_mib=${1:-1024}
rounds=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
target_dir=${CARGO_TARGET_DIR:-$root/target}
haul=$target_dir/release/haul

for tool in nginx curl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install nginx-light curl time)"; exit 2; }
done

(cd "$root" && cargo build --release --quiet)

work=$(mktemp -d /tmp/haul-bench.XXXXXX)
tmpfs_out=$(mktemp -d /dev/shm/haul-bench.XXXXXX)
cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work" "$tmpfs_out"
}
trap cleanup EXIT

mkdir -p "$work/www" "$work/home" "$work/disk-out"
head -c $((size_mib * 1024 * 1024)) /dev/urandom > "$work/www/file.bin"
# shellcheck source=benches/nginx.sh
. "$root/benches/nginx.sh"
start_nginx
url=http://127.0.0.1:$port/file.bin
curl -s -o /dev/null "$url"   # warm the page cache of the served file

export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data

# Runs a command under GNU time; prints "seconds max_rss_kib".
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt"; exit 1; }
  cat "$work/time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run_mode() {
  local label=$1 out=$2
  : > "$work/curl.txt"; : > "$work/haul.txt"
  for _ in $(seq "$rounds"); do
    rm -f "$out"/*; sync
    measure curl -s -o "$out/file.bin" "$url" >> "$work/curl.txt"
    rm -f "$out"/*; sync
    measure "$haul" get -q -d "$out" "$url" >> "$work/haul.txt"
    cmp -s "$out/file.bin" "$work/www/file.bin" || { echo "haul's file differs"; exit 1; }
  done
  local curl_s haul_s curl_mem haul_mem
  curl_s=$(cut -d' ' -f1 "$work/curl.txt" | median)
  haul_s=$(cut -d' ' -f1 "$work/haul.txt" | median)
  curl_mem=$(cut -d' ' -f2 "$work/curl.txt" | sort -n | tail -1)
  haul_mem=$(cut -d' ' -f2 "$work/haul.txt" | sort -n | tail -1)
  printf '| %-6s | %5d MiB | %6.2f s | %6.2f s | %5.2f | %6.1f MiB | %6.1f MiB |\n' \
    "$label" "$size_mib" "$curl_s" "$haul_s" "$(echo "$haul_s / $curl_s" | bc -l)" \
    "$(echo "$curl_mem / 1024" | bc -l)" "$(echo "$haul_mem / 1024" | bc -l)"
}

echo "| output | size      | curl     | haul     | ratio | curl peak  | haul peak  |"
echo "|--------|-----------|----------|----------|-------|------------|------------|"
run_mode tmpfs "$tmpfs_out"
run_mode disk "$work/disk-out"
echo "(median of $rounds rounds each; ratio = haul / curl wall time; peak = max RSS)"
