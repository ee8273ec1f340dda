/* cmd_assess.c - `crimetrend assess`: the strategic assessment of a county
 * in one command.  Loads the dataset (months are summed into calendar
 * years unless --period-type says otherwise), draws the charts as SVG into
 * OUT/charts, builds the document in the library and writes OUT/report.md
 * and OUT/report.html atomically. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Reads a whole file into memory; NULL when it cannot. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (len + n + 1 > cap) {
            size_t c = cap ? cap * 2 : 65536;
            while (c < len + n + 1)
                c *= 2;
            char *b = realloc(buf, c);
            if (b == NULL) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = b;
            cap = c;
        }
        memcpy(buf + len, chunk, n);
        len += n;
    }
    fclose(f);
    if (buf != NULL)
        buf[len] = '\0';
    return buf;
}

typedef struct svg_cache {
    const char *dir;     /* the report folder */
    char *last;          /* the SVG handed out last (freed on the next) */
} svg_cache;

/* Supplies a chart's SVG for inline embedding, without its XML
 * declaration. */
static const char *chart_svg(void *ctx, const char *chart)
{
    svg_cache *c = ctx;
    free(c->last);
    c->last = NULL;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", c->dir, chart);
    c->last = slurp(path);
    if (c->last == NULL)
        return NULL;
    char *svg = strstr(c->last, "<svg");
    return svg;
}

/* True when every period of the data is a single month. */
static bool monthly(const ct_dataset *ds)
{
    for (ct_id p = 0; p < ct_dataset_n_periods(ds); p++)
        if (ct_dataset_period(ds, p).n_months != 1)
            return false;
    return ct_dataset_n_periods(ds) > 0;
}

static int write_doc(const char *path, const ct_doc *doc, bool html,
                     svg_cache *svgs)
{
    cli_output o;
    int status = cli_output_open(&o, path);
    if (status != EXIT_OK)
        return status;
    ct_error err;
    ct_error_clear(&err);
    ct_status st = html ? ct_doc_write_html(doc, chart_svg, svgs, o.fp, &err)
                        : ct_doc_write_markdown(doc, o.fp, &err);
    if (st != CT_OK) {
        fprintf(stderr, "crimetrend: cannot write '%s': %s\n", path,
                strerror(errno));
        cli_output_abort(&o);
        return EXIT_IO;
    }
    return cli_output_commit(&o);
}

/* Sort order of the charts in the report: the overview, the funnel, then
 * each district's peer and trend charts. */
static int chart_rank(const char *name)
{
    static const char *const order[] = {"overview-", "funnel-", "peers-",
                                        "trend-"};
    for (int i = 0; i < 4; i++)
        if (strncmp(name, order[i], strlen(order[i])) == 0)
            return i;
    return 4;
}

static int cmp_charts(const void *a, const void *b)
{
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    int d = chart_rank(x) - chart_rank(y);
    return d != 0 ? d : strcmp(x, y);
}

/* The chart's title, from its script's "set label 100 '...'" line (the
 * title, in pieces joined by "\n" when wrapped; quotes doubled inside), as
 * its caption; the file name when there is none. */
static void chart_title(const char *dir, const char *svg, char *buf,
                        size_t size)
{
    char path[4096];
    size_t stem = strlen(svg) - 4; /* without ".svg" */
    snprintf(buf, size, "%s", svg);
    if (strlen(dir) + stem + 5 >= sizeof path)
        return;
    memcpy(path, dir, strlen(dir));
    path[strlen(dir)] = '/';
    memcpy(path + strlen(dir) + 1, svg, stem);
    memcpy(path + strlen(dir) + 1 + stem, ".gp", 4);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return;
    char *line = NULL;
    size_t cap = 0;
    static const char key[] = "set label 100 '";
    while (getline(&line, &cap, f) >= 0) {
        if (strncmp(line, key, sizeof key - 1) != 0)
            continue;
        const char *p = line + sizeof key - 1;
        size_t k = 0;
        for (;;) {
            for (; *p && k + 1 < size; p++) {
                if (*p == '\'') {
                    if (p[1] != '\'')
                        break;
                    p++;
                }
                buf[k++] = *p;
            }
            if (*p != '\'')
                break;
            /* A wrapped title goes on after . "\n" . 'next piece'. */
            const char *q = p + 1;
            while (*q == ' ' || *q == '.' || *q == '"' || *q == '\\' ||
                   *q == 'n')
                q++;
            if (*q != '\'' || q == p + 1 || k + 2 >= size)
                break;
            buf[k++] = ' ';
            p = q + 1;
        }
        buf[k] = '\0';
        break;
    }
    free(line);
    fclose(f);
}

/* Removes what an earlier run drew into 'dir', so the report shows only
 * the charts of this run. */
static void clear_charts(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return;
    struct dirent *e;
    char path[4096];
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        bool ours = (len > 4 && (strcmp(e->d_name + len - 4, ".svg") == 0 ||
                                 strcmp(e->d_name + len - 4, ".csv") == 0)) ||
                    (len > 3 && strcmp(e->d_name + len - 3, ".gp") == 0);
        if (ours && snprintf(path, sizeof path, "%s/%s", dir, e->d_name) <
                        (int)sizeof path)
            unlink(path);
    }
    closedir(d);
}

/* Draws the report's charts as SVG into OUT/charts by running the plot
 * command with the same dataset options, and adds them to the document.
 * Without gnuplot the report goes out without charts and says so. */
