#!/usr/bin/env bash
# Haul against curl, wget, aria2 and the disk's floor on the same machine in one run, files
# served on 127.0.0.1 (nginx, and benches/drop_server.py for a server that drops a connection).
# Tools alternate round by round; times are medians; ratios are Haul / the other. One row per
# target of issue 8, plus the speed-limit accuracy:
#
#   1. 500 files of 64 KiB, 8 at a time: haul -j 8 vs the disk's floor (benches/small_floor.c),
#      curl --parallel-max 8 and aria2c -j 8 shown   target <= 1.10x the floor (issue 21),
#      with Haul's fsync before rename
#   2. 32 MiB, -x 8, fast server: bytes nginx sent / file size (its access log), haul -x 8 vs
#      aria2c -x 8 -s 8 -k 1M            target <= 1.02
#   3. 8 MiB from a server that drops the first connection at 37%: bytes sent / size, haul -x 8
#      vs wget and aria2c -x 8 -s 8 -k 1M  target <= 1.10
#   4. 1 GiB to disk: haul vs the floor, `cp` from the page cache + `sync` of the copy
#      (curl -o shown, without a sync)   target <= 1.15x the floor
#   5. 32 MiB, server limits 2 MB/s per connection, -x 8: haul vs aria2c -x 8 -s 8 -k 1M in
#      each of 5 runs                    target <= 1.00x in every run
#   6. speed limit: haul --limit 4M for 40 MiB (10 s expected): the error in percent.
#
# And through a long link (benches/link_emulator.py: 50 ms round trip, each connection held to
# 350 KB/s, the whole line to 12.5 MB/s, a 100 Mbit/s line), issue 21's targets:
#   7. 32 MiB with default settings: haul vs aria2c -x 16 -s 16 -k 1M (speed >= 1.3x aria2's)
#      and vs the line itself (time <= 1.25x size / line rate); curl shown (one run)
#   8. 200 files of 64 KiB, 8 at a time: haul -j 8 vs curl --parallel-max 8 and aria2c -j 8
#
# Manners (issue 30), through a line capped only in total (the emulator with --per-conn 0: one
# connection can fill it, many only share it):
#   9. 16 MiB over 2 MB/s and 50 ms, defaults: the most connections Haul had open at once
#      (want <= 4) and its time against curl's one connection (want <= 1.10x); aria2 -x 16 shown
#  10. kill -9 soak: one 32 MiB download over 2 MB/s and 20 ms, killed at random 0.2-1.5 s into
#      each run until the file is complete; the bytes the line carried over the file's size
#      (want <= 1.10x); curl -C - and aria2c -c -x 4 in the same soak
#  11. an idle window (empty list, nothing running; Xvfb when there is no display): CPU ticks
#      (1/100 s) in 30 s (want <= 2); haul daemon and aria2c --enable-rpc idling beside it
#  12. the window with 100,000 rows, a row changing every frame (cargo bench --bench ui_frame):
#      p95 frame time (want < 2 ms)
#  13. an HLS stream over the long link (benches/streams.sh, issue 35): haul vs ffmpeg -c copy
#      (want <= 0.35x), yt-dlp shown
#  14. a 32 MiB torrent from one aria2c seeder through a local tracker (benches/torrents.sh,
#      issue 36): haul get FILE.torrent vs aria2c --seed-time=0 (want <= 0.5x)
#  15. that torrent's resume after a kill -9 at 95% of 512 MiB (benches/torrent_resume.sh):
#      with the pieces Haul knew it had vs every piece checked again (shown, no target)
# and two restated targets: the long link at most 1.10x its best possible time at the
# per-server limit; 500 x 64 KiB at most 1.25x the disk's floor with the network alongside.
#
# Beside row 1 it prints the floor of that work on this machine: benches/small_floor.c does
# only what Haul must do for each file (create NAME.part, write it, fsync, rename; 8 threads)
# with no network at all, and its time is shown as a ratio to curl's whole run.
#
#   benches/compare.sh [ROUNDS]        (default 3)   OUT=/dev/shm/... writes to tmpfs instead
#
# Needs: apt-get install nginx-light aria2 curl wget time bc python3 xvfb
set -euo pipefail

