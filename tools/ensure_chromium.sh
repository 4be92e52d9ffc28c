#!/usr/bin/env bash
# The SPA's end-to-end suite drives Debian's Chromium (browser downloads don't work here).
# Installs the `chromium` package when no Chromium is found; CHROMIUM_PATH names another one.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
echo "[chromium] installing Debian's chromium package" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
test -x "$path"
