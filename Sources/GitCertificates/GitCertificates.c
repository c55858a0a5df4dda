// libgit2 on mbedTLS (Debian's build) parses the whole system CA bundle inside git_libgit2_init:
// about 50 million instructions, a third of `labrun start`, though only a push over HTTPS ever
// verifies a certificate. This file defines mbedTLS's `mbedtls_x509_crt_parse_file` in the
// executable, which the dynamic linker then binds libgit2's call to (the executable comes first in
// symbol lookup). While deferral is on, the call only records the path; afterwards it forwards to
// the real function, found with RTLD_NEXT. A libgit2 built on OpenSSL never calls it: harmless.
#define _GNU_SOURCE
#include "GitCertificates.h"

#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>

static atomic_int deferring = 1;
static atomic_int parsed = 0;
static char deferred[4096];
static atomic_int has_deferred = 0;

typedef int (*parse_file_function)(void *chain, const char *path);

int mbedtls_x509_crt_parse_file(void *chain, const char *path);

int mbedtls_x509_crt_parse_file(void *chain, const char *path) {
  if (atomic_load(&deferring) && path != NULL && strlen(path) < sizeof(deferred)) {
    // The chain stays as mbedtls_x509_crt_init left it: empty, and freeing it is still valid.
    strcpy(deferred, path);
    atomic_store(&has_deferred, 1);
    return 0;
  }
  parse_file_function real = (parse_file_function)dlsym(RTLD_NEXT, "mbedtls_x509_crt_parse_file");
  if (real == NULL) return -1;
  atomic_fetch_add(&parsed, 1);
  return real(chain, path);
}

const char *labrun_certificates_deferred_path(void) {
  return atomic_load(&has_deferred) ? deferred : NULL;
}

void labrun_certificates_stop_deferring(void) { atomic_store(&deferring, 0); }

int labrun_certificates_parsed(void) { return atomic_load(&parsed); }
