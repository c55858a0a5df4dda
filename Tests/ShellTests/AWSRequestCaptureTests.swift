import Cloud
import CourseWorldSupport
import Foundation
import Testing

@testable import Shell

/// The requests labrun's `aws` sends, against those the real awscli 1.18.147 (Python 2.7.18,
/// botocore 1.18.6) sent for the same commands, as its `--debug` log printed them
/// (scripts/capture/awscli_requests.py, against moto_server on loopback).
///
/// The first request's path and query is what a connect timeout names; the whole sequence shows
/// how a listing is paged; and the responses the capture printed fix the layout of `head-object`
/// and `list-objects`.
@Suite struct AWSRequestCaptureTests {
  struct Request: Decodable, Equatable, Sendable {
    let method: String
    let pathAndQuery: String
  }

  struct Capture: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let command: String
    let requests: [Request]
    /// How many connections urllib3 opened ("Starting new … connection").
    let connections: Int
    let stdout: String
    let status: Int32
    var testDescription: String { name }
  }

  struct File: Decodable {
    let tools: [String]
    let cases: [Capture]
  }

  static let file: File? = {
    guard
      let url = Bundle.module.url(
        forResource: "requests", withExtension: "json", subdirectory: "Resources/captures/awscli-requests"),
      let data = try? Data(contentsOf: url)
    else { return nil }
    return try? JSONDecoder().decode(File.self, from: data)
  }()

  static let captures: [Capture] = file?.cases ?? []

  static func capture(_ name: String) throws -> Capture {
    try #require(captures.first { $0.name == name })
  }

  static func world() throws -> ShellState {
    ShellState(world: try WorldDescription.course(era: .y2021).build(seed: 3), hostName: "V1")
  }

  static func run(_ command: String, on host: String, state: inout ShellState) -> LineResult {
    state.hostName = host
    return LabShell.run(command, state: &state)
  }

  @Test func theCaptureIsFromTheClaimedVersion() throws {
    let file = try #require(Self.file)
    #expect(file.tools.first?.hasPrefix("aws-cli/1.18.147 Python/2.7.18 ") == true)
    #expect(file.tools.first?.hasSuffix(" botocore/1.18.6") == true)
    #expect(file.cases.allSatisfy { !$0.requests.isEmpty })
  }

  /// On V3 (a private subnet with no way out) every attempt times out, and awscli's last line
  /// names the URL of the request it kept sending: the real tool's first request, at AWS's
  /// endpoint instead of the capture's.
  @Test(arguments: captures)
  func connectTimeoutNamesTheRealFirstRequest(_ capture: Capture) throws {
    var state = try Self.world()
    let result = Self.run(capture.command, on: "V3", state: &state)
    #expect(result.status == 255 || result.status == 1, "\(result.stderr)")
    let line = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
    let prefix = "Connect timeout on endpoint URL: \"https://"
    let failure = line.hasPrefix("download failed: ") ? line.components(separatedBy: " - ").last ?? line : line
    try #require(failure.hasPrefix(prefix) || line.contains(prefix), "\(capture.command): \(result.stderr)")
    let url = String(line[line.range(of: prefix)!.upperBound...].dropLast())
    let pathAndQuery = String(url[(url.firstIndex(of: "/") ?? url.endIndex)...])
    #expect(pathAndQuery == capture.requests[0].pathAndQuery, "\(capture.command)")
  }

  /// The request lines labrun's `--debug` shows, tokens masked: moto's continuation tokens and
  /// markers are its own opaque strings, so only where they stand is compared.
  static func masked(_ pathAndQuery: String) -> String {
    pathAndQuery.replacing(/(continuation-token|marker)=[^&]*/) { match in "\(match.output.1)=TOKEN" }
  }

  static let s3Captures = captures.filter { $0.command.hasPrefix("aws s3") }

  /// Cases where the course world answers otherwise than moto's, and why; their requests are
  /// compared up to where the answers part.
  static let worldDiffers: [String: String] = [
    "s3api-put-object": "V1's role is read-only, so S3 refuses the PutObject (AccessDenied) that moto took",
    "s3api-location-use1":
      "labrun's ap-northeast-2 endpoint redirects a us-east-1 bucket and botocore asks again there; moto serves every Region at one endpoint",
  ]

  /// On V1 (a public subnet) every S3 command sends the real tool's requests, in order, over as
  /// many connections: `--page-size` pages the listing with the page size and, after the first
  /// request, the token in the same place in the query; the pages share one connection.
  @Test(arguments: s3Captures)
  func sendsTheRealRequestSequence(_ capture: Capture) throws {
    var state = try Self.world()
    let result = Self.run(capture.command + " --debug", on: "V1", state: &state)
    let differs = Self.worldDiffers[capture.name] != nil
    #expect(result.status == capture.status || differs)
    let lines = result.stderr.split(separator: "\n")
    let sent = lines.compactMap { line -> Request? in
      guard
        let match = line.firstMatch(
          of: /Sending http request: <AWSPreparedRequest stream_output=\w+, method=(\w+), url=https:\/\/[^\/]+(\S+),/)
      else { return nil }
      return Request(method: String(match.output.1), pathAndQuery: Self.masked(String(match.output.2)))
    }
    let real = capture.requests.map { Request(method: $0.method, pathAndQuery: Self.masked($0.pathAndQuery)) }
    let opened = lines.filter { $0.contains("urllib3.connectionpool - DEBUG - Starting new") }.count
    if differs {
      #expect(sent.starts(with: real), "\(capture.command)")
    } else {
      #expect(sent == real, "\(capture.command)")
      #expect(opened == capture.connections, "\(capture.command)")
    }
  }

  /// moto's times, ETags and content types put on the course's objects, so that a whole
  /// response can be compared byte for byte.
  static func adopt(_ captured: [(key: String, lastModified: String, eTag: String)], state: inout ShellState) {
    _ = state.world.s3.modifyBucket(named: "jschoi.acl") { bucket in
      for entry in captured {
        guard let object = bucket.object(forKey: entry.key) else { continue }
        bucket.put(
          S3Object(
            key: object.key, size: object.size, lastModified: milliseconds(entry.lastModified), eTag: entry.eTag,
            storageClass: object.storageClass, contentType: "binary/octet-stream", body: object.body))
      }
    }
  }

  /// An ISO 8601 (`2026-12-02T18:50:01.000Z`) or HTTP (`Wed, 02 Dec 2026 18:50:01 GMT`) time.
  static func milliseconds(_ text: String) -> Int64 {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = text.hasSuffix("GMT") ? "EEE, dd MMM yyyy HH:mm:ss zzz" : "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"
    return Int64((formatter.date(from: text)?.timeIntervalSince1970 ?? 0) * 1000)
  }

  /// `head-object` prints the headers in Python 2's dict order, `LastModified` as S3's HTTP date.
  @Test func headObjectPrintsTheRealLayout() throws {
    let capture = try Self.capture("s3api-head-object")
    let captured = try #require(
      try JSONSerialization.jsonObject(with: Data(capture.stdout.utf8)) as? [String: Any])
    var state = try Self.world()
    Self.adopt(
      [("jschoi.acl_test.csv", captured["LastModified"] as? String ?? "", captured["ETag"] as? String ?? "")],
      state: &state)
    let result = Self.run(capture.command, on: "V1", state: &state)
    #expect(result.stdout == capture.stdout)
    #expect(result.status == capture.status)
  }

  /// `list-objects` (version 1) lists each object's owner too; the owner is the course
  /// account's (ListBuckets'), not moto's.
  @Test func listObjectsPrintsTheRealLayout() throws {
    let capture = try Self.capture("s3api-v1-prefix")
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(capture.stdout.utf8)) as? [String: Any])
    let contents = parsed["Contents"] as? [[String: Any]] ?? []
    var state = try Self.world()
    Self.adopt(
      contents.map { ($0["Key"] as? String ?? "", $0["LastModified"] as? String ?? "", $0["ETag"] as? String ?? "") },
      state: &state)
    let owner = try #require(contents.first?["Owner"] as? [String: String])
    let expected = capture.stdout
      .replacingOccurrences(of: owner["DisplayName"] ?? "", with: "jschoi")
      .replacingOccurrences(
        of: owner["ID"] ?? "", with: "7d4a1b6f0c2e4b1d9f3a8e2c6b5d4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b")
    let result = Self.run(capture.command, on: "V1", state: &state)
    #expect(result.stdout == expected)
    #expect(result.status == capture.status)
  }

  /// `--max-keys` by hand turns paging off: the whole response, its own members included.
  @Test func maxKeysPrintsTheWholeResponse() throws {
    let capture = try Self.capture("s3api-v2-prefix-max-keys")
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(capture.stdout.utf8)) as? [String: Any])
    let contents = parsed["Contents"] as? [[String: Any]] ?? []
    var state = try Self.world()
    Self.adopt(
      contents.map { ($0["Key"] as? String ?? "", $0["LastModified"] as? String ?? "", $0["ETag"] as? String ?? "") },
      state: &state)
    let result = Self.run(capture.command, on: "V1", state: &state)
    let token = /"NextContinuationToken": "[^"]*"/
    #expect(
      result.stdout.replacing(token, with: "\"NextContinuationToken\": \"TOKEN\"")
        == capture.stdout.replacing(token, with: "\"NextContinuationToken\": \"TOKEN\""))
    #expect(result.status == capture.status)
  }

  /// The same in text: the response's own scalars on one line, no `None` for the result keys a
  /// paginator would have filled in. moto's token is swapped for labrun's (each service's own).
  @Test func maxKeysPrintsTheWholeResponseAsText() throws {
    let capture = try Self.capture("s3api-v2-prefix-max-keys-text")
    let json = try Self.capture("s3api-v2-prefix-max-keys")
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let motoToken = try #require(parsed["NextContinuationToken"] as? String)
    let contents = parsed["Contents"] as? [[String: Any]] ?? []
    var state = try Self.world()
    Self.adopt(
      contents.map { ($0["Key"] as? String ?? "", $0["LastModified"] as? String ?? "", $0["ETag"] as? String ?? "") },
      state: &state)
    let ours = Self.run(json.command + " --query NextContinuationToken --output text", on: "V1", state: &state)
    let token = ours.stdout.trimmingCharacters(in: .newlines)
    let result = Self.run(capture.command, on: "V1", state: &state)
    #expect(result.stdout == capture.stdout.replacingOccurrences(of: motoToken, with: token))
    #expect(result.status == capture.status)
  }
}
