import Foundation
import Transcript

/// A workspace is where a live session commits its transcript: one entry, one commit.
extension Workspace: TranscriptStore {
  public func save(_ entry: TranscriptEntry, passedSteps: [String], progressPage: String?, wallTime: WallTime)
    throws -> String?
  {
    let time = Date(timeIntervalSince1970: Double(wallTime.millisecondsSince1970) / 1000)
    return try append(entry, passedSteps: passedSteps, progressPage: progressPage, time: time).workTreeProblem
  }
}
