// Written by scripts/gen-git-loader.py from libgit2's headers: do not edit by hand.
#define GIT_DEPRECATE_HARD
#include <git2.h>
#include <git2/sys/commit.h>
#include <git2/sys/odb_backend.h>

#include "../Clibgit2/loader.h"
#include "GitLoader.h"

const int labrun_git_function_count = 84;
const char *const labrun_git_function_names[] = {
  "git_blob_free",
  "git_blob_lookup",
  "git_blob_rawcontent",
  "git_blob_rawsize",
  "git_buf_dispose",
  "git_clone",
  "git_commit_author",
  "git_commit_create_from_ids",
  "git_commit_free",
  "git_commit_id",
  "git_commit_lookup",
  "git_commit_message",
  "git_commit_parent_id",
  "git_commit_parentcount",
  "git_commit_time",
  "git_commit_tree_id",
  "git_config_free",
  "git_config_open_level",
  "git_config_set_bool",
  "git_credential_ssh_key_from_agent",
  "git_credential_ssh_key_new",
  "git_credential_username_new",
  "git_error_last",
  "git_error_set_oom",
  "git_error_set_str",
  "git_index_add",
  "git_index_free",
  "git_index_read",
  "git_index_write",
  "git_libgit2_init",
  "git_libgit2_opts",
  "git_libgit2_version",
  "git_object_type2string",
  "git_odb_add_backend",
  "git_odb_backend_loose",
  "git_odb_free",
  "git_odb_init_backend",
  "git_odb_write",
  "git_oid_fromstr",
  "git_oid_tostr",
  "git_packbuilder_free",
  "git_packbuilder_insert_walk",
  "git_packbuilder_new",
  "git_packbuilder_write_buf",
  "git_push_options_init",
  "git_reference_create",
  "git_reference_create_matching",
  "git_reference_free",
  "git_reference_lookup",
  "git_reference_name_to_id",
  "git_reference_symbolic_target",
  "git_reference_type",
  "git_remote_create",
  "git_remote_create_anonymous",
  "git_remote_free",
  "git_remote_lookup",
  "git_remote_push",
  "git_remote_set_url",
  "git_remote_url",
  "git_repository_config",
  "git_repository_free",
  "git_repository_index",
  "git_repository_init",
  "git_repository_init_ext",
  "git_repository_init_options_init",
  "git_repository_is_bare",
  "git_repository_is_empty",
  "git_repository_odb",
  "git_repository_open_ext",
  "git_repository_path",
  "git_repository_workdir",
  "git_revwalk_free",
  "git_revwalk_new",
  "git_revwalk_push",
  "git_signature_free",
  "git_signature_new",
  "git_tree_entry_byindex",
  "git_tree_entry_byname",
  "git_tree_entry_id",
  "git_tree_entry_name",
  "git_tree_entry_type",
  "git_tree_entrycount",
  "git_tree_free",
  "git_tree_lookup",
};
void *_Atomic labrun_git_functions[84];

labrun_git_opts_function labrun_git_opts(void) {
  return (labrun_git_opts_function)labrun_git_function(30);
}

void labrun_git_blob_free(git_blob *blob) {
  ((__typeof__(&git_blob_free))labrun_git_function(0))(blob);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_blob_free), __typeof__(&git_blob_free)),
  "labrun_git_blob_free is not git_blob_free: run scripts/gen-git-loader.py");

int labrun_git_blob_lookup(git_blob **blob, git_repository *repo, const git_oid *id) {
  return ((__typeof__(&git_blob_lookup))labrun_git_function(1))(blob, repo, id);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_blob_lookup), __typeof__(&git_blob_lookup)),
  "labrun_git_blob_lookup is not git_blob_lookup: run scripts/gen-git-loader.py");

const void * labrun_git_blob_rawcontent(const git_blob *blob) {
  return ((__typeof__(&git_blob_rawcontent))labrun_git_function(2))(blob);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_blob_rawcontent), __typeof__(&git_blob_rawcontent)),
  "labrun_git_blob_rawcontent is not git_blob_rawcontent: run scripts/gen-git-loader.py");

