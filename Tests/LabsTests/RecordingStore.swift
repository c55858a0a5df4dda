import Labs
import Shell
import Transcript

/// A transcript store held in memory: every save as the workspace would commit it, or a failure
/// when told to fail.
final class RecordingStore: TranscriptStore {
  /// One save: what a commit would hold.
  struct Save: Equatable {
    var entry: TranscriptEntry
    var passedSteps: [String]
    var progressPage: String?
    var wallTime: WallTime
  }

  private(set) var saves: [Save] = []
  /// The error the next saves throw, until it is cleared.
  var failure: (any Error)?
  /// A warning every save hands back, as a workspace whose files could not be updated does.
  var warning: String?

  var entries: [TranscriptEntry] { saves.map(\.entry) }

  func save(_ entry: TranscriptEntry, passedSteps: [String], progressPage: String?, wallTime: WallTime) throws
    -> String?
  {
    if let failure { throw failure }
    saves.append(Save(entry: entry, passedSteps: passedSteps, progressPage: progressPage, wallTime: wallTime))
    return warning
  }
}

/// An output sink that keeps what it is given, in order.
final class CollectingSink: OutputSink {
  private(set) var pieces: [Shown] = []

  func write(_ text: String, to stream: OutputStream) { pieces.append(Shown(stream, text)) }

  /// Everything written on `stream`, joined.
  func text(_ stream: OutputStream) -> String { pieces.filter { $0.stream == stream }.map(\.text).joined() }
}

/// A wall clock that moves ten seconds a reading.
final class SteppingClock {
  private(set) var now: Int64

  init(start: Int64) { now = start }

  func read() -> WallTime {
    defer { now += 10_000 }
    return WallTime(millisecondsSince1970: now)
  }
}
