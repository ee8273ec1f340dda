/* test_assess.c - the sentences of the assessment: each template of
 * ct_sentence_write with its edge cases (the same period twice, no
 * change, a change from 0, a change under half a per cent, a trend from
 * too few points, figures that make no sense), and a whole report whose
 * only period would once have read "in 2017 and 2017". */
#include "test_cells_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/crimetrend.h"

static const char *write(const ct_sentence *s)
{
    static char buf[512];
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_sentence_write(s, buf, sizeof buf, &err), CT_STATUS_OK);
    return buf;
}

/* The sentence on Shoplifting's change from 'n0' in 'p0' to 'n1' in
 * 'p1', and the sentence on Burglary's trend. */
#define SHOPLIFTING(p0_, p1_, n0_, n1_) \
    {.kind = CT_SENTENCE_CHANGE, .subject = "Shoplifting", .p0 = (p0_), \
     .p1 = (p1_), .n0 = (n0_), .n1 = (n1_)}
#define BURGLARY_TREND(direction_, points_, needed_) \
    {.kind = CT_SENTENCE_TREND, .subject = "Burglary", \
     .direction = (direction_), .points = (points_), \
     .points_needed = (needed_)}

/* Each template of ct_sentence_write and its edge cases: the sentence's
 * fields and the words expected. */
static const struct sentence_case {
    const char *name;
    ct_sentence s;
    const char *want;
} sentence_cases[] = {
    /* 34,556 over 683,200 residents per 1,000 = 50.580...: 50.6. */
    {"recorded, with a rate",
     {.kind = CT_SENTENCE_RECORDED, .area = "Oxfordshire", .p1 = "2015",
      .n1 = 34556, .rate = 34556.0 / 683200.0 * 1000.0, .per = 1000},
     "In 2015 the police recorded 34,556 crimes in Oxfordshire, a rate of "
     "50.6 per 1,000 residents."},
    /* Without a population: no rate; one crime is singular. */
    {"recorded, one crime and no rate",
     {.kind = CT_SENTENCE_RECORDED, .area = "Oxfordshire", .p1 = "2015", .n1 = 1,
      .rate = NAN, .per = 1000},
     "In 2015 the police recorded 1 crime in Oxfordshire."},
    {"no total",
     {.kind = CT_SENTENCE_NO_TOTAL, .area = "Oxfordshire", .p1 = "2015", .n1 = 1,
      .rate = NAN, .per = 1000},
     "The data has no complete total of recorded crime for Oxfordshire in "
     "2015."},
    /* 5,542 / 4,372 - 1 = 26.76%: 27%. */
    {"change, a rise", SHOPLIFTING("2023", "2024", 4372, 5542),
     "Shoplifting rose from 4,372 in 2023 to 5,542 in 2024, an increase of "
     "27%."},
    /* 900 / 1,000 - 1 = -10%. */
    {"change, a fall", SHOPLIFTING("2023", "2024", 1000, 900),
     "Shoplifting fell from 1,000 in 2023 to 900 in 2024, a fall of 10%."},
    /* 1,003 / 1,000 - 1 = 0.3%: under half a per cent, one place. */
    {"change under half a per cent", SHOPLIFTING("2023", "2024", 1000, 1003),
     "Shoplifting rose from 1,000 in 2023 to 1,003 in 2024, an increase of "
     "0.3%."},
    /* From 0: no per cent. */
    {"change from 0", SHOPLIFTING("2023", "2024", 0, 7),
     "Shoplifting rose from 0 in 2023 to 7 in 2024."},
    {"no change", SHOPLIFTING("2023", "2024", 820923, 820923),
     "Shoplifting stayed at 820,923 in both 2023 and 2024."},
    /* The same period twice is one figure, never "in 2017 and 2017". */
    {"the same period twice", SHOPLIFTING("2017", "2017", 820923, 820923),
     "Shoplifting was 820,923 in 2017."},
    {"no earlier period", SHOPLIFTING(NULL, "2017", 820923, 820923),
     "Shoplifting was 820,923 in 2017."},
    /* Two points where five are needed: no trend word at all. */
    {"trend from 2 of 5 points", BURGLARY_TREND(1, 2, 5),
     "Burglary: the trend cannot be calculated from 2 periods (5 needed)."},
    {"trend from 1 of 5 points", BURGLARY_TREND(1, 1, 5),
     "Burglary: the trend cannot be calculated from 1 period (5 needed)."},
    {"trend increasing", BURGLARY_TREND(1, 5, 5),
     "Burglary: the trend over the last 5 periods is increasing."},
    {"trend decreasing", BURGLARY_TREND(-1, 5, 5),
     "Burglary: the trend over the last 5 periods is decreasing."},
    {"trend not significant", BURGLARY_TREND(0, 5, 5),
     "Burglary: the trend over the last 5 periods is not significant."},
    /* Not tested (e.g. rolling periods): no word either. */
    {"trend not tested", BURGLARY_TREND(2, 5, 5),
     "Burglary: the trend cannot be calculated from 5 periods (5 needed)."},
    {"movers, rises", {.kind = CT_SENTENCE_MOVERS, .up = true, .n1 = 2},
     "The largest significant rises:"},
    {"movers, falls", {.kind = CT_SENTENCE_MOVERS, .up = false, .n1 = 2},
     "The largest significant falls:"},
    {"movers, none", {.kind = CT_SENTENCE_MOVERS, .up = false, .n1 = 0},
     "No offence fell by more than random variation would explain."},
    {"against the nation, heading",
     {.kind = CT_SENTENCE_VS_NATION_HEAD, .up = true,
      .nation = "England and Wales", .n1 = 1},
     "Rates above the national rate (England and Wales):"},
    {"against the nation, none below",
     {.kind = CT_SENTENCE_VS_NATION_HEAD, .up = false,
      .nation = "England and Wales", .n1 = 0},
     "No offence rate is below the national rate beyond random variation."},
    /* 1.25 and 0.95 per 1,000, rounded half-up to 1 place: 1.3 and 1.0
     * (1.25 is exact in binary, so half-up gives 1.3). */
    {"against the nation",
     {.kind = CT_SENTENCE_VS_NATION, .subject = "Robbery", .area = "Slough",
      .rate = 1.25, .rate2 = 0.95, .per = 1000},
     "Robbery: a rate of 1.3 per 1,000 in Slough; 1.0 nationally."},
    {"no districts", {.kind = CT_SENTENCE_NO_DISTRICTS, .area = "Surrey"},
     "No district of Surrey has a group of most similar areas (peers.csv), "
     "so this report has no district comparison."},
    /* The compare summary's two sentences.  62.35 and 55.04 per 1,000,
     * one place half-up: 62.4 and 55.0. */
    {"peers overall, above and increasing",
     {.kind = CT_SENTENCE_PEER_OVERALL, .rate = 62.35, .rate2 = 55.04,
      .per = 1000, .versus = 1, .direction = 1, .words = "increasing"},
     "the overall crime rate (62.4 per 1,000) was above the average of its "
     "most similar areas (55.0) and increasing."},
    {"peers overall, similar",
     {.kind = CT_SENTENCE_PEER_OVERALL, .rate = 62.35, .rate2 = 55.04,
      .per = 1000, .versus = 0, .direction = 0,
      .words = "cannot be calculated"},
     "the overall crime rate (62.4 per 1,000) was similar to the average of "
     "its most similar areas (55.0); its trend: cannot be calculated."},
    {"peers overall, below and decreasing",
     {.kind = CT_SENTENCE_PEER_OVERALL, .rate = 62.35, .rate2 = 55.04,
      .per = 1000, .versus = -1, .direction = -1,
      .words = "cannot be calculated"},
     "the overall crime rate (62.4 per 1,000) was below the average of its "
     "most similar areas (55.0) and decreasing."},
    {"peer lists",
     {.kind = CT_SENTENCE_PEER_LISTS, .list = {"Burglary and Robbery", "", NULL}},
     "Crime types that were above average and increasing: Burglary and "
     "Robbery. Above average but not increasing: none. Below average: "
     "none."},
};

