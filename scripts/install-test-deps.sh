#!/usr/bin/env bash
# Installs what the kiosk and its tests need and a fresh Debian machine may lack: CJK fonts (the screens render Chinese),
# espeak-ng (read aloud), Zinnia's Simplified Chinese handwriting model (手写), and the handwriting tests' ink
# (the npm package hanzi-writer-data, unpacked into ~/.cache/hall-kiosk/), and for the fleet tests nginx with
# WebDAV (nginx-light; libnginx-mod-http-dav-ext answers PROPFIND), which the tests start themselves on 127.0.0.1. Maven runs it while building;
# it does nothing when all is there.
# With the argument "kiosk" (what `mvn package` runs, tests or not) it installs only what the kiosk itself
# uses; without it (before the tests) also the test ink.
set -uo pipefail
what="${1:-tests}"

# Test ink for handwriting: Make Me a Hanzi's stroke medians (ARPHIC Public License), not part of the app.
HWD_VERSION=2.0.1
HWD_DIR="${HOME}/.cache/hall-kiosk/hanzi-writer-data-${HWD_VERSION}"
if [ "${what}" = tests ] && [ ! -f "${HWD_DIR}/package/中.json" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "install-test-deps: fetching hanzi-writer-data@${HWD_VERSION} (handwriting test ink)"
    mkdir -p "${HWD_DIR}" && tgz=$(cd "${HWD_DIR}" && npm pack --silent "hanzi-writer-data@${HWD_VERSION}" 2>/dev/null | tail -n 1) \
      && [ -n "${tgz}" ] && tar xzf "${HWD_DIR}/${tgz}" -C "${HWD_DIR}" && rm -f "${HWD_DIR}/${tgz}" \
      || echo "install-test-deps: could not fetch hanzi-writer-data; handwriting tests will say so" >&2
  else
    echo "install-test-deps: npm missing; handwriting tests need hanzi-writer-data@${HWD_VERSION} in ${HWD_DIR}/package" >&2
  fi
fi

need=()
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
[ -f /usr/share/tegaki/models/zinnia/handwriting-zh_CN.model ] || need+=(tegaki-zinnia-simplified-chinese)
if [ "${what}" = tests ]; then
  # test only: the fleet tests' report server; the kiosk never runs nginx
  [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  [ -f /usr/lib/nginx/modules/ngx_http_dav_ext_module.so ] || need+=(libnginx-mod-http-dav-ext)
fi
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "install-test-deps: please install: ${need[*]} (apt-get install ${need[*]})" >&2; exit 0
  fi
fi
echo "install-test-deps: installing ${need[*]}"
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"; }; then
  echo "install-test-deps: could not install ${need[*]}; tests that need them will say so" >&2
fi
exit 0
