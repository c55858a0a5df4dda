import Foundation

/// nslookup, dig and host from bind9-dnsutils 9.18.49, captured against dnsmasq on loopback
/// (Resources/captures/bind9-dnsutils; scripts/capture/bind9-dnsutils.sh re-makes them), and the
/// one mapping from that loopback world onto the simulated VPC.
///
/// The capture could only use loopback addresses, so each simulated server had a stand-in
/// (`servers`); the records had fixed addresses, where the simulation draws them from the
/// world (`s3Address`, `ec2Addresses`). dig's message ID, query time and date are the capture's.
/// Nothing else is changed: layout, tabs, blank lines and wording are the real tools'.
enum DNSCaptures {
  static let folder = "bind9-dnsutils"

  /// Loopback stand-in → the simulated server it played.
  static let servers: [(loopback: String, simulated: String)] = [
    ("127.0.0.99", "10.0.99.99"),  // a server that never answers
    ("127.0.0.3", "192.168.0.2"),  // the on-premises resolver
    ("127.0.0.8", "8.8.8.8"),  // a public resolver
    ("127.0.0.1", "10.0.0.2"),  // the VPC resolver (base of the VPC range + 2)
  ]
  /// The capture's address for s3.ap-northeast-2.amazonaws.com.
  static let s3Address = "52.219.60.145"
  /// The capture's two addresses for ec2.ap-northeast-2.amazonaws.com.
  static let ec2Addresses = ["10.0.11.53", "10.0.12.154"]

  /// What the capture printed on stdout, with the servers mapped; "" when it printed nothing.
  static func stdout(_ name: String) -> String { mapServers(CaptureFiles.stream("\(folder)/\(name).out")) }

  /// What the capture printed on stderr, with the servers mapped.
  static func stderr(_ name: String) -> String { mapServers(CaptureFiles.stream("\(folder)/\(name).err")) }

  /// The capture's exit status (statuses.txt).
  static func status(_ name: String) -> Int32 { CaptureFiles.status("\(folder)/statuses.txt", name) }

  private static func mapServers(_ text: String) -> String {
    servers.reduce(text) { $0.replacingOccurrences(of: $1.loopback, with: $1.simulated) }
  }

  /// `text` with the captured S3 address replaced by the one the simulation answered.
  static func withS3(_ text: String, _ address: some CustomStringConvertible) -> String {
    text.replacingOccurrences(of: s3Address, with: address.description)
  }

  /// `text` with the captured EC2 addresses replaced, in the order they appear, by `addresses`
  /// (both sides rotate the order of their answers).
  static func withEC2(_ text: String, _ addresses: [some CustomStringConvertible]) -> String {
    let appearing = ec2Addresses.compactMap { address in text.range(of: address).map { (address, $0.lowerBound) } }
      .sorted { $0.1 < $1.1 }.map(\.0)
    precondition(appearing.count == addresses.count, "the capture has \(appearing.count) EC2 addresses")
    // Through placeholders, so an address is never replaced twice.
    var out = text
    for (index, address) in appearing.enumerated() {
      out = out.replacingOccurrences(of: address, with: "\u{0}\(index)\u{0}")
    }
    for (index, address) in addresses.enumerated() {
      out = out.replacingOccurrences(of: "\u{0}\(index)\u{0}", with: address.description)
    }
    return out
  }

  /// A dig capture with the message ID, query time and `;; WHEN:` line the simulation shows.
  static func dig(_ name: String, id: some CustomStringConvertible, queryTime: Int = 1, when: String? = nil) -> String {
    var text = stdout(name)
      .replacingOccurrences(of: #"(?<=, id: )\d+"#, with: id.description, options: .regularExpression)
      .replacingOccurrences(
        of: #"(?<=;; Query time: )\d+(?= msec)"#, with: String(queryTime), options: .regularExpression)
    if let when {
      text = text.replacingOccurrences(of: #";; WHEN: [^\n]*\n"#, with: when, options: .regularExpression)
    }
    return text
  }
}
