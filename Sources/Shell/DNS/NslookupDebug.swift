import Cloud

/// `nslookup -debug`: each response as bind 9.18's nslookup dumps it, between dashed lines, before
/// the answer it leads to (captures/dns-fidelity, `option-nslookup-debug`).
enum NslookupDebug {
  static func block(_ response: DNSResponse) -> String {
    var out = "------------\n    QUESTIONS:\n"
    out += "\t\(DNSNames.relative(response.questionName)), type = \(response.questionType), class = IN\n"
    out += "    ANSWERS:\n" + response.answers.map(record).joined()
    out += "    AUTHORITY RECORDS:\n" + response.authority.map(record).joined()
    out += "    ADDITIONAL RECORDS:\n------------\n"
    return out
  }

  static func record(_ record: DNSRecord) -> String {
    var out = "    ->  \(DNSNames.relative(record.owner))\n"
    switch record.data {
    case .a(let address): out += "\tinternet address = \(address)\n"
    case .ns(let target): out += "\tnameserver = \(target)\n"
    case .ptr(let target): out += "\tname = \(target)\n"
    case .soa(let soa):
      out += "\torigin = \(DNSNames.relative(soa.primary))\n\tmail addr = \(DNSNames.relative(soa.mailbox))\n"
      out += "\tserial = \(soa.serial)\n\trefresh = \(soa.refresh)\n\tretry = \(soa.retry)\n"
      out += "\texpire = \(soa.expire)\n\tminimum = \(soa.minimum)\n"
    }
    return out + "\tttl = \(record.ttl)\n"
  }
}
