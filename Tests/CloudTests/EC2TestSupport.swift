import CourseWorldSupport
import Testing

@testable import Cloud

/// The course world and small helpers shared by the EC2 API tests.
enum EC2Fixture {
  static func world(era: Era = .y2021, seed: UInt64 = 1) throws -> World {
    try WorldDescription.course(era: era).build(seed: seed)
  }

  /// True for a long-form AWS ID: the prefix, a dash, `0` and 16 more lowercase hex digits.
  static func isLongID(_ id: String, prefix: String) -> Bool {
    guard id.hasPrefix(prefix + "-0") else { return false }
    let digits = id.dropFirst(prefix.count + 1)
    return digits.count == 17 && digits.allSatisfy { "0123456789abcdef".contains($0) }
  }
}

extension World {
  mutating func admin(_ operation: String, _ parameters: JSONValue = nil) -> EC2CallResult {
    ec2(operation, parameters, caller: "cloudshell", permissions: .admin)
  }

  /// A route table by name; "main" is the VPC's main table, which carries no name (as on AWS).
  func table(named name: String) -> RouteTable {
    name == "main" ? routeTables.first { $0.isMain }! : routeTables.first { $0.name == name }!
  }
  func subnet(named name: String) -> Subnet { subnets.first { $0.name == name }! }
  func group(named name: String) -> SecurityGroup { securityGroups.first { $0.name == name }! }
  func instance(host: String) -> Instance { instances.first { $0.name == host }! }
}

extension EC2CallResult {
  /// The awscli JSON text of a successful call, nil for an error.
  var text: String? {
    if case .success(let value) = output { return value.awscliJSON }
    return nil
  }

  var error: APIError? {
    if case .failure(let error) = output { return error }
    return nil
  }
}
