import Cloud

/// JMESPath, the language of awscli's `--query`, implemented to behave as the Python `jmespath`
/// library awscli v1 uses: same results, same null propagation, same error messages.
public enum JMESPath {
  /// Compiles `expression`, or throws the error awscli reports for a bad `--query` value.
  public static func compile(_ expression: String) throws(JMESPathError) -> JMESPathExpression {
    var lexer = JMESPathLexer(expression)
    let tokens = try lexer.tokenize()
    var parser = JMESPathParser(expression: expression, tokens: tokens)
    return JMESPathExpression(expression: expression, root: try parser.parse())
  }

  /// Compiles and evaluates in one step.
  public static func search(_ expression: String, in document: JSONValue) throws(JMESPathError) -> JSONValue {
    try compile(expression).evaluate(on: document)
  }
}

/// A compiled `--query` expression.
public struct JMESPathExpression: Sendable {
  /// The source text it was compiled from.
  public let expression: String
  let root: JMESPathNode

  /// The expression's result over `document`.
  ///
  /// Throws, as jmespath does while searching, for an unknown function, a wrong number or type of
  /// function arguments, ordering a string against a number, or a zero slice step; awscli prints
  /// such an error (``JMESPathError/awscliErrorOutput``) and exits with status 255.
  public func evaluate(on document: JSONValue) throws(JMESPathError) -> JSONValue {
    try JMESPathInterpreter(expression: expression).evaluate(root, document)
  }
}
