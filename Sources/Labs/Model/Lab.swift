import Cloud

/// A lab: its starting world and the steps a learner works through.
public struct Lab: Sendable, Equatable {
  /// The lab's parts, kept once and shared by every copy: a lab is copied with each attempt and
  /// its progress, line after line, and one reference is cheaper to copy than the dozens of
  /// references its fields hold.
  private var box: Box

  public var id: String { box.parts.id }
  public var title: String { box.parts.title }
  public var summary: String { box.parts.summary }
  public var era: Era { box.parts.era }
  /// The host the shell starts on.
  public var startHost: String { box.parts.startHost }
  /// The seed used when the learner does not pick one.
  public var defaultSeed: UInt64 { box.parts.defaultSeed }
  public var world: WorldDescription { box.parts.world }
  public var steps: [Step] { box.parts.steps }
  /// The language of the texts above and of labrun's notes in the lab; set by `LabTranslator`.
  public var language: Language { box.parts.language }
  /// The sentences labrun says around the lab's texts (step banners, hints, …), in `language`.
  public var messages: LabMessages { box.parts.messages }
  /// A digest of everything the lab loads (its files, its base world and its place in the course),
  /// so an attempt can tell it was made on another version.
  public var digest: String { box.parts.digest }
  /// Where the lab stands in the course's order (`labs/course.yaml`), set by `Catalog.load`.
  public var coursePosition: CoursePosition { box.parts.coursePosition }

  public init(
    id: String, title: String, summary: String, era: Era, startHost: String, defaultSeed: UInt64,
    world: WorldDescription, steps: [Step], digest: String
  ) {
    self.init(
      id: id, title: title, summary: summary, era: era, startHost: startHost, defaultSeed: defaultSeed, world: world,
      steps: steps, digest: digest, prebuiltWorld: nil)
  }

  init(
    id: String, title: String, summary: String, era: Era, startHost: String, defaultSeed: UInt64,
    world: WorldDescription, steps: [Step], digest: String, prebuiltWorld: World?
  ) {
    box = Box(
      Parts(
        id: id, title: title, summary: summary, era: era, startHost: startHost, defaultSeed: defaultSeed,
        world: world, steps: steps, digest: digest, prebuilt: PrebuiltWorld(world: prebuiltWorld)))
  }

  public static func == (lhs: Lab, rhs: Lab) -> Bool {
    lhs.box === rhs.box || lhs.box.parts == rhs.box.parts
  }

  /// This lab with `change` made to its parts, in a box of its own.
  private func changing(_ change: (inout Parts) -> Void) -> Lab {
    var parts = box.parts
    change(&parts)
    var changed = self
    changed.box = Box(parts)
    return changed
  }

  /// This lab with its texts in `language` (checks, points and world unchanged).
  ///
  /// In another language than English the texts said are folded into the digest: the notes are
  /// recorded in the transcript, so grading an attempt made under an older translation reports the
  /// lab as changed rather than its outputs as tampered with.
  func speaking(
    _ language: Language, title: String, summary: String, steps: [Step], messages: LabMessages = .english
  ) -> Lab {
    var spoken = changing {
      $0.language = language
      $0.messages = messages
      $0.title = title
      $0.summary = summary
      $0.steps = steps
    }
    guard language != .en else { return spoken }
    var said = [title, summary]
    for step in steps {
      said += [step.title, step.instructions] + step.hints + step.feedback.map(\.say) + step.answerTexts
    }
    said += LabMessage.allCases.map { messages.say($0) }
    // `why` and `topology` are recorded too, in the phrasebook's words.
    said.append("phrasebook:\(Phrase.edition)")
    let texts = said.joined(separator: "\u{0}")
    let spokenDigest =
      "md5:" + MD5.hexDigest(of: Array((digest + "\u{0}lang:" + language.rawValue + "\u{0}" + texts).utf8))
    spoken = spoken.changing { $0.digest = spokenDigest }
    return spoken
  }

  /// The starting world for `seed`: the one built at load time for the default seed, else a new one.
  public func startingWorld(seed: UInt64) throws(DescriptionErrors) -> World {
    guard let prebuilt = box.parts.prebuilt.world else { return try world.build(seed: seed) }
    if seed == defaultSeed { return prebuilt }
    return try world.build(seed: seed, reusingStorageOf: prebuilt)
  }

  /// The most points the lab gives.
  public var maxPoints: Int { steps.reduce(0) { $0 + $1.points } }

