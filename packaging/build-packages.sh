#!/usr/bin/env bash
# Builds native packages of the console with jpackage, each bundling its own Java runtime.
# Linux (here): an app image and a .deb.  Called by `mvn -Ppackage package` after the shaded jar is built.
#   macOS:   jpackage --type dmg  (same options, --icon packaging/macos/arango-console.icns)
#   Windows: jpackage --type msi  (same options, --win-menu --win-shortcut, --icon packaging\windows\arango-console.ico)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-0.1.0}"
input=target/jpackage-input
dest=target/dist
rm -rf "$input" "$dest"
mkdir -p "$input" "$dest"
cp target/arango-console.jar "$input/"
common=(--name arango-console --app-version "$version" --vendor "Arango Console"
        --description "A desktop console for the DBAs who run ArangoDB"
        --input "$input" --main-jar arango-console.jar --main-class io.arangoconsole.app.Launcher
        --java-options -Xmx2g --dest "$dest")
jpackage --type app-image --icon packaging/linux/arango-console.png "${common[@]}"
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    jpackage --type deb --icon packaging/linux/arango-console.png --resource-dir packaging/linux \
        --linux-shortcut --linux-menu-group Development --linux-package-name arango-console \
        --linux-app-category devel "${common[@]}"
else
    echo "dpkg-deb or fakeroot missing: built the app image only" >&2
fi
ls -la "$dest"
