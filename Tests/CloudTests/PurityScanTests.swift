import PurityScanner
import Testing

/// DESIGN §2.1 and §2.6, read off the sources: the pure modules have no wall clock, no system randomness,
/// no door to the process, files, network or terminal, and no output whose order depends on
/// `Dictionary`/`Set` iteration. One scanner (Tests/PurityScanner) serves every module; the rules differ
/// only where the modules do:
///
/// - **Cloud** (the simulated world) and **Shell** (the simulated terminal): every token below, and no
///   import but of the modules beneath them (Shell: Cloud, TextLayout). No Foundation at all, so no
///   file, clock or network API can even be named.
/// - **Labs** (labs as data, attempts, grading): the same tokens; it may import Cloud, Shell, TextLayout, Transcript
///   and Yams. Yams imports Foundation for itself, but Labs uses only Yams' own types (`Node`,
///   `Yams.compose`) and needs no `import Foundation`, so it stays forbidden. Labs reads lab files only
///   through its injected `LabFiles`, which is why file tokens are flagged there too.
/// - **Reports** (grade reports as text): the same tokens; it may import Cloud, Labs and TextLayout.
///
/// Every module's iteration is checked: a report or a grade is shown and compared like any output.
@Suite struct PurityScanTests {
  /// Tokens that mean a wall clock, system randomness, a per-process hash seed, or a door to the
  /// operating system; the same for every pure module.
  static let forbiddenTokens: [PurityScanner.Token] = [
    .init("Date(", "wall clock"),
    .init("Date.now", "wall clock"),
    .init("DispatchTime", "wall clock"),
    .init("DispatchWallTime", "wall clock"),
    .init("clock_gettime", "wall clock"),
    .init("gettimeofday", "wall clock"),
    .init("ContinuousClock", "wall clock"),
    .init("SuspendingClock", "wall clock"),
    .init("UUID(", "system randomness"),
    .init(".random(", "system randomness"),
    .init("SystemRandomNumberGenerator", "system randomness"),
    .init("arc4random", "system randomness"),
    .init("getrandom", "system randomness"),
    .init(".shuffled()", "system randomness"),
    .init(".shuffle()", "system randomness"),
    .init(".randomElement()", "system randomness"),
    .init("Hasher(", "per-process hash seed"),
    .init(".hashValue", "per-process hash seed"),
    .init("ProcessInfo", "process environment"),
    .init("CommandLine", "process environment"),
    .init("getenv", "process environment"),
    .init("Process(", "processes"),
    .init("posix_spawn", "processes"),
    .init("usleep(", "processes"),
    .init("Thread.sleep", "processes"),
    .init("Task.sleep", "processes"),
    .init("FileManager", "files"),
    .init("FileHandle", "files"),
    .init("FileDescriptor", "files"),
    .init("FilePath(", "files"),
    .init("fopen(", "files"),
    .init("contentsOfFile", "files"),
    .init("fileURLWithPath", "files"),
    .init("URLSession", "network"),
    .init("URLRequest", "network"),
    .init("getaddrinfo", "network"),
    .init("gethostbyname", "network"),
    .init("socket(", "network"),
    .init("print(", "terminal (libraries never print)"),
    .init("debugPrint(", "terminal (libraries never print)"),
    .init("dump(", "terminal (libraries never print)"),
    .init("readLine(", "terminal (libraries never print)"),
    .init("fputs(", "terminal (libraries never print)"),
    .init("isatty", "terminal (libraries never print)"),
    .init("import Foundation", "Foundation (clock, files, network)"),
    .init("import Dispatch", "Dispatch"),
    .init("import Glibc", "libc I/O"),
    .init("import Darwin", "libc I/O"),
  ]

  /// One module's scan: the scanner with its rules, and a file that must be there, so that a wrong path
  /// cannot make the scan pass over nothing.
  struct Module: Sendable, CustomTestStringConvertible {
    let name: String
    let scanner: PurityScanner
    let minimumFiles: Int
    let knownFile: String
    var testDescription: String { name }
  }

  static let cloud = Module(
    name: "Cloud",
    scanner: PurityScanner(
      forbidden: forbiddenTokens, allowedImports: [],
      allowances: [
        .init(
          file: "Policy/PolicyEvaluation.swift", text: "for value in entry.values {",
          why: "PrincipalEntry.values is an Array ([String]) in policy order, not a Dictionary's values"),
        .init(
          file: "EC2/API/Support/EC2Filters.swift", text: "for (name, values) in fields { table[name] = values }",
          why: "`fields` here is the init's Array parameter, which shadows the Dictionary property of that name"),
      ]),
    minimumFiles: 40, knownFile: "Model/World.swift")

  static let shell = Module(
    name: "Shell",
    scanner: PurityScanner(
      forbidden: forbiddenTokens, allowedImports: ["Cloud", "LineEditing", "TextLayout"], allowances: shellAllowances),
    minimumFiles: 40, knownFile: "Execution/LineRunner.swift")

  static let labs = Module(
    name: "Labs",
    scanner: PurityScanner(
      forbidden: forbiddenTokens,
      // CYaml is libyaml, which Yams wraps: `SummaryScan` reads its events from a string in memory.
      allowedImports: ["CYaml", "Cloud", "LineEditing", "Shell", "TextLayout", "Transcript", "Yams"],
      allowances: labsAllowances),
    minimumFiles: 15, knownFile: "Attempt/Attempt.swift")

  static let reports = Module(
    name: "Reports",
    scanner: PurityScanner(forbidden: forbiddenTokens, allowedImports: ["Cloud", "Labs", "TextLayout"]),
    minimumFiles: 5, knownFile: "Grade/TableReport.swift")

