import Foundation
import Transcript

extension TranscriptEntry {
  /// The JSON line as stored: keys sorted, UTF-8, no line breaks inside, one `\n` at the end.
  func jsonLine() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(Line(self))
    data.append(0x0A)
    return data
  }

  /// Decodes one line (without its `\n`); the error text says what is wrong with it.
  static func decode(line: Data, decoder: JSONDecoder) throws(TranscriptLineError) -> TranscriptEntry {
    if let scanned = line.withUnsafeBytes({ Line(scanning: $0) }) { return try entry(scanned) }
    return try decodeWithFoundation(line: line, decoder: decoder)
  }

  /// Decodes one line with JSONDecoder alone: what `decode` must always agree with.
  static func decodeWithFoundation(line: Data, decoder: JSONDecoder) throws(TranscriptLineError) -> TranscriptEntry {
    let raw: Line
    do {
      raw = try decoder.decode(Line.self, from: line)
    } catch {
      throw TranscriptLineError(problem: "not a JSON object with the transcript's fields")
    }
    return try entry(raw)
  }

  private static func entry(_ raw: Line) throws(TranscriptLineError) -> TranscriptEntry {
    switch raw.kind {
    case "command":
      guard let host = raw.host, let input = raw.input, let time = raw.simulatedTime,
        let status = raw.exitStatus, let output = raw.output
      else {
        let missing = [
          ("host", raw.host == nil), ("input", raw.input == nil), ("simulatedTime", raw.simulatedTime == nil),
          ("exitStatus", raw.exitStatus == nil), ("output", raw.output == nil),
        ].filter(\.1).map { "\"\($0.0)\"" }
        throw TranscriptLineError(problem: "command entry without \(missing.joined(separator: ", "))")
      }
      return .command(
        CommandRecord(
          host: host, input: input, simulatedTime: time, exitStatus: status, output: output,
          statusBefore: raw.statusBefore, language: raw.language))
    case "reset":
      return .reset(step: raw.step)
    default:
      throw TranscriptLineError(problem: "unknown entry kind \"\(raw.kind)\"")
    }
  }

  /// The stored shape of a line; optional fields so that each kind writes only its own.
  private struct Line: Codable {
    var kind: String
    var host: String?
    var input: String?
    var simulatedTime: Int64?
    var exitStatus: Int32?
    var output: String?
    /// Written only when set, so lines of commands typed without a Ctrl-C before them stay as they were.
    var statusBefore: Int32?
    /// Written only when the session spoke another language than the workspace's, so lines of a
    /// workspace resumed in its own language stay as they were.
    var language: String?
    var step: String?

    /// The line as TranscriptLineScanner reads it; nil where only JSONDecoder can say what it holds
    /// (a field of another type than the stored shape's, or a line the scanner leaves alone).
    init?(scanning bytes: UnsafeRawBufferPointer) {
      guard let members = TranscriptLineScanner.members(of: bytes) else { return nil }
      func text(_ key: TranscriptLineScanner.Key) -> String?? {
        switch members[key] {
        case nil: .some(nil)
        case .text(let value): .some(value)
        case .integer: nil
        }
      }
      func number<T: FixedWidthInteger>(_ key: TranscriptLineScanner.Key, _ type: T.Type) -> T?? {
        switch members[key] {
        case nil: .some(nil)
        case .integer(let value): T(exactly: value).map { .some($0) }
        case .text: nil
        }
      }
      guard case .text(let kind)? = members[.kind], let host = text(.host), let input = text(.input),
        let output = text(.output), let step = text(.step), let language = text(.language),
        let time = number(.simulatedTime, Int64.self),
        let status = number(.exitStatus, Int32.self), let before = number(.statusBefore, Int32.self)
      else { return nil }
      self.kind = kind
      self.host = host
      self.input = input
      self.output = output
      self.step = step
      self.simulatedTime = time
      self.exitStatus = status
      self.statusBefore = before
      self.language = language
    }

    init(_ entry: TranscriptEntry) {
      switch entry {
      case .command(let record):
        kind = "command"
        host = record.host
        input = record.input
        simulatedTime = record.simulatedTime
        exitStatus = record.exitStatus
        output = record.output
        statusBefore = record.statusBefore
        language = record.language
      case .reset(let step):
        kind = "reset"
        self.step = step
      }
    }
  }
}

/// Why one transcript line could not be read.
struct TranscriptLineError: Error {
  var problem: String
}
