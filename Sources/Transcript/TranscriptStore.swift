/// Where a live session commits each transcript entry before its output is shown.
///
/// The workspace (a git repository) is the real one; tests use one held in memory. A store that
/// throws has recorded nothing, and everything it recorded before stays.
public protocol TranscriptStore: AnyObject {
  /// Records `entry`; `passedSteps` are the steps it completed, `progressPage` the new progress page
  /// (nil keeps the old one), `wallTime` the learner's clock. Returns a warning to show, if any.
  func save(_ entry: TranscriptEntry, passedSteps: [String], progressPage: String?, wallTime: WallTime) throws
    -> String?
}

/// A moment on the learner's real clock (commit times), in milliseconds since the Unix epoch.
///
/// Only stores and their callers use it: nothing the simulation computes may depend on it.
public struct WallTime: Equatable, Sendable, Comparable {
  public var millisecondsSince1970: Int64

  public init(millisecondsSince1970: Int64) {
    self.millisecondsSince1970 = millisecondsSince1970
  }

  public static func < (lhs: WallTime, rhs: WallTime) -> Bool {
    lhs.millisecondsSince1970 < rhs.millisecondsSince1970
  }
}
