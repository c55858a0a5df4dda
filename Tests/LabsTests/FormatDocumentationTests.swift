import Foundation
import Testing

@testable import Cloud
@testable import Labs

/// labs/FORMAT.md documents every word a lab author can write: each key (of lab.yaml and of
/// course.yaml), check kind, accepted value, answer kind, solution placeholder and preset shell
/// variable, all read from the code that accepts them, so a word added there fails here until it
/// is documented.
@Suite struct FormatDocumentationTests {
  static let formatPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("labs/FORMAT.md").path

  static func format() throws -> String { try String(contentsOfFile: formatPath, encoding: .utf8) }

  @Test func formatDocumentsEverything() throws {
    let missing = FormatCoverage.missing(in: try Self.format(), terms: try FormatCoverage.required())
    #expect(missing.isEmpty, "labs/FORMAT.md does not document (in backticks):\n\(missing.joined(separator: "\n"))")
  }

  // MARK: - The checker can fail

  struct Removal: CustomTestStringConvertible, Sendable {
    /// A code span of FORMAT.md whose backticks are taken away everywhere.
    let span: String
    let missing: [String]
    var testDescription: String { span }
  }

  /// Each removal leaves the word in the text but out of backticks, which must make exactly that
  /// word missing. One of each sort of term.
  static let removals: [Removal] = [
    Removal(span: "nxdomain", missing: ["lookup.answer value `nxdomain` (under the heading for `lookup`)"]),
    Removal(
      span: "endpoint-pending",
      missing: ["connection.reason value `endpoint-pending` (under the heading for `connection`)"]),
    Removal(span: "routeTables", missing: ["endpoint key `routeTables` (under the heading for `endpoint`)"]),
    Removal(span: "tolerance", missing: ["answer key `tolerance` (under the heading for `answer`)"]),
    Removal(span: "seed", missing: ["top-level key `seed`"]),
    Removal(span: "hints", missing: ["step key `hints`"]),
    Removal(span: "say", missing: ["feedback key `say`"]),
    Removal(span: "labs", missing: ["course key `labs` (under the heading for `course.yaml`)"]),
    Removal(span: "course.yaml", missing: ["a heading for file `course.yaml`"]),
    Removal(span: "{{endpoint-dns:SERVICE}}", missing: ["solution placeholder `{{endpoint-dns:SERVICE}}`"]),
    Removal(span: "$RTB_<NAME>", missing: ["preset variable `$RTB_<NAME>`"]),
    Removal(span: "$AWS_DEFAULT_REGION", missing: ["preset variable `$AWS_DEFAULT_REGION`"]),
  ]

  @Test(arguments: removals)
  func aWordOutOfBackticksIsNamed(_ test: Removal) throws {
    let format = try Self.format()
    let text = format.replacingOccurrences(of: "`\(test.span)`", with: test.span)
    #expect(text != format, "FORMAT.md has no `\(test.span)` to take away")
    #expect(FormatCoverage.missing(in: text, terms: try FormatCoverage.required()) == test.missing)
  }

  /// A check's words count only under that kind's heading: `nxdomain` documented for
  /// `connection` does not document `lookup.answer`.
  @Test func aValueUnderAnotherKindsHeadingDoesNotCount() {
    let terms = [FormatCoverage.Term(what: "lookup.answer value", spelling: "nxdomain", place: .under("lookup"))]
    let misplaced = "# Checks\n\n## `lookup`\n\nNo answers here.\n\n## `connection`\n\n`nxdomain`\n"
    #expect(
      FormatCoverage.missing(in: misplaced, terms: terms) == [
        "lookup.answer value `nxdomain` (under the heading for `lookup`)"
      ])
    let placed = "# Checks\n\n## `lookup`\n\n### Answers\n\n`nxdomain`\n\n## `connection`\n"
    #expect(FormatCoverage.missing(in: placed, terms: terms) == [])
  }

  @Test func aMissingHeadingIsNamedOnce() {
    let terms = [
      FormatCoverage.Term(what: "check kind", spelling: "call", place: .heading),
      FormatCoverage.Term(what: "call key", spelling: "via", place: .under("call")),
    ]
    #expect(FormatCoverage.missing(in: "`call` takes `via`.\n", terms: terms) == ["a heading for check kind `call`"])
  }

  // MARK: - Code spans

  @Test(arguments: [
    ("plain `a` and `b c`", ["a", "b c"]),
    ("double ``x ` y`` backticks", ["x ` y"]),
    ("one space trimmed: `` `z` ``", ["`z`"]),
    ("```yaml\nid: `inside`\n```\nafter `out`", ["out"]),
    ("~~~\n`tilde fence`\n~~~\n", []),
    ("escaped \\`not code\\` and an `unclosed", []),
    ("| `a` | `{{vpc}}` |", ["a", "{{vpc}}"]),
  ])
  func codeSpansAreFoundAsMarkdownShowsThem(markdown: String, spans: [String]) {
    #expect(FormatCoverage.codeSpans(in: markdown) == spans)
  }
}

