/// `curl --version` as Amazon Linux 2's curl 7.76.1 package of 2021 prints it.
///
/// The four lines and their order (the build line, `Release-Date:`, `Protocols:`, `Features:`) are
/// the captured curl 7.88.1's (captures/curl/version.out). The content is 7.76.1's: its release
/// date is curl's own (2021-04-14); the build triple, the libraries' versions and the protocol and
/// feature lists are Amazon Linux 2's build as far as we know it [unverified: no Amazon Linux 2
/// here to capture from]; 7.76 has no HSTS, zstd or brotli and still lists Metalink.
enum CurlVersion {
  static let text = """
    curl 7.76.1 (x86_64-koji-linux-gnu) libcurl/7.76.1 OpenSSL/1.0.2k-fips zlib/1.2.7 libidn2/2.3.0 libssh2/1.4.3 nghttp2/1.41.0
    Release-Date: 2021-04-14
    Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtsp scp sftp smb smbs smtp smtps telnet tftp
    Features: alt-svc AsynchDNS GSS-API HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz Metalink NTLM NTLM_WB SPNEGO SSL TLS-SRP UnixSockets

    """
}
