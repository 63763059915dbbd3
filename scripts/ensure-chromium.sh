#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium: Playwright's own browser download cannot work offline.
# Installs it when missing and this machine can (root or passwordless sudo, with apt); else says how.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0

install() {
  echo "Installing Debian's Chromium for the end-to-end tests (about 20 s)…"
  "$@" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "$@" apt-get install -y -qq chromium >/dev/null
}

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then install; exit 0; fi
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then install sudo; exit 0; fi
fi
echo "The end-to-end tests need Chromium at $browser." >&2
echo "Install it (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
