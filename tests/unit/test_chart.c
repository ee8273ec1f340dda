/* test_chart.c - chart planning: the label layout (boxes from string
 * length and font size, never overlapping), and a batch of charts for
 * every London borough and offence checked from the planned charts: no
 * two labels overlap, every label lies inside the plot, every series drawn
 * has its legend entry and the legend fits above the footnotes.
 *
 * The London batch reads the Metropolitan Police borough counts and the
 * GLA 2017 populations from ../shared/data (as the london-* CLI cases);
 * it says so and passes when they are not beside the tree. */
#include "test_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/crimetrend.h"
#include "crimetrend/chart.h"
#include "crimetrend/gnuplot.h"

/* ---- text size and layout --------------------------------------------- */

/* 0.75 points a character, 1.5 points high: "Camden" at 8 points is
 * 6 x 6 = 36 by 12 pixels; UTF-8 counts characters ("Môn" is 3). */
static void test_text_size(void **state)
{
    (void)state;
    double w, h;
    ct_chart_text_size("Camden", 8, &w, &h);
    assert_float_equal(w, 36.0, 1e-9);
    assert_float_equal(h, 12.0, 1e-9);
    ct_chart_text_size("M\xc3\xb4n", 10, &w, &h);
    assert_float_equal(w, 22.5, 1e-9);
}

static void test_boxes_overlap(void **state)
{
    (void)state;
    ct_chart_box a = {0, 0, 10, 10}, b = {10, 0, 20, 10}, c = {9, 9, 12, 12};
    assert_false(ct_chart_boxes_overlap(&a, &b)); /* touching edges */
    assert_true(ct_chart_boxes_overlap(&a, &c));
    assert_true(ct_chart_boxes_overlap(&c, &b));
}

static ct_chart_box area_box(void)
{
    ct_chart_box a = {80, 40, 584, 364};
    return a;
}

/* The first label of a point goes to its right, 6 pixels away and centred
 * on it: "Camden" at (200, 200) -> x 206 to 242, y 194 to 206. */
static void test_first_label_goes_right(void **state)
{
    (void)state;
    ct_chart_label l = {.text = "Camden", .px = 200, .py = 200};
    assert_int_equal(ct_chart_place_labels(&l, 1, NULL, 0, area_box(), 8),
                     1);
    assert_true(l.placed);
    assert_false(l.leader);
    assert_float_equal(l.box.x0, 206, 1e-9);
    assert_float_equal(l.box.x1, 242, 1e-9);
    assert_float_equal(l.box.y0, 194, 1e-9);
    assert_float_equal(l.box.y1, 206, 1e-9);
}

/* Near the right edge the label goes to the left of its point. */
static void test_label_at_the_edge_goes_left(void **state)
{
    (void)state;
    ct_chart_label l = {.text = "Kensington and Chelsea", .px = 580,
                        .py = 200};
    ct_chart_place_labels(&l, 1, NULL, 0, area_box(), 8);
    assert_true(l.placed);
    assert_float_equal(l.box.x1, 574, 1e-9);
}

static void check_layout(const ct_chart_label *l, size_t n,
                         const ct_chart_box *avoid, size_t n_avoid,
                         ct_chart_box area)
{
    for (size_t i = 0; i < n; i++) {
        if (!l[i].placed)
            continue;
        assert_true(l[i].box.x0 >= area.x0 && l[i].box.x1 <= area.x1);
        assert_true(l[i].box.y0 >= area.y0 && l[i].box.y1 <= area.y1);
        for (size_t j = i + 1; j < n; j++)
            assert_false(l[j].placed &&
                         ct_chart_boxes_overlap(&l[i].box, &l[j].box));
        for (size_t j = 0; j < n_avoid; j++)
            assert_false(ct_chart_boxes_overlap(&l[i].box, &avoid[j]));
    }
}

/* Points on top of one another: each label finds its own place. */
static void test_labels_of_one_spot_do_not_overlap(void **state)
{
    (void)state;
    ct_chart_label l[4] = {{0}};
    const char *names[4] = {"Ealing", "Brent", "Harrow", "Barnet"};
    for (int i = 0; i < 4; i++) {
        l[i].text = names[i];
        l[i].px = 300;
        l[i].py = 200;
    }
    ct_chart_box dot = {296, 196, 304, 204};
    assert_int_equal(ct_chart_place_labels(l, 4, &dot, 1, area_box(), 8), 4);
    check_layout(l, 4, &dot, 1, area_box());
}

