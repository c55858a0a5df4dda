/// A top-down operator-precedence (Pratt) parser with jmespath's binding powers, so that
/// precedence, where projections stop, and the wording and position of every syntax error match
/// the Python library awscli uses.
struct JMESPathParser {
  private let expression: String
  private let tokens: [JMESPathToken]
  private var index = 0
  /// Tokens binding less tightly than this end the right-hand side of a projection.
  private static let projectionStop = 10
  /// How deeply expressions may nest. Python's jmespath recurses too and fails somewhere past a few
  /// hundred levels with its interpreter's `maximum recursion depth exceeded`; an explicit bound
  /// keeps labrun's parser, evaluator and tree teardown off the end of the stack whatever a
  /// learner types (`!` or `(` thousands of times, or a long chain of `|`).
  static let maximumDepth = 256
  /// How many levels the tree being built has above the current token.
  private var depth = 0

  init(expression: String, tokens: [JMESPathToken]) {
    self.expression = expression
    self.tokens = tokens
  }

  /// The tree for the whole expression.
  mutating func parse() throws(JMESPathError) -> JMESPathNode {
    let node = try parseExpression(0)
    guard current == .eof else {
      let token = tokens[index]
      throw JMESPathError.parse("Unexpected token: \(token.text)", token: token, expression: expression)
    }
    return node
  }

  private var current: JMESPathTokenKind { tokens[index].kind }

  private func lookahead(_ offset: Int) -> JMESPathTokenKind { tokens[index + offset].kind }

  private mutating func parseExpression(_ bindingPower: Int) throws(JMESPathError) -> JMESPathNode {
    let entryDepth = depth
    defer { depth = entryDepth }
    try descend()
    let token = tokens[index]
    index += 1
    var left = try nud(token)
    while bindingPower < current.bindingPower {
      let operatorToken = tokens[index]
      index += 1
      if try extendChain(operatorToken, &left) { continue }
      left = try led(operatorToken, left)
      // The tree so far is now one level down (`a | b | c` nests to the left).
      try descend()
    }
    return left
  }

  private mutating func descend() throws(JMESPathError) {
    depth += 1
    guard depth <= JMESPathParser.maximumDepth else {
      // awscli prints Python's RecursionError as it is: no position, no caret.
      throw JMESPathError(stage: .compile, message: "maximum recursion depth exceeded", expression: expression)
    }
  }

  /// `.name` after a chain of names, or `[n]` after a chain of indexes, adds a child to the same
  /// node, as jmespath does, so a chain adds no depth. The array is appended to in place, so a
  /// chain as long as the longest command line costs linear time.
  private mutating func extendChain(_ token: JMESPathToken, _ left: inout JMESPathNode) throws(JMESPathError)
    -> Bool
  {
    switch token.kind {
    case .dot where current != .star:
      guard case .subexpression(var children) = left else { return false }
      // Letting go of the old node leaves `children` the array's only owner.
      left = .identity
      children.append(try parseDotRight(JMESPathTokenKind.dot.bindingPower))
      left = .subexpression(children)
      return true
    case .lbracket where current == .number || current == .colon:
      guard case .indexExpression(var children) = left else { return false }
      left = .identity
      children.append(try parseIndexExpression())
      left = .indexExpression(children)
      return true
    default:
      return false
    }
  }

  // MARK: Prefix positions

