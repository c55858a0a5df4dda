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
    var copy = oid
    var buffer = [CChar](repeating: 0, count: 41)
    _ = labrun_git_oid_fmt(&buffer, &copy)
    return String(decoding: buffer.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
