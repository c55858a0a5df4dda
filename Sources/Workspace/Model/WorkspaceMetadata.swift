import Foundation

/// What a workspace is for and who works in it; stored as `labrun.json` with sorted keys.
public struct WorkspaceMetadata: Codable, Equatable, Sendable {
  /// The learner, who is the author of every commit.
  public struct Learner: Codable, Equatable, Sendable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
      self.name = name
      self.email = email
    }
  }

  /// The version of this file's layout that this labrun writes and reads.
  public static let currentFormat = 1

  /// The layout version; newer layouts are refused rather than misread.
  public var format: Int
  /// The lab's id, e.g. `interface-endpoint`.
  public var labID: String
  /// A digest of the lab's content, so the grader can tell which version of the lab was done.
  public var labDigest: String
  /// The seed of the simulated world's generator.
  public var seed: UInt64
  /// The labrun version that created the workspace.
  public var labrunVersion: String
  public var learner: Learner

  public init(
    labID: String, labDigest: String, seed: UInt64, labrunVersion: String, learner: Learner,
    format: Int = WorkspaceMetadata.currentFormat
  ) {
    self.format = format
    self.labID = labID
    self.labDigest = labDigest
    self.seed = seed
    self.labrunVersion = labrunVersion
    self.learner = learner
  }

  enum CodingKeys: String, CodingKey {
    case format
    case labID = "labId"
    case labDigest
    case seed
    case labrunVersion
    case learner
  }

  /// The file's bytes: pretty-printed JSON with sorted keys and a final newline.
  func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }

  /// Decodes and checks the file's bytes, describing the first problem in words (`path` names the file).
  static func decode(_ data: Data, path: String) throws -> WorkspaceMetadata {
    let metadata: WorkspaceMetadata
    do {
      metadata = try JSONDecoder().decode(WorkspaceMetadata.self, from: data)
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
