import Cloud

/// Applies `--query` and `--output` to a response and prints it as awscli does.
enum AWSResponseRenderer {
  static func render(_ value: JSONValue, arguments: AWSArguments, operation: String) -> CommandResult {
    CommandResult(stdout: value.awscliJSON)
  }
}
