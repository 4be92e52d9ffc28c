#!/usr/bin/env bash
# The SPA's end-to-end suite drives Debian's Chromium (browser downloads don't work here).
# Installs the `chromium` package when no Chromium is found (CHROMIUM_PATH names another one), and a
# small CJK font so the zh-CN screenshots show Chinese rather than empty boxes.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
if [ ! -x "$path" ]; then packages+=(chromium); fi
if ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then packages+=(fonts-wqy-microhei); fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
echo "[chromium] installing Debian packages: ${packages[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
test -x "$path"
