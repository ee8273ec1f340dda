/* options.c - the option catalogue.  Each option is declared once, with
 * how its value is taken and its help text; getopt_long's table, the
 * parsing, the --help screen and the man-page check all come from here. */
#include <getopt.h>
#include <stddef.h>
#include <unistd.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "cli.h"
#include "local_options.h"

/* ---- how each option's value is taken ------------------------------- */

/* A word an option takes and the value it stands for. */
typedef struct cli_word {
    const char *word;
    int value;
} cli_word;

static const cli_word layout_words[] = {
    {"long", CT_INGEST_LONG}, {"wide-periods", CT_INGEST_WIDE_PERIODS},
    {"wide-offences", CT_INGEST_WIDE_OFFENCES}, {NULL, 0}};
static const cli_word by_words[] = {
    {"district", CT_INCIDENT_BY_DISTRICT}, {"lsoa", CT_INCIDENT_BY_LSOA},
    {"force", CT_INCIDENT_BY_FORCE}, {NULL, 0}};
static const cli_word od_test_words[] = {
    {"phi", CT_FUNNEL_OD_PHI}, {"chisq", CT_FUNNEL_OD_CHISQ}, {NULL, 0}};
static const cli_word on_mean_words[] = {
    {"break", CT_TREND_XMR_ON_MEAN_BREAK}, {"skip", CT_TREND_XMR_ON_MEAN_SKIP},
    {NULL, 0}};
static const cli_word two_in_three_words[] = {
    {"package", CT_TREND_XMR_TWO_IN_THREE_PACKAGE},
    {"mdc2023", CT_TREND_XMR_TWO_IN_THREE_MDC2023}, {NULL, 0}};
static const cli_word partial_words[] = {{"drop", 0}, {"keep", 1}, {NULL, 0}};
static const cli_word report_words[] = {
    {"md", CLI_REPORT_MD}, {"html", CLI_REPORT_HTML},
    {"both", CLI_REPORT_BOTH}, {NULL, 0}};

/* The enumerations a word is stored into through an int. */
_Static_assert(sizeof(ct_ingest_layout) == sizeof(int), "layout is an int");
_Static_assert(sizeof(ct_incident_by) == sizeof(int), "by is an int");
_Static_assert(sizeof(ct_funnel_od_test) == sizeof(int), "od-test is an int");
_Static_assert(sizeof(ct_trend_xmr_on_mean) == sizeof(int),
               "on-mean is an int");
_Static_assert(sizeof(ct_trend_xmr_two_in_three) == sizeof(int),
               "two-in-three is an int");

typedef enum take_kind {
    TAKE_TEXT,    /* the argument as given, into a const char * */
    TAKE_TRUE,    /* a flag that sets a bool */
    TAKE_FALSE,   /* a flag that clears a bool */
    TAKE_WORD,    /* one of 'words', its value into an int-sized enum */
    TAKE_CHECKED  /* checked and stored by take_checked */
} take_kind;

typedef struct cli_option {
    enum cli_opt id;          /* key returned by getopt_long */
    const char *name;         /* long name, without "--" */
    const char *arg;          /* argument name, or NULL for a flag */
    take_kind how;            /* how its value is taken */
    size_t field;             /* offsetof in cli_args (not TAKE_CHECKED) */
    const cli_word *words;    /* TAKE_WORD */
    const char *what;         /* a bad value's message: "WHAT 'v' is not ..." */
    const char *expected;     /* ... EXPECTED (TAKE_WORD: the words) */
    const char *help;         /* one line */
} cli_option;

#define TEXT(member) TAKE_TEXT, offsetof(cli_args, member), NULL, NULL, NULL
#define FLAG(member) TAKE_TRUE, offsetof(cli_args, member), NULL, NULL, NULL
#define CLEAR(member) TAKE_FALSE, offsetof(cli_args, member), NULL, NULL, NULL
#define WORD(member, words, what) \
    TAKE_WORD, offsetof(cli_args, member), words, what, NULL
#define CHECKED(what, expected) TAKE_CHECKED, 0, NULL, what, expected

/* Every option: its name, its argument, how its value is taken and its
 * help line (on a line of its own where the row would be too long). */
