import Cloud

/// `nslookup ADDRESS` and `host ADDRESS`: given an IPv4 address and no type, both tools ask for the
/// PTR record of its `in-addr.arpa` name and print it in their own words (captured from bind 9.18:
/// captures/dns-fidelity, `reverse-*`).
enum ReverseLookup {
  /// The reverse name to ask for when `typed` is an IPv4 address, with the final dot.
  static func name(for typed: String) -> String? {
    IPv4Address.parse(typed).map { DNSTypes.reverseName($0.description) }
  }

  /// nslookup's reverse answer: `NAME\tname = TARGET` lines, then an empty list of authoritative
  /// servers; without the `Server:` header it prints for forward lookups.
  static func nslookupText(_ response: DNSResponse) -> (text: String, status: Int32) {
    let owner = DNSNames.relative(response.questionName)
    if response.status == .nxDomain { return ("** server can't find \(owner): NXDOMAIN\n\n", 1) }
    if response.answers.isEmpty { return ("*** Can't find \(owner): No answer\n\n", 0) }
    let lines = response.answers.map { "\(owner)\tname = \($0.data.text)\n" }.joined()
    return (lines + "\nAuthoritative answers can be found from:\n\n", 0)
  }

  /// host's reverse answer: `NAME domain name pointer TARGET`, or `Host NAME. not found`.
  static func hostText(_ response: DNSResponse) -> (text: String, status: Int32) {
    if response.status == .nxDomain { return ("Host \(response.questionName) not found: 3(NXDOMAIN)\n", 1) }
    let owner = DNSNames.relative(response.questionName)
    return (response.answers.map { "\(owner) domain name pointer \($0.data.text)\n" }.joined(), 0)
  }
}
