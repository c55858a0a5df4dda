/// The DNS lookup tools of the simulated shell — `nslookup`, `dig` and `host` — printing what
/// bind9-dnsutils 9.18 prints.
///
/// Each sends its queries through `World.resolve` from the learner's host, reports every query
/// as a `.dnsLookup` event, and advances the simulated clock by what the query takes: a
/// millisecond or so for an answer, or the tool's whole timeout (nslookup and dig 3 × 5 s, host
/// 2 × 5 s) when nothing answers.
public enum DNSCommands {
  /// `nslookup`, `dig` and `host`, ready to merge into the shell's command table.
  public static var table: CommandTable {
    var table = CommandTable()
    table.register("nslookup") { invocation, state in Nslookup.run(invocation, &state) }
    table.register("dig") { invocation, state in Dig.run(invocation, &state) }
    table.register("host") { invocation, state in HostCommand.run(invocation, &state) }
    return table
  }
}
