#!/usr/bin/env bash
# Debian's bubblewrap, which the worker runs tenant scripts under (backend/integrations/scripts/sandbox.py),
# installed when missing. SCRIPTS_BWRAP_PATH names another bwrap (then nothing is installed).
set -euo pipefail
bwrap="${SCRIPTS_BWRAP_PATH:-$(command -v bwrap || echo /usr/bin/bwrap)}"
if [ -x "$bwrap" ]; then exit 0; fi
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
echo "[sandbox] installing Debian package: bubblewrap" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends bubblewrap >/dev/null
test -x /usr/bin/bwrap
