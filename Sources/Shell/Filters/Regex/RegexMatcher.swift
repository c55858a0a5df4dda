/// A compiled pattern, matched by simulating its automaton (Pike's method): time is linear in
/// the line for a given pattern, so no input can make grep hang.
struct RegexMatcher {
  private enum Instruction {
    case scalar(Unicode.Scalar)
    case any
    case set(CharacterSet)
    case assertion(RegexAssertion)
    case split(Int, Int)
    case jump(Int)
    case match
  }

  private var program: [Instruction] = []
  private let ignoringCase: Bool

  /// Enough for any pattern a learner types; beyond it GNU grep would also refuse or crawl.
  static let maximumProgramSize = 200_000

  init(_ node: RegexNode, ignoringCase: Bool) throws(RegexError) {
    self.ignoringCase = ignoringCase
    try emit(node)
    program.append(.match)
  }

  private mutating func emit(_ node: RegexNode) throws(RegexError) {
    if program.count > RegexMatcher.maximumProgramSize { throw .tooBig }
    switch node {
    case .empty: break
    case .scalar(let scalar): program.append(.scalar(scalar))
    case .any: program.append(.any)
    case .set(let set): program.append(.set(set))
    case .assertion(let assertion): program.append(.assertion(assertion))
    case .concatenation(let items):
      for item in items { try emit(item) }
    case .alternation(let branches):
      var jumps: [Int] = []
      for (offset, branch) in branches.enumerated() {
        if offset < branches.count - 1 {
          let split = program.count
          program.append(.split(split + 1, -1))
          try emit(branch)
          jumps.append(program.count)
          program.append(.jump(-1))
          program[split] = .split(split + 1, program.count)
        } else {
          try emit(branch)
        }
      }
      for jump in jumps { program[jump] = .jump(program.count) }
    case .repetition(let inner, let minimum, let maximum):
      for _ in 0..<minimum { try emit(inner) }
      if let maximum {
        // Optional copies: each may be skipped, which skips all the rest.
        var splits: [Int] = []
        for _ in minimum..<max(minimum, maximum) {
          splits.append(program.count)
          program.append(.split(program.count + 1, -1))
          try emit(inner)
          if program.count > RegexMatcher.maximumProgramSize { throw .tooBig }
        }
        for split in splits { program[split] = .split(split + 1, program.count) }
      } else {
        let split = program.count
        program.append(.split(split + 1, -1))
        try emit(inner)
        program.append(.jump(split))
        program[split] = .split(split + 1, program.count)
      }
    }
  }

  private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return NamedClass.word.contains(scalar)
  }

  private func holds(_ assertion: RegexAssertion, at position: Int, in line: [Unicode.Scalar]) -> Bool {
    let before = position > 0 ? line[position - 1] : nil
    let after = position < line.count ? line[position] : nil
    switch assertion {
    case .lineStart: return position == 0
    case .lineEnd: return position == line.count
    case .wordBoundary: return RegexMatcher.isWord(before) != RegexMatcher.isWord(after)
    case .notWordBoundary: return RegexMatcher.isWord(before) == RegexMatcher.isWord(after)
    case .wordStart: return !RegexMatcher.isWord(before) && RegexMatcher.isWord(after)
    case .wordEnd: return RegexMatcher.isWord(before) && !RegexMatcher.isWord(after)
    case .notAfterWordCharacter: return !RegexMatcher.isWord(before)
    case .notBeforeWordCharacter: return !RegexMatcher.isWord(after)
    }
  }

  private func consumes(_ instruction: Instruction, _ scalar: Unicode.Scalar) -> Bool {
    switch instruction {
    case .scalar(let expected):
      if expected == scalar { return true }
      guard ignoringCase else { return false }
      return CharacterSet(scalars: [expected]).contains(scalar, ignoringCase: true)
    case .any: return true
    case .set(let set): return set.contains(scalar, ignoringCase: ignoringCase)
    default: return false
    }
  }

  /// Threads in priority order (smallest start first), one per instruction.
  private struct ThreadList {
    var pcs: [Int] = []
    var starts: [Int] = []
    var mark: [Int]
    init(size: Int) { mark = Array(repeating: -1, count: size) }
  }

  private func add(
    _ pc: Int, start: Int, at position: Int, generation: Int, line: [Unicode.Scalar], to list: inout ThreadList
  ) {
    var stack = [pc]
    while let current = stack.popLast() {
      if list.mark[current] == generation { continue }
      list.mark[current] = generation
      switch program[current] {
      case .jump(let target): stack.append(target)
      case .split(let first, let second):
        // Pushed in reverse so the first branch is explored first.
        stack.append(second)
        stack.append(first)
      case .assertion(let assertion):
        if holds(assertion, at: position, in: line) { stack.append(current + 1) }
      default:
        list.pcs.append(current)
        list.starts.append(start)
      }
    }
  }

  /// The leftmost-longest match starting at or after `from`, as start and end offsets in `line`.
  ///
  /// Each thread stepped at each position is charged to `budget`; the search stops with
  /// `RegexBudgetExhausted` when it runs out (a long pattern over a long line is linear, but the
  /// product of the two can still take minutes).
  func firstMatch(in line: [Unicode.Scalar], from: Int = 0, budget: RegexBudget = RegexBudget())
    throws(RegexBudgetExhausted) -> (start: Int, end: Int)?
  {
    var current = ThreadList(size: program.count)
    var next = ThreadList(size: program.count)
    var best: (start: Int, end: Int)?
    var generation = 0
    var position = from
    while true {
      if best == nil {
        add(0, start: position, at: position, generation: generation, line: line, to: &current)
      }
      for (offset, pc) in current.pcs.enumerated() {
        guard case .match = program[pc] else { continue }
        let start = current.starts[offset]
        if best == nil || start < best!.start || (start == best!.start && position > best!.end) {
          best = (start, position)
        }
      }
      if position >= line.count { break }
      budget.remaining -= current.pcs.count + 1
      if budget.remaining < 0 { throw RegexBudgetExhausted() }
      generation += 1
      next.pcs.removeAll(keepingCapacity: true)
      next.starts.removeAll(keepingCapacity: true)
      let scalar = line[position]
      for (offset, pc) in current.pcs.enumerated() {
        let start = current.starts[offset]
        if let best, start > best.start { continue }
        if consumes(program[pc], scalar) {
          add(pc + 1, start: start, at: position + 1, generation: generation, line: line, to: &next)
        }
      }
      swap(&current, &next)
      position += 1
      if current.pcs.isEmpty && best != nil { break }
    }
    return best
  }

  /// True when the pattern matches anywhere in the line.
  func matches(_ line: [Unicode.Scalar], budget: RegexBudget = RegexBudget()) throws(RegexBudgetExhausted) -> Bool {
    try firstMatch(in: line, budget: budget) != nil
  }
}

/// The automaton steps one grep command may still take (`ShellLimits.maximumGrepSteps`), shared
/// by every line it matches.
final class RegexBudget {
  var remaining: Int
  init(steps: Int = ShellLimits.maximumGrepSteps) { remaining = steps }
}

/// A grep command used up its steps.
struct RegexBudgetExhausted: Error {}
