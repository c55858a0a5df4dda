#!/usr/bin/env bash
# Re-captures Tests/ShellTests/Resources/captures/{iputils-ping,iproute2,curl}: ping, ip and curl
# on this machine, loopback only.
#
#   sudo scripts/capture/net-tools.sh [OUT]
#
# ping and curl run inside `unshare -n`, a network namespace that has only a loopback interface,
# so nothing can leave 127.0.0.1; curl talks to a Python HTTP server there that answers 403 with a
# chunked body, and its usage errors run there too, with a resolv.conf naming 127.0.0.1. `ip` reads
# this machine's own interfaces (netlink, no traffic); the eth0 block leaves out global IPv6
# addresses, as the committed capture did. Compare with (copy the three sets to one folder first,
# see iputils-ping/PROVENANCE.md):
#
#   scripts/capture/compare.py COMMITTED_COPY OUT
#
# (ping times and HTTP dates are masked there). The committed eth0 and route captures are of the
# machine they were made on (192.0.2.2/24 on eth0, MTU 1400, pfifo_fast); another machine differs
# there. Needs root for unshare and sysctl, iputils-ping, iproute2, curl and python3. Not run in CI.
# The curl folder's verbose-* files, statuses.txt and versions.txt come from curl-verbose.sh: run it
# into the same OUT before comparing.
set -euo pipefail
out=${1:-$(mktemp -d /tmp/net-tools.XXXXXX)}
mkdir -p "$out/iputils-ping" "$out/iproute2" "$out/curl"
export LC_ALL=C TZ=UTC

# In a namespace of our own: lo up, nothing else.
isolated() { unshare -n bash -c 'ip link set lo up; '"$1"; }

isolated 'ping -c 2 127.0.0.1' >"$out/iputils-ping/ping-c2-127.0.0.1.out"
# No replies: the namespace's kernel ignores echo requests; ping exits 1.
isolated 'sysctl -qw net.ipv4.icmp_echo_ignore_all=1; ping -c 2 127.0.0.1' \
  >"$out/iputils-ping/ping-c2-127.0.0.1-no-reply.out" || [ $? = 1 ]
# The same with -W 1: one probe, one second's wait, `time 0ms`.
isolated 'sysctl -qw net.ipv4.icmp_echo_ignore_all=1; ping -c 1 -W 1 127.0.0.1' \
  >"$out/iputils-ping/ping-c1-W1-no-reply.out" || [ $? = 1 ]

ip addr show dev lo >"$out/iproute2/ip-addr-lo.out"
# Drop each `inet6 ... scope global ...` line with the lifetime line under it.
ip addr show dev eth0 | awk '/^    inet6 .* scope global/ { skip = 1; next } skip { skip = 0; next } { print }' \
  >"$out/iproute2/ip-addr-eth0.out"
ip route >"$out/iproute2/ip-route.out"
ip link show dev lo >"$out/iproute2/ip-link-lo.out"

server=$(mktemp /tmp/http403.XXXXXX.py)
work_resolv=$(mktemp /tmp/resolv.XXXXXX)
trap 'rm -f "$server" "$work_resolv"' EXIT
cat >"$server" <<'PY'
# Answers every GET and HEAD with HTTP/1.1 403 and S3's AccessDenied XML (111 bytes) as one chunk;
# with the chunk framing curl counts 122 bytes of data.
import http.server
BODY = b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>'
assert len(BODY) == 111
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def head(self):
        self.send_response(403)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
    def do_HEAD(self):
        self.head()
    def do_GET(self):
        self.head()
        self.wfile.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(BODY), BODY))
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", 18474), Handler).serve_forever()
PY
export server out
isolated '
  python3 "$server" & pid=$!
  for _ in $(seq 50); do curl -s -o /dev/null -I http://127.0.0.1:18474/ && break; sleep 0.1; done
  curl -sv http://127.0.0.1:18474/s3 >/dev/null 2>"$out/curl/curl-sv-403-chunked.err"
  curl -I http://127.0.0.1:18474/s3 >"$out/curl/curl-I-403-chunked.out" 2>/dev/null
  kill "$pid"'
# curl's own errors, where no server is involved: in a namespace whose resolv.conf names 127.0.0.1,
# where nothing listens, so no lookup leaves loopback. -sS keeps the error line but not the progress
# meter, which curl draws on stderr when stdout is not a terminal.
mkdir -p "$out/curl/errors"
: >"$out/curl/errors/statuses.txt"
echo "nameserver 127.0.0.1" >"$work_resolv"
curl_error() {  # NAME ARGS...
  local name=$1 status
  shift
  set +e
  unshare -nm --propagation private bash -c 'ip link set lo up; mount --bind "$0" /etc/resolv.conf; exec curl "$@"' \
    "$work_resolv" "$@" >/dev/null 2>"$out/curl/errors/$name.err"
  status=$?
  set -e
  echo "$name $status" >>"$out/curl/errors/statuses.txt"
}
curl_error no-url
curl_error unknown-option --bogus
curl_error connect-timeout-missing --connect-timeout
curl_error connect-timeout-not-a-number --connect-timeout abc http://x/
curl_error request-missing http://x/ -X
curl_error bad-url http://
curl_error negative-time -m -1 http://x/
curl_error unknown-scheme foo://x
curl_error unresolvable -sS https://nosuch.example.invalid/x
# `-w '%{http_code}'` when the connect fails (nothing listens on port 9): curl still writes it, as
# 000; with -s nothing goes to stderr. And the version banner, whose line layout labrun keeps.
mkdir -p "$out/curl/write-out"
: >"$out/curl/write-out/statuses.txt"
for variant in w-refused w-refused-loud; do
  flags=-s
  [ "$variant" = w-refused-loud ] && flags=
  set +e
  isolated "curl $flags -o /dev/null -w '%{http_code}\\n' http://127.0.0.1:9/" \
    >"$out/curl/write-out/$variant.out" 2>"$out/curl/write-out/$variant.err"
  echo "$variant $?" >>"$out/curl/write-out/statuses.txt"
  set -e
  [ -s "$out/curl/write-out/$variant.err" ] || rm "$out/curl/write-out/$variant.err"
done
curl --version >"$out/curl/version.out"
echo "captured into $out"
