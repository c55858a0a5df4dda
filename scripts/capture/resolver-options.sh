#!/usr/bin/env bash
# Captures Tests/ShellTests/Resources/captures/resolver-options: how many tries bind9-dnsutils' dig,
# host and nslookup make, and how long each waits, when the resolver never answers, under the
# `options timeout:N attempts:N` of /etc/resolv.conf (an EC2 instance's file says timeout:2 attempts:5).
#
#   sudo scripts/capture/resolver-options.sh [OUT]
#
# Inside `unshare -nm` (loopback only), /etc/resolv.conf bind-mounted to each case's file with
# `nameserver 127.0.0.1`, and iptables dropping every packet to 127.0.0.1, so each try times out.
# OUT gets <case>.out (stdout and stderr of the command), and results.tsv: case, command, the
# number of `communications error` lines, the time taken in tenths of a second, exit status. Needs root,
# bind9-dnsutils, iptables. About a minute. Not run in CI.
set -euo pipefail
out=${1:-$(mktemp -d /tmp/resolver-options.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ "${RESOLVER_OPTIONS_INSIDE:-}" != 1 ]; then
  RESOLVER_OPTIONS_INSIDE=1 exec unshare -nm --propagation private "$0" "$out"
fi
export LC_ALL=C TZ=UTC
ip link set lo up
iptables -A OUTPUT -d 127.0.0.1 -j DROP
work=$(mktemp -d /tmp/resolver-options-work.XXXXXX)
trap 'rm -rf "$work"' EXIT
printf 'case\tcommand\terrors\tdeciseconds\tstatus\n' >"$out/results.tsv"
run() { # CASE OPTIONS COMMAND...
  local name=$1 options=$2
  shift 2
  printf "${options}nameserver 127.0.0.1\n" >"$work/resolv.conf"
  mount --bind "$work/resolv.conf" /etc/resolv.conf
  local start end status=0
  start=$(date +%s%N)
  "$@" >"$out/$name.out" 2>&1 || status=$?
  end=$(date +%s%N)
  umount /etc/resolv.conf
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$*" "$(grep -c 'communications error' "$out/$name.out" || true)" \
    "$(((end - start + 50000000) / 100000000))" "$status" >>"$out/results.tsv"
}
ec2='options timeout:2 attempts:5\n'
four='options timeout:1 attempts:4\n'
run host-ec2 "$ec2" host google.com
run host-four "$four" host google.com
run host-four-R3 "$four" host -R 3 google.com
run host-four-W3 "$four" host -W 3 google.com
run nslookup-ec2 "$ec2" nslookup google.com
run nslookup-four "$four" nslookup google.com
run nslookup-four-retry2 "$four" nslookup -retry=2 google.com
run nslookup-four-timeout3 "$four" nslookup -timeout=3 google.com
run dig-ec2 "$ec2" dig google.com
run dig-four-tries2 "$four" dig +tries=2 google.com
{ host -V 2>&1 || true; iptables --version; } >"$out/versions.txt"
