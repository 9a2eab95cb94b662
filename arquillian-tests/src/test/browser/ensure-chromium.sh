#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the browser tests when they are missing (the build runs this
# before the container tests). Arguments: the build's skipTests and skipITs, so skipped tests install nothing.
# Without root (or password-less sudo) or apt-get it only says what to do; the browser tests then fail saying it too.
set -euo pipefail
if [[ "${1:-false}" == true || "${2:-false}" == true ]]; then
  exit 0
fi
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
source "$(dirname "$0")/../debian/apt-install.sh"
apt_install ensure-chromium "for the browser tests (or pass -Dctios.chromium=... -Dctios.chromedriver=...)" \
  chromium chromium-driver || exit 0
