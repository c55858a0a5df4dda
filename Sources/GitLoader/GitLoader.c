// libgit2 is opened on the first call into it, not when labrun starts. Debian's libgit2 pulls in
// fourteen libraries (mbedTLS, libssh2, OpenSSL's libcrypto, Kerberos …), most of them bound in
// full as they load: about 8 million instructions, a third of `labrun --help` and a fifth of
// `labrun list`, which never touch a workspace (issue 17). Functions.c forwards every function
// labrun calls.
#define _GNU_SOURCE
#include "GitLoader.h"

#include <dlfcn.h>
#include <git2/version.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define LIBRARY "libgit2.so." LIBGIT2_SOVERSION

static atomic_int loaded;
static pthread_mutex_t loading = PTHREAD_MUTEX_INITIALIZER;

static _Noreturn void give_up(const char *problem, const char *advice) {
  fprintf(stderr, "labrun: %s\nlabrun: %s\n", problem, advice);
  exit(1);
}

// Under `loading`, so that only one thread opens the library and, if it must, exits.
static void load_every_function(void) {
  // Lazy, as the libraries were when the executable named them: those built without BIND_NOW
  // (Kerberos, which only an authenticated push would call) bind a function on its first call,
  // not 1,200 of them up front. Global, so that the executable's mbedtls_x509_crt_parse_file
  // (GitCertificates.c) finds the real one after it with RTLD_NEXT.
  void *handle = dlopen(LIBRARY, RTLD_LAZY | RTLD_GLOBAL);
  if (handle == NULL) {
    give_up(dlerror(), "workspaces need libgit2 " LIBGIT2_VERSION ": install it with `sudo apt-get install libgit2-1.5`");
  }
  for (int index = 0; index < labrun_git_function_count; index++) {
    void *function = dlsym(handle, labrun_git_function_names[index]);
    if (function == NULL) {
      char problem[256];
      snprintf(problem, sizeof problem, "%s has no %s", LIBRARY, labrun_git_function_names[index]);
      give_up(problem, "labrun was built against libgit2 " LIBGIT2_VERSION "'s headers and another build is "
                       "installed: reinstall libgit2-1.5, or rebuild labrun against the installed headers");
    }
    atomic_store_explicit(&labrun_git_functions[index], function, memory_order_release);
  }
  atomic_store_explicit(&loaded, 1, memory_order_release);
}

void *labrun_git_function(int index) {
  void *function = atomic_load_explicit(&labrun_git_functions[index], memory_order_acquire);
  if (function != NULL) return function;
  pthread_mutex_lock(&loading);
  if (!atomic_load_explicit(&loaded, memory_order_acquire)) load_every_function();
  pthread_mutex_unlock(&loading);
  return atomic_load_explicit(&labrun_git_functions[index], memory_order_acquire);
}

int labrun_git_library_loaded(void) { return atomic_load_explicit(&loaded, memory_order_acquire); }
