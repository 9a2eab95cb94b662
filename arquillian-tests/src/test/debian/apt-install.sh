# Sourced by the scripts that install what the container tests need from Debian's packages.
#   apt_install <caller> <purpose> <package>...
# Installs the packages as root or with password-less sudo, without starting any service they bring (the tests start
# what they need themselves). Returns 1, after saying what to run, when it cannot install.
apt_install() {
  local caller="$1" purpose="$2"
  shift 2
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$caller: no apt-get here; install $* $purpose" >&2
    return 1
  fi
  local sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      echo "$caller: run 'sudo apt-get install -y $*' $purpose" >&2
      return 1
    fi
  fi
  echo "$caller: installing Debian's $* $purpose"
  export DEBIAN_FRONTEND=noninteractive
  local policy=/usr/sbin/policy-rc.d own_policy=false
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee $policy >/dev/null
    $sudo chmod +x $policy
    own_policy=true
  fi
  local installed=0
  if ! $sudo apt-get install -y "$@"; then
    $sudo apt-get update && $sudo apt-get install -y "$@" || installed=$?
  fi
  if [[ $own_policy == true ]]; then
    $sudo rm -f $policy
  fi
  return $installed
}
