import Cloud

/// An HTTP response a simulated server sends back to `curl`.
struct HTTPResponse {
  var status: Int
  var reason: String
  var headers: [(String, String)]
  var body: String

  /// The status line and headers as they come over the wire (CRLF line ends, blank line after).
  var head: String {
    var text = "HTTP/1.1 \(status) \(reason)\r\n"
    for (name, value) in headers { text += "\(name): \(value)\r\n" }
    return text + "\r\n"
  }

  static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 301: "Moved Permanently"
    case 400: "Bad Request"
    case 403: "Forbidden"
    case 404: "Not Found"
    default: "Error"
    }
  }

  /// S3's XML error body for an API error, with request IDs drawn from the world.
  static func s3Error(_ error: APIError, world: inout World, bucketRegion: String?) -> HTTPResponse {
    let requestId = world.random.hex(16).uppercased()
    let hostId = base64ish(&world, count: 76)
    var body =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>\(error.code)</Code><Message>\(escape(error.message))</Message>"
    for detail in error.details { body += "<\(detail.name)>\(escape(detail.value))</\(detail.name)>" }
    body += "<RequestId>\(requestId)</RequestId><HostId>\(hostId)</HostId></Error>"
    var headers: [(String, String)] = []
    if let bucketRegion { headers.append(("x-amz-bucket-region", bucketRegion)) }
    headers += [
      ("x-amz-request-id", requestId), ("x-amz-id-2", hostId), ("Content-Type", "application/xml"),
      ("Transfer-Encoding", "chunked"), ("Date", S3APICommands.httpDate(world.now)), ("Server", "AmazonS3"),
    ]
    return HTTPResponse(status: error.httpStatus, reason: reason(error.httpStatus), headers: headers, body: body)
  }

  static func escape(_ text: String) -> String {
    // Most texts have nothing to escape; the Character walk below is for those that do.
    let special: (UInt8) -> Bool = {
      $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"")
    }
    if !text.utf8.contains(where: special) { return text }
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Base64-looking text of `count` characters, as S3's `x-amz-id-2` is.
  static func base64ish(_ world: inout World, count: Int) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for _ in 0..<count { bytes.append(alphabet[Int(world.random.below(64))]) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