static void test_sentence_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof sentence_cases / sizeof sentence_cases[0];
         i++)
        assert_string_in(sentence_cases[i].name,
                         write(&sentence_cases[i].s), sentence_cases[i].want);
}

/* The compare summary without a rate: no sentence. */
static void test_sentence_peer_overall_needs_a_rate(void **state)
{
    (void)state;
    ct_sentence s = {.kind = CT_SENTENCE_PEER_OVERALL, .rate = NAN,
                     .rate2 = 55.04, .per = 1000, .versus = -1,
                     .direction = -1, .words = "cannot be calculated"};
    char buf[64];
    assert_int_equal(ct_sentence_write(&s, buf, sizeof buf, NULL),
                     CT_STATUS_USAGE);
}

static void test_sentence_refuses_nonsense(void **state)
{
    (void)state;
    char buf[64] = "x";
    ct_error err;
    ct_sentence s = {.kind = CT_SENTENCE_CHANGE, .subject = "Burglary",
                     .p0 = "2023", .p1 = "2024", .n0 = -1, .n1 = 5};
    ct_error_clear(&err);
    assert_int_equal(ct_sentence_write(&s, buf, sizeof buf, &err),
                     CT_STATUS_USAGE);
    assert_string_equal(buf, "");
    s.n0 = 1;
    s.p1 = NULL;
    ct_error_clear(&err);
    assert_int_equal(ct_sentence_write(&s, buf, sizeof buf, &err),
                     CT_STATUS_USAGE);
    ct_sentence v = {.kind = CT_SENTENCE_VS_NATION, .subject = "Robbery",
                     .area = "Slough", .rate = 1.0, .rate2 = NAN};
    ct_error_clear(&err);
    assert_int_equal(ct_sentence_write(&v, buf, sizeof buf, &err),
                     CT_STATUS_USAGE);
    /* A small buffer cuts the sentence but keeps it a string. */
    ct_sentence r = {.kind = CT_SENTENCE_NO_DISTRICTS, .area = "Surrey"};
    char tiny[8];
    assert_int_equal(ct_sentence_write(&r, tiny, sizeof tiny, NULL), CT_STATUS_OK);
    assert_string_equal(tiny, "No dist");
}

