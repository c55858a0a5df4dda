import Cloud

/// What `curl -v` 7.76.1 built with OpenSSL 1.0.2k (Amazon Linux 2's) prints while it sets up TLS,
/// between `* Connected to` and the request.
///
/// The handshake's lines and the certificate block have the layout of curl 7.88.1 captured against
/// a loopback TLS server forced to TLS 1.2 (captures/curl/verbose-https-403.err); what differs in
/// 7.76.1 comes from its source at tag curl-7_76_1 (lib/vtls/openssl.c): the ALPN lines (2782,
/// 2789, 3423), the cipher list for OpenSSL before 1.1 (221–225, 2813–2821), the CA locations
/// printed before the ClientHello (3074–3077, with Amazon Linux's bundle), the record header
/// OpenSSL 1.0.2 reports for the ClientHello only (2165–2194), and the incoming change-cipher-spec
/// that OpenSSL 1.0.2 reports and 3.0 does not. The certificate's dates are illustrative.
enum CurlTLSTrace {
  static let handshake = """
    * ALPN, offering h2
    * ALPN, offering http/1.1
    * Cipher selection: ALL:!EXPORT:!EXPORT40:!EXPORT56:!aNULL:!LOW:!RC4:@STRENGTH
    * successfully set certificate verify locations:
    *  CAfile: /etc/pki/tls/certs/ca-bundle.crt
    *  CApath: none
    * TLSv1.2 (OUT), TLS header, Certificate Status (22):
    * TLSv1.2 (OUT), TLS handshake, Client hello (1):
    * TLSv1.2 (IN), TLS handshake, Server hello (2):
    * TLSv1.2 (IN), TLS handshake, Certificate (11):
    * TLSv1.2 (IN), TLS handshake, Server key exchange (12):
    * TLSv1.2 (IN), TLS handshake, Server finished (14):
    * TLSv1.2 (OUT), TLS handshake, Client key exchange (16):
    * TLSv1.2 (OUT), TLS change cipher, Change cipher spec (1):
    * TLSv1.2 (OUT), TLS handshake, Finished (20):
    * TLSv1.2 (IN), TLS change cipher, Change cipher spec (1):
    * TLSv1.2 (IN), TLS handshake, Finished (20):
    * SSL connection using TLSv1.2 / ECDHE-RSA-AES128-GCM-SHA256
    * ALPN, server did not agree to a protocol

    """

  /// What the handshake with `host` prints, and the error when the certificate does not name it.
  struct Outcome {
    let trace: String
    /// `SSL: no alternative certificate subject name matches target host name '…'`, or nil.
    let mismatch: String?
  }

  /// The lines for a connection to `host`: the handshake, then the server certificate, checked
  /// against the host name unless `insecure` (`-k`).
  ///
  /// A name the certificate does not cover ends there: lib/vtls/openssl.c at curl-7_76_1 prints
  /// ` subjectAltName does not match NAME` and fails (lines 1746–1749) before the issuer line.
  static func outcome(host: String, insecure: Bool) -> Outcome {
    let names = certificateNames(host)
    var trace =
      handshake + """
        * Server certificate:
        *  subject: CN=\(names.subject)
        *  start date: Mar 22 00:00:00 2021 GMT
        *  expire date: Feb 22 23:59:59 2022 GMT

        """
    if !insecure {
      guard let matched = names.matched else {
        let failure = "SSL: no alternative certificate subject name matches target host name '\(host)'"
        trace += "*  subjectAltName does not match \(host)\n* \(failure)\n* Closing connection 0\n"
        return Outcome(trace: trace, mismatch: failure)
      }
      trace += "*  subjectAltName: host \"\(host)\" matched cert's \"\(matched)\"\n"
    }
    trace += "*  issuer: C=US; O=Amazon; OU=Server CA 1B; CN=Amazon\n*  SSL certificate verify ok.\n"
    return Outcome(trace: trace, mismatch: nil)
  }

  /// The lines for a connection whose certificate names the host.
  static func lines(host: String) -> String { outcome(host: host, insecure: false).trace }

  /// The certificate's common name, and the name of its subjectAltName list that `host` matches
  /// (nil when none does).
  ///
  /// S3's regional certificate is `*.s3.REGION.amazonaws.com` and lists the regional name itself;
  /// a bucket's virtual-hosted name matches the wildcard (captures/curl, verbose-https-403 and
  /// -vhost), which covers one label only (RFC 6125 §6.4.3), so a bucket whose name has a dot
  /// (`jschoi.acl`) matches nothing: AWS's S3 documentation says such buckets need path-style
  /// requests over HTTPS. Another service's regional name (`ec2.REGION.amazonaws.com`) is its own;
  /// deeper names (endpoint names) match the wildcard of their parent [the last two: the same rule,
  /// not captured].
  static func certificateNames(_ host: String) -> (subject: String, matched: String?) {
    let labels = ASCIIText.split(host, at: UInt8(ascii: "."))
    if labels.count == 4, labels[0] == "s3", labels[2] == "amazonaws", labels[3] == "com" {
      return ("*." + host, host)
    }
    if labels.count > 5, labels.suffix(4).first == "s3", labels.suffix(2) == ["amazonaws", "com"] {
      let wildcard = "*." + labels.suffix(4).joined(separator: ".")
      return (wildcard, nil)
    }
    if labels.count <= 4 { return (host, host) }
    let wildcard = "*." + labels.dropFirst().joined(separator: ".")
    return (wildcard, wildcard)
  }
}
