#!/usr/bin/env bash
# Re-captures Tests/ShellTests/Resources/captures/{traceroute,nmap-ncat,netkit-telnet,iproute2-route-get,
# coreutils-uname}: traceroute, nc, telnet, `ip route get` and uname on this machine, loopback only.
#
#   sudo scripts/capture/reachability-tools.sh [OUT]
#   scripts/capture/compare.py Tests/ShellTests/Resources/captures OUT   (per set, see the PROVENANCE files)
#
# Everything runs inside `unshare -nm`: a network namespace whose only interfaces are loopback and a
# veth pair with no peer beyond it, so no packet can leave the machine. Set-ups there:
#
#   - /etc/nsswitch.conf bind-mounted to `hosts: files`, so an unknown name fails as NXDOMAIN does
#     ("Name or service not known") without asking any DNS server;
#   - 127.0.0.1:2222 (and 127.0.0.3:2222), a Python listener that accepts and stays silent for a
#     second (an open port);
#   - /etc/hosts naming 127.0.0.2 and 127.0.0.3 two.example, with /etc/host.conf `multi on`;
#   - 127.0.0.1:2225, a Python listener that greets with OpenSSH 7.4's version line (an sshd);
#   - 127.0.0.1:2223, nothing (a refused port);
#   - 127.0.0.1:2224, TCP dropped by iptables (a silent drop: timeouts), with
#     net.ipv4.tcp_syn_retries=1 so the kernel's give-up takes 3 s instead of 127 s (the message
#     is the same; the simulation charges the default 127 s);
#   - traceroute's "stars" captures with ICMP dropped by iptables on input;
#   - veth eth0 10.0.1.10/24 with `default via 10.0.1.1` for `ip route get` (netlink only: no packet).
#
# `nc` is nmap-ncat called as `nc` (a symlink, as Amazon Linux 2's /usr/bin/nc), `telnet` is the
# netkit telnet of Debian's telnet-ssl (netkit-telnet 0.17 as on Amazon Linux 2; Debian's own
# `telnet` is inetutils), called as `telnet`. The privilege error of `traceroute -T` is captured
# as uid 65534 (setpriv), before any socket is opened.
#
# OUT/<set>/ gets <name>.out and <name>.err per capture (empty streams left out) and statuses.txt
# ("<name> <exit status>"). Needs root, traceroute, ncat, telnet-ssl, iptables, iproute2, python3,
# util-linux (unshare, setpriv). Takes about half a minute. Not run in CI.
set -euo pipefail
out=${1:-$(mktemp -d /tmp/reachability-tools.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ "${REACH_CAPTURE_INSIDE:-}" != 1 ]; then
  REACH_CAPTURE_INSIDE=1 exec unshare -nm --propagation private "$0" "$out"
fi
export LC_ALL=C TZ=UTC
ip link set lo up

work=$(mktemp -d /tmp/reach-work.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
echo "hosts: files" >"$work/nsswitch.conf"
mount --bind "$work/nsswitch.conf" /etc/nsswitch.conf
# A name with two addresses (`multi on`), for the tools that try one address after another.
printf '127.0.0.1 localhost\n127.0.0.2 two.example\n127.0.0.3 two.example\n' >"$work/hosts"
mount --bind "$work/hosts" /etc/hosts
echo "multi on" >"$work/host.conf"
mount --bind "$work/host.conf" /etc/host.conf
ln -s "$(command -v ncat)" "$work/nc"
ln -s "$(command -v telnet-ssl)" "$work/telnet"
export PATH="$work:$PATH"

cat >"$work/listen.py" <<'PY'
# Accepts on ADDRESS:2222 and holds each connection a second without a word.
import socket, sys, threading, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], 2222))
s.listen(16)
def hold(c):
    time.sleep(1)
    c.close()
while True:
    c, _ = s.accept()
    threading.Thread(target=hold, args=(c,), daemon=True).start()
PY
cat >"$work/greet.py" <<'PY'
# Accepts on 127.0.0.1:2225 and greets as OpenSSH 7.4 does, then closes when the client has sent
# its EOF (sshd gives up on a client that closes before its own version line).
import socket, threading
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 2225))
s.listen(16)
def greet(c):
    c.sendall(b"SSH-2.0-OpenSSH_7.4\r\n")
    while c.recv(4096):
        pass
    c.close()
