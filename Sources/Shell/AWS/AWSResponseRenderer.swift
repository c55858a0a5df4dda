import Cloud

/// Applies `--query` and `--output` to a response and prints it as awscli does.
enum AWSResponseRenderer {
  /// The paginated operations' result keys, which awscli's text output fills in when missing.
  static let resultKeys: [String: [String]] = [
    "ListObjectsV2": ["Contents", "CommonPrefixes"], "ListObjects": ["Contents", "CommonPrefixes"],
    "DescribeVpcEndpoints": ["VpcEndpoints"], "DescribeVpcEndpointServices": ["ServiceDetails", "ServiceNames"],
    "DescribeRouteTables": ["RouteTables"], "DescribeSubnets": ["Subnets"], "DescribeVpcs": ["Vpcs"],
    "DescribeSecurityGroups": ["SecurityGroups"], "DescribeNetworkInterfaces": ["NetworkInterfaces"],
    "DescribeInstances": ["Reservations"], "DescribePrefixLists": ["PrefixLists"],
  ]

  /// `paged` says a paginator fetched the value (by default: the operation is paginated and
  /// `--no-paginate` is not given); a listing with `--max-keys` by hand is not paged.
  static func render(_ value: JSONValue, arguments: AWSArguments, operation: String, paged: Bool? = nil)
    -> CommandResult
  {
    let format = AWSOutputFormat(rawValue: arguments.output ?? "json") ?? .json
    let paginated = paged ?? (AWSChoices.paginated.contains(operation) && !arguments.noPaginate)
    var value = value
    if format == .text, paginated, let keys = resultKeys[operation] {
      value = AWSOutputFormat.textPage(of: value, resultKeys: keys)
    }
    if let query = arguments.query {
      do {
        value = try JMESPath.compile(query).evaluate(on: value)
      } catch {
        return .failure(error.awscliErrorOutput, status: 255)
      }
    }
    let rendered = AWSOutputFormat.renderResult(
      value, format: format, operationName: operation, wholeResponse: arguments.query == nil && !paginated)
    return CommandResult(stdout: rendered.stdout, stderr: rendered.stderr, status: rendered.status)
  }

  /// Renders the pages a paginator fetched: `json` and `table` print the merged result (each
  /// result key's lists joined, botocore's `build_full_result`), while `text` formats page by
  /// page, `--query` applied to each, as awscli's text formatter iterates the paginator.
  static func render(pages: [JSONValue], arguments: AWSArguments, operation: String, paged: Bool? = nil)
    -> CommandResult
  {
    guard pages.count > 1 else { return render(pages[0], arguments: arguments, operation: operation, paged: paged) }
    if AWSOutputFormat(rawValue: arguments.output ?? "json") == .text {
      var combined = CommandResult(stdout: "")
      for page in pages {
        let rendered = render(page, arguments: arguments, operation: operation, paged: paged)
        combined.stdout += rendered.stdout
        combined.stderr += rendered.stderr
        combined.status = rendered.status
        if rendered.status != 0 { break }
      }
      return combined
    }
    var merged = JSONObject()
    for page in pages {
      guard case .object(let object) = page else { continue }
      for member in object {
        let (key, value) = (member.key, member.value)
        if case .array(let more) = value, case .array(let sofar)? = merged[key] {
          merged[key] = .array(sofar + more)
        } else if merged[key] == nil {
          merged[key] = value
        }
      }
    }
    return render(.object(merged), arguments: arguments, operation: operation, paged: paged)
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
