/// A name server of the simulated public DNS: its name (final dot included) and its one address.
public struct NameServer: Sendable, Equatable {
  public let name: String
  public let address: IPv4Address
}

/// A zone of the simulated public DNS and the servers its parent delegates it to.
public struct Delegation: Sendable, Equatable {
  /// The zone's name, lowercased, without the final dot; empty for the root.
  public let zone: String
  /// Its name servers, in the order the parent lists them.
  public let servers: [NameServer]
  /// The TTL of the NS records (and their glue) in the parent's referral.
  public let ttl: UInt32
}

/// The delegations from the root down to the zones of `PublicZone`, for a tool that walks them
/// itself (`dig +trace`) instead of asking a resolver.
///
/// The root and the com, net and org servers are the real ones of 2021 (names and IPv4 addresses as
/// IANA, Verisign and Afilias published them). The second-level zones' servers are the real names
/// where public traces show them (ns1–ns4.google.com, a/b.iana-servers.net, u1.amazonaws.com …);
/// their addresses are plausible and fixed, like the zone's own (docs/public-dns.md). The zones are
/// unsigned: the real root, com and net also send DS and RRSIG records, which the simulation omits.
enum PublicDelegations {
  static let root = Delegation(
    zone: "",
    servers: servers(
      "root-servers.net",
      [
        ("a", "198.41.0.4"), ("b", "199.9.14.201"), ("c", "192.33.4.12"), ("d", "199.7.91.13"),
        ("e", "192.203.230.10"), ("f", "192.5.5.241"), ("g", "192.112.36.4"), ("h", "198.97.190.53"),
        ("i", "192.36.148.17"), ("j", "192.58.128.30"), ("k", "193.0.14.129"), ("l", "199.7.83.42"),
        ("m", "202.12.27.33"),
      ]), ttl: 518_400)

  /// Verisign's servers, which serve com and net alike.
  private static let gtld = servers(
    "gtld-servers.net",
    [
      ("a", "192.5.6.30"), ("b", "192.33.14.30"), ("c", "192.26.92.30"), ("d", "192.31.80.30"),
      ("e", "192.12.94.30"), ("f", "192.35.51.30"), ("g", "192.42.93.30"), ("h", "192.54.112.30"),
      ("i", "192.43.172.30"), ("j", "192.48.79.30"), ("k", "192.52.178.30"), ("l", "192.41.162.30"),
      ("m", "192.55.83.30"),
    ])

  /// Zone → its delegation, below the root.
  static let zones: [String: Delegation] = {
    var zones: [String: Delegation] = [:]
    func add(_ zone: String, _ ttl: UInt32, _ list: [(String, String)]) {
      zones[zone] = Delegation(
        zone: zone, servers: list.map { NameServer(name: $0.0 + ".", address: IPv4Address.parse($0.1)!) }, ttl: ttl)
    }
    zones["com"] = Delegation(zone: "com", servers: gtld, ttl: 172_800)
    zones["net"] = Delegation(zone: "net", servers: gtld, ttl: 172_800)
    add(
      "org", 172_800,
      [
        ("a0.org.afilias-nst.info", "199.19.56.1"), ("a2.org.afilias-nst.info", "199.249.112.1"),
        ("b0.org.afilias-nst.org", "199.19.54.1"), ("b2.org.afilias-nst.org", "199.249.120.1"),
        ("c0.org.afilias-nst.info", "199.19.53.1"), ("d0.org.afilias-nst.org", "199.19.57.1"),
      ])
    add(
      "google.com", 172_800,
      [
        ("ns1.google.com", "216.239.32.10"), ("ns2.google.com", "216.239.34.10"),
        ("ns3.google.com", "216.239.36.10"), ("ns4.google.com", "216.239.38.10"),
      ])
    add("example.com", 172_800, [("a.iana-servers.net", "199.43.135.53"), ("b.iana-servers.net", "199.43.133.53")])
    add(
      "amazon.com", 172_800,
      [
        ("pdns1.ultradns.net", "204.74.108.1"), ("ns1.p31.dynect.net", "208.78.70.31"),
        ("ns2.p31.dynect.net", "204.13.250.31"), ("pdns6.ultradns.co.uk", "204.74.115.1"),
      ])
    add(
      "amazonaws.com", 172_800,
      [
        ("u1.amazonaws.com", "156.154.64.10"), ("u2.amazonaws.com", "156.154.65.10"),
        ("u3.amazonaws.com", "156.154.66.10"), ("u4.amazonaws.com", "156.154.67.10"),
      ])
    add(
      "github.com", 172_800,
      [
        ("dns1.p08.nsone.net", "198.51.44.8"), ("dns2.p08.nsone.net", "198.51.45.8"),
        ("dns3.p08.nsone.net", "198.51.44.72"), ("dns4.p08.nsone.net", "198.51.45.72"),
      ])
    add("naver.com", 172_800, [("ns1.naver.com", "125.209.248.6"), ("ns2.naver.com", "125.209.249.6")])
    add(
      "pypi.org", 86_400,
      [("ns-1007.awsdns-61.net", "205.251.195.239"), ("ns-1374.awsdns-43.org", "205.251.197.94")])
    return zones
  }()

