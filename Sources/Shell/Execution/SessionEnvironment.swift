import Cloud

/// The environment every login on a simulated host starts with, and how names are looked up.
///
/// The fixed variables are listed in the order Amazon Linux 2's `env` shows them for a login shell
/// (HOSTNAME, SHELL, USER, PATH, PWD, LANG, HOME, LOGNAME); `env` prints them in that order, then
/// the session's own variables sorted by name (the session keeps them in a dictionary, which has
/// no order of its own). A session variable of the same name replaces a fixed one in place.
public enum SessionEnvironment {
  /// The login user on the current host (`ec2-user` when the host is unknown).
  public static func user(_ state: ShellState) -> String { state.host?.user ?? "ec2-user" }

  /// The short hostname of the current host (`localhost` when the host is unknown).
  public static func hostname(_ state: ShellState) -> String { state.host?.hostname ?? "localhost" }

  /// The home directory: `/home/<user>`.
  public static func home(_ state: ShellState) -> String { "/home/" + user(state) }

  /// What bash makes of the tilde prefix `~prefix`: `$HOME` for `~` (the home when the session
  /// has not set it), a user's home for `~NAME` (root's and the login user's are the ones a
  /// simulated host has), `$PWD` for `~+` and `$OLDPWD` for `~-`; nil when it names none of them,
  /// and the prefix stays as typed.
  public static func tildeExpansion(_ prefix: String, state: ShellState) -> String? {
    switch prefix {
    case "": return homeVariable(state)
    case "+": return value(of: "PWD", in: state)
    case "-": return value(of: "OLDPWD", in: state)
    default: return home(ofUser: prefix, state: state)
    }
  }

  /// `$HOME`: the home unless the session set it. Read directly, not through `value(of:in:)`,
  /// since awscli comes here twice a command and the fixed variables are a list to build.
  public static func homeVariable(_ state: ShellState) -> String { state.variables["HOME"] ?? home(state) }

  /// The home of the user `name` on the current host: root's and the login user's are the ones
  /// a simulated host has (it has no `/etc/passwd`); nil for any other name.
  public static func home(ofUser name: String, state: ShellState) -> String? {
    switch name {
    case "root": return "/root"
    case user(state): return home(state)
    default: return nil
    }
  }

  /// The fixed variables of a login shell on the current host, in `env` order.
  public static func fixed(_ state: ShellState) -> [(name: String, value: String)] {
    [
      ("HOSTNAME", hostname(state)),
      ("SHELL", "/bin/bash"),
      ("USER", user(state)),
      ("PATH", "/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin"),
      ("PWD", HostFiles.workingDirectory(state)),
      ("LANG", "en_US.UTF-8"),
      ("HOME", home(state)),
      ("LOGNAME", user(state)),
    ]
  }

  /// Every exported variable as `env` lists it: fixed ones (overridden in place), then the rest sorted.
  public static func exported(_ state: ShellState) -> [(name: String, value: String)] {
    let fixed = fixed(state)
    var list = fixed.map { (name: $0.name, value: state.variables[$0.name] ?? $0.value) }
    if let previous = state.previousDirectory, state.variables["OLDPWD"] == nil {
      list.append((name: "OLDPWD", value: previous))
    }
    let fixedNames = Set(fixed.map(\.name))
    for name in state.variables.keys.sorted() where !fixedNames.contains(name) {
      list.append((name: name, value: state.variables[name] ?? ""))
    }
    return list
  }

  /// `$RANDOM`: 0 to 32767, as bash's, drawn from the world's generator, the line's place in the
  /// history and how many the line drew before, so that replay draws the same numbers without
  /// the generator itself moving (which would change every ID the world makes after).
  public static func drawnNumber(_ state: ShellState, draw: Int) -> String {
    let mixed = state.world.random.state ^ (UInt64(state.history.count) &* 0x9E37_79B9_7F4A_7C15)
    var generator = SeededGenerator(seed: mixed ^ (UInt64(draw) << 40))
    return String(generator.below(32_768))
  }

  /// The value of a variable or special parameter as `$name` expands it; nil when unset.
  ///
  /// `$$` is a fixed process id so that outputs stay deterministic; positional parameters are
  /// unset because a login shell has none; `$RANDOM` is the expander's (`drawnNumber(_:draw:)`).
  public static func value(of name: String, in state: ShellState) -> String? {
    switch name {
    case "?": return String(state.lastStatus)
    case "$": return "2417"
    case "PPID": return state.variables["PPID"] ?? "2416"
    case "#": return "0"
    case "0": return "-bash"
    case "-": return "himBHs"
    case "@", "*", "!": return nil
    default:
      if let value = state.variables[name] { return value }
      if name == "OLDPWD" { return state.previousDirectory }
      return fixed(state).first { $0.name == name }?.value
    }
  }
}