/* A crowd of 60 long labels on a 10 by 6 grid of points 12 pixels apart:
 * not all fit; those placed never overlap each other or any point, and
 * stay inside the plot. */
static void test_crowd_is_thinned_not_overlapped(void **state)
{
    (void)state;
    ct_chart_label l[60];
    ct_chart_box dots[60];
    memset(l, 0, sizeof l);
    for (int i = 0; i < 60; i++) {
        l[i].text = "Richmond upon Thames";
        l[i].px = 250 + 12 * (i % 10);
        l[i].py = 150 + 12 * (i / 10);
        ct_chart_box d = {l[i].px - 4, l[i].py - 4, l[i].px + 4,
                          l[i].py + 4};
        dots[i] = d;
    }
    size_t placed = ct_chart_place_labels(l, 60, dots, 60, area_box(), 8);
    assert_true(placed > 0 && placed < 60);
    check_layout(l, 60, dots, 60, area_box());
}

/* ---- trend charts start at the first period with data ------------------ */

static void feed(ct_dataset *ds,
                 ct_status (*fn)(ct_dataset *, FILE *, const char *,
                                 const ct_ingest_options *, ct_error *),
                 const char *text)
{
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(fn(ds, f, "t.csv", NULL, &err), CT_STATUS_OK);
    fclose(f);
}

/* Early in A's data (2016, 2017) there are no counts; B has every year. */
static ct_dataset *late_starter(void)
{
    ct_dataset *ds = ct_dataset_new();
    feed(ds, ct_ingest_counts,
         "area,offence,period,count\n"
         "A,Burglary,2018,50\nA,Burglary,2019,55\nA,Burglary,2020,60\n"
         "B,Burglary,2016,40\nB,Burglary,2017,42\nB,Burglary,2018,44\n"
         "B,Burglary,2019,46\nB,Burglary,2020,48\n");
    char pops[1024] = "area,period,population\n";
    for (int y = 2016; y <= 2020; y++)
        snprintf(pops + strlen(pops), sizeof pops - strlen(pops),
                 "A,%d,10000\nB,%d,12000\n", y, y);
    feed(ds, ct_ingest_population, pops);
    feed(ds, ct_ingest_areas, "area,parent\nA,C\nB,C\n");
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_dataset_roll_up(ds, NULL, NULL, &err), CT_STATUS_OK);
    return ds;
}

/* The title of the trend chart of 'area' planned for q. */
static void check_trend_title(const ct_tables_query *q, const char *area,
                              const char *title)
{
    ct_dataset *ds = late_starter();
    ct_chart_options opt;
    ct_chart_options_init(&opt);
    opt.charts = CT_CHART_TREND;
    ct_chart_set *set = NULL;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_chart_set_new(ds, NULL, q, &opt, &set, &err), CT_STATUS_OK);
    bool found = false;
    for (size_t i = 0; i < ct_chart_set_count(set); i++) {
        const ct_chart *c = ct_chart_set_chart(set, i);
        if (strcmp(c->area, area) == 0) {
            assert_string_equal(c->title, title);
            assert_string_equal(c->y_label, "Crimes per 1,000 residents");
            found = true;
        }
    }
    assert_true(found);
    ct_chart_set_free(set);
    ct_dataset_free(ds);
}

static void test_trend_starts_at_first_data(void **state)
{
    (void)state;
    ct_tables_query q;
    ct_tables_query_init(&q);
    check_trend_title(&q, "A", "Burglary in A, 2018 to 2020");
    check_trend_title(&q, "B", "Burglary in B, 2016 to 2020");
    q.from = "2019";
    check_trend_title(&q, "B", "Burglary in B, 2019 to 2020");
    q.from = NULL;
    q.to = "2019";
    check_trend_title(&q, "B", "Burglary in B, 2016 to 2019");
    check_trend_title(&q, "A", "Burglary in A, 2018 to 2019");
}

/* ---- the London batch -------------------------------------------------- */

#define MPS "../shared/data/london-mps/" \
            "MPS_Borough_Level_Crime_most_recent_24_months.csv"
#define GLA "../shared/data/london-gla/london-borough-profiles.csv"

