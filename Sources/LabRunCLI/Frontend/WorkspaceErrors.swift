import Labs
import Workspace

extension WorkspaceError {
  /// The failure the CLI reports, said with `messages` (the learner's language): bad data exits
  /// 65, the rest 1. The causes labrun only passes on (git's, the file system's) stay as they came.
  func cliFailure(_ messages: LabMessages = .english) -> CLIFailure {
    let text = said(messages)
    return isBadInput ? .badData(text) : .runtime(text)
  }

  /// The error's sentence from the catalogue; in English it is `description`, word for word.
  func said(_ messages: LabMessages) -> String {
    let say = messages.say
    switch self {
    case .invalidLabID(let id): return say(.workspaceInvalidLabID, ["id": id])
    case .notAWorkspace(let path, let reason): return say(.workspaceNotAWorkspace, ["path": path, "reason": reason])
    case .wrongLab(let path, let expected, let found):
      return say(.workspaceWrongLab, ["path": path, "expected": expected, "found": found])
    case .corruptRepository(let path, let cause): return say(.workspaceDamaged, ["path": path, "cause": "\(cause)"])
    case .badMetadata(let path, let problem): return say(.workspaceBadMetadata, ["path": path, "problem": problem])
    case .badTranscript(let path, let line, let problem):
      return say(.workspaceBadTranscript, ["path": path, "line": "\(line)", "problem": problem])
    case .alreadyExists(let path): return say(.workspaceExists, ["path": path])
    case .locked(let path, let holder?):
      return say(.workspaceLocked, ["path": path, "pid": "\(holder.pid)", "host": holder.host])
    case .locked(let path, nil): return say(.workspaceLockedUnknown, ["path": path])
    case .lockFailed(let path, let reason): return say(.workspaceLockFailed, ["path": path, "reason": reason])
    case .saveFailed(let path, let reason): return say(.workspaceSaveFailed, ["path": path, "reason": reason])
    case .pushFailed(let remote, let reason): return say(.workspacePushFailed, ["remote": remote, "reason": reason])
    case .noRemote(let path): return say(.workspaceNoRemote, ["path": path])
    case .closed(let path): return say(.workspaceClosed, ["path": path])
    }
  }
}
