import Cloud
import Testing

@testable import Shell

/// Replays real awscli captures: the captured response, narrowed by the captured `--query`, must
/// render byte for byte as awscli printed it in each format.
@Suite struct AWSOutputCaptureTests {
  static let successes = AWSOutputCaptures.all.filter { $0.stderr.isEmpty }
  static let failures = AWSOutputCaptures.all.filter { !$0.stderr.isEmpty }

  /// Result keys of the paginated operations among the captures, from botocore 1.43.11's
  /// `paginators-1.json` files.
  static let resultKeys: [String: [String]] = [
    "DescribeVpcs": ["Vpcs"], "DescribeSubnets": ["Subnets"], "DescribeRouteTables": ["RouteTables"],
    "DescribePrefixLists": ["PrefixLists"], "DescribeVpcEndpoints": ["VpcEndpoints"],
    "DescribeSecurityGroups": ["SecurityGroups"], "DescribeInstances": ["Reservations"],
    "DescribeInternetGateways": ["InternetGateways"], "ListObjectsV2": ["Contents", "CommonPrefixes"],
    "ListUsers": ["Users"], "DescribeNetworkInterfaces": ["NetworkInterfaces"], "ListBuckets": ["Buckets"],
  ]

  /// The captured response after the capture's `--query`; for `text`, the response is first
  /// completed with the paginator's result keys, as awscli's text formatter does.
  private func result(of capture: AWSOutputCapture, forText: Bool = false) throws -> JSONValue {
    var response = try JSONValue.parse(try #require(capture.response))
    if forText, let keys = Self.resultKeys[capture.operation] {
      response = AWSOutputFormat.textPage(of: response, resultKeys: keys)
    }
    guard let query = capture.query else { return response }
    return try JMESPath.compile(query).evaluate(on: response)
  }

  @Test(arguments: successes)
  func json(_ capture: AWSOutputCapture) throws {
    let value = try result(of: capture)
    // botocore added ResponseMetadata last to a response no paginator rebuilt, and awscli deleted it.
    let whole = capture.query == nil && !AWSChoices.paginated.contains(capture.operation)
    let rendered = AWSOutputFormat.renderResult(
      value, format: .json, operationName: capture.operation, wholeResponse: whole)
    #expect(rendered.stdout == capture.json)
  }

  @Test(arguments: successes)
  func text(_ capture: AWSOutputCapture) throws {
    let value = try result(of: capture, forText: true)
    let rendered = AWSOutputFormat.renderResult(value, format: .text, operationName: capture.operation)
    #expect(rendered.stdout == capture.text)
    #expect(rendered.stderr == capture.textStderr)
    #expect(rendered.status == (capture.textStderr.isEmpty ? 0 : 255))
  }

  @Test(arguments: successes)
  func table(_ capture: AWSOutputCapture) throws {
    let value = try result(of: capture)
    let rendered = AWSOutputFormat.renderResult(value, format: .table, operationName: capture.operation)
    #expect(rendered.stdout == capture.table)
    #expect(rendered.stderr == capture.tableStderr)
    #expect(rendered.status == (capture.tableStderr.isEmpty ? 0 : 255))
  }

  @Test(arguments: failures)
  func queryError(_ capture: AWSOutputCapture) throws {
    let query = try #require(capture.query)
    let response = try JSONValue.parse(try #require(capture.response))
    do {
      let value = try JMESPath.compile(query).evaluate(on: response)
      Issue.record("expected an error, got \(value.compactJSON)")
    } catch {
      #expect(error.awscliErrorOutput == capture.stderr)
    }
  }

  @Test func textPageAddsOnlyMissingResultKeys() throws {
    let response: JSONValue = ["Contents": [["Key": "a"]], "Prefix": ""]
    #expect(
      AWSOutputFormat.textPage(of: response, resultKeys: ["Contents", "CommonPrefixes", "List.Items"])
        == ["Contents": [["Key": "a"]], "Prefix": "", "CommonPrefixes": nil, "List": ["Items": nil]])
  }

  @Test func capturesCoverEveryFormatAndBothErrorStages() {
    #expect(Self.successes.count >= 60)
    #expect(Self.failures.count >= 10)
    #expect(Self.successes.contains { $0.table.isEmpty } && Self.successes.contains { $0.text.isEmpty })
  }
}