git_object_size_t labrun_git_blob_rawsize(const git_blob *blob) {
  return ((__typeof__(&git_blob_rawsize))labrun_git_function(3))(blob);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_blob_rawsize), __typeof__(&git_blob_rawsize)),
  "labrun_git_blob_rawsize is not git_blob_rawsize: run scripts/gen-git-loader.py");

void labrun_git_buf_dispose(git_buf *buffer) {
  ((__typeof__(&git_buf_dispose))labrun_git_function(4))(buffer);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_buf_dispose), __typeof__(&git_buf_dispose)),
  "labrun_git_buf_dispose is not git_buf_dispose: run scripts/gen-git-loader.py");

int labrun_git_clone(git_repository **out, const char *url, const char *local_path, const git_clone_options *options) {
  return ((__typeof__(&git_clone))labrun_git_function(5))(out, url, local_path, options);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_clone), __typeof__(&git_clone)),
  "labrun_git_clone is not git_clone: run scripts/gen-git-loader.py");

const git_signature * labrun_git_commit_author(const git_commit *commit) {
  return ((__typeof__(&git_commit_author))labrun_git_function(6))(commit);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_author), __typeof__(&git_commit_author)),
  "labrun_git_commit_author is not git_commit_author: run scripts/gen-git-loader.py");

int labrun_git_commit_create_from_ids(git_oid *id, git_repository *repo, const char *update_ref, const git_signature *author, const git_signature *committer, const char *message_encoding, const char *message, const git_oid *tree, size_t parent_count, const git_oid *parents[]) {
  return ((__typeof__(&git_commit_create_from_ids))labrun_git_function(7))(id, repo, update_ref, author, committer, message_encoding, message, tree, parent_count, parents);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_create_from_ids), __typeof__(&git_commit_create_from_ids)),
  "labrun_git_commit_create_from_ids is not git_commit_create_from_ids: run scripts/gen-git-loader.py");

void labrun_git_commit_free(git_commit *commit) {
  ((__typeof__(&git_commit_free))labrun_git_function(8))(commit);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_free), __typeof__(&git_commit_free)),
  "labrun_git_commit_free is not git_commit_free: run scripts/gen-git-loader.py");

const git_oid * labrun_git_commit_id(const git_commit *commit) {
  return ((__typeof__(&git_commit_id))labrun_git_function(9))(commit);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_id), __typeof__(&git_commit_id)),
  "labrun_git_commit_id is not git_commit_id: run scripts/gen-git-loader.py");

int labrun_git_commit_lookup(git_commit **commit, git_repository *repo, const git_oid *id) {
  return ((__typeof__(&git_commit_lookup))labrun_git_function(10))(commit, repo, id);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_lookup), __typeof__(&git_commit_lookup)),
  "labrun_git_commit_lookup is not git_commit_lookup: run scripts/gen-git-loader.py");

const char * labrun_git_commit_message(const git_commit *commit) {
  return ((__typeof__(&git_commit_message))labrun_git_function(11))(commit);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_message), __typeof__(&git_commit_message)),
  "labrun_git_commit_message is not git_commit_message: run scripts/gen-git-loader.py");

const git_oid * labrun_git_commit_parent_id(const git_commit *commit, unsigned int n) {
  return ((__typeof__(&git_commit_parent_id))labrun_git_function(12))(commit, n);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_parent_id), __typeof__(&git_commit_parent_id)),
  "labrun_git_commit_parent_id is not git_commit_parent_id: run scripts/gen-git-loader.py");

unsigned int labrun_git_commit_parentcount(const git_commit *commit) {
  return ((__typeof__(&git_commit_parentcount))labrun_git_function(13))(commit);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_parentcount), __typeof__(&git_commit_parentcount)),
  "labrun_git_commit_parentcount is not git_commit_parentcount: run scripts/gen-git-loader.py");

