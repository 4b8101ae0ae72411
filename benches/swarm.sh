# Shared by the torrent benchmarks (sourced, not run): checks the tools, makes the release
# build if it is missing, a work folder removed at exit with everything started, and a local
# swarm on 127.0.0.1: the benchmark's own tracker (benches/tracker.py), a .torrent of a
# folder (benches/mktorrent.py) and one aria2c seeder (DHT, LPD and PEX off). Haul's settings
# keep it on 127.0.0.1 too.
#
#   source "$root/benches/swarm.sh" NAME      then: start_tracker; make_torrent ...; start_seeder ...
set -euo pipefail

rounds=${rounds:-3}
haul=${CARGO_TARGET_DIR:-$root/target}/release/haul
for tool in aria2c python3 /usr/bin/time bc cmp; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install aria2 python3 time bc)"; exit 2; }
done
[ -x "$haul" ] || (cd "$root" && cargo build --release --quiet)

work=$(mktemp -d "/tmp/haul-$1.XXXXXX")
cleanup() {
  [ -n "${haul_pid:-}" ] && kill -9 "$haul_pid" 2>/dev/null || true
  [ -n "${seed_pid:-}" ] && kill "$seed_pid" 2>/dev/null || true
  [ -n "${tracker_pid:-}" ] && kill "$tracker_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

mkdir -p "$work/seed" "$work/home/config/haul"
printf 'torrent_dht = false\ntorrent_upnp = false\nseed_ratio = 0\n' > "$work/home/config/haul/haul.toml"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data

start_tracker() { # sets tracker_port, tracker_pid
  tracker_port=$(free_port)
  python3 "$root/benches/tracker.py" "$tracker_port" > "$work/tracker.log" 2>&1 &
  tracker_pid=$!
  for _ in $(seq 50); do grep -q ready "$work/tracker.log" 2>/dev/null && break; sleep 0.1; done
}

make_torrent() { # make_torrent FOLDER OUT.torrent PIECE_BYTES: prints the info hash
  python3 "$root/benches/mktorrent.py" "$1" "$2" "http://127.0.0.1:$tracker_port/announce" "$3"
}

start_seeder() { # start_seeder TORRENT: aria2c seeds it from $work/seed; sets seed_pid
  local port; port=$(free_port)
  aria2c --no-conf --quiet -V --seed-ratio=0.0 --enable-dht=false --enable-dht6=false \
    --bt-enable-lpd=false --enable-peer-exchange=false --listen-port="$port" \
    -d "$work/seed" "$1" > "$work/seed.log" 2>&1 &
  seed_pid=$!
  for _ in $(seq 300); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
}

median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { echo "$1 / $2" | bc -l | awk '{printf "%.2f", $1}'; }
