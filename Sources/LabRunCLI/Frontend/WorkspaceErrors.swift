import Workspace

extension WorkspaceError {
  /// The failure the CLI reports: bad data exits 65, the rest 1.
  var cliFailure: CLIFailure {
    isBadInput ? .badData(description) : .runtime(description)
  }
}

extension TranscriptEntry {
  /// The entry as replay needs it.
  var replayEntry: ReplayEntryBridge { ReplayEntryBridge(self) }
}

import Labs

/// Converts workspace transcript entries to the labs library's replay entries.
struct ReplayEntryBridge {
  let entry: ReplayEntry

  init(_ transcript: TranscriptEntry) {
    switch transcript {
    case .command(let record): entry = .command(record.input)
    case .reset(let step): entry = .reset(toStep: step)
    }
  }
}
