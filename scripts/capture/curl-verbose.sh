#!/usr/bin/env bash
# Captures the verbose-* files of Tests/ShellTests/Resources/captures/curl: what `curl -v` prints
# for a plain HTTP 200, for S3's 403 AccessDenied over TLS (GET and HEAD), for a connect that
# times out and for one that is refused, and what `-s -o /dev/null -w '%{http_code}'` prints for
# the two failures. Loopback only.
#
#   sudo scripts/capture/curl-verbose.sh [OUT]        # about 2.5 minutes (one run waits for the
#                                                     # kernel to give up on its SYNs)
#   scripts/capture/compare.py Tests/ShellTests/Resources/captures/curl OUT/curl
#
# (compare a copy of the committed folder holding only the verbose-* files, statuses.txt and
# versions.txt, or run scripts/capture/net-tools.sh into the same OUT first.)
#
# Everything runs inside `unshare -nm`: a network namespace with only a loopback interface (no
# packet can leave 127.0.0.1) and a private mount namespace, where /etc is overlaid by a tmpfs so
# that, in this namespace only:
#
#   /etc/hosts    names s3.ap-northeast-2.amazonaws.com and lab-bucket.s3.ap-northeast-2.amazonaws.com
#                 127.0.0.1, so curl resolves them with getaddrinfo (no --resolve, whose own lines
#                 would show in the trace);
#   /etc/resolv.conf  names 127.0.0.1, where no DNS server listens;
#   /etc/pki/tls/certs/ca-bundle.crt  (Amazon Linux 2's CA bundle path) holds a private CA,
#                 "C=US, O=Amazon, OU=Server CA 1B, CN=Amazon", passed with --cacert, so the trace's
#                 `CAfile:` line names Amazon Linux's path.
#
# Servers (python3, written below):
#
#   127.0.0.1:80   HTTP/1.1. /latest/meta-data/instance-id answers 200 as the instance metadata
#                  service does (text/plain, Content-Length, Server: EC2ws, Connection: close);
#                  any other path answers 200 as S3 answers a GetObject (Content-Length,
#                  Server: AmazonS3, the connection kept open).
#   127.0.0.1:443  TLS with a leaf certificate CN=*.s3.ap-northeast-2.amazonaws.com (SANs
#                  s3.ap-northeast-2.amazonaws.com, *.s3.ap-northeast-2.amazonaws.com; RSA 2048,
#                  valid 2026-01-01 00:00:00 to 2036-12-31 23:59:59 GMT) issued by that CA. It
#                  answers GET with S3's 403 AccessDenied XML, chunked, and HEAD with the same
#                  headers and no body. Like S3 it issues no TLS session tickets and prefers
#                  ECDHE-RSA-AES128-GCM-SHA256. It is started twice: once taking no part in ALPN
#                  (as S3 did in traces of 2022, "server did not agree to a protocol"), once
#                  choosing http/1.1.
#
# Then the server on 443 is stopped; an iptables rule DROPs TCP to 127.0.0.1:443 for the
# timeout runs (one with --connect-timeout 3, one without: the kernel's SYN retries, about 135 s here)
# and is deleted for the refused runs (nothing listens on 443 any more).
#
# Unless a name says `-piped` or `-terminal`, curl's standard output is a terminal (a pty in raw
# mode, so the .out file holds curl's bytes as written, no \n -> \r\n) and its standard error a
# file: curl then draws no progress meter and leaves out its `{ [N bytes data]` lines, as for a
# learner typing the command. The -terminal runs put both streams on that pty, so their .out is
# what the terminal shows, interleaved (curl's stdout is line-buffered there, its stderr is not).
# The -piped runs write standard output to a file.
#
# OUT/curl gets verbose-<name>.out and .err (an empty stream's file is left out), statuses.txt
# (name and exit status) and versions.txt. curl runs under `env -i` (no proxy or CA variables, no
# .curlrc). Needs root, curl, openssl, python3, iptables, util-linux (unshare) and a kernel with
# overlayfs. Not run in CI.
set -euo pipefail
out=${1:-$(mktemp -d /tmp/curl-verbose.XXXXXX)}
mkdir -p "$out/curl"
out=$(cd "$out" && pwd)

