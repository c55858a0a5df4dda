import Cloud

extension Executor {
  /// The descriptors after applying `redirections` left to right, or nil when one fails (its
  /// message is on standard error and the command does not run, status 1, as in bash).
  ///
  /// `> FILE` creates or truncates the file now, before the command runs, so `cat f > f` empties
  /// `f` as it does in bash. Descriptors other than 0, 1 and 2 are accepted and ignored: no
  /// simulated command writes to them.
  mutating func setUp(_ redirections: [Redirection], _ io: Descriptors, expander: inout WordExpander)
    -> Descriptors?
  {
    var io = io
    for redirection in redirections {
      switch redirection.target {
      case .write(let word, let append), .writeBoth(let word, let append):
        guard let target = openForWriting(word, append: append, io, expander: &expander) else { return nil }
        if case .writeBoth = redirection.target {
          io.output = target
          io.error = target
        } else {
          assign(target, to: redirection.descriptor, &io)
        }
      case .read(let word):
        guard let path = path(word, io, expander: &expander) else { return nil }
        switch HostFiles.read(HostFiles.resolve(path, state: state), state: state) {
        case .success(let text):
          if redirection.descriptor == 0 { io.input = buffer(text) }
        case .failure(let error):
          write("-bash: \(path): \(error.text)\n", to: io.error)
          return nil
        }
      case .duplicate(let source):
        let target: OutputTarget?
        switch source {
        case 1: target = io.output
        case 2: target = io.error
        case 0: target = nil
        default:
          write("-bash: \(source): Bad file descriptor\n", to: io.error)
          return nil
        }
        if redirection.descriptor == 0 {
          if source != 0 {
            write("-bash: \(source): Bad file descriptor\n", to: io.error)
            return nil
          }
        } else if let target {
          assign(target, to: redirection.descriptor, &io)
        }
      case .close:
        if redirection.descriptor == 0 { io.input = nil } else { assign(.discard, to: redirection.descriptor, &io) }
      case .hereDocument(let document):
        let text: String
        do {
          text = document.expands ? try expander.value(of: document.body) : Executor.literal(document.body)
        } catch {
          write(error.message, to: io.error)
          return nil
        }
        if redirection.descriptor == 0 { io.input = buffer(text) }
      case .hereString(let word):
        do {
          let text = try expander.value(of: word) + "\n"
          if redirection.descriptor == 0 { io.input = buffer(text) }
        } catch {
          write(error.message, to: io.error)
          return nil
        }
      }
    }
    return io
  }

  private func assign(_ target: OutputTarget, to descriptor: Int, _ io: inout Descriptors) {
    switch descriptor {
    case 1: io.output = target
    case 2: io.error = target
    default: break
    }
  }

  private mutating func buffer(_ text: String) -> Int {
    inputs.append(InputBuffer(text: Substring(text)))
    return inputs.count - 1
  }

  static func literal(_ word: ShellWord) -> String {
    word.parts.map { part in
      if case .literal(let text, _) = part { return text }
      return ""
    }.joined()
  }

  /// The path a redirection names: one word after expansion, else `ambiguous redirect`.
  private mutating func path(_ word: ShellWord, _ io: Descriptors, expander: inout WordExpander) -> String? {
    let text: String
    do {
      let fields = try expander.fields(of: word)
      guard fields.count == 1 else {
        write("-bash: \(word.typedText): ambiguous redirect\n", to: io.error)
        return nil
      }
      text = fields[0]
    } catch {
      write(error.message, to: io.error)
      return nil
    }
    if text.isEmpty {
      write("-bash: : No such file or directory\n", to: io.error)
      return nil
    }
    return text
  }

  /// Creates or truncates the file `word` names (unless appending) and gives where writes go.
  private mutating func openForWriting(
    _ word: ShellWord, append: Bool, _ io: Descriptors, expander: inout WordExpander
  ) -> OutputTarget? {
    guard let typed = path(word, io, expander: &expander) else { return nil }
    let path = HostFiles.resolve(typed, state: state)
    switch path {
    case "/dev/null": return .discard
    case "/dev/stdout": return io.output
    case "/dev/stderr": return io.error
    default: break
    }
    if let entry = HostFiles.tree(state).entry(path), entry.isDirectory {
      write("-bash: \(typed): Is a directory\n", to: io.error)
      return nil
    }
    if case .failure(let error) = HostFiles.write("", to: path, append: true, state: &state) {
      write("-bash: \(typed): \(error.text)\n", to: io.error)
      return nil
    }
    if !append, case .failure(let error) = HostFiles.write("", to: path, append: false, state: &state) {
      write("-bash: \(typed): \(error.text)\n", to: io.error)
      return nil
    }
    return .file(path)
  }
}
