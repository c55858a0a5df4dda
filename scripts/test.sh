#!/usr/bin/env bash
# Runs labrun's whole test suite: unit tests of every module and end-to-end tests of the binary.
set -euo pipefail
cd "$(dirname "$0")/.."

# The terminal tests drive labrun in a real terminal emulator, tmux.
LABRUN_SETUP_EXTRA="tmux" bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