while True:
    c, _ = s.accept()
    threading.Thread(target=greet, args=(c,), daemon=True).start()
PY
python3 "$work/listen.py" 127.0.0.1 &
python3 "$work/listen.py" 127.0.0.3 &
python3 "$work/greet.py" &
for port in 2222 2225; do
  for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $port)).close()" 2>/dev/null && break; sleep 0.1; done
done

sysctl -qw net.ipv4.tcp_syn_retries=1
iptables -A INPUT -p tcp --dport 2224 -j DROP

# capture SET NAME COMMAND... (stdin is /dev/null: the lab shell gives a command no terminal)
capture() {
  local set=$1 name=$2 status
  shift 2
  mkdir -p "$out/$set"
  set +e
  "$@" </dev/null >"$out/$set/$name.out" 2>"$out/$set/$name.err"
  status=$?
  set -e
  [ -s "$out/$set/$name.out" ] || rm -f "$out/$set/$name.out"
  [ -s "$out/$set/$name.err" ] || rm -f "$out/$set/$name.err"
  echo "$name $status" >>"$out/$set/statuses.txt"
}
for set in traceroute nmap-ncat netkit-telnet iproute2-route-get coreutils-uname; do
  rm -f "$out/$set/statuses.txt"
done

# traceroute (UDP probes to 33434+; the destination answers ICMP port unreachable)
capture traceroute reach traceroute 127.0.0.1
capture traceroute reach-n-q1 traceroute -n -q 1 -m 3 127.0.0.1
capture traceroute reach-I traceroute -I -n 127.0.0.1
# TCP SYN probes (as root): an open port answers SYN-ACK, a closed one RST; either ends the trace.
capture traceroute reach-T traceroute -T -p 2222 127.0.0.1
capture traceroute reach-T-closed traceroute -T -n -q 1 -p 2223 127.0.0.1
capture traceroute no-host traceroute
capture traceroute unknown-host traceroute nosuch.example.invalid
capture traceroute m-0 traceroute -m 0 127.0.0.1
capture traceroute m-256 traceroute -m 256 127.0.0.1
capture traceroute m-letters traceroute -m abc 127.0.0.1
capture traceroute m-missing traceroute 127.0.0.1 -m
capture traceroute q-0 traceroute -q 0 127.0.0.1
capture traceroute q-11 traceroute -q 11 127.0.0.1
capture traceroute w-letters traceroute -w abc 127.0.0.1
capture traceroute p-letters traceroute -p abc 127.0.0.1
capture traceroute bad-option traceroute -Z 127.0.0.1
capture traceroute packetlen traceroute -n -q 1 -m 1 127.0.0.1 100
capture traceroute packetlen-letters traceroute 127.0.0.1 abc
capture traceroute f-beyond-m traceroute -f 5 -m 3 127.0.0.1
capture traceroute w-negative traceroute -w -1 127.0.0.1
capture traceroute packetlen-too-big traceroute 127.0.0.1 99999
capture traceroute extra-arg traceroute -n 127.0.0.1 60 7
capture traceroute cluster-with-value traceroute -nq1 127.0.0.1
capture traceroute attached-value traceroute -n -q1 -m1 127.0.0.1
capture traceroute T-not-root setpriv --reuid=65534 --regid=65534 --clear-groups traceroute -T 127.0.0.1
# ICMP probes without root need an unprivileged ICMP socket, which ping_group_range "1 0" (the
# kernel's default, and Amazon Linux 2's in 2021) forbids.
sysctl -qw net.ipv4.ping_group_range="1 0"
capture traceroute I-not-root setpriv --reuid=65534 --regid=65534 --clear-groups traceroute -I 127.0.0.1
iptables -A INPUT -p icmp -j DROP
capture traceroute stars-m3 traceroute -m 3 127.0.0.1
capture traceroute stars-n-q1-m4 traceroute -n -q 1 -w 1 -m 4 127.0.0.1
iptables -D INPUT -p icmp -j DROP

