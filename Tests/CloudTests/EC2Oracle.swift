import Foundation
import Testing

@testable import Cloud

/// Real awscli + moto captures (Resources/captures/ec2-describe), the documented patches that turn
/// moto's values into AWS's, and a structural comparison with labrun's responses.
enum EC2Oracle {
  struct Missing: Error, CustomStringConvertible {
    let description: String
  }

  /// The `captures` folder of the test bundle's copied `Resources`.
  static let root: URL = {
    // The copied folder is itself named `Resources`: Linux's Foundation then takes it for the
    // bundle's resource directory, while macOS nests it inside `Contents/Resources`.
    let bundle = Bundle.module
    let bases = [
      bundle.resourceURL, bundle.resourceURL?.appendingPathComponent("Resources"),
      bundle.bundleURL.appendingPathComponent("Resources"),
    ]
    let candidates = bases.compactMap { $0?.appendingPathComponent("captures", isDirectory: true) }
    guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
      fatalError("no captures in \(bundle.bundleURL.path): is `resources: [.copy(\"Resources\")]` in Package.swift?")
    }
    return found
  }()

  /// `aws ec2 … --output json` as captured, parsed with key order kept.
  static func capture(_ name: String) throws -> JSONValue {
    let url = root.appendingPathComponent("ec2-describe/\(name).json")
    return try JSONValue.parse(String(decoding: try Data(contentsOf: url), as: UTF8.self))
  }

  /// A captured route table's Name tag, or "main" for the VPC's main table (which has none).
  static func tableName(_ table: JSONValue) -> String {
    if table["Associations"]?.arrayValue?.contains(where: { $0["Main"] == true }) == true { return "main" }
    let tags = table["Tags"]?.arrayValue ?? []
    return tags.first { $0["Key"] == "Name" }?["Value"]?.stringValue ?? "?"
  }

  /// moto's instance as AWS documents one launched with one network interface, a t3.micro, from
  /// Amazon Linux 2 (each patch cites its page).
  static func patchInstance(_ real: inout JSONValue, privateIp: String) throws {
    let item: [Step] = ["Reservations", 0, "Instances", 0]
    let eni = item + ["NetworkInterfaces", 0]
    let dnsName = "ip-" + privateIp.replacingOccurrences(of: ".", with: "-") + ".ap-northeast-2.compute.internal"
    // The root volume's mapping carries the root device's name (API_Instance, rootDeviceName and
    // blockDeviceMapping); moto names it /dev/sda1 whatever the image's root device is.
    if let root = real.at(item + ["RootDeviceName"]) {
      try real.set(item + ["BlockDeviceMappings", 0, "DeviceName"], root)
    }
    // ENA is on for T3 instances, which require it (EC2 user guide, "Enhanced networking with ENA";
    // API_Instance, enaSupport). Intel 82599 VF networking (sriovNetSupport) is not T3's: moto sets it.
    try real.set(item + ["EnaSupport"], true, after: "EbsOptimized")
    try real.remove(item + ["SriovNetSupport"])
    // An instance profile's id is its IAM unique id, prefix AIPA (IAM user guide, "IAM identifiers",
    // unique ID prefixes); moto gives an association id.
    try real.set(item + ["IamInstanceProfile", "Id"], "AIPA00000000000000000")
    // The interface made at launch is deleted with the instance unless asked otherwise
    // (API_InstanceNetworkInterfaceSpecification, deleteOnTermination); moto says false.
    try real.set(eni + ["Attachment", "DeleteOnTermination"], true)
    // Private DNS names outside us-east-1 are ip-a-b-c-d.<region>.compute.internal (EC2 user guide,
    // "EC2 instance hostnames"; aws-facts.md 5.2); moto uses ec2.internal on the interface and leaves
    // it out of the private addresses (API_InstancePrivateIpAddress, privateDnsName).
    try real.set(eni + ["PrivateDnsName"], .string(dnsName))
    try real.set(eni + ["PrivateIpAddresses", 0, "PrivateDnsName"], .string(dnsName), after: "Primary")
    // The instance's security groups are those of its interface (API_Instance, groupSet); moto leaves
    // the list empty when the interface is given at launch.
    if let groups = real.at(eni + ["Groups"]) { try real.set(item + ["SecurityGroups"], groups) }
    // AWS states these for every instance (API_Instance; defaults from API_HibernationOptions,
    // API_CapacityReservationSpecificationResponse "open", API_EnclaveOptions); t3.micro has one core
    // with two threads (EC2 user guide, "Supported CPU options"); Linux/UNIX bills as RunInstances
    // (EC2 user guide, "AMI billing information fields"), updated at launch. moto leaves them out.
    try real.set(item + ["HibernationOptions"], ["Configured": false])
    try real.set(item + ["CpuOptions"], ["CoreCount": 1, "ThreadsPerCore": 2], after: "VirtualizationType")
    try real.set(
      item + ["CapacityReservationSpecification"], ["CapacityReservationPreference": "open"], after: "CpuOptions")
    try real.set(item + ["EnclaveOptions"], ["Enabled": false], after: "MetadataOptions")
    try real.set(item + ["PlatformDetails"], "Linux/UNIX", after: "EnclaveOptions")
    try real.set(item + ["UsageOperation"], "RunInstances", after: "PlatformDetails")
    if let launch = real.at(item + ["LaunchTime"]) {
      try real.set(item + ["UsageOperationUpdateTime"], launch, after: "UsageOperation")
    }
  }

  // MARK: normalising

  /// Ids become `<prefix>-<digits>#n` (n counts distinct ids of that prefix in document order, so
  /// references between resources still have to agree); times, MAC addresses, client tokens and
  /// drawn public addresses become placeholders of their format. Everything else is kept.
  static func normalised(_ value: JSONValue) -> JSONValue {
    var numbering: [String: [String]] = [:]
    return normalised(value, key: nil, numbering: &numbering)
  }

  private static let id = try! NSRegularExpression(
    pattern: #"(?<![A-Za-z0-9])((?:[a-z]+-)+)([0-9a-f]{17}|[0-9a-f]{8})(?![0-9A-Za-z])"#)
  private static let iamId = try! NSRegularExpression(pattern: #"\bAIPA[A-Z0-9]{17}\b"#)
  private static let time = try! NSRegularExpression(pattern: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"#)
  private static let mac = try! NSRegularExpression(pattern: #"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"#)
  private static let dashedAddress = try! NSRegularExpression(pattern: #"^ec2-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\."#)
  private static let address = try! NSRegularExpression(pattern: #"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$"#)

  private static func normalised(_ value: JSONValue, key: String?, numbering: inout [String: [String]]) -> JSONValue {
    switch value {
    case .object(let object):
      return .object(
        JSONObject(object.members.map { JSONMember($0.key, normalised($0.value, key: $0.key, numbering: &numbering)) }))
    case .array(let items):
      return .array(items.map { normalised($0, key: key, numbering: &numbering) })
    case .string(let text):
      return .string(normalisedString(text, key: key, numbering: &numbering))
    default:
      return value
    }
  }

  private static func normalisedString(_ text: String, key: String?, numbering: inout [String: [String]]) -> String {
    func matches(_ pattern: NSRegularExpression) -> Bool {
      pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
    if key == "ClientToken" { return "<client token>" }
    if matches(time) { return "<time yyyy-mm-ddThh:mm:ss.mmmZ>" }
    if matches(mac) { return "<mac>" }
    if key == "PublicIp" || key == "PublicIpAddress", matches(address) { return "<public ipv4>" }
    var out = text
    if key == "PublicDnsName" {
      out = dashedAddress.stringByReplacingMatches(
        in: out, range: NSRange(out.startIndex..., in: out), withTemplate: "ec2-<public ipv4>.")
    }
    for pattern in [id, iamId] {
      let found = pattern.matches(in: out, range: NSRange(out.startIndex..., in: out))
      for match in found.reversed() {
        let whole = String(out[Range(match.range, in: out)!])
        let prefix = match.numberOfRanges > 2 ? String(out[Range(match.range(at: 1), in: out)!]) : "AIPA"
        let digits = whole.count - prefix.count
        var seen = numbering[prefix, default: []]
        if !seen.contains(whole) { seen.append(whole) }
        numbering[prefix] = seen
        out.replaceSubrange(
          Range(match.range, in: out)!, with: "\(prefix)<\(digits)>#\(seen.firstIndex(of: whole)! + 1)")
      }
    }
    return out
  }

  // MARK: comparing

  /// Where `ours` differs from `real` after both are normalised: keys missing, extra or out of
  /// order, lengths, and values, each as `path: what`.
  static func differences(_ real: JSONValue, _ ours: JSONValue) -> [String] {
    var out: [String] = []
    compare(normalised(real), normalised(ours), path: "", into: &out)
    return out
  }

  private static func compare(_ real: JSONValue, _ ours: JSONValue, path: String, into out: inout [String]) {
    switch (real, ours) {
    case (.object(let theirs), .object(let mine)):
      let theirKeys = theirs.keys
      let myKeys = mine.keys
      for key in theirKeys where mine[key] == nil {
        out.append("\(path).\(key): missing, the capture has \(theirs[key]!.compactJSON)")
      }
      for key in myKeys where theirs[key] == nil {
        out.append("\(path).\(key): not in the capture, labrun has \(mine[key]!.compactJSON)")
      }
      let common = theirKeys.filter { mine[$0] != nil }
      let myOrder = myKeys.filter { theirs[$0] != nil }
      if common != myOrder { out.append("\(path): key order \(myOrder), the capture's \(common)") }
      for key in common { compare(theirs[key]!, mine[key]!, path: "\(path).\(key)", into: &out) }
    case (.array(let theirs), .array(let mine)):
      if theirs.count != mine.count { out.append("\(path): \(mine.count) elements, the capture has \(theirs.count)") }
      for (index, pair) in zip(theirs, mine).enumerated() {
        compare(pair.0, pair.1, path: "\(path)[\(index)]", into: &out)
      }
    default:
      if real != ours { out.append("\(path): labrun has \(ours.compactJSON), the capture \(real.compactJSON)") }
    }
  }
}

/// One step of a path into a JSON document: an object key or an array index.
enum Step: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible {
  case key(String)
  case index(Int)

  init(stringLiteral value: String) { self = .key(value) }
  init(integerLiteral value: Int) { self = .index(value) }

  var description: String {
    switch self {
    case .key(let key): return ".\(key)"
    case .index(let index): return "[\(index)]"
    }
  }
}

/// Where `set` puts a key the object does not have yet (botocore's member order decides).
enum KeyPosition {
  case first
  case after(String)
  case end
}

extension JSONValue {
  /// The value at `path`, or nil.
  func at(_ path: [Step]) -> JSONValue? {
    var current: JSONValue? = self
    for step in path {
      switch step {
      case .key(let key): current = current?[key]
      case .index(let index): current = current?[index]
      }
    }
    return current
  }

  /// Sets the value at `path`, whose last step is a key: an existing key keeps its place, a new one
  /// goes `after` the named key (or `at` the given position).
  mutating func set(_ path: [Step], _ value: JSONValue, after previous: String) throws {
    try modify(path[...], value, at: .after(previous))
  }

  mutating func set(_ path: [Step], _ value: JSONValue, at position: KeyPosition = .end) throws {
    try modify(path[...], value, at: position)
  }

  /// Removes the member at `path`.
  mutating func remove(_ path: [Step]) throws {
    try modify(path[...], nil, at: .end)
  }

  private mutating func modify(_ path: ArraySlice<Step>, _ value: JSONValue?, at position: KeyPosition) throws {
    guard let step = path.first else { return }
    let rest = path.dropFirst()
    switch (step, self) {
    case (.index(let index), .array(var items)):
      guard items.indices.contains(index), !rest.isEmpty else {
        throw EC2Oracle.Missing(description: "no element \(step)")
      }
      try items[index].modify(rest, value, at: position)
      self = .array(items)
    case (.key(let key), .object(let object)):
      var members = object.members
      let existing = members.firstIndex { $0.key == key }
      if !rest.isEmpty {
        guard let existing else { throw EC2Oracle.Missing(description: "no member \(key)") }
        try members[existing].value.modify(rest, value, at: position)
      } else if let value {
        if let existing {
          members[existing].value = value
        } else {
          let index: Int
          switch position {
          case .first: index = 0
          case .end: index = members.count
          case .after(let previous):
            guard let found = members.firstIndex(where: { $0.key == previous }) else {
              throw EC2Oracle.Missing(description: "no member \(previous) to insert \(key) after")
            }
            index = found + 1
          }
          members.insert(JSONMember(key, value), at: index)
        }
      } else if let existing {
        members.remove(at: existing)
      } else {
        throw EC2Oracle.Missing(description: "no member \(key) to remove")
      }
      self = .object(JSONObject(members))
    default:
      throw EC2Oracle.Missing(description: "\(step) does not apply to \(typeName)")
    }
  }
}