  /// The step with this id.
  public func step(_ id: String) -> Step? { steps.first { $0.id == id } }

  /// The id of the lab the course takes next; nil for the course's last lab and for a lab outside
  /// the course's order.
  public var nextLabID: String? {
    if case .followedBy(let id) = coursePosition { id } else { nil }
  }

  /// This lab at `position` in its course.
  ///
  /// The lab-complete note names the next lab and is recorded in transcripts, so the position is
  /// folded into the digest: reordering the course shows up as "lab changed", not as tampering.
  public func placed(_ position: CoursePosition) -> Lab {
    let mark: String
    switch position {
    case .unlisted: return changing { $0.coursePosition = position }
    case .followedBy(let id): mark = "next:" + id
    case .last: mark = "last"
    }
    let placedDigest = "md5:" + MD5.hexDigest(of: Array((digest + "\u{0}course:" + mark).utf8))
    return changing {
      $0.coursePosition = position
      $0.digest = placedDigest
    }
  }
}

/// Where a lab stands in its course's order, which says what the learner does once it is complete.
public enum CoursePosition: Sendable, Equatable, Codable {
  /// Not in a course's order: the labs folder has no `course.yaml`, or it does not list the lab.
  case unlisted
  /// In the order, followed by the lab with this id.
  case followedBy(String)
  /// The last lab of the course.
  case last
}

extension Lab {
  /// What a lab is made of, as the loader and the translator set it.
  fileprivate struct Parts: Sendable, Equatable {
    let id: String
    var title: String
    var summary: String
    let era: Era
    let startHost: String
    let defaultSeed: UInt64
    let world: WorldDescription
    var steps: [Step]
    var language = Language.en
    var messages = LabMessages.english
    var digest: String
    var coursePosition = CoursePosition.unlisted
    /// The starting world for `defaultSeed`, when the loader already built it (it builds it to
    /// check the checks' names), so a start does not build it twice.
    let prebuilt: PrebuiltWorld

    init(
      id: String, title: String, summary: String, era: Era, startHost: String, defaultSeed: UInt64,
      world: WorldDescription, steps: [Step], digest: String, prebuilt: PrebuiltWorld
    ) {
      self.id = id
      self.title = title
      self.summary = summary
      self.era = era
      self.startHost = startHost
      self.defaultSeed = defaultSeed
      self.world = world
      self.steps = steps
      self.digest = digest
      self.prebuilt = prebuilt
    }
  }

  /// The parts, never changed once boxed: a change makes a new box (`changing`).
  fileprivate final class Box: Sendable {
    let parts: Parts

    init(_ parts: Parts) { self.parts = parts }
  }
}

/// A world built once and kept with the lab: a cache, so it never makes two labs unequal.
private struct PrebuiltWorld: Sendable, Equatable {
  let world: World?

  static func == (_: PrebuiltWorld, _: PrebuiltWorld) -> Bool { true }
}

/// One step of a lab.
public struct Step: Sendable, Equatable {
  public let id: String
  public let title: String
  /// The instructions, Markdown.
  public let instructions: String
  public let points: Int
  /// All must hold for the step to pass.
  public let checks: [Check]
  /// Messages for known mistakes, said when a command matches while the step is current.
  public let feedback: [Feedback]
  /// Hints, in the order they are given.
  public let hints: [String]

  public init(
    id: String, title: String, instructions: String, points: Int, checks: [Check], feedback: [Feedback], hints: [String]
  ) {
    self.id = id
    self.title = title
    self.instructions = instructions
    self.points = points
    self.checks = checks
    self.feedback = feedback
    self.hints = hints
  }

  /// The step's multiple-choice question whose choices labrun shows, shuffled, if it has one.
  public var shuffledQuestion: ChoiceQuestion? {
    for check in checks {
      if case .answer(let answer) = check, case .choices(let question) = answer.expected, question.shuffle {
        return question
      }
    }
    return nil
  }

  /// True when the step is a question (its only checks are answers).
  public var isQuestion: Bool {
    !checks.isEmpty && checks.allSatisfy { if case .answer = $0 { true } else { false } }
  }
}

/// A targeted message for a known mistake.
public struct Feedback: Sendable, Equatable {
  /// The observation that reveals the mistake.
  public let when: Check
  /// What to tell the learner.
  public let say: String

  public init(when: Check, say: String) {
    self.when = when
    self.say = say
  }
}
