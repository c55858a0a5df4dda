#ifndef LABRUN_GIT_LOADER_H
#define LABRUN_GIT_LOADER_H

/// The libgit2 function at `index` of `labrun_git_function_names`, loading the library on first use.
///
/// The first call opens libgit2 and finds every function labrun calls, so a library that cannot be
/// opened or lacks one ends the process (message, status 1) at that first call, libgit2's
/// initialisation, before any workspace is read or written.
void *labrun_git_function(int index);

/// Whether libgit2 has been loaded in this process: commands that open no workspace never load it.
int labrun_git_library_loaded(void);

/// The functions labrun calls (Functions.c, written by scripts/gen-git-loader.py).
extern const int labrun_git_function_count;
extern const char *const labrun_git_function_names[];
extern void *_Atomic labrun_git_functions[];

#endif
