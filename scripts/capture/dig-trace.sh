#!/usr/bin/env bash
# Captures Tests/ShellTests/Resources/captures/dig-trace: `dig +trace` as bind9-dnsutils 9.18 prints
# it, walking a miniature Internet of real bind9 `named` servers on loopback addresses: the commands
# of Tests/ShellTests/Resources/captures/dig-trace/commands.tsv.
#
#   sudo scripts/capture/dig-trace.sh [OUT [LOGS]]
#   scripts/capture/compare.py Tests/ShellTests/Resources/captures/dig-trace OUT
#
# Everything runs inside `unshare -nm` (a network namespace with only a loopback interface, so no
# packet leaves), /etc/resolv.conf bind-mounted for this namespace only to the command's host's file
# (commands.tsv column 2: `ec2`, an instance's as labrun's HostFiles writes it, whose `options
# timeout:2 attempts:5` dig 9.18 obeys; `plain`, `nameserver 127.0.0.1` alone), nameserver 127.0.0.1.
# `dig +trace` asks the resolver for the root's NS set, then asks each level's servers itself, so
# the names must be served by real authoritative servers that send real referrals with glue: one
# `named` (user bind) holds one view per server group, chosen by the address a query arrives on
# (the NS names are the real ones, their addresses are loopback ones):
#
#   127.0.0.11-23    a-m.root-servers.net: the root zone (NS a-m.root-servers.net. TTL 518400,
#                    SOA a.root-servers.net. nstld.verisign-grs.com. 2021041300 1800 900 604800
#                    86400; com. and net. delegated to a-m.gtld-servers.net. TTL 172800, A glue) and
#                    root-servers.net (the real roots serve it too).
#   127.0.0.31-43    a-m.gtld-servers.net: com. and net. (SOA a.gtld-servers.net.
#                    nstld.verisign-grs.com. 1618288800 1800 900 604800 86400; google.com. to
#                    ns1-ns4.google.com. with A glue, example.com. to a/b.iana-servers.net., net.
#                    delegating root-servers.net, gtld-servers.net and iana-servers.net with glue)
#                    and gtld-servers.net.
#   127.0.0.51-54    ns1-ns4.google.com: google.com. (google.com. 60 A 142.250.196.110,
#                    www.google.com. 60 A 142.250.207.100, the simulated public zone of
#                    docs/public-dns.md; SOA ns1.google.com. dns-admin.google.com. 1 900 900 1800 60).
#   127.0.0.61-62    a/b.iana-servers.net: example.com. (and www, 60 A 93.184.216.34) and
#                    iana-servers.net.
#   127.0.0.1:53     a second `named`, recursive, caching, whose root hints are the 13 addresses
#                    above: the stand-in for the VPC's resolver (10.0.0.2). Restarted for each
#                    command (a fresh cache); each command runs once to fill it and is kept from
#                    its second run in the same second, so the TTLs the resolver gives dig are
#                    the zone's.
#
# Answer order: every named has `rrset-order { order none; }`, so an RRset comes out in the order
# its database keeps it (for these unsigned zones the names' canonical order: a…m, ns1…ns4), the
# same every time; named's default is random. dig itself shuffles the servers of each referral
# before it picks one (dighost.c followup_lookup), so the `;; Received … from ADDR#53(NAME)` lines
# differ between runs: that cannot be configured away. The leaf servers (google, iana) send minimal
# responses (`minimal-responses yes`: no NS records in the authority section of an answer), as
# Google's real servers do; the root and gtld servers keep named's default.
#
# Cookies: every named has `answer-cookie no;`. dig sends a DNS COOKIE (RFC 7873) and named answers
# with a 24-byte one by default, which adds 28 bytes to every `;; Received` size; the simulated
# servers send none (an OPT record of 11 bytes), so the captures are made without them.
#
# Conditions (commands.tsv column 3): `open`; `internet-dropped`, where iptables drops every packet
# to the authoritative servers' addresses (the roots first of all) except the resolver's own
# (owner match: named runs as user bind), so dig's queries time out while the resolver still
# resolves (an EC2 instance in a private subnet: the VPC resolver answers, the Internet is out of
# reach); `resolver-dropped`, where dig's packets to 127.0.0.1:53 are dropped. DROP, not REJECT:
# the packets vanish, as they do on the way to the Internet from a private subnet.
#
# OUT gets <name>.out / <name>.err (empty streams left out), statuses.txt, elapsed.txt (whole
# seconds each command took) and versions.txt. LOGS, when given, gets each command's query logs of
# the resolver and of the authoritative servers (which queries dig sent where, with their flags).
# DIG_TRACE_COMMANDS=FILE runs another list of the same columns against the same servers.
# Needs root, bind9 (named), bind9-dnsutils, iptables, python3. About two and a half minutes (the timeouts).
# Not run in CI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list=${DIG_TRACE_COMMANDS:-$here/../../Tests/ShellTests/Resources/captures/dig-trace/commands.tsv}
list=$(cd "$(dirname "$list")" && pwd)/$(basename "$list")
out=${1:-$(mktemp -d /tmp/dig-trace.XXXXXX)}
logs=${2:-}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ -n "$logs" ]; then mkdir -p "$logs" && logs=$(cd "$logs" && pwd); fi

