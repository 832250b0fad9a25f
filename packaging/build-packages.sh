#!/usr/bin/env bash
# Builds native packages of the console with jpackage, each bundling its own Java runtime, for the OS it runs on:
#   Linux:   an app image and a .deb (the .deb needs dpkg-deb and fakeroot)
#   macOS:   an app image (.app) and a .dmg
#   Windows: (Git Bash) an app image and an .msi (the .msi needs the WiX Toolset on the PATH)
# Called by `mvn -Ppackage package` after the shaded jar is built; `mvn -Ppackage verify` also runs the packaged
# launcher (PackagedLauncherIT).
# -XX:MaxGCPauseMillis=20: G1 keeps its pauses short, so a sync's garbage does not stall the FX thread for a frame or
# more (docs/benchmarks.md, sync at 1,000,000 documents: longest pause 98 -> 45 ms, FX gaps over 50 ms 37 -> 13).
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
        --java-options -Xmx2g --java-options -XX:MaxGCPauseMillis=20 --dest "$dest")

case "$(uname -s)" in
    Darwin)
        icon=(--icon packaging/macos/arango-console.icns)
        jpackage --type app-image "${icon[@]}" "${common[@]}"
        jpackage --type dmg "${icon[@]}" "${common[@]}"
        ;;
    MINGW* | MSYS* | CYGWIN*)
        icon=(--icon packaging/windows/arango-console.ico)
        # --win-console keeps the command line (stats, indexes, sync) printing to the terminal it was started from
        jpackage --type app-image --win-console "${icon[@]}" "${common[@]}"
        if command -v candle.exe >/dev/null || command -v wix.exe >/dev/null; then
            jpackage --type msi --win-console --win-menu --win-shortcut --win-dir-chooser "${icon[@]}" "${common[@]}"
        else
            echo "WiX Toolset missing: built the app image only" >&2
        fi
        ;;
    *)
        icon=(--icon packaging/linux/arango-console.png)
        jpackage --type app-image "${icon[@]}" "${common[@]}"
        if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
            jpackage --type deb "${icon[@]}" --resource-dir packaging/linux \
                --linux-shortcut --linux-menu-group Development --linux-package-name arango-console \
                --linux-app-category devel "${common[@]}"
        else
            echo "dpkg-deb or fakeroot missing: built the app image only" >&2
        fi
        ;;
esac
ls -la "$dest"