static int assess_charts(int argc, char **argv, const char *area,
                         const char *out_dir, ct_doc *doc)
{
    const cli_command *plot = cli_find_command("plot");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/charts", out_dir);
    char **pv = calloc((size_t)argc + 16, sizeof *pv);
    if (plot == NULL || pv == NULL) {
        free(pv);
        return EXIT_IO;
    }
    int n = 0;
    pv[n++] = (char *)"plot";
    static const char *const own[] = {"--format", "--base", "--out"};
    for (int i = 1; i < argc; i++) {
        bool skip = false;
        for (int k = 0; k < 3 && !skip; k++) {
            size_t len = strlen(own[k]);
            if (strcmp(argv[i], own[k]) == 0) {
                skip = true;
                i++; /* and its value */
            } else if (strncmp(argv[i], own[k], len) == 0 &&
                       argv[i][len] == '=') {
                skip = true;
            }
        }
        if (!skip)
            pv[n++] = argv[i];
    }
    bool has_area = false;
    for (int i = 1; i < n; i++)
        has_area |= strcmp(pv[i], "--area") == 0 ||
                    strncmp(pv[i], "--area=", 7) == 0;
    if (!has_area && area != NULL) {
        pv[n++] = (char *)"--area";
        pv[n++] = (char *)area;
    }
    pv[n++] = (char *)"--out";
    pv[n++] = dir;
    pv[n++] = (char *)"--render";
    pv[n++] = (char *)"svg";
    pv[n++] = (char *)"--charts";
    pv[n++] = (char *)"overview,funnel,peers,trend";
    pv[n++] = (char *)"--offence";
    pv[n++] = (char *)CT_ALL_CRIME;
    pv[n++] = (char *)"--quiet";
    clear_charts(dir);
    int status = plot->run(plot, n, pv);
    free(pv);
    DIR *d = opendir(dir);
    char **names = NULL;
    size_t n_names = 0, cap = 0;
    struct dirent *e;
    while (d != NULL && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".svg") != 0)
            continue;
        if (n_names == cap) {
            cap = cap ? cap * 2 : 32;
            char **g = realloc(names, cap * sizeof *names);
            if (g == NULL)
                break;
            names = g;
        }
        if ((names[n_names] = strdup(e->d_name)) != NULL)
            n_names++;
    }
    if (d != NULL)
        closedir(d);
    if (n_names > 0)
        qsort(names, n_names, sizeof *names, cmp_charts);
    for (size_t i = 0; i < n_names; i++) {
        char file[600], caption[512];
        chart_title(dir, names[i], caption, sizeof caption);
        snprintf(file, sizeof file, "charts/%s", names[i]);
        ct_doc_add_chart(doc, file, caption, NULL);
        free(names[i]);
    }
    free(names);
    return status;
}

static int run_assess(const cli_command *cmd, int argc, char **argv,
                      cli_args a)
{
    int status;
    if (a.query.n_areas > 1)
        return cli_usage_error(cmd, "assess takes one --area, the county");
    ct_dataset *ds = NULL;
    if ((status = cli_load_dataset(&a, &ds)) != EXIT_OK)
        return status;
    if (!a.has_period_type && monthly(ds)) {
        /* Monthly data is assessed by calendar year. */
        ct_period_type year;
        ct_period_type_parse("year", &year);
        ct_dataset *agg = NULL;
        ct_error err;
        ct_error_clear(&err);
        ct_status st = ct_dataset_aggregate(ds, year, &agg, cli_warn, &a,
                                            &err);
        ct_dataset_free(ds);
        if (st != CT_OK)
            return cli_report(&err);
        ds = agg;
    }
    const char *out_dir = a.out_dir ? a.out_dir : "report";
    if (mkdir(out_dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "crimetrend: cannot create '%s': %s\n", out_dir,
                strerror(errno));
        ct_dataset_free(ds);
        return EXIT_IO;
    }
    ct_assess_options o;
    memset(&o, 0, sizeof o);
    o.area = a.query.n_areas == 1 ? a.query.areas[0] : NULL;
    o.national = a.national;
    o.base = a.query.base;
    o.query = a.query;
    o.query.areas = NULL;
    o.query.n_areas = 0;
    ct_doc *doc = NULL;
    ct_error err;
    ct_error_clear(&err);
    ct_status st = ct_assess_build(ds, &o, &doc, &err);
    if (st != CT_OK) {
        status = st == CT_ERR_USAGE ? cli_usage_error(cmd, "%s", err.message)
                                    : cli_report(&err);
        ct_dataset_free(ds);
        return status;
    }
    status = assess_charts(argc, argv, ct_doc_area(doc), out_dir, doc);
    if (status != EXIT_OK)
        fprintf(stderr, "crimetrend: assess: some charts could not be "
                "drawn; the report goes out without them\n");
    svg_cache svgs = {out_dir, NULL};
    char path[4096];
    int st_md = EXIT_OK, st_html = EXIT_OK;
    if (a.report_format != CLI_REPORT_HTML) {
        snprintf(path, sizeof path, "%s/report.md", out_dir);
        st_md = write_doc(path, doc, false, &svgs);
    }
    if (a.report_format != CLI_REPORT_MD) {
        snprintf(path, sizeof path, "%s/report.html", out_dir);
        st_html = write_doc(path, doc, true, &svgs);
    }
    free(svgs.last);
    ct_doc_free(doc);
    ct_dataset_free(ds);
    if (st_md != EXIT_OK)
        return st_md;
    if (st_html != EXIT_OK)
        return st_html;
    return status;
}

int cmd_assess(const cli_command *cmd, int argc, char **argv)
{
    cli_args a;
    int status = cli_parse(cmd, argc, argv, &a);
    if (status < 0)
        status = run_assess(cmd, argc, argv, a);
    cli_args_free(&a);
    return status;
}
