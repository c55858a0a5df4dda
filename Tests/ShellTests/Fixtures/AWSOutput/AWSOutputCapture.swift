/// One real `aws` invocation and what it printed, for byte-for-byte comparison.
struct AWSOutputCapture: Sendable, CustomStringConvertible {
  /// A short identifier for test names.
  let name: String
  /// The API operation, which titles awscli's tables.
  let operation: String
  /// The command as it was run (without `--endpoint-url` and `--output`).
  let command: String
  /// The `--query` expression, if any.
  let query: String?
  /// The whole response as `--output json` printed it without `--query`; nil when the command
  /// failed before calling the service.
  let response: String?
  /// stdout for `--output json`, `text` and `table` (empty for a failed command).
  let json: String
  let text: String
  let table: String
  /// stderr for `--output text` and `table` when awscli failed to format the result (it then
  /// exits with status 255 and prints nothing on stdout), else empty.
  let textStderr: String
  let tableStderr: String
  /// stderr (the same for every format); empty when the command succeeded.
  let stderr: String

  init(
    name: String, operation: String, command: String, query: String?, response: String?,
    json: String = "", text: String = "", textStderr: String = "", table: String = "", tableStderr: String = "",
    stderr: String = ""
  ) {
    self.name = name
    self.operation = operation
    self.command = command
    self.query = query
    self.response = response
    self.json = json
    self.text = text
    self.table = table
    self.textStderr = textStderr
    self.tableStderr = tableStderr
    self.stderr = stderr
  }

  var description: String { name }
}
