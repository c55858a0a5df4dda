import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// One line run through the whole lab shell, with the simulated time it took.
struct GoldenRun {
  let result: LineResult
  /// Simulated milliseconds the line took.
  let elapsed: Int64
  var stdout: String { result.stdout }
  var stderr: String { result.stderr }
  var status: Int32 { result.status }

  /// The TCP connections the line opened, in order.
  var connections: [Connection] {
    result.events.compactMap { if case .connection(let connection) = $0 { connection } else { nil } }
  }
  /// The DNS lookups the line made, in order.
  var lookups: [DNSLookup] {
    result.events.compactMap { if case .dnsLookup(let lookup) = $0 { lookup } else { nil } }
  }
}

/// Shared helpers for the golden tests of the host and network commands (issue 4).
enum Golden {
  static let seed: UInt64 = 1
  static let metadata = "http://169.254.169.254/latest/meta-data"
  static let s3 = "https://s3.ap-northeast-2.amazonaws.com"

  /// A fresh session on `host` of the course world.
  static func state(_ host: String, seed: UInt64 = Golden.seed) throws -> ShellState {
    ShellState(world: try WorldDescription.course().build(seed: seed), hostName: host)
  }

  /// Runs a line through `LabShell.run`, measuring the simulated clock.
  @discardableResult
  static func run(_ line: String, _ state: inout ShellState) -> GoldenRun {
    let before = state.world.now
    let result = LabShell.run(line, state: &state)
    return GoldenRun(result: result, elapsed: state.world.now - before)
  }

  /// The VPC's gateway-endpoint creation the article does for V2 (route table private-a).
  static func createGatewayEndpoint(_ state: inout ShellState) throws -> VPCEndpoint {
    let vpc = try #require(state.world.vpcs.first).id
    let table = try #require(state.world.routeTables.first { $0.name == "private-a" }).id
    var request = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: vpc)
    request.routeTableIds = [table]
    return try state.world.createEndpoint(request).get()
  }

  static let upperHex = Set("0123456789ABCDEF")
  static let base64 = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

  /// Replaces S3's drawn request and host IDs (in XML and in headers) by REQID and HOSTID,
  /// after checking their shape: 16 uppercase hex digits, 76 base64 characters.
  static func maskS3IDs(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    var out = text
    func mask(between open: String, and close: String, as placeholder: String, check: (Substring) -> Bool) {
      var searchStart = out.startIndex
      while let start = out.range(of: open, range: searchStart..<out.endIndex),
        let end = out.range(of: close, range: start.upperBound..<out.endIndex)
      {
        let value = out[start.upperBound..<end.lowerBound]
        #expect(check(value), "\(open)\(value) has the wrong shape", sourceLocation: sourceLocation)
        out.replaceSubrange(start.upperBound..<end.lowerBound, with: placeholder)
        searchStart = out.index(start.upperBound, offsetBy: placeholder.count)
      }
    }
    let isRequestId: (Substring) -> Bool = { $0.count == 16 && $0.allSatisfy(upperHex.contains) }
    let isHostId: (Substring) -> Bool = { $0.count == 76 && $0.allSatisfy(base64.contains) }
    mask(between: "<RequestId>", and: "</RequestId>", as: "REQID", check: isRequestId)
    mask(between: "<HostId>", and: "</HostId>", as: "HOSTID", check: isHostId)
    mask(between: "x-amz-request-id: ", and: "\r\n", as: "REQID", check: isRequestId)
    mask(between: "x-amz-id-2: ", and: "\r\n", as: "HOSTID", check: isHostId)
    return out
  }

  /// Lines split on LF as bytes. "\r\n" is one Swift Character, so `split(separator: "\n")`
  /// (and, on Linux, `components(separatedBy: "\n")`) never splits a CRLF line end.
  static func lines(_ text: String) -> [String] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String(String.UnicodeScalarView($0))
    }
  }

  /// The simulated date header for the world's current time.
  static func httpDate(_ state: ShellState, offset: Int64 = 0) -> String {
    S3APICommands.httpDate(state.world.now + offset)
  }
}
