#!/usr/bin/env bash
# Bundles Debian's xterm.js (node-xterm) and its fit addon for the browser, into the folder
# labrun-server serves them from (--assets, default /usr/local/share/labrun-server). Nothing of
# xterm.js is committed: the files come from the Debian packages each time.
set -euo pipefail
target="${LABRUN_SERVER_ASSETS:-/usr/local/share/labrun-server}"
source=/usr/share/nodejs/xterm
for need in "$source/lib/public/Terminal.js" "$source/lib/addons/fit/fit.js"; do
  [ -f "$need" ] || { echo "labrun setup: $need is missing; apt-get install node-xterm" >&2; exit 1; }
done
command -v esbuild >/dev/null || { echo "labrun setup: esbuild is missing; apt-get install esbuild" >&2; exit 1; }
as_root=()
if ! mkdir -p "$target" 2>/dev/null || ! [ -w "$target" ]; then
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then as_root=(sudo); fi
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
esbuild "$source/lib/public/Terminal.js" --bundle --format=iife --global-name=XTermBundle --log-level=warning \
  --outfile="$work/xterm.js"
esbuild "$source/lib/addons/fit/fit.js" --bundle --format=iife --global-name=XTermFit --log-level=warning \
  --outfile="$work/fit.js"
css="$source/css/xterm.css"
[ -f "$css" ] || css=/usr/share/javascript/xterm/xterm.css
[ -f "$css" ] || css="$(find "$source" -name xterm.css | head -n 1)"
cp "$css" "$work/xterm.css"
"${as_root[@]}" mkdir -p "$target"
"${as_root[@]}" cp "$work/xterm.js" "$work/fit.js" "$work/xterm.css" "$target/"
"${as_root[@]}" chmod 644 "$target/xterm.js" "$target/fit.js" "$target/xterm.css"
echo "labrun setup: the browser terminal is in $target (xterm.js $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$source/package.json"))" >&2
