import Testing

@testable import Shell

/// How curl's simulation splits a URL: at bytes when the text is ASCII, at characters otherwise,
/// which must come to the same parts wherever both can be used.
@Suite struct CurlURLTests {
  static let urls = [
    "https://s3.ap-northeast-2.amazonaws.com",
    "https://s3.ap-northeast-2.amazonaws.com/",
    "HTTP://User:pw@Example.COM:8080/a/b?x=1#f",
    "example.com",
    "example.com:81/path",
    "http://a@b@host/x",
    "http://host:abc/",
    "http://host:/",
    "http://:80/",
    "http://",
    "https://[::1]:8443/",
    "ftp://host/",
    "://host",
    "http:/host",
    "http:///path",
    "h\r\nttp://host/",
    "http://host\r\n:90/",
    "",
  ]

  @Test(arguments: urls)
  func bytesSplitAsCharactersSplit(_ url: String) {
    let bytes = CurlURL.splitBytes(url)
    let characters = CurlURL.splitCharacters(url)
    #expect(bytes?.scheme == characters?.scheme)
    #expect(bytes?.host == characters?.host)
    #expect(bytes?.port == characters?.port)
    #expect(bytes?.path == characters?.path)
    #expect(CurlURL.scheme(of: url) == Substring(url).firstRange(of: "://").map { url[..<$0.lowerBound].lowercased() })
  }

  /// The parts as curl reads a URL: no scheme means http, the user part is dropped and the port
  /// defaults to the scheme's (curl's URL guessing); scheme and host compare without case (RFC 3986
  /// §3.1, §3.2.2), so they are kept lowercased.
  @Test(arguments: [
    ("https://s3.ap-northeast-2.amazonaws.com", "https", "s3.ap-northeast-2.amazonaws.com", 443, "/"),
    ("HTTP://User:pw@Example.COM:8080/a/b?x=1", "http", "example.com", 8080, "/a/b?x=1"),
    ("example.com", "http", "example.com", 80, "/"),
    ("http://호스트.example/경로", "http", "호스트.example", 80, "/경로"),
  ])
  func parts(url: String, scheme: String, host: String, port: Int, path: String) throws {
    let parsed = try #require(CurlURL(url))
    #expect(parsed.scheme == scheme)
    #expect(parsed.host == host)
    #expect(parsed.port == port)
    #expect(parsed.path == path)
  }

  @Test(arguments: ["ftp://host/", "http://:80/", "http://", "gopher://x"])
  func refused(url: String) {
    #expect(CurlURL(url) == nil)
  }
}
