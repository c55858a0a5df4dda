#ifndef LABRUN_CLIBGIT2_SHIM_H
#define LABRUN_CLIBGIT2_SHIM_H

#define GIT_DEPRECATE_HARD
#include <git2.h>
#include <git2/sys/commit.h>

/// Swift cannot call the variadic `git_libgit2_opts`; these wrap the options labrun sets.
static inline int labrun_git_disable_search_paths(void) {
  int rc = 0;
  // Keep the learner's global and system git configuration out of labrun's commits.
  rc = git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_GLOBAL, "");
  if (rc < 0) return rc;
  rc = git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_XDG, "");
  if (rc < 0) return rc;
  rc = git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_SYSTEM, "");
  if (rc < 0) return rc;
  return git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_PROGRAMDATA, "");
}

/// Turns fsync of objects and refs on or off: on, a power cut never leaves a torn commit behind.
static inline int labrun_git_set_fsync(int enabled) {
  return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

/// Turns off the existence checks on objects a new tree or commit names. labrun only ever names
/// objects it has just written or read, and with the checks on every new tree opened every
/// transcript segment again, so a save's cost grew with the workspace.
static inline int labrun_git_set_strict_object_creation(int enabled) {
  return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

/// Whether every object read is hashed again to check it matches its id (libgit2's default);
/// git itself does not, and zlib's checksum still catches damaged loose and packed objects.
static inline int labrun_git_set_strict_hash_verification(int enabled) {
  return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/// Turns libgit2's cache of parsed objects on or off. labrun reads each commit and tree once, in
/// order, so the cache only grew: a few kilobytes for every command of a session.
static inline int labrun_git_set_caching(int enabled) {
  return git_libgit2_opts(GIT_OPT_ENABLE_CACHING, enabled);
}

/// Makes libgit2 (re)load the CA bundle `file` for HTTPS: mbedTLS parses it now, in full.
static inline int labrun_git_set_certificate_file(const char *file) {
  return git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, file, NULL);
}

#endif
