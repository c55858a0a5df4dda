// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "labrun",
  // No `platforms:`: it only sets minimum versions of Apple systems, and labrun is built and tested on
  // Linux (Debian 12) alone. Naming a macOS version would claim a port that nothing builds or tests.
  products: [
    .executable(name: "labrun", targets: ["labrun"]),
    // The classroom server: its own product, so building `labrun` compiles none of its dependencies.
    .executable(name: "labrun-server", targets: ["labrun-server"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    // Typed file descriptors and errno for the workspace's file I/O; 1.7 brings `stat`.
    .package(url: "https://github.com/apple/swift-system", from: "1.7.0"),
    // Only the classroom server uses these two.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.0"),
    // Already a dependency of Hummingbird; named for its graceful-shutdown API.
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
  ],
  targets: [
    // libgit2's headers (libgit2-dev); only `Workspace` imports it. Not linked: `GitLoader` opens
    // the library when a workspace first needs it.
    .systemLibrary(name: "Clibgit2"),
    // Display width, wrapping, padding and trimming of text: pure, no dependencies, no Foundation.
    .target(name: "TextLayout", exclude: ["Tables/generate-tables.py"]),
    // The simulated AWS world: pure, deterministic, no I/O.
    // libm is linked explicitly: these pure modules use rounding without importing Foundation.
    .target(name: "Cloud", linkerSettings: [.linkedLibrary("m")]),
    // The simulated terminal over the world: pure.
    .target(
      name: "Shell", dependencies: ["Cloud", "LineEditing", "TextLayout"], linkerSettings: [.linkedLibrary("m")]),
    // Labs as data, checks and attempts.
    .target(
      name: "Labs",
      dependencies: [
        "Cloud", "LineEditing", "Shell", "TextLayout", "Transcript", .product(name: "Yams", package: "Yams"),
      ]),
    // The transcript entry and attempt metadata, shared by Workspace and Labs: no dependencies.
    .target(name: "Transcript"),
    // A line editor as a pure state machine (bytes in, bytes out) for the CLI and the server.
    .target(name: "LineEditing", dependencies: ["TextLayout"]),
    // libgit2's certificate parse, held back until a push needs it. The executable's definition
    // must be exported for the libgit2 that GitLoader opens to bind to it.
    .target(
      name: "GitCertificates",
      linkerSettings: [
        .linkedLibrary("dl"), .unsafeFlags(["-Xlinker", "--export-dynamic-symbol=mbedtls_x509_crt_parse_file"]),
      ]),
    // libgit2, opened on a workspace's first call into it rather than when labrun starts.
    .target(name: "GitLoader", linkerSettings: [.linkedLibrary("dl")]),
    // The learner's git repository.
    .target(
      name: "Workspace",
      dependencies: [
        "Clibgit2", "GitCertificates", "GitLoader", "Transcript",
        .product(name: "SystemPackage", package: "swift-system"),
      ]),
    // Grade reports in several formats: pure.
    .target(name: "Reports", dependencies: ["Cloud", "Labs", "TextLayout"]),
    // Lab files read from the disk, for the CLI and the server alike.
    .target(name: "LabFilesOnDisk", dependencies: ["Labs"]),
    // The command line: the only target that prints or touches the terminal.
    .target(
      name: "LabRunCLI",
      dependencies: [
        "Cloud", "Shell", "Labs", "LabFilesOnDisk", "LineEditing", "Transcript", "Workspace", "Reports", "TextLayout",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Released with Swift's runtime and Foundation linked in: binding their shared libraries' symbols
    // was a third of the instructions of `labrun --help` (issue 17). The modules were compiled
    // against the shared Foundation, whose library carries CoreFoundation and ICU inside it, so the
    // static link names those archives itself; lld, unlike gold, needs them in no particular order.
    // Debug builds (the tests') stay dynamic.
    .executableTarget(
      name: "labrun", dependencies: ["LabRunCLI"],
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-lCoreFoundation",
            "-l_FoundationICU", "-l_FoundationCShims",
            "-l_FoundationCollections", "-lswiftSynchronization",
          ], .when(platforms: [.linux], configuration: .release))
      ]),
    // The classroom's rules without a socket: roster, tokens, who may reach what, the pages, the
    // dashboard's figures, the browser terminal's session. No I/O but what its callers hand it.
    .target(name: "Classroom", dependencies: ["Labs", "LineEditing", "Reports", "Shell", "TextLayout", "Transcript"]),
    // HTTP and WebSocket over `Classroom`, workspaces on disk: the only server code that touches a socket.
    .target(
      name: "LabRunServer",
      dependencies: [
        "Classroom", "Labs", "LabFilesOnDisk", "Reports", "Transcript", "Workspace",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ]),
    .executableTarget(
      name: "labrun-server",
      dependencies: ["LabRunServer", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Sources/labrun-server"),
    // Saves to a workspace until killed; the workspace crash test drives it.
    .executableTarget(
      name: "workspace-torture", dependencies: ["Workspace", "Transcript"], path: "Sources/WorkspaceTorture"),
    // Times a save against `git add` + `git commit`; run in release mode.
    .executableTarget(
      name: "workspace-bench", dependencies: ["Workspace", "Transcript"], path: "Benchmarks/Workspace"),
    // Cloud, shell and labs figures for the issues' performance targets (run in release mode).
    .executableTarget(
      name: "labrun-bench", dependencies: ["Cloud", "Shell", "Labs", "CourseWorldSupport"], path: "Benchmarks/Labrun"),
    // Generates a class of workspaces, then times `labrun grade` against `git log` over them (release mode).
    .executableTarget(
      name: "grade-bench", dependencies: ["Labs", "Transcript", "Workspace"], path: "Benchmarks/Grade"),
    // libFuzzer targets (scripts/fuzz.sh builds them with -sanitize=fuzzer -DFUZZING): lines in a lab, lab files.
    .executableTarget(name: "labrun-fuzz-line", dependencies: ["Labs", "Shell"], path: "Fuzz/LineFuzz"),
    .executableTarget(name: "labrun-fuzz-labfile", dependencies: ["Labs"], path: "Fuzz/LabFileFuzz"),

    // The course's world for the tests below Labs, read from labs/course.world.yaml.
    .target(
      name: "CourseWorldSupport", dependencies: ["Cloud", .product(name: "Yams", package: "Yams")],
      path: "Tests/CourseWorldSupport"),
    // The purity scanner the module scans share (DESIGN §2.1); test support, not shipped.
    .target(name: "PurityScanner", path: "Tests/PurityScanner"),

    .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout"]),
    // readline's listings of completions, captured from bash (scripts/capture/readline_listing.py).
    .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"], resources: [.copy("Resources")]),
    // Real awscli + moto captures the EC2 describe tests compare with, under Resources/.
    .testTarget(
      name: "CloudTests", dependencies: ["Cloud", "CourseWorldSupport", "PurityScanner"],
      resources: [.copy("Resources")]),
    // Captured real-tool output (and other oracles) under Resources/, read through Bundle.module.
    .testTarget(
      name: "ShellTests", dependencies: ["Shell", "CourseWorldSupport"], exclude: ["DNSFormatNotes.md"],
      resources: [.copy("Resources")]),
    .testTarget(
      name: "LabsTests",
      dependencies: ["Labs", "TextLayout", "Transcript", .product(name: "Yams", package: "Yams")]),
    .testTarget(
      name: "WorkspaceTests",
      dependencies: ["Workspace", "GitCertificates", "GitLoader", "Transcript", "workspace-torture"]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
    .testTarget(name: "LabRunCLITests", dependencies: ["LabRunCLI"]),
    .testTarget(name: "ClassroomTests", dependencies: ["Classroom", "Labs", "LabFilesOnDisk", "Shell", "Transcript"]),
    // Runs the built `labrun` binary as a user would.
    .testTarget(name: "EndToEndTests", dependencies: ["labrun", "Labs", "Transcript", "Workspace"]),
  ],
  swiftLanguageModes: [.v6]
)
