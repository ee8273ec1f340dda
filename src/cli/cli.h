/* cli.h - declarations shared by the command-line front end: exit
 * statuses, the option catalogue, and the helpers that open files, load a
 * dataset and write output atomically.  Only src/cli/ prints or exits. */
#ifndef CRIMETREND_CLI_H
#define CRIMETREND_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include "crimetrend/crimetrend.h"
#include "crimetrend/gnuplot.h"
#include "crimetrend/incident.h"

#define CT_VERSION "0.1.0"

/* Exit statuses, documented in --help, the man page and the README. */
enum cli_exit {
    EXIT_OK = 0,        /* success; for check, every claim was right */
    EXIT_WRONG = 1,     /* check found at least one wrong claim */
    EXIT_USAGE = 2,     /* unknown option, missing or bad argument */
    EXIT_INPUT = 3,     /* unreadable or bad input: a file that cannot be
                           opened, malformed CSV, unknown period, missing
                           population under --strict */
    EXIT_IO = 4,        /* cannot open, read, write or rename; no memory */
    EXIT_INTERNAL = 5   /* a bug, or a numerical failure */
};

/* Every option any command takes; each command lists the ones it takes. */
enum cli_opt {
    OPT_COUNTS = 256, OPT_POPULATION, OPT_PEERS, OPT_AREAS, OPT_LAYOUT,
    OPT_AREA_COLUMN, OPT_OFFENCE_COLUMN, OPT_PERIOD_COLUMN, OPT_COUNT_COLUMN,
    OPT_POPULATION_COLUMN, OPT_OFFENCES, OPT_FILE_PERIOD, OPT_BLANK_AREA,
    OPT_SUM, OPT_LATIN1, OPT_PERIOD_TYPE, OPT_POP_RULE, OPT_AREA, OPT_OFFENCE,
    OPT_FORMAT, OPT_OUTPUT, OPT_PER, OPT_LEVEL, OPT_PERIOD, OPT_FROM, OPT_TO,
    OPT_BASE, OPT_QUIET, OPT_HELP, OPT_NATIONAL, OPT_METHOD, OPT_DATA,
    OPT_CLAIMS, OPT_ANNOTATE, OPT_POPULATION_PERIOD, OPT_OUT, OPT_CHARTS,
    OPT_RENDER, OPT_JOBS, OPT_BY, OPT_INCLUDE_ASB, OPT_SKIP_BAD,
    OPT_NO_ZERO_FILL, OPT_PARTIAL,
    OPT_OVERDISPERSION, OPT_OD_TEST, OPT_REBASE, OPT_FIX_AFTER, OPT_ON_MEAN,
    OPT_TWO_IN_THREE, OPT_NO_SCREEN, OPT_TOLERANCE,
    OPT_POPULATION_RULE, OPT_EXCLUDE_AREA, OPT_STRICT, OPT_VERBOSE,
    OPT_SOURCE,
    OPT_DOC_TYPE, OPT_ENCODING, OPT_MAX_SIZE, OPT_END = 0
};

#define CLI_MAX_FILTERS 64

/* The files `assess` writes. */
typedef enum cli_report_format {
    CLI_REPORT_BOTH = 0,  /* report.md and report.html (default) */
    CLI_REPORT_MD,
    CLI_REPORT_HTML
} cli_report_format;

