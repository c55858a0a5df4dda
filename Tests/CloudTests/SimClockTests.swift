import Testing

@testable import Cloud

@Suite struct SimClockTests {
  @Test(arguments: [
    // The article's V3 run, and dates either side of leap days and the epoch.
    (2021, 4, 13, 4, 43, 47, "2021-04-13 04:43:47", 2),
    (1970, 1, 1, 0, 0, 0, "1970-01-01 00:00:00", 4),
    (2020, 2, 29, 23, 59, 59, "2020-02-29 23:59:59", 6),
    (2000, 3, 1, 12, 0, 0, "2000-03-01 12:00:00", 3),
    (2026, 11, 29, 11, 25, 37, "2026-11-29 11:25:37", 0),
  ])
  func roundTripsCalendarDates(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, text: String, weekday: Int
  ) {
    let clock = SimClock(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    #expect(clock.components.dateTime == text)
    #expect(clock.components.weekday == weekday)
  }

  @Test func advancesButNeverRunsBack() {
    var clock = SimClock(year: 2021, month: 4, day: 13, hour: 4, minute: 43, second: 47)
    clock.advance(milliseconds: 423)
    #expect(clock.components.loggingTimestamp == "2021-04-13 04:43:47,423")
    clock.advance(seconds: 308)
    clock.advance(milliseconds: 990)
    #expect(clock.components.loggingTimestamp == "2021-04-13 04:48:56,413")
    clock.advance(milliseconds: -5_000)
    #expect(clock.components.iso8601 == "2021-04-13T04:48:56.413Z")
  }
}