if [ "${TRACE_CAPTURE_INSIDE:-}" != 1 ]; then
  TRACE_CAPTURE_INSIDE=1 exec unshare -nm --propagation private "$0" "$out" "$logs"
fi

source "$here/lib/loopback-dns.sh" dig-trace-work
chmod 755 "$work" # named drops to user bind and still reads its files here

letters=(a b c d e f g h i j k l m)
roots=() gtlds=()
for i in "${!letters[@]}"; do
  roots+=("127.0.0.$((11 + i))")
  gtlds+=("127.0.0.$((31 + i))")
done
googles=(127.0.0.51 127.0.0.52 127.0.0.53 127.0.0.54)
ianas=(127.0.0.61 127.0.0.62)
# named listens only on addresses an interface has (it scans them), so each one is put on lo.
for address in "${roots[@]}" "${gtlds[@]}" "${googles[@]}" "${ianas[@]}"; do
  ip addr add "$address/32" dev lo
done

auth="$work/auth" resolver_dir="$work/resolver"
mkdir -p "$auth" "$resolver_dir"

# ns_set OWNER TTL SUFFIX: the NS records a-m.SUFFIX; glue OWNER-SUFFIX TTL ADDRESSES…: their A records.
ns_set() { for l in "${letters[@]}"; do printf '%s\t%s\tIN\tNS\t%s.%s.\n' "$1" "$2" "$l" "$3"; done; }
glue() {
  local suffix=$1 ttl=$2 i=0
  shift 2
  for address in "$@"; do printf '%s.%s.\t%s\tIN\tA\t%s\n' "${letters[$i]}" "$suffix" "$ttl" "$address"; i=$((i + 1)); done
}

{
  printf '.\t86400\tIN\tSOA\ta.root-servers.net. nstld.verisign-grs.com. 2021041300 1800 900 604800 86400\n'
  ns_set . 518400 root-servers.net
  ns_set com. 172800 gtld-servers.net
  ns_set net. 172800 gtld-servers.net
  glue root-servers.net 518400 "${roots[@]}"
  glue gtld-servers.net 172800 "${gtlds[@]}"
} >"$auth/root.zone"

{
  printf 'root-servers.net.\t3600000\tIN\tSOA\ta.root-servers.net. nstld.verisign-grs.com. 2021041300 14400 7200 1209600 3600000\n'
  ns_set root-servers.net. 3600000 root-servers.net
  glue root-servers.net 3600000 "${roots[@]}"
} >"$auth/root-servers.net.zone"

verisign_soa='a.gtld-servers.net. nstld.verisign-grs.com. 1618288800 1800 900 604800 86400'
{
  printf 'com.\t900\tIN\tSOA\t%s\n' "$verisign_soa"
  ns_set com. 172800 gtld-servers.net
  for n in 1 2 3 4; do printf 'google.com.\t172800\tIN\tNS\tns%s.google.com.\n' "$n"; done
  for n in 1 2 3 4; do printf 'ns%s.google.com.\t172800\tIN\tA\t%s\n' "$n" "${googles[$((n - 1))]}"; done
  printf 'example.com.\t172800\tIN\tNS\t%s.iana-servers.net.\n' a b
} >"$auth/com.zone"

{
  printf 'net.\t900\tIN\tSOA\t%s\n' "$verisign_soa"
  ns_set net. 172800 gtld-servers.net
  ns_set root-servers.net. 172800 root-servers.net
  glue root-servers.net 172800 "${roots[@]}"
  ns_set gtld-servers.net. 172800 gtld-servers.net
  glue gtld-servers.net 172800 "${gtlds[@]}"
  printf 'iana-servers.net.\t172800\tIN\tNS\t%s.iana-servers.net.\n' a b
  glue iana-servers.net 172800 "${ianas[@]}"
} >"$auth/net.zone"

