import Cloud

/// `host -v` (also `-d`, and `-a`, which is `-v -t ANY`): each question as a block in dig's style,
/// with no EDNS — hence `ADDITIONAL: 0` and no OPT pseudosection — and a `Received` line instead of
/// dig's statistics (captures/dns-fidelity, `option-host-v`, `option-host-a`).
enum HostVerbose {
  static func block(
    _ response: DNSResponse, asked: String, id: UInt16, server: DNSServer, milliseconds: Int64
  ) -> String {
    var out = "Trying \"\(DNSNames.relative(asked))\"\n"
    out += ";; ->>HEADER<<- opcode: QUERY, status: \(response.status.rawValue), id: \(id)\n"
    out += ";; flags: qr rd ra; QUERY: 1, ANSWER: \(response.answers.count), "
    out += "AUTHORITY: \(response.authority.count), ADDITIONAL: 0\n\n"
    out += ";; QUESTION SECTION:\n"
    out += BindColumns.question(name: response.questionName, type: response.questionType) + "\n\n"
    for (title, records) in [("ANSWER", response.answers), ("AUTHORITY", response.authority)] where !records.isEmpty {
      out += ";; \(title) SECTION:\n"
      for record in records {
        out +=
          BindColumns.record(owner: record.owner, ttl: record.ttl, type: record.type, data: record.data.text) + "\n"
      }
      out += "\n"
    }
    let size = DNSWireSize.message(
      question: response.questionName, records: response.answers + response.authority, withOPT: false)
    out += "Received \(size) bytes from \(server.addressAndPort) in \(milliseconds) ms\n"
    return out
  }
}
