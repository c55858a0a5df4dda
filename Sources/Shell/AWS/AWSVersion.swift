/// The awscli the simulated hosts have: the version Amazon Linux 2 packaged in early 2021.
///
/// It runs on Python 2.7, which is why `aws --version` writes to standard error there.
enum AWSVersion {
  static let cli = "aws-cli/1.18.147"
  static let botocore = "botocore/1.18.6"
  static let full = "aws-cli/1.18.147 Python/2.7.18 Linux/4.14.225-169.362.amzn2.x86_64 botocore/1.18.6"
  /// Where Python 2's site-packages live on Amazon Linux 2, for tracebacks in `--debug`.
  static let sitePackages = "/usr/lib/python2.7/site-packages"
}