git_time_t labrun_git_commit_time(const git_commit *commit) {
  return ((__typeof__(&git_commit_time))labrun_git_function(14))(commit);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_time), __typeof__(&git_commit_time)),
  "labrun_git_commit_time is not git_commit_time: run scripts/gen-git-loader.py");

const git_oid * labrun_git_commit_tree_id(const git_commit *commit) {
  return ((__typeof__(&git_commit_tree_id))labrun_git_function(15))(commit);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_commit_tree_id), __typeof__(&git_commit_tree_id)),
  "labrun_git_commit_tree_id is not git_commit_tree_id: run scripts/gen-git-loader.py");

void labrun_git_config_free(git_config *cfg) {
  ((__typeof__(&git_config_free))labrun_git_function(16))(cfg);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_config_free), __typeof__(&git_config_free)),
  "labrun_git_config_free is not git_config_free: run scripts/gen-git-loader.py");

int labrun_git_config_open_level(git_config **out, const git_config *parent, git_config_level_t level) {
  return ((__typeof__(&git_config_open_level))labrun_git_function(17))(out, parent, level);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_config_open_level), __typeof__(&git_config_open_level)),
  "labrun_git_config_open_level is not git_config_open_level: run scripts/gen-git-loader.py");

int labrun_git_config_set_bool(git_config *cfg, const char *name, int value) {
  return ((__typeof__(&git_config_set_bool))labrun_git_function(18))(cfg, name, value);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_config_set_bool), __typeof__(&git_config_set_bool)),
  "labrun_git_config_set_bool is not git_config_set_bool: run scripts/gen-git-loader.py");

int labrun_git_credential_ssh_key_from_agent(git_credential **out, const char *username) {
  return ((__typeof__(&git_credential_ssh_key_from_agent))labrun_git_function(19))(out, username);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_credential_ssh_key_from_agent), __typeof__(&git_credential_ssh_key_from_agent)),
  "labrun_git_credential_ssh_key_from_agent is not git_credential_ssh_key_from_agent: run scripts/gen-git-loader.py");

int labrun_git_credential_ssh_key_new(git_credential **out, const char *username, const char *publickey, const char *privatekey, const char *passphrase) {
  return ((__typeof__(&git_credential_ssh_key_new))labrun_git_function(20))(out, username, publickey, privatekey, passphrase);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_credential_ssh_key_new), __typeof__(&git_credential_ssh_key_new)),
  "labrun_git_credential_ssh_key_new is not git_credential_ssh_key_new: run scripts/gen-git-loader.py");

int labrun_git_credential_username_new(git_credential **out, const char *username) {
  return ((__typeof__(&git_credential_username_new))labrun_git_function(21))(out, username);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_credential_username_new), __typeof__(&git_credential_username_new)),
  "labrun_git_credential_username_new is not git_credential_username_new: run scripts/gen-git-loader.py");

const git_error * labrun_git_error_last(void) {
  return ((__typeof__(&git_error_last))labrun_git_function(22))();
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_error_last), __typeof__(&git_error_last)),
  "labrun_git_error_last is not git_error_last: run scripts/gen-git-loader.py");

void labrun_git_error_set_oom(void) {
  ((__typeof__(&git_error_set_oom))labrun_git_function(23))();
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_error_set_oom), __typeof__(&git_error_set_oom)),
  "labrun_git_error_set_oom is not git_error_set_oom: run scripts/gen-git-loader.py");

int labrun_git_error_set_str(int error_class, const char *string) {
  return ((__typeof__(&git_error_set_str))labrun_git_function(24))(error_class, string);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_error_set_str), __typeof__(&git_error_set_str)),
  "labrun_git_error_set_str is not git_error_set_str: run scripts/gen-git-loader.py");

int labrun_git_index_add(git_index *index, const git_index_entry *source_entry) {
  return ((__typeof__(&git_index_add))labrun_git_function(25))(index, source_entry);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_index_add), __typeof__(&git_index_add)),
  "labrun_git_index_add is not git_index_add: run scripts/gen-git-loader.py");

