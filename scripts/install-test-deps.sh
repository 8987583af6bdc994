#!/usr/bin/env bash
# Installs what the tests need and a fresh Debian machine may lack: CJK fonts (the screens render Chinese)
# and espeak-ng (read aloud). Maven runs this before the tests; it does nothing when all is there.
set -uo pipefail
need=()
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
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
