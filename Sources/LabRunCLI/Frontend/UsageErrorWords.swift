import Labs

/// ArgumentParser's usage errors said in Korean, for a learner whose labrun speaks Korean.
///
/// ArgumentParser writes its errors in English only. Its lines have a handful of fixed shapes
/// (`Error: …`, `Help: …`, `Usage: …`, `See '…' for more information.`); each known shape is said
/// in Korean with the names, values and usage synopsis kept as typed. A line of another shape
/// stays as ArgumentParser wrote it, so nothing is lost.
enum UsageErrorWords {
  /// The language a usage error is said in: `--lang` as typed (the arguments did not parse, so
  /// it is looked for by hand), else `LABRUN_LANG`, else the locale; English when unclear.
  static func language(arguments: [String], environment: [String: String]) -> Language {
    var option: String?
    for (index, argument) in arguments.enumerated() {
      if argument == "--lang", index + 1 < arguments.count { option = arguments[index + 1] }
      if argument.hasPrefix("--lang=") { option = String(argument.dropFirst("--lang=".count)) }
    }
    return (try? Language.choose(option: option, environment: environment).get()) ?? .en
  }

  /// `message` (ArgumentParser's, several lines) in Korean, line by line.
  static func korean(_ message: String) -> String {
    message.split(separator: "\n", omittingEmptySubsequences: false).map { korean(line: String($0)) }
      .joined(separator: "\n")
  }

  /// One line in Korean when its shape is known.
  static func korean(line: String) -> String {
    for shape in shapes {
      if let said = shape.say(line) { return said }
    }
    return line
  }

  /// A known line: a fixed start, one quoted name or value, a fixed end.
  struct Shape: Sendable {
    let prefix: String
    let suffix: String
    let korean: @Sendable (String) -> String

    func say(_ line: String) -> String? {
      guard line.hasPrefix(prefix), line.hasSuffix(suffix), line.count >= prefix.count + suffix.count else {
        return nil
      }
      return korean(String(line.dropFirst(prefix.count).dropLast(suffix.count)))
    }
  }

  static let shapes: [Shape] = [
    Shape(prefix: "Error: Missing expected argument '", suffix: "'") { "오류: 꼭 필요한 인자가 빠졌습니다: '\($0)'" },
    Shape(prefix: "Error: Unknown option '", suffix: "'") { "오류: 알 수 없는 옵션입니다: '\($0)'" },
    Shape(prefix: "Error: Unexpected argument '", suffix: "'") { "오류: 예상하지 못한 인자입니다: '\($0)'" },
    Shape(prefix: "Error: Missing value for '", suffix: "'") { "오류: 값을 주어야 하는 옵션입니다: '\($0)'" },
    Shape(prefix: "Error: The value '", suffix: "'") { inner in
      // `abc' is invalid for '--seed <seed>`: the value, then the option.
      let parts = inner.components(separatedBy: "' is invalid for '")
      guard parts.count == 2 else { return "Error: The value '\(inner)'" }
      return "오류: '\(parts[1])'에 쓸 수 없는 값입니다: '\(parts[0])'"
    },
    Shape(prefix: "Help:  ", suffix: "") { "도움말: \($0)" },
    Shape(prefix: "Usage: ", suffix: "") { "사용법: \($0)" },
    Shape(prefix: "  See '", suffix: "' for more information.") { "  자세한 내용은 '\($0)'를 참고하세요." },
  ]
}
