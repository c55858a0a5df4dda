import Clibgit2

/// A git object id (SHA-1), compared and hashed by its bytes.
struct ObjectID: Hashable {
  var oid: git_oid

  /// All zeros: no object; a placeholder until the real id is known.
  static let zero = ObjectID(git_oid())

  init(_ oid: git_oid) {
    self.oid = oid
  }

  init(_ pointer: UnsafePointer<git_oid>) {
    self.oid = pointer.pointee
  }

  /// Parses a full 40-character hexadecimal id.
  init(hex: String) throws {
    var parsed = git_oid()
    try check(labrun_git_oid_fromstr(&parsed, hex), "git_oid_fromstr")
    self.oid = parsed
  }

  /// The 40-character lowercase hexadecimal form.
  var hex: String {
    // Written in place: the audit names every commit and its parents, and an array for libgit2 to
    // fill, then another for its digits, cost more than the digits.
    withUnsafeBytes(of: oid) { raw in
      String(unsafeUninitializedCapacity: 2 * ObjectID.byteCount) { digits in
        for index in 0..<ObjectID.byteCount {
          digits[2 * index] = ObjectID.digit(raw[index] >> 4)
          digits[2 * index + 1] = ObjectID.digit(raw[index] & 0x0F)
        }
        return 2 * ObjectID.byteCount
      }
    }
  }

  /// The bytes of a SHA-1 id.
  static let byteCount = 20

  /// The lowercase hexadecimal digit of `nibble` (0–15), as git writes it.
  private static func digit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
  }

  static func == (lhs: ObjectID, rhs: ObjectID) -> Bool {
    withUnsafeBytes(of: lhs.oid) { left in
      withUnsafeBytes(of: rhs.oid) { right in left.elementsEqual(right) }
    }
  }

  func hash(into hasher: inout Hasher) {
    withUnsafeBytes(of: oid) { hasher.combine(bytes: $0) }
  }
}
