#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright's own browser download cannot work offline), and check
# the public pages with the Nu Html Checker, a Java program (e2e/html-validator.ts). Installs what is missing when
# this machine can (root or passwordless sudo, with apt); else says how.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$browser" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

install() {
  echo "Installing ${missing[*]} from Debian for the end-to-end tests (about a minute)…"
  "$@" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "$@" apt-get install -y -qq "${missing[@]}" >/dev/null
}

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then install; exit 0; fi
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then install sudo; exit 0; fi
fi
echo "The end-to-end tests need Chromium at $browser and Java 11 or later." >&2
echo "Install them (Debian/Ubuntu: sudo apt-get install chromium default-jre-headless), or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
