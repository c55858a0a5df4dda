#!/usr/bin/env python3
"""Writes labrun's lazily bound libgit2 functions from the installed headers.

labrun loads libgit2 only when a command opens a workspace (issue 17: binding it and the fourteen
libraries it pulls in was a fifth of `labrun list`). Swift calls `labrun_git_NAME`, declared in
Sources/Clibgit2/loader.h; Sources/GitLoader/Functions.c defines each one to find `git_NAME` on first
use and call it. The functions are the ones Sources/Workspace and Sources/Clibgit2/shim.h call.

Run it again after calling a libgit2 function labrun did not call before:
    python3 scripts/gen-git-loader.py            (reads /usr/include/git2, libgit2-dev 1.5.1)
    python3 scripts/gen-git-loader.py --check    (exit 1 when the files are not what it would write)
The build checks every wrapper's type against the header's declaration.
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECK = "--check" in sys.argv[1:]
INCLUDE = "/usr/include"


def used_functions():
    names = set()
    paths = glob.glob(os.path.join(ROOT, "Sources/Workspace/**/*.swift"), recursive=True)
    paths.append(os.path.join(ROOT, "Sources/Clibgit2/shim.h"))
    for path in paths:
        with open(path) as source:
            names.update(re.findall(r"\blabrun_git_([a-z0-9_]+)\(", source.read()))
    return names


def declarations():
    found = {}
    headers = [os.path.join(INCLUDE, "git2.h")]
    headers += glob.glob(os.path.join(INCLUDE, "git2/**/*.h"), recursive=True)
    for path in headers:
        with open(path) as header:
            text = re.sub(r"/\*.*?\*/", " ", header.read(), flags=re.S)
        for match in re.finditer(r"GIT_EXTERN\(([^)]*)\)\s*(git_[a-z0-9_]+)\s*\((.*?)\)\s*;", text, flags=re.S):
            result, name, params = match.group(1).strip(), match.group(2), " ".join(match.group(3).split())
            found.setdefault(name, (result, params))
    return found


def split_params(params):
    parts, depth, current = [], 0, ""
    for char in params:
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        depth += char == "("
        depth -= char == ")"
        current += char
    if current.strip():
        parts.append(current.strip())
    return parts


def argument_name(param):
    pointer = re.search(r"\(\s*\*\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)", param)
    if pointer:
        return pointer.group(1)
    words = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", re.sub(r"\[.*?\]", "", param))
    if len(words) < 2 or words[-1] in ("const", "int", "char", "void", "size_t", "unsigned"):
        sys.exit(f"gen-git-loader: the parameter '{param}' has no name to forward")
    return words[-1]


def main():
    wanted = used_functions()
    known = declarations()
    missing = sorted(name for name in wanted if "git_" + name not in known)
    # The shim's own helpers are labrun_git_* too; they are not libgit2's.
    wanted -= set(missing)
    # shim.h calls the variadic git_libgit2_opts through labrun_git_opts().
    wanted.add("libgit2_opts")
    header = [
        "// Written by scripts/gen-git-loader.py from libgit2's headers: do not edit by hand.",
        "#ifndef LABRUN_CLIBGIT2_LOADER_H",
        "#define LABRUN_CLIBGIT2_LOADER_H",
        "",
        "#include <git2.h>",
        "#include <git2/sys/commit.h>",
        "#include <git2/sys/odb_backend.h>",
        "",
        "/// `git_libgit2_opts`, loaded; variadic, so it is handed out rather than wrapped.",
        "typedef int (*labrun_git_opts_function)(int option, ...);",
        "labrun_git_opts_function labrun_git_opts(void);",
        "",
    ]
    source = [
        "// Written by scripts/gen-git-loader.py from libgit2's headers: do not edit by hand.",
        "#define GIT_DEPRECATE_HARD",
        "#include <git2.h>",
        "#include <git2/sys/commit.h>",
        "#include <git2/sys/odb_backend.h>",
        "",
        '#include "../Clibgit2/loader.h"',
        '#include "GitLoader.h"',
        "",
    ]
    names = sorted(wanted)
    source.append(f"const int labrun_git_function_count = {len(names)};")
    source.append("const char *const labrun_git_function_names[] = {")
    source += [f'  "git_{name}",' for name in names]
    source += ["};", f"void *_Atomic labrun_git_functions[{len(names)}];", ""]
    source += [
        "labrun_git_opts_function labrun_git_opts(void) {",
        f"  return (labrun_git_opts_function)labrun_git_function({names.index('libgit2_opts')});",
        "}",
        "",
    ]
    for index, name in enumerate(names):
        if name == "libgit2_opts":
            continue
        result, params = known["git_" + name]
        header.append(f"{result} labrun_git_{name}({params});")
        parts = [] if params in ("", "void") else split_params(params)
        if "..." in parts:
            sys.exit(f"gen-git-loader: git_{name} is variadic; hand it out as git_libgit2_opts is")
        arguments = ", ".join(argument_name(part) for part in parts)
        call = f"((__typeof__(&git_{name}))labrun_git_function({index}))({arguments})"
        source += [
            f"{result} labrun_git_{name}({params}) {{",
            f"  {'return ' if result != 'void' else ''}{call};",
            "}",
            f"_Static_assert(__builtin_types_compatible_p(__typeof__(&labrun_git_{name}), __typeof__(&git_{name})),",
            f'  "labrun_git_{name} is not git_{name}: run scripts/gen-git-loader.py");',
            "",
        ]
    header += ["", "#endif", ""]
    stale = []
    for path, lines in (("Sources/Clibgit2/loader.h", header), ("Sources/GitLoader/Functions.c", source)):
        text = "\n".join(lines)
        if CHECK:
            with open(os.path.join(ROOT, path)) as current:
                if current.read() != text:
                    stale.append(path)
        else:
            with open(os.path.join(ROOT, path), "w") as out:
                out.write(text)
    if stale:
        sys.exit(f"gen-git-loader: {', '.join(stale)} differ from what the headers and Sources/Workspace call for;"
                 " run python3 scripts/gen-git-loader.py")
    print(f"{len(wanted)} functions; not libgit2's: {', '.join(missing)}")


main()