  static let modules = [cloud, shell, labs, reports]

  @Test(arguments: modules) func theModuleHasNoClockRandomnessIOOrUnorderedIteration(_ module: Module) throws {
    let files = try SourceFile.module(module.name)
    // The scan looked at the real module (a wrong path would make it pass vacuously).
    #expect(files.count >= module.minimumFiles)
    #expect(files.contains { $0.path == module.knownFile })
    let findings = module.scanner.scan(files)
    #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
  }

  @Test(arguments: modules) func everyAllowanceIsStillNeeded(_ module: Module) throws {
    let unused = module.scanner.unusedAllowances(in: try SourceFile.module(module.name))
    #expect(unused.isEmpty, "allowances that no longer match anything: \(unused.map { "\($0.file): \($0.text)" })")
  }

  /// The proof that each module's scan can fail: one forbidden line added to a real file of the
  /// module is found, with the rule it breaks, and nothing else is.
  struct Injection: Sendable, CustomTestStringConvertible {
    let module: Module
    let line: String
    let rule: String
    var testDescription: String { "\(module.name): \(line)" }
  }

  static let injections: [Injection] = [
    Injection(module: cloud, line: "  var wallClock: Date { Date() }", rule: "wall clock"),
    Injection(module: cloud, line: "  var order: [Int] { [1, 2].shuffled() }", rule: "system randomness"),
    Injection(
      module: shell, line: "  func log(_ text: String) { print(text) }", rule: "terminal (libraries never print)"),
    Injection(
      module: shell, line: "  var home: String? { ProcessInfo.processInfo.environment[\"HOME\"] }",
      rule: "process environment"),
    Injection(
      module: labs, line: "  func read(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }",
      rule: "files"),
    Injection(module: labs, line: "  var seed: UInt64 { UInt64.random(in: 0...9) }", rule: "system randomness"),
    Injection(module: reports, line: "  var generatedAt: String { \"\\(Date.now)\" }", rule: "wall clock"),
    Injection(
      module: reports, line: "  func names(_ byName: [String: Int]) -> [String] { byName.keys.map { $0 } }",
      rule: "unordered iteration (keys/values)"),
  ]

  @Test(arguments: injections) func aForbiddenLineInARealFileFailsTheScan(_ injection: Injection) throws {
    let files = try SourceFile.module(injection.module.name)
    let file = try #require(files.first { $0.path == injection.module.knownFile })
    #expect(injection.module.scanner.scan(file.text, file: file.path).isEmpty)
    let tampered = file.text + "\nextension Never {\n" + injection.line + "\n}\n"
    let findings = injection.module.scanner.scan(tampered, file: file.path)
    #expect(findings.map(\.rule) == [injection.rule])
  }

  @Test(arguments: [
    (cloud, "import Foundation"), (shell, "import Labs"), (labs, "import Foundation"),
    (labs, "@testable import Workspace"),
    (reports, "import struct Foundation.Date"), (reports, "import FoundationEssentials"),
  ])
  func anImportFromOutsideTheModulesListIsFound(module: Module, line: String) {
    let findings = module.scanner.scan(line + "\n", file: "Injected.swift")
    #expect(findings.contains { $0.rule.hasPrefix("import of ") }, "\(findings)")
  }

  @Test(arguments: [(shell, "import Cloud"), (labs, "import Yams"), (reports, "import TextLayout")])
  func anImportOnTheModulesListIsFine(module: Module, line: String) {
    #expect(module.scanner.scan(line + "\n", file: "Injected.swift").isEmpty)
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
    ("print(\"debug\")", true),
    ("let text = try String(contentsOfFile: path)", true),
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
    ("out += printf(format)", false),
    ("headers.append((\"Date\", S3APICommands.httpDate(world.now)))", false),
    ("var groups: [(line: Substring, count: Int)] = []\nfor group in groups {", false),
    ("var step: Step? { steps.isEmpty ? nil : steps[0] }\nfor check in step.checks {", false),
    ("var byName: [String: Int] { [:] }\nfor (name, n) in byName {", true),
  ]

  @Test(arguments: 0..<fixtures.count)
  func theScannerCatchesWhatItMust(_ index: Int) {
    let (line, flagged) = Self.fixtures[index]
    // The declarations the unordered-name rule needs, then the line under test.
    let prefix = "var ids: [String: String] = [:]\nprivate var seen: Set<String> = []\nlet table: [String: Int] = [:]\n"
    let findings = Self.cloud.scanner.scan(prefix + line, file: "Fixture.swift")
    #expect(!findings.isEmpty == flagged, "\(line) → \(findings)")
  }

  /// The issue's proof: adding `Date()` to a real Cloud file makes the module scan fail.
  @Test func addingDateToARealFileWouldFail() throws {
    let files = try SourceFile.module("Cloud")
    let world = try #require(files.first { $0.path == "Model/World.swift" })
    let tampered = world.text + "\nextension World {\n  var wallClock: Date { Date() }\n}\n"
    let findings = Self.cloud.scanner.scan(tampered, file: world.path)
    #expect(findings.map(\.rule) == ["wall clock"])
  }
}

extension PurityScanTests {
  /// Lines in Shell the scanner flags that are fine.
  // jmespath's keys() now goes through Python2DictOrder, whose order is computed, not a Dictionary's.
  static let shellAllowances: [PurityScanner.Allowance] = []

  /// Lines in Labs the scanner flags that are fine.
  static let labsAllowances: [PurityScanner.Allowance] = [
    .init(
      file: "Grading/GradeReport.swift", text: "for indices in byLearner.values where indices.count > 1 {",
      why: "each learner's group is handled on its own and its paths sorted, so the groups' order never shows")
  ]
}