static const cli_option catalogue[] = {
    {OPT_COUNTS, "counts", "FILE", TEXT(counts), "counts file (default DIR/counts.csv; - for stdin)"},
    {OPT_POPULATION, "population", "FILE", TEXT(population), "populations (default DIR/population.csv if present)"},
    {OPT_PEERS, "peers", "FILE", TEXT(peers), "peer groups (default DIR/peers.csv if present)"},
    {OPT_AREAS, "areas", "FILE", TEXT(areas_file), "area hierarchy (default DIR/areas.csv if present)"},
    {OPT_LAYOUT, "layout", "L", WORD(ingest.layout, layout_words, "layout "),
     "counts layout: long (default), wide-periods, wide-offences"},
    {OPT_AREA_COLUMN, "area-column", "NAME", TEXT(ingest.area_column), "header of the area column"},
    {OPT_OFFENCE_COLUMN, "offence-column", "NAME", TEXT(ingest.offence_column), "header of the offence column"},
    {OPT_PERIOD_COLUMN, "period-column", "NAME", TEXT(ingest.period_column), "header of the period column"},
    {OPT_COUNT_COLUMN, "count-column", "NAME", TEXT(ingest.count_column), "header of the count column"},
    {OPT_POPULATION_COLUMN, "population-column", "NAME", TEXT(ingest.population_column),
     "header of the population column"},
    {OPT_OFFENCES, "offences", "LIST", TEXT(ingest.offences), "wide-offences: comma-separated offence columns"},
    {OPT_FILE_PERIOD, "file-period", "P", CHECKED("", "a period label"),
     "period of every row, for a file without a period column"},
    {OPT_POPULATION_PERIOD, "population-period", "P", CHECKED("", "a period label"),
     "period of every row of a population file without a period column"},
    {OPT_BLANK_AREA, "blank-area", "NAME", TEXT(ingest.blank_area), "name for rows whose area is empty (a total row)"},
    {OPT_SUM, "sum", NULL, FLAG(ingest.sum_duplicates), "add up rows that share area, offence and period"},
    {OPT_LATIN1, "latin1", NULL, FLAG(ingest.latin1), "read the input files as Latin-1 instead of UTF-8"},
    {OPT_PERIOD_TYPE, "period-type", "T", CHECKED("period type ", "year, fy, quarter, month or ye-MM"),
     "aggregate into year, fy, quarter, month or ye-MM"},
    {OPT_POP_RULE, "pop-rule", "R", CHECKED("population rule ", "june30, start or end"),
     "population year: june30 (default), start, end"},
    {OPT_AREA, "area", "NAME", CHECKED(NULL, NULL), "only this area (repeatable)"},
    {OPT_OFFENCE, "offence", "NAME", CHECKED(NULL, NULL), "only this offence (repeatable)"},
    {OPT_FORMAT, "format", "F", CHECKED("format ", "text, csv, md or json"),
     "text, csv, md or json (default text on a terminal, else csv)"},
    {OPT_OUTPUT, "output", "FILE", CHECKED(NULL, NULL), "write to FILE atomically instead of stdout"},
    {OPT_PER, "per", "N", CHECKED("rate base ", "a number above 0 and at most 1e9"), "rate base (default 1000)"},
    {OPT_LEVEL, "level", "L", CHECKED("level ", "95 or 99.8"), "confidence level: 95 (default) or 99.8"},
    {OPT_PERIOD, "period", "P", TEXT(query.period), "period to report (default the latest)"},
    {OPT_FROM, "from", "P", TEXT(query.from), "earlier period (default a year before --to)"},
    {OPT_TO, "to", "P", TEXT(query.to), "later period (default the latest)"},
    {OPT_BASE, "base", "P", TEXT(query.base), "also give long-term change from this base period"},
    {OPT_QUIET, "quiet", NULL, FLAG(quiet), "do not print warnings"},
    {OPT_NATIONAL, "national", "AREA", TEXT(national), "national comparator (default the root of areas.csv)"},
    {OPT_METHOD, "method", "M", TEXT(method), "fingertips (default), poisson, linear, mann-kendall, xmr or all"},
    {OPT_DATA, "data", "DIR", TEXT(data), "dataset to check claims against"},
    {OPT_CLAIMS, "claims", "FILE", TEXT(claims), "claims file (CSV) to check against --data"},
    {OPT_ANNOTATE, "annotate", NULL, FLAG(annotate), "print the text with a verdict marker after each claim"},
    {OPT_OUT, "out", "DIR", TEXT(out_dir), "folder for the charts (default plots; made if missing)"},
    {OPT_CHARTS, "charts", "LIST", CHECKED("chart list ", "a comma-separated list of peers, trend, funnel, xmr, overview"),
     "charts to draw: peers,trend,funnel,xmr,overview (default all)"},
    {OPT_RENDER, "render", "R", CHECKED("render ", "png, svg, pdf or none"),
     "png (default), svg, pdf, or none to write the scripts only"},
    {OPT_SOURCE, "source", "TEXT", TEXT(source),
     "the data's name in chart footnotes (default: the first line of DIR/source, else the folder's name)"},
    {OPT_JOBS, "jobs", "N", CHECKED("jobs ", "a whole number from 1 to 256"),
     "gnuplot processes at once (default one per processor, up to 8)"},
    {OPT_BY, "by", "AREA", WORD(by, by_words, "area "), "area of each row: district (default), lsoa or force"},
    {OPT_INCLUDE_ASB, "include-asb", NULL, FLAG(include_asb),
     "count anti-social behaviour rows too (left out by default)"},
    {OPT_SKIP_BAD, "skip-bad", NULL, FLAG(skip_bad),
     "skip malformed rows instead of stopping (the first 20 of a file shown)"},
    {OPT_NO_ZERO_FILL, "no-zero-fill", NULL, FLAG(no_zero_fill),
     "write no zero rows (by default every area x offence x month of the files' span where both occur gets a row, 0 if none)"},
    {OPT_PARTIAL, "partial", "P", CHECKED("partial ", "drop or keep"),
     "periods the files hold only part of: drop (default, with a warning) or keep (adds a months column)"},
    {OPT_OVERDISPERSION, "overdispersion", NULL, FLAG(funnel.overdispersion),
     "also give limits adjusted for over-dispersion (Spiegelhalter 2005)"},
    {OPT_OD_TEST, "od-test", "T", WORD(funnel.od_test, od_test_words, "over-dispersion test "),
     "when the adjustment applies: phi (phi > 1, default) or chisq"},
    {OPT_REBASE, "rebase", "P", CHECKED(NULL, NULL), "xmr: new mean and limits from period P on (repeatable)"},
    {OPT_FIX_AFTER, "fix-after", "N", CHECKED("--fix-after ", "a whole number from 12 to 1000000"),
     "xmr: limits from the first N points of each group (N >= 12)"},
    {OPT_ON_MEAN, "on-mean", "M", WORD(xmr.on_mean, on_mean_words, "--on-mean "),
     "xmr: a point on the mean breaks a run (break, default) or not (skip)"},
    {OPT_TWO_IN_THREE, "two-in-three", "R", WORD(xmr.two_in_three, two_in_three_words, "--two-in-three "),
     "xmr: 2-of-3 rule: package (default) or mdc2023"},
    {OPT_NO_SCREEN, "no-screen", NULL, CLEAR(xmr.screen), "xmr: keep large moving ranges (as the MDC spreadsheets)"},
    {OPT_TOLERANCE, "tolerance", "X", CHECKED("--tolerance ", "a number of 0 or more"),
     "xmr: a value within X of the mean counts as on it (default 0)"},
    {OPT_POPULATION_RULE, "population-rule", "R", CHECKED("population rule ", "exact, nearest or carry-forward"),
     "year without a published population: exact (default: left out), nearest, carry-forward"},
    {OPT_EXCLUDE_AREA, "exclude-area", "NAME", CHECKED(NULL, NULL),
     "leave this area out (repeatable; @FILE for one name a line)"},
    {OPT_STRICT, "strict", NULL, FLAG(query.strict),
     "stop (exit 3) at an area without a population instead of leaving it out"},
    {OPT_VERBOSE, "verbose", NULL, FLAG(verbose),
     "print every warning (more than 10 of a kind are otherwise summarised)"},
    {OPT_DOC_TYPE, "type", "T", CHECKED("type ", "text, html, pdf or auto"),
     "read FILE as text, html or pdf (default: by its content)"},
    {OPT_ENCODING, "encoding", "E", CHECKED("encoding ", "utf-8, windows-1252 or latin1"),
     "utf-8, windows-1252 or latin1 (default UTF-8, else Windows-1252)"},
    {OPT_MAX_SIZE, "max-size", "N", CHECKED("size ", "a number of bytes from 1 to 4G (K, M, G allowed)"),
     "largest input, in bytes or with K, M, G (default 256M)"},
    {OPT_HELP, "help", NULL, CHECKED(NULL, NULL), "show this help and exit"},
};

