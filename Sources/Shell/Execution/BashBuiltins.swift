/// What the simulated shell knows of bash's builtins beyond the ones it runs.
enum BashBuiltins {
  /// bash 4.2's builtins that no command table of the simulation runs (Amazon Linux 2's bash;
  /// `help` in bash lists them): refused by name rather than reported as missing.
  static let unsimulated: Set<String> = [
    "alias", "bg", "bind", "builtin", "caller", "command", "compgen", "complete", "compopt", "declare", "dirs",
    "disown", "enable", "eval", "exec", "fc", "fg", "getopts", "hash", "jobs", "kill", "let", "local", "mapfile",
    "popd", "pushd", "readarray", "readonly", "return", "set", "shift", "shopt", "source", "suspend", "times", "trap",
    "type", "typeset", "ulimit", "umask", "unalias", "wait", ".",
  ]
}