static void ingest(ct_dataset *ds, const char *path,
                   ct_status (*fn)(ct_dataset *, FILE *, const char *,
                                   const ct_ingest_options *, ct_error *),
                   const ct_ingest_options *o)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    ct_error err = CT_ERROR_INIT;
    ct_status st = fn(ds, f, path, o, &err);
    if (st != CT_STATUS_OK)
        fprintf(stderr, "%s\n", err.message);
    assert_int_equal(st, CT_STATUS_OK);
    fclose(f);
}

/* The boroughs of the counts under "London"; Westminster and Harrow with
 * the project's test peer groups (tests/data/london/peers.csv). */
static ct_dataset *london(void)
{
    ct_dataset *ds = ct_dataset_new();
    ct_error err = CT_ERROR_INIT;
    ct_period_type year;
    assert_true(ct_period_type_parse("year", &year));
    ct_ingest_options o;
    memset(&o, 0, sizeof o);
    o.layout = CT_INGEST_WIDE_PERIODS;
    o.offence_column = "Major Category";
    o.sum_duplicates = true;
    ingest(ds, MPS, ct_ingest_counts, &o);
    memset(&o, 0, sizeof o);
    o.latin1 = true;
    o.population_column = "GLA_Population_Estimate_2017";
    o.population_period = "2017";
    ingest(ds, GLA, ct_ingest_population, &o);
    memset(&o, 0, sizeof o);
    ingest(ds, "tests/data/london/peers.csv", ct_ingest_peers, &o);
    /* areas.csv: every area of the counts (the boroughs, and the
     * airports' row) in London. */
    size_t n = ct_dataset_n_areas(ds), cap = 64 + 80 * n;
    char *tree = malloc(cap);
    assert_non_null(tree);
    strcpy(tree, "area,parent\n");
    for (ct_dataset_id a = 0; a < n; a++) {
        const char *name = ct_dataset_area_name(ds, a);
        if (strcmp(name, "London") == 0)
            continue;
        snprintf(tree + strlen(tree), cap - strlen(tree), "\"%s\",London\n",
                 name);
    }
    FILE *f = fmemopen(tree, strlen(tree), "r");
    memset(&o, 0, sizeof o);
    assert_int_equal(ct_ingest_areas(ds, f, "areas.csv", &o, &err), CT_STATUS_OK);
    fclose(f);
    free(tree);
    ct_dataset *years = NULL;
    assert_int_equal(ct_dataset_aggregate(ds, year, &years, NULL, NULL, &err),
                     CT_STATUS_OK);
    ct_dataset_free(ds);
    assert_int_equal(ct_dataset_roll_up(years, NULL, NULL, &err), CT_STATUS_OK);
    assert_int_equal(ct_dataset_add_total(years, &err), CT_STATUS_OK);
    return years;
}

/* The legend's bottom must stay within the plot's height, 6.5 lines of
 * 14.1 pixels above the bottom (gnuplot sets rows that do not fit in
 * further columns, off the chart). */
#define KEY_BOTTOM (CT_CHART_HEIGHT - 6.5 * 14.1)

typedef struct batch_stats {
    size_t charts, labels, placed, legend_entries;
} batch_stats;

/* Checks every chart of the set: labels, legend, and the script's plot
 * command, whose titled items must be the legend's entries, in order. */
