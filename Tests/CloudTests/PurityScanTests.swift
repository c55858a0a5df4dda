import Foundation
import Testing

/// DESIGN §2.1: the Cloud core has no wall clock, no system randomness, no I/O, and no output whose
/// order depends on `Dictionary`/`Set` iteration. This reads the module's sources and looks.
@Suite struct PurityScanTests {
  /// One finding: where, which rule, the offending line.
  struct Finding: Equatable, CustomStringConvertible {
    let file: String
    let line: Int
    let rule: String
    let text: String
    var description: String { "\(file):\(line): \(rule): \(text)" }
  }

  /// Tokens that mean a wall clock, system randomness or a door to the operating system.
  /// Each must not be preceded by an identifier character, so `SimDate(` is not `Date(`.
  static let forbiddenTokens: [(token: String, rule: String)] = [
    ("Date(", "wall clock"),
    ("Date.now", "wall clock"),
    ("DispatchTime", "wall clock"),
    ("clock_gettime", "wall clock"),
    ("ContinuousClock", "wall clock"),
    ("SuspendingClock", "wall clock"),
    ("UUID(", "system randomness"),
    (".random(", "system randomness"),
    ("SystemRandomNumberGenerator", "system randomness"),
    ("arc4random", "system randomness"),
    (".shuffled()", "system randomness"),
    (".shuffle()", "system randomness"),
    (".randomElement()", "system randomness"),
    ("Hasher(", "per-process hash seed"),
    (".hashValue", "per-process hash seed"),
    ("ProcessInfo", "process environment"),
    ("import Foundation", "Foundation (clock, files, network)"),
    ("import Dispatch", "Dispatch"),
    ("import Glibc", "libc I/O"),
    ("import Darwin", "libc I/O"),
  ]

  /// Lines the scanner flags but that are fine, with why. Keep it small; each entry must still match
  /// (see `everyAllowanceIsStillNeeded`) so it cannot hide a later real use.
  static let allowed: [(file: String, text: String, why: String)] = [
    ("Policy/PolicyEvaluation.swift", "for value in entry.values {",
     "PrincipalEntry.values is an Array ([String]) in policy order, not a Dictionary's values"),
    ("EC2/API/Support/EC2Filters.swift", "for (name, values) in fields { table[name] = values }",
     "`fields` here is the init's Array parameter, which shadows the Dictionary property of that name"),
  ]

  // MARK: - The scanner