  private mutating func nud(_ token: JMESPathToken) throws(JMESPathError) -> JMESPathNode {
    switch token.kind {
    case .literal:
      return .literal(token.literal)
    case .unquotedIdentifier:
      return .field(token.identifier)
    case .quotedIdentifier:
      if current == .lparen {
        throw JMESPathError.parse(
          "Quoted identifier not allowed for function names.", token: tokens[index], column: 0,
          expression: expression)
      }
      return .field(token.identifier)
    case .star:
      let right: JMESPathNode =
        current == .rbracket ? .identity : try parseProjectionRight(JMESPathTokenKind.star.bindingPower)
      return .valueProjection(.identity, right)
    case .filter:
      return try parseFilter(left: .identity)
    case .lbrace:
      return try parseMultiSelectHash()
    case .lparen:
      let inner = try parseExpression(0)
      try match(.rparen)
      return inner
    case .flatten:
      let right = try parseProjectionRight(JMESPathTokenKind.flatten.bindingPower)
      return .projection(.flatten(.identity), right)
    case .not:
      return .not(try parseExpression(JMESPathTokenKind.not.bindingPower))
    case .lbracket:
      if current == .number || current == .colon {
        let right = try parseIndexExpression()
        return try projectIfSlice(left: .identity, right: right)
      }
      if current == .star && lookahead(1) == .rbracket {
        index += 2
        let right = try parseProjectionRight(JMESPathTokenKind.star.bindingPower)
        return .projection(.identity, right)
      }
      return try parseMultiSelectList()
    case .current:
      return .identity
    case .expref:
      return .expressionReference(try parseExpression(JMESPathTokenKind.expref.bindingPower))
    case .eof:
      throw JMESPathError.incomplete(expression: expression)
    default:
      throw JMESPathError.parse("invalid token", token: token, expression: expression)
    }
  }

  // MARK: Infix positions

  private mutating func led(_ token: JMESPathToken, _ left: JMESPathNode) throws(JMESPathError) -> JMESPathNode {
    switch token.kind {
    case .dot:
      if current == .star {
        index += 1
        let right = try parseProjectionRight(JMESPathTokenKind.dot.bindingPower)
        return .valueProjection(left, right)
      }
      return .subexpression([left, try parseDotRight(JMESPathTokenKind.dot.bindingPower)])
    case .pipe:
      return .pipe(left, try parseExpression(JMESPathTokenKind.pipe.bindingPower))
    case .or:
      return .or(left, try parseExpression(JMESPathTokenKind.or.bindingPower))
    case .and:
      return .and(left, try parseExpression(JMESPathTokenKind.and.bindingPower))
    case .lparen:
      guard case .field(let name) = left else {
        let nameToken = tokens[index - 2]
        throw JMESPathError.parse(
          "Invalid function name '\(nameToken.text)'", token: nameToken, expression: expression)
      }
      var arguments: [JMESPathNode] = []
      while current != .rparen {
        let argument = try parseExpression(0)
        if current == .comma { try match(.comma) }
        arguments.append(argument)
      }
      try match(.rparen)
      return .function(name, arguments)
    case .filter:
      return try parseFilter(left: left)
    case .eq: return try parseComparison(left, .equal, token.kind)
    case .ne: return try parseComparison(left, .notEqual, token.kind)
    case .lt: return try parseComparison(left, .less, token.kind)
    case .lte: return try parseComparison(left, .lessOrEqual, token.kind)
    case .gt: return try parseComparison(left, .greater, token.kind)
    case .gte: return try parseComparison(left, .greaterOrEqual, token.kind)
    case .flatten:
      let right = try parseProjectionRight(JMESPathTokenKind.flatten.bindingPower)
      return .projection(.flatten(left), right)
    case .lbracket:
      if current == .number || current == .colon {
        return try projectIfSlice(left: left, right: try parseIndexExpression())
      }
      try match(.star)
      try match(.rbracket)
      let right = try parseProjectionRight(JMESPathTokenKind.star.bindingPower)
      return .projection(left, right)
    default:
      // A token that binds but has no infix meaning here, such as `*` or `{` after a value.
      index -= 1
      throw JMESPathError.parse("invalid token", token: token, expression: expression)
    }
  }

  // MARK: Pieces

  private mutating func parseFilter(left: JMESPathNode) throws(JMESPathError) -> JMESPathNode {
    let condition = try parseExpression(0)
    try match(.rbracket)
    let right: JMESPathNode =
      current == .flatten ? .identity : try parseProjectionRight(JMESPathTokenKind.filter.bindingPower)
    return .filterProjection(left, right, condition: condition)
  }

  private mutating func parseComparison(
    _ left: JMESPathNode, _ comparator: JMESPathComparator, _ kind: JMESPathTokenKind
  ) throws(JMESPathError) -> JMESPathNode {
    .comparison(comparator, left, try parseExpression(kind.bindingPower))
  }

