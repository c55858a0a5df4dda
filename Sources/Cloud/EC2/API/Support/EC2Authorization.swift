extension World {
  /// Refuses every EC2 call to identities without EC2 permissions, as IAM does.
  ///
  /// Read-only calls get the bare message; calls that change things carry an encoded authorization
  /// failure message, as real AWS appends. The blob is derived from the call itself, not from the
  /// world's generator, so a refused call leaves the world untouched.
  func authorize(
    _ operation: EC2Operation, parameters: JSONValue, caller: String, permissions: Permissions
  ) throws(APIError) {
    guard permissions != .admin else { return }
    guard operation.isMutating else { throw EC2APIErrors.unauthorized(encodedMessage: nil) }
    let seedText = "\(operation.rawValue)|\(caller)|\(now)|\(accountId)|\(parameters.minimalJSON)"
    throw EC2APIErrors.unauthorized(encodedMessage: EC2EncodedMessage.blob(for: seedText))
  }
}

/// An opaque-looking, deterministic stand-in for AWS's encrypted authorization failure message.
enum EC2EncodedMessage {
  /// Length of the blob: real ones run to several hundred characters; 180 keeps lines readable.
  static let length = 180
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

  /// The blob for a call described by `text`: the same text always gives the same blob.
  static func blob(for text: String) -> String {
    var generator = SeededGenerator(seed: StableHash.fnv1a64(text))
    var result = ""
    for _ in 0..<length { result.append(alphabet[generator.index(alphabet.count)]) }
    return result
  }
}
