/* options.c - the option catalogue.  Each option is declared once, with
 * its help text; getopt_long's table, the --help screen and the man-page
 * check all come from here. */
#include <getopt.h>
#include <unistd.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "cli.h"

typedef struct cli_option {
    enum cli_opt id;     /* key returned by getopt_long */
    const char *name;    /* long name, without "--" */
    const char *arg;     /* argument name, or NULL for a flag */
    const char *help;    /* one line */
} cli_option;

static const cli_option catalogue[] = {
    {OPT_COUNTS, "counts", "FILE", "counts file (default DIR/counts.csv; - for stdin)"},
    {OPT_POPULATION, "population", "FILE", "populations (default DIR/population.csv if present)"},
    {OPT_PEERS, "peers", "FILE", "peer groups (default DIR/peers.csv if present)"},
    {OPT_AREAS, "areas", "FILE", "area hierarchy (default DIR/areas.csv if present)"},
    {OPT_LAYOUT, "layout", "L", "counts layout: long (default), wide-periods, wide-offences"},
    {OPT_AREA_COLUMN, "area-column", "NAME", "header of the area column"},
    {OPT_OFFENCE_COLUMN, "offence-column", "NAME", "header of the offence column"},
    {OPT_PERIOD_COLUMN, "period-column", "NAME", "header of the period column"},
    {OPT_COUNT_COLUMN, "count-column", "NAME", "header of the count column"},
    {OPT_POPULATION_COLUMN, "population-column", "NAME", "header of the population column"},
    {OPT_OFFENCES, "offences", "LIST", "wide-offences: comma-separated offence columns"},
    {OPT_FILE_PERIOD, "file-period", "P", "period of every row, for a file without a period column"},
    {OPT_POPULATION_PERIOD, "population-period", "P", "period of every row of a population file without a period column"},
    {OPT_BLANK_AREA, "blank-area", "NAME", "name for rows whose area is empty (a total row)"},
    {OPT_SUM, "sum", NULL, "add up rows that share area, offence and period"},
    {OPT_LATIN1, "latin1", NULL, "read the input files as Latin-1 instead of UTF-8"},
    {OPT_PERIOD_TYPE, "period-type", "T", "aggregate into year, fy, quarter, month or ye-MM"},
    {OPT_POP_RULE, "pop-rule", "R", "population year: june30 (default), start, end"},
    {OPT_AREA, "area", "NAME", "only this area (repeatable)"},
    {OPT_OFFENCE, "offence", "NAME", "only this offence (repeatable)"},
    {OPT_FORMAT, "format", "F", "text, csv, md or json (default text on a terminal, else csv)"},
    {OPT_OUTPUT, "output", "FILE", "write to FILE atomically instead of stdout"},
    {OPT_PER, "per", "N", "rate base (default 1000)"},
    {OPT_LEVEL, "level", "L", "confidence level: 95 (default) or 99.8"},
    {OPT_PERIOD, "period", "P", "period to report (default the latest)"},
    {OPT_FROM, "from", "P", "earlier period (default a year before --to)"},
    {OPT_TO, "to", "P", "later period (default the latest)"},
    {OPT_BASE, "base", "P", "also give long-term change from this base period"},
    {OPT_QUIET, "quiet", NULL, "do not print warnings"},
    {OPT_NATIONAL, "national", "AREA", "national comparator (default the root of areas.csv)"},
    {OPT_METHOD, "method", "M", "fingertips (default), poisson, linear, mann-kendall, xmr or all"},
    {OPT_DATA, "data", "DIR", "dataset to check claims against"},
    {OPT_CLAIMS, "claims", "FILE", "claims file (CSV) to check against --data"},
    {OPT_ANNOTATE, "annotate", NULL, "print the text with a verdict marker after each claim"},
    {OPT_OUT, "out", "DIR", "folder for the charts (default plots; made if missing)"},
    {OPT_CHARTS, "charts", "LIST", "charts to draw: peers,trend,funnel,xmr,overview (default all)"},
    {OPT_RENDER, "render", "R", "png (default), svg, pdf, or none to write the scripts only"},
    {OPT_SOURCE, "source", "TEXT", "the data's name in chart footnotes (default: the first line of DIR/source, else the folder's name)"},
    {OPT_JOBS, "jobs", "N", "gnuplot processes at once (default one per processor, up to 8)"},
    {OPT_BY, "by", "AREA", "area of each row: district (default), lsoa or force"},
    {OPT_INCLUDE_ASB, "include-asb", NULL, "count anti-social behaviour rows too (left out by default)"},
    {OPT_SKIP_BAD, "skip-bad", NULL, "skip malformed rows instead of stopping (the first 20 of a file shown)"},
    {OPT_NO_ZERO_FILL, "no-zero-fill", NULL, "write no zero rows (by default every area x offence x month of the files' span where both occur gets a row, 0 if none)"},
    {OPT_PARTIAL, "partial", "P", "periods the files hold only part of: drop (default, with a warning) or keep (adds a months column)"},
    {OPT_OVERDISPERSION, "overdispersion", NULL, "also give limits adjusted for over-dispersion (Spiegelhalter 2005)"},
    {OPT_OD_TEST, "od-test", "T", "when the adjustment applies: phi (phi > 1, default) or chisq"},
    {OPT_REBASE, "rebase", "P", "xmr: new mean and limits from period P on (repeatable)"},
    {OPT_FIX_AFTER, "fix-after", "N", "xmr: limits from the first N points of each group (N >= 12)"},
    {OPT_ON_MEAN, "on-mean", "M", "xmr: a point on the mean breaks a run (break, default) or not (skip)"},
    {OPT_TWO_IN_THREE, "two-in-three", "R", "xmr: 2-of-3 rule: package (default) or mdc2023"},
    {OPT_NO_SCREEN, "no-screen", NULL, "xmr: keep large moving ranges (as the MDC spreadsheets)"},
    {OPT_TOLERANCE, "tolerance", "X", "xmr: a value within X of the mean counts as on it (default 0)"},
    {OPT_POPULATION_RULE, "population-rule", "R", "year without a published population: exact (default: left out), nearest, carry-forward"},
    {OPT_EXCLUDE_AREA, "exclude-area", "NAME", "leave this area out (repeatable; @FILE for one name a line)"},
    {OPT_STRICT, "strict", NULL, "stop (exit 3) at an area without a population instead of leaving it out"},
    {OPT_VERBOSE, "verbose", NULL, "print every warning (more than 10 of a kind are otherwise summarised)"},
    {OPT_DOC_TYPE, "type", "T", "read FILE as text, html or pdf (default: by its content)"},
    {OPT_ENCODING, "encoding", "E", "utf-8, windows-1252 or latin1 (default UTF-8, else Windows-1252)"},
    {OPT_MAX_SIZE, "max-size", "N", "largest input, in bytes or with K, M, G (default 256M)"},
    {OPT_HELP, "help", NULL, "show this help and exit"},
};

