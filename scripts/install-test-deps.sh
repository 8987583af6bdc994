#!/usr/bin/env bash
# Installs what the tests need and a fresh Debian machine lacks: CJK fonts (screens render Chinese),
# espeak-ng (read aloud). Skips what is already there; needs root or sudo for apt-get.
set -euo pipefail
need=()
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