if [ "${CURL_VERBOSE_INSIDE:-}" != 1 ]; then
  CURL_VERBOSE_INSIDE=1 exec unshare -nm --propagation private "$0" "$out"
fi

export LC_ALL=C TZ=UTC
ip link set lo up
dest="$out/curl"
work=$(mktemp -d /tmp/curl-verbose-work.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  umount /etc 2>/dev/null || true
  umount "$work" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mount -t tmpfs tmpfs "$work"
mkdir -p "$work/etc/pki/tls/certs" "$work/overlay-work" "$work/pki"

# The private CA and the S3-like leaf, with fixed validity dates (`openssl ca` takes them).
pki=$work/pki
touch "$pki/index.txt"
cat >"$pki/ca.cnf" <<'CNF'
[ca]
default_ca = lab_ca
[lab_ca]
dir = .
database = $dir/index.txt
new_certs_dir = $dir
serial = $dir/serial
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[anything]
countryName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
[req]
distinguished_name = dn
prompt = no
[dn]
[ca_ext]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, digitalSignature, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[leaf_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:s3.ap-northeast-2.amazonaws.com, DNS:*.s3.ap-northeast-2.amazonaws.com
CNF
(
  cd "$pki"
  openssl genrsa -out ca.key 2048 2>/dev/null
  openssl genrsa -out leaf.key 2048 2>/dev/null
  echo 01 >serial
  openssl req -new -config ca.cnf -key ca.key -subj "/C=US/O=Amazon/OU=Server CA 1B/CN=Amazon" -out ca.csr
  openssl ca -batch -config ca.cnf -selfsign -keyfile ca.key -in ca.csr -extensions ca_ext \
    -startdate 20250101000000Z -enddate 20401231235959Z -out ca.pem 2>/dev/null
  openssl req -new -config ca.cnf -key leaf.key -subj "/CN=*.s3.ap-northeast-2.amazonaws.com" -out leaf.csr
  openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in leaf.csr -extensions leaf_ext \
    -startdate 20260101000000Z -enddate 20361231235959Z -out leaf.pem 2>/dev/null
  # The server sends its leaf and the issuer, as S3 sends its chain.
  openssl x509 -in leaf.pem >chain.pem
  openssl x509 -in ca.pem >>chain.pem
)
openssl x509 -in "$pki/ca.pem" >"$work/etc/pki/tls/certs/ca-bundle.crt"
printf '%s\n' "127.0.0.1 localhost" "127.0.0.1 s3.ap-northeast-2.amazonaws.com" \
  "127.0.0.1 lab-bucket.s3.ap-northeast-2.amazonaws.com" >"$work/etc/hosts"
echo "nameserver 127.0.0.1" >"$work/etc/resolv.conf"
mount -t overlay overlay -o "lowerdir=/etc,upperdir=$work/etc,workdir=$work/overlay-work" /etc

cat >"$work/servers.py" <<'PY'
"""Loopback servers for curl-verbose.sh.

    servers.py http ADDR PORT
    servers.py https ADDR PORT CHAIN KEY alpn|no-alpn

Every header is written here, in the order given, with HTTP/1.1 framing; Date is the time of the
answer. Requests are read up to their blank line (curl sends no bodies here).
"""
import email.utils
import socket
import ssl
import sys
import threading
import time

REQUEST_ID = "Q6RZ4K1JX8D0T3MB"
HOST_ID = "Zk3f9rTq2w8XnYb1LmC4vH7sPa0dEeGiJuKoRl5NxQyWz6tB+jF2hD8cVsA1gO3pMn9KrTe4Lwqa"
assert len(HOST_ID) == 76
ACCESS_DENIED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied'
    "</Message><RequestId>%s</RequestId><HostId>%s</HostId></Error>" % (REQUEST_ID, HOST_ID)
).encode()
INSTANCE_ID = b"i-0a1b2c3d4e5f67890"
OBJECT = b"hello from lab-bucket\n"


def http_date(seconds):
    return email.utils.formatdate(seconds, usegmt=True)


def read_head(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return None
        data += chunk
    return data.split(b"\r\n\r\n", 1)[0].decode("latin-1")


def send(conn, status, headers, body):
    head = "HTTP/1.1 %s\r\n" % status + "".join("%s: %s\r\n" % pair for pair in headers) + "\r\n"
    conn.sendall(head.encode("latin-1") + body)


def http_answer(method, path):
    now = time.time()
    if path.startswith("/latest/"):
        headers = [
            ("Content-Type", "text/plain"), ("Accept-Ranges", "none"),
            ("Last-Modified", http_date(now - 3600)), ("Content-Length", str(len(INSTANCE_ID))),
            ("Date", http_date(now)), ("Server", "EC2ws"), ("Connection", "close"),
        ]
        return "200 OK", headers, INSTANCE_ID, True
    headers = [
        ("x-amz-id-2", HOST_ID), ("x-amz-request-id", REQUEST_ID), ("Date", http_date(now)),
        ("Last-Modified", http_date(now - 86400)), ("ETag", '"4e1a6c2c1f0f4d2b8a3c5e7d9b1f3a5c"'),
        ("Accept-Ranges", "bytes"), ("Content-Type", "text/plain"),
        ("Content-Length", str(len(OBJECT))), ("Server", "AmazonS3"),
    ]
    return "200 OK", headers, OBJECT, False


def https_answer(method, path):
    headers = [
        ("x-amz-request-id", REQUEST_ID), ("x-amz-id-2", HOST_ID), ("Content-Type", "application/xml"),
        ("Transfer-Encoding", "chunked"), ("Date", http_date(time.time())), ("Server", "AmazonS3"),
    ]
    body = b"" if method == "HEAD" else b"%x\r\n%s\r\n0\r\n\r\n" % (len(ACCESS_DENIED), ACCESS_DENIED)
    return "403 Forbidden", headers, body, False


def serve(conn, answer, context):
    try:
        if context is not None:
            conn = context.wrap_socket(conn, server_side=True)
        while True:
            head = read_head(conn)
            if head is None:
                break
            method, path, _ = head.split("\r\n", 1)[0].split(" ", 2)
            status, headers, body, close = answer(method, path)
            send(conn, status, headers, body)
            if close:
                break
    except (OSError, ssl.SSLError):
        pass
    finally:
        conn.close()


def main():
    mode, addr, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    context = None
    answer = http_answer
    if mode == "https":
        chain, key, alpn = sys.argv[4], sys.argv[5], sys.argv[6]
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(chain, key)
        context.options |= ssl.OP_NO_TICKET | ssl.OP_CIPHER_SERVER_PREFERENCE
        context.num_tickets = 0
        context.set_ciphers("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384")
        if alpn == "alpn":
            context.set_alpn_protocols(["http/1.1"])
        answer = https_answer
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((addr, port))
    listener.listen(16)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn, answer, context), daemon=True).start()


