/// Collects a report's text and hands it on in pieces of about `pieceSize` bytes, so a report of a
/// whole class is written as it is made instead of being held, and copied, as one string.
struct ReportSink {
  /// Large enough that writing costs few system calls, small beside a class's report.
  static let pieceSize = 64 * 1024

  private var buffer = ""
  private let write: (String) -> Void

  init(_ write: @escaping (String) -> Void) {
    self.write = write
    buffer.reserveCapacity(Self.pieceSize + 4096)
  }

  mutating func append(_ text: String) {
    buffer += text
    if buffer.utf8.count >= Self.pieceSize { flush() }
  }

  /// Hands on what is collected; call once at the end.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
