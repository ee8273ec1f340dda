/* main.c - the crimetrend command: the table of subcommands, --help and
 * --version, and the final check that everything written to stdout got
 * there. */
#include <stdio.h>
#include <string.h>

#include "cli.h"


/* Options every command that reads a dataset takes. */
#define LOAD_OPTIONS \
    OPT_COUNTS, OPT_POPULATION, OPT_PEERS, OPT_AREAS, OPT_LAYOUT, \
    OPT_AREA_COLUMN, OPT_OFFENCE_COLUMN, OPT_PERIOD_COLUMN, \
    OPT_COUNT_COLUMN, OPT_POPULATION_COLUMN, OPT_OFFENCES, OPT_FILE_PERIOD, \
    OPT_POPULATION_PERIOD, \
    OPT_BLANK_AREA, OPT_SUM, OPT_LATIN1, OPT_PERIOD_TYPE, OPT_POP_RULE, \
    OPT_POPULATION_RULE, OPT_EXCLUDE_AREA, OPT_STRICT, OPT_VERBOSE

/* Options of every command that writes a table. */
#define TABLE_OPTIONS \
    OPT_AREA, OPT_OFFENCE, OPT_FORMAT, OPT_OUTPUT, OPT_QUIET, OPT_HELP

static const enum cli_opt rates_options[] = {
    OPT_PERIOD, OPT_PER, OPT_LEVEL, TABLE_OPTIONS, LOAD_OPTIONS, OPT_END
};

static const enum cli_opt change_options[] = {
    OPT_FROM, OPT_TO, OPT_BASE, OPT_PER, OPT_LEVEL, TABLE_OPTIONS,
    LOAD_OPTIONS, OPT_END
};

static const enum cli_opt compare_options[] = {
    OPT_PERIOD, OPT_NATIONAL, OPT_PER, OPT_LEVEL, TABLE_OPTIONS,
    LOAD_OPTIONS, OPT_END
};

static const enum cli_opt trend_options[] = {
    OPT_FROM, OPT_TO, OPT_METHOD, OPT_PER, OPT_LEVEL, OPT_REBASE,
    OPT_FIX_AFTER, OPT_ON_MEAN, OPT_TWO_IN_THREE, OPT_NO_SCREEN,
    OPT_TOLERANCE, TABLE_OPTIONS, LOAD_OPTIONS, OPT_END
};

static const enum cli_opt funnel_options[] = {
    OPT_PERIOD, OPT_PER, OPT_OVERDISPERSION, OPT_OD_TEST, TABLE_OPTIONS,
    LOAD_OPTIONS, OPT_END
};

static const enum cli_opt check_options[] = {
    OPT_DATA, OPT_CLAIMS, OPT_ANNOTATE, OPT_DOC_TYPE, OPT_ENCODING,
    OPT_MAX_SIZE, OPT_FORMAT, OPT_OUTPUT, OPT_QUIET,
    OPT_HELP, LOAD_OPTIONS, OPT_END
};

static const enum cli_opt plot_options[] = {
    OPT_OUT, OPT_CHARTS, OPT_RENDER, OPT_JOBS, OPT_PERIOD, OPT_NATIONAL,
    OPT_PER, OPT_LEVEL, OPT_AREA, OPT_OFFENCE, OPT_QUIET, OPT_HELP,
    OPT_FROM, OPT_TO, OPT_SOURCE, OPT_OVERDISPERSION, OPT_OD_TEST,
    LOAD_OPTIONS, OPT_END
};

static const enum cli_opt assess_options[] = {
    OPT_AREA, OPT_PERIOD, OPT_BASE, OPT_NATIONAL, OPT_OUT, OPT_FORMAT,
    OPT_PER, OPT_LEVEL, OPT_QUIET, OPT_HELP, OPT_SOURCE, LOAD_OPTIONS,
    OPT_END
};

static const enum cli_opt aggregate_options[] = {
    OPT_BY, OPT_PERIOD_TYPE, OPT_PARTIAL, OPT_NO_ZERO_FILL, OPT_INCLUDE_ASB,
    OPT_SKIP_BAD, OPT_LATIN1, OPT_JOBS, OPT_OUTPUT, OPT_QUIET, OPT_HELP,
    OPT_END
};

static const enum cli_opt project_options[] = {
    OPT_PERIOD, OPT_PER, OPT_LEVEL, TABLE_OPTIONS, LOAD_OPTIONS, OPT_END
};

static const enum cli_opt peers_options[] = {
    OPT_OUTPUT, OPT_QUIET, OPT_HELP, OPT_COUNTS, OPT_POPULATION, OPT_LAYOUT,
    OPT_AREA_COLUMN, OPT_OFFENCE_COLUMN, OPT_PERIOD_COLUMN,
    OPT_COUNT_COLUMN, OPT_POPULATION_COLUMN, OPT_OFFENCES, OPT_FILE_PERIOD,
    OPT_POPULATION_PERIOD, OPT_BLANK_AREA, OPT_SUM, OPT_LATIN1,
    OPT_PERIOD_TYPE, OPT_POP_RULE, OPT_PERIOD, OPT_OFFENCE, OPT_PER, OPT_END
};