#define N_CATALOGUE (sizeof catalogue / sizeof catalogue[0])

static const cli_option *lookup(enum cli_opt id)
{
    for (size_t i = 0; i < N_CATALOGUE; i++)
        if (catalogue[i].id == id)
            return &catalogue[i];
    return NULL;
}

/* Where a command gives an option a meaning of its own, the help line
 * it shows instead of the catalogue's. */
static const struct {
    const char *command;
    enum cli_opt id;
    const char *help;
} own_helps[] = {
    {"assess", OPT_FORMAT, "md, html or both (default both)"},
    {"assess", OPT_OUT, "folder for report.md, report.html and charts/ "
                        "(default report)"},
    {"assess", OPT_PERIOD, "period to assess (default the latest)"},
    {"assess", OPT_AREA, "the county to assess (default the one whose "
                         "districts have peers)"},
    {"rates", OPT_PERIOD, "period to report (default the latest; 'all' for "
                          "every one)"},
    {"plot", OPT_FROM, "first period of the trend charts (default the "
                       "earliest)"},
    {"plot", OPT_OVERDISPERSION, "funnels: also draw the limits allowing "
                                 "for over-dispersion, dashed, and name the "
                                 "points outside them"},
    {"plot", OPT_TO, "last period charted (default the latest; --period "
                     "wins)"},
    {"aggregate", OPT_JOBS, "threads reading at once (default one per "
                            "processor, up to 8)"},
    {"aggregate", OPT_PERIOD_TYPE, "periods of the counts: month (default), "
                                   "quarter, year, fy or ye-MM"},
    {"aggregate", OPT_QUIET, "no summary, progress or warnings on stderr"},
    {"aggregate", OPT_LATIN1, "names are Latin-1 (converted to UTF-8); by "
                              "default a name that is not UTF-8 is an error"},
    {"trend", OPT_FROM, "first period of the series (default the earliest)"},
};