rounds=${1:-3}
limited_runs=5
root=$(cd "$(dirname "$0")/.." && pwd)
haul=${CARGO_TARGET_DIR:-$root/target}/release/haul
for tool in nginx aria2c curl wget /usr/bin/time bc python3 cc; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install nginx-light aria2 curl wget time bc python3)"; exit 2; }
done
(cd "$root" && cargo build --release --quiet)

work=$(mktemp -d /tmp/haul-compare.XXXXXX)
cc -O2 -pthread -o "$work/small_floor" "$root/benches/small_floor.c"
out_root=${OUT:-$work/out}
cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [ -n "${drop_pid:-}" ] && kill "$drop_pid" 2>/dev/null || true
  [ -n "${link_pid:-}" ] && kill "$link_pid" 2>/dev/null || true
  [ -n "${cap_pid:-}" ] && kill "$cap_pid" 2>/dev/null || true
  [ -n "${soak_pid:-}" ] && kill "$soak_pid" 2>/dev/null || true
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
  [ -n "${OUT:-}" ] && rm -rf "$OUT"
  true
}
trap cleanup EXIT
mkdir -p "$work/www/small" "$work/www/limited" "$work/www/fast" "$work/home" "$out_root"

head -c $((1024 * 1024 * 1024)) /dev/urandom > "$work/www/big.bin"
for i in $(seq -w 1 500); do head -c 65536 /dev/urandom > "$work/www/small/f$i.bin"; done
head -c $((32 * 1024 * 1024)) /dev/urandom > "$work/www/limited/file.bin"
cp "$work/www/limited/file.bin" "$work/www/fast/file.bin"
head -c $((40 * 1024 * 1024)) /dev/urandom > "$work/www/forty.bin"
head -c $((8 * 1024 * 1024)) /dev/urandom > "$work/drop.bin"
head -c $((16 * 1024 * 1024)) /dev/urandom > "$work/www/capped.bin"