static const cli_command commands[] = {
    {"rates", "Crime rates per 1,000 (or any base) with confidence intervals",
     "rates [DIR] [--period P] [--per N] [--level 95|99.8] [OPTION]...",
     rates_options, cmd_rates},
    {"change", "Change between two periods: absolute, %, rates, rate ratio "
     "and its significance",
     "change [DIR] [--from P] [--to P] [--base P] [OPTION]...",
     change_options, cmd_change},
    {"compare", "Each area against its most similar areas and the nation, "
     "with the direction of its trend",
     "compare [DIR] [--period P] [--national AREA] [--level 95|99.8] "
     "[OPTION]...",
     compare_options, cmd_compare},
    {"trend", "Trend over a series of periods: Fingertips marker, Poisson "
     "and linear regression, Mann-Kendall, XmR",
     "trend [DIR] [--from P] [--to P] [--method M] [OPTION]...",
     trend_options, cmd_trend},
    {"funnel", "Every area's rate against the pooled rate with 95% and "
     "99.8% funnel limits",
     "funnel [DIR] --offence O [--period P] [OPTION]...",
     funnel_options, cmd_funnel},
    {"check", "Check the figures a text or claims file publishes: "
     "consistent, and if not, why",
     "check [FILE] [--data DIR] [--claims FILE] [--annotate] [OPTION]...",
     check_options, cmd_check},
    {"plot", "Charts for every district and offence as gnuplot scripts and "
     "data, rendered in batches",
     "plot [DIR] [--out DIR] [--charts LIST] [--render png|svg|pdf|none] "
     "[--jobs N] [OPTION]...",
     plot_options, cmd_plot},
    {"assess", "The strategic assessment of a county: executive summary, "
     "tables and charts as Markdown and HTML",
     "assess [DIR] [--area COUNTY] [--period P] [--base P] [--out DIR] "
     "[--format md|html|both] [OPTION]...",
     assess_options, cmd_assess},
    {"aggregate", "Counts by area, crime type and month from police.uk "
     "street-level files (zip archives as downloaded, folders, plain or "
     "gzip), with zero rows",
     "aggregate FILE|DIR|ZIP|-... [--by district|lsoa|force] "
     "[--period-type T] [--partial drop|keep] [--no-zero-fill] "
     "[--include-asb] [--skip-bad] [--latin1] [--jobs N] [--output FILE]",
     aggregate_options, cmd_aggregate},
    {"project", "Next period's expected count with a 95% prediction "
     "interval if the recent trend holds; --backtest",
     "project [DIR] [--window N] [--backtest] [--period P] [OPTION]...",
     project_options, cmd_project},
    {"peers", "Peer groups (most similar areas) from the areas' own "
     "characteristics, as the peers.csv compare reads",
     "peers COVARIATES [--k N] [--standardise zscore|rank] "
     "[--weights equal|regression|NAME=W,...] [--distances FILE] "
     "[--output peers.csv] [OPTION]...",
     peers_options, cmd_peers},
};

#define N_COMMANDS (sizeof commands / sizeof commands[0])

const cli_command *cli_find_command(const char *name)
{
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

static void print_help(FILE *out)
{
    fputs("Usage: crimetrend COMMAND [DIR] [OPTION]...\n"
          "Rates, change and comparisons for police-recorded crime.\n\n"
          "Commands:\n", out);
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("\nDIR is a dataset folder holding counts.csv and optionally "
          "population.csv,\npeers.csv and areas.csv.  "
          "'crimetrend COMMAND --help' lists a command's options.\n\n"
          "  --help     show this help and exit\n"
          "  --version  show the version and exit\n\n"
          "Exit status: 0 success, 1 check found a wrong claim, 2 usage "
          "error,\n3 bad input data, 4 input/output error, 5 internal "
          "error.\n", out);
}

int main(int argc, char **argv)
{
    ct_stats_init();
    if (argc < 2) {
        fputs("crimetrend: no command given; try 'crimetrend --help'\n",
              stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 ||
        strcmp(name, "help") == 0) {
        print_help(stdout);
        return cli_close_stdout();
    }
    if (strcmp(name, "--version") == 0) {
        printf("crimetrend %s\n", CT_VERSION);
        return cli_close_stdout();
    }
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(name, commands[i].name) == 0) {
            int status = commands[i].run(&commands[i], argc - 1, argv + 1);
            cli_flush_warnings();
            int closed = cli_close_stdout();
            return status != EXIT_OK ? status : closed;
        }
    fprintf(stderr, "crimetrend: unknown command '%s'; try 'crimetrend "
            "--help'\n", name);
    return EXIT_USAGE;
}
