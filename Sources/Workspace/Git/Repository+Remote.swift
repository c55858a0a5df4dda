import Clibgit2
import Foundation

/// What the push callbacks learn; handed to the C callbacks through their payload pointer.
private final class PushState {
  /// Refs the remote refused, with its reason.
  var rejections: [(reference: String, reason: String)] = []
  /// How many times libgit2 has asked for credentials; stops an endless retry loop.
  var credentialRequests = 0
  /// Private keys to offer after the SSH agent, in order.
  let keyFiles: [String]

  init(keyFiles: [String]) {
    self.keyFiles = keyFiles
  }
}

extension Repository {
  /// Pushes `refspecs` to `url` (a path, `file://`, `ssh://` or `https://`) without creating or changing any local
  /// configuration; throws when the transport fails or the remote refuses a reference.
  func push(to url: String, refspecs: [String], sshKeyFiles: [String]) throws {
    if url.lowercased().hasPrefix("https://") { try GitLibrary.prepareForHTTPS() }
    var remote: OpaquePointer?
    try check(labrun_git_remote_create_anonymous(&remote, pointer, url), "git_remote_create_anonymous")
    defer { labrun_git_remote_free(remote) }

    var options = git_push_options()
    try check(labrun_git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "git_push_options_init")
    let state = PushState(keyFiles: sshKeyFiles)
    options.callbacks.payload = Unmanaged.passUnretained(state).toOpaque()
    options.callbacks.push_update_reference = { reference, status, payload in
      if let status, let payload {
        let state = Unmanaged<PushState>.fromOpaque(payload).takeUnretainedValue()
        state.rejections.append((reference.map { String(cString: $0) } ?? "?", String(cString: status)))
      }
      return 0
    }
    options.callbacks.credentials = { out, _, usernameFromURL, allowedTypes, payload in
      guard let payload else { return GIT_PASSTHROUGH.rawValue }
      let state = Unmanaged<PushState>.fromOpaque(payload).takeUnretainedValue()
      let user = usernameFromURL.map { String(cString: $0) } ?? NSUserName()
      state.credentialRequests += 1
      let attempt = state.credentialRequests
      if allowedTypes & GIT_CREDENTIAL_USERNAME.rawValue != 0 {
        return labrun_git_credential_username_new(out, user)
      }
      guard allowedTypes & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 else { return GIT_PASSTHROUGH.rawValue }
      // First the agent, then each key file in turn; libgit2 calls again after each refusal.
      if attempt == 1 {
        return labrun_git_credential_ssh_key_from_agent(out, user)
      }
      let keyIndex = attempt - 2
      guard keyIndex < state.keyFiles.count else {
        labrun_git_error_set_str(
          Int32(GIT_ERROR_SSH.rawValue),
          "the SSH server refused every key offered (ssh-agent and \(state.keyFiles.joined(separator: ", ")))")
        return GIT_EAUTH.rawValue
      }
      let key = state.keyFiles[keyIndex]
      return labrun_git_credential_ssh_key_new(out, user, nil, key, nil)
    }

    let cStrings = refspecs.map { strdup($0) }
    defer { for string in cStrings { free(string) } }
    var pointers: [UnsafeMutablePointer<CChar>?] = cStrings
    try withExtendedLifetime(state) {
      try pointers.withUnsafeMutableBufferPointer { buffer in
        var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
        try check(labrun_git_remote_push(remote, &array, &options), "git_remote_push")
      }
    }
    if let rejection = state.rejections.first {
      throw GitError(
        function: "git_remote_push", code: GIT_ENONFASTFORWARD.rawValue,
        message: "the remote refused \(rejection.reference): \(rejection.reason)")
    }
  }

  /// The URL configured for the remote `name`, or nil when there is no such remote.
  func remoteURL(_ name: String) throws -> String? {
    var remote: OpaquePointer?
    let rc = labrun_git_remote_lookup(&remote, pointer, name)
    if rc == GIT_ENOTFOUND.rawValue { return nil }
    try check(rc, "git_remote_lookup")
    defer { labrun_git_remote_free(remote) }
    return labrun_git_remote_url(remote).map { String(cString: $0) }
  }

  /// Creates the remote `name` with `url`, or changes its URL when it exists.
  func setRemote(_ name: String, url: String) throws {
    if try remoteURL(name) != nil {
      try check(labrun_git_remote_set_url(pointer, name, url), "git_remote_set_url")
      return
    }
    var remote: OpaquePointer?
    try check(labrun_git_remote_create(&remote, pointer, name, url), "git_remote_create")
    labrun_git_remote_free(remote)
  }

  /// Clones `url` into `path` with libgit2 (used to read a submitted workspace back).
  static func clone(from url: String, to path: String) throws -> Repository {
    GitLibrary.ensureInitialized()
    var handle: OpaquePointer?
    try check(labrun_git_clone(&handle, url, path, nil), "git_clone")
    return Repository(pointer: handle!)
  }
}