#define N_CATALOGUE (sizeof catalogue / sizeof catalogue[0])

static const cli_option *lookup(enum cli_opt id)
{
    for (size_t i = 0; i < N_CATALOGUE; i++)
        if (catalogue[i].id == id)
            return &catalogue[i];
    return NULL;
}

void cli_print_help(const cli_command *cmd, FILE *out)
{
    fprintf(out, "Usage: crimetrend %s\n%s.\n\nOptions:\n", cmd->usage,
            cmd->summary);
    for (const enum cli_opt *o = cmd->options; *o != OPT_END; o++) {
        const cli_option *c = lookup(*o);
        char left[64];
        snprintf(left, sizeof left, "--%s%s%s", c->name, c->arg ? " " : "",
                 c->arg ? c->arg : "");
        const char *help = c->help;
        /* assess gives two options a meaning of its own. */
        if (strcmp(cmd->name, "assess") == 0 && c->id == OPT_FORMAT)
            help = "md, html or both (default both)";
        else if (strcmp(cmd->name, "assess") == 0 && c->id == OPT_OUT)
            help = "folder for report.md, report.html and charts/ "
                   "(default report)";
        else if (strcmp(cmd->name, "assess") == 0 && c->id == OPT_PERIOD)
            help = "period to assess (default the latest)";
        else if (strcmp(cmd->name, "rates") == 0 && c->id == OPT_PERIOD)
            help = "period to report (default the latest; 'all' for every "
                   "one)";
        else if (strcmp(cmd->name, "plot") == 0 && c->id == OPT_FROM)
            help = "first period of the trend charts (default the earliest)";
        else if (strcmp(cmd->name, "plot") == 0 &&
                 c->id == OPT_OVERDISPERSION)
            help = "funnels: also draw the limits allowing for "
                   "over-dispersion, dashed, and name the points outside them";
        else if (strcmp(cmd->name, "plot") == 0 && c->id == OPT_TO)
            help = "last period charted (default the latest; --period "
                   "wins)";
        else if (strcmp(cmd->name, "assess") == 0 && c->id == OPT_AREA)
            help = "the county to assess (default the one whose districts "
                   "have peers)";
        else if (strcmp(cmd->name, "aggregate") == 0 && c->id == OPT_JOBS)
            help = "threads reading at once (default one per processor, "
                   "up to 8)";
        else if (strcmp(cmd->name, "aggregate") == 0 &&
                 c->id == OPT_PERIOD_TYPE)
            help = "periods of the counts: month (default), quarter, year, "
                   "fy or ye-MM";
        else if (strcmp(cmd->name, "aggregate") == 0 && c->id == OPT_QUIET)
            help = "no summary, progress or warnings on stderr";
        else if (strcmp(cmd->name, "aggregate") == 0 && c->id == OPT_LATIN1)
            help = "names are Latin-1 (converted to UTF-8); by default a "
                   "name that is not UTF-8 is an error";
        else if (strcmp(cmd->name, "trend") == 0 && c->id == OPT_FROM)
            help = "first period of the series (default the earliest)";
        fprintf(out, "  %-24s %s\n", left, help);
    }
    if (strcmp(cmd->name, "trend") == 0)
        fputs("\nMethods:\n"
              "  fingertips  the recent-trend marker on the last five "
              "consecutive annual\n"
              "              periods (named in marker_periods; a gap before "
              "them is allowed)\n"
              "  poisson     log-linear regression of counts with a "
              "log-population offset;\n"
              "              prints the dispersion (Pearson chi-squared / "
              "(n - 2)); the annual\n"
              "              change's interval is the Poisson Wald "
              "interval exp(b -/+ z se) - 1,\n"
              "              or, when the dispersion exceeds 1, the "
              "quasi-Poisson t interval\n"
              "              exp(b -/+ t(n-2) se sqrt(dispersion)) - 1; "
              "change_interval says\n"
              "              which; poisson_p is the Wald p, quasi_p the "
              "quasi-Poisson t p\n"
              "  xmr         NHSRplotthedots 0.2.2: R's mean, moving ranges "
              "of 3.267 AMR or\n"
              "              more screened out once, limits mean +/- 2.66 "
              "AMR; rules: outside,\n"
              "              trend of 7, 2 of 3, shift of 7 (a point on the "
              "mean breaks it)\n", out);
    fputs(strcmp(cmd->name, "check") == 0
              ? "\nExit status: 0 every claim consistent, 1 at least one "
                "inconsistent, 2 usage error,\n3 unreadable input, 4 "
                "input/output error, 5 internal error.\n"
              : "\nExit status: 0 success, 2 usage error, 3 bad input data, "
                "4 input/output error, 5 internal error.\n", out);
}

