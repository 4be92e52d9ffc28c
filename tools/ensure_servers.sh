#!/usr/bin/env bash
# Servers some tests run for real, from Debian's packages, installed when missing:
#   nginx-light  tests/test_deploy_nginx.py runs deploy/nginx's configuration (NGINX_PATH: another nginx)
#   pgbouncer    tests/test_pgbouncer.py runs the API through PgBouncer (PGBOUNCER_PATH: another one)
set -euo pipefail
packages=()
nginx="${NGINX_PATH:-$(command -v nginx || echo /usr/sbin/nginx)}"
pgbouncer="${PGBOUNCER_PATH:-$(command -v pgbouncer || echo /usr/sbin/pgbouncer)}"
if [ ! -x "$nginx" ]; then packages+=(nginx-light); fi
if [ ! -x "$pgbouncer" ]; then packages+=(pgbouncer); fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
echo "[servers] installing Debian packages: ${packages[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
# The packages start system-wide services (nginx on port 80); the tests start their own.
$sudo service nginx stop >/dev/null 2>&1 || true
$sudo service pgbouncer stop >/dev/null 2>&1 || true
test -x /usr/sbin/nginx -o -x "$nginx"
test -x /usr/sbin/pgbouncer -o -x "$pgbouncer"
