import Testing

@testable import Labs

@Suite struct SuggestionTests {
  static let course = [
    "public-subnet", "private-subnet", "gateway-endpoint", "interface-endpoint",
    "on-premises", "choosing-endpoints", "s3-private-dns-2023",
  ]

  @Test(arguments: [
    ("interface-endpiont", "interface-endpoint"),
    ("interface", "interface-endpoint"),
    ("gateway-endpoints", "gateway-endpoint"),
    ("public-subnt", "public-subnet"),
    ("on-premise", "on-premises"),
    ("PRIVATE-SUBNET", "private-subnet"),
  ])
  func suggestsTheLabMeant(typed: String, meant: String) {
    #expect(Suggestion.closest(to: typed, among: Self.course) == meant)
  }

  @Test(arguments: ["nope", "kubernetes", "x", ""])
  func suggestsNothingForUnrelatedInput(typed: String) {
    #expect(Suggestion.closest(to: typed, among: Self.course) == nil)
  }

  @Test(arguments: [
    ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("same", "same", 0),
  ])
  func editDistanceIsLevenshtein(a: String, b: String, distance: Int) {
    #expect(Suggestion.editDistance(a, b) == distance)
  }
}
