#!/usr/bin/env bash
# Installs the built .deb on a clean Debian (a debootstrap chroot, no desktop, no fonts) and starts the kiosk
# under Xvfb, to prove that the package's Depends bring everything the kiosk needs to start and read Chinese.
# Usage (as root, after `mvn -B -Pdist package -DskipTests`): scripts/check-deb-install.sh [CHROOT_DIR]
# Needs debootstrap (apt-get install debootstrap) and Debian's package servers. Takes a few minutes.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
deb=$(ls "$here"/target/dist/hall-kiosk_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "no .deb in target/dist: run mvn -B -Pdist package -DskipTests first" >&2; exit 2; }
root="${1:-/tmp/hall-kiosk-clean-debian}"
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
if [ ! -x "$root/bin/bash" ]; then
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
cp "$deb" "$root/tmp/hall-kiosk.deb"
for fs in proc sys dev; do mountpoint -q "$root/$fs" || mount --bind "/$fs" "$root/$fs"; done
trap 'for fs in dev sys proc; do umount -l "$root/$fs" 2>/dev/null || true; done' EXIT
chroot "$root" /bin/bash -euc '
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq /tmp/hall-kiosk.deb xvfb xauth >/dev/null
  dpkg -s hall-kiosk | grep -E "^(Depends|Recommends):"
  fc-list :lang=zh | head -n 1 | grep . || { echo "FAIL: no Chinese font after installing the .deb"; exit 1; }
  home=$(mktemp -d); cd "$home"
  HALL_KIOSK_HOME="$home" timeout 60 xvfb-run -a -s "-screen 0 1920x1080x24" /opt/hall-kiosk/bin/hall-kiosk \
    > "$home/out.log" 2>&1 &
  pid=$!
  for i in $(seq 1 45); do
    sleep 1
    if grep -q "sample" "$home/out.log" 2>/dev/null || [ -s "$home/data/mirror.db" ]; then break; fi
  done
  sleep 5
  if kill -0 $pid 2>/dev/null; then echo "OK: the kiosk started from the .deb on a clean Debian and is running"; kill $pid; exit 0; fi
  echo "FAIL: the kiosk stopped:"; tail -n 30 "$home/out.log"; exit 1
'