int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "crimetrend: %s: ", cmd->name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "; try 'crimetrend %s --help'\n", cmd->name);
    return EXIT_USAGE;
}

static bool parse_number(const char *s, double *out)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end != '\0' || !isfinite(v))
        return false;
    *out = v;
    return true;
}

/* A size in bytes: digits, then optionally K, M or G (powers of 1024). */
static bool parse_size(const char *s, size_t *out)
{
    char *end;
    if (*s < '0' || *s > '9')
        return false;
    unsigned long long v = strtoull(s, &end, 10);
    unsigned long long mult = 1;
    if (*end == 'K' || *end == 'k')
        mult = 1ULL << 10;
    else if (*end == 'M' || *end == 'm')
        mult = 1ULL << 20;
    else if (*end == 'G' || *end == 'g')
        mult = 1ULL << 30;
    if (mult != 1)
        end++;
    if (*end != '\0' || v == 0 || v > (4ULL << 30) / mult)
        return false;
    *out = (size_t)(v * mult);
    return true;
}

static int parse_level(const cli_command *cmd, const char *s, double *conf)
{
    if (strcmp(s, "95") == 0 || strcmp(s, "0.95") == 0)
        *conf = 0.95;
    else if (strcmp(s, "99.8") == 0 || strcmp(s, "0.998") == 0)
        *conf = 0.998;
    else
        return cli_usage_error(cmd, "level '%s' is not 95 or 99.8", s);
    return -1;
}

