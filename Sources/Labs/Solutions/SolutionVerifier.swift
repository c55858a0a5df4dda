import Cloud

/// What `labrun verify-solutions` found for one lab.
public struct VerificationReport: Sendable, Equatable {
  public let labId: String
  /// Problems, each a sentence naming the lab, the script and the step or check.
  public var problems: [String] = []
  /// How many scripts were run (the solution, the empty attempt, the wrong fixtures).
  public var scriptsRun = 0

  public var passed: Bool { problems.isEmpty }
}

/// Proves a lab can be passed, can't be passed by doing nothing, and catches known mistakes.
public enum SolutionVerifier {
  /// The minimum number of wrong-answer fixtures a lab must have.
  public static let minimumWrongFixtures = 3

  /// Runs the solution, an empty attempt and each wrong fixture against fresh attempts.
  ///
  /// `english` is the lab before translation when `lab` is in another language: a fixture's
  /// `# feedback:` quotes the English, so the translation of the feedback it names must be given.
  public static func verify(lab: Lab, solution: SolutionScript?, wrong: [SolutionScript], english: Lab? = nil)
    -> VerificationReport
  {
    var report = VerificationReport(labId: lab.id)
    // An empty attempt must pass nothing. If the world does not build, no script can run: say so
    // once rather than once a script.
    let empty: Attempt
    do {
      empty = try Attempt(lab: lab)
    } catch {
      report.problems.append("\(lab.id): the lab's world does not build: \(error)")
      return report
    }
    report.scriptsRun += 1
    if let first = empty.passed.first {
      report.problems.append(
        "\(lab.id): an empty attempt already passes step '\(first)'; its checks must need the learner to act")
    }
    guard let solution else {
      report.problems.append("\(lab.id): no reference solution (solutions/\(lab.id).sh)")
      return report
    }
    report.scriptsRun += 1
    switch run(solution, lab: lab) {
    case .failure(let problem):
      report.problems.append("\(lab.id): \(solution.path): \(problem)")
    case .success(let (attempt, _)):
      if !attempt.finished, let step = attempt.step {
        let failing = attempt.unmetChecks.map(\.missingDescription)
        report.problems.append(
          "\(lab.id): the solution does not pass step '\(step.id)' (\(attempt.passed.count) of \(lab.steps.count) passed); still missing: \(failing.joined(separator: "; "))"
        )
      }
    }
    if wrong.count < minimumWrongFixtures {
      report.problems.append(
        "\(lab.id): \(wrong.count) wrong-answer fixtures; at least \(minimumWrongFixtures) are needed (solutions/\(lab.id).wrong/*.sh)"
      )
    }
    for script in wrong {
      report.scriptsRun += 1
      guard let target = script.targetStep, lab.step(target) != nil else {
        report.problems.append("\(lab.id): \(script.path): '# targets: STEP' must name a step of the lab")
        continue
      }
      switch run(script, lab: lab) {
      case .failure(let problem):
        report.problems.append("\(lab.id): \(script.path): \(problem)")
      case .success(let (attempt, text)):
        if attempt.passed.contains(target) {
          report.problems.append(
            "\(lab.id): \(script.path): the wrong attempt passes step '\(target)', which it should not")
        }
        if let expected = script.expectedFeedback, !text.contains(expected),
          !givesTranslation(of: expected, in: text, step: target, lab: lab, english: english)
        {
          // Only the lab's feedback notes count, not instructions or command output.
          report.problems.append(
            "\(lab.id): \(script.path): the feedback '\(expected)' for step '\(target)' was not given")
        }
      }
    }
    return report
  }

  /// Whether `text` holds the translation of the English feedback of `step` that quotes `expected`.
  static func givesTranslation(of expected: String, in text: String, step id: String, lab: Lab, english: Lab?)
    -> Bool
  {
    guard let english, let original = english.step(id), let translated = lab.step(id) else { return false }
    return zip(original.feedback, translated.feedback).contains { $0.say.contains(expected) && text.contains($1.say) }
      || zip(original.answerTexts, translated.answerTexts).contains { $0.contains(expected) && text.contains($1) }
  }

  /// Runs a script on a fresh attempt; returns the attempt and the feedback it gave, one message a
  /// line: the lab's feedback notes, and what `answer` said about a known wrong answer (its `» …` line).
  public static func run(_ script: SolutionScript, lab: Lab, seed: UInt64? = nil) -> Result<
    (Attempt, String), VerificationFailure
  > {
    var attempt: Attempt
    do {
      attempt = try Attempt(lab: lab, seed: seed)
    } catch {
      return .failure(VerificationFailure(message: "the lab's world does not build: \(error)"))
    }
    var text = ""
    for (index, line) in script.lines.enumerated() {
      switch SolutionScript.expand(line, world: attempt.shell.world) {
      case .failure(let error):
        return .failure(VerificationFailure(message: "line \(index + 1): \(error.placeholder) \(error.reason)"))
      case .success(let expanded):
        let result = attempt.run(expanded)
        for note in result.notes {
          if case .feedback(let message) = note { text += message + "\n" }
        }
        if expanded.split(separator: " ").first == "answer" {
          let reply = result.output.map(\.text).joined()
          for line in reply.split(separator: "\n") where line.hasPrefix("» ") { text += line.dropFirst(2) + "\n" }
        }
      }
    }
    return .success((attempt, text))
  }
}

/// Why a script could not be run to the end.
public struct VerificationFailure: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}
