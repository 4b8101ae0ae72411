#!/usr/bin/env bash
# Installs Haul for the current user so it appears in the desktop's application menu:
# the release binary (stripped of its debugging information: about 23 MB instead of 160 MB),
# the .desktop file, the icons and the AppStream metainfo.
#   assets/install.sh [PREFIX]        (default PREFIX: ~/.local; run after cargo build --release)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-$HOME/.local}
binary=${CARGO_TARGET_DIR:-$root/target}/release/haul
[ -x "$binary" ] || { echo "build first: cargo build --release"; exit 1; }
install -Dm755 --strip "$binary" "$prefix/bin/haul"
install -Dm644 "$root/assets/dev.haul.Haul.desktop" "$prefix/share/applications/dev.haul.Haul.desktop"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "$root/assets/icons/haul-$size.png" \
    "$prefix/share/icons/hicolor/${size}x${size}/apps/dev.haul.Haul.png"
done
install -Dm644 "$root/assets/dev.haul.Haul.metainfo.xml" "$prefix/share/metainfo/dev.haul.Haul.metainfo.xml"
update-desktop-database "$prefix/share/applications" 2>/dev/null || true
gtk-update-icon-cache -q "$prefix/share/icons/hicolor" 2>/dev/null || true
# The browser extension (assets/browser) reaches Haul through these host manifests.
"$prefix/bin/haul" browser install
echo "Installed. Make sure $prefix/bin is on your PATH; Haul is now in the application menu."
