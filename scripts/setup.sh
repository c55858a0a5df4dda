#!/usr/bin/env bash
# Installs the Debian packages labrun needs to build, only those that are missing.
# Works as root or through sudo; without a terminal too (CI).
set -euo pipefail

# zlib1g-dev comes with libgit2-dev; it is named because labrun includes zlib.h itself.
packages=(libgit2-dev zlib1g-dev)
# The classroom server's browser terminal: Debian's xterm.js (node-xterm; bookworm's libjs-xterm
# ships only a stub that needs a module loader) bundled for the browser by Debian's esbuild.
if [ "${LABRUN_SETUP_SERVER:-}" = 1 ]; then packages+=(node-xterm esbuild); fi
# Packages only the tests need (scripts/test.sh asks for tmux), added by the caller.
read -r -a extra <<<"${LABRUN_SETUP_EXTRA:-}"
packages+=("${extra[@]}")
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "labrun setup: ${missing[*]} must be installed, and that needs root or sudo." >&2
    echo "Run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "labrun setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "labrun setup: no 'swift' on PATH; install Swift 6.3 and try again." >&2
  exit 1
fi

if [ "${LABRUN_SETUP_SERVER:-}" = 1 ]; then
  bash "$(dirname "$0")/bundle-xterm.sh"
fi
