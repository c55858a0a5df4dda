/// The text filters of the lab shell; each reads the previous command's output in a pipeline.
public enum FilterCommands {
  /// `grep`, `head`, `tail`, `wc`, `sort`, `uniq`, `cut`, `tr`, `sed`, `jq`.
  public static var table: CommandTable {
    CommandTable([
      "grep": Grep.run,
      "head": HeadTail.head,
      "tail": HeadTail.tail,
      "wc": WordCount.run,
      "sort": Sort.run,
      "uniq": Uniq.run,
      "cut": Cut.run,
      "tr": Tr.run,
      "sed": Sed.run,
      "jq": JQCommand.run,
    ])
  }
}
