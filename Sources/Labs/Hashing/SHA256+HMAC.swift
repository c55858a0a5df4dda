extension SHA256 {
  /// HMAC-SHA-256 (RFC 2104) of `message` under `key`: the per-learner variant seeds' keyed hash.
  static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
    var block = key.count > 64 ? digest(of: key) : key
    block += [UInt8](repeating: 0, count: 64 - block.count)
    let inner = digest(of: block.map { $0 ^ 0x36 } + message)
    return digest(of: block.map { $0 ^ 0x5c } + inner)
  }
}