/* The help line of option 'c' in command 'cmd'. */
static const char *own_help(const cli_command *cmd, const cli_option *c)
{
    for (size_t i = 0; i < sizeof own_helps / sizeof own_helps[0]; i++)
        if (own_helps[i].id == c->id &&
            strcmp(own_helps[i].command, cmd->name) == 0)
            return own_helps[i].help;
    return c->help;
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
        fprintf(out, "  %-24s %s\n", left, own_help(cmd, c));
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

/* Whether 's' is a period label (the period itself is read later). */
static bool is_period(const char *s)
{
    ct_period p;
    return ct_period_parse(s, strlen(s), &p);
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

/* The words' value for 'v'; false when it is none of them. */
static bool pick_word(const cli_word *words, const char *v, int *out)
{
    for (; words->word != NULL; words++)
        if (strcmp(words->word, v) == 0) {
            *out = words->value;
            return true;
        }
    return false;
}

/* "a, b or c", the words an option takes, for its message. */
static void list_words(const cli_word *words, char *buf, size_t size)
{
    size_t n = 0, len = 0;
    while (words[n].word != NULL)
        n++;
    buf[0] = '\0';
    for (size_t i = 0; i < n && len < size; i++)
        len += (size_t)snprintf(buf + len, size - len, "%s%s",
                                i == 0 ? "" : i + 1 == n ? " or " : ", ",
                                words[i].word);
}

/* Adds 'v' to a repeatable option's list of at most CLI_MAX_FILTERS. */
static int add_to_list(const cli_command *cmd, const char *name,
                       const char **list, size_t *n, const char *v)
{
    if (*n == CLI_MAX_FILTERS)
        return cli_usage_error(cmd, "too many --%s options", name);
    list[(*n)++] = v;
    return -1;
}

#define BAD_VALUE (-2) /* take_checked: the value is not one it takes */
#define NOT_HERE (-3)  /* a step of take_checked: not one of its options */

/* The repeatable options: each value joins its list. */
static int take_repeated(const cli_command *cmd, cli_args *a,
                         enum cli_opt id, const char *v)
{
    switch ((int)id) { /* only its own options, so not every id */
    case OPT_AREA:
        a->query.areas = a->area_filter;
        return add_to_list(cmd, "area", a->area_filter, &a->query.n_areas, v);
    case OPT_OFFENCE:
        a->query.offences = a->offence_filter;
        return add_to_list(cmd, "offence", a->offence_filter,
                           &a->query.n_offences, v);
    case OPT_REBASE:
        return add_to_list(cmd, "rebase", a->rebase, &a->xmr.n_rebase, v);
    case OPT_EXCLUDE_AREA: return add_exclusions(cmd, a, v);
    default: return NOT_HERE;
    }
}

/* How the data is read and its rates worked out: periods, populations,
 * the rate base and the confidence level. */
static int take_data_value(const cli_command *cmd, cli_args *a,
                           enum cli_opt id, const char *v)
{
    int k;
    bool ok = true;
    switch ((int)id) { /* only its own options, so not every id */
    case OPT_FILE_PERIOD:
        ok = is_period(v);
        a->ingest.period = v;
        break;
    case OPT_POPULATION_PERIOD:
        ok = is_period(v);
        a->ingest.population_period = v;
        break;
    case OPT_PERIOD_TYPE:
        ok = a->has_period_type = ct_period_type_parse(v, &a->period_type);
        break;
    case OPT_POP_RULE: ok = ct_pop_rule_parse(v, &a->query.pop_rule); break;
    case OPT_PER:
        ok = parse_number(v, &a->query.per) && a->query.per > 0 &&
             a->query.per <= 1e9;
        break;
    case OPT_LEVEL: return parse_level(cmd, v, &a->query.confidence);
    case OPT_POPULATION_RULE:
        ok = ct_pop_fallback_parse(v, &a->pop_fallback);
        break;
    case OPT_PARTIAL:
        if ((ok = pick_word(partial_words, v, &k)))
            a->partial_keep = k == 1;
        break;
    default: return NOT_HERE;
    }
    return ok ? -1 : BAD_VALUE;
}

/* What is written and where: the format (assess writes reports, not
 * tables), the output file, the charts and how they are rendered, and
 * the help. */
static int take_output_value(const cli_command *cmd, cli_args *a,
                             enum cli_opt id, const char *v)
{
    long n;
    int k;
    bool ok = true;
    switch ((int)id) { /* only its own options, so not every id */
    case OPT_FORMAT:
        if (strcmp(cmd->name, "assess") == 0 && pick_word(report_words, v, &k)) {
            a->report_format = (cli_report_format)k;
        } else if (strcmp(cmd->name, "assess") == 0) {
            return cli_usage_error(cmd, "format '%s' is not md, html or both",
                                   v);
        } else {
            ok = ct_format_parse(v, &a->format);
        }
        a->has_format = ok;
        break;
    case OPT_OUTPUT:
        if (*v == '\0')
            return cli_usage_error(cmd, "--output needs a file name "
                                   "(or - for standard output)");
        a->output = v;
        break;
    case OPT_CHARTS: ok = ct_chart_parse_list(v, &a->charts); break;
    case OPT_RENDER:
        a->render = strcmp(v, "none") != 0;
        ok = !a->render || ct_gnuplot_terminal_parse(v, &a->terminal);
        break;
    case OPT_JOBS:
        if ((ok = cli_local_size(v, 1, 256, &n)))
            a->jobs = (int)n;
        break;
    case OPT_HELP:
        cli_print_help(cmd, stdout);
        return EXIT_OK;
    default: return NOT_HERE;
    }
    return ok ? -1 : BAD_VALUE;
}

/* The XmR chart's limits and the published documents a check reads. */
static int take_check_value(const cli_command *cmd, cli_args *a,
                            enum cli_opt id, const char *v)
{
    (void)cmd;
    long n;
    bool ok = true;
    switch ((int)id) { /* only its own options, so not every id */
    case OPT_FIX_AFTER:
        if ((ok = cli_local_size(v, 12, 1000000, &n)))
            a->xmr.fix_after = (size_t)n;
        break;
    case OPT_TOLERANCE:
        ok = parse_number(v, &a->xmr.tolerance) && a->xmr.tolerance >= 0;
        break;
    case OPT_DOC_TYPE: ok = ct_document_type_parse(v, &a->doc_type); break;
    case OPT_ENCODING:
        ok = ct_document_encoding_parse(v, &a->encoding);
        break;
    case OPT_MAX_SIZE: ok = parse_size(v, &a->max_size); break;
    default: return NOT_HERE;
    }
    return ok ? -1 : BAD_VALUE;
}

/* Checks and stores the value of a TAKE_CHECKED option, by the step that
 * owns it.  Returns -1 to go on, BAD_VALUE for a value the option does
 * not take, or the exit status to stop with (its message printed). */
static int take_checked(const cli_command *cmd, cli_args *a,
                        enum cli_opt id, const char *v)
{
    static int (*const steps[])(const cli_command *, cli_args *,
                                enum cli_opt, const char *) = {
        take_repeated, take_data_value, take_output_value, take_check_value,
    };
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        int st = steps[i](cmd, a, id, v);
        if (st != NOT_HERE)
            return st;
    }
    return -1;
}

/* Takes one option's value by its rule.  Returns -1 to go on or the exit
 * status to stop with. */
static int take_option(const cli_command *cmd, cli_args *a, enum cli_opt id,
                       const char *v)
{
    const cli_option *r = lookup(id);
    char *field = r != NULL ? (char *)a + r->field : NULL;
    char expected[160];
    int k, st = -1;
    if (r == NULL)
        return -1;
    switch (r->how) {
    case TAKE_TEXT: *(const char **)(void *)field = v; break;
    case TAKE_TRUE: *(bool *)(void *)field = true; break;
    case TAKE_FALSE: *(bool *)(void *)field = false; break;
    case TAKE_WORD:
        if (pick_word(r->words, v, &k))
            *(int *)(void *)field = k;
        else
            st = BAD_VALUE;
        break;
    case TAKE_CHECKED: st = take_checked(cmd, a, id, v); break;
    }
    if (st != BAD_VALUE)
        return st;
    if (r->how == TAKE_WORD)
        list_words(r->words, expected, sizeof expected);
    else
        snprintf(expected, sizeof expected, "%s", r->expected);
    return cli_usage_error(cmd, "%s'%s' is not %s", r->what, v, expected);
}

/* The defaults before any option is read. */
static void set_defaults(cli_args *a)
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
}

