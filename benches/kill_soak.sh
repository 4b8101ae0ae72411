#!/usr/bin/env bash
# What kill -9 costs: one big download killed (SIGKILL) at random moments, again and again,
# then a final run to the end. nginx limits each connection (as many real servers do), so the
# bytes lost to each kill are measured in seconds of transfer. Prints the bytes nginx sent over
# the file's size (1.00 = nothing ever fetched twice) and the loss per kill. The file's hash is
# checked at the end.
#
#   benches/kill_soak.sh [KILLS] [SIZE_MIB] [RATE_PER_CONNECTION]     (default 50 256 1m)
#   HAUL=/path/to/haul benches/kill_soak.sh     measures that binary (say, an older build)
#
# Needs: apt-get install nginx-light python3
set -euo pipefail

kills=${1:-50}
size_mib=${2:-256}
rate=${3:-1m}
root=$(cd "$(dirname "$0")/.." && pwd)
haul=${HAUL:-${CARGO_TARGET_DIR:-$root/target}/release/haul}
for tool in nginx python3 sha256sum; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install nginx-light python3)"; exit 2; }
done
[ -n "${HAUL:-}" ] || (cd "$root" && cargo build --release --quiet)

work=$(mktemp -d /tmp/haul-soak.XXXXXX)
cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/www/limited" "$work/home/config/haul" "$work/out"
head -c $((size_mib * 1024 * 1024)) /dev/urandom > "$work/www/limited/big.bin"
size=$(stat -c %s "$work/www/limited/big.bin")

# shellcheck source=benches/nginx.sh
. "$root/benches/nginx.sh"
NGINX_WORKERS=2 NGINX_LOG=$work/access.log NGINX_LOCATIONS="location /limited/ { limit_rate $rate; }" start_nginx
url=http://127.0.0.1:$port/limited/big.bin

run_haul() {
  HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data \
    "$haul" get -q -d "$work/out" "$url" "$@"
}
# In the background as the haul process itself (not a subshell around it), so the kill hits it.
start_haul() {
  HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data \
    exec "$haul" get -q -d "$work/out" "$url"
}

sent() { awk '{ s += $2 } END { print s + 0 }' "$work/access.log"; }

started=$(date +%s.%N)
alive=0
for i in $(seq 1 "$kills"); do
  start_haul & pid=$!
  # A random moment between 0.2 and 1.5 s into the run.
  nap=$(python3 -c "import random; print(round(random.uniform(0.2, 1.5), 3))")
  sleep "$nap"
  alive=$(python3 -c "print($alive + $nap)")
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -f "$work/out/big.bin" ]; then
    echo "finished before kill $i: make the file bigger or the rate lower" >&2
    exit 1
  fi
done
# nginx writes a request's log line when it ends; give the last ones a moment.
sleep 1
before_final=$(sent)
final_start=$(date +%s.%N)
run_haul
final_secs=$(python3 -c "print($(date +%s.%N) - $final_start)")
sleep 0.5
total=$(sent)
want=$(sha256sum < "$work/www/limited/big.bin" | cut -d' ' -f1)
got=$(sha256sum < "$work/out/big.bin" | cut -d' ' -f1)
[ "$want" = "$got" ] || { echo "HASH MISMATCH after the soak" >&2; exit 1; }
leftovers=$(find "$work/out" -name '*.part*' | wc -l)

python3 - "$kills" "$size" "$before_final" "$total" "$alive" "$final_secs" "$leftovers" <<'PY'
import sys
kills, size, before_final, total, alive, final_secs, leftovers = (float(x) for x in sys.argv[1:])
# Speed of the line while Haul ran: all useful bytes over all time it ran.
speed = size / (alive + final_secs)
waste = total - size
print(f"kill -9 soak: {int(kills)} kills, file {size / 2**20:.0f} MiB, "
      f"{alive:.1f} s killed runs + {final_secs:.1f} s final run")
print(f"  server sent {total / size:.3f}x the file ({waste / 2**20:.1f} MiB fetched twice)")
print(f"  per kill: {waste / kills / 2**20:.2f} MiB = {waste / kills / speed:.2f} s of transfer "
      f"at {speed / 2**20:.1f} MiB/s")
print(f"  partial or control files left: {int(leftovers)}; hash ok")
PY
