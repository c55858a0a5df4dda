/// What an attempt is at and whose it is: the lab, its version, the seed and the learner.
///
/// The workspace stores it as `labrun.json` (its coding keys are that file's field names); the
/// grader reads it from every commit and trusts none of it.
public struct AttemptMetadata: Codable, Equatable, Sendable {
  /// The learner, who is the author of every commit.
  public struct Learner: Codable, Equatable, Sendable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
      self.name = name
      self.email = email
    }

    /// `Name <email>`, as git writes an identity.
    public var identity: String { "\(name) <\(email)>" }
  }

  /// The version of the workspace's layout that this labrun writes; it reads every version up to it.
  ///
  /// 1: the last transcript segment grows to 64 KiB, then a new one begins. 2: a small tail segment
  /// takes each line and folds move it into the segment before (`SegmentLayout`). A labrun that knows
  /// only 1 refuses a 2 ("upgrade labrun") instead of misreading a fold as an edited transcript.
  public static let currentFormat = 2

  /// The layout version; newer layouts are refused rather than misread.
  public var format: Int
  /// The lab's id, e.g. `interface-endpoint`.
  public var labID: String
  /// A digest of everything the lab loads, so the grader can tell which version of the lab was done.
  public var labDigest: String
  /// The seed of the simulated world's generator.
  public var seed: UInt64
  /// The labrun version that created the workspace.
  public var labrunVersion: String
  public var learner: Learner
  /// The language labrun spoke in (`en`, `ko`); absent in workspaces made before languages, which
  /// were English. Lab notes are recorded in it, so replay must speak it too.
  public var language: String?

  public init(
    labID: String, labDigest: String, seed: UInt64, labrunVersion: String, learner: Learner,
    format: Int = AttemptMetadata.currentFormat, language: String? = nil
  ) {
    self.format = format
    self.labID = labID
    self.labDigest = labDigest
    self.seed = seed
    self.labrunVersion = labrunVersion
    self.learner = learner
    self.language = language
  }

  enum CodingKeys: String, CodingKey {
    case format
    case labID = "labId"
    case labDigest
    case seed
    case labrunVersion
    case learner
    case language
  }
}
