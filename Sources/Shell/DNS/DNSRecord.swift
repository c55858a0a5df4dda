import Cloud

/// One resource record of a simulated DNS response, as the tools print and size it.
struct DNSRecord: Sendable, Equatable {
  /// The owner name as printed by dig: with the final dot.
  let owner: String
  let ttl: UInt32
  let data: DNSRecordData

  /// The record type's mnemonic (`A`, `SOA`, …).
  var type: String { data.type }
}

/// The data of a record type the simulation answers with.
enum DNSRecordData: Sendable, Equatable {
  case a(IPv4Address)
  case ns(String)
  case soa(SOAData)
  /// A reverse name's target, with the final dot.
  case ptr(String)

  var type: String {
    switch self {
    case .a: "A"
    case .ns: "NS"
    case .soa: "SOA"
    case .ptr: "PTR"
    }
  }

  /// The presentation form dig prints in the data column and with `+short`.
  var text: String {
    switch self {
    case .a(let address): address.description
    case .ns(let target): target
    case .ptr(let target): target
    case .soa(let soa):
      "\(soa.primary) \(soa.mailbox) \(soa.serial) \(soa.refresh) \(soa.retry) \(soa.expire) \(soa.minimum)"
    }
  }
}

/// The fields of an SOA record.
struct SOAData: Sendable, Equatable {
  /// The primary name server, with the final dot.
  let primary: String
  /// The responsible mailbox, as a name with the final dot.
  let mailbox: String
  let serial: UInt32
  let refresh: UInt32
  let retry: UInt32
  let expire: UInt32
  let minimum: UInt32
}
