#!/usr/bin/env bash
# Haul's HLS download against ffmpeg and yt-dlp over a long link (issue 35): a 20 s video of
# ten 2 s segments (about 1.2 MB, one variant behind a master playlist) made by ffmpeg, served
# by nginx through benches/link_emulator.py (50 ms round trip, each connection held to
# 350 KB/s, the line to 12.5 MB/s). Times are medians over ROUNDS, tools alternating:
#
#   haul get MASTER              (segments fetched in parallel)
#   ffmpeg -i MASTER -c copy     (its HLS demuxer fetches segments one after another)
#   yt-dlp MASTER                (its own HLS downloader, defaults)
#
# Prints one row: haul's time, the others', and haul / ffmpeg (target <= 0.35). Each output
# is checked with ffprobe (length within 1 s of 20 s).
#
#   benches/streams.sh [ROUNDS]       (default 3)   called by benches/compare.sh
#
# Needs: apt-get install nginx-light ffmpeg python3 time bc; pip install yt-dlp (optional)
set -euo pipefail

rounds=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
haul=${CARGO_TARGET_DIR:-$root/target}/release/haul
for tool in nginx ffmpeg ffprobe python3 /usr/bin/time bc; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install nginx-light ffmpeg python3 time bc)"; exit 2; }
done
[ -x "$haul" ] || (cd "$root" && cargo build --release --quiet)

work=$(mktemp -d /tmp/haul-streams.XXXXXX)
cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [ -n "${link_pid:-}" ] && kill "$link_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/www/show/v" "$work/home"
ffmpeg -hide_banner -loglevel error -f lavfi -i testsrc=rate=25:size=640x360 \
  -f lavfi -i sine=frequency=440:sample_rate=44100 -t 20 \
  -c:v libx264 -preset veryfast -b:v 400k -maxrate 420k -bufsize 800k -g 50 -keyint_min 50 \
  -c:a aac -b:a 64k -f hls -hls_time 2 -hls_playlist_type vod \
  -hls_segment_filename "$work/www/show/v/s%02d.ts" "$work/www/show/v/index.m3u8"
printf '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=480000,RESOLUTION=640x360\nv/index.m3u8\n' \
  > "$work/www/show/master.m3u8"
segments=$(ls "$work/www/show/v"/*.ts | wc -l)
bytes=$(cat "$work/www/show/v"/*.ts | wc -c)

# shellcheck source=benches/nginx.sh
. "$root/benches/nginx.sh"
start_nginx
ll_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 "$root/benches/link_emulator.py" "$ll_port" "127.0.0.1:$port" --rtt-ms 50 --per-conn 350K --line 12.5M > "$work/link.log" 2>&1 &
link_pid=$!
for _ in $(seq 50); do grep -q ready "$work/link.log" 2>/dev/null && break; sleep 0.1; done
master=http://127.0.0.1:$ll_port/show/master.m3u8
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data

measure() { # measure LOG OUTPUT COMMAND...: appends the seconds; checks the output plays
  local log=$1 output=$2; shift 2
  rm -rf "$work/out"; mkdir -p "$work/out"
  /usr/bin/time -f '%e' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    echo "failed: $*"; cat "$work/stderr.txt"; exit 1; }
  local file; file=$(ls "$work/out"/$output 2>/dev/null | head -1)
  [ -n "$file" ] || { echo "no output from: $*"; exit 1; }
  local length; length=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$file")
  awk -v l="$length" 'BEGIN { exit !(l > 19 && l < 21) }' || { echo "wrong length $length: $*"; exit 1; }
  cat "$work/time.txt" >> "$log"
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { echo "$1 / $2" | bc -l | awk '{printf "%.2f", $1}'; }
: > "$work/h"; : > "$work/f"; : > "$work/y"
have_ytdlp=$(command -v yt-dlp >/dev/null && echo yes || echo no)
for _ in $(seq "$rounds"); do
  measure "$work/f" 'f.mp4' ffmpeg -hide_banner -loglevel error -nostdin -i "$master" -c copy "$work/out/f.mp4"
  measure "$work/h" '*.mp4' "$haul" get -q ${HAUL_ARGS:-} -d "$work/out" "$master"
  if [ "$have_ytdlp" = yes ]; then
    measure "$work/y" '*.mp4' yt-dlp -q --no-warnings -P "$work/out" -o "y.%(ext)s" "$master"
  fi
done
h=$(median "$work/h"); f=$(median "$work/f")
y=$( [ "$have_ytdlp" = yes ] && median "$work/y" || echo n/a)
r=$(ratio "$h" "$f")
verdict=$(awk -v r="$r" 'BEGIN { print (r <= 0.35) ? "met" : "MISSED" }')
printf '%-44s | %-10s | %-40s | %-6s | %-7s | %s\n' \
  "HLS over the long link, ${segments} x 2 s, $((bytes / 1000)) KB" "$h s" "ffmpeg -c copy $f s, yt-dlp $y s" "${r}x" "<= 0.35" "$verdict"
