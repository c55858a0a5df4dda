import Cloud

/// awscli's `--output` choices.
public enum AWSOutputFormat: String, Sendable, CaseIterable {
  case json, text, table

  /// What awscli v1 prints on stdout for a response (already narrowed by `--query`), trailing
  /// newline included; "" where awscli prints nothing.
  ///
  /// `operationName` (e.g. `DescribeVpcs`) titles the table. Tables are laid out for awscli's
  /// 80-column default, which it uses whenever stdout is not a terminal.
  public static func render(_ value: JSONValue, format: AWSOutputFormat, operationName: String) -> String {
    renderResult(value, format: format, operationName: operationName).stdout
  }

  /// Like ``render(_:format:operationName:)``, but also reports the results awscli's formatters
  /// crash on (a table of lists with differing lengths, text for a list mixing objects and
  /// scalars): stderr and status are then what awscli prints and exits with, and stdout is what
  /// it printed before the crash.
  ///
  /// `wholeResponse` says the value is botocore's parsed response itself (no `--query`, not built
  /// by a paginator): botocore inserted `ResponseMetadata` into that dict last and awscli deleted it,
  /// which can have resized the table and so changes the order Python 2.7 prints its keys in.
  public static func renderResult(
    _ value: JSONValue, format: AWSOutputFormat, operationName: String, terminalWidth: Int = 80,
    wholeResponse: Bool = false
  ) -> AWSRenderedOutput {
    switch format {
    case .json:
      // awscli skips an empty object (a response with no body) but prints `[]`, `null` and `""`.
      if case .object(let object) = value, object.isEmpty { return AWSRenderedOutput(stdout: "") }
      let ordered = value.inPython2DictOrder(topLevelExtra: wholeResponse ? ["ResponseMetadata"] : [])
      return AWSRenderedOutput(stdout: ordered.rendered(.awscliPython2))
    case .text:
      let text = AWSTextFormatter.render(value)
      if let error = text.error { return AWSRenderedOutput(stdout: text.output, stderr: "\n\(error)\n", status: 255) }
      return AWSRenderedOutput(stdout: text.output)
    case .table:
      let table = AWSTableFormatter.render(value, operationName: operationName, terminalWidth: terminalWidth)
      if let error = table.error { return AWSRenderedOutput(stdout: "", stderr: "\n\(error)\n", status: 255) }
      return AWSRenderedOutput(stdout: table.output)
    }
  }
}

extension JSONFormat {
  /// awscli 1.18.147 `--output json` on Python 2.7: `json.dump(value, indent=4, ensure_ascii=False)`,
  /// whose default item separator with an indent is still `", "`, so every line that ends a member
  /// but the last of its object or array ends in a space.
  static let awscliPython2 = JSONFormat(
    indent: 4, itemSeparator: ", ", keySeparator: ": ", dialect: .python, trailer: "\n")
}

/// The outcome of rendering a response: what goes to stdout and stderr, and the exit status.
public struct AWSRenderedOutput: Equatable, Sendable {
  public var stdout: String
  public var stderr: String
  public var status: Int32

  public init(stdout: String, stderr: String = "", status: Int32 = 0) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
  }
}
