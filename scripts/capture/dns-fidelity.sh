#!/usr/bin/env bash
# Captures Tests/ShellTests/Resources/captures/dns-fidelity: every command of the fidelity list
# Tests/ShellTests/Resources/captures/dns-fidelity/commands.tsv, run by the real bind9-dnsutils against
# dnsmasq serving the simulated public zones, on loopback only.
#
#   sudo scripts/capture/dns-fidelity.sh [OUT]
#   scripts/capture/compare.py Tests/ShellTests/Resources/captures/dns-fidelity OUT
#
# Everything runs inside `unshare -nm` (a network namespace with only a loopback interface, so no
# packet leaves), with /etc/resolv.conf bind-mounted to the command's host's own file (an
# instance's `search ap-northeast-2.compute.internal`, the data centre's `search corp.example`),
# its nameserver 127.0.0.1. Servers there:
#
#   127.0.0.1:53     caching dnsmasq, the stand-in for every simulated resolver (the VPC's
#                    10.0.0.2, the data centre's 192.168.0.2): forwards amazonaws.com to :5300,
#                    com to :5330, google.com to :5350 and example.com to :5360. Each command
#                    runs once to fill a fresh cache and is kept from its second run, so answers
#                    are non-authoritative, as a recursive resolver's are.
#   127.0.0.1:5300   authoritative amazonaws.com: SOA dns-external-master.amazon.com.
#                    root.amazon.com. 2010125067 180 60 3024000 60, TTL 60 — the zone apex has no
#                    A, MX or TXT (DNSRecordPolicy, PublicZone).
#   127.0.0.1:5330   authoritative com: SOA a.gtld-servers.net. nstld.verisign-grs.com. 1618288800
#                    1800 900 604800 86400 (Verisign's layout; the serial is the Unix time of the
#                    course's start, 2021-04-13T04:40:00Z, as the simulation derives it), records
#                    TTL 60, the names of Sources/Cloud/DNS/PublicZone.swift but google.com's and
#                    example.com's.
#   127.0.0.1:5350   authoritative google.com: SOA ns1.google.com. dns-admin.google.com. 1 900 900
#                    1800 60, TTL 60 (DNSRecordPolicy.zoneSOA).
#   127.0.0.1:5360   authoritative example.com: SOA ns.icann.org. noc.dns.icann.org. 2021040101 7200
#                    3600 1209600 3600, records TTL 60.
#   127.0.0.1:5340   authoritative ap-northeast-2.compute.internal (the instances' ip-… names) and
#                    the reverse zones built from it. Names without a dot and corp.example names
#                    are NXDOMAIN at the resolver itself.
#
# OUT gets <name>.out / <name>.err (empty streams left out), statuses.txt and versions.txt. Needs
# root, bind9-dnsutils, dnsmasq-base, python3. About half a minute. Not run in CI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list="$here/../../Tests/ShellTests/Resources/captures/dns-fidelity/commands.tsv"
out=${1:-$(mktemp -d /tmp/dns-fidelity.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ "${FIDELITY_CAPTURE_INSIDE:-}" != 1 ]; then
  FIDELITY_CAPTURE_INSIDE=1 exec unshare -nm --propagation private "$0" "$out"
fi

source "$here/lib/loopback-dns.sh" dns-fidelity-work

dnsmasq_run --listen-address=127.0.0.1 --port=5300 \
  --auth-server=dns-external-master.amazon.com,127.0.0.1 --auth-zone=amazonaws.com \
  --auth-soa=2010125067,root.amazon.com,180,60,3024000 --auth-ttl=60 --neg-ttl=60 \
  --host-record=checkip.amazonaws.com,3.33.215.129

dnsmasq_run --listen-address=127.0.0.1 --port=5330 \
  --auth-server=a.gtld-servers.net,127.0.0.1 --auth-zone=com \
  --auth-soa=1618288800,nstld.verisign-grs.com,1800,900,604800 --auth-ttl=60 --neg-ttl=86400 \
  --host-record=amazon.com,54.239.28.85 --host-record=amazon.com,52.94.236.248 \
  --host-record=amazon.com,205.251.242.103 --host-record=aws.amazon.com,13.225.131.62 \
  --host-record=github.com,20.200.245.247

# google.com and example.com are zones of their own (docs/public-dns.md), so a negative answer
# for a name in them carries their SOA, not com's.
dnsmasq_run --listen-address=127.0.0.1 --port=5350 \
  --auth-server=ns1.google.com,127.0.0.1 --auth-zone=google.com \
  --auth-soa=1,dns-admin.google.com,900,900,1800 --auth-ttl=60 --neg-ttl=60 \
  --host-record=google.com,142.250.196.110 --host-record=www.google.com,142.250.207.100

dnsmasq_run --listen-address=127.0.0.1 --port=5360 \
  --auth-server=ns.icann.org,127.0.0.1 --auth-zone=example.com \
  --auth-soa=2021040101,noc.dns.icann.org,7200,3600,1209600 --auth-ttl=60 --neg-ttl=3600 \
  --host-record=example.com,93.184.216.34 --host-record=www.example.com,93.184.216.34

# Reverse names: the VPC's instance addresses (AWS's ip-… names) and V1's public address as the
# course world's seed 1 draws it (13.124.211.100, AWS's ec2-… name). dnsmasq builds the PTRs
# from the host records of zones given with their address ranges.
dnsmasq_run --listen-address=127.0.0.1 --port=5340 --auth-server=ns.in-addr.arpa,127.0.0.1 \
  --auth-zone=ap-northeast-2.compute.internal,10.0.0.0/16 \
  --auth-zone=ap-northeast-2.compute.amazonaws.com,13.124.0.0/16 --auth-ttl=60 \
  --host-record=ip-10-0-1-10.ap-northeast-2.compute.internal,10.0.1.10 \
  --host-record=ip-10-0-11-20.ap-northeast-2.compute.internal,10.0.11.20 \
  --host-record=ip-10-0-12-20.ap-northeast-2.compute.internal,10.0.12.20 \
  --host-record=ec2-13-124-211-100.ap-northeast-2.compute.amazonaws.com,13.124.211.100

resolver_pid=
resolver() {
  [ -n "$resolver_pid" ] && { kill "$resolver_pid"; wait "$resolver_pid" 2>/dev/null || true; }
  dnsmasq --keep-in-foreground --no-resolv --no-hosts --bind-interfaces --pid-file= -q \
    --listen-address=127.0.0.1 --port=53 \
    --server=/amazonaws.com/127.0.0.1#5300 --server=/com/127.0.0.1#5330 \
    --server=/google.com/127.0.0.1#5350 --server=/example.com/127.0.0.1#5360 \
    --server=/in-addr.arpa/127.0.0.1#5340 --server=/compute.internal/127.0.0.1#5340 \
    --local=// --domain-needed --local=/corp.example/ --cache-rr=MX,TXT,PTR 2>>"$work/dnsmasq.log" &
  resolver_pid=$!
  pids+=("$resolver_pid")
  for _ in $(seq 50); do dig +tries=1 +time=1 @127.0.0.1 -p 5330 ready.com >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "servers did not start" >&2
  return 1
}

: >"$out/statuses.txt"
while IFS=$'\t' read -r name lab host command; do
  case "$name" in '#'* | '') continue ;; esac
  # Each host's own /etc/resolv.conf, as HostFiles writes it (its search list matters).
  case "$host" in
    V*) printf 'search ap-northeast-2.compute.internal\noptions timeout:2 attempts:5\nnameserver 127.0.0.1\n' ;;
    idc) printf 'search corp.example\nnameserver 127.0.0.1\n' ;;
    *) printf 'nameserver 127.0.0.1\n' ;;
  esac >"$work/resolv.conf"
  resolver
  sleep 0.2
  python3 -c 'import time; time.sleep(1.02 - time.time() % 1)'
  bash -c "$command" </dev/null >/dev/null 2>&1 || true
  set +e
  bash -c "$command" </dev/null >"$out/$name.out" 2>"$out/$name.err"
  status=$?
  set -e
  [ -s "$out/$name.out" ] || rm "$out/$name.out"
  [ -s "$out/$name.err" ] || rm "$out/$name.err"
  echo "$name $status" >>"$out/statuses.txt"
done <"$list"

{ dig -v 2>&1; dnsmasq --version | head -1; } >"$out/versions.txt"
echo "captured into $out"
