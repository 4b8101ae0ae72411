#!/usr/bin/env bash
# Draws Haul's icon (a white arrow into a tray on a blue rounded square) at 1024 px with
# ImageMagick, then writes the PNG sizes and the .ico the app and the desktop files use.
#   assets/make-icons.sh      (needs: apt-get install imagemagick)
set -euo pipefail
cd "$(dirname "$0")"
big=$(mktemp --suffix=.png)
trap 'rm -f "$big"' EXIT
convert -size 1024x1024 xc:none \
  \( -size 1024x1024 gradient:'#3b82f6-#1d4ed8' \) \
  \( -size 1024x1024 xc:none -fill white -draw 'roundrectangle 64,64 960,960 200,200' \) \
  -delete 0 -compose DstIn -composite \
  -fill white -stroke none \
  -draw 'rectangle 446,210 578,560' \
  -draw 'polygon 300,500 724,500 512,740' \
  -draw 'roundrectangle 250,790 774,860 30,30' \
  "$big"
for size in 16 24 32 48 64 128 256 512; do
  convert "$big" -filter Lanczos -resize "${size}x${size}" -strip "icons/haul-$size.png"
done
convert icons/haul-16.png icons/haul-24.png icons/haul-32.png icons/haul-48.png \
  icons/haul-64.png icons/haul-128.png icons/haul-256.png haul.ico