/* A dataset of the counts 'c' and populations 'p', and, when 'a' is
 * given, the area tree 'a' rolled up. */
static ct_dataset *load(const char *c, const char *p, const char *a)
{
    ct_dataset *ds = ct_dataset_new();
    feed(ds, ct_ingest_counts, c);
    feed(ds, ct_ingest_population, p);
    if (a != NULL) {
        feed(ds, ct_ingest_areas, a);
        assert_int_equal(ct_dataset_roll_up(ds, NULL, NULL, NULL), CT_STATUS_OK);
    }
    return ds;
}

/* The assessment of 'area' with the default options. */
static ct_status build(ct_dataset *ds, const char *area, ct_doc **doc,
                       ct_error *err)
{
    ct_assess_options o;
    memset(&o, 0, sizeof o);
    ct_tables_query_init(&o.query);
    o.area = area;
    ct_error_clear(err);
    return ct_assess_build(ds, &o, doc, err);
}

/* A county with one period only: the report names the figure once and
 * has no longer-term sentence. */
static void test_assess_one_period_no_same_period_twice(void **state)
{
    (void)state;
    const char *c = "area,offence,period,count\n"
                    "Northby,Burglary,2017,820000\n"
                    "Northby,Robbery,2017,923\n"
                    "Southby,Burglary,2017,10\n"
                    "Southby,Robbery,2017,3\n";
    const char *a = "area,parent\nNorthby,Bothshire\nSouthby,Bothshire\n";
    const char *p = "area,period,population\nNorthby,2017,1000000\n"
                    "Southby,2017,50000\n";
    ct_dataset *ds = load(c, p, a);
    ct_doc *doc = NULL;
    ct_error err;
    assert_int_equal(build(ds, "Bothshire", &doc, &err), CT_STATUS_OK);
    char *md = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&md, &len);
    assert_int_equal(ct_doc_write_markdown(doc, out, NULL), CT_STATUS_OK);
    fclose(out);
    /* 820,000 + 923 + 10 + 3 = 820,936 crimes; per 1,000 over 1,050,000
     * residents = 781.84...: 781.8. */
    assert_non_null(strstr(md, "In 2017 the police recorded 820,936 crimes "
                               "in Bothshire, a rate of 781.8 per 1,000 "
                               "residents."));
    assert_null(strstr(md, "2017 and 2017"));
    assert_null(strstr(md, "longer term"));
    /* The rates table has a row for each district as well as the county:
     * Southby's burglary rate is 10 / 50,000 * 1,000 = 0.2 (shown 0.20). */
    assert_non_null(strstr(md, "Southby"));
    assert_non_null(strstr(md, "0.20"));
    free(md);
    ct_doc_free(doc);
    ct_dataset_free(ds);
}

/* Populations for another year only: refused, naming what is missing. */
static void test_assess_refuses_empty_sections(void **state)
{
    (void)state;
    const char *c = "area,offence,period,count\nNorthby,Burglary,2016,5\n"
                    "Northby,Burglary,2017,6\n";
    const char *p = "area,period,population\nNorthby,2015,1000\n";
    ct_dataset *ds = load(c, p, NULL);
    ct_doc *doc = NULL;
    ct_error err;
    assert_int_equal(build(ds, "Northby", &doc, &err), CT_STATUS_INPUT);
    assert_null(doc);
    assert_non_null(strstr(err.message, "no population for 'Northby' in "
                                        "2017 (the nearest given is for "
                                        "2015)"));
    /* With the nearest year's population it goes through. */
    ct_dataset_set_pop_fallback(ds, CT_POP_NEAREST);
    assert_int_equal(build(ds, "Northby", &doc, &err), CT_STATUS_OK);
    ct_doc_free(doc);
    ct_dataset_free(ds);
}

int main(void)
{
    ct_stats_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentence_table),
        cmocka_unit_test(test_sentence_peer_overall_needs_a_rate),
        cmocka_unit_test(test_sentence_refuses_nonsense),
        cmocka_unit_test(test_assess_one_period_no_same_period_twice),
        cmocka_unit_test(test_assess_refuses_empty_sections),
    };
    return cmocka_run_group_tests_name("assess", tests, NULL, NULL);
}
