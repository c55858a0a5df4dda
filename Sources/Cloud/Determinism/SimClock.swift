/// The simulated clock: time only moves when the simulation says an operation took that long.
///
/// Time is kept as milliseconds since the Unix epoch, in UTC, so that outputs such as awscli's
/// `--debug` timestamps can be rendered to the millisecond without floating point.
public struct SimClock: Sendable, Equatable, Codable {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  public private(set) var millisecondsSinceEpoch: Int64

  /// A clock that reads `millisecondsSinceEpoch`.
  public init(millisecondsSinceEpoch: Int64) {
    self.millisecondsSinceEpoch = millisecondsSinceEpoch
  }

  /// A clock set to a calendar date and time in UTC.
  public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    let days = SimClock.daysSinceEpoch(year: year, month: month, day: day)
    let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    self.millisecondsSinceEpoch = seconds * 1000
  }

  /// Moves the clock forward; a negative duration is ignored because simulated time never runs back.
  public mutating func advance(milliseconds: Int64) {
    if milliseconds > 0 { millisecondsSinceEpoch += milliseconds }
  }

  /// Moves the clock forward by whole seconds.
  public mutating func advance(seconds: Int64) {
    advance(milliseconds: seconds * 1000)
  }

  /// The current instant broken into calendar fields (UTC).
  public var components: DateComponentsUTC {
    DateComponentsUTC(millisecondsSinceEpoch: millisecondsSinceEpoch)
  }

  /// Days from 1970-01-01 to the given civil date (proleptic Gregorian calendar).
  static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    // Howard Hinnant's days-from-civil algorithm, restated.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}

/// Calendar fields of a simulated instant in UTC, with formatting helpers for tool output.
public struct DateComponentsUTC: Sendable, Equatable {
  public let year: Int
  public let month: Int
  public let day: Int
  public let hour: Int
  public let minute: Int
  public let second: Int
  public let millisecond: Int
  /// 0 = Sunday … 6 = Saturday.
  public let weekday: Int

  init(millisecondsSinceEpoch: Int64) {
    var ms = millisecondsSinceEpoch
    var days = ms >= 0 ? ms / 86_400_000 : (ms - 86_399_999) / 86_400_000
    ms -= days * 86_400_000
    let secondsOfDay = Int(ms / 1000)
    millisecond = Int(ms % 1000)
    hour = secondsOfDay / 3600
    minute = (secondsOfDay % 3600) / 60
    second = secondsOfDay % 60
    let weekdayRaw = Int((days + 4) % 7)
    weekday = weekdayRaw < 0 ? weekdayRaw + 7 : weekdayRaw
    // Civil-from-days, the inverse of `SimClock.daysSinceEpoch`.
    days += 719_468
    let era = (days >= 0 ? days : days - 146_096) / 146_097
    let dayOfEra = Int(days - era * 146_097)
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    year = yearOfEra + Int(era) * 400 + (month <= 2 ? 1 : 0)
  }

  /// `YYYY-MM-DD HH:MM:SS`, as `aws s3 ls` prints dates.
  public var dateTime: String {
    // Written as bytes: every line of a listing has one, and interpolating seven padded numbers
    // cost about 7,000 instructions.
    guard (0...9999).contains(year) else {
      return "\(pad(year, 4))-\(pad(month))-\(pad(day)) \(pad(hour)):\(pad(minute)):\(pad(second))"
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(19)
    func put(_ value: Int, _ width: Int) {
      var divisor = 1
      for _ in 1..<width { divisor *= 10 }
      while divisor > 0 {
        bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
        divisor /= 10
      }
    }
    put(year, 4)
    bytes.append(UInt8(ascii: "-"))
    put(month, 2)
    bytes.append(UInt8(ascii: "-"))
    put(day, 2)
    bytes.append(UInt8(ascii: " "))
    put(hour, 2)
    bytes.append(UInt8(ascii: ":"))
    put(minute, 2)
    bytes.append(UInt8(ascii: ":"))
    put(second, 2)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `YYYY-MM-DD HH:MM:SS,mmm`, as Python's logging prints awscli `--debug` lines.
  public var loggingTimestamp: String {
    dateTime + "," + pad(millisecond, 3)
  }

  /// `YYYY-MM-DDTHH:MM:SS.mmmZ`, as the EC2 API prints timestamps.
  public var iso8601: String {
    "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second)).\(pad(millisecond, 3))Z"
  }

  private func pad(_ value: Int, _ width: Int = 2) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
