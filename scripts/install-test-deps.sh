#!/bin/sh
# Installs what the tests need on a fresh Debian machine: the npm packages and, where they are missing, Debian's
# chromium and its headless shell, nginx, openssl and the Noto fonts for Hindi and Chinese (run as root). Browser
# downloads do not work here, so no `playwright install`.
set -eu
cd "$(dirname "$0")/.."
missing=''
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing="$missing chromium"
# Most browser tests run in the headless shell (tests/e2e/browser.ts says why).
[ -x "${CHROMIUM_HEADLESS_SHELL_PATH:-/usr/bin/chromium-headless-shell}" ] || missing="$missing chromium-headless-shell"
# tests/e2e/nginx.test.ts serves out/ with nginx and the snippet the build writes (out/_haven/nginx.conf).
[ -x "${NGINX_PATH:-/usr/sbin/nginx}" ] || missing="$missing nginx"
# The same test makes a throwaway certificate to check HSTS over HTTPS.
command -v openssl > /dev/null || missing="$missing openssl"
# The browser tests measure Hindi and Chinese pages (header height, focus rings) as readers see them, in Noto.
[ -f /usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf ] || missing="$missing fonts-noto-core"
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing="$missing fonts-noto-cjk"
if [ -n "$missing" ]; then
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y -qq $missing
fi
# Exactly the versions in package-lock.json, which lists every platform's optional packages (and fails if it is out of
# step with package.json instead of rewriting it).
npm ci --no-audit --no-fund
