#!/usr/bin/env bash
# Makes sure Playwright has a Chromium to drive: its own download where the network allows,
# otherwise Debian's package (this project's CI machines cannot download browsers).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if npx playwright install chromium >/dev/null 2>&1; then
  echo "install-browser: using Playwright's Chromium"
  echo "Set PLAYWRIGHT_BUNDLED=1 if /usr/bin/chromium also appears later and you prefer this one."
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
  echo "install-browser: using Debian chromium at /usr/bin/chromium"
  exit 0
fi
echo "install-browser: no Chromium found; install one and set CHROMIUM_PATH" >&2
exit 1
