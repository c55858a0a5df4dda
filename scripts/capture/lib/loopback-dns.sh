# Sourced by the DNS capture scripts once they run in their own network and mount namespaces
# (`unshare -nm`): brings loopback up, points /etc/resolv.conf at 127.0.0.1 for this namespace only,
# and gives `dnsmasq_run ARGS…`, a dnsmasq in the foreground that the EXIT trap stops.
# Sets `work` (a scratch folder, removed at exit) and `pids`. $1 names the scratch folder.
export LC_ALL=C TZ=UTC
ip link set lo up
work=$(mktemp -d "/tmp/$1.XXXXXX")
echo "nameserver 127.0.0.1" >"$work/resolv.conf"
mount --bind "$work/resolv.conf" /etc/resolv.conf

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

dnsmasq_run() { dnsmasq --keep-in-foreground --no-resolv --no-hosts --bind-interfaces --pid-file= -q "$@" 2>>"$work/dnsmasq.log" & pids+=($!); }
