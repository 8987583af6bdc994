#!/usr/bin/env bash
# Builds the self-contained app image and, where dpkg-deb and fakeroot exist, a .deb. Called by `mvn -Pdist package`.
# Usage: build-dist.sh TARGET_DIR MODULES VERSION
set -euo pipefail
target="$1"; modules="$2"; version="$3"
here="$(cd "$(dirname "$0")" && pwd)"
input="$target/dist-input"; dest="$target/dist"
rm -rf "$input" "$dest"; mkdir -p "$input" "$dest"
cp "$target/hall-kiosk.jar" "$input/"
# SQLite's native library beside the jar (app/sqlite/), named to sqlite-jdbc by -Dorg.sqlite.lib.path below:
# without it, sqlite-jdbc copies it out of the jar into the temp folder and reads both back to compare them, at
# every start (a tenth of a second of CPU). Where the file is missing it still does that, so nothing breaks.
case "$(uname -m)" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; *) arch="$(uname -m)" ;; esac
sqlite_so="org/sqlite/native/Linux/$arch/libsqlitejdbc.so"
mkdir -p "$input/sqlite"
if (cd "$input/sqlite" && jar xf "$target/hall-kiosk.jar" "$sqlite_so" && [ -s "$sqlite_so" ]); then
  mv "$input/sqlite/$sqlite_so" "$input/sqlite/libsqlitejdbc.so"
  rm -rf "$input/sqlite/org"
else
  echo "build-dist: no $sqlite_so in the jar; sqlite-jdbc will copy its library out of the jar at each start" >&2
fi
common=(--name hall-kiosk --app-version "$version" --vendor "Hall Kiosk"
  --input "$input" --main-jar hall-kiosk.jar --main-class org.hallkiosk.Launcher
  --add-modules "$modules" --java-options "-Dfile.encoding=UTF-8" --java-options "-Xmx512m"
  # AppCDS: the runtime's own archive (jlink --generate-cds-archive) with the kiosk's on top, made by
  # lib/hall-kiosk-cds-train where the image is installed. A missing top archive is skipped without a word, a
  # stale one with one JVM warning line; the kiosk logs either (hallkiosk.cds names it). docs/readme/ops.md.
  --java-options "-XX:SharedArchiveFile=\$APPDIR/../runtime/lib/server/classes.jsa:\$APPDIR/hall-kiosk.jsa"
  --java-options "-Dhallkiosk.cds=\$APPDIR/hall-kiosk.jsa"
  --java-options "-Dorg.sqlite.lib.path=\$APPDIR/sqlite"
  # The class-data archives keep this JDK's default, mapped at a random address (ArchiveRelocationMode=1):
  # mapping them where they were made would start 0.1 s sooner but give up that randomisation on a public
  # terminal. docs/readme/ops.md, "Start-up time".
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive")
jpackage --type app-image --dest "$dest" "${common[@]}"
# The kiosk's own scripts travel with the image: the supervisor that restarts it, the systemd unit, and the
# training run that makes the class-data archive.
cp "$here/linux/hall-kiosk-supervise" "$here/linux/hall-kiosk.service" "$here/linux/hall-kiosk-cds-train" \
  "$dest/hall-kiosk/lib/"
chmod +x "$dest/hall-kiosk/lib/hall-kiosk-supervise" "$dest/hall-kiosk/lib/hall-kiosk-cds-train"
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  # From the finished image, so that the .deb carries the scripts copied into it above.
  # Depends: what the kiosk needs to start (GTK for JavaFX's window) and to read Chinese (a CJK font);
  # Recommends (deb/control): what its aids use, read aloud and the handwriting model. Each aid hides itself
  # when its package is missing, so they are not hard dependencies. 手写 reads Zinnia's Simplified Chinese
  # model from its Debian package (LGPL-2.1+, docs/licences/handwriting.md). deb/postinst makes the
  # class-data archive where the package puts the jar; deb/prerm removes it.
  jpackage --type deb --dest "$dest" --name hall-kiosk --app-version "$version" --vendor "Hall Kiosk" \
    --app-image "$dest/hall-kiosk" --install-dir /opt --resource-dir "$here/linux/deb" \
    --linux-package-deps "libgtk-3-0, fonts-noto-cjk | fonts-wqy-zenhei | fonts-wqy-microhei" \
    --linux-package-name hall-kiosk --linux-app-category utils || echo "build-dist: the .deb was not built (see above)" >&2
fi
# After the .deb (whose postinst makes the archive in /opt/hall-kiosk): the archive of this image, here.
"$dest/hall-kiosk/lib/hall-kiosk-cds-train" || echo "build-dist: the image has no class-data archive" >&2
echo "build-dist: $(ls "$dest")"
