#!/usr/bin/env bash
# Re-captures Tests/ShellTests/Resources/captures/bind9-dnsutils: nslookup, dig and host from
# bind9-dnsutils against dnsmasq, on loopback only.
#
#   sudo scripts/capture/bind9-dnsutils.sh [OUT]
#   scripts/capture/compare.py Tests/ShellTests/Resources/captures/bind9-dnsutils OUT
#
# Everything runs inside `unshare -nm`: a network namespace whose only interface is loopback (so no
# packet can leave), with /etc/resolv.conf bind-mounted to `nameserver 127.0.0.1`. Servers there:
#
#   127.0.0.1:53      dnsmasq "resolver": forwards and caches; also listens on 127.0.0.3 and
#                     127.0.0.8 (stand-ins for the simulation's on-premises resolver and 8.8.8.8).
#                     Each capture is run once first, so the one kept is answered from the cache:
#                     non-authoritative (`flags: qr rd ra`), as Route 53 Resolver answers.
#   127.0.0.1:5300    dnsmasq authoritative for amazonaws.com: SOA dns-external-master.amazon.com.
#                     root.amazon.com. 2010125067 180 60 3024000 60 (TTL 60), the records below, and
#                     NXDOMAIN for anything else there (with the SOA).
#   127.0.0.1:5305    the same zone with TTL 5, used for s3.ap-northeast-2.amazonaws.com by the
#                     second resolver configuration (the simulation gives S3's name TTL 5). The
#                     captures that show a TTL are made within the first part of a second after their
#                     priming query, so the cached TTL has not counted down.
#   127.0.0.1:5310    dnsmasq answering NXDOMAIN (no SOA) for example.invalid names.
#   127.0.0.99:53, 127.0.0.1:5353   UDP sockets that read and never answer (timeouts).
#
# Records: s3.ap-northeast-2.amazonaws.com A 52.219.60.145; ec2.ap-northeast-2.amazonaws.com
# A 10.0.11.53 and 10.0.12.154. The tests map 127.0.0.1 → 10.0.0.2, 127.0.0.99 → 10.0.99.99,
# 127.0.0.3 → 192.168.0.2, 127.0.0.8 → 8.8.8.8 and the addresses, ids, query times and dates onto
# the simulated world's (Fixtures/DNSCaptures.swift).
#
# OUT gets <name>.out and <name>.err per capture (empty streams left out) and statuses.txt
# ("<name> <exit status>" per line). Needs root, bind9-dnsutils, dnsmasq (dnsmasq-base) and python3.
# The timeouts make it take about two minutes. Not run in CI.
set -euo pipefail
out=${1:-$(mktemp -d /tmp/bind9-dnsutils.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ "${BIND9_CAPTURE_INSIDE:-}" != 1 ]; then
  BIND9_CAPTURE_INSIDE=1 exec unshare -nm --propagation private "$0" "$out"
fi

source "$(cd "$(dirname "$0")" && pwd)/lib/loopback-dns.sh" bind9-capture

# auth_zone PORT TTL: the amazonaws.com zone, authoritative, every answer with that TTL.
auth_zone() {
  dnsmasq_run --listen-address=127.0.0.1 --port="$1" \
    --auth-server=dns-external-master.amazon.com,127.0.0.1 --auth-zone=amazonaws.com \
    --auth-soa=2010125067,root.amazon.com,180,60,3024000 --auth-ttl="$2" --neg-ttl="$2" \
    --host-record=s3.ap-northeast-2.amazonaws.com,52.219.60.145 \
    --host-record=ec2.ap-northeast-2.amazonaws.com,10.0.11.53 \
    --host-record=ec2.ap-northeast-2.amazonaws.com,10.0.12.154
}
auth_zone 5300 60
auth_zone 5305 5
dnsmasq_run --listen-address=127.0.0.1 --port=5310 --local=/invalid/

# A resolver that never answers, on each address given.
cat >"$work/silent.py" <<'PY'
import socket, sys, time
sockets = []
for address in sys.argv[1:]:
    host, port = address.rsplit(":", 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((host, int(port)))
    sockets.append(s)
time.sleep(86400)
PY
python3 "$work/silent.py" 127.0.0.99:53 127.0.0.1:5353 & pids+=($!)

resolver_pid=
# resolver [S3_PORT]: (re)starts the caching resolver with an empty cache; S3's name goes to
# S3_PORT (default 5300). MX answers are cached too (dnsmasq caches only address types unless told).
resolver() {
  [ -n "$resolver_pid" ] && { kill "$resolver_pid"; wait "$resolver_pid" 2>/dev/null || true; }
  dnsmasq --keep-in-foreground --no-resolv --no-hosts --bind-interfaces --pid-file= -q \
    --listen-address=127.0.0.1,127.0.0.3,127.0.0.8 --port=53 \
    --server=/amazonaws.com/127.0.0.1#5300 --server=/s3.ap-northeast-2.amazonaws.com/127.0.0.1#"${1:-5300}" \
    --server=/invalid/127.0.0.1#5310 --cache-rr=MX 2>>"$work/dnsmasq.log" &
  resolver_pid=$!
  pids+=("$resolver_pid")
  # Ready when it answers a name no capture asks for, so the cache starts empty of theirs.
  for _ in $(seq 50); do dig +tries=1 +time=1 @127.0.0.1 ready.invalid >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "resolver did not start" >&2
  return 1
}

: >"$out/statuses.txt"
# capture NAME COMMAND: on a fresh resolver, waits for the start of a second, runs COMMAND once to
# fill the cache and again right away, and keeps the second run, so TTLs have not counted down
# (`prime=no` before the call: one run only). S3_PORT picks the zone S3's name comes from.
capture() {
  local name=$1 command=$2 status
  resolver "${S3_PORT:-5300}"
  python3 -c 'import time; time.sleep(1.02 - time.time() % 1)'
  if [ "${prime:-yes}" = yes ]; then
    bash -c "$command" </dev/null >/dev/null 2>&1 || true
  fi
  set +e
  bash -c "$command" </dev/null >"$out/$name.out" 2>"$out/$name.err"
  status=$?
  set -e
  [ -s "$out/$name.out" ] || rm "$out/$name.out"
  [ -s "$out/$name.err" ] || rm "$out/$name.err"
  echo "$name $status" >>"$out/statuses.txt"
}

S3=s3.ap-northeast-2.amazonaws.com
EC2=ec2.ap-northeast-2.amazonaws.com

capture nslookup-s3 "nslookup $S3"
capture nslookup-ec2 "nslookup $EC2"
capture nslookup-nxdomain "nslookup nosuch.ap-northeast-2.amazonaws.com"
capture nslookup-nxdomain-server "nslookup example.invalid 127.0.0.1"
capture nslookup-type-aaaa "nslookup -type=AAAA $S3"
capture nslookup-q-aaaa "nslookup -q=aaaa $S3"
capture nslookup-type-mx "nslookup -type=MX $S3"
capture nslookup-onprem-server "nslookup $S3 127.0.0.3"
capture nslookup-server-not-found "nslookup $S3 nosuch.example.invalid"
capture nslookup-bogus-option "nslookup -bogus $S3"
capture nslookup-bogus-type "nslookup -type=bogus $S3"
prime=no capture nslookup-too-many "nslookup a b c"
prime=no capture nslookup-interactive-eof "nslookup"
prime=no capture nslookup-no-reply "nslookup $S3 127.0.0.99"

capture dig-short-ec2 "dig +short $EC2"
capture dig-noall-answer-ec2 "dig $EC2 +noall +answer"
capture dig-nxdomain "dig nosuch.ap-northeast-2.amazonaws.com"
capture dig-short-nxdomain "dig +short nosuch.ap-northeast-2.amazonaws.com"
capture dig-aaaa-nodata "dig $S3 AAAA +nocmd +nostats"
capture dig-extra-type "dig -t A -t MX +noall +question $S3"
prime=no capture dig-bogus "dig +bogus"
prime=no capture dig-z "dig -z"
prime=no capture dig-t "dig -t"
prime=no capture dig-p "dig $S3 -p"
prime=no capture dig-no-reply "dig @127.0.0.99 x"
prime=no capture dig-short-no-reply "dig +short @127.0.0.99 x"
prime=no capture dig-tries1-short-no-reply "dig +tries=1 +short @127.0.0.99 x"
prime=no capture dig-short-other-port "dig +short -p 5353 @127.0.0.1 $S3"

capture host-s3 "host $S3"
capture host-ec2 "host $EC2"
capture host-nxdomain "host nosuch.ap-northeast-2.amazonaws.com"
capture host-aaaa "host -t AAAA $S3"
capture host-mx "host -t mx $S3"
capture host-server-nxdomain "host x.example.invalid 127.0.0.1"
capture host-server "host $S3 127.0.0.8"
prime=no capture host-usage "host"
prime=no capture host-z "host -z x"
prime=no capture host-t "host -t"
prime=no capture host-bogus-type "host -t bogus x"
prime=no capture host-no-reply "host $S3 127.0.0.99"

# S3's name with TTL 5, for the captures that show it.
S3_PORT=5305 capture dig-s3 "dig $S3"
S3_PORT=5305 capture dig-port-server "dig -p 53 @127.0.0.1 $S3"
S3_PORT=5305 capture dig-nocomments "dig +nocomments +nocmd +nostats $S3"
S3_PORT=5305 capture dig-noall-answer-stats "dig $S3 +noall +answer +stats"

# Layout rules (DNSFormatTests): single record, question and size lines, straight from servers
# that hold the records with the TTLs shown (non-authoritative dnsmasq honours a record's own TTL).
long=abcdefghijklmnopqrstuvwxyz
vpce=bucket.vpce-0916e80803286e2d6-s14qjhy6.s3.ap-northeast-2.vpce.amazonaws.com
dnsmasq_run --listen-address=127.0.0.1 --port=5320 --local=/test/ --local=/amazonaws.com/ --local=/arpa/ \
  --host-record=example.test,10.0.12.133,0 --host-record=s3.ap-northeast-2.amazonaws.com,52.219.60.145,60 \
  --host-record=${long}0123.test,10.1.1.1,59 --host-record=${long}01234567.test,10.1.1.2,59 \
  --host-record=${long}012345678901.test,10.1.1.3,59 \
  --host-record=$vpce,10.0.11.80,59 --host-record=$vpce,10.0.12.80,59 \
  --host-record=ec2.ap-northeast-2.amazonaws.com,10.0.11.53 --host-record=ec2.ap-northeast-2.amazonaws.com,10.0.12.154
dnsmasq_run --listen-address=127.0.0.1 --port=5321 --local=/amazonaws.com/ \
  --host-record=s3.ap-northeast-2.amazonaws.com,52.219.60.145 --host-record=s3.ap-northeast-2.amazonaws.com,52.219.60.146 \
  --host-record=s3.ap-northeast-2.amazonaws.com,52.219.60.147
dnsmasq_run --listen-address=127.0.0.1 --port=5322 --auth-server=ns.test,127.0.0.1 --auth-zone=soa.test \
  --auth-soa=2010,root.amazon.com,180,60,2592000 --auth-ttl=600
sleep 0.5
direct="+tries=1 @127.0.0.1 -p"
prime=no capture format-record-ttl0 "dig +noall +answer $direct 5320 example.test"
prime=no capture format-record-s3 "dig +noall +answer $direct 5320 s3.ap-northeast-2.amazonaws.com"
prime=no capture format-record-owner36 "dig +noall +answer $direct 5320 ${long}0123.test"
prime=no capture format-record-owner40 "dig +noall +answer $direct 5320 ${long}01234567.test"
prime=no capture format-record-owner43 "dig +noall +answer $direct 5320 ${long}012345678901.test"
prime=no capture format-record-vpce "dig +noall +answer $direct 5320 $vpce"
prime=no capture format-soa "dig +noall +answer $direct 5322 soa.test SOA"
prime=no capture format-question-soa-test "dig +noall +question $direct 5322 a.soa.test A"
prime=no capture format-question-aaaa "dig +noall +question $direct 5320 x.example.test AAAA"
prime=no capture format-question-s3 "dig +noall +question $direct 5320 s3.ap-northeast-2.amazonaws.com A"
prime=no capture format-question-ptr "dig +noall +question $direct 5320 1.0.0.10.in-addr.arpa PTR"
prime=no capture format-question-vpce "dig +noall +question $direct 5320 $vpce A"
prime=no capture format-size-s3-1 "dig +noall +stats $direct 5320 s3.ap-northeast-2.amazonaws.com"
prime=no capture format-size-s3-3 "dig +noall +stats $direct 5321 s3.ap-northeast-2.amazonaws.com"
prime=no capture format-size-ec2-2 "dig +noall +stats $direct 5320 ec2.ap-northeast-2.amazonaws.com"
prime=no capture format-size-vpce-2 "dig +noall +stats $direct 5320 $vpce"
prime=no capture format-size-nxdomain "dig +noall +stats $direct 5320 nosuch.ap-northeast-2.amazonaws.com"
prime=no capture format-size-test-1 "dig +noall +stats $direct 5320 example.test"
prime=no capture format-size-test-0 "dig +noall +stats $direct 5320 x.example.test"

{ dig -v 2>&1; dnsmasq --version | head -1; } >"$out/versions.txt"
echo "captured into $out"