  /// Removes `//` comments (outside string literals, by quote counting) and `/* … */` blocks.
  static func codeLines(_ source: String) -> [String] {
    var inBlock = false
    var result: [String] = []
    for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
      var code = ""
      let chars = Array(rawLine)
      var i = 0
      var inString = false
      while i < chars.count {
        let c = chars[i]
        let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        if inBlock {
          if c == "*" && next == "/" { inBlock = false; i += 2 } else { i += 1 }
          continue
        }
        if c == "\\" && inString {
          code.append(c)
          if let next { code.append(next) }
          i += 2
          continue
        }
        if c == "\"" { inString.toggle() }
        if !inString && c == "/" && next == "/" { break }
        if !inString && c == "/" && next == "*" { inBlock = true; i += 2; continue }
        code.append(c)
        i += 1
      }
      result.append(code)
    }
    return result
  }

  static func isIdentifierCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

  /// True when `token` occurs in `line` not glued to a preceding identifier.
  static func contains(_ line: String, token: String) -> Bool {
    var searchStart = line.startIndex
    while let range = line.range(of: token, range: searchStart..<line.endIndex) {
      let startsWithIdentifier = token.first.map(isIdentifierCharacter) ?? false
      if !startsWithIdentifier || range.lowerBound == line.startIndex
        || !isIdentifierCharacter(line[line.index(before: range.lowerBound)])
      {
        return true
      }
      searchStart = range.upperBound
    }
    return false
  }

  /// Names declared in the file with a Dictionary or Set type (`var x: [K: V]`, `Set<…>`, `= Set(`, `= [:]`).
  static func unorderedNames(_ lines: [String]) -> Set<String> {
    var names: Set<String> = []
    for line in lines {
      for keyword in ["var ", "let "] {
        guard let range = line.range(of: keyword) else { continue }
        let rest = line[range.upperBound...]
        let name = String(rest.prefix { isIdentifierCharacter($0) })
        guard !name.isEmpty else { continue }
        let declaration = rest.dropFirst(name.count)
        let typeText = declaration.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
        let isDictionaryType = typeText.contains(":") && typeText.contains("[")
          && typeText.drop { $0 != "[" }.dropFirst().contains(":")
        if isDictionaryType || declaration.contains("Set<") || declaration.contains("= Set(")
          || declaration.contains("= [:]")
        {
          names.insert(name)
        }
      }
    }
    return names
  }

  /// The sequence expression of a `for … in SEQUENCE [where …] {` line, if the line is one.
  static func forInSequence(_ line: String) -> String? {
    let trimmed = line.drop { $0 == " " }
    guard trimmed.hasPrefix("for "), let inRange = trimmed.range(of: " in ") else { return nil }
    var sequence = trimmed[inRange.upperBound...]
    if let whereRange = sequence.range(of: " where ") { sequence = sequence[..<whereRange.lowerBound] }
    if let brace = sequence.firstIndex(of: "{") { sequence = sequence[..<brace] }
    return sequence.trimmingCharacters(in: .whitespaces)
  }

  /// The findings in one file's text.
  static func scan(_ source: String, file: String) -> [Finding] {
    let lines = codeLines(source)
    let unordered = unorderedNames(lines)
    var findings: [Finding] = []
    for (index, line) in lines.enumerated() {
      func flag(_ rule: String) {
        findings.append(Finding(file: file, line: index + 1, rule: rule, text: line.trimmingCharacters(in: .whitespaces)))
      }
      for (token, rule) in forbiddenTokens where contains(line, token: token) { flag(rule) }

      let sorted = line.contains(".sorted")
      // Iterating keys/values leaks hash order unless sorted in the same line.
      let keysOrValues = [".keys", ".values"].contains { token in
        line.contains(token + " ") || line.contains(token + ".") || line.contains(token + ")") || line.hasSuffix(token)
          || line.contains(token + "{")
      }
      if let sequence = forInSequence(line), !sorted {
        let root = String(sequence.replacingOccurrences(of: "self.", with: "").prefix { isIdentifierCharacter($0) })
        if sequence.contains(".keys") || sequence.contains(".values") {
          flag("unordered iteration (keys/values)")
        } else if unordered.contains(root) {
          flag("unordered iteration (Dictionary/Set '\(root)')")
        }
      } else if keysOrValues && !sorted {
        let orderLeaking = [".forEach", ".map", ".compactMap", ".flatMap", ".reduce", ".joined", ".first", ".filter"]
        if [".keys", ".values"].contains(where: { key in orderLeaking.contains { line.contains(key + $0) } }) {
          flag("unordered iteration (keys/values)")
        }
      }
    }
    return findings
  }

  // MARK: - The module's sources

  /// Sources/Cloud, found from this file: Tests/CloudTests/PurityScanTests.swift → the package root.
  static var cloudSources: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Cloud")
  }

  /// Every Swift file under Sources/Cloud, as (path relative to Sources/Cloud, text), sorted by path.
  static func cloudFiles() throws -> [(path: String, text: String)] {
    let root = cloudSources.standardizedFileURL
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    var files: [(String, String)] = []
    for case let url as URL in walker where url.pathExtension == "swift" {
      let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
      files.append((relative, try String(contentsOf: url, encoding: .utf8)))
    }
    return files.sorted { $0.0 < $1.0 }
  }

  static func isAllowed(_ finding: Finding) -> Bool {
    allowed.contains { $0.file == finding.file && finding.text.contains($0.text) }
  }

  // MARK: - Tests

  @Test func theCloudModuleHasNoClockRandomnessOrUnorderedIteration() throws {
    let files = try Self.cloudFiles()
    // The scan looked at the real module (a wrong path would make it pass vacuously).
    #expect(files.count >= 40)
    #expect(files.contains { $0.path == "Model/World.swift" })
    let findings = files.flatMap { Self.scan($0.text, file: $0.path) }.filter { !Self.isAllowed($0) }
    #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
  }

  @Test func everyAllowanceIsStillNeeded() throws {
    let files = try Self.cloudFiles()
    for allowance in Self.allowed {
      let file = files.first { $0.path == allowance.file }
      let hit = file.map { Self.scan($0.text, file: $0.path).contains { $0.text.contains(allowance.text) } } ?? false
      #expect(hit, "allowance no longer matches anything: \(allowance.file): \(allowance.text)")
    }
  }

  /// The scanner itself, on small fixtures: what it must catch and what it must leave alone.
  static let fixtures: [(source: String, flagged: Bool)] = [
    ("let start = Date()", true),
    ("  let t = Foundation.Date(timeIntervalSince1970: 0)", true),
    ("let now = Date.now", true),
    ("let id = UUID().uuidString", true),
    ("let n = Int.random(in: 0..<6)", true),
    ("let d = Double.random(in: 0...1, using: &g)", true),
    ("var g = SystemRandomNumberGenerator()", true),
    ("let x = arc4random_uniform(6)", true),
    ("let env = ProcessInfo.processInfo.environment", true),
    ("import Foundation", true),
    ("import FoundationEssentials", true),
    ("clock_gettime(CLOCK_REALTIME, &ts)", true),
    ("let t = DispatchTime.now()", true),
    ("let order = names.shuffled()", true),
    ("let h = name.hashValue", true),
    ("for key in table.keys {", true),
    ("for (name, id) in ids where id.isEmpty {", true),  // `ids` is declared a Dictionary in the prefix below
    ("  for v in self.seen {", true),  // a Set
    ("let names = table.keys.map { $0.uppercased() }", true),
    ("for key in table.keys.sorted() {", false),
    ("for (name, id) in ids.sorted(by: { $0.key < $1.key }) {", false),
    ("let x = try world.random.shuffled(addresses)", false),
    ("let d = parseDate(text)", false),
    ("let c = SimClock(year: 2021, month: 4, day: 13)", false),
    ("// Date() is never called here", false),
    ("/// Swift's `Hasher` is seeded per process; `Date()` too", false),
    (#"let url = "https://s3.amazonaws.com" // Date()"#, false),
    ("for subnet in subnets {", false),
    ("if table.keys.contains(name) {", false),
    ("let count = ids.values.count", false),
  ]

  @Test(arguments: 0..<fixtures.count)
  func theScannerCatchesWhatItMust(_ index: Int) {
    let (line, flagged) = Self.fixtures[index]
    // The declarations the unordered-name rule needs, then the line under test.
    let prefix = "var ids: [String: String] = [:]\nprivate var seen: Set<String> = []\nlet table: [String: Int] = [:]\n"
    let findings = Self.scan(prefix + line, file: "Fixture.swift")
    #expect(!findings.isEmpty == flagged, "\(line) → \(findings)")
  }

  /// The issue's proof: adding `Date()` to a real Cloud file makes the module scan fail.
  @Test func addingDateToARealFileWouldFail() throws {
    let files = try Self.cloudFiles()
    let world = try #require(files.first { $0.path == "Model/World.swift" })
    let tampered = world.text + "\nextension World {\n  var wallClock: Date { Date() }\n}\n"
    let findings = Self.scan(tampered, file: world.path).filter { !Self.isAllowed($0) }
    #expect(findings.map(\.rule) == ["wall clock"])
  }
}