void labrun_git_index_free(git_index *index) {
  ((__typeof__(&git_index_free))labrun_git_function(26))(index);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_index_free), __typeof__(&git_index_free)),
  "labrun_git_index_free is not git_index_free: run scripts/gen-git-loader.py");

int labrun_git_index_read(git_index *index, int force) {
  return ((__typeof__(&git_index_read))labrun_git_function(27))(index, force);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_index_read), __typeof__(&git_index_read)),
  "labrun_git_index_read is not git_index_read: run scripts/gen-git-loader.py");

int labrun_git_index_write(git_index *index) {
  return ((__typeof__(&git_index_write))labrun_git_function(28))(index);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_index_write), __typeof__(&git_index_write)),
  "labrun_git_index_write is not git_index_write: run scripts/gen-git-loader.py");

int labrun_git_libgit2_init(void) {
  return ((__typeof__(&git_libgit2_init))labrun_git_function(29))();
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_libgit2_init), __typeof__(&git_libgit2_init)),
  "labrun_git_libgit2_init is not git_libgit2_init: run scripts/gen-git-loader.py");

int labrun_git_libgit2_version(int *major, int *minor, int *rev) {
  return ((__typeof__(&git_libgit2_version))labrun_git_function(31))(major, minor, rev);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_libgit2_version), __typeof__(&git_libgit2_version)),
  "labrun_git_libgit2_version is not git_libgit2_version: run scripts/gen-git-loader.py");

const char * labrun_git_object_type2string(git_object_t type) {
  return ((__typeof__(&git_object_type2string))labrun_git_function(32))(type);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_object_type2string), __typeof__(&git_object_type2string)),
  "labrun_git_object_type2string is not git_object_type2string: run scripts/gen-git-loader.py");

int labrun_git_odb_add_backend(git_odb *odb, git_odb_backend *backend, int priority) {
  return ((__typeof__(&git_odb_add_backend))labrun_git_function(33))(odb, backend, priority);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_odb_add_backend), __typeof__(&git_odb_add_backend)),
  "labrun_git_odb_add_backend is not git_odb_add_backend: run scripts/gen-git-loader.py");

int labrun_git_odb_backend_loose(git_odb_backend **out, const char *objects_dir, int compression_level, int do_fsync, unsigned int dir_mode, unsigned int file_mode) {
  return ((__typeof__(&git_odb_backend_loose))labrun_git_function(34))(out, objects_dir, compression_level, do_fsync, dir_mode, file_mode);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_odb_backend_loose), __typeof__(&git_odb_backend_loose)),
  "labrun_git_odb_backend_loose is not git_odb_backend_loose: run scripts/gen-git-loader.py");

void labrun_git_odb_free(git_odb *db) {
  ((__typeof__(&git_odb_free))labrun_git_function(35))(db);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_odb_free), __typeof__(&git_odb_free)),
  "labrun_git_odb_free is not git_odb_free: run scripts/gen-git-loader.py");

int labrun_git_odb_init_backend(git_odb_backend *backend, unsigned int version) {
  return ((__typeof__(&git_odb_init_backend))labrun_git_function(36))(backend, version);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_odb_init_backend), __typeof__(&git_odb_init_backend)),
  "labrun_git_odb_init_backend is not git_odb_init_backend: run scripts/gen-git-loader.py");

int labrun_git_odb_write(git_oid *out, git_odb *odb, const void *data, size_t len, git_object_t type) {
  return ((__typeof__(&git_odb_write))labrun_git_function(37))(out, odb, data, len, type);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_odb_write), __typeof__(&git_odb_write)),
  "labrun_git_odb_write is not git_odb_write: run scripts/gen-git-loader.py");

int labrun_git_oid_fromstr(git_oid *out, const char *str) {
  return ((__typeof__(&git_oid_fromstr))labrun_git_function(38))(out, str);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_oid_fromstr), __typeof__(&git_oid_fromstr)),
  "labrun_git_oid_fromstr is not git_oid_fromstr: run scripts/gen-git-loader.py");