# nc (nmap-ncat)
capture nmap-ncat zv-open nc -zv 127.0.0.1 2222
capture nmap-ncat z-open nc -z 127.0.0.1 2222
capture nmap-ncat v-open nc -v 127.0.0.1 2222
capture nmap-ncat v-sshd nc -v 127.0.0.1 2225
capture nmap-ncat zv-refused nc -zv 127.0.0.1 2223
capture nmap-ncat z-refused nc -z 127.0.0.1 2223
capture nmap-ncat zv-w2-timeout nc -zv -w 2 127.0.0.1 2224
capture nmap-ncat zv-timeout nc -zv 127.0.0.1 2224
capture nmap-ncat z-w1-timeout nc -z -w 1 127.0.0.1 2224
capture nmap-ncat z-timeout nc -z 127.0.0.1 2224
capture nmap-ncat version nc --version
capture nmap-ncat no-args nc
capture nmap-ncat zv-no-port nc -zv 127.0.0.1
capture nmap-ncat port-0 nc -zv 127.0.0.1 0
capture nmap-ncat port-65536 nc -zv 127.0.0.1 65536
capture nmap-ncat port-letters nc -zv 127.0.0.1 https
capture nmap-ncat port-abc nc -zv 127.0.0.1 abc
capture nmap-ncat unknown-host nc -zv nosuch.example.invalid 443
capture nmap-ncat bad-option nc -Q 127.0.0.1 443
capture nmap-ncat w-letters nc -zv -w abc 127.0.0.1 2222
capture nmap-ncat w-0 nc -zv -w 0 127.0.0.1 2222
capture nmap-ncat w-missing nc -zv 127.0.0.1 2222 -w
capture nmap-ncat w-100 nc -zv -w 100 127.0.0.1 2222
capture nmap-ncat w-too-long nc -zv -w 2147483 127.0.0.1 2222
capture nmap-ncat w-500ms-open nc -zv -w 500ms 127.0.0.1 2222
capture nmap-ncat two-ports nc -zv 127.0.0.1 2222 2223
capture nmap-ncat zvw-cluster-open nc -zvw2 127.0.0.1 2222
# two.example: 127.0.0.2 has nothing on 2222, 127.0.0.3 does; both refuse 2223 and drop 2224.
capture nmap-ncat two-first-refused-then-open nc -zv two.example 2222
capture nmap-ncat two-refused nc -zv two.example 2223
capture nmap-ncat two-timeout nc -zv two.example 2224
capture nmap-ncat two-w1-timeout nc -zv -w 1 two.example 2224

# telnet (netkit 0.17)
capture netkit-telnet open telnet 127.0.0.1 2222
capture netkit-telnet sshd telnet 127.0.0.1 2225
capture netkit-telnet refused telnet 127.0.0.1 2223
capture netkit-telnet timeout telnet 127.0.0.1 2224
capture netkit-telnet no-args telnet
capture netkit-telnet unknown-host telnet nosuch.example.invalid 443
capture netkit-telnet port-0 telnet 127.0.0.1 0
capture netkit-telnet port-65536 telnet 127.0.0.1 65536
capture netkit-telnet port-letters telnet 127.0.0.1 abc
capture netkit-telnet bad-option telnet -Q 127.0.0.1 443
capture netkit-telnet two-first-refused-then-open telnet two.example 2222
capture netkit-telnet two-refused telnet two.example 2223
capture netkit-telnet two-timeout telnet two.example 2224

# ip route get
ip link add eth0 type veth peer name eth1
ip addr add 10.0.1.10/24 dev eth0
ip link set eth1 up
ip link set eth0 up
ip route add default via 10.0.1.1 dev eth0
ip route add 169.254.169.254 dev eth0
capture iproute2-route-get via ip route get 52.219.56.116
capture iproute2-route-get on-link ip route get 10.0.1.20
capture iproute2-route-get own-address ip route get 10.0.1.10
capture iproute2-route-get loopback ip route get 127.0.0.1
capture iproute2-route-get metadata ip route get 169.254.169.254
capture iproute2-route-get missing ip route get
capture iproute2-route-get name ip route get s3.amazonaws.com
capture iproute2-route-get bad-octet ip route get 1.2.3.300
ip route del default
capture iproute2-route-get unreachable ip route get 52.219.56.116

# uname (coreutils): the errors; the values are the capture machine's and are not compared
capture coreutils-uname all uname -a
capture coreutils-uname every-field uname -snrvmpio
capture coreutils-uname bad-option uname -x
capture coreutils-uname extra-operand uname foo
capture coreutils-uname bad-long-option uname --bogus

{
  traceroute --version | head -1
  ncat --version 2>&1 | head -1
  dpkg-query -W -f '${Package} ${Version}\n' traceroute ncat telnet-ssl iproute2 coreutils
} >"$out/versions.txt"
echo "captured into $out"