/* getopt_long's table for the options 'cmd' takes. */
static void long_options(const cli_command *cmd, struct option *longopts)
{
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
}

/* The message for what getopt_long did not take. */
static int unknown_option(const cli_command *cmd, char **argv)
{
    if (optopt != 0 && optopt < OPT_COUNTS)
        return cli_usage_error(cmd, "unknown option '-%c'", optopt);
    if (optopt >= OPT_COUNTS) {
        const cli_option *c = lookup((enum cli_opt)optopt);
        return cli_usage_error(cmd, c != NULL && c->arg == NULL
                               ? "option '%s' takes no argument"
                               : "option '%s' needs an argument",
                               argv[optind - 1]);
    }
    return cli_usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
}

/* After the options: the operands, the checks across options and the
 * format's default. */
static int finish(const cli_command *cmd, int argc, char **argv, cli_args *a)
{
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

static int parse(const cli_command *cmd, int argc, char **argv, cli_args *a)
{
    set_defaults(a);
    struct option longopts[N_CATALOGUE + 1];
    long_options(cmd, longopts);
    opterr = 0;
    optind = 1;
    int key;
    while ((key = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (key < OPT_COUNTS || lookup((enum cli_opt)key) == NULL)
            return unknown_option(cmd, argv);
        int st = take_option(cmd, a, (enum cli_opt)key, optarg);
        if (st >= 0)
            return st;
    }
    return finish(cmd, argc, argv, a);
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