  /// After `[` when a number or colon follows: an index or a slice.
  private mutating func parseIndexExpression() throws(JMESPathError) -> JMESPathNode {
    if lookahead(0) == .colon || lookahead(1) == .colon { return try parseSlice() }
    let value = tokens[index].number
    index += 1
    try match(.rbracket)
    return .index(value)
  }

  private mutating func parseSlice() throws(JMESPathError) -> JMESPathNode {
    var parts: [Int?] = [nil, nil, nil]
    var part = 0
    while current != .rbracket && part < 3 {
      if current == .colon {
        part += 1
        if part == 3 {
          throw JMESPathError.parse("syntax error", token: tokens[index], expression: expression)
        }
        index += 1
      } else if current == .number {
        parts[part] = tokens[index].number
        index += 1
      } else {
        throw JMESPathError.parse("syntax error", token: tokens[index], expression: expression)
      }
    }
    try match(.rbracket)
    return .slice(parts[0], parts[1], parts[2])
  }

  private mutating func projectIfSlice(left: JMESPathNode, right: JMESPathNode) throws(JMESPathError)
    -> JMESPathNode
  {
    let indexed = JMESPathNode.indexExpression([left, right])
    guard case .slice = right else { return indexed }
    return .projection(indexed, try parseProjectionRight(JMESPathTokenKind.star.bindingPower))
  }

  private mutating func parseMultiSelectList() throws(JMESPathError) -> JMESPathNode {
    var items: [JMESPathNode] = []
    while true {
      items.append(try parseExpression(0))
      if current == .rbracket { break }
      try match(.comma)
    }
    try match(.rbracket)
    return .multiSelectList(items)
  }

  private mutating func parseMultiSelectHash() throws(JMESPathError) -> JMESPathNode {
    var pairs: [(String, JMESPathNode)] = []
    while true {
      let keyToken = tokens[index]
      guard current == .quotedIdentifier || current == .unquotedIdentifier else {
        throw mismatch(expected: "['quoted_identifier', 'unquoted_identifier']")
      }
      index += 1
      try match(.colon)
      pairs.append((keyToken.identifier, try parseExpression(0)))
      if current == .comma {
        try match(.comma)
      } else if current == .rbrace {
        try match(.rbrace)
        break
      }
    }
    return .multiSelectHash(pairs)
  }

  /// What follows a projection: nothing (a low-binding token ends it), `[…]`, `[?…]` or `.…`.
  private mutating func parseProjectionRight(_ bindingPower: Int) throws(JMESPathError) -> JMESPathNode {
    if current.bindingPower < JMESPathParser.projectionStop { return .identity }
    switch current {
    case .lbracket, .filter:
      return try parseExpression(bindingPower)
    case .dot:
      try match(.dot)
      return try parseDotRight(bindingPower)
    default:
      throw JMESPathError.parse("syntax error", token: tokens[index], expression: expression)
    }
  }

  /// What may follow a `.`: an identifier, `*`, a multi-select list or hash.
  private mutating func parseDotRight(_ bindingPower: Int) throws(JMESPathError) -> JMESPathNode {
    switch current {
    case .quotedIdentifier, .unquotedIdentifier, .star:
      return try parseExpression(bindingPower)
    case .lbracket:
      try match(.lbracket)
      return try parseMultiSelectList()
    case .lbrace:
      try match(.lbrace)
      return try parseMultiSelectHash()
    default:
      let token = tokens[index]
      throw JMESPathError.parse(
        "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: \(token.kind.rawValue)",
        token: token, expression: expression)
    }
  }

  private mutating func match(_ kind: JMESPathTokenKind) throws(JMESPathError) {
    guard current == kind else { throw mismatch(expected: kind.rawValue) }
    index += 1
  }

  /// The error for an unexpected token: "incomplete" at the end of input, else `Expecting: …`.
  private func mismatch(expected: String) -> JMESPathError {
    let token = tokens[index]
    if token.kind == .eof { return JMESPathError.incomplete(expression: expression) }
    return JMESPathError.parse(
      "Expecting: \(expected), got: \(token.kind.rawValue)", token: token, expression: expression)
  }
}
