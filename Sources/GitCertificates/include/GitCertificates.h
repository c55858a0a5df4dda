#ifndef LABRUN_GIT_CERTIFICATES_H
#define LABRUN_GIT_CERTIFICATES_H

/// Loads of the system CA bundle that libgit2 asked for while deferral was on: at most one, made by
/// `git_libgit2_init` (Debian's libgit2 is built on mbedTLS, which parses the whole bundle there).
/// Returns the path it asked for, or NULL when it asked for none.
const char *labrun_certificates_deferred_path(void);

/// Ends the deferral: later loads reach mbedTLS. Call before a push over HTTPS, then hand the
/// deferred path to libgit2 (GIT_OPT_SET_SSL_CERT_LOCATIONS) so it parses the bundle once, then.
void labrun_certificates_stop_deferring(void);

/// How many CA bundles were really parsed since the process started (for tests and benchmarks).
int labrun_certificates_parsed(void);

#endif
