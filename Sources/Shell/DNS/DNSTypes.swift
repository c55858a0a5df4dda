/// The record types and classes the tools accept by name.
enum DNSTypes {
  /// Types dig, host and nslookup recognise as words; others are names (dig) or errors.
  static let known: Set<String> = [
    "A", "NS", "CNAME", "SOA", "PTR", "HINFO", "MX", "TXT", "AAAA", "SRV", "NAPTR", "DS", "DNSKEY",
    "CAA", "SPF", "ANY",
  ]

  /// The canonical (uppercase) type for a word, if it names one.
  static func type(_ word: String) -> String? {
    let upper = word.uppercased()
    return known.contains(upper) ? upper : nil
  }

  /// True for a class word (`IN`, `CH`, `HS`).
  static func isClass(_ word: String) -> Bool {
    ["IN", "CH", "HS"].contains(word.uppercased())
  }

  /// The `in-addr.arpa` name for an IPv4 address, as `dig -x` asks.
  static func reverseName(_ text: String) -> String {
    text.split(separator: ".").reversed().joined(separator: ".") + ".in-addr.arpa."
  }
}
