/// Why a `--query` expression could not be compiled or evaluated, worded exactly as Python's
/// jmespath library words it, so the simulated `aws` can print what awscli v1 prints.
public struct JMESPathError: Error, Equatable, Sendable, CustomStringConvertible {
  /// When the error arises, which decides how awscli reports it.
  public enum Stage: Equatable, Sendable {
    /// While compiling: awscli rejects the `--query` value before calling the service.
    case compile
    /// While evaluating over a response (an unknown function, a wrong argument type…).
    case evaluate
  }

  /// What went wrong, in the JMESPath specification's terms; these are the error kinds its
  /// compliance suite names.
  public enum Kind: Equatable, Sendable {
    /// The expression is not valid JMESPath (every compile-time error).
    case syntax
    /// A function argument, or an operand of an ordering, has the wrong type.
    case invalidType
    /// A value of the right type that is still not allowed, such as a zero slice step.
    case invalidValue
    /// A function called with the wrong number of arguments.
    case invalidArity
    /// A call to a function jmespath does not have.
    case unknownFunction
  }

  public let stage: Stage
  /// What went wrong; compile-time errors are always ``Kind/syntax``.
  public let kind: Kind
  /// The text jmespath's exception gives as `str(e)`, possibly several lines.
  public let message: String
  /// The whole `--query` expression.
  public let expression: String

  /// An error; `kind` defaults to ``Kind/syntax`` when compiling and ``Kind/invalidType`` when
  /// evaluating, the commonest kind at each stage.
  public init(stage: Stage, kind: Kind? = nil, message: String, expression: String) {
    self.stage = stage
    self.kind = kind ?? (stage == .compile ? .syntax : .invalidType)
    self.message = message
    self.expression = expression
  }

  public var description: String { message }

  /// What awscli v1 writes to stderr for this error (it then exits with status 255):
  /// `\nBad value for --query EXPR: MESSAGE\n` when compiling, `\nMESSAGE\n` when evaluating.
  public var awscliErrorOutput: String {
    switch stage {
    case .compile: return "\nBad value for --query \(expression): \(message)\n"
    case .evaluate: return "\n\(message)\n"
    }
  }

  /// A lexer error: `Bad jmespath expression: …`, the expression unquoted, a caret under `column`.
  static func lexer(_ reason: String, column: Int, expression: String) -> JMESPathError {
    let caret = String(repeating: " ", count: column) + "^"
    return JMESPathError(
      stage: .compile, message: "Bad jmespath expression: \(reason):\n\(expression)\n\(caret)",
      expression: expression)
  }

  /// A parse error at a token; the caret sits one further right because the expression is quoted.
  static func parse(
    _ reason: String, token: JMESPathToken, column: Int? = nil, expression: String
  ) -> JMESPathError {
    let column = column ?? token.start
    let caret = String(repeating: " ", count: column + 1) + "^"
    let message =
      "\(reason): Parse error at column \(column), token \"\(token.text)\" (\(token.kind.rawValue.uppercased())), "
      + "for expression:\n\"\(expression)\"\n\(caret)"
    return JMESPathError(stage: .compile, message: message, expression: expression)
  }

  /// The expression ended where more was needed; the caret sits just past its end.
  static func incomplete(expression: String) -> JMESPathError {
    let caret = String(repeating: " ", count: expression.unicodeScalars.count + 1) + "^"
    return JMESPathError(
      stage: .compile,
      message: "Invalid jmespath expression: Incomplete expression:\n\"\(expression)\"\n\(caret)",
      expression: expression)
  }

  /// A failure while evaluating, e.g. `Unknown function: foo()`.
  static func evaluation(_ kind: Kind, _ message: String, expression: String) -> JMESPathError {
    JMESPathError(stage: .evaluate, kind: kind, message: message, expression: expression)
  }
}
