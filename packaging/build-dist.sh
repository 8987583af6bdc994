#!/usr/bin/env bash
# Builds the self-contained app image and, where dpkg-deb and fakeroot exist, a .deb. Called by `mvn -Pdist package`.
# Usage: build-dist.sh TARGET_DIR MODULES VERSION
set -euo pipefail
target="$1"; modules="$2"; version="$3"
here="$(cd "$(dirname "$0")" && pwd)"
input="$target/dist-input"; dest="$target/dist"
rm -rf "$input" "$dest"; mkdir -p "$input" "$dest"
cp "$target/hall-kiosk.jar" "$input/"
common=(--name hall-kiosk --app-version "$version" --vendor "Hall Kiosk"
  --input "$input" --main-jar hall-kiosk.jar --main-class org.hallkiosk.Launcher
  --add-modules "$modules" --java-options "-Dfile.encoding=UTF-8" --java-options "-Xmx512m"
  --jlink-options "--strip-debug --no-man-pages --no-header-files")
jpackage --type app-image --dest "$dest" "${common[@]}"
# The kiosk's own scripts travel with the image: the supervisor that restarts it, and the systemd unit.
cp "$here/linux/hall-kiosk-supervise" "$here/linux/hall-kiosk.service" "$dest/hall-kiosk/lib/"
chmod +x "$dest/hall-kiosk/lib/hall-kiosk-supervise"
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  # From the finished image, so that the .deb carries the scripts copied into it above. 手写 reads Zinnia's
  # Simplified Chinese model from the Debian package (LGPL-2.1+, docs/licences/handwriting.md).
  jpackage --type deb --dest "$dest" --name hall-kiosk --app-version "$version" --vendor "Hall Kiosk" \
    --app-image "$dest/hall-kiosk" --install-dir /opt --linux-package-deps tegaki-zinnia-simplified-chinese \
    --linux-package-name hall-kiosk --linux-app-category utils || echo "build-dist: the .deb was not built (see above)" >&2
fi
echo "build-dist: $(ls "$dest")"
