/// The shell builtins and small session programs of the lab shell.
public enum BuiltinCommands {
  /// `echo`, `export`, `unset`, `env`, `printenv`, `true`, `false`, `pwd`, `whoami`, `hostname`,
  /// `history`, `clear`, `sleep`, `cd`.
  public static var table: CommandTable {
    CommandTable([
      "echo": Echo.run,
      "export": Export.export,
      "unset": Export.unset,
      "env": Environment.env,
      "printenv": Environment.printenv,
      "true": SessionInfo.succeed,
      "false": SessionInfo.fail,
      "pwd": SessionInfo.pwd,
      "whoami": SessionInfo.whoami,
      "hostname": SessionInfo.hostname,
      "history": History.run,
      "clear": SessionInfo.clear,
      "sleep": Sleep.run,
      "cd": ChangeDirectory.run,
      "test": TestCommand.run,
      "[": TestCommand.run,
      ":": SessionInfo.succeed,
      "printf": Printf.run,
      "man": SessionInfo.manual,
    ])
  }
}