/* Parsed options of a table command. */
typedef struct cli_args {
    const char *dir;            /* dataset folder, counts file, or "-" */
    const char *counts;         /* --counts, or NULL for DIR/counts.csv */
    const char *population;     /* --population */
    const char *peers;          /* --peers */
    const char *areas_file;     /* --areas */
    ct_ingest_options ingest;   /* layout, column names, ... */
    bool has_period_type;       /* --period-type given */
    ct_period_type period_type; /* what to aggregate into */
    ct_tables_query query;             /* filters, base, level, periods */
    const char *area_filter[CLI_MAX_FILTERS];
    const char *offence_filter[CLI_MAX_FILTERS];
    const char **exclude;       /* --exclude-area names (owned copies) */
    size_t n_exclude;
    ct_pop_fallback pop_fallback; /* --population-rule */
    bool verbose;               /* --verbose: every warning */
    bool has_format;            /* --format given */
    ct_format format;           /* output format */
    const char *output;         /* --output FILE, or NULL for stdout */
    bool quiet;                 /* no warnings on stderr */
    const char *national;       /* compare: --national AREA */
    const char *method;         /* trend: --method NAME */
    const char *data;           /* check: --data DIR */
    const char *claims;         /* check: --claims FILE */
    bool annotate;              /* check: --annotate */
    ct_document_type doc_type;  /* check: --type (AUTO by default) */
    ct_document_encoding encoding; /* check: --encoding */
    size_t max_size;            /* check: --max-size in bytes, 0 default */
    cli_report_format report_format; /* assess: --format md|html|both */
    const char *out_dir;        /* plot: --out DIR, or NULL for "plots" */
    unsigned charts;            /* plot: ct_chart_kind bits (--charts) */
    bool render;                /* plot: run gnuplot (not --render none) */
    ct_gnuplot_terminal terminal; /* plot: --render png, svg or pdf */
    const char *source;         /* plot, assess: --source TEXT */
    int jobs;                   /* plot: gnuplot processes at once;
                                   aggregate: threads; 0 for one per
                                   processor */
    ct_incident_by by;          /* aggregate: --by */
    bool include_asb;           /* aggregate: --include-asb */
    bool skip_bad;              /* aggregate: --skip-bad */
    bool no_zero_fill;          /* aggregate: --no-zero-fill */
    bool partial_keep;          /* aggregate: --partial keep */
    char **inputs;              /* aggregate: every FILE|DIR argument */
    int n_inputs;               /* how many */
    ct_tables_funnel_options funnel;   /* funnel: --overdispersion, --od-test */
    ct_trend_xmr_options xmr;         /* trend --method xmr: --rebase,
                                   --fix-after, --on-mean, --two-in-three,
                                   --no-screen, --tolerance */
    const char *rebase[CLI_MAX_FILTERS];
} cli_args;

/* A subcommand: its name, one-line summary, usage line, option list and
 * entry point. */
typedef struct cli_command {
    const char *name;
    const char *summary;
    const char *usage;
    const enum cli_opt *options;  /* ends with OPT_END */
    int (*run)(const struct cli_command *cmd, int argc, char **argv);
} cli_command;

/* Parses argv for 'cmd' into 'a' (defaults first).  Returns -1 to go on,
 * or the exit status to stop with (0 after --help, 2 on a usage error,
 * with the message printed).  On -1 the caller frees 'a' with
 * cli_args_free; on a stop there is nothing left to free. */
int cli_parse(const cli_command *cmd, int argc, char **argv, cli_args *a);

/* A command's work once its options are parsed ('a' is freed after). */
typedef int (*cli_run_fn)(const cli_command *cmd, cli_args *a);

/* The body of a command: parses argv, runs 'run' and frees the options.
 * Returns the exit status. */
int cli_run(const cli_command *cmd, int argc, char **argv, cli_run_fn run);

/* Prints the --help text of 'cmd' to 'out'. */
void cli_print_help(const cli_command *cmd, FILE *out);

/* Prints "crimetrend: CMD: message" and the --help hint; returns 2. */
int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Prints a library error in GNU form and returns its exit status. */
int cli_report(const ct_error *err);

/* A library failure 'st': a usage error when the library says the call's
 * words were off (CT_STATUS_USAGE), else reported as cli_report does. */
int cli_fail(const cli_command *cmd, ct_status st, const ct_error *err);

/* Exit status for a library status. */
int cli_exit_status(ct_status st);

/* Warning sink for the library (ctx is the cli_args).  Warnings are held
 * and printed by cli_flush_warnings, grouped by kind (the message with
 * its quoted names and numbers set aside): a kind seen more than 10 times
 * is printed as one line with the count and the first three, unless
 * --verbose, which prints every warning as it comes; so is a warning
 * given with 'ctx' NULL. */
void cli_warn(void *ctx, const ct_error *w);

/* Prints the warnings held so far (see cli_warn) and forgets them.
 * Called before an error is printed and when a command ends. */
void cli_flush_warnings(void);

/* Opens an input file ("-" is standard input; '*shown' is then
 * "<stdin>").  Every command opens its inputs here, so a file that cannot
 * be opened gets the same message and exit status (3, unreadable input)
 * everywhere; the message is printed and '*status' set.  NULL on
 * failure. */
FILE *cli_open_input(const char *path, const char **shown, int *status);

/* The one message for an input that cannot be opened ('errnum' says why),
 * the same in every command; returns EXIT_INPUT. */
int cli_cannot_open(const char *path, int errnum);

/* Frees what cli_parse allocated in 'a'. */
void cli_args_free(cli_args *a);

