import Cloud

/// What of an EC2 response awscli 1.18.147 can print: the members botocore 1.18.6's model knows.
///
/// botocore parses a response by walking its output shape, so members AWS added to the API after
/// that model (a subnet's `Ipv6Native`, a security group's `SecurityGroupArn`) are dropped before
/// awscli sees them: the captures of `scripts/capture/ec2-describe.sh` with 1.18.147 lack them,
/// those with 1.45.11 show them. The paths come from the model itself
/// (`EC2OutputMembers+Generated.swift`).
enum EC2OutputMembers {
  /// `response` without the members botocore 1.18.6 does not know for `operation`; unchanged
  /// for an operation outside the generated list.
  static func keepingKnown(_ response: JSONValue, operation: String) -> JSONValue {
    guard let paths = known[operation] else { return response }
    return keep(response, at: "", paths: paths)
  }

  private static func keep(_ value: JSONValue, at path: String, paths: Set<String>) -> JSONValue {
    switch value {
    case .object(let object):
      var kept: [(String, JSONValue)] = []
      for member in object {
        let memberPath = path.isEmpty ? member.key : path + "." + member.key
        if paths.contains(memberPath + "{}") {
          kept.append((member.key, member.value))
        } else if paths.contains(memberPath) {
          kept.append((member.key, keep(member.value, at: memberPath, paths: paths)))
        }
      }
      return .object(JSONObject(kept))
    case .array(let items):
      return .array(items.map { keep($0, at: path + "[]", paths: paths) })
    default:
      return value
    }
  }
}
