import Testing

@testable import LabRunCLI

/// The `--workspace` and `--labs` a learner gave come back in the commands labrun suggests, quoted
/// so that a shell reads each path back as one word.
struct RepeatedOptionsTests {
  @Test(arguments: [
    (nil, nil, "", ""),
    ("/srv/labs", nil, " --labs /srv/labs", " --labs /srv/labs"),
    (nil, "/tmp/ws", " --workspace /tmp/ws", ""),
    ("labs", "work/ws-1", " --workspace work/ws-1 --labs labs", " --labs labs"),
    ("/my labs", "/tmp/it's", " --workspace '/tmp/it'\\''s' --labs '/my labs'", " --labs '/my labs'"),
    ("/x/$HOME", "~/ws", " --workspace '~/ws' --labs '/x/$HOME'", " --labs '/x/$HOME'"),
    ("/사용자/labs", "", " --workspace '' --labs '/사용자/labs'", " --labs '/사용자/labs'"),
  ])
  func theGivenOptionsComeBackQuoted(labs: String?, workspace: String?, forThisLab: String, forAnotherLab: String) {
    let repeated = RepeatedOptions(labs: labs, workspace: workspace)
    #expect(repeated.forThisLab == forThisLab)
    #expect(repeated.forAnotherLab == forAnotherLab)
  }
}
