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
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no apt-get here; install chromium and its chromedriver, then pass" \
       "-Dctios.chromium=... -Dctios.chromedriver=..." >&2
  exit 0
fi
sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  if sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    echo "ensure-chromium: run 'sudo apt-get install -y chromium chromium-driver' for the browser tests" >&2
    exit 0
  fi
fi
echo "ensure-chromium: installing Debian's chromium and chromium-driver for the browser tests"
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get install -y chromium chromium-driver; then
  $sudo apt-get update
  $sudo apt-get install -y chromium chromium-driver
fi
