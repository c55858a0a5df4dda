import ArgumentParser
import Testing

@testable import LabRunCLI

/// ArgumentParser's usage errors, as it writes them for labrun's own commands, said in Korean: every
/// line of a known shape is Korean, and the names, values and usage synopsis stay as typed.
@Suite struct UsageErrorWordsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let kept: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(arguments: ["start"], kept: ["'<lab>'", "labrun start <lab>", "'labrun start --help'"]),
    Case(arguments: ["start", "public-subnet", "--bogus"], kept: ["'--bogus'"]),
    Case(arguments: ["frob"], kept: ["'frob'", "labrun <subcommand>", "'labrun --help'"]),
    Case(arguments: ["start", "public-subnet", "--seed", "abc"], kept: ["'abc'", "'--seed <seed>'"]),
    Case(arguments: ["start", "public-subnet", "--seed"], kept: ["'--seed <seed>'"]),
  ]

  /// The English message ArgumentParser itself gives for `arguments`.
  static func english(_ arguments: [String]) -> String {
    do {
      _ = try LabRun.parseAsRoot(arguments)
      return ""
    } catch {
      #expect(LabRun.exitCode(for: error).rawValue == 64)
      return LabRun.fullMessage(for: error)
    }
  }

  @Test(arguments: cases) func eachKnownLineIsKorean(_ c: Case) {
    let english = Self.english(c.arguments)
    #expect(!english.isEmpty)
    let korean = UsageErrorWords.korean(english)
    for line in korean.split(separator: "\n") where !line.trimmingPrefix(" ").isEmpty {
      // The usage synopsis's own continuation lines are ArgumentParser's layout, kept.
      if line.hasPrefix("        ") { continue }
      #expect(!line.hasPrefix("Error:") && !line.hasPrefix("Usage:") && !line.hasPrefix("Help:"), "\(line)")
      #expect(!line.contains("for more information"), "\(line)")
    }
    for kept in c.kept { #expect(korean.contains(kept), "\(kept) in \(korean)") }
    #expect(korean.split(separator: "\n").count == english.split(separator: "\n").count)
  }

  @Test func anUnknownShapeStaysAsWritten() {
    #expect(UsageErrorWords.korean(line: "Error: something new") == "Error: something new")
  }

  @Test func theLanguageComesFromTheArgumentsThenTheEnvironment() {
    #expect(UsageErrorWords.language(arguments: ["start", "--lang", "ko"], environment: [:]) == .ko)
    #expect(UsageErrorWords.language(arguments: ["start", "--lang=ko"], environment: ["LABRUN_LANG": "en"]) == .ko)
    #expect(UsageErrorWords.language(arguments: ["start"], environment: ["LABRUN_LANG": "ko"]) == .ko)
    #expect(UsageErrorWords.language(arguments: ["start"], environment: ["LANG": "ko_KR.UTF-8"]) == .ko)
    #expect(
      UsageErrorWords.language(arguments: ["start", "--lang", "fr"], environment: ["LANG": "ko_KR.UTF-8"]) == .en)
    #expect(UsageErrorWords.language(arguments: ["start"], environment: [:]) == .en)
  }
}