char * labrun_git_oid_tostr(char *out, size_t n, const git_oid *id) {
  return ((__typeof__(&git_oid_tostr))labrun_git_function(39))(out, n, id);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_oid_tostr), __typeof__(&git_oid_tostr)),
  "labrun_git_oid_tostr is not git_oid_tostr: run scripts/gen-git-loader.py");

void labrun_git_packbuilder_free(git_packbuilder *pb) {
  ((__typeof__(&git_packbuilder_free))labrun_git_function(40))(pb);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_packbuilder_free), __typeof__(&git_packbuilder_free)),
  "labrun_git_packbuilder_free is not git_packbuilder_free: run scripts/gen-git-loader.py");

int labrun_git_packbuilder_insert_walk(git_packbuilder *pb, git_revwalk *walk) {
  return ((__typeof__(&git_packbuilder_insert_walk))labrun_git_function(41))(pb, walk);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_packbuilder_insert_walk), __typeof__(&git_packbuilder_insert_walk)),
  "labrun_git_packbuilder_insert_walk is not git_packbuilder_insert_walk: run scripts/gen-git-loader.py");

int labrun_git_packbuilder_new(git_packbuilder **out, git_repository *repo) {
  return ((__typeof__(&git_packbuilder_new))labrun_git_function(42))(out, repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_packbuilder_new), __typeof__(&git_packbuilder_new)),
  "labrun_git_packbuilder_new is not git_packbuilder_new: run scripts/gen-git-loader.py");

int labrun_git_packbuilder_write_buf(git_buf *buf, git_packbuilder *pb) {
  return ((__typeof__(&git_packbuilder_write_buf))labrun_git_function(43))(buf, pb);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_packbuilder_write_buf), __typeof__(&git_packbuilder_write_buf)),
  "labrun_git_packbuilder_write_buf is not git_packbuilder_write_buf: run scripts/gen-git-loader.py");

int labrun_git_push_options_init(git_push_options *opts, unsigned int version) {
  return ((__typeof__(&git_push_options_init))labrun_git_function(44))(opts, version);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_push_options_init), __typeof__(&git_push_options_init)),
  "labrun_git_push_options_init is not git_push_options_init: run scripts/gen-git-loader.py");

int labrun_git_reference_create(git_reference **out, git_repository *repo, const char *name, const git_oid *id, int force, const char *log_message) {
  return ((__typeof__(&git_reference_create))labrun_git_function(45))(out, repo, name, id, force, log_message);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_reference_create), __typeof__(&git_reference_create)),
  "labrun_git_reference_create is not git_reference_create: run scripts/gen-git-loader.py");

int labrun_git_reference_create_matching(git_reference **out, git_repository *repo, const char *name, const git_oid *id, int force, const git_oid *current_id, const char *log_message) {
  return ((__typeof__(&git_reference_create_matching))labrun_git_function(46))(out, repo, name, id, force, current_id, log_message);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_reference_create_matching), __typeof__(&git_reference_create_matching)),
  "labrun_git_reference_create_matching is not git_reference_create_matching: run scripts/gen-git-loader.py");

void labrun_git_reference_free(git_reference *ref) {
  ((__typeof__(&git_reference_free))labrun_git_function(47))(ref);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_reference_free), __typeof__(&git_reference_free)),
  "labrun_git_reference_free is not git_reference_free: run scripts/gen-git-loader.py");

int labrun_git_reference_lookup(git_reference **out, git_repository *repo, const char *name) {
  return ((__typeof__(&git_reference_lookup))labrun_git_function(48))(out, repo, name);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_reference_lookup), __typeof__(&git_reference_lookup)),
  "labrun_git_reference_lookup is not git_reference_lookup: run scripts/gen-git-loader.py");