/* Loads the dataset the arguments name: counts, then the optional
 * population, peers and areas files; aggregates and rolls up.  Returns an
 * exit status (0 on success, with '*out' owned by the caller). */
int cli_load_dataset(const cli_args *a, ct_dataset **out);

/* Writes 'table' to --output (atomically) or stdout, in the chosen format.
 * Returns an exit status. */
int cli_write_table(const cli_args *a, const ct_table *table);

/* Output files: a temporary file beside 'path', renamed over it by
 * cli_output_commit, removed by cli_output_abort. */
typedef struct cli_output {
    FILE *fp;          /* where to write */
    char *tmp;         /* temporary path (owned), NULL for stdout */
    const char *path;  /* final path, or NULL for stdout */
    bool direct;       /* writing in place: a device, pipe or link */
} cli_output;

int cli_output_open(cli_output *o, const char *path);

/* Temporaries removed if the run is stopped by SIGINT, SIGTERM or SIGHUP:
 * 'path' (kept by the caller until forgotten) is a file, or a folder of
 * files when 'folder' is true.  cleanup.c. */
void cli_cleanup_add(const char *path, bool folder);
void cli_cleanup_forget(const char *path);

/* A temporary name beside 'path' (".NAME.XXXXXX", for mkstemp) whose last
 * component fits in NAME_MAX however long the target's name is; the caller
 * frees it. */
char *cli_temp_name(const char *path);
int cli_output_commit(cli_output *o);
void cli_output_abort(cli_output *o);

/* Writes what a command produces into 'out'; CT_STATUS_OK, or the status with
 * 'err' set. */
typedef ct_status (*cli_fill)(FILE *out, const void *ctx, ct_error *err);

/* One output, the one way: opens 'path' (NULL for stdout) with
 * cli_output_open, lets 'fill' write it and commits; on failure removes
 * the partial output and reports it, out of memory as cli_report does and
 * anything else as "cannot write 'PATH': reason" (a failed write to stdout
 * is reported once, at exit, by cli_close_stdout).  Returns an exit
 * status. */
int cli_output_write(const char *path, cli_fill fill, const void *ctx);

/* Checks and closes stdout at exit; returns 4 when a write failed. */
int cli_close_stdout(void);

/* Subcommand entry points. */
int cmd_rates(const cli_command *cmd, int argc, char **argv);
int cmd_change(const cli_command *cmd, int argc, char **argv);
int cmd_compare(const cli_command *cmd, int argc, char **argv);
int cmd_trend(const cli_command *cmd, int argc, char **argv);
int cmd_funnel(const cli_command *cmd, int argc, char **argv);
int cmd_check(const cli_command *cmd, int argc, char **argv);
int cmd_plot(const cli_command *cmd, int argc, char **argv);
int cmd_assess(const cli_command *cmd, int argc, char **argv);
int cmd_aggregate(const cli_command *cmd, int argc, char **argv);
int cmd_project(const cli_command *cmd, int argc, char **argv);
int cmd_peers(const cli_command *cmd, int argc, char **argv);

/* The subcommand called 'name', or NULL. */
const cli_command *cli_find_command(const char *name);

/* Charts drawn by plot and assess (cmd_plot.c). */
typedef struct cli_charts {
    ct_chart_set *set;  /* the planned charts; NULL when planning failed */
    bool *drawn;        /* by chart: its image is in the folder */
    size_t n_drawn;
    bool written;       /* every script and data file is in the folder */
} cli_charts;

/* Longest data name read from DIR/source. */
#define CLI_SOURCE_MAX 256

/* The data's name for chart footnotes (--source, the first line of
 * DIR/source, or the dataset folder's name), in 'buf' or static; NULL
 * when there is none. */
const char *cli_chart_source(const cli_args *a, char *buf, size_t size);

/* Plans the charts of 'ds' (monthly 'months' for XmR charts, may be
 * NULL), writes their scripts and data into 'dir' (made if missing), and
 * when 'render_them' draws them with gnuplot on 'terminal', 'jobs'
 * processes at once (0: one per processor, up to 8).  Messages name 'cmd'.  Returns an exit status; '*out'
 * is set even on failure and freed with cli_charts_free. */
int cli_charts_draw(const cli_command *cmd, const ct_dataset *ds,
                    const ct_dataset *months, const ct_tables_query *q,
                    const ct_chart_options *opt, const char *dir,
                    bool render_them, ct_gnuplot_terminal terminal, int jobs,
                    cli_charts *out);

void cli_charts_free(cli_charts *c);

#endif
