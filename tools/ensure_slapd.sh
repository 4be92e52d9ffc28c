#!/usr/bin/env bash
# Debian's OpenLDAP server and tools, for backend/integrations/ldapsync's tests (they start their own slapd
# on a free port with a temporary configuration): installed when missing (SLAPD_PATH: another slapd).
set -euo pipefail
slapd="${SLAPD_PATH:-$(command -v slapd || echo /usr/sbin/slapd)}"
if [ -x "$slapd" ] && command -v ldapadd >/dev/null 2>&1; then exit 0; fi
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
echo "[slapd] installing Debian packages: slapd ldap-utils" >&2
$sudo apt-get update -qq
# No debconf questions; the package's own directory is never used by the tests.
echo "slapd slapd/no_configuration boolean true" | $sudo debconf-set-selections
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends slapd ldap-utils >/dev/null
# The package may start a system-wide slapd (port 389); the tests start their own.
$sudo service slapd stop >/dev/null 2>&1 || true
test -x /usr/sbin/slapd -o -x "$slapd"
