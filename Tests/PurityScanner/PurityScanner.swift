/// Reads a module's Swift sources and flags what would break DESIGN §2.1 (a pure, deterministic core):
/// tokens that reach a clock, randomness, the process, files, the network or the terminal, and
/// iteration whose order comes from a `Dictionary` or `Set`.
///
/// It works on text, line by line, after removing comments; it does not type-check. That makes it
/// strict in places (a `for` over anything named like an unordered collection) and blind in others (a
/// forbidden call spelled through a type alias), which is why each module's test also proves, on an
/// injected line, that the scan fails.
public struct PurityScanner: Sendable {
  /// One token and the rule it breaks, e.g. `("Date(", "wall clock")`.
  public struct Token: Sendable {
    public var text: String
    public var rule: String

    public init(_ text: String, _ rule: String) {
      self.text = text
      self.rule = rule
    }
  }

  /// A line the scanner flags but that is fine, with why. Each must still match something, so it
  /// cannot hide a later real use.
  public struct Allowance: Sendable {
    public var file: String
    public var text: String
    public var why: String

    public init(file: String, text: String, why: String) {
      self.file = file
      self.text = text
      self.why = why
    }
  }

  /// One finding: where, which rule, the offending line.
  public struct Finding: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let rule: String
    public let text: String
    public var description: String { "\(file):\(line): \(rule): \(text)" }
  }

  /// Tokens that must not occur; each must not be glued to a preceding identifier character, so
  /// `SimDate(` is not `Date(`.
  public var forbidden: [Token]
  /// The modules the sources may import; nil leaves imports to the tokens.
  public var allowedImports: Set<String>?
  /// Whether `for … in` over dictionaries, sets, `.keys` and `.values` is flagged.
  public var flagsUnorderedIteration: Bool
  public var allowances: [Allowance]

  public init(
    forbidden: [Token], allowedImports: Set<String>? = nil, flagsUnorderedIteration: Bool = true,
    allowances: [Allowance] = []
  ) {
    self.forbidden = forbidden
    self.allowedImports = allowedImports
    self.flagsUnorderedIteration = flagsUnorderedIteration
    self.allowances = allowances
  }

  /// The findings in one file's text that no allowance covers.
  public func scan(_ source: String, file: String) -> [Finding] {
    rawFindings(source, file: file).filter { !isAllowed($0) }
  }

  /// Every finding in the files, in file order, that no allowance covers.
  public func scan(_ files: [SourceFile]) -> [Finding] {
    files.flatMap { scan($0.text, file: $0.path) }
  }

  /// The allowances that match no finding in `files` any more.
  public func unusedAllowances(in files: [SourceFile]) -> [Allowance] {
    allowances.filter { allowance in
      guard let file = files.first(where: { $0.path == allowance.file }) else { return true }
      return !rawFindings(file.text, file: file.path).contains { $0.text.contains(allowance.text) }
    }
  }

  func isAllowed(_ finding: Finding) -> Bool {
    allowances.contains { $0.file == finding.file && finding.text.contains($0.text) }
  }

  func rawFindings(_ source: String, file: String) -> [Finding] {
    let lines = Self.codeLines(source)
    let unordered = Self.unorderedNames(lines)
    var findings: [Finding] = []
    for (index, line) in lines.enumerated() {
      func flag(_ rule: String) {
        findings.append(Finding(file: file, line: index + 1, rule: rule, text: Self.trimmed(line)))
      }
      for token in forbidden where Self.contains(line, token: token.text) { flag(token.rule) }
      if let allowedImports, let module = Self.importedModule(line), !allowedImports.contains(module) {
        flag("import of \(module) (allowed: \(allowedImports.sorted().joined(separator: ", ")))")
      }
      guard flagsUnorderedIteration else { continue }

      let sorted = line.contains(".sorted")
      // Iterating keys/values leaks hash order unless sorted in the same line.
      let keysOrValues = [".keys", ".values"].contains { token in
        line.contains(token + " ") || line.contains(token + ".") || line.contains(token + ")") || line.hasSuffix(token)
          || line.contains(token + "{")
      }
      if let sequence = Self.forInSequence(line), !sorted {
        let root = String(Self.removingSelf(sequence).prefix { Self.isIdentifierCharacter($0) })
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
}