int labrun_git_reference_name_to_id(git_oid *out, git_repository *repo, const char *name) {
  return ((__typeof__(&git_reference_name_to_id))labrun_git_function(49))(out, repo, name);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_reference_name_to_id), __typeof__(&git_reference_name_to_id)),
  "labrun_git_reference_name_to_id is not git_reference_name_to_id: run scripts/gen-git-loader.py");

const char * labrun_git_reference_symbolic_target(const git_reference *ref) {
  return ((__typeof__(&git_reference_symbolic_target))labrun_git_function(50))(ref);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_reference_symbolic_target), __typeof__(&git_reference_symbolic_target)),
  "labrun_git_reference_symbolic_target is not git_reference_symbolic_target: run scripts/gen-git-loader.py");

git_reference_t labrun_git_reference_type(const git_reference *ref) {
  return ((__typeof__(&git_reference_type))labrun_git_function(51))(ref);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_reference_type), __typeof__(&git_reference_type)),
  "labrun_git_reference_type is not git_reference_type: run scripts/gen-git-loader.py");

int labrun_git_remote_create(git_remote **out, git_repository *repo, const char *name, const char *url) {
  return ((__typeof__(&git_remote_create))labrun_git_function(52))(out, repo, name, url);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_remote_create), __typeof__(&git_remote_create)),
  "labrun_git_remote_create is not git_remote_create: run scripts/gen-git-loader.py");

int labrun_git_remote_create_anonymous(git_remote **out, git_repository *repo, const char *url) {
  return ((__typeof__(&git_remote_create_anonymous))labrun_git_function(53))(out, repo, url);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_remote_create_anonymous), __typeof__(&git_remote_create_anonymous)),
  "labrun_git_remote_create_anonymous is not git_remote_create_anonymous: run scripts/gen-git-loader.py");

void labrun_git_remote_free(git_remote *remote) {
  ((__typeof__(&git_remote_free))labrun_git_function(54))(remote);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_remote_free), __typeof__(&git_remote_free)),
  "labrun_git_remote_free is not git_remote_free: run scripts/gen-git-loader.py");

int labrun_git_remote_lookup(git_remote **out, git_repository *repo, const char *name) {
  return ((__typeof__(&git_remote_lookup))labrun_git_function(55))(out, repo, name);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_remote_lookup), __typeof__(&git_remote_lookup)),
  "labrun_git_remote_lookup is not git_remote_lookup: run scripts/gen-git-loader.py");

int labrun_git_remote_push(git_remote *remote, const git_strarray *refspecs, const git_push_options *opts) {
  return ((__typeof__(&git_remote_push))labrun_git_function(56))(remote, refspecs, opts);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_remote_push), __typeof__(&git_remote_push)),
  "labrun_git_remote_push is not git_remote_push: run scripts/gen-git-loader.py");

int labrun_git_remote_set_url(git_repository *repo, const char *remote, const char *url) {
  return ((__typeof__(&git_remote_set_url))labrun_git_function(57))(repo, remote, url);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_remote_set_url), __typeof__(&git_remote_set_url)),
  "labrun_git_remote_set_url is not git_remote_set_url: run scripts/gen-git-loader.py");

const char * labrun_git_remote_url(const git_remote *remote) {
  return ((__typeof__(&git_remote_url))labrun_git_function(58))(remote);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_remote_url), __typeof__(&git_remote_url)),
  "labrun_git_remote_url is not git_remote_url: run scripts/gen-git-loader.py");

int labrun_git_repository_config(git_config **out, git_repository *repo) {
  return ((__typeof__(&git_repository_config))labrun_git_function(59))(out, repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_config), __typeof__(&git_repository_config)),
  "labrun_git_repository_config is not git_repository_config: run scripts/gen-git-loader.py");

void labrun_git_repository_free(git_repository *repo) {
  ((__typeof__(&git_repository_free))labrun_git_function(60))(repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_free), __typeof__(&git_repository_free)),
  "labrun_git_repository_free is not git_repository_free: run scripts/gen-git-loader.py");

