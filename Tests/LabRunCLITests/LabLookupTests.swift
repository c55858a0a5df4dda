import Labs
import Testing

@testable import LabRunCLI

@Suite struct LabLookupTests {
  private let catalog = Catalog(
    root: "/labs",
    files: InMemoryLabFiles([
      "/labs/gateway-endpoint/lab.yaml": "id: gateway-endpoint\ntitle: Gateway\nsteps: [a, b]\n",
      "/labs/interface-endpoint/lab.yaml": "id: interface-endpoint\ntitle: Interface\nsteps: [a, b, c]\n",
    ]))

  @Test func findsAKnownLab() throws {
    #expect(try LabLookup.entry("gateway-endpoint", in: catalog).stepCount == 2)
  }

  @Test func anUnknownLabListsTheIdsAndSuggestsTheClosest() {
    let failure = #expect(throws: CLIFailure.self) { try LabLookup.entry("interface-endpiont", in: catalog) }
    #expect(failure?.exitCode == 64)
    #expect(
      failure?.message == """
        no lab named 'interface-endpiont'; did you mean 'interface-endpoint'?
        available labs: gateway-endpoint, interface-endpoint
        (run 'labrun list' to see their titles)
        """)
  }

  @Test func anUnknownLabWithNothingCloseHasNoSuggestion() {
    let message = LabLookup.unknownLabMessage("nope", in: catalog)
    #expect(message.hasPrefix("no lab named 'nope'\navailable labs: "))
  }

  @Test func anEmptyCourseSaysSo() {
    let empty = Catalog(root: "/empty", files: InMemoryLabFiles([:]))
    #expect(
      LabLookup.unknownLabMessage("interface-endpoint", in: empty)
        == "no lab named 'interface-endpoint'; the labs folder /empty has no labs yet.")
  }

  @Test func listAlignsItsColumns() {
    #expect(
      ListRenderer.lines(for: catalog) == [
        "   ID                  TITLE      STEPS",
        "1. gateway-endpoint    Gateway    2",
        "2. interface-endpoint  Interface  3",
      ])
  }
}
