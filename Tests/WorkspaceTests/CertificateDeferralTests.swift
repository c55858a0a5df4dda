import Foundation
import GitCertificates
import GitLoader
import Testing

@testable import Workspace

/// libgit2's load of the system CA bundle waits for the first push over HTTPS (GitCertificates.c).
@Suite struct CertificateDeferralTests {
  // One test, in order: once the deferral ends it stays ended for the whole test process.
  @Test func initialisationRecordsTheBundleAndAnHTTPSPushLoadsItOnce() throws {
    GitLibrary.ensureInitialized()
    #expect(labrun_git_library_loaded() == 1, "libgit2 is opened by its first call")
    #expect(labrun_certificates_parsed() == 0, "git_libgit2_init parsed the CA bundle")
    let bundle = "/etc/ssl/certs/ca-certificates.crt"
    guard FileManager.default.fileExists(atPath: bundle) else {
      // libgit2 asks only for a bundle that exists; then there is nothing to defer.
      #expect(labrun_certificates_deferred_path() == nil)
      return
    }
    let deferred = try #require(labrun_certificates_deferred_path())
    #expect(String(cString: deferred) == bundle)

    try GitLibrary.prepareForHTTPS()
    #expect(labrun_certificates_parsed() == 1)
    try GitLibrary.prepareForHTTPS()
    #expect(labrun_certificates_parsed() == 1, "the bundle is parsed once per process")
  }
}