int labrun_git_repository_index(git_index **out, git_repository *repo) {
  return ((__typeof__(&git_repository_index))labrun_git_function(61))(out, repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_index), __typeof__(&git_repository_index)),
  "labrun_git_repository_index is not git_repository_index: run scripts/gen-git-loader.py");

int labrun_git_repository_init(git_repository **out, const char *path, unsigned is_bare) {
  return ((__typeof__(&git_repository_init))labrun_git_function(62))(out, path, is_bare);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_init), __typeof__(&git_repository_init)),
  "labrun_git_repository_init is not git_repository_init: run scripts/gen-git-loader.py");

int labrun_git_repository_init_ext(git_repository **out, const char *repo_path, git_repository_init_options *opts) {
  return ((__typeof__(&git_repository_init_ext))labrun_git_function(63))(out, repo_path, opts);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_init_ext), __typeof__(&git_repository_init_ext)),
  "labrun_git_repository_init_ext is not git_repository_init_ext: run scripts/gen-git-loader.py");

int labrun_git_repository_init_options_init(git_repository_init_options *opts, unsigned int version) {
  return ((__typeof__(&git_repository_init_options_init))labrun_git_function(64))(opts, version);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_init_options_init), __typeof__(&git_repository_init_options_init)),
  "labrun_git_repository_init_options_init is not git_repository_init_options_init: run scripts/gen-git-loader.py");

int labrun_git_repository_is_bare(const git_repository *repo) {
  return ((__typeof__(&git_repository_is_bare))labrun_git_function(65))(repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_is_bare), __typeof__(&git_repository_is_bare)),
  "labrun_git_repository_is_bare is not git_repository_is_bare: run scripts/gen-git-loader.py");

int labrun_git_repository_is_empty(git_repository *repo) {
  return ((__typeof__(&git_repository_is_empty))labrun_git_function(66))(repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_is_empty), __typeof__(&git_repository_is_empty)),
  "labrun_git_repository_is_empty is not git_repository_is_empty: run scripts/gen-git-loader.py");

int labrun_git_repository_odb(git_odb **out, git_repository *repo) {
  return ((__typeof__(&git_repository_odb))labrun_git_function(67))(out, repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_odb), __typeof__(&git_repository_odb)),
  "labrun_git_repository_odb is not git_repository_odb: run scripts/gen-git-loader.py");

int labrun_git_repository_open_ext(git_repository **out, const char *path, unsigned int flags, const char *ceiling_dirs) {
  return ((__typeof__(&git_repository_open_ext))labrun_git_function(68))(out, path, flags, ceiling_dirs);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_open_ext), __typeof__(&git_repository_open_ext)),
  "labrun_git_repository_open_ext is not git_repository_open_ext: run scripts/gen-git-loader.py");

const char * labrun_git_repository_path(const git_repository *repo) {
  return ((__typeof__(&git_repository_path))labrun_git_function(69))(repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_path), __typeof__(&git_repository_path)),
  "labrun_git_repository_path is not git_repository_path: run scripts/gen-git-loader.py");

const char * labrun_git_repository_workdir(const git_repository *repo) {
  return ((__typeof__(&git_repository_workdir))labrun_git_function(70))(repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_repository_workdir), __typeof__(&git_repository_workdir)),
  "labrun_git_repository_workdir is not git_repository_workdir: run scripts/gen-git-loader.py");

void labrun_git_revwalk_free(git_revwalk *walk) {
  ((__typeof__(&git_revwalk_free))labrun_git_function(71))(walk);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_revwalk_free), __typeof__(&git_revwalk_free)),
  "labrun_git_revwalk_free is not git_revwalk_free: run scripts/gen-git-loader.py");

int labrun_git_revwalk_new(git_revwalk **out, git_repository *repo) {
  return ((__typeof__(&git_revwalk_new))labrun_git_function(72))(out, repo);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_revwalk_new), __typeof__(&git_revwalk_new)),
  "labrun_git_revwalk_new is not git_revwalk_new: run scripts/gen-git-loader.py");

