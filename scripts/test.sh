#!/usr/bin/env bash
# Runs labrun's whole test suite: unit tests of every module and end-to-end tests of the binary.
set -euo pipefail
cd "$(dirname "$0")/.."

# The terminal tests drive labrun in a real terminal emulator, tmux; the no-exec test runs it under strace;
# the classroom tests need the server's browser terminal (node-xterm, esbuild), Chromium and nginx; the
# build-id test compares with binutils' readelf.
LABRUN_SETUP_SERVER=1 LABRUN_SETUP_EXTRA="tmux strace chromium nginx binutils jq" bash scripts/setup.sh
# The classroom tests' WebSocket client, from PyPI.
python3 -c 'import websockets' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check websockets
# Formatting and lint, with the committed .swift-format (2-space indent, 120 columns).
swift format lint --strict --recursive --parallel Sources Tests Benchmarks Package.swift
swift build --build-tests
swift test --skip-build
# The fuzzers' seed corpus (the course's solutions and lab files, issue 18's reproductions), each input
# run once without libFuzzer: seconds. The fuzzers themselves need a release build of their own, which
# takes minutes, so they run from scripts/fuzz.sh (docs/limits.md), not here.
bin="$(swift build --show-bin-path)"
"$bin/labrun-fuzz-line" Fuzz/corpus/line/*
"$bin/labrun-fuzz-labfile" Fuzz/corpus/labfile/*
# The classroom server as a class meets it: its binary, real sockets on loopback.
python3 scripts/classroom/e2e.py "$bin"
# A full disk under a learner: its own tmpfs in a private mount namespace (root or sudo).
python3 scripts/classroom/fulldisk.py "$bin"
# A learner's own disk filling up: the resume checkpoint's temporary file must not be left behind.
python3 scripts/checkpoint-fulldisk.py "$bin"
# The same in a real browser (headless Chromium), then two instances behind a real nginx.
python3 scripts/classroom/browser.py "$bin"
python3 scripts/classroom/nginx.py "$bin"
