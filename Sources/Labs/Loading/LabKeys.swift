/// The keys of lab.yaml's top level.
enum LabKey: String, CaseIterable, Sendable {
  case id, title, summary, era, start, seed, world, steps

  /// What the key holds; `world` and `steps` are checked by their own readers.
  var shape: YAMLShape {
    switch self {
    case .id, .title, .summary, .era, .start, .seed: .scalar
    case .world, .steps: .any
    }
  }
}

/// The keys of one step.
enum StepKey: String, CaseIterable, Sendable {
  case id, title, file, points, checks, feedback, hints
}

/// The keys of one feedback item.
enum FeedbackKey: String, CaseIterable, Sendable {
  case when, say
}