# shellcheck source=benches/nginx.sh
. "$root/benches/nginx.sh"
NGINX_WORKERS=2 NGINX_LOG=$work/access.log NGINX_LOCATIONS='location /limited/ { limit_rate 2m; }' start_nginx
base=http://127.0.0.1:$port
python3 "$root/benches/drop_server.py" "$work/drop.bin" "$work/drop.port" 0.37 &
drop_pid=$!
for _ in $(seq 50); do [ -s "$work/drop.port" ] && break; sleep 0.1; done
drop_base=http://127.0.0.1:$(cat "$work/drop.port")
ll_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 "$root/benches/link_emulator.py" "$ll_port" "127.0.0.1:$port" --rtt-ms 50 --per-conn 350K --line 12.5M > "$work/link.log" 2>&1 &
link_pid=$!
for _ in $(seq 50); do grep -q ready "$work/link.log" 2>/dev/null && break; sleep 0.1; done
long=http://127.0.0.1:$ll_port
# Lines capped only in total (one connection fills them), counting what they carried and the
# connections they had at once.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
start_line() { # start_line NAME RTT_MS: sets ${NAME}_pid and ${NAME}_url
  local name=$1 rtt=$2 lport; lport=$(free_port)
  python3 "$root/benches/link_emulator.py" "$lport" "127.0.0.1:$port" --rtt-ms "$rtt" --per-conn 0 --line 2M --stats "$work/$name.stats" > "$work/$name.log" 2>&1 &
  printf -v "${name}_pid" '%s' $!
  printf -v "${name}_url" 'http://127.0.0.1:%s' "$lport"
  for _ in $(seq 50); do grep -q ready "$work/$name.log" 2>/dev/null && break; sleep 0.1; done
}
start_line cap 50
start_line soak 20
seq -w 1 200 | sed "s|^|$long/small/f|; s|$|.bin|" > "$work/long_small.txt"
mapfile -t long_small_urls < "$work/long_small.txt"
cat "$work"/www/big.bin "$work"/www/small/* "$work"/www/limited/* "$work"/www/fast/* "$work"/www/forty.bin > /dev/null
seq -w 1 500 | sed "s|^|$base/small/f|; s|$|.bin|" > "$work/small.txt"
mapfile -t small_urls < "$work/small.txt"
# The floor with the network beside it: the same file work while curl fetches the 500 files
# into /dev/null, on the same cores at once; what no client on this machine can go under.
null_args=(); for url in "${small_urls[@]}"; do null_args+=(-o /dev/null "$url"); done
floor_net() { "$work/small_floor" "$out" 500 65536 8 >/dev/null & local floor=$!; curl -s --parallel --parallel-max 8 "${null_args[@]}" 2>/dev/null; wait "$floor"; }

# The window with 100,000 rows (its own benchmark, release build), before HOME moves (cargo
# and rustup live under the real one).
(cd "$root" && cargo bench --quiet --bench ui_frame 2>&1) > "$work/ui_frame.txt" || true

real_home=$HOME
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data

# Every run writes into a folder of its own, made before the clock starts (a folder that just
# had 500 files deleted makes the next 500 slower to create, for every tool alike).
runs=0
fresh_out() {
  rm -rf "$out_root"/*
  runs=$((runs + 1))
  out=$out_root/run$runs
  mkdir -p "$out"
  sync
}
# Runs a command under GNU time; appends "seconds max_rss_kib" to the log.
measure() {
  local log=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    echo "failed: $*"; cat "$work/stderr.txt"; exit 1; }
  cat "$work/time.txt" >> "$log"
}
median_of() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
median() { cut -d' ' -f1 "$1" | median_of; }
peak() { cut -d' ' -f2 "$1" | sort -n | tail -1 | awk '{printf "%.1f", $1/1024}'; }
ratio() { echo "$1 / $2" | bc -l | awk '{printf "%.2f", $1}'; }
check() { cmp -s "$1" "$2" || { echo "wrong content: $1"; exit 1; }; }
# Bytes nginx sent for one path since the log was last emptied.
nginx_sent() { awk -v path="$1" '$1 == path { sent += $2 } END { print sent + 0 }' "$work/access.log"; }
# Measures one download of a 32 MiB file from nginx; appends "seconds bytes_sent" to the log.
measure_sent() {
  local log=$1 path=$2; shift 2
  fresh_out; : > "$work/access.log"
  measure "$work/t.txt" "$@" -d "$out" "$base$path"
  check "$out/file.bin" "$work/www$path"
  echo "$(tail -1 "$work/t.txt" | cut -d' ' -f1) $(nginx_sent "$path")" >> "$log"
}
# The same against the drop server (which counts what it sends), into the current folder.
measure_drop() {
  local log=$1; shift
  curl -s -X POST "$drop_base/reset" >/dev/null
  measure "$work/t.txt" "$@"
  check "$out/file.bin" "$work/drop.bin"
  echo "$(tail -1 "$work/t.txt" | cut -d' ' -f1) $(curl -s "$drop_base/sent")" >> "$log"
}
sent_ratio() { cut -d' ' -f2 "$1" | median_of | awk -v size="$2" '{printf "%.3f", $1 / size}'; }

for log in small_fn small_f small_h small_c small_a fast_h fast_a drop_h drop_w drop_a big_h big_f big_c long_h long_a long_c lsmall_h lsmall_c lsmall_a cap_h cap_c cap_a; do : > "$work/$log"; done
# Measures one download of the capped file through the capped line (into a fresh $out made by
# the caller); appends "seconds most_connections" to the log.
# Waits (up to 5 s) until the line named has no connection left from the run before, then
# starts its counts again.
quiet_line() {
  for _ in $(seq 50); do [ "$(cut -d' ' -f4 "$work/$1.stats")" = 0 ] && break; sleep 0.1; done
  kill -USR1 "$2"; sleep 0.3
}
measure_cap() {
  local log=$1; shift
  quiet_line cap "$cap_pid"
  measure "$work/t.txt" "$@"
  check "$out/capped.bin" "$work/www/capped.bin"
  sleep 0.3
  echo "$(tail -1 "$work/t.txt" | cut -d' ' -f1) $(cut -d' ' -f2 "$work/cap.stats")" >> "$log"
}
# The kill -9 soak: runs the command (which resumes into a fresh $out made by the caller) and kills it at a random moment
# 0.2-1.5 s in, again and again until a run finishes by itself (at most $2 kills); prints
# "kills carried_over_size finished".
soak() {
  local most=$1 kills=0 finished=no; shift
  quiet_line soak "$soak_pid"
  while [ "$kills" -lt "$most" ]; do
    "$@" >/dev/null 2>&1 & local pid=$!
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.2, 1.5), 3))')"
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" && cmp -s "$out/file.bin" "$work/www/soak/file.bin" && finished=yes
      break
    fi
    kill -9 "$pid"; wait "$pid" 2>/dev/null || true; kills=$((kills + 1))
  done
  sleep 0.5
  echo "$kills $(awk -v size="$size32" '{printf "%.3f", $1 / size}' "$work/soak.stats") $finished"
}
size32=$((32 * 1024 * 1024)); size8=$((8 * 1024 * 1024))
for _ in $(seq "$rounds"); do
  fresh_out; measure "$work/small_c" curl -s --parallel --parallel-max 8 --output-dir "$out" --remote-name-all "${small_urls[@]}"
  fresh_out; measure "$work/small_a" aria2c -q -j 8 -d "$out" -i "$work/small.txt"
  fresh_out; "$work/small_floor" "$out" 500 65536 8 >> "$work/small_f"
  fresh_out; start=$(date +%s.%N); floor_net; echo "$(date +%s.%N) - $start" | bc >> "$work/small_fn"
  fresh_out; measure "$work/small_h" "$haul" get -q -j 8 -d "$out" -i "$work/small.txt"
  [ "$(ls "$out" | wc -l)" = 500 ] || { echo "haul: not 500 files"; exit 1; }
  check "$out/f250.bin" "$work/www/small/f250.bin"

  measure_sent "$work/fast_a" /fast/file.bin aria2c -q -x 8 -s 8 -k 1M
  measure_sent "$work/fast_h" /fast/file.bin "$haul" get -q -x 8

  fresh_out; measure_drop "$work/drop_w" sh -c "wget -q -O '$out/file.bin' '$drop_base/file.bin'"
  fresh_out; measure_drop "$work/drop_a" aria2c -q -x 8 -s 8 -k 1M -d "$out" "$drop_base/file.bin"
  fresh_out; measure_drop "$work/drop_h" "$haul" get -q -x 8 -d "$out" "$drop_base/file.bin"

  fresh_out; measure "$work/big_f" sh -c "cp '$work/www/big.bin' '$out/big.bin' && sync '$out/big.bin'"
  fresh_out; measure "$work/big_c" curl -s -o "$out/big.bin" "$base/big.bin"
  fresh_out; measure "$work/big_h" "$haul" get -q -d "$out" "$base/big.bin"; check "$out/big.bin" "$work/www/big.bin"

  fresh_out; measure "$work/long_a" aria2c -q -x 16 -s 16 -k 1M -d "$out" "$long/fast/file.bin"
  fresh_out; measure "$work/long_h" "$haul" get -q -d "$out" "$long/fast/file.bin"; check "$out/file.bin" "$work/www/fast/file.bin"
  fresh_out; measure "$work/lsmall_c" curl -s --parallel --parallel-max 8 --output-dir "$out" --remote-name-all "${long_small_urls[@]}"
  fresh_out; measure "$work/lsmall_a" aria2c -q -j 8 -d "$out" -i "$work/long_small.txt"
  fresh_out; measure "$work/lsmall_h" "$haul" get -q -j 8 -d "$out" -i "$work/long_small.txt"
  [ "$(ls "$out" | wc -l)" = 200 ] || { echo "haul: not 200 files through the long link"; exit 1; }

  fresh_out; measure_cap "$work/cap_c" curl -s -o "$out/capped.bin" "$cap_url/capped.bin"
  fresh_out; measure_cap "$work/cap_a" aria2c -q -x 16 -s 16 -k 1M -d "$out" "$cap_url/capped.bin"
  fresh_out; measure_cap "$work/cap_h" "$haul" get -q -d "$out" "$cap_url/capped.bin"
done

mkdir -p "$work/www/soak"; cp "$work/www/limited/file.bin" "$work/www/soak/file.bin"
fresh_out; soak_h=$(soak 150 "$haul" get -q -d "$out" "$soak_url/soak/file.bin")
fresh_out; soak_c=$(soak 150 curl -s -C - -o "$out/file.bin" "$soak_url/soak/file.bin")
fresh_out; soak_a=$(soak 60 aria2c -q -c -x 4 -s 4 -k 1M -d "$out" "$soak_url/soak/file.bin")

# Idle: an empty window, haul daemon and aria2's RPC server, side by side, each in a home of
# its own; CPU ticks (1/100 s) each used in 30 s after settling for 5.
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  display=:$(( (RANDOM % 400) + 200 ))
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb_pid=$!
  sleep 1
else
  display=${DISPLAY:-}
fi
idle_home() { mkdir -p "$work/idle/$1/runtime"; chmod 700 "$work/idle/$1/runtime"; echo "$work/idle/$1"; }
idle_env() { local home; home=$(idle_home "$1"); echo "HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/runtime"; }
ticks() { awk '{ split($0, a, ") "); split(a[2], f, " "); print f[12] + f[13] }' "/proc/$1/stat"; }
idle_pids=()
if [ -n "$display" ]; then
  env $(idle_env window) DISPLAY="$display" LANGUAGE=en "$haul" >/dev/null 2>&1 & idle_pids+=("window:$!")
fi
env $(idle_env daemon) HAUL_RPC_SECRET=compare "$haul" daemon --rpc-listen-port "$(free_port)" >/dev/null 2>&1 & idle_pids+=("daemon:$!")
aria2c --enable-rpc --rpc-listen-port "$(free_port)" -d "$work/idle" -q >/dev/null 2>&1 & idle_pids+=("aria2:$!")
sleep 5
declare -A idle_before idle_ticks
for entry in "${idle_pids[@]}"; do idle_before[${entry%%:*}]=$(ticks "${entry#*:}"); done
sleep 30
for entry in "${idle_pids[@]}"; do
  idle_ticks[${entry%%:*}]=$(( $(ticks "${entry#*:}") - ${idle_before[${entry%%:*}]} ))
  kill "${entry#*:}" 2>/dev/null || true
done

# One connection over the long link takes a while (32 MiB at 350 KB/s): once.
fresh_out; measure "$work/long_c" curl -s -o "$out/file.bin" "$long/fast/file.bin"

: > "$work/limited"
for run in $(seq "$limited_runs"); do
  fresh_out; : > "$work/la"; measure "$work/la" aria2c -q -x 8 -s 8 -k 1M -d "$out" "$base/limited/file.bin"
  fresh_out; : > "$work/lh"; measure "$work/lh" "$haul" get -q -x 8 -d "$out" "$base/limited/file.bin"
  check "$out/file.bin" "$work/www/limited/file.bin"
  echo "$run $(cut -d' ' -f1 "$work/lh") $(cut -d' ' -f1 "$work/la")" >> "$work/limited"
done
fresh_out; : > "$work/one"; measure "$work/one" "$haul" get -q -x 1 -d "$out" "$base/limited/file.bin"
fresh_out; : > "$work/limit"; measure "$work/limit" "$haul" get -q --limit 4M -d "$out" "$base/forty.bin"

verdict() { if [ "$(echo "$1 <= $2" | bc -l)" = 1 ]; then echo "met"; else echo "MISSED"; fi; }
row() { printf '| %-44s | %-22s | %-30s | %6s | %7s | %-6s |\n' "$@"; }

small_ratio=$(ratio "$(median "$work/small_h")" "$(median_of < "$work/small_f")")
fast_h=$(sent_ratio "$work/fast_h" $size32); fast_a=$(sent_ratio "$work/fast_a" $size32)
drop_h=$(sent_ratio "$work/drop_h" $size8); drop_w=$(sent_ratio "$work/drop_w" $size8); drop_a=$(sent_ratio "$work/drop_a" $size8)
big_ratio=$(ratio "$(median "$work/big_h")" "$(median "$work/big_f")")
worst_limited=$(awk '{r = $2 / $3; if (r > w) w = r} END {printf "%.2f", w}' "$work/limited")
limited_each=$(awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $2 / $3}' "$work/limited")

echo "Medians of $rounds rounds ($limited_runs runs for the limited server), output in ${OUT:-a folder on disk}:"
echo
row "work" "Haul" "peer" "ratio" "target" "result"
row "--------------------------------------------" "----------------------" "------------------------------" "------" "-------" "------"
row "500 x 64 KiB, 8 at a time, vs the disk's floor" "$(median "$work/small_h") s" "floor $(median_of < "$work/small_f") s, curl $(median "$work/small_c") s, aria2 $(median "$work/small_a") s" "${small_ratio}x" "<= 1.10" "$(verdict "$small_ratio" 1.10)"
row "bytes sent for 32 MiB, -x 8, fast server" "${fast_h}x ($(median "$work/fast_h") s)" "aria2 ${fast_a}x ($(median "$work/fast_a") s)" "$fast_h" "<= 1.02" "$(verdict "$fast_h" 1.02)"
row "bytes sent, 8 MiB, first connection dropped" "${drop_h}x ($(median "$work/drop_h") s)" "wget ${drop_w}x ($(median "$work/drop_w") s), aria2 ${drop_a}x ($(median "$work/drop_a") s)" "$drop_h" "<= 1.10" "$(verdict "$drop_h" 1.10)"
row "1 GiB to disk vs cp + sync (the floor)" "$(median "$work/big_h") s" "floor $(median "$work/big_f") s, curl $(median "$work/big_c") s" "${big_ratio}x" "<= 1.15" "$(verdict "$big_ratio" 1.15)"
row "32 MiB at 2 MB/s per connection, -x 8" "each run: $limited_each" "aria2 -x 8 -s 8 -k 1M" "${worst_limited}x" "<= 1.00" "$(verdict "$worst_limited" 1.00)"
line_secs=$(echo "$size32 / 12500000 + 0.05" | bc -l | awk '{printf "%.2f", $1}')
long_speed=$(ratio "$(median "$work/long_a")" "$(median "$work/long_h")")
long_line=$(ratio "$(median "$work/long_h")" "$line_secs")
lsmall_ratio=$(ratio "$(median "$work/lsmall_h")" "$(median "$work/lsmall_c")")
row "long link, 32 MiB, defaults: speed vs aria2" "$(median "$work/long_h") s" "aria2 -x 16 $(median "$work/long_a") s, curl $(median "$work/long_c") s" "${long_speed}x" ">= 1.30" "$(verdict 1.30 "$long_speed")"
row "long link, 32 MiB: time vs the line itself" "$(median "$work/long_h") s" "line ${line_secs} s (12.5 MB/s + 50 ms)" "${long_line}x" "<= 1.25" "$(verdict "$long_line" 1.25)"
row "long link, 200 x 64 KiB, 8 at a time" "$(median "$work/lsmall_h") s" "curl $(median "$work/lsmall_c") s, aria2 $(median "$work/lsmall_a") s" "${lsmall_ratio}x" "<= 1.00" "$(verdict "$lsmall_ratio" 1.00)"
cap_secs=$(median "$work/cap_h"); cap_curl=$(median "$work/cap_c")
cap_conns=$(cut -d' ' -f2 "$work/cap_h" | sort -n | tail -1)
cap_aria_conns=$(cut -d' ' -f2 "$work/cap_a" | sort -n | tail -1)
cap_ratio=$(ratio "$cap_secs" "$cap_curl")
row "line capped in total, 16 MiB: connections" "$cap_conns at most" "aria2 -x 16: $cap_aria_conns, curl 1" "$cap_conns" "<= 4" "$(verdict "$cap_conns" 4)"
row "line capped in total, 16 MiB: time vs curl" "$cap_secs s" "curl $cap_curl s, aria2 -x 16 $(median "$work/cap_a") s" "${cap_ratio}x" "<= 1.10" "$(verdict "$cap_ratio" 1.10)"
read -r soak_kills soak_carried soak_done <<< "$soak_h"
read -r curl_kills curl_carried curl_done <<< "$soak_c"
read -r aria_kills aria_carried aria_done <<< "$soak_a"
soak_peer="curl ${curl_carried}x ($curl_kills kills, done: $curl_done), aria2 ${aria_carried}x ($aria_kills kills, done: $aria_done)"
soak_verdict=$(verdict "$soak_carried" 1.10); [ "$soak_done" = yes ] || soak_verdict=MISSED
row "kill -9 soak, 32 MiB over 2 MB/s: carried" "${soak_carried}x, $soak_kills kills, done: $soak_done" "$soak_peer" "$soak_carried" "<= 1.10" "$soak_verdict"
idle_window=${idle_ticks[window]:-n/a}
row "idle window: CPU ticks in 30 s" "$idle_window" "haul daemon ${idle_ticks[daemon]}, aria2c --enable-rpc ${idle_ticks[aria2]}" "$idle_window" "<= 2" "$( [ "$idle_window" = n/a ] && echo "no X" || verdict "$idle_window" 2)"
ui_p95=$(awk -F'|' '/a row changes every frame/ { gsub(/[ ms]/, "", $4); print $4 }' "$work/ui_frame.txt")
row "100,000 rows, a row changes: p95 frame" "${ui_p95:-n/a} ms" "(cargo bench --bench ui_frame)" "${ui_p95:-n/a}" "< 2.00" "$( [ -n "$ui_p95" ] && verdict "$ui_p95" 1.999 || echo "not run")"
echo
floor_small=$(median_of < "$work/small_f")
echo "floor of row 1 (create, write, fsync, rename 500 x 64 KiB, 8 threads, no network): ${floor_small} s = $(ratio "$floor_small" "$(median "$work/small_c")")x curl's whole run"
floor_net_secs=$(median_of < "$work/small_fn")
echo "that floor with curl fetching the 500 files to /dev/null at the same time: ${floor_net_secs} s; haul = $(ratio "$(median "$work/small_h")" "$floor_net_secs")x of it"
best_long=$(echo "$size32 / (32 * 350000) + 0.1" | bc -l | awk '{printf "%.2f", $1}')
echo "long link, best possible at the per-server limit (32 x 350 KB/s from the first answer on): ${best_long} s = $(ratio "$best_long" "$line_secs")x the line; haul = $(ratio "$(median "$work/long_h")" "$best_long")x of it (restated target <= 1.10: $(verdict "$(ratio "$(median "$work/long_h")" "$best_long")" 1.10))"
echo "500 x 64 KiB against that floor with the network alongside: $(ratio "$(median "$work/small_h")" "$floor_net_secs")x (restated target <= 1.25: $(verdict "$(ratio "$(median "$work/small_h")" "$floor_net_secs")" 1.25))"
limit_secs=$(median "$work/limit")
echo "peak memory: 1 GiB haul $(peak "$work/big_h") MiB, curl $(peak "$work/big_c") MiB; 500 files haul $(peak "$work/small_h") MiB, aria2 $(peak "$work/small_a") MiB"
echo "limited server, one connection: haul -x 1 took $(median "$work/one") s ($(ratio "$(median "$work/one")" "$(awk '{print $2}' "$work/limited" | median_of)")x haul -x 8)"
echo "speed limit 4 MiB/s: measured $(echo "40 / $limit_secs" | bc -l | awk '{printf "%.3f", $1}') MiB/s over ${limit_secs} s, error $(echo "(40 / $limit_secs / 4 - 1) * 100" | bc -l | awk '{printf "%+.1f", $1}') %"
echo
cat "$work/ui_frame.txt"
echo
# Row 13: its own servers and stream (needs ffmpeg; yt-dlp shown when installed).
if command -v ffmpeg >/dev/null; then
  HOME=$real_home bash "$root/benches/streams.sh" "$rounds" || echo "streams benchmark failed"
else
  echo "HLS over the long link: not run (apt-get install ffmpeg)"
fi
# Row 14: its own tracker and aria2c seeder.
HOME=$real_home bash "$root/benches/torrents.sh" "$rounds" || echo "torrent benchmark failed"
# Row 15: the same kind of swarm, 512 MiB, resumed.
HOME=$real_home bash "$root/benches/torrent_resume.sh" "$rounds" || echo "resume benchmark failed"
