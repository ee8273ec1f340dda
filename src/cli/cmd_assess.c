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
    for (ct_dataset_id p = 0; p < ct_dataset_n_periods(ds); p++)
        if (ct_dataset_period(ds, p).n_months != 1)
            return false;
    return ct_dataset_n_periods(ds) > 0;
}

typedef struct doc_fill {
    const ct_doc *doc;
    bool html;
    svg_cache *svgs;
} doc_fill;

static ct_status fill_doc(FILE *out, const void *ctx, ct_error *err)
{
    const doc_fill *d = ctx;
    return d->html ? ct_doc_write_html(d->doc, chart_svg, d->svgs, out, err)
                   : ct_doc_write_markdown(d->doc, out, err);
}

static int write_doc(const char *path, const ct_doc *doc, bool html,
                     svg_cache *svgs)
{
    doc_fill d = {doc, html, svgs};
    return cli_output_write(path, fill_doc, &d);
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

/* Draws the report's charts as SVG into OUT/charts through the same
 * planner and renderer as the plot command (the overview and funnel of
 * the county, each district's peer and trend charts, all crime), and adds
 * each chart drawn to the document with its planned title as caption.
 * Without gnuplot the report goes out without charts and says so. */
static int assess_charts(const cli_command *cmd, const cli_args *a,
                         ct_dataset *ds, const char *area,
                         const char *out_dir, ct_doc *doc)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/charts", out_dir);
    ct_tables_query q = a->query;
    const char *all = CT_DATASET_ALL_CRIME;
    if (q.n_areas == 0 && area != NULL) {
        q.areas = &area;
        q.n_areas = 1;
    }
    if (ct_dataset_find_offence(ds, CT_DATASET_ALL_CRIME) != CT_DATASET_NO_ID) {
        q.offences = &all;
        q.n_offences = 1;
    }
    ct_chart_options opt;
    ct_chart_options_init(&opt);
    char source[CLI_SOURCE_MAX];
    opt.source = cli_chart_source(a, source, sizeof source);
    opt.national = a->national;
    opt.charts = CT_CHART_OVERVIEW | CT_CHART_FUNNEL | CT_CHART_PEERS |
                 CT_CHART_TREND;
    opt.warn = NULL; /* the report's own warnings cover the data */
    clear_charts(dir);
    cli_charts charts;
    int status = cli_charts_draw(cmd, ds, NULL, &q, &opt, dir, true,
                                 CT_GNUPLOT_SVG, 0, &charts);
    size_t n = charts.set != NULL ? ct_chart_set_count(charts.set) : 0;
    /* The report's order: overview, funnel, then each district's peer and
     * trend charts, by file name within a kind. */
    static const ct_chart_kind order[] = {CT_CHART_OVERVIEW, CT_CHART_FUNNEL,
                                          CT_CHART_PEERS, CT_CHART_TREND};
    const char **names = calloc(n + 1, sizeof *names);
    size_t *index = calloc(n + 1, sizeof *index);
    for (size_t k = 0; k < 4 && names != NULL && index != NULL; k++) {
        size_t m = 0;
        for (size_t i = 0; i < n; i++) {
            const ct_chart *c = ct_chart_set_chart(charts.set, i);
            if (c->kind == order[k] && charts.drawn[i]) {
                names[m] = c->name;
                index[m++] = i;
            }
        }
        for (size_t x = 1; x < m; x++)
            for (size_t y = x; y > 0 && strcmp(names[y], names[y - 1]) < 0;
                 y--) {
                const char *tn = names[y];
                names[y] = names[y - 1];
                names[y - 1] = tn;
                size_t ti = index[y];
                index[y] = index[y - 1];
                index[y - 1] = ti;
            }
        for (size_t x = 0; x < m; x++) {
            const ct_chart *c = ct_chart_set_chart(charts.set, index[x]);
            char file[600];
            snprintf(file, sizeof file, "charts/%s.svg", c->name);
            ct_doc_add_chart(doc, file, c->title, NULL);
        }
    }
    if (n > 0 && (names == NULL || index == NULL))
        status = EXIT_IO;
    free(names);
    free(index);
    if (status == EXIT_OK && charts.n_drawn < n)
        status = EXIT_IO;
    cli_charts_free(&charts);
    return status;
}

static int run_assess(const cli_command *cmd, cli_args *a)
{
    int status;
    if (a->query.n_areas > 1)
        return cli_usage_error(cmd, "assess takes one --area, the county");
    ct_dataset *ds = NULL;
    if ((status = cli_load_dataset(a, &ds)) != EXIT_OK)
        return status;
    if (!a->has_period_type && monthly(ds)) {
        /* Monthly data is assessed by calendar year. */
        ct_period_type year;
        ct_period_type_parse("year", &year);
        ct_dataset *agg = NULL;
        ct_error err = CT_ERROR_INIT;
        ct_status st = ct_dataset_aggregate(ds, year, &agg, cli_warn, a,
                                            &err);
        ct_dataset_free(ds);
        if (st != CT_STATUS_OK)
            return cli_report(&err);
        ds = agg;
    }
    const char *out_dir = a->out_dir ? a->out_dir : "report";
    if (mkdir(out_dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "crimetrend: cannot create '%s': %s\n", out_dir,
                strerror(errno));
        ct_dataset_free(ds);
        return EXIT_IO;
    }
    ct_assess_options o;
    memset(&o, 0, sizeof o);
    o.area = a->query.n_areas == 1 ? a->query.areas[0] : NULL;
    o.national = a->national;
    o.base = a->query.base;
    o.query = a->query;
    o.query.areas = NULL;
    o.query.n_areas = 0;
    ct_doc *doc = NULL;
    ct_error err = CT_ERROR_INIT;
    ct_status st = ct_assess_build(ds, &o, &doc, &err);
    if (st != CT_STATUS_OK) {
        status = cli_fail(cmd, st, &err);
        ct_dataset_free(ds);
        return status;
    }
    status = assess_charts(cmd, a, ds, ct_doc_area(doc), out_dir, doc);
    if (status != EXIT_OK)
        fprintf(stderr, "crimetrend: assess: some charts could not be "
                "drawn; the report goes out without them\n");
    svg_cache svgs = {out_dir, NULL};
    char path[4096];
    int st_md = EXIT_OK, st_html = EXIT_OK;
    if (a->report_format != CLI_REPORT_HTML) {
        snprintf(path, sizeof path, "%s/report.md", out_dir);
        st_md = write_doc(path, doc, false, &svgs);
    }
    if (a->report_format != CLI_REPORT_MD) {
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
    return cli_run(cmd, argc, argv, run_assess);
}
