import Cloud
import Testing

@testable import Shell

/// `curl -v` against the real tool: curl 7.88.1 captured on loopback (captures/curl/verbose-*,
/// scripts/capture/curl-verbose.sh), bridged to the claimed 7.76.1 with OpenSSL 1.0.2k by its
/// source at tag curl-7_76_1. Each trace line labrun prints is either the capture's own, once the
/// capture's addresses, version and certificate dates are the simulation's, or one of the lines
/// 7.76.1 prints differently, each named here with where it comes from.
@Suite struct CurlVerboseFidelityTests {
  /// Lines 7.76.1 prints where 7.88.1 prints none or other words (lib/vtls/openssl.c, lib/http.c,
  /// lib/connect.c at curl-7_76_1; OpenSSL 1.0.2k's message callback).
  static let sevenSeventySixOnly: Set<String> = [
    "* ALPN, offering h2", "* ALPN, offering http/1.1",
    "* Cipher selection: ALL:!EXPORT:!EXPORT40:!EXPORT56:!aNULL:!LOW:!RC4:@STRENGTH",
    "* successfully set certificate verify locations:", "*  CApath: none",
    "* TLSv1.2 (OUT), TLS header, Certificate Status (22):",
    "* TLSv1.2 (IN), TLS change cipher, Change cipher spec (1):", "* ALPN, server did not agree to a protocol",
    "* Mark bundle as not supporting multiuse",
  ]

  /// The capture's stderr with loopback made the simulated address, 7.88.1 the claimed version and
  /// the test certificate's dates the simulated one's.
  static func bridged(_ name: String, address: String) -> [String] {
    let text = CaptureFiles.text("curl/\(name).err")
      .replacingOccurrences(of: "127.0.0.1", with: address)
      .replacingOccurrences(of: "curl/7.88.1", with: "curl/7.76.1")
      .replacingOccurrences(of: "Jan  1 00:00:00 2026 GMT", with: "Mar 22 00:00:00 2021 GMT")
      .replacingOccurrences(of: "Dec 31 23:59:59 2036 GMT", with: "Feb 22 23:59:59 2022 GMT")
    // CR LF is one Character: split on line breaks, not on "\n".
    return text.split(whereSeparator: \.isNewline).map(String.init)
  }