{
  printf 'gtld-servers.net.\t86400\tIN\tSOA\t%s\n' "$verisign_soa"
  ns_set gtld-servers.net. 172800 gtld-servers.net
  glue gtld-servers.net 86400 "${gtlds[@]}"
} >"$auth/gtld-servers.net.zone"

{
  printf 'google.com.\t60\tIN\tSOA\tns1.google.com. dns-admin.google.com. 1 900 900 1800 60\n'
  for n in 1 2 3 4; do printf 'google.com.\t345600\tIN\tNS\tns%s.google.com.\n' "$n"; done
  printf 'google.com.\t60\tIN\tA\t142.250.196.110\nwww.google.com.\t60\tIN\tA\t142.250.207.100\n'
  for n in 1 2 3 4; do printf 'ns%s.google.com.\t345600\tIN\tA\t%s\n' "$n" "${googles[$((n - 1))]}"; done
} >"$auth/google.com.zone"

{
  printf 'example.com.\t3600\tIN\tSOA\tns.icann.org. noc.dns.icann.org. 2021041300 7200 3600 1209600 3600\n'
  printf 'example.com.\t86400\tIN\tNS\t%s.iana-servers.net.\n' a b
  printf 'example.com.\t60\tIN\tA\t93.184.216.34\nwww.example.com.\t60\tIN\tA\t93.184.216.34\n'
} >"$auth/example.com.zone"

{
  printf 'iana-servers.net.\t3600\tIN\tSOA\tns.icann.org. noc.dns.icann.org. 2021041300 7200 3600 1209600 3600\n'
  printf 'iana-servers.net.\t86400\tIN\tNS\t%s.iana-servers.net.\n' a b
  glue iana-servers.net 86400 "${ianas[@]}"
} >"$auth/iana-servers.net.zone"

# The root hints of the resolver: the fake roots, as /usr/share/dns/root.hints lists the real ones.
{
  ns_set . 3600000 root-servers.net
  glue root-servers.net 3600000 "${roots[@]}"
} >"$resolver_dir/root.hints"

list_of() { printf '%s; ' "$@"; }
zone() { printf '\tzone "%s" { type primary; file "%s"; };\n' "$1" "$auth/$2"; }
# Options both named share: no rndc channel (two nameds would fight over port 953), IPv4 only, its
# own folder for what named writes, a fixed answer order, every incoming query logged.
common() {
  cat <<EOF
	directory "$1";
	pid-file "$1/named.pid";
	session-keyfile "$1/session.key";
	managed-keys-directory "$1";
	listen-on-v6 { none; };
	dnssec-validation no;
	rrset-order { order none; };
	answer-cookie no;
	querylog yes;
	notify no;
EOF
}
logging() {
  cat <<EOF
controls { };
logging {
	channel main { file "$1/named.log"; print-time yes; severity info; };
	channel queries { file "$1/queries.log"; print-time yes; };
	category default { main; };
	category queries { queries; };
};
EOF
}

{
  printf 'options {\n'
  common "$auth"
  printf '\tlisten-on port 53 { %s};\n\trecursion no;\n};\n' \
    "$(list_of "${roots[@]}" "${gtlds[@]}" "${googles[@]}" "${ianas[@]}")"
  logging "$auth"
  printf 'view "root" {\n\tmatch-destinations { %s};\n' "$(list_of "${roots[@]}")"
  zone . root.zone
  zone root-servers.net root-servers.net.zone
  printf '};\nview "gtld" {\n\tmatch-destinations { %s};\n' "$(list_of "${gtlds[@]}")"
  zone com com.zone
  zone net net.zone
  zone gtld-servers.net gtld-servers.net.zone
  printf '};\nview "google" {\n\tmatch-destinations { %s};\n\tminimal-responses yes;\n' "$(list_of "${googles[@]}")"
  zone google.com google.com.zone
  printf '};\nview "iana" {\n\tmatch-destinations { %s};\n\tminimal-responses yes;\n' "$(list_of "${ianas[@]}")"
  zone example.com example.com.zone
  zone iana-servers.net iana-servers.net.zone
  printf '};\n'
} >"$auth/named.conf"

