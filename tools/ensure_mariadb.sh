#!/usr/bin/env bash
# Debian's MariaDB server and client, for backend/integrations/v2import's MySQL-source tests (they start
# their own mariadbd on a free loopback port with a temporary data directory): installed when missing
# (MARIADBD_PATH: another mariadbd).
set -euo pipefail
mariadbd="${MARIADBD_PATH:-$(command -v mariadbd || echo /usr/sbin/mariadbd)}"
if [ -x "$mariadbd" ] && command -v mariadb-install-db >/dev/null 2>&1; then exit 0; fi
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
echo "[mariadb] installing Debian packages: mariadb-server mariadb-client" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends mariadb-server mariadb-client >/dev/null
# The package starts a system-wide server (port 3306, /var/lib/mysql); the tests start their own.
$sudo service mariadb stop >/dev/null 2>&1 || true
test -x /usr/sbin/mariadbd -o -x "$mariadbd"
