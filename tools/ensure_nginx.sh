#!/usr/bin/env bash
# tests/test_deploy_nginx.py runs deploy/nginx's configuration in a real nginx: install Debian's
# nginx-light when no nginx is on the PATH (NGINX_PATH names another one).
set -euo pipefail
path="${NGINX_PATH:-$(command -v nginx || echo /usr/sbin/nginx)}"
if [ -x "$path" ]; then exit 0; fi
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
echo "[nginx] installing Debian package nginx-light" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nginx-light >/dev/null
# The package starts a system-wide nginx on port 80; the tests start their own.
$sudo service nginx stop >/dev/null 2>&1 || true
test -x /usr/sbin/nginx
