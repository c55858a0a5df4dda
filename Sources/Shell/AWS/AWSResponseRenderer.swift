import Cloud

/// Applies `--query` and `--output` to a response and prints it as awscli does.
enum AWSResponseRenderer {
  /// The paginated operations' result keys, which awscli's text output fills in when missing.
  static let resultKeys: [String: [String]] = [
    "ListObjectsV2": ["Contents", "CommonPrefixes"],
    "DescribeVpcEndpoints": ["VpcEndpoints"], "DescribeVpcEndpointServices": ["ServiceDetails", "ServiceNames"],
    "DescribeRouteTables": ["RouteTables"], "DescribeSubnets": ["Subnets"], "DescribeVpcs": ["Vpcs"],
    "DescribeSecurityGroups": ["SecurityGroups"], "DescribeNetworkInterfaces": ["NetworkInterfaces"],
    "DescribeInstances": ["Reservations"], "DescribePrefixLists": ["PrefixLists"],
  ]

  static func render(_ value: JSONValue, arguments: AWSArguments, operation: String) -> CommandResult {
    let format = AWSOutputFormat(rawValue: arguments.output ?? "json") ?? .json
    var value = value
    if format == .text, let keys = resultKeys[operation] {
      value = AWSOutputFormat.textPage(of: value, resultKeys: keys)
    }
    if let query = arguments.query {
      do {
        value = try JMESPath.compile(query).evaluate(on: value)
      } catch {
        return .failure(error.awscliErrorOutput, status: 255)
      }
    }
    let paginated = AWSChoices.paginated.contains(operation) && !arguments.noPaginate
    let rendered = AWSOutputFormat.renderResult(
      value, format: format, operationName: operation, wholeResponse: arguments.query == nil && !paginated)
    return CommandResult(stdout: rendered.stdout, stderr: rendered.stderr, status: rendered.status)
  }

  /// awscli compiles `--query` before it sends anything: a bad expression fails at once.
  static func queryProblem(_ arguments: AWSArguments) -> CommandResult? {
    guard let query = arguments.query else { return nil }
    do {
      _ = try JMESPath.compile(query)
      return nil
    } catch {
      return .failure(error.awscliErrorOutput, status: 255)
    }
  }
}