static void check_set(const ct_chart_set *set, batch_stats *b)
{
    size_t n = ct_chart_set_count(set);
    for (size_t i = 0; i < n; i++) {
        const ct_chart *c = ct_chart_set_chart(set, i);
        b->charts++;
        /* Labels: inside the plot, pairwise apart. */
        for (size_t k = 0; k < c->n_labels; k++) {
            const ct_chart_label *l = &c->labels[k];
            b->labels++;
            if (!l->placed)
                continue;
            b->placed++;
            assert_true(l->box.x0 >= c->plot.x0 && l->box.x1 <= c->plot.x1);
            assert_true(l->box.y0 >= c->plot.y0 && l->box.y1 <= c->plot.y1);
            for (size_t j = k + 1; j < c->n_labels; j++)
                if (c->labels[j].placed &&
                    ct_chart_boxes_overlap(&l->box, &c->labels[j].box)) {
                    fprintf(stderr, "%s: '%s' overlaps '%s'\n", c->name,
                            l->text, c->labels[j].text);
                    fail();
                }
        }
        /* The legend: every entry a text, and room for all of them. */
        assert_true(c->n_legend > 0);
        b->legend_entries += c->n_legend;
        for (size_t k = 0; k < c->n_legend; k++)
            assert_true(c->legend[k] != NULL && c->legend[k][0] != '\0');
        if (c->key.y1 > KEY_BOTTOM) {
            fprintf(stderr, "%s: %zu legend entries reach %.0f px\n",
                    c->name, c->n_legend, c->key.y1);
            fail();
        }
        /* The script: as many titled plot items as legend entries, each
         * entry's text among them. */
        char *script = NULL, *d0 = NULL, *d1 = NULL;
        size_t l0, l1, l2;
        FILE *fs = open_memstream(&script, &l0);
        FILE *data[2] = {open_memstream(&d0, &l1), open_memstream(&d1, &l2)};
        ct_error err = CT_ERROR_INIT;
        assert_int_equal(ct_gnuplot_write_chart(set, i, CT_GNUPLOT_SVG, fs,
                                                data, &err), CT_STATUS_OK);
        fclose(fs);
        fclose(data[0]);
        fclose(data[1]);
        const char *plot = strstr(script, "\nplot ");
        assert_non_null(plot);
        size_t titled = 0;
        for (const char *p = plot; (p = strstr(p, " title ")) != NULL; p++)
            titled++;
        if (titled != c->n_legend) {
            fprintf(stderr, "%s: %zu titled series, %zu legend entries\n",
                    c->name, titled, c->n_legend);
            fail();
        }
        free(script);
        free(d0);
        free(d1);
    }
}

static void test_london_batch(void **state)
{
    (void)state;
    FILE *probe = fopen(MPS, "r");
    if (probe == NULL) {
        fprintf(stderr, "no ../shared/data beside the tree: London batch "
                "not run\n");
        return;
    }
    fclose(probe);
    ct_dataset *ds = london();
    batch_stats b = {0};
    /* Every borough and offence in 2017 (the year with populations); then
     * with a focal borough, whose peers the overview draws in colour; then
     * with the limits allowing for over-dispersion. */
    const char *focal[] = {"Westminster", "Harrow"};
    for (int run = 0; run < 4; run++) {
        ct_tables_query q;
        ct_tables_query_init(&q);
        q.period = "2017";
        if (run == 1 || run == 2) {
            q.areas = &focal[run - 1];
            q.n_areas = 1;
        }
        ct_chart_options opt;
        ct_chart_options_init(&opt);
        /* The last run with the over-dispersed limits drawn too. */
        opt.funnel.overdispersion = run == 3;
        opt.source = "Metropolitan Police Service, London Datastore";
        ct_chart_set *set = NULL;
        ct_error err = CT_ERROR_INIT;
        ct_status st = ct_chart_set_new(ds, NULL, &q, &opt, &set, &err);
        if (st != CT_STATUS_OK)
            fprintf(stderr, "%s\n", err.message);
        assert_int_equal(st, CT_STATUS_OK);
        check_set(set, &b);
        /* London's borough counts are over-dispersed: with the adjustment
         * every funnel draws the dashed limits and names fewer points. */
        for (size_t i = 0; run == 3 && i < ct_chart_set_count(set); i++) {
            const ct_chart *c = ct_chart_set_chart(set, i);
            if (c->kind != CT_CHART_FUNNEL)
                continue;
            bool dashed = false;
            for (size_t k = 0; k < c->n_legend; k++)
                dashed |= strcmp(c->legend[k], "99.8%, over-dispersed") == 0;
            assert_true(dashed);
        }
        ct_chart_set_free(set);
    }
    fprintf(stderr, "London batch: %zu charts, %zu labels planned, %zu "
            "placed, %zu legend entries\n", b.charts, b.labels, b.placed,
            b.legend_entries);
    /* 32 boroughs and the airports x 10 offence groups and all crime
     * have peer charts only for Westminster and Harrow; funnels and the
     * overview for London every run. */
    assert_true(b.charts > 30);
    assert_true(b.placed > 0);
    ct_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_size),
        cmocka_unit_test(test_boxes_overlap),
        cmocka_unit_test(test_first_label_goes_right),
        cmocka_unit_test(test_label_at_the_edge_goes_left),
        cmocka_unit_test(test_labels_of_one_spot_do_not_overlap),
        cmocka_unit_test(test_crowd_is_thinned_not_overlapped),
        cmocka_unit_test(test_trend_starts_at_first_data),
        cmocka_unit_test(test_london_batch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
