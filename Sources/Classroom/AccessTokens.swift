/// Who a link's token lets in: the personal links of a class and the instructor's.
///
/// A token is 32 bytes from the system's CSPRNG (the server supplies them; this type has no I/O),
/// written as 43 characters of unpadded base64url. Tokens are kept in the data folder so a
/// restarted server honours the links it handed out; a learner taken off the roster keeps a
/// revoked token, so their old link says it was withdrawn rather than that it never existed.
public struct AccessTokens: Sendable, Equatable {
  /// Whom a token admits.
  public enum Holder: Sendable, Equatable {
    case instructor
    case learner(key: String)
  }

  /// What a presented token turned out to be.
  public enum Lookup: Sendable, Equatable {
    case admitted(Holder)
    case revoked
    case unknown
  }

  struct Entry: Sendable, Equatable {
    var holder: Holder
    var token: [UInt8]
    var revoked: Bool
  }

  private(set) var entries: [Entry] = []

  /// The length of a token's random part in bytes: 256 bits, twice the issue's floor.
  public static let byteCount = 32

  public init() {}

  /// Tokens for `roster` and the instructor, keeping those already in `self`: learners who are new
  /// get one made from `random` (which must return `byteCount` bytes of a CSPRNG), learners no longer
  /// on the roster have theirs revoked, and a learner back on the roster gets a new one.
  public func updated(for roster: Roster, random: () -> [UInt8]) -> AccessTokens {
    var next = AccessTokens()
    func active(_ holder: Holder) -> Entry? { entries.first { $0.holder == holder && !$0.revoked } }
    next.entries.append(active(.instructor) ?? Entry(holder: .instructor, token: random(), revoked: false))
    for learner in roster.learners {
      let holder = Holder.learner(key: learner.key)
      next.entries.append(active(holder) ?? Entry(holder: holder, token: random(), revoked: false))
    }
    let kept = Set(next.entries.map(\.token))
    for entry in entries where !kept.contains(entry.token) {
      next.entries.append(Entry(holder: entry.holder, token: entry.token, revoked: true))
    }
    return next
  }

  /// The token text of `holder`'s current link.
  public func token(for holder: Holder) -> String? {
    entries.first { $0.holder == holder && !$0.revoked }.map { Base64URL.encode($0.token) }
  }

  /// Whom `presented` admits. Every stored token is compared in full, in constant time per token and
  /// without stopping at a match, so the time taken says nothing about how close a guess came.
  public func lookup(_ presented: String) -> Lookup {
    guard let bytes = Base64URL.decode(presented), bytes.count == Self.byteCount else { return .unknown }
    var found: Entry?
    for entry in entries {
      var difference: UInt8 = 0
      for index in 0..<Self.byteCount { difference |= entry.token[index] ^ bytes[index] }
      if difference == 0 { found = entry }
    }
    guard let found else { return .unknown }
    return found.revoked ? .revoked : .admitted(found.holder)
  }

  /// The file the server keeps: one `holder,token[,revoked]` line each; `holder` is `instructor` or a learner's key.
  public var fileText: String {
    var text = "# labrun-server access tokens: keep this file private (it is written with mode 0600)\n"
    for entry in entries {
      let holder: String
      switch entry.holder {
      case .instructor: holder = "instructor"
      case .learner(let key): holder = key
      }
      text += holder + "," + Base64URL.encode(entry.token) + (entry.revoked ? ",revoked" : "") + "\n"
    }
    return text
  }

  /// Reads `fileText` back; a line that does not parse is a problem at its line number.
  public static func parse(_ text: String) -> Result<AccessTokens, Roster.Problem> {
    var tokens = AccessTokens()
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      guard fields.count == 2 || (fields.count == 3 && fields[2] == "revoked"),
        let token = Base64URL.decode(String(fields[1])), token.count == byteCount
      else {
        return .failure(Roster.Problem(line: offset + 1, message: "not 'holder,token' or 'holder,token,revoked'"))
      }
      let holder: Holder = fields[0] == "instructor" ? .instructor : .learner(key: String(fields[0]))
      tokens.entries.append(Entry(holder: holder, token: token, revoked: fields.count == 3))
    }
    return .success(tokens)
  }
}

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5), as tokens travel in paths.
public enum Base64URL {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

  /// `bytes` as unpadded base64url.
  public static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
      let chunk = bytes[index..<min(index + 3, bytes.count)]
      var value: UInt32 = 0
      for (position, byte) in chunk.enumerated() { value |= UInt32(byte) << (16 - 8 * UInt32(position)) }
      for position in 0...chunk.count { out.append(alphabet[Int((value >> (18 - 6 * UInt32(position))) & 63)]) }
      index += 3
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes of unpadded base64url `text`, or nil when it is not that.
  public static func decode(_ text: String) -> [UInt8]? {
    var bits: UInt32 = 0
    var count = 0
    var out: [UInt8] = []
    for character in text.utf8 {
      guard let value = alphabet.firstIndex(of: character) else { return nil }
      bits = bits << 6 | UInt32(value)
      count += 6
      if count >= 8 {
        count -= 8
        out.append(UInt8((bits >> UInt32(count)) & 0xFF))
      }
    }
    // Leftover bits must be zero, so each token has one spelling.
    guard count < 6, bits & ((1 << UInt32(count)) - 1) == 0 else { return nil }
    return out
  }
}