/* Adds one name, or with @FILE every non-blank line of FILE that does not
 * start with '#' (read through cli_open_input, so an unreadable list fails
 * as any input does).  Every name is a copy owned by 'a'. */
static int add_exclusion(cli_args *a, const char *name, size_t n)
{
    const char **v = realloc(a->exclude, (a->n_exclude + 1) * sizeof *v);
    char *copy = v != NULL ? strndup(name, n) : NULL;
    if (v != NULL)
        a->exclude = v;
    if (copy == NULL) {
        fputs("crimetrend: out of memory\n", stderr);
        return EXIT_IO;
    }
    a->exclude[a->n_exclude++] = copy;
    a->query.exclude = a->exclude;
    a->query.n_exclude = a->n_exclude;
    return -1;
}

static int add_exclusions(const cli_command *cmd, cli_args *a, const char *v)
{
    if (v[0] != '@')
        return v[0] == '\0'
                   ? cli_usage_error(cmd, "--exclude-area needs a name")
                   : add_exclusion(a, v, strlen(v));
    const char *shown;
    int status = EXIT_OK;
    FILE *f = cli_open_input(v + 1, &shown, &status);
    if (f == NULL)
        return status;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    status = -1;
    while (status < 0 && (n = getline(&line, &cap, f)) >= 0) {
        char *s = line;
        while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' ||
                         s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        while (n > 0 && (*s == ' ' || *s == '\t')) {
            s++;
            n--;
        }
        if (n > 0 && *s != '#')
            status = add_exclusion(a, s, (size_t)n);
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return status;
}

void cli_args_free(cli_args *a)
{
    for (size_t i = 0; i < a->n_exclude; i++)
        free((char *)a->exclude[i]);
    free(a->exclude);
    a->exclude = NULL;
    a->n_exclude = 0;
}

static int parse(const cli_command *cmd, int argc, char **argv, cli_args *a)
{
    memset(a, 0, sizeof *a);
    ct_ingest_options_init(&a->ingest);
    ct_tables_query_init(&a->query);
    ct_trend_xmr_options_init(&a->xmr);
    a->funnel.overdispersion = false;
    a->funnel.od_test = CT_FUNNEL_OD_PHI;
    a->ingest.warn = cli_warn;
    a->ingest.warn_ctx = a;
    a->query.warn = cli_warn;
    a->query.warn_ctx = a;
    a->charts = CT_CHART_ALL;
    a->render = true;
    a->terminal = CT_GNUPLOT_PNG;
    struct option longopts[N_CATALOGUE + 1];
    size_t n = 0;
    for (const enum cli_opt *o = cmd->options; *o != OPT_END; o++) {
        const cli_option *c = lookup(*o);
        longopts[n].name = c->name;
        longopts[n].has_arg = c->arg ? required_argument : no_argument;
        longopts[n].flag = NULL;
        longopts[n].val = (int)c->id;
        n++;
    }
    memset(&longopts[n], 0, sizeof longopts[n]);
    opterr = 0;
    optind = 1;
    int key;
    while ((key = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        const char *v = optarg;
        int st = -1;
        switch ((enum cli_opt)key) {
        case OPT_COUNTS: a->counts = v; break;
        case OPT_POPULATION: a->population = v; break;
        case OPT_PEERS: a->peers = v; break;
        case OPT_AREAS: a->areas_file = v; break;
        case OPT_LAYOUT:
            if (strcmp(v, "long") == 0)
                a->ingest.layout = CT_INGEST_LONG;
            else if (strcmp(v, "wide-periods") == 0)
                a->ingest.layout = CT_INGEST_WIDE_PERIODS;
            else if (strcmp(v, "wide-offences") == 0)
                a->ingest.layout = CT_INGEST_WIDE_OFFENCES;
            else
                return cli_usage_error(cmd, "layout '%s' is not long, "
                                       "wide-periods or wide-offences", v);
            break;
        case OPT_AREA_COLUMN: a->ingest.area_column = v; break;
        case OPT_OFFENCE_COLUMN: a->ingest.offence_column = v; break;
        case OPT_PERIOD_COLUMN: a->ingest.period_column = v; break;
        case OPT_COUNT_COLUMN: a->ingest.count_column = v; break;
        case OPT_POPULATION_COLUMN: a->ingest.population_column = v; break;
        case OPT_OFFENCES: a->ingest.offences = v; break;
        case OPT_FILE_PERIOD:
            {
                ct_period p;
                if (!ct_period_parse(v, strlen(v), &p))
                    return cli_usage_error(cmd, "'%s' is not a period label",
                                           v);
                a->ingest.period = v;
            }
            break;
        case OPT_BLANK_AREA: a->ingest.blank_area = v; break;
        case OPT_POPULATION_PERIOD:
            {
                ct_period p;
                if (!ct_period_parse(v, strlen(v), &p))
                    return cli_usage_error(cmd, "'%s' is not a period label",
                                           v);
                a->ingest.population_period = v;
            }
            break;
        case OPT_SUM: a->ingest.sum_duplicates = true; break;
        case OPT_LATIN1: a->ingest.latin1 = true; break;
        case OPT_PERIOD_TYPE:
            if (!ct_period_type_parse(v, &a->period_type))
                return cli_usage_error(cmd, "period type '%s' is not year, "
                                       "fy, quarter, month or ye-MM", v);
            a->has_period_type = true;
            break;
        case OPT_POP_RULE:
            if (!ct_pop_rule_parse(v, &a->query.pop_rule))
                return cli_usage_error(cmd, "population rule '%s' is not "
                                       "june30, start or end", v);
            break;
        case OPT_AREA:
            if (a->query.n_areas == CLI_MAX_FILTERS)
                return cli_usage_error(cmd, "too many --area options");
            a->area_filter[a->query.n_areas++] = v;
            a->query.areas = a->area_filter;
            break;
        case OPT_OFFENCE:
            if (a->query.n_offences == CLI_MAX_FILTERS)
                return cli_usage_error(cmd, "too many --offence options");
            a->offence_filter[a->query.n_offences++] = v;
            a->query.offences = a->offence_filter;
            break;
        case OPT_FORMAT:
            if (strcmp(cmd->name, "assess") == 0) {
                /* The report's formats, not a table's. */
                if (strcmp(v, "md") == 0)
                    a->report_format = CLI_REPORT_MD;
                else if (strcmp(v, "html") == 0)
                    a->report_format = CLI_REPORT_HTML;
                else if (strcmp(v, "both") == 0)
                    a->report_format = CLI_REPORT_BOTH;
                else
                    return cli_usage_error(cmd, "format '%s' is not md, html "
                                           "or both", v);
                a->has_format = true;
                break;
            }
            if (!ct_format_parse(v, &a->format))
                return cli_usage_error(cmd, "format '%s' is not text, csv, "
                                       "md or json", v);
            a->has_format = true;
            break;
        case OPT_OUTPUT:
            if (*v == '\0')
                return cli_usage_error(cmd, "--output needs a file name "
                                       "(or - for standard output)");
            a->output = v;
            break;
        case OPT_PER:
            if (!parse_number(v, &a->query.per) || !(a->query.per > 0) ||
                a->query.per > 1e9)
                return cli_usage_error(cmd, "rate base '%s' is not a number "
                                       "above 0 and at most 1e9", v);
            break;
        case OPT_LEVEL:
            if ((st = parse_level(cmd, v, &a->query.confidence)) >= 0)
                return st;
            break;
        case OPT_PERIOD: a->query.period = v; break;
        case OPT_FROM: a->query.from = v; break;
        case OPT_TO: a->query.to = v; break;
        case OPT_BASE: a->query.base = v; break;
        case OPT_QUIET: a->quiet = true; break;
        case OPT_NATIONAL: a->national = v; break;
        case OPT_SOURCE: a->source = v; break;
        case OPT_METHOD: a->method = v; break;
        case OPT_DATA: a->data = v; break;
        case OPT_CLAIMS: a->claims = v; break;
        case OPT_ANNOTATE: a->annotate = true; break;
        case OPT_OUT: a->out_dir = v; break;
        case OPT_CHARTS:
            if (!ct_chart_parse_list(v, &a->charts))
                return cli_usage_error(cmd, "chart list '%s' is not a "
                                       "comma-separated list of peers, "
                                       "trend, funnel, xmr, overview", v);
            break;
        case OPT_RENDER:
            a->render = strcmp(v, "none") != 0;
            if (a->render && !ct_gnuplot_terminal_parse(v, &a->terminal))
                return cli_usage_error(cmd, "render '%s' is not png, svg, "
                                       "pdf or none", v);
            break;
        case OPT_JOBS:
            {
                char *end;
                long jobs = strtol(v, &end, 10);
                if (end == v || *end != '\0' || jobs < 1 || jobs > 256)
                    return cli_usage_error(cmd, "jobs '%s' is not a whole "
                                           "number from 1 to 256", v);
                a->jobs = (int)jobs;
            }
            break;
        case OPT_BY:
            if (strcmp(v, "district") == 0)
                a->by = CT_INCIDENT_BY_DISTRICT;
            else if (strcmp(v, "lsoa") == 0)
                a->by = CT_INCIDENT_BY_LSOA;
            else if (strcmp(v, "force") == 0)
                a->by = CT_INCIDENT_BY_FORCE;
            else
                return cli_usage_error(cmd, "area '%s' is not district, "
                                       "lsoa or force", v);
            break;
        case OPT_INCLUDE_ASB: a->include_asb = true; break;
        case OPT_POPULATION_RULE:
            if (!ct_pop_fallback_parse(v, &a->pop_fallback))
                return cli_usage_error(cmd, "population rule '%s' is not "
                                       "exact, nearest or carry-forward", v);
            break;
        case OPT_EXCLUDE_AREA:
            if ((st = add_exclusions(cmd, a, v)) >= 0)
                return st;
            break;
        case OPT_STRICT: a->query.strict = true; break;
        case OPT_VERBOSE: a->verbose = true; break;
        case OPT_SKIP_BAD: a->skip_bad = true; break;
        case OPT_NO_ZERO_FILL: a->no_zero_fill = true; break;
        case OPT_PARTIAL:
            if (strcmp(v, "keep") == 0 || strcmp(v, "drop") == 0)
                a->partial_keep = strcmp(v, "keep") == 0;
            else
                return cli_usage_error(cmd, "partial '%s' is not drop or "
                                       "keep", v);
        case OPT_OVERDISPERSION: a->funnel.overdispersion = true; break;
        case OPT_OD_TEST:
            if (strcmp(v, "phi") == 0)
                a->funnel.od_test = CT_FUNNEL_OD_PHI;
            else if (strcmp(v, "chisq") == 0)
                a->funnel.od_test = CT_FUNNEL_OD_CHISQ;
            else
                return cli_usage_error(cmd, "over-dispersion test '%s' is "
                                       "not phi or chisq", v);
            break;
        case OPT_REBASE:
            if (a->xmr.n_rebase == CLI_MAX_FILTERS)
                return cli_usage_error(cmd, "too many --rebase options");
            a->rebase[a->xmr.n_rebase++] = v;
            break;
        case OPT_FIX_AFTER:
            {
                char *end;
                long fix = strtol(v, &end, 10);
                if (end == v || *end != '\0' || fix < 12 || fix > 1000000)
                    return cli_usage_error(cmd, "--fix-after '%s' is not a "
                                           "whole number from 12 to "
                                           "1000000", v);
                a->xmr.fix_after = (size_t)fix;
            }
            break;
        case OPT_ON_MEAN:
            if (strcmp(v, "break") == 0)
                a->xmr.on_mean = CT_TREND_XMR_ON_MEAN_BREAK;
            else if (strcmp(v, "skip") == 0)
                a->xmr.on_mean = CT_TREND_XMR_ON_MEAN_SKIP;
            else
                return cli_usage_error(cmd, "--on-mean '%s' is not break or "
                                       "skip", v);
            break;
        case OPT_TWO_IN_THREE:
            if (strcmp(v, "package") == 0)
                a->xmr.two_in_three = CT_TREND_XMR_TWO_IN_THREE_PACKAGE;
            else if (strcmp(v, "mdc2023") == 0)
                a->xmr.two_in_three = CT_TREND_XMR_TWO_IN_THREE_MDC2023;
            else
                return cli_usage_error(cmd, "--two-in-three '%s' is not "
                                       "package or mdc2023", v);
            break;
        case OPT_NO_SCREEN: a->xmr.screen = false; break;
        case OPT_TOLERANCE:
            if (!parse_number(v, &a->xmr.tolerance) ||
                !(a->xmr.tolerance >= 0))
                return cli_usage_error(cmd, "--tolerance '%s' is not a "
                                       "number of 0 or more", v);
            break;
        case OPT_DOC_TYPE:
            if (!ct_document_type_parse(v, &a->doc_type))
                return cli_usage_error(cmd, "type '%s' is not text, html, "
                                       "pdf or auto", v);
            break;
        case OPT_ENCODING:
            if (!ct_document_encoding_parse(v, &a->encoding))
                return cli_usage_error(cmd, "encoding '%s' is not utf-8, "
                                       "windows-1252 or latin1", v);
            break;
        case OPT_MAX_SIZE:
            if (!parse_size(v, &a->max_size))
                return cli_usage_error(cmd, "size '%s' is not a number of "
                                       "bytes from 1 to 4G (K, M, G "
                                       "allowed)", v);
            break;
        case OPT_HELP:
            cli_print_help(cmd, stdout);
            return EXIT_OK;
        case OPT_END:
            break;
        default:
            if (optopt != 0 && optopt < OPT_COUNTS)
                return cli_usage_error(cmd, "unknown option '-%c'", optopt);
            if (optopt >= OPT_COUNTS) {
                const cli_option *c = lookup((enum cli_opt)optopt);
                return cli_usage_error(cmd, c != NULL && c->arg == NULL
                                       ? "option '%s' takes no argument"
                                       : "option '%s' needs an argument",
                                       argv[optind - 1]);
            }
            return cli_usage_error(cmd, "unknown option '%s'",
                                   argv[optind - 1]);
        }
    }
    if (strcmp(cmd->name, "aggregate") == 0) {
        /* Any number of files and folders. */
        a->inputs = argv + optind;
        a->n_inputs = argc - optind;
        optind = argc;
    }
    if (optind < argc)
        a->dir = argv[optind++];
    if (optind < argc)
        return cli_usage_error(cmd, "unexpected argument '%s'", argv[optind]);
    if (a->ingest.offences != NULL &&
        a->ingest.layout != CT_INGEST_WIDE_OFFENCES)
        return cli_usage_error(cmd, "--offences names the offence columns of "
                               "--layout wide-offences; to keep some "
                               "offences use --offence");
    if (!a->has_format) {
        a->format = CT_FORMAT_TEXT;
        const char *dot = a->output ? strrchr(a->output, '.') : NULL;
        if (dot != NULL)
            ct_format_parse(dot[1] == 'm' && dot[2] == 'd' && !dot[3]
                                ? "md" : dot + 1, &a->format);
        else if (a->output == NULL && !isatty(fileno(stdout)))
            a->format = CT_FORMAT_CSV;
    }
    return -1;
}

int cli_parse(const cli_command *cmd, int argc, char **argv, cli_args *a)
{
    int status = parse(cmd, argc, argv, a);
    /* A command that stops here has nothing left for it to free. */
    if (status >= 0)
        cli_args_free(a);
    return status;
}

int cli_run(const cli_command *cmd, int argc, char **argv, cli_run_fn run)
{
    cli_args a;
    int status = cli_parse(cmd, argc, argv, &a);
    if (status >= 0)
        return status;
    status = run(cmd, &a);
    cli_args_free(&a);
    return status;
}
