// Written by scripts/gen-git-loader.py from libgit2's headers: do not edit by hand.
#ifndef LABRUN_CLIBGIT2_LOADER_H
#define LABRUN_CLIBGIT2_LOADER_H

#include <git2.h>
#include <git2/sys/commit.h>
#include <git2/sys/odb_backend.h>

/// `git_libgit2_opts`, loaded; variadic, so it is handed out rather than wrapped.
typedef int (*labrun_git_opts_function)(int option, ...);
labrun_git_opts_function labrun_git_opts(void);

void labrun_git_blob_free(git_blob *blob);
int labrun_git_blob_lookup(git_blob **blob, git_repository *repo, const git_oid *id);
const void * labrun_git_blob_rawcontent(const git_blob *blob);
git_object_size_t labrun_git_blob_rawsize(const git_blob *blob);
void labrun_git_buf_dispose(git_buf *buffer);
int labrun_git_clone(git_repository **out, const char *url, const char *local_path, const git_clone_options *options);
const git_signature * labrun_git_commit_author(const git_commit *commit);
int labrun_git_commit_create_from_ids(git_oid *id, git_repository *repo, const char *update_ref, const git_signature *author, const git_signature *committer, const char *message_encoding, const char *message, const git_oid *tree, size_t parent_count, const git_oid *parents[]);
void labrun_git_commit_free(git_commit *commit);
const git_oid * labrun_git_commit_id(const git_commit *commit);
int labrun_git_commit_lookup(git_commit **commit, git_repository *repo, const git_oid *id);
const char * labrun_git_commit_message(const git_commit *commit);
const git_oid * labrun_git_commit_parent_id(const git_commit *commit, unsigned int n);
unsigned int labrun_git_commit_parentcount(const git_commit *commit);
git_time_t labrun_git_commit_time(const git_commit *commit);
const git_oid * labrun_git_commit_tree_id(const git_commit *commit);
void labrun_git_config_free(git_config *cfg);
int labrun_git_config_open_level(git_config **out, const git_config *parent, git_config_level_t level);
int labrun_git_config_set_bool(git_config *cfg, const char *name, int value);
int labrun_git_credential_ssh_key_from_agent(git_credential **out, const char *username);
int labrun_git_credential_ssh_key_new(git_credential **out, const char *username, const char *publickey, const char *privatekey, const char *passphrase);
int labrun_git_credential_username_new(git_credential **out, const char *username);
const git_error * labrun_git_error_last(void);
void labrun_git_error_set_oom(void);
int labrun_git_error_set_str(int error_class, const char *string);
int labrun_git_index_add(git_index *index, const git_index_entry *source_entry);
void labrun_git_index_free(git_index *index);
int labrun_git_index_read(git_index *index, int force);
int labrun_git_index_write(git_index *index);
int labrun_git_libgit2_init(void);
int labrun_git_libgit2_version(int *major, int *minor, int *rev);
const char * labrun_git_object_type2string(git_object_t type);
int labrun_git_odb_add_backend(git_odb *odb, git_odb_backend *backend, int priority);
int labrun_git_odb_backend_loose(git_odb_backend **out, const char *objects_dir, int compression_level, int do_fsync, unsigned int dir_mode, unsigned int file_mode);
void labrun_git_odb_free(git_odb *db);
int labrun_git_odb_init_backend(git_odb_backend *backend, unsigned int version);
int labrun_git_odb_write(git_oid *out, git_odb *odb, const void *data, size_t len, git_object_t type);
int labrun_git_oid_fromstr(git_oid *out, const char *str);
char * labrun_git_oid_tostr(char *out, size_t n, const git_oid *id);
void labrun_git_packbuilder_free(git_packbuilder *pb);
int labrun_git_packbuilder_insert_walk(git_packbuilder *pb, git_revwalk *walk);
int labrun_git_packbuilder_new(git_packbuilder **out, git_repository *repo);
int labrun_git_packbuilder_write_buf(git_buf *buf, git_packbuilder *pb);
int labrun_git_push_options_init(git_push_options *opts, unsigned int version);
int labrun_git_reference_create(git_reference **out, git_repository *repo, const char *name, const git_oid *id, int force, const char *log_message);
int labrun_git_reference_create_matching(git_reference **out, git_repository *repo, const char *name, const git_oid *id, int force, const git_oid *current_id, const char *log_message);
void labrun_git_reference_free(git_reference *ref);
int labrun_git_reference_lookup(git_reference **out, git_repository *repo, const char *name);
int labrun_git_reference_name_to_id(git_oid *out, git_repository *repo, const char *name);
const char * labrun_git_reference_symbolic_target(const git_reference *ref);
git_reference_t labrun_git_reference_type(const git_reference *ref);
int labrun_git_remote_create(git_remote **out, git_repository *repo, const char *name, const char *url);
int labrun_git_remote_create_anonymous(git_remote **out, git_repository *repo, const char *url);
void labrun_git_remote_free(git_remote *remote);
int labrun_git_remote_lookup(git_remote **out, git_repository *repo, const char *name);
int labrun_git_remote_push(git_remote *remote, const git_strarray *refspecs, const git_push_options *opts);
int labrun_git_remote_set_url(git_repository *repo, const char *remote, const char *url);
const char * labrun_git_remote_url(const git_remote *remote);
int labrun_git_repository_config(git_config **out, git_repository *repo);
void labrun_git_repository_free(git_repository *repo);
int labrun_git_repository_index(git_index **out, git_repository *repo);
int labrun_git_repository_init(git_repository **out, const char *path, unsigned is_bare);
int labrun_git_repository_init_ext(git_repository **out, const char *repo_path, git_repository_init_options *opts);
int labrun_git_repository_init_options_init(git_repository_init_options *opts, unsigned int version);
int labrun_git_repository_is_bare(const git_repository *repo);
int labrun_git_repository_is_empty(git_repository *repo);
int labrun_git_repository_odb(git_odb **out, git_repository *repo);
int labrun_git_repository_open_ext(git_repository **out, const char *path, unsigned int flags, const char *ceiling_dirs);
const char * labrun_git_repository_path(const git_repository *repo);
const char * labrun_git_repository_workdir(const git_repository *repo);
void labrun_git_revwalk_free(git_revwalk *walk);
int labrun_git_revwalk_new(git_revwalk **out, git_repository *repo);
int labrun_git_revwalk_push(git_revwalk *walk, const git_oid *id);
void labrun_git_signature_free(git_signature *sig);
int labrun_git_signature_new(git_signature **out, const char *name, const char *email, git_time_t time, int offset);
const git_tree_entry * labrun_git_tree_entry_byindex(const git_tree *tree, size_t idx);
const git_tree_entry * labrun_git_tree_entry_byname(const git_tree *tree, const char *filename);
const git_oid * labrun_git_tree_entry_id(const git_tree_entry *entry);
const char * labrun_git_tree_entry_name(const git_tree_entry *entry);
git_object_t labrun_git_tree_entry_type(const git_tree_entry *entry);
size_t labrun_git_tree_entrycount(const git_tree *tree);
void labrun_git_tree_free(git_tree *tree);
int labrun_git_tree_lookup(git_tree **out, git_repository *repo, const git_oid *id);

#endif
