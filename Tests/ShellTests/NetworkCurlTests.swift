import Cloud
import Testing

@testable import Shell

/// `curl` golden tests: whole stdout, stderr and status, CRLF and final newlines included.
/// IDs and pool addresses come from the world or the line's events; S3's drawn request IDs are masked.
@Suite struct NetworkCurlTests {
  private func instanceId(_ state: ShellState) throws -> String {
    let host = try #require(state.host)
    guard case .instance(let id) = host.kind else {
      Issue.record("not an instance")
      return ""
    }
    return id
  }

  static let date = "Tue, 13 Apr 2021 04:40:00 GMT"

  // MARK: instance metadata

  @Test func metadataInstanceIdHasNoTrailingNewline() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl \(Golden.metadata)/instance-id", &state)
    #expect(run.stdout == (try instanceId(state)))
    #expect(run.stdout.hasPrefix("i-0") && run.stdout.count == 19)
    #expect(run.stderr == "")
    #expect(run.status == 0)
    #expect(run.elapsed == 2)
    #expect(run.result.events.isEmpty, "the metadata service is link-local: no DNS, no routed connection")
  }

  @Test(arguments: [
    ("V1", "10.0.1.10", "ap-northeast-2a"), ("V2", "10.0.11.20", "ap-northeast-2a"),
    ("V3", "10.0.12.20", "ap-northeast-2c"),
  ])
  func metadataLocalAddressAndZone(host: String, address: String, zone: String) throws {
    var state = try Golden.state(host)
    let ipv4 = Golden.run("curl \(Golden.metadata)/local-ipv4", &state)
    #expect(ipv4.stdout == address && ipv4.stderr == "" && ipv4.status == 0)
    let placement = Golden.run("curl -s \(Golden.metadata)/placement/availability-zone", &state)
    #expect(placement.stdout == zone && placement.stderr == "" && placement.status == 0)
  }

  @Test func metadataListingShowsPublicIPv4OnlyOnThePublicInstance() throws {
    let common = "ami-id\nhostname\niam/\ninstance-id\ninstance-type\nlocal-hostname\nlocal-ipv4\nmac\nplacement/"
    var v1 = try Golden.state("V1")
    let listing = Golden.run("curl \(Golden.metadata)/", &v1)
    #expect(listing.stdout == common + "\npublic-ipv4")
    #expect(listing.stderr == "" && listing.status == 0)
    var v3 = try Golden.state("V3")
    #expect(Golden.run("curl \(Golden.metadata)/", &v3).stdout == common)
    #expect(Golden.run("curl \(Golden.metadata)", &v3).stdout == common)
    #expect(
      Golden.run("curl http://169.254.169.254/latest/meta-data/placement/", &v3).stdout == "availability-zone\nregion")
    #expect(Golden.run("curl http://169.254.169.254/", &v3).stdout == "1.0\nlatest")
  }

  static let notFoundBody = """
    <?xml version="1.0" encoding="iso-8859-1"?>
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    \t"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
     <head>
      <title>404 - Not Found</title>
     </head>
     <body>
      <h1>404 - Not Found</h1>
     </body>
    </html>

    """

  @Test func metadataUnknownPathIsA404PageAndExitZero() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl \(Golden.metadata)/nope", &state)
    #expect(run.stdout == Self.notFoundBody)
    #expect(run.stderr == "")
    #expect(run.status == 0, "without -f curl exits 0 on an HTTP error")
    let headers = Golden.run("curl -i \(Golden.metadata)/nope", &state)
    #expect(
      headers.stdout == """
        HTTP/1.1 404 Not Found\r
        Content-Type: text/plain\r
        Accept-Ranges: none\r
        Last-Modified: Tue, 13 Apr 2021 03:40:00 GMT\r
        Content-Length: 337\r
        Date: \(Self.date)\r
        Server: EC2ws\r
        Connection: close\r
        \r

        """ + Self.notFoundBody)
  }

  @Test func metadataIncludeAndHeadShapes() throws {
    var state = try Golden.state("V1")
    let id = try instanceId(state)
    let head = """
      HTTP/1.1 200 OK\r
      Content-Type: text/plain\r
      Accept-Ranges: none\r
      Last-Modified: Tue, 13 Apr 2021 03:40:00 GMT\r
      Content-Length: 19\r
      Date: \(Self.date)\r
      Server: EC2ws\r
      Connection: close\r
      \r

      """
    let include = Golden.run("curl -i \(Golden.metadata)/instance-id", &state)
    #expect(include.stdout == head + id)
    #expect(include.stderr == "" && include.status == 0)
    let headOnly = Golden.run("curl -I \(Golden.metadata)/instance-id", &state)
    #expect(headOnly.stdout == head)
    #expect(headOnly.stderr == "" && headOnly.status == 0)
    #expect(Golden.run("curl -sI \(Golden.metadata)/instance-id", &state).stdout == head)
  }

  @Test func metadataVerboseRequestLines() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -v \(Golden.metadata)/instance-id", &state)
    #expect(run.stdout == (try instanceId(state)))
    #expect(run.status == 0)
    #expect(
      run.stderr.hasPrefix(
        """
        *   Trying 169.254.169.254:80...
        * Connected to 169.254.169.254 (169.254.169.254) port 80 (#0)
        > GET /latest/meta-data/instance-id HTTP/1.1\r
        > Host: 169.254.169.254\r
        > User-Agent: curl/7.76.1\r
        > Accept: */*\r
        > \r

        """))
    let head = Golden.run("curl -vI \(Golden.metadata)/instance-id", &state)
    #expect(head.stderr.contains("> HEAD /latest/meta-data/instance-id HTTP/1.1\r\n"))
  }

  /// Product bug: `CurlCommand.deliver` splits `response.head` on "\n", but "\r\n" is one Swift
  /// Character, so nothing splits and `.dropLast()` drops the whole head: no `< ` lines appear.
  @Test func verboseShowsTheResponseHeaders() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -v \(Golden.metadata)/instance-id", &state)
    do {  // Once a known issue, now fixed.
      #expect(
        run.stderr.contains(
          """
          < HTTP/1.1 200 OK\r
          < Content-Type: text/plain\r
          < Accept-Ranges: none\r
          < Last-Modified: Tue, 13 Apr 2021 03:40:00 GMT\r
          < Content-Length: 19\r
          < Date: \(Self.date)\r
          < Server: EC2ws\r
          < Connection: close\r
          < \r

          """))
    }
  }

  /// Product bug: the metadata service answers `Connection: close`, after which curl prints
  /// `* Closing connection 0`, not `left intact` (observed with real curl on loopback).
  @Test func verboseClosesAConnectionTheServerCloses() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -v \(Golden.metadata)/instance-id", &state)
    do {  // Once a known issue, now fixed.
      #expect(run.stderr.hasSuffix("* Closing connection 0\n"))
    }
  }

  /// Product bug: curl's `-f` is accepted and ignored; real curl prints no body and exits 22.
  @Test func failOnHTTPErrors() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -f \(Golden.metadata)/nope", &state)
    do {  // Once a known issue, now fixed.
      #expect(run.stdout == "")
      #expect(run.stderr == "curl: (22) The requested URL returned error: 404 Not Found\n")
      #expect(run.status == 22)
    }
  }

  /// Product bug: `-w` takes its argument and ignores it; real curl prints the write-out.
  @Test func writeOutHTTPCode() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -s -o /dev/null -w %{http_code} \(Golden.s3)/", &state)
    #expect(run.status == 0)
    do {  // Once a known issue, now fixed.
      #expect(run.stdout == "403")
    }
  }

  // MARK: S3, anonymous

  static let accessDenied =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>REQID</RequestId><HostId>HOSTID</HostId></Error>"

  @Test func s3RegionalRootIsAccessDenied() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl \(Golden.s3)/", &state)
    #expect(Golden.maskS3IDs(run.stdout) == Self.accessDenied)
    #expect(run.stderr == "")
    #expect(run.status == 0)
    #expect(run.elapsed == 21)
    #expect(
      run.result.events.contains { if case .apiCall(let call) = $0 { call.errorCode == "AccessDenied" } else { false } }
    )
    #expect(Golden.maskS3IDs(Golden.run("curl -s \(Golden.s3)", &state).stdout) == Self.accessDenied)
  }

  @Test func s3BucketIs403WithItsRegion() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -i \(Golden.s3)/jschoi.acl", &state)
    #expect(
      Golden.maskS3IDs(run.stdout) == """
        HTTP/1.1 403 Forbidden\r
        x-amz-bucket-region: ap-northeast-2\r
        x-amz-request-id: REQID\r
        x-amz-id-2: HOSTID\r
        Content-Type: application/xml\r
        Transfer-Encoding: chunked\r
        Date: \(Self.date)\r
        Server: AmazonS3\r
        \r

        """ + Self.accessDenied)
    #expect(run.stderr == "" && run.status == 0)
    // The header's IDs are the body's.
    let lines = run.stdout.components(separatedBy: "\r\n")
    let requestId = try #require(lines.first { $0.hasPrefix("x-amz-request-id: ") }).dropFirst(18)
    let hostId = try #require(lines.first { $0.hasPrefix("x-amz-id-2: ") }).dropFirst(12)
    #expect(run.stdout.contains("<RequestId>\(requestId)</RequestId><HostId>\(hostId)</HostId>"))
  }

  @Test func s3MissingBucketIsNoSuchBucket() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -i \(Golden.s3)/no-such-bucket-4", &state)
    #expect(
      Golden.maskS3IDs(run.stdout) == """
        HTTP/1.1 404 Not Found\r
        x-amz-request-id: REQID\r
        x-amz-id-2: HOSTID\r
        Content-Type: application/xml\r
        Transfer-Encoding: chunked\r
        Date: \(Self.date)\r
        Server: AmazonS3\r
        \r
        <?xml version="1.0" encoding="UTF-8"?>
        <Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>no-such-bucket-4</BucketName><RequestId>REQID</RequestId><HostId>HOSTID</HostId></Error>
        """)
    #expect(run.stderr == "" && run.status == 0)
  }

  @Test func s3HeadOnly() throws {
    var state = try Golden.state("cloudshell")
    let run = Golden.run("curl -I \(Golden.s3)/", &state)
    #expect(
      Golden.maskS3IDs(run.stdout) == """
        HTTP/1.1 403 Forbidden\r
        x-amz-request-id: REQID\r
        x-amz-id-2: HOSTID\r
        Content-Type: application/xml\r
        Transfer-Encoding: chunked\r
        Date: \(Self.date)\r
        Server: AmazonS3\r
        \r

        """)
    #expect(run.stderr == "" && run.status == 0)
  }

  /// The TLS lines between `* Connected` and the request are CurlTLSTrace's (CurlVerboseFidelityTests).
  @Test func s3VerboseShape() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -v \(Golden.s3)/", &state)
    let address = try #require(run.connections.first).destination
    #expect(Golden.maskS3IDs(run.stdout) == Self.accessDenied)
    #expect(run.status == 0)
    #expect(
      run.stderr.hasPrefix(
        """
        *   Trying \(address):443...
        * Connected to s3.ap-northeast-2.amazonaws.com (\(address)) port 443 (#0)

        """ + CurlTLSTrace.lines(host: "s3.ap-northeast-2.amazonaws.com") + """
          > GET / HTTP/1.1\r
          > Host: s3.ap-northeast-2.amazonaws.com\r
          > User-Agent: curl/7.76.1\r
          > Accept: */*\r
          > \r

          """))
    #expect(run.stderr.hasSuffix("* Connection #0 to host s3.ap-northeast-2.amazonaws.com left intact\n"))
    do {  // Once a known issue, now fixed.
      #expect(run.stderr.contains("< HTTP/1.1 403 Forbidden\r\n"))
    }
    // -s keeps -v's trace (curl's -s silences the progress meter and errors only).
    let quiet = Golden.run("curl -sv \(Golden.s3)/", &state)
    #expect(quiet.stderr.hasPrefix("*   Trying "))
  }

  /// Product bug: curl sends the port in `Host:` when it is not the scheme's default.
  @Test func hostHeaderCarriesANonDefaultPort() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -v \(Golden.s3):8443/", &state)
    do {  // Once a known issue, now fixed.
      #expect(run.stderr.contains("> Host: s3.ap-northeast-2.amazonaws.com:8443\r\n"))
    }
  }

  // MARK: dropped connections and the clock

  @Test func v3WithoutLimitGivesUpAfterTheKernelsSYNRetries() throws {
    var state = try Golden.state("V3")
    let run = Golden.run("curl \(Golden.s3)/", &state)
    #expect(run.stdout == "")
    // curl 7.76.1 turns the kernel's ETIMEDOUT into CURLE_OPERATION_TIMEDOUT (lib/connect.c at tag
    // curl-7_76_1), exit 28; curl 7.88.1 does the same (captures/curl/verbose-timeout-no-limit).
    #expect(
      run.stderr == "curl: (28) Failed to connect to s3.ap-northeast-2.amazonaws.com port 443: Connection timed out\n")
    #expect(run.status == 28)
    #expect(run.elapsed == 127_001, "1 ms of DNS, then 127 s of SYN retries")
    let connection = try #require(run.connections.first)
    guard case .dropped(_, let reasons) = connection.outcome else {
      Issue.record("not dropped")
      return
    }
    #expect(reasons.contains { if case .noRoute = $0 { true } else { false } })
    #expect(connection.port == 443)
  }

  @Test(arguments: [
    ("--connect-timeout 5", 5001), ("--connect-timeout 2.5", 2501), ("-m 2", 2001), ("--max-time 1", 1001),
  ])
  func v3WithATimeLimitIsCurl28(options: String, milliseconds: Int) throws {
    var state = try Golden.state("V3")
    let run = Golden.run("curl \(options) \(Golden.s3)/", &state)
    #expect(run.stdout == "")
    #expect(run.stderr == "curl: (28) Connection timed out after \(milliseconds) milliseconds\n")
    #expect(run.status == 28)
    #expect(run.elapsed == Int64(milliseconds) + 1)
  }

  @Test func v3SilentTimeoutPrintsNothing() throws {
    var state = try Golden.state("V3")
    let silent = Golden.run("curl -s --connect-timeout 5 \(Golden.s3)/", &state)
    #expect(silent.stdout == "" && silent.stderr == "" && silent.status == 28)
    let shown = Golden.run("curl -sS --connect-timeout 5 \(Golden.s3)/", &state)
    #expect(shown.stderr == "curl: (28) Connection timed out after 5001 milliseconds\n" && shown.status == 28)
  }

  @Test func v3VerboseTimeout() throws {
    var state = try Golden.state("V3")
    let run = Golden.run("curl -v --connect-timeout 5 \(Golden.s3)/", &state)
    let address = try #require(run.connections.first).destination
    #expect(run.status == 28)
    #expect(run.stderr.hasPrefix("*   Trying \(address):443...\n"))
    #expect(run.stderr.hasSuffix("curl: (28) Connection timed out after 5001 milliseconds\n"))
    // Real curl echoes a failure as an info line in verbose mode, then closes the connection.
    do {  // Once a known issue, now fixed.
      #expect(
        run.stderr == """
          *   Trying \(address):443...
          * Connection timed out after 5001 milliseconds
          * Closing connection 0
          curl: (28) Connection timed out after 5001 milliseconds

          """)
    }
  }

  @Test func refusedOnAPortNothingListensOn() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl http://10.0.11.20/", &state)
    #expect(run.stdout == "")
    #expect(run.stderr == "curl: (7) Failed to connect to 10.0.11.20 port 80: Connection refused\n")
    #expect(run.status == 7)
  }

  @Test func metadataIsNotReachableOnPremises() throws {
    var state = try Golden.state("idc")
    let run = Golden.run("curl \(Golden.metadata)/", &state)
    #expect(run.stderr == "curl: (28) Failed to connect to 169.254.169.254 port 80: Connection timed out\n")
    #expect(run.status == 28)
    #expect(run.elapsed == 127_000)
  }

  // MARK: names and options

  @Test func unresolvableHostIsCurl6() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl http://nosuch.example.invalid/", &state)
    #expect(run.stdout == "")
    #expect(run.stderr == "curl: (6) Could not resolve host: nosuch.example.invalid\n")
    #expect(run.status == 6)
    #expect(run.lookups.count == 1)
    let silent = Golden.run("curl -s https://nosuch.example.invalid/x", &state)
    #expect(silent.stderr == "" && silent.status == 6)
    let shown = Golden.run("curl -sS https://nosuch.example.invalid/x", &state)
    let (stderr, status) = Self.realError("unresolvable")
    #expect(shown.stderr == stderr && shown.status == status)
  }

  /// stderr and exit status of curl 7.88.1 for a usage error (Resources/captures/curl/errors).
  static func realError(_ name: String) -> (String, Int32) {
    (CaptureFiles.text("curl/errors/\(name).err"), CaptureFiles.status("curl/errors/statuses.txt", name))
  }

  @Test(arguments: [
    ("curl", realError("no-url")),
    ("curl --bogus", realError("unknown-option")),
    ("curl --connect-timeout", realError("connect-timeout-missing")),
    ("curl --connect-timeout abc http://x/", realError("connect-timeout-not-a-number")),
    ("curl http://x/ -X", realError("request-missing")),
    ("curl http://", realError("bad-url")),
    (
      "curl -so",
      ("curl: option -o: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2)
    ),
  ])
  func optionErrors(line: String, expected: (stderr: String, status: Int32)) throws {
    let (stderr, status) = expected
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    #expect(run.stdout == "")
    #expect(run.stderr == stderr)
    #expect(run.status == status)
    #expect(run.elapsed == 0)
    #expect(run.result.events.isEmpty)
  }

  /// Product bug: curl words a negative time differently from a non-number (observed with real curl).
  @Test func negativeTimeIsNotAPositiveNumber() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -m -1 http://x/", &state)
    let (stderr, status) = Self.realError("negative-time")
    #expect(run.status == status)
    do {  // Once a known issue, now fixed.
      #expect(run.stderr == stderr)
    }
  }

  /// Product bug: a scheme curl does not know is `(1) Protocol "x" not supported or disabled in
  /// libcurl` (observed with real curl here), not `(3)`.
  @Test func unknownSchemeIsCurl1() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl foo://x", &state)
    #expect(run.status != 0 && run.stdout == "")
    let (stderr, status) = Self.realError("unknown-scheme")
    do {  // Once a known issue, now fixed.
      #expect(run.stderr == stderr)
      #expect(run.status == status)
    }
  }
}