{
  printf 'options {\n'
  common "$resolver_dir"
  printf '\tlisten-on port 53 { 127.0.0.1; };\n\trecursion yes;\n\tallow-recursion { any; };\n};\n'
  logging "$resolver_dir"
  printf 'zone "." { type hint; file "%s"; };\n' "$resolver_dir/root.hints"
} >"$resolver_dir/named.conf"

chown -R bind:bind "$auth" "$resolver_dir"
named-checkconf -z "$auth/named.conf" >/dev/null
named-checkconf "$resolver_dir/named.conf"

# named_ready ADDRESS: waits until the named there answers; CHAOS version.bind, so that no cache is filled.
named_ready() {
  for _ in $(seq 100); do
    dig +tries=1 +time=1 +short @"$1" version.bind chaos txt >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "named on $1 did not start" >&2
  return 1
}

named -4 -f -u bind -c "$auth/named.conf" 2>>"$work/named-auth.err" &
pids+=($!)
for address in "${roots[0]}" "${gtlds[0]}" "${googles[0]}" "${ianas[0]}"; do named_ready "$address"; done

resolver_pid=
resolver() {
  if [ -n "$resolver_pid" ]; then
    kill "$resolver_pid"
    wait "$resolver_pid" 2>/dev/null || true
  fi
  rm -f "$resolver_dir"/*.log "$resolver_dir"/named.pid
  named -4 -f -u bind -c "$resolver_dir/named.conf" 2>>"$work/named-resolver.err" &
  resolver_pid=$!
  pids+=("$resolver_pid")
  named_ready 127.0.0.1
}

# condition NAME: the iptables rules of that condition, alone. DROP, not REJECT: dig must time out,
# as it does when the packets vanish on the way, not be told the port is closed.
condition() {
  iptables -F OUTPUT
  case "$1" in
    open) ;;
    internet-dropped)
      for address in "${roots[@]}" "${gtlds[@]}" "${googles[@]}" "${ianas[@]}"; do
        iptables -A OUTPUT -d "$address/32" -m owner ! --uid-owner bind -j DROP
      done
      ;;
    resolver-dropped)
      for proto in udp tcp; do
        iptables -A OUTPUT -d 127.0.0.1/32 -p "$proto" --dport 53 -m owner ! --uid-owner bind -j DROP
      done
      ;;
    *)
      echo "unknown condition $1" >&2
      return 1
      ;;
  esac
}

: >"$out/statuses.txt"
: >"$out/elapsed.txt"
while IFS=$'\t' read -r name host cond command; do
  case "$name" in '#'* | '') continue ;; esac
  case "$host" in
    ec2) printf '; generated by /usr/sbin/dhclient-script\nsearch ap-northeast-2.compute.internal\noptions timeout:2 attempts:5\nnameserver 127.0.0.1\n' ;;
    plain) printf 'nameserver 127.0.0.1\n' ;;
    *)
      echo "unknown host $host" >&2
      exit 1
      ;;
  esac >"$work/resolv.conf"
  condition open
  resolver
  python3 -c 'import time; time.sleep(1.02 - time.time() % 1)'
  bash -c "$command" </dev/null >/dev/null 2>&1 || true
  condition "$cond"
  # named keeps its query logs open and appends: note where this run's lines start.
  marks=$(stat -c %s "$resolver_dir/queries.log" "$auth/queries.log" 2>/dev/null | paste -sd ' ' || true)
  set +e
  start=$(date +%s.%N)
  bash -c "$command" </dev/null >"$out/$name.out" 2>"$out/$name.err"
  status=$?
  end=$(date +%s.%N)
  set -e
  condition open
  [ -s "$out/$name.out" ] || rm "$out/$name.out"
  [ -s "$out/$name.err" ] || rm "$out/$name.err"
  echo "$name $status" >>"$out/statuses.txt"
  echo "$name $(python3 -c "import sys; print(int(float(sys.argv[2]) - float(sys.argv[1])))" "$start" "$end")" >>"$out/elapsed.txt"
  if [ -n "$logs" ]; then
    sleep 0.2 # the servers' last log lines
    read -r resolver_mark auth_mark <<<"$marks"
    tail -c +"$((resolver_mark + 1))" "$resolver_dir/queries.log" >"$logs/$name.resolver.log"
    tail -c +"$((auth_mark + 1))" "$auth/queries.log" >"$logs/$name.auth.log"
    echo "$name $start $end" >>"$logs/times.txt"
  fi
done <"$list"

{ dig -v 2>&1; named -v; iptables --version; } >"$out/versions.txt"
echo "captured into $out"
