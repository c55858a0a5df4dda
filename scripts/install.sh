#!/usr/bin/env bash
# Builds labrun in release mode and installs it to PREFIX (default /usr/local):
# the binary to PREFIX/bin/labrun and the course to PREFIX/share/labrun/labs.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${1:-/usr/local}"
bash scripts/setup.sh
swift build -c release --product labrun
install -d "$prefix/bin" "$prefix/share/labrun"
install -m 0755 "$(swift build -c release --show-bin-path)/labrun" "$prefix/bin/labrun"
rm -rf "$prefix/share/labrun/labs"
cp -R labs "$prefix/share/labrun/labs"
echo "installed labrun to $prefix/bin/labrun"
