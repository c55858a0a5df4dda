import Foundation
import Transcript

/// `labrun.json`: the attempt's metadata as a file, checked field by field when read.
extension AttemptMetadata {
  /// The file's bytes: pretty-printed JSON with sorted keys and a final newline.
  func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }

  /// Decodes and checks the file's bytes, describing the first problem in words (`path` names the file).
  static func decode(_ data: Data, path: String) throws -> AttemptMetadata {
    let metadata: AttemptMetadata
    do {
      metadata = try JSONDecoder().decode(AttemptMetadata.self, from: data)
    } catch let error as DecodingError {
      throw WorkspaceError.badMetadata(path: path, problem: describe(error))
    } catch {
      throw WorkspaceError.badMetadata(path: path, problem: "cannot be read: \(error)")
    }
    if let problem = metadata.problem {
      throw WorkspaceError.badMetadata(path: path, problem: problem)
    }
    return metadata
  }

  /// The first field that has a value no workspace may have, or nil when all are acceptable.
  var problem: String? {
    if format > Self.currentFormat {
      return "field \"format\" is \(format), newer than this labrun understands (\(Self.currentFormat)); upgrade labrun"
    }
    if format < 1 { return "field \"format\" is \(format); it must be 1 or more" }
    if labID.isEmpty { return "field \"labId\" is empty" }
    if labDigest.isEmpty { return "field \"labDigest\" is empty" }
    if labrunVersion.isEmpty { return "field \"labrunVersion\" is empty" }
    if learner.name.trimmingCharacters(in: .whitespaces).isEmpty { return "field \"learner.name\" is empty" }
    if learner.email.trimmingCharacters(in: .whitespaces).isEmpty { return "field \"learner.email\" is empty" }
    if (learner.name + learner.email).contains(where: { $0 == "<" || $0 == ">" || $0 == "\n" }) {
      return "field \"learner\" contains '<', '>' or a line break, which git identities cannot hold"
    }
    return nil
  }

  private static func describe(_ error: DecodingError) -> String {
    func field(_ path: [CodingKey], _ last: CodingKey? = nil) -> String {
      let keys = (path + (last.map { [$0] } ?? [])).map(\.stringValue)
      return "\"\(keys.joined(separator: "."))\""
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "field \(field(context.codingPath, key)) is missing"
    case .typeMismatch(let type, let context):
      return "field \(field(context.codingPath)) has the wrong type (expected \(typeName(type)))"
    case .valueNotFound(let type, let context):
      return "field \(field(context.codingPath)) is null (expected \(typeName(type)))"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty { return "is not valid JSON" }
      return "field \(field(context.codingPath)) is not valid: \(context.debugDescription)"
    @unknown default:
      return "cannot be read: \(error)"
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type, is UInt64.Type: return "a whole number"
    default: return "an object"
    }
  }
}