/// What FORMAT.md must document, and the check that it does.
enum FormatCoverage {
  /// A word FORMAT.md must show as a code span.
  struct Term: Equatable, Sendable {
    enum Place: Equatable, Sendable {
      case anywhere
      /// In the title of a heading: a check kind, whose words go under it.
      case heading
      /// Under the heading of this check kind (down to the next heading of its level).
      case under(String)
    }

    let what: String
    let spelling: String
    let place: Place

    var description: String {
      switch place {
      case .anywhere: "\(what) `\(spelling)`"
      case .heading: "a heading for \(what) `\(spelling)`"
      case .under(let kind): "\(what) `\(spelling)` (under the heading for `\(kind)`)"
      }
    }
  }

  /// Every term, from the code that accepts or provides it.
  static func required() throws -> [Term] {
    var terms: [Term] = []
    terms += LabKey.allCases.map { Term(what: "top-level key", spelling: $0.rawValue, place: .anywhere) }
    terms += StepKey.allCases.map { Term(what: "step key", spelling: $0.rawValue, place: .anywhere) }
    terms += FeedbackKey.allCases.map { Term(what: "feedback key", spelling: $0.rawValue, place: .anywhere) }
    // The course's file has its own section; its keys count only there (`title` is a lab's key too).
    terms.append(Term(what: "file", spelling: Catalog.courseFileName, place: .heading))
    terms += CourseKey.allCases.map {
      Term(what: "course key", spelling: $0.rawValue, place: .under(Catalog.courseFileName))
    }
    for kind in CheckKind.allCases {
      terms.append(Term(what: "check kind", spelling: kind.rawValue, place: .heading))
      for key in kind.keys {
        terms.append(Term(what: "\(kind.rawValue) key", spelling: key.rawValue, place: .under(kind.rawValue)))
        if case .word(let words) = key.shape {
          terms += words.map {
            Term(what: "\(kind.rawValue).\(key.rawValue) value", spelling: $0, place: .under(kind.rawValue))
          }
        }
      }
    }
    terms += AnswerKind.allCases.map {
      Term(what: "answer kind", spelling: $0.rawValue, place: .under(CheckKind.answer.rawValue))
    }
    terms += SolutionScript.Placeholder.allCases.map {
      Term(what: "solution placeholder", spelling: $0.syntax, place: .anywhere)
    }
    terms += try presetVariableForms().map { Term(what: "preset variable", spelling: $0, place: .anywhere) }
    return terms
  }

  /// The variables `Attempt` presets, in the course world: one per named resource becomes a
  /// pattern such as `$SUBNET_<NAME>`, the others are themselves (`$VPC_ID`).
  static func presetVariableForms() throws -> [String] {
    let world = try Attempt(lab: LabFixtures.probe()).shell.world
    let named =
      world.subnets.map { ($0.id, $0.name) } + world.routeTables.map { ($0.id, $0.name) }
      + world.securityGroups.map { ($0.id, $0.name) }
    var forms: [String] = []
    for (variable, value) in Attempt.presetVariables(world).sorted(by: { $0.key < $1.key }) {
      let resource = named.first { $0.0 == value && !$0.1.isEmpty }
      let form = resource.flatMap { prefix(of: variable, naming: $0.1) }.map { "$\($0)_<NAME>" } ?? "$\(variable)"
      if !forms.contains(form) { forms.append(form) }
    }
    return forms
  }

