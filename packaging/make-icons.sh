#!/usr/bin/env bash
# Regenerates the macOS and Windows icons from the Linux PNG (run after changing packaging/linux/arango-console.png).
# Needs ImageMagick (`convert`) and icnsutils (`png2icns`): apt-get install imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
src=linux/arango-console.png
convert "$src" -depth 8 -define icon:auto-resize=256,128,64,48,32,16 windows/arango-console.ico
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sizes=(16 32 48 128 256)
for s in "${sizes[@]}"; do
    convert "$src" -depth 8 -resize "${s}x${s}" "PNG32:$tmp/icon_$s.png"
done
png2icns macos/arango-console.icns $(printf "$tmp/icon_%s.png " "${sizes[@]}") >/dev/null
echo "wrote packaging/windows/arango-console.ico and packaging/macos/arango-console.icns"
