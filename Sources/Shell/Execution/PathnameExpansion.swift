import Cloud

/// Pathname expansion (globbing) of an unquoted `*`, `?` or `[…]` against the host's files.
///
/// Patterns are matched one path component at a time; a component's `*` never crosses a `/`, and
/// names starting with `.` only match a component that starts with `.`, as bash does without
/// `dotglob`. Matches come sorted as `ls` sorts them (`FileOrder`).
enum PathnameExpansion {
  /// The paths `pattern` matches, written as typed (relative stays relative); nil when none match.
  /// In `pattern`, a backslash escapes the next character (quoted text arrives escaped).
  static func matches(_ pattern: String, state: ShellState) -> [String]? {
    let absolute = pattern.hasPrefix("/")
    let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    let tree = HostFiles.tree(state)
    let user = HostFiles.user(state)
    // Each candidate: the text as it will be shown, and the absolute path it names.
    var candidates: [(shown: String, path: String)] = [
      (absolute ? "/" : "", absolute ? "/" : HostFiles.workingDirectory(state))
    ]
    for (offset, component) in components.enumerated() {
      let isLast = offset == components.count - 1
      var next: [(shown: String, path: String)] = []
      for candidate in candidates {
        let joiner = candidate.shown.isEmpty || candidate.shown.hasSuffix("/") ? "" : "/"
        if !hasGlob(component) {
          let literal = unescape(component)
          let path = candidate.path == "/" ? "/" + literal : candidate.path + "/" + literal
          guard let entry = tree.entry(path), isLast || entry.isDirectory else { continue }
          next.append((candidate.shown + joiner + literal, path))
          continue
        }
        guard let folder = tree.entry(candidate.path), folder.isDirectory,
          HostFiles.allows(folder, user: user, bit: 0o4)
        else { continue }
        var names = tree.children(of: candidate.path).map { FileTree.name(of: $0.path) }
        names = names.filter { name in
          (!name.hasPrefix(".") || component.hasPrefix(".")) && match(Array(component), Array(name))
        }
        for name in FileOrder.sorted(names) {
          let path = candidate.path == "/" ? "/" + name : candidate.path + "/" + name
          if !isLast && tree.entry(path)?.isDirectory != true { continue }
          next.append((candidate.shown + joiner + name, path))
        }
      }
      candidates = next
      if candidates.isEmpty { return nil }
    }
    if pattern.hasSuffix("/") {
      // `*/` matches folders only, and each match keeps the slash.
      candidates = candidates.filter { tree.entry($0.path)?.isDirectory == true }
      candidates = candidates.map { ($0.shown + "/", $0.path) }
    }
    let shown = candidates.map(\.shown).filter { !$0.isEmpty }
    return shown.isEmpty ? nil : shown
  }

  static func hasGlob(_ component: String) -> Bool {
    var escaped = false
    for character in component {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if "*?[".contains(character) {
        return true
      }
    }
    return false
  }

  static func unescape(_ text: String) -> String {
    var result = ""
    var escaped = false
    for character in text {
      if !escaped && character == "\\" {
        escaped = true
        continue
      }
      escaped = false
      result.append(character)
    }
    return result
  }

  /// Whether `name` matches the glob `pattern` whole. Iterative with one backtrack point per `*`,
  /// so the time is linear in the product of the lengths at worst, never exponential.
  static func match(_ pattern: [Character], _ name: [Character]) -> Bool {
    var p = 0
    var n = 0
    var starP = -1
    var starN = 0
    while n < name.count {
      if p < pattern.count {
        switch pattern[p] {
        case "*":
          starP = p
          starN = n
          p += 1
          continue
        case "?":
          p += 1
          n += 1
          continue
        case "[":
          if let (matched, end) = bracket(pattern, p, name[n]) {
            if matched {
              p = end
              n += 1
              continue
            }
          } else if name[n] == "[" {
            p += 1
            n += 1
            continue
          }
        case "\\" where p + 1 < pattern.count:
          if pattern[p + 1] == name[n] {
            p += 2
            n += 1
            continue
          }
        default:
          if pattern[p] == name[n] {
            p += 1
            n += 1
            continue
          }
        }
      }
      guard starP >= 0 else { return false }
      p = starP + 1
      starN += 1
      n = starN
    }
    while p < pattern.count && pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }

  /// A `[…]` class at `start`: whether `character` is in it and where the class ends; nil when
  /// the bracket is not closed (it is then an ordinary `[`).
  static func bracket(_ pattern: [Character], _ start: Int, _ character: Character) -> (Bool, Int)? {
    var index = start + 1
    var negate = false
    if index < pattern.count, pattern[index] == "!" || pattern[index] == "^" {
      negate = true
      index += 1
    }
    var matched = false
    var first = true
    while index < pattern.count {
      let current = pattern[index]
      if current == "]" && !first { return (matched != negate, index + 1) }
      first = false
      if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
        if current <= character && character <= pattern[index + 2] { matched = true }
        index += 3
        continue
      }
      if current == character { matched = true }
      index += 1
    }
    return nil
  }
}

/// The order `ls` and globbing list names in, under Amazon Linux 2's `en_US.UTF-8` locale:
/// letters and digits compared without case, punctuation ignored, then the bytes break ties
/// (so `.bash_logout`, `.bash_profile`, `.bashrc`, `jschoi.csv`, `policy.json`).
enum FileOrder {
  static func sorted(_ names: [String]) -> [String] {
    sorted(names, name: \.self)
  }

  /// `items` in the order of their names.
  static func sorted<Item>(_ items: [Item], name: (Item) -> String) -> [Item] {
    items.map { (key: key(name($0)), name: name($0), item: $0) }.sorted { left, right in
      left.key != right.key ? left.key < right.key : Array(left.name.utf8).lexicographicallyPrecedes(right.name.utf8)
    }.map(\.item)
  }

  static func key(_ name: String) -> String {
    String(name.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
