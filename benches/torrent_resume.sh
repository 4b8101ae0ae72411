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
source "$root/benches/swarm.sh" resume

mkdir -p "$work/seed/resume"
head -c $((512 * 1024 * 1024)) /dev/urandom > "$work/seed/resume/big.bin"
start_tracker
hash=$(make_torrent "$work/seed/resume" "$work/resume.torrent" $((1024 * 1024)))
start_seeder "$work/resume.torrent"
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
: > "$work/k"; : > "$work/f"
for _ in $(seq "$rounds"); do
  measure "$work/f" without
  measure "$work/k" with
done
echo "known runs: $(tr "\n" " " < "$work/k")  full check runs: $(tr "\n" " " < "$work/f")" >&2
k=$(median "$work/k"); f=$(median "$work/f")
r=$(ratio "$k" "$f")
printf '%-44s | %-10s | %-40s | %-6s | %-7s | %s\n' \
  "torrent resumed at 95% of 512 MiB" "$k s" "every piece checked again $f s" "${r}x" "-" "shown"