int labrun_git_revwalk_push(git_revwalk *walk, const git_oid *id) {
  return ((__typeof__(&git_revwalk_push))labrun_git_function(73))(walk, id);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_revwalk_push), __typeof__(&git_revwalk_push)),
  "labrun_git_revwalk_push is not git_revwalk_push: run scripts/gen-git-loader.py");

void labrun_git_signature_free(git_signature *sig) {
  ((__typeof__(&git_signature_free))labrun_git_function(74))(sig);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_signature_free), __typeof__(&git_signature_free)),
  "labrun_git_signature_free is not git_signature_free: run scripts/gen-git-loader.py");

int labrun_git_signature_new(git_signature **out, const char *name, const char *email, git_time_t time, int offset) {
  return ((__typeof__(&git_signature_new))labrun_git_function(75))(out, name, email, time, offset);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_signature_new), __typeof__(&git_signature_new)),
  "labrun_git_signature_new is not git_signature_new: run scripts/gen-git-loader.py");

const git_tree_entry * labrun_git_tree_entry_byindex(const git_tree *tree, size_t idx) {
  return ((__typeof__(&git_tree_entry_byindex))labrun_git_function(76))(tree, idx);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_tree_entry_byindex), __typeof__(&git_tree_entry_byindex)),
  "labrun_git_tree_entry_byindex is not git_tree_entry_byindex: run scripts/gen-git-loader.py");

const git_tree_entry * labrun_git_tree_entry_byname(const git_tree *tree, const char *filename) {
  return ((__typeof__(&git_tree_entry_byname))labrun_git_function(77))(tree, filename);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_tree_entry_byname), __typeof__(&git_tree_entry_byname)),
  "labrun_git_tree_entry_byname is not git_tree_entry_byname: run scripts/gen-git-loader.py");

const git_oid * labrun_git_tree_entry_id(const git_tree_entry *entry) {
  return ((__typeof__(&git_tree_entry_id))labrun_git_function(78))(entry);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_tree_entry_id), __typeof__(&git_tree_entry_id)),
  "labrun_git_tree_entry_id is not git_tree_entry_id: run scripts/gen-git-loader.py");

const char * labrun_git_tree_entry_name(const git_tree_entry *entry) {
  return ((__typeof__(&git_tree_entry_name))labrun_git_function(79))(entry);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_tree_entry_name), __typeof__(&git_tree_entry_name)),
  "labrun_git_tree_entry_name is not git_tree_entry_name: run scripts/gen-git-loader.py");

git_object_t labrun_git_tree_entry_type(const git_tree_entry *entry) {
  return ((__typeof__(&git_tree_entry_type))labrun_git_function(80))(entry);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_tree_entry_type), __typeof__(&git_tree_entry_type)),
  "labrun_git_tree_entry_type is not git_tree_entry_type: run scripts/gen-git-loader.py");

size_t labrun_git_tree_entrycount(const git_tree *tree) {
  return ((__typeof__(&git_tree_entrycount))labrun_git_function(81))(tree);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_tree_entrycount), __typeof__(&git_tree_entrycount)),
  "labrun_git_tree_entrycount is not git_tree_entrycount: run scripts/gen-git-loader.py");

void labrun_git_tree_free(git_tree *tree) {
  ((__typeof__(&git_tree_free))labrun_git_function(82))(tree);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_tree_free), __typeof__(&git_tree_free)),
  "labrun_git_tree_free is not git_tree_free: run scripts/gen-git-loader.py");

int labrun_git_tree_lookup(git_tree **out, git_repository *repo, const git_oid *id) {
  return ((__typeof__(&git_tree_lookup))labrun_git_function(83))(out, repo, id);
}
_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_tree_lookup), __typeof__(&git_tree_lookup)),
  "labrun_git_tree_lookup is not git_tree_lookup: run scripts/gen-git-loader.py");
