#ifndef LABRUN_CLIBGIT2_SHIM_H
#define LABRUN_CLIBGIT2_SHIM_H

#define GIT_DEPRECATE_HARD
#include <git2.h>
#include <git2/sys/commit.h>
#include <git2/sys/odb_backend.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "loader.h"
#include "sha1.h"

/// Swift cannot call the variadic `git_libgit2_opts`; these wrap the options labrun sets.
static inline int labrun_git_disable_search_paths(void) {
  int rc = 0;
  // Keep the learner's global and system git configuration out of labrun's commits.
  rc = labrun_git_opts()(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_GLOBAL, "");
  if (rc < 0) return rc;
  rc = labrun_git_opts()(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_XDG, "");
  if (rc < 0) return rc;
  rc = labrun_git_opts()(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_SYSTEM, "");
  if (rc < 0) return rc;
  return labrun_git_opts()(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_PROGRAMDATA, "");
}

/// Turns fsync of objects and refs on or off: on, a power cut never leaves a torn commit behind.
static inline int labrun_git_set_fsync(int enabled) {
  return labrun_git_opts()(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

/// Turns off the existence checks on objects a new tree or commit names. labrun only ever names
/// objects it has just written or read, and with the checks on every new tree opened every
/// transcript segment again, so a save's cost grew with the workspace.
static inline int labrun_git_set_strict_object_creation(int enabled) {
  return labrun_git_opts()(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

/// Whether every object read is hashed again to check it matches its id (libgit2's default);
/// git itself does not, and zlib's checksum still catches damaged loose and packed objects.
static inline int labrun_git_set_strict_hash_verification(int enabled) {
  return labrun_git_opts()(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/// Turns libgit2's cache of parsed objects on or off. labrun reads each commit and tree once, in
/// order, so the cache only grew: a few kilobytes for every command of a session.
static inline int labrun_git_set_caching(int enabled) {
  return labrun_git_opts()(GIT_OPT_ENABLE_CACHING, enabled);
}

/// Makes libgit2 (re)load the CA bundle `file` for HTTPS: mbedTLS parses it now, in full.
static inline int labrun_git_set_certificate_file(const char *file) {
  return labrun_git_opts()(GIT_OPT_SET_SSL_CERT_LOCATIONS, file, NULL);
}

/// An object writer that stores trees and commits as loose objects whose zlib stream holds stored
/// (not compressed) blocks, and blobs as libgit2's own loose backend does. A tree is mostly 20-byte
/// ids, which do not compress, yet deflating one cost as much as hashing it, and a workspace's tree
/// grows with its segments; a commit is a few hundred bytes, where deflate's fixed cost (building
/// its code tables) is most of a save's compression and saves a hundred bytes of disk. Stored
/// blocks are a valid zlib stream: git, libgit2 and fsck read these as any other loose object. (libgit2's loose backend cannot do this: at
/// level 0 it skips zlib altogether and writes an unreadable file.) Reads go to the usual backends.
typedef struct {
  git_odb_backend parent;
  git_odb_backend *others;
  char *objects_dir;
  int durable;
} labrun_tree_writer;

static int labrun_write_all(int fd, const unsigned char *bytes, size_t length) {
  while (length > 0) {
    ssize_t written = write(fd, bytes, length);
    if (written < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    bytes += written;
    length -= (size_t)written;
  }
  return 0;
}

/// Copies `count` bytes from offset `from` of the concatenation of `head` and `data` to `out`.
static void labrun_copy_joined(
    unsigned char *out, const unsigned char *head, size_t head_length, const unsigned char *data, size_t from,
    size_t count) {
  if (from < head_length) {
    size_t run = head_length - from < count ? head_length - from : count;
    memcpy(out, head + from, run);
    out += run;
    from += run;
    count -= run;
  }
  if (count > 0) memcpy(out, data + (from - head_length), count);
}

/// Writes the loose object `id` whose inflated bytes are `head` followed by `data` (git's
/// `TYPE LENGTH\0` header and the content, split anywhere) in stored zlib blocks: a temporary file in
/// the object's folder, renamed into place, so a crash leaves the whole object or none of it.
/// `durable` fsyncs the file and its folder. 0 on success; -1 with libgit2's error set.
static inline int labrun_write_stored_loose(
    const char *objects_dir, int durable, const git_oid *id, const unsigned char *head, size_t head_length,
    const unsigned char *data, size_t length) {
  size_t payload = head_length + length;
  size_t blocks = payload / 65535 + 1;
  size_t size = 2 + blocks * 5 + payload + 4;
  unsigned char *stream = malloc(size);
  if (stream == NULL) {
    labrun_git_error_set_oom();
    return -1;
  }
  unsigned char *out = stream;
  *out++ = 0x78;  // deflate, 32 KiB window
  *out++ = 0x01;  // fastest level, no dictionary; 0x7801 is a multiple of 31 as zlib requires
  size_t done = 0;
  for (size_t block = 0; block < blocks; block++) {
    size_t run = payload - done < 65535 ? payload - done : 65535;
    *out++ = block == blocks - 1 ? 1 : 0;
    out[0] = run & 0xff;
    out[1] = (run >> 8) & 0xff;
    out[2] = ~run & 0xff;
    out[3] = (~run >> 8) & 0xff;
    out += 4;
    labrun_copy_joined(out, head, head_length, data, done, run);
    out += run;
    done += run;
  }
  uLong adler = adler32_z(1, head, head_length);
  if (length > 0) adler = adler32_z(adler, data, length);
  *out++ = (adler >> 24) & 0xff;
  *out++ = (adler >> 16) & 0xff;
  *out++ = (adler >> 8) & 0xff;
  *out++ = adler & 0xff;

  char hex[GIT_OID_HEXSZ + 1];
  labrun_git_oid_tostr(hex, sizeof hex, id);
  size_t dir_length = strlen(objects_dir);
  char *folder = malloc(dir_length + 4);
  char *final = malloc(dir_length + GIT_OID_HEXSZ + 3);
  char *temporary = malloc(dir_length + 24);
  int rc = -1;
  int fd = -1;
  if (folder == NULL || final == NULL || temporary == NULL) {
    labrun_git_error_set_oom();
    goto done;
  }
  sprintf(folder, "%s/%.2s", objects_dir, hex);
  sprintf(final, "%s/%s", folder, hex + 2);
  sprintf(temporary, "%s/tmp_obj_XXXXXX", folder);
  if (mkdir(folder, 0777) != 0 && errno != EEXIST) goto os_error;
  fd = mkstemp(temporary);
  if (fd < 0) goto os_error;
  if (labrun_write_all(fd, stream, (size_t)(out - stream)) != 0) goto os_error;
  if (durable && fsync(fd) != 0) goto os_error;
  if (fchmod(fd, 0444) != 0) goto os_error;
  if (close(fd) != 0) {
    fd = -1;
    goto os_error;
  }
  fd = -1;
  if (rename(temporary, final) != 0) goto os_error;
  if (durable) {
    int dir = open(folder, O_RDONLY);
    if (dir < 0 || fsync(dir) != 0) {
      if (dir >= 0) close(dir);
      goto os_error;
    }
    close(dir);
  }
  rc = 0;
  goto done;
os_error:
  labrun_git_error_set_str(GIT_ERROR_OS, strerror(errno));
  if (fd >= 0) close(fd);
  if (temporary != NULL) unlink(temporary);
done:
  free(stream);
  free(folder);
  free(final);
  free(temporary);
  return rc;
}

static int labrun_tree_writer_write(
    git_odb_backend *backend, const git_oid *id, const void *data, size_t length, git_object_t type) {
  labrun_tree_writer *writer = (labrun_tree_writer *)backend;
  if (type == GIT_OBJECT_TREE || type == GIT_OBJECT_COMMIT) {
    char header[64];
    int header_length = snprintf(header, sizeof header, "%s %zu", labrun_git_object_type2string(type), length) + 1;
    return labrun_write_stored_loose(
        writer->objects_dir, writer->durable, id, (const unsigned char *)header, (size_t)header_length, data, length);
  }
  writer->others->odb = backend->odb;
  return writer->others->write(writer->others, id, data, length, type);
}

static void labrun_tree_writer_free(git_odb_backend *backend) {
  labrun_tree_writer *writer = (labrun_tree_writer *)backend;
  if (writer->others) writer->others->free(writer->others);
  free(writer->objects_dir);
  free(writer);
}

/// Puts the tree writer in front of `odb`'s backends for writes into `objects_dir` (no trailing
/// slash); `durable` fsyncs each tree or commit and its folder. 0 on success.
static inline int labrun_git_add_tree_writer(git_odb *odb, const char *objects_dir, int durable) {
  labrun_tree_writer *writer = calloc(1, sizeof(labrun_tree_writer));
  if (writer == NULL) return -1;
  writer->durable = durable;
  writer->objects_dir = strdup(objects_dir);
  int rc = writer->objects_dir == NULL ? -1 : labrun_git_odb_init_backend(&writer->parent, GIT_ODB_BACKEND_VERSION);
  if (rc == 0) rc = labrun_git_odb_backend_loose(&writer->others, objects_dir, -1, durable, 0, 0);
  if (rc != 0) {
    labrun_tree_writer_free(&writer->parent);
    return rc;
  }
  writer->parent.write = labrun_tree_writer_write;
  writer->parent.free = labrun_tree_writer_free;
  // Higher priorities are asked first; libgit2's loose and pack backends have 1 and 2.
  rc = labrun_git_odb_add_backend(odb, &writer->parent, 100);
  if (rc != 0) labrun_tree_writer_free(&writer->parent);
  return rc;
}

#endif
