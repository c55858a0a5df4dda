#ifndef LABRUN_GIT_LOADER_H
#define LABRUN_GIT_LOADER_H

/// The libgit2 function `name`, loading the library on first use; `slot` keeps it for later calls.
///
/// A library or function that cannot be found ends the process with a message and status 1: it
/// is an installation problem, and no workspace has been touched yet.
void *labrun_git_function(const char *name, void *_Atomic *slot);

/// Whether libgit2 has been loaded in this process: commands that open no workspace never load it.
int labrun_git_library_loaded(void);

#endif