  /// The zone just below `zone` on the way to `name`, when `zone` delegates it; nil when `zone`
  /// itself answers for `name`.
  static func child(of zone: String, toward name: String) -> Delegation? {
    let labels = name.split(separator: ".").map(String.init)
    let depth = zone.isEmpty ? 0 : zone.split(separator: ".").count
    guard labels.count > depth else { return nil }
    let candidate = labels.suffix(depth + 1).joined(separator: ".")
    return zones[candidate]
  }

  /// The names of one operator's servers, `a.SUFFIX.` …, with their addresses.
  private static func servers(_ suffix: String, _ list: [(String, String)]) -> [NameServer] {
    list.map { NameServer(name: "\($0.0).\(suffix).", address: IPv4Address.parse($0.1)!) }
  }
}

/// What an authoritative server of the public tree answers a question about a name below it.
public enum AuthoritativeAnswer: Sendable, Equatable {
  /// A referral to the zone below, with glue for the servers whose addresses the server holds.
  case referral(Delegation, glue: [NameServer])
  /// The zone's own answer (addresses, no data, or no such name), from `zone`'s servers.
  case answer(DNSOutcome, source: DNSSource?, zone: String)
}

extension World {
  /// The servers of the root zone, as every resolver's root hints list them.
  public static var rootServers: Delegation { PublicDelegations.root }

  /// The delegation of `zone` (no final dot), when the public tree has one.
  public static func publicDelegation(of zone: String) -> Delegation? {
    zone.isEmpty ? PublicDelegations.root : PublicDelegations.zones[zone]
  }

  /// The deepest zone of the public tree that holds `name` (no final dot; "" for the root): where a
  /// resolver's walk ends, and so whose SOA a negative answer for `name` carries.
  public static func publicZone(enclosing name: String) -> String {
    let normalized = World.normalizedName(name)
    // The name's suffixes from its last label up, each a zone below the one before, until one is not
    // delegated: the walk of `child(of:toward:)`, by bytes, since every DNS tool's negative answer
    // comes here and splitting by characters cost more than the rest of the answer.
    let bytes = normalized.utf8
    var zone = ""
    var index = bytes.endIndex
    while index > bytes.startIndex {
      index = bytes.index(before: index)
      guard bytes[index] == UInt8(ascii: ".") else { continue }
      let candidate = String(normalized[bytes.index(after: index)...])
      guard PublicDelegations.zones[candidate] != nil else { return zone }
      zone = candidate
    }
    return PublicDelegations.zones[normalized] != nil ? normalized : zone
  }

  /// What a server of `zone` answers when asked for `name` directly, without recursion.
  ///
  /// Glue comes with a referral from the root for every server (its zone holds them all), and from
  /// the other zones only for servers named inside the child (ns1.google.com for google.com, not
  /// a.iana-servers.net for example.com): what bind sends from the zones as captured
  /// (captures/dig-trace). Mutating, as an answer from a service's address pool is drawn from the
  /// world's generator.
  public mutating func askAuthoritative(_ rawName: String, type: String, zone: String) -> AuthoritativeAnswer {
    let name = World.normalizedName(rawName)
    if let child = PublicDelegations.child(of: zone, toward: name) {
      let glue = child.servers.filter {
        zone.isEmpty || World.dnsName(World.normalizedName($0.name), within: child.zone)
      }
      return .referral(child, glue: glue)
    }
    // Names under a TLD or a second-level zone the tree knows: that zone's own data decides.
    if !zone.contains(".") {
      // A root or TLD server holds no names of its own below its delegations.
      if name == zone { return .answer(.noData, source: .publicZone, zone: zone) }
      return .answer(.nxdomain, source: .unknown, zone: zone)
    }
    let (outcome, source) = answerPublicly(name: name, type: type.uppercased())
    return .answer(outcome, source: source, zone: zone)
  }

  /// True when `name` is `zone` or a name below it (both lowercased, no final dot).
  static func dnsName(_ name: String, within zone: String) -> Bool {
    name == zone || name.hasSuffix("." + zone)
  }

  /// A DNS query over UDP from `hostName` straight to a name server at `server`: the path a
  /// datagram to port 53 takes, marked so explanations speak of a query, not a connection.
  public func nameServerQuery(from hostName: String, to server: IPv4Address, name: String?) -> Connection {
    var query = connect(from: hostName, to: server, port: 53, name: name)
    query.transport = .dnsQuery
    return query
  }
}
