#!/usr/bin/env bash
# A torrent resumed after a kill -9 (issue 36's fast resume): 512 MiB in 1 MiB pieces from
# one aria2c seeder on 127.0.0.1, found through the benchmark's own tracker. `haul get` is
# killed once the pieces it knows it has (DATA/torrents/HASH.have) reach 95%; then, from that
# same state each round, the rerun is timed twice:
#
#   with the pieces it knew (librqbit's fast resume checks a sample of them)
#   without them (every piece on disk read and checked against its hash, as before)
#
# Prints one row: both medians and known / full. The files are in the page cache, so the
# full check here costs hashing alone; after a reboot it also reads the disk.
#
#   benches/torrent_resume.sh [ROUNDS]      (default 3)   called by benches/compare.sh
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

work=$(mktemp -d /tmp/haul-resume.XXXXXX)
cleanup() {
  [ -n "${haul_pid:-}" ] && kill -9 "$haul_pid" 2>/dev/null || true
  [ -n "${seed_pid:-}" ] && kill "$seed_pid" 2>/dev/null || true
  [ -n "${tracker_pid:-}" ] && kill "$tracker_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

mkdir -p "$work/seed/resume" "$work/home/config/haul"
head -c $((512 * 1024 * 1024)) /dev/urandom > "$work/seed/resume/big.bin"
tracker_port=$(free_port)
python3 "$root/benches/tracker.py" "$tracker_port" > "$work/tracker.log" 2>&1 &
tracker_pid=$!
for _ in $(seq 50); do grep -q ready "$work/tracker.log" 2>/dev/null && break; sleep 0.1; done
hash=$(python3 "$root/benches/mktorrent.py" "$work/seed/resume" "$work/resume.torrent" \
  "http://127.0.0.1:$tracker_port/announce" $((1024 * 1024)))
seed_port=$(free_port)
aria2c --no-conf --quiet -V --seed-ratio=0.0 --enable-dht=false --enable-dht6=false \
  --bt-enable-lpd=false --enable-peer-exchange=false --listen-port="$seed_port" \
  -d "$work/seed" "$work/resume.torrent" > "$work/seed.log" 2>&1 &
seed_pid=$!
for _ in $(seq 300); do (exec 3<>/dev/tcp/127.0.0.1/"$seed_port") 2>/dev/null && break; sleep 0.1; done
printf 'torrent_dht = false\ntorrent_upnp = false\nseed_ratio = 0\n' > "$work/home/config/haul/haul.toml"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
known=$work/home/data/haul/torrents/$hash.have

# Killed once 95% of the pieces are known to be here.
"$haul" get -q --limit 40M -d "$work/out" "$work/resume.torrent" >/dev/null 2>&1 &
haul_pid=$!
claimed() { python3 -c 'import sys; print(sum(bin(b).count("1") for b in open(sys.argv[1], "rb").read()))' "$known" 2>/dev/null || echo 0; }
while [ "$(claimed)" -lt 487 ]; do
  kill -0 "$haul_pid" 2>/dev/null || { echo "haul ended before it could be killed at 95%"; exit 1; }
  sleep 0.05
done
kill -9 "$haul_pid"; wait "$haul_pid" 2>/dev/null || true; haul_pid=
echo "killed with $(claimed) of 512 pieces known" >&2
cp -a "$work/out" "$work/kept-out"; cp "$known" "$work/kept.have"

measure() { # measure LOG with|without: the rerun from the kept state; checks the file
  rm -rf "$work/out"; cp -a "$work/kept-out" "$work/out"
  if [ "$2" = with ]; then cp "$work/kept.have" "$known"; else rm -f "$known"; fi
  /usr/bin/time -f '%e' -o "$work/time.txt" "$haul" get -q -d "$work/out" "$work/resume.torrent" \
    >/dev/null 2>"$work/stderr.txt" || { echo "failed: rerun $2"; cat "$work/stderr.txt"; exit 1; }
  cmp -s "$work/seed/resume/big.bin" "$work/out/resume/big.bin" || { echo "differs after rerun $2"; exit 1; }
  cat "$work/time.txt" >> "$1"
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > "$work/k"; : > "$work/f"
for _ in $(seq "$rounds"); do
  measure "$work/f" without
  measure "$work/k" with
done
echo "known runs: $(tr "\n" " " < "$work/k")  full check runs: $(tr "\n" " " < "$work/f")" >&2
k=$(median "$work/k"); f=$(median "$work/f")
r=$(echo "$k / $f" | bc -l | awk '{printf "%.2f", $1}')
printf '%-44s | %-10s | %-40s | %-6s | %-7s | %s\n' \
  "torrent resumed at 95% of 512 MiB" "$k s" "every piece checked again $f s" "${r}x" "-" "shown"
