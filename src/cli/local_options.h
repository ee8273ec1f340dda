/* local_options.h - options that belong to one command only (peers,
 * project), kept beside the command instead of in the shared catalogue:
 * they are taken out of argv before the shared options are parsed, and
 * listed in the command's --help after the shared ones. */
#ifndef CRIMETREND_LOCAL_OPTIONS_H
#define CRIMETREND_LOCAL_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>
#include "cli.h"

typedef struct cli_local_option {
    const char *name;   /* long name without "--" */
    const char *arg;    /* argument name, or NULL for a flag */
    const char *help;   /* one line */
    const char *value;  /* the argument given (the last one) */
    bool given;         /* the option was given */
} cli_local_option;

/* tests/doc_check.sh reads the option names from this form. */
#define LOCAL_OPTION(name, arg, help) {name, arg, help, NULL, false}

/* Takes the options of 'opts' ("--name VALUE" or "--name=VALUE") out of
 * argv, shifting the rest down, up to a "--".  Returns -1 to go on (with
 * '*argc' updated) or the exit status to stop with: 0 after printing the
 * help for --help, 2 for a missing or unwanted argument. */
int cli_take_local_options(const cli_command *cmd, int *argc, char **argv,
                           cli_local_option *opts, size_t n);

/* A command's work once both kinds of options are parsed. */
typedef int (*cli_local_run_fn)(const cli_command *cmd, cli_args *a,
                                const cli_local_option *local);

/* The body of a command with options of its own: takes them out of argv,
 * parses the rest, runs 'run' and frees the options.  Returns the exit
 * status. */
int cli_run_local(const cli_command *cmd, int argc, char **argv,
                  cli_local_option *opts, size_t n, cli_local_run_fn run);

/* Parses a whole number from 'lo' to 'hi'; false when it is not one. */
bool cli_local_size(const char *s, long lo, long hi, long *out);

#endif
