/// An object stored in a simulated S3 bucket: its listing metadata and, optionally, its body.
public struct S3Object: Equatable, Sendable, Codable {
  /// The full key, e.g. `private1/secret.txt`.
  public var key: String
  /// Size in bytes.
  public var size: Int64
  /// Last-modified time, milliseconds since the Unix epoch (UTC).
  public var lastModified: Int64
  /// The entity tag with its double quotes, as S3 sends it: `"\"e6d8…\""`.
  public var eTag: String
  /// `STANDARD` unless the world says otherwise.
  public var storageClass: String
  /// The `Content-Type` GetObject answers with.
  public var contentType: String
  /// The body as text, when the world gives one; otherwise GetObject serves deterministic bytes.
  public var body: String?

  /// The largest object the simulation holds, 16 MiB: its content is made whole for its ETag and
  /// GetObject, and a host could not keep a bigger download anyway (labs/FORMAT.md).
  public static let largestSize: Int64 = 16 << 20

  /// An object with an explicit size. Without a body, the content is generated from the key and
  /// size; without an ETag, the ETag is the MD5 of that content, as S3 computes for a single-part upload.
  public init(
    key: String, size: Int64, lastModified: Int64, eTag: String? = nil, storageClass: String = "STANDARD",
    contentType: String? = nil, body: String? = nil
  ) {
    self.key = key
    self.size = body.map { Int64($0.utf8.count) } ?? size
    self.lastModified = lastModified
    self.storageClass = storageClass
    self.contentType = contentType ?? S3Object.guessContentType(for: key)
    self.body = body
    self.eTag = eTag ?? ""
    if eTag == nil { self.eTag = "\"" + MD5.hexDigest(of: contentBytes) + "\"" }
  }

  /// An object whose body is this text; size and ETag follow from it.
  public init(key: String, text: String, lastModified: Int64, contentType: String? = nil) {
    self.init(key: key, size: Int64(text.utf8.count), lastModified: lastModified, contentType: contentType, body: text)
  }

  /// The bytes GetObject returns: the body's UTF-8, or `size` bytes derived from the key alone,
  /// so every run and every machine sees the same content.
  public var contentBytes: [UInt8] {
    if let body { return Array(body.utf8) }
    return S3Object.syntheticContent(key: key, size: size)
  }

  static func syntheticContent(key: String, size: Int64) -> [UInt8] {
    var generator = SeededGenerator(seed: fnv1a64(key) ^ UInt64(bitPattern: size))
    let count = Int(max(0, size))
    let textual = isTextual(key)
    // Written in place: a world's objects are made at every start, and appending byte by byte was
    // most of building a world.
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      if textual {
        // Text-like keys get printable lines, so that `cat` of a downloaded copy reads sensibly.
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789,".utf8)
        for index in 0..<count {
          let isLineEnd = index % 64 == 63 || index == count - 1
          buffer[index] = isLineEnd ? UInt8(ascii: "\n") : alphabet[generator.index(alphabet.count)]
        }
      } else {
        var index = 0
        while index < count {
          var word = generator.next()
          for _ in 0..<8 where index < count {
            buffer[index] = UInt8(truncatingIfNeeded: word)
            word >>= 8
            index += 1
          }
        }
      }
      initialized = count
    }
  }

  private static func isTextual(_ key: String) -> Bool {
    let textual = ["txt", "csv", "html", "htm", "json", "log", "md", "xml", "css", "js"]
    return textual.contains(fileExtension(key))
  }

  private static func fileExtension(_ key: String) -> String {
    guard let dot = key.lastIndex(of: "."), !key[dot...].contains("/") else { return "" }
    return key[key.index(after: dot)...].lowercased()
  }

  /// The type awscli's `s3 cp` would have set on upload (Python's `mimetypes` guess), or S3's
  /// default `binary/octet-stream` for unknown extensions.
  public static func guessContentType(for key: String) -> String {
    switch fileExtension(key) {
    case "txt", "log": return "text/plain"
    case "csv": return "text/csv"
    case "html", "htm": return "text/html"
    case "json": return "application/json"
    case "png": return "image/png"
    case "jpg", "jpeg": return "image/jpeg"
    case "gz": return "application/gzip"
    default: return "binary/octet-stream"
    }
  }
}

/// 64-bit FNV-1a over UTF-8, a stable seed from text (Swift's `Hasher` is randomised per process).
func fnv1a64(_ text: String) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in text.utf8 {
    hash ^= UInt64(byte)
    hash = hash &* 0x0000_0100_0000_01B3
  }
  return hash
}
