import Cloud

/// The record details the Cloud model leaves out — TTLs and the SOA a resolver returns with a
/// negative answer — chosen to look like what AWS's DNS returns, and fixed for determinism.
///
/// Route 53 Resolver counts cached TTLs down; the simulation always shows the full TTL.
enum DNSRecordPolicy {
  /// The TTL of an answer, by where it came from.
  ///
  /// S3's public names answer with TTL 5 (public dig transcripts show
  /// `s3-website-eu-west-1.amazonaws.com. 5 IN A …`); other service names, the interface endpoint
  /// names and private hosted zone alias records use 60 [UNCONFIRMED for AWS; a common Route 53 value].
  static func answerTTL(for source: DNSSource?) -> UInt32 {
    switch source {
    case .publicService(let service, _): service == .s3 ? 5 : 60
    default: 60
    }
  }

  /// The SOA in the authority section of an NXDOMAIN or no-data answer (RFC 2308): the SOA of the
  /// deepest zone of the public tree that holds `name`, as a recursive resolver passes on what that
  /// zone's servers said (`nosuch.google.com` carries Google's SOA, `nosuch.com` Verisign's, a name
  /// no zone below the root holds the root's), or Route 53's for a private hosted zone.
  static func negativeSOA(name: String, source: DNSSource?, now: Int64) -> DNSRecord {
    if case .privateHostedZone = source {
      // Route 53 gives every hosted zone this SOA; the private zone's apex is the service name.
      return soa(
        name, "ns-1536.awsdns-00.co.uk.", "awsdns-hostmaster.amazon.com.", 1, (7200, 900, 1_209_600, 86400), ttl: 900)
    }
    return zoneSOA(zone: World.publicZone(enclosing: name), now: now)
  }

  /// The SOA a zone of the public tree sends in its own negative answers (`dig +trace`) and a
  /// resolver passes on: the registries' (root, com, net, org), Amazon's for amazonaws.com, and for
  /// the second-level zones the layout their operators use (Google's `dns-admin` mailbox and
  /// 900/900/1800/60 timers, ICANN's for example.com); serials are illustrative but where noted.
  static func zoneSOA(zone: String, now: Int64) -> DNSRecord {
    switch zone {
    case "amazonaws.com",
      _ where zone.hasSuffix(".amazonaws.com"):
      // Amazon's own zones: dns-external-master / root.amazon.com, refresh 180, retry 60,
      // expire 3024000, minimum 60 (public captures of amazon.com).
      return soa(
        "amazonaws.com", "dns-external-master.amazon.com.", "root.amazon.com.", 2_010_125_067,
        (180, 60, 3_024_000, 60), ttl: 60)
    case "com", "net":
      // Verisign's SOA uses the Unix time as serial; it changes every few seconds. net's reads as com's.
      let serial = UInt32(truncatingIfNeeded: now / 1000 - (now / 1000) % 15)
      return soa(zone, "a.gtld-servers.net.", "nstld.verisign-grs.com.", serial, (1800, 900, 604_800, 86400), ttl: 900)
    case "org":
      // Afilias ran org's servers in 2021: resolvers' negative answers of December 2020 show
      // `org. 900 IN SOA a0.org.afilias-nst.info. noc.afilias-nst.info. … 1800 900 604800 86400`.
      return soa(
        "org", "a0.org.afilias-nst.info.", "noc.afilias-nst.info.", 2_014_176_427, (1800, 900, 604_800, 86400),
        ttl: 900)
    case "":
      // The root zone's serial is the date and a two-digit edition.
      let date = SimClock(millisecondsSinceEpoch: now).components
      let serial = UInt32(date.year * 1_000_000 + date.month * 10_000 + date.day * 100)
      return soa(".", "a.root-servers.net.", "nstld.verisign-grs.com.", serial, (1800, 900, 604_800, 86400), ttl: 86400)
    case "google.com":
      return soa(zone, "ns1.google.com.", "dns-admin.google.com.", 1, (900, 900, 1800, 60), ttl: 60)
    case "example.com":
      return soa(zone, "ns.icann.org.", "noc.dns.icann.org.", 2_021_040_101, (7200, 3600, 1_209_600, 3600), ttl: 3600)
    default:
      return soa(zone, "ns1.\(zone).", "hostmaster.\(zone).", 1, (7200, 900, 1_209_600, 300), ttl: 300)
    }
  }

  /// An SOA record of `zone` with timers (refresh, retry, expire, minimum), its TTL
  /// min(SOA TTL, minimum) as RFC 2308 has it for a negative answer.
  private static func soa(
    _ zone: String, _ primary: String, _ mailbox: String, _ serial: UInt32,
    _ timers: (UInt32, UInt32, UInt32, UInt32), ttl: UInt32
  ) -> DNSRecord {
    DNSRecord(
      owner: DNSNames.absolute(zone), ttl: min(ttl, timers.3),
      data: .soa(
        SOAData(
          primary: primary, mailbox: mailbox, serial: serial, refresh: timers.0, retry: timers.1, expire: timers.2,
          minimum: timers.3)))
  }
}
