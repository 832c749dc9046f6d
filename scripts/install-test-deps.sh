#!/bin/sh
# Installs what the tests need on a fresh Debian machine: the npm packages and, where it is
# missing, Debian's chromium (run as root). Browser downloads do not work here, so no `playwright install`.
set -eu
cd "$(dirname "$0")/.."
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  apt-get update -qq
  apt-get install -y -qq chromium
fi
# npm ci rejects this lock file (npm 11 lists @swc/core's platform packages as missing), so install from it.
npm install --no-audit --no-fund