  @Test(arguments: [
    ("verbose-https-403", "curl -v https://s3.ap-northeast-2.amazonaws.com/"),
    ("verbose-https-403-vhost", "curl -v https://lab-bucket.s3.ap-northeast-2.amazonaws.com/"),
  ])
  func theHTTPSTraceIsTheCapturesOrSevenSeventySixes(capture: String, line: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    let address = try #require(run.connections.first).destination.description
    let host = String(line.split(separator: "/")[1])
    var real = Self.bridged(capture, address: address).map {
      $0.replacingOccurrences(of: "lab-bucket.s3.ap-northeast-2.amazonaws.com", with: host)
    }
    // The capture's server sent its own header values; compare the trace up to the response head.
    real = Array(real.prefix { !$0.hasPrefix("< ") })
    let ours = Array(run.stderr.split(whereSeparator: \.isNewline).map(String.init).prefix { !$0.hasPrefix("< ") })
    // 7.88.1-only lines: the CA path it reads, and HTTP/1.x being chosen (lib/cf-http.c, 7.88).
    let eightyEightOnly: Set<String> = [
      "*  CApath: /etc/ssl/certs", "* ALPN: offers h2,http/1.1", "* using HTTP/1.x",
      "* ALPN: server did not agree on a protocol. Uses default.",
    ]
    #expect(
      ours.filter { !Self.sevenSeventySixOnly.contains($0) }
        == real.filter { !eightyEightOnly.contains($0) }
        .sortedLikeSevenSeventySix())
    #expect(run.status == CaptureFiles.status("curl/statuses.txt", capture))
  }

  @Test func aRefusedConnectIsTracedAsSevenSeventySixTracesIt() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -v https://10.0.11.20/", &state)
    // 7.88.1 adds `after 0 ms` and says `Couldn't connect to server` (captures/curl/verbose-refused.err);
    // 7.76.1 names the errno (lib/connect.c at curl-7_76_1, lines 992 and 1034).
    let real = CaptureFiles.text("curl/verbose-refused.err")
      .replacingOccurrences(of: "127.0.0.1", with: "10.0.11.20")
      .replacingOccurrences(of: "s3.ap-northeast-2.amazonaws.com", with: "10.0.11.20")
      .replacingOccurrences(of: " after 0 ms: Couldn't connect to server", with: ": Connection refused")
    #expect(run.stderr == real)
    #expect(run.status == CaptureFiles.status("curl/statuses.txt", "verbose-refused"))
    let quiet = Golden.run("curl -sv -o /dev/null -w '%{http_code}' https://10.0.11.20/", &state)
    #expect(quiet.stdout == CaptureFiles.text("curl/verbose-refused-sv-w.out"))
    #expect(quiet.stderr == real.split(separator: "\n").dropLast().map { $0 + "\n" }.joined())
  }

  /// A bucket whose name has a dot is not covered by S3's one-label wildcard: curl 7.76.1 stops
  /// after the certificate's dates (lib/vtls/openssl.c 1746–1749 at curl-7_76_1) and adds its
  /// certificate help (src/tool_operate.c, CURL_CA_CERT_ERRORMSG); `-k` skips the host check.
  @Test func aDottedBucketFailsTheCertificateCheck() throws {
    var state = try Golden.state("V1")
    let host = "jschoi.acl.s3.ap-northeast-2.amazonaws.com"
    let run = Golden.run("curl -v https://\(host)/", &state)
    let failure = "SSL: no alternative certificate subject name matches target host name '\(host)'"
    #expect(run.status == 60)
    #expect(run.stdout == "")
    #expect(
      run.stderr.hasSuffix(
        """
        *  subject: CN=*.s3.ap-northeast-2.amazonaws.com
        *  start date: Mar 22 00:00:00 2021 GMT
        *  expire date: Feb 22 23:59:59 2022 GMT
        *  subjectAltName does not match \(host)
        * \(failure)
        * Closing connection 0
        curl: (60) \(failure)
        More details here: https://curl.se/docs/sslcerts.html

        curl failed to verify the legitimacy of the server and therefore could not
        establish a secure connection to it. To learn more about this situation and
        how to fix it, please visit the web page mentioned above.

        """))
    #expect(!run.stderr.contains("> GET"), "no request goes out")
    let quiet = Golden.run("curl -s https://\(host)/", &state)
    #expect(quiet.stderr == "" && quiet.status == 60)
    let insecure = Golden.run("curl -kv https://\(host)/", &state)
    #expect(insecure.status == 0)
    #expect(!insecure.stderr.contains("subjectAltName"))
    #expect(insecure.stderr.contains("*  issuer: C=US; O=Amazon; OU=Server CA 1B; CN=Amazon\n"))
  }

  @Test func aTimeoutWithoutLimitExitsTwentyEight() throws {
    var state = try Golden.state("V3")
    let run = Golden.run("curl -v https://s3.ap-northeast-2.amazonaws.com/", &state)
    let address = try #require(run.connections.first).destination.description
    #expect(
      run.stderr == """
        *   Trying \(address):443...
        * connect to \(address) port 443 failed: Connection timed out
        * Failed to connect to s3.ap-northeast-2.amazonaws.com port 443: Connection timed out
        * Closing connection 0
        curl: (28) Failed to connect to s3.ap-northeast-2.amazonaws.com port 443: Connection timed out

        """)
    #expect(run.status == CaptureFiles.status("curl/statuses.txt", "verbose-timeout-no-limit"))
  }
}

extension Array where Element == String {
  /// 7.76.1 reads its CA locations before it sends the ClientHello; 7.88.1 after
  /// (lib/vtls/openssl.c at curl-7_76_1, 3054–3078): the capture's order made the claimed one's.
  func sortedLikeSevenSeventySix() -> [String] {
    guard let hello = firstIndex(of: "* TLSv1.2 (OUT), TLS handshake, Client hello (1):"),
      let caFile = firstIndex(where: { $0.hasPrefix("*  CAfile: ") }), caFile > hello
    else { return self }
    var lines = self
    let moved = lines.remove(at: caFile)
    lines.insert(moved, at: hello)
    return lines
  }
}
