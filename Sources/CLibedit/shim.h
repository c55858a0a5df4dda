#ifndef LABRUN_CLIBEDIT_SHIM_H
#define LABRUN_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <editline/readline.h>

#endif