main()
PY

cat >"$work/ontty.py" <<'PY'
"""ontty.py [--both] OUT ARGV...: runs ARGV with standard output on a pty in raw mode (standard
input /dev/null; standard error inherited, or with --both on the same pty, as in a terminal),
writes the bytes the pty received to OUT, exits with ARGV's status."""
import os
import pty
import subprocess
import sys
import tty

both = sys.argv[1] == "--both"
if both:
    del sys.argv[1]
master, slave = pty.openpty()
tty.setraw(slave)
child = subprocess.Popen(
    sys.argv[2:], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave if both else None)
os.close(slave)
data = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the last holder of the pty's other end has gone
        break
    if not chunk:
        break
    data += chunk
status = child.wait()
with open(sys.argv[1], "wb") as handle:
    handle.write(data)
sys.exit(status)
PY

server() {  # ARGS...: start servers.py ARGS in the background, wait until its port answers
  python3 "$work/servers.py" "$@" & pids+=($!)
  for _ in $(seq 50); do
    if python3 -c 'import socket,sys; socket.create_connection((sys.argv[1], int(sys.argv[2])), 1).close()' "$2" "$3" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "server $* did not start" >&2
  exit 1
}
stop_server() {  # stop the most recently started server
  local last=$((${#pids[@]} - 1))
  kill "${pids[$last]}"
  wait "${pids[$last]}" 2>/dev/null || true
  unset "pids[$last]"
}

: >"$dest/statuses.txt"
clean_env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C TZ=UTC HOME="$work")
# capture NAME tty|terminal|piped CURL-ARGS...
capture() {
  local name=$1 mode=$2 status
  shift 2
  set +e
  if [ "$mode" = tty ]; then
    "${clean_env[@]}" python3 "$work/ontty.py" "$dest/verbose-$name.out" curl "$@" 2>"$dest/verbose-$name.err"
  elif [ "$mode" = terminal ]; then
    "${clean_env[@]}" python3 "$work/ontty.py" --both "$dest/verbose-$name.out" curl "$@" 2>"$dest/verbose-$name.err"
  else
    "${clean_env[@]}" curl "$@" >"$dest/verbose-$name.out" 2>"$dest/verbose-$name.err"
  fi
  status=$?
  set -e
  echo "verbose-$name $status" >>"$dest/statuses.txt"
  for stream in out err; do
    [ -s "$dest/verbose-$name.$stream" ] || rm -f "$dest/verbose-$name.$stream"
  done
}

ca=/etc/pki/tls/certs/ca-bundle.crt
s3=s3.ap-northeast-2.amazonaws.com

server http 127.0.0.1 80
capture http-200-imds tty -v http://127.0.0.1/latest/meta-data/instance-id
capture http-200-imds-terminal terminal -v http://127.0.0.1/latest/meta-data/instance-id
capture http-200 tty -v http://$s3/lab-bucket/hello.txt
capture http-200-piped piped -v http://$s3/lab-bucket/hello.txt
capture http-200-terminal terminal -v http://$s3/lab-bucket/hello.txt

server https 127.0.0.1 443 "$pki/chain.pem" "$pki/leaf.key" no-alpn
capture https-403 tty -v --tls-max 1.2 --cacert $ca https://$s3/
capture https-403-vhost tty -v --tls-max 1.2 --cacert $ca https://lab-bucket.$s3/
capture https-head-403 tty -v -I --tls-max 1.2 --cacert $ca https://$s3/
capture https-403-piped piped -v --tls-max 1.2 --cacert $ca https://$s3/
capture https-403-terminal terminal -v --tls-max 1.2 --cacert $ca https://$s3/
capture https-403-tls13 tty -v --cacert $ca https://$s3/
stop_server

server https 127.0.0.1 443 "$pki/chain.pem" "$pki/leaf.key" alpn
capture https-403-alpn tty -v --tls-max 1.2 --cacert $ca https://$s3/
capture https-403-alpn-tls13 tty -v --cacert $ca https://$s3/
stop_server

iptables -A INPUT -p tcp -d 127.0.0.1 --dport 443 -j DROP
capture timeout tty -v --connect-timeout 3 https://$s3/
capture timeout-w piped -s -o /dev/null -w '%{http_code}' --connect-timeout 3 https://$s3/
capture timeout-sv-w piped -sv -o /dev/null -w '%{http_code}' --connect-timeout 3 https://$s3/
capture timeout-no-limit tty -v https://$s3/
iptables -D INPUT -p tcp -d 127.0.0.1 --dport 443 -j DROP

capture refused tty -v https://$s3/
capture refused-w piped -s -o /dev/null -w '%{http_code}' https://$s3/
capture refused-sv-w piped -sv -o /dev/null -w '%{http_code}' https://$s3/

{
  curl --version
  echo "---"
  openssl version
  echo "---"
  python3 -c 'import ssl, sys; print("Python", sys.version.split()[0], ssl.OPENSSL_VERSION)'
  echo "---"
  uname -sr
} >"$dest/versions.txt"
echo "captured into $dest"
