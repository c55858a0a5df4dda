// libgit2 is opened on the first call into it, not when labrun starts. Debian's libgit2 pulls in
// fourteen libraries (mbedTLS, libssh2, OpenSSL's libcrypto, Kerberos …) that are bound at load
// time: about 9.3 million instructions, a fifth of `labrun list` and two fifths of `labrun --help`,
// which never touch a workspace (issue 17). Functions.c forwards every function labrun calls.
#define _GNU_SOURCE
#include "GitLoader.h"

#include <dlfcn.h>
#include <git2/version.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include "../Clibgit2/loader.h"

static void *_Atomic library;

static _Noreturn void give_up(const char *what, const char *detail) {
  fprintf(
    stderr,
    "labrun: %s: %s\n"
    "labrun needs libgit2 %s to keep workspaces: install it with `sudo apt-get install libgit2-1.5`\n",
    what, detail == NULL ? "not found" : detail, LIBGIT2_VERSION);
  exit(1);
}

static void *open_library(void) {
  void *handle = atomic_load_explicit(&library, memory_order_acquire);
  if (handle != NULL) return handle;
  // Lazy, as the libraries were when the executable named them: those built without BIND_NOW
  // (Kerberos, which only an authenticated push would call) bind a function on its first call,
  // not the 1,200 of them up front. Global, so that the executable's mbedtls_x509_crt_parse_file
  // (GitCertificates.c) finds the real one after it with RTLD_NEXT. dlopen is thread-safe and gives
  // a second thread racing here the same handle.
  handle = dlopen("libgit2.so." LIBGIT2_SOVERSION, RTLD_LAZY | RTLD_GLOBAL);
  if (handle == NULL) give_up("cannot load libgit2.so." LIBGIT2_SOVERSION, dlerror());
  atomic_store_explicit(&library, handle, memory_order_release);
  return handle;
}

void *labrun_git_function(const char *name, void *_Atomic *slot) {
  void *function = atomic_load_explicit(slot, memory_order_acquire);
  if (function != NULL) return function;
  function = dlsym(open_library(), name);
  if (function == NULL) give_up(name, dlerror());
  atomic_store_explicit(slot, function, memory_order_release);
  return function;
}

int labrun_git_library_loaded(void) {
  return atomic_load_explicit(&library, memory_order_acquire) != NULL;
}

labrun_git_opts_function labrun_git_opts(void) {
  static void *_Atomic slot;
  return (labrun_git_opts_function)labrun_git_function("git_libgit2_opts", &slot);
}
