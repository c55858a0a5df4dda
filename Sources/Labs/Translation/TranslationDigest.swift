import Cloud

/// The digest a translation records of the English text it translates, so a changed English text
/// shows its translation as stale.
///
/// It is the MD5 of the text exactly as labrun loads it (for instructions, the Markdown file's
/// contents), written `md5:` and 32 hex digits, as the lab digest is.
public enum TranslationDigest {
  /// The digest of `text`.
  public static func of(_ text: String) -> String { "md5:" + MD5.hexDigest(of: Array(text.utf8)) }
}