  /// `SUBNET` for `SUBNET_PRIVATE_A` naming `private-a`: the variable ends in the resource's name,
  /// letters and digits matching whatever their case and every other character standing for one.
  static func prefix(of variable: String, naming resource: String) -> String? {
    let name = Array(variable)
    let wanted = Array(resource)
    guard name.count > wanted.count + 1, name[name.count - wanted.count - 1] == "_" else { return nil }
    for (have, want) in zip(name.suffix(wanted.count), wanted) {
      let alphanumeric = want.isLetter || want.isNumber
      if alphanumeric ? have.lowercased() != want.lowercased() : have.isLetter || have.isNumber { return nil }
    }
    return String(name.prefix(name.count - wanted.count - 1))
  }

  /// Each term not documented, in the order of `terms`; a missing kind heading is named once,
  /// not again for each word that belongs under it.
  static func missing(in markdown: String, terms: [Term]) -> [String] {
    let everywhere = Set(codeSpans(in: markdown))
    let sections = headings(in: markdown)
    func section(_ kind: String) -> String? { sections.first { codeSpans(in: $0.title).contains(kind) }?.body }
    var missing: [String] = []
    var headless: Set<String> = []
    for term in terms {
      switch term.place {
      case .anywhere:
        if !everywhere.contains(term.spelling) { missing.append(term.description) }
      case .heading:
        if section(term.spelling) == nil, headless.insert(term.spelling).inserted { missing.append(term.description) }
      case .under(let kind):
        guard let body = section(kind) else {
          if headless.insert(kind).inserted { missing.append("a heading for check kind `\(kind)`") }
          continue
        }
        if !codeSpans(in: body).contains(term.spelling) { missing.append(term.description) }
      }
    }
    return missing
  }

  /// The lines of `markdown`, with those of fenced code blocks (fences included) as nil.
  static func proseLines(_ markdown: String) -> [String?] {
    var fence: String?
    return markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let trimmed = line.drop { $0 == " " }
      if line.count - trimmed.count <= 3, let marker = ["```", "~~~"].first(where: { trimmed.hasPrefix($0) }) {
        if fence == nil { fence = marker } else if fence == marker { fence = nil }
        return nil
      }
      return fence == nil ? String(line) : nil
    }
  }

  /// Every heading with the text under it, down to the next heading of the same or a higher level.
  static func headings(in markdown: String) -> [(title: String, body: String)] {
    let lines = proseLines(markdown)
    var found: [(index: Int, level: Int, title: String)] = []
    for (index, line) in lines.enumerated() {
      guard let line, line.hasPrefix("#") else { continue }
      let level = line.prefix { $0 == "#" }.count
      guard level <= 6, line.dropFirst(level).first == " " else { continue }
      found.append((index, level, String(line.dropFirst(level + 1))))
    }
    return found.enumerated().map { position, heading in
      let end = found[(position + 1)...].first { $0.level <= heading.level }?.index ?? lines.count
      return (heading.title, lines[(heading.index + 1)..<end].map { $0 ?? "" }.joined(separator: "\n"))
    }
  }

  /// The inline code spans of `markdown` outside fenced blocks, as CommonMark reads them: a run of
  /// n backticks up to the next run of exactly n, one space trimmed from each end.
  static func codeSpans(in markdown: String) -> [String] {
    // A fenced block's lines become blank lines, which (like any blank line) no code span crosses.
    let prose = proseLines(markdown).map { $0 ?? "" }.joined(separator: "\n")
    let characters = Array(prose)
    var spans: [String] = []
    var index = 0
    func run(at start: Int) -> Int {
      var end = start
      while end < characters.count, characters[end] == "`" { end += 1 }
      return end - start
    }
    while index < characters.count {
      if characters[index] == "\\", index + 1 < characters.count, characters[index + 1] == "`" {
        index += 2
        continue
      }
      guard characters[index] == "`" else {
        index += 1
        continue
      }
      let length = run(at: index)
      var search = index + length
      var closing: Int?
      while search < characters.count {
        if characters[search] == "`" {
          let other = run(at: search)
          if other == length {
            closing = search
            break
          }
          search += other
        } else if characters[search] == "\n", search + 1 < characters.count, characters[search + 1] == "\n" {
          break
        } else {
          search += 1
        }
      }
      guard let closing else {
        index += length
        continue
      }
      var content = String(characters[(index + length)..<closing]).replacingOccurrences(of: "\n", with: " ")
      if content.count >= 2, content.hasPrefix(" "), content.hasSuffix(" "), content.contains(where: { $0 != " " }) {
        content = String(content.dropFirst().dropLast())
      }
      spans.append(content)
      index = closing + length
    }
    return spans
  }
}
